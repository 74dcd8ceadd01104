#!/bin/sh
# isolated.sh: runs a test (any command) with the build's Gnumeric plugin
# and nothing else of the machine's or the user's Gnumeric:
#
# - PST_PLUGIN_PATH names the build's plugin directory (build/plugins),
#   which the tests give ssconvert and pst as GNUMERIC_PLUGIN_PATH; that
#   one is unset, the tests say when they want a plugin;
# - HOME is a private, empty directory (XDG_CONFIG_HOME and XDG_DATA_HOME
#   in it), which hides ~/.gnumeric/VERSION/plugins, and the settings live
#   in memory (GSETTINGS_BACKEND=memory), which hides the extra plugin
#   directories a user may have set;
# - Gnumeric always reads its own plugin directory and the one for plugins
#   built elsewhere (PluginDir, where "make install" puts ours), whatever
#   the environment says.  Any copy of the plugin there (a plugin.xml with
#   the id Gnumeric_pst, built from this tree or not) is hidden: the command
#   runs in a mount namespace of its own (unshare -m as root, unshare -rm
#   for a user allowed user namespaces) where an empty directory is mounted
#   over each copy.  Nothing changes outside.
#
# Where no namespace can be made (a container without CAP_SYS_ADMIN, a user
# without user namespaces), a single installed copy identical to the
# build's serves for the tests, since Gnumeric reads it anyway; any other
# copy makes the command skipped (exit 77, SKIP in make check) with a
# message in French that says why and what to do.
#
# usage: isolated.sh COMMAND [ARGUMENT]...
# Run from the build directory by make check (LOG_COMPILER) and make
# check-memory.  PST_PLUGIN_PATH may name another plugin directory to test;
# PST_GNUMERIC_PLUGIN_DIRS (separated by colons) replaces the directories
# Gnumeric always reads, otherwise asked of pkg-config ($PKG_CONFIG).
set -u

# In the namespace: isolated.sh --hide EMPTY STAMP DIR... -- COMMAND...
if [ "${1:-}" = --hide ]; then
	empty=$2 stamp=$3
	shift 3
	while [ "$1" != -- ]; do
		mount --bind "$empty" "$1" || exit 1
		shift
	done
	shift
	: > "$stamp"
	# An ordinary user (root of a user namespace so far) goes on as
	# himself, where util-linux knows how.
	uid=${PST_ISOLATED_UID:-} gid=${PST_ISOLATED_GID:-}
	unset PST_ISOLATED_UID PST_ISOLATED_GID
	if [ -n "$uid" ] &&
	   unshare -U --map-user="$uid" --map-group="$gid" true 2>/dev/null; then
		exec unshare -U --map-user="$uid" --map-group="$gid" -- "$@"
	fi
	exec "$@"
fi

if [ $# -eq 0 ]; then
	echo "usage : isolated.sh COMMANDE [ARGUMENT]..." >&2
	exit 2
fi

PST_PLUGIN_PATH=${PST_PLUGIN_PATH:-$PWD/build/plugins}

# The copies of the plugin in the directories Gnumeric always reads.
if [ -n "${PST_GNUMERIC_PLUGIN_DIRS+set}" ]; then
	dirs=$PST_GNUMERIC_PLUGIN_DIRS
else
	pkgconfig=${PKG_CONFIG:-pkg-config}
	libdir=$($pkgconfig --variable=gnumeric_libdir libspreadsheet-1.12 2>/dev/null)
	dirs=${libdir:+$libdir/plugins}:$($pkgconfig --variable=PluginDir libspreadsheet-1.12 2>/dev/null)
fi
copies=
n=0
old_ifs=$IFS
IFS=:
for dir in $dirs; do
	IFS=$old_ifs
	for xml in "$dir"/*/plugin.xml; do
		if [ -f "$xml" ] && grep -q "id=[\"']Gnumeric_pst[\"']" "$xml"; then
			copies="$copies ${xml%/plugin.xml}"
			n=$((n + 1))
		fi
	done
done
IFS=$old_ifs

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pst-isolated.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM
mkdir "$tmp/home" "$tmp/empty"

# The cache stays the user's: fonts and the like, no plugin.
XDG_CACHE_HOME=${XDG_CACHE_HOME:-${HOME:-$tmp/home}/.cache}
HOME=$tmp/home
XDG_CONFIG_HOME=$HOME/.config
XDG_DATA_HOME=$HOME/.local/share
GSETTINGS_BACKEND=memory
export HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME GSETTINGS_BACKEND \
	PST_PLUGIN_PATH
unset GNUMERIC_PLUGIN_PATH

if [ $n -eq 0 ]; then
	"$@"
	exit $?
fi

# The copies hidden in a mount namespace of the command's own, if one can
# be made: tried first, silently, with a command that does nothing.
hide() {
	# shellcheck disable=SC2086
	if [ "$(id -u)" -eq 0 ]; then
		unshare -m -- /bin/sh "$0" --hide "$tmp/empty" "$tmp/mounted" \
			$copies -- "$@"
	else
		PST_ISOLATED_UID=$(id -u) PST_ISOLATED_GID=$(id -g) \
		unshare -rm -- /bin/sh "$0" --hide "$tmp/empty" "$tmp/mounted" \
			$copies -- "$@"
	fi
}
if command -v unshare >/dev/null 2>&1 && hide true 2>/dev/null &&
   [ -f "$tmp/mounted" ]; then
	hide "$@"
	exit $?
fi

# No namespace: a single copy identical to the build's serves instead.
copy=${copies# }
if [ $n -eq 1 ] && [ "${copy##*/}" = pst ] &&
   diff -r -q "$copy" "$PST_PLUGIN_PATH/pst" >/dev/null 2>&1; then
	PST_PLUGIN_PATH=${copy%/pst}
	"$@"
	exit $?
fi

echo "tests : Gnumeric charge toujours le greffon PST installé dans" \
	"${copies# } en plus de celui de la construction, et aucun espace de" \
	"noms de montage ne peut le masquer ici (unshare -m et unshare -rm" \
	"refusés) : test sauté.  Installez celui de la construction" \
	"(make install), retirez l’autre, ou lancez les tests là où unshare" \
	"est permis." >&2
exit 77
