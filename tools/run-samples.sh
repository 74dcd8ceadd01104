#!/bin/sh
# run-samples.sh: the main job on the samples, with the plugin Gnumeric
# finds (installed by "make install", or GNUMERIC_PLUGIN_PATH).  Prints the
# summary sheet of the tracking sample and fails if the PST functions did
# not compute (ssconvert exits 0 even when a plugin did not load).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp --suffix=.txt)
trap 'rm -f "$out"' EXIT INT TERM
export GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8

echo "== Suivi du PST de Virton : avancement par objectif (samples/suivi-pst-virton.gnumeric)"
ssconvert --recalc -T Gnumeric_stf:stf_assistant \
	-O 'sheet=Synthèse separator="	" quoting-mode=never format=raw' \
	"$top/samples/suivi-pst-virton.gnumeric" "$out" 2>/dev/null
awk -F '\t' '
function pct(v) { return v ~ /^[0-9.]+$/ ? sprintf("%5.1f %%", 100 * v) : v }
NR == 1 { printf "%-6s %-12s %-12s %s\n", "Réf.", "Avancement", "Pondéré", "Objectif"; next }
{ printf "%-6s %-12s %-12s %s\n", $1, pct($4), pct($5), substr($2, 1, 70) }' "$out"
if grep -q -e '#NAME?' -e '#VALUE!' -e 'implementation' "$out" ||
   ! grep -q '^1\.1	' "$out"; then
	echo "run-samples: les fonctions PST n'ont pas été calculées : le greffon PST est-il installé ?" >&2
	exit 1
fi
