#!/bin/sh
# install-deps.sh: installs, as root on Debian bookworm, the packages the
# build and the tests need that are not installed yet (LibreOffice and its
# SDK for the Calc add-in in lo/ and its tests: about 280 MB; clang and its
# libFuzzer runtime for `make fuzz`; Xvfb, xdotool and ImageMagick for the
# test of the Gnumeric menu, in French: the fr_BE.UTF-8 locale).
set -eu
packages="gnumeric libgoffice-0.10-dev libgsf-1-dev libglib2.0-dev libxml2-dev
	libxml2-utils pkg-config check autoconf automake libtool gettext make gcc
	valgrind python3 poppler-utils
	libreoffice-core-nogui libreoffice-calc-nogui libreoffice-dev
	libreoffice-dev-common g++ zip procps clang libclang-rt-14-dev
	xvfb xauth xdotool imagemagick x11-utils locales"
missing=
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "install-deps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends $missing
fi
if ! locale -a 2>/dev/null | grep -qi '^fr_BE\.utf-\?8$'; then
	echo "install-deps: generating the fr_BE.UTF-8 locale"
	localedef -i fr_BE -c -f UTF-8 fr_BE.UTF-8
fi
