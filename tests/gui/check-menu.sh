#!/bin/sh
# check-menu.sh: the menu Données › PST used as a person uses it: Gnumeric
# started under Xvfb with the build's plugin, each action triggered from
# the keyboard (xdotool), its dialogs filled in, the workbooks it produced
# saved with Ctrl+S and their cells checked.  Screenshots of every dialog
# go to tests/gui/screenshots/ in the build tree for review.
# Skipped (77) only when Xvfb, xdotool or ImageMagick cannot be found.
set -eu
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
for tool in xvfb-run xdotool import gnumeric ssconvert python3; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "check-menu : $tool introuvable (tools/install-deps.sh l’installe) ; test sauté."
		exit 77
	fi
done
shots=$PWD/tests/gui/screenshots
mkdir -p "$shots"
work=$(mktemp -d)
# PST_GUI_KEEP=1 keeps the files of the run for a look.
if test -n "${PST_GUI_KEEP:-}"; then echo "check-menu : fichiers gardés dans $work"
else trap 'rm -rf "$work"' EXIT INT TERM; fi
# A private home: no settings, plugins or recent files of the user's.
mkdir -p "$work/home"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
	XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" \
	GSETTINGS_BACKEND=memory GNUMERIC_PLUGIN_PATH="$plugins" NO_AT_BRIDGE=1
# French when the locale exists (tools/install-deps.sh generates it).
if locale -a 2>/dev/null | grep -qi '^fr_BE\.utf-\?8$'; then
	export LANG=fr_BE.UTF-8 LC_ALL=fr_BE.UTF-8 LANGUAGE=fr
else
	export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
fi
status=0
xvfb-run -a -s "-screen 0 1280x1000x24" \
	python3 "$srcdir/tests/gui/drive-menu.py" "$srcdir" "$PWD" "$work" "$shots" ||
	status=$?
exit $status
