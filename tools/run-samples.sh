#!/bin/sh
# run-samples.sh: the main job on the samples, with the plugin Gnumeric
# finds (installed by "make install", or GNUMERIC_PLUGIN_PATH) and the pst
# command ($PST, default the one on PATH):
#  1. the tracking sample recalculated, its summary printed;
#  2. the three sample plans consolidated into $OUT/pst-consolide.xlsx, with
#     the dashboard printed to $OUT/tableau-de-bord.pdf;
#  3. Virton's plan exported as eComptes XML, $OUT/virton-ecomptes.xml.
# Fails if the PST functions did not compute (ssconvert exits 0 even when
# a plugin did not load).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp --suffix=.txt)
trap 'rm -f "$out"' EXIT INT TERM
export GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8

echo "== Suivi du PST de Virton : avancement par objectif (samples/suivi-pst-virton.gnumeric)"
ssconvert --recalc -T Gnumeric_stf:stf_assistant \
	-O 'sheet=Synthèse separator="	" quoting-mode=never format=raw' \
	"$top/samples/suivi-pst-virton.gnumeric" "$out" 2>/dev/null
# Columns of text in characters, not bytes: Debian's awk (mawk) counts
# bytes, so "Erezée" would be padded short and a label cut inside a letter.
text_columns='
function width(s,  t) { t = s; return length(s) - gsub(/[\200-\277]/, "", t) }
function pad(s, w) { return s sprintf("%" (width(s) < w ? w - width(s) : 0) "s", "") }
function cut(s, n,  t) {
	t = substr(s, 1, n)
	while (width(t) < n && length(t) < length(s))
		t = substr(s, 1, length(t) + 1)
	while (substr(s, length(t) + 1, 1) ~ /[\200-\277]/)
		t = substr(s, 1, length(t) + 1)
	return t
}'
awk -F '\t' "$text_columns"'
function pct(v) { return v ~ /^[0-9.]+$/ ? sprintf("%5.1f %%", 100 * v) : v }
NR == 1 { printf "%s %-12s %s %s\n", pad("Réf.", 6), "Avancement", pad("Pondéré", 12), "Objectif"; next }
{ printf "%s %-12s %-12s %s\n", pad($1, 6), pct($4), pct($5), cut($2, 70) }' "$out"
if grep -q -e '#NAME?' -e '#VALUE!' -e 'implementation' "$out" ||
   ! grep -q '^1\.1	' "$out"; then
	echo "run-samples: les fonctions PST n'ont pas été calculées : le greffon PST est-il installé ?" >&2
	exit 1
fi

PST=${PST:-pst}
OUT=${OUT:-sortie}
mkdir -p "$OUT"
echo
echo "== Consolidation des trois plans d'exemple (Virton, Erezée, Burdinne)"
"$PST" consolidate "$top/samples/virton-pst.xlsx" "$top/samples/erezee-pst.ods" \
	"$top/samples/burdinne-pst.csv" -o "$OUT/pst-consolide.xlsx"
ssconvert -O "sheet='Tableau de bord'" --export-type=Gnumeric_pdf:pdf_assistant \
	"$OUT/pst-consolide.xlsx" "$OUT/tableau-de-bord.pdf" 2>/dev/null
ssconvert --recalc -T Gnumeric_stf:stf_assistant \
	-O 'sheet=Entités separator="	" quoting-mode=never format=raw' \
	"$OUT/pst-consolide.xlsx" "$out" 2>/dev/null
awk -F '\t' "$text_columns"'
NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
{ printf "%s %5s actions  avancement %5.1f %%  budget %10.2f €\n", pad($1, 22),
	$col["Actions"], 100 * $col["Avancement"], $col["Budget"] }' "$out"
if grep -q -e '#NAME?' -e '#VALUE!' "$out"; then
	echo "run-samples: le tableau de bord n'a pas été calculé." >&2
	exit 1
fi
echo "Classeur consolidé : $OUT/pst-consolide.xlsx ; tableau de bord : $OUT/tableau-de-bord.pdf"
echo
echo "== Export eComptes du plan de Virton"
"$PST" export "$top/samples/virton-pst.xlsx" -o "$OUT/virton-ecomptes.xml"
