#!/bin/sh
# libreoffice.sh: the recalculation time of a 10 000-row PST workbook in
# Gnumeric (ssconvert) and in LibreOffice Calc (headless, with the add-in of
# the build), from the same .ods file.
#
# The Plan sheet has N actions (default 10 000) under 250 objectifs
# opérationnels, each row with six PST formulas (PST.TAUX, PST.ECART,
# PST.METEO.DELAIS, PST.METEO.RESSOURCES, PST.SMART, PST.ARTICLE); the
# Synthèse sheet rolls them up (PST.SYNTHESE, PST.AVANCEMENT,
# PST.METEO.SYNTHESE, PST.BUDGET.TABLE).  Each program opens, recalculates
# and saves the workbook, and the same workbook without formulas (values
# only): the best of 3 runs of each, the difference being the cost of the
# formulas.  Both programs' Synthèse must agree, or the benchmark fails.
#
# Usage: bench/libreoffice.sh [N]   (make bench-libreoffice in a build tree;
# PST_PLUGIN_PATH and PST_LO_DIR name the plugin and the unpacked add-in.)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
PST_LO_DIR=${PST_LO_DIR:-$PWD/lo/oxt}
export PST_LO_DIR
n=${1:-10000}
n_oo=250

if ! command -v soffice > /dev/null 2>&1 || [ ! -f "$PST_LO_DIR/pst-addin.so" ]; then
	echo "bench/libreoffice.sh: LibreOffice ou le complément ($PST_LO_DIR) manque" >&2
	exit 1
fi
. "$top/tests/lo/lo-common.sh"
tmp=$(mktemp -d)
trap 'lo_cleanup; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=

# Plan: A Réf., B Libellé, C Statut, D Avancement, E Début, F Fin,
# G Engagé, H Budget, I Article; the formulas from column J.
awk -v n="$n" -v k="$n_oo" 'BEGIN {
	srand(42)
	split("En cours|En cours|Terminé|À démarrer|En attente|Annulé", st, "|")
	split("Organiser|Mettre en place|Améliorer|Créer|Former", verb, "|")
	split("104/123-48|8352/124-02|844/123-16|104/742-53|8351/124-06", art, "|")
	print "Réf.\tLibellé\tStatut\tAvancement\tDébut\tFin\tEngagé\tBudget\tArticle" \
		"\tTaux\tÉcart\tMétéo délais\tMétéo ressources\tSMART\tArticle canonique"
	for (i = 0; i < n; i++) {
		oo = i % k; r = i + 2
		ref = int(oo / 10) + 1 "." oo % 10 + 1 "." int(i / k) + 1
		start = 43831 + int(rand() * 700)
		printf "%s\t%s %d ateliers avec le service %d pour fin 2023\t%s\t%d %%\t%d\t%d\t%d\t%d\t%s",
			ref, verb[int(rand() * 5) + 1], int(rand() * 10) + 1, oo,
			st[int(rand() * 6) + 1], int(rand() * 101), start,
			start + 180 + int(rand() * 900), int(rand() * 5000),
			int(rand() * 10000), art[int(rand() * 5) + 1]
		printf "\t=PST.TAUX(D%d)", r
		printf "\t=PST.ECART(D%d,E%d,F%d,DATE(2022,6,30))", r, r, r
		printf "\t=PST.METEO.DELAIS(D%d,E%d,F%d,DATE(2022,6,30),C%d)", r, r, r, r
		printf "\t=PST.METEO.RESSOURCES(G%d,H%d,D%d)", r, r, r
		printf "\t=PST.SMART(B%d)", r
		printf "\t=PST.ARTICLE(I%d)\n", r
	}
}' > "$tmp/Plan.tsv"
last=$((n + 1))
{
	printf 'Réf.\tAvancement\tActions\tTerminées\tAvancement global\tMétéo\t\tArticle\tMontant\n'
	printf '@%dx4=PST.SYNTHESE(Plan!A2:A%d,Plan!D2:D%d,2,,Plan!C2:C%d)' "$n_oo" "$last" "$last" "$last"
	printf '\t\t\t\t=PST.AVANCEMENT(Plan!D2:D%d,,Plan!C2:C%d)' "$last" "$last"
	printf '\t=PST.METEO.SYNTHESE(Plan!M2:M%d,"majorite")' "$last"
	printf '\t\t@5x2=PST.BUDGET.TABLE(Plan!I2:I%d,Plan!H2:H%d)\n' "$last" "$last"
} > "$tmp/Synthèse.tsv"
awk -f "$top/tools/tsv2gnumeric.awk" "$tmp/Plan.tsv" "$tmp/Synthèse.tsv" > "$tmp/book.gnumeric"
ssconvert "$tmp/book.gnumeric" "$tmp/book.ods" 2> /dev/null
# The same values without a formula: what opening and saving cost alone.
mkdir -p "$tmp/base"
cut -f 1-9 "$tmp/Plan.tsv" > "$tmp/base/Plan.tsv"
printf 'Réf.\n' > "$tmp/base/Synthèse.tsv"
awk -f "$top/tools/tsv2gnumeric.awk" "$tmp/base/Plan.tsv" "$tmp/base/Synthèse.tsv" > "$tmp/base.gnumeric"
ssconvert "$tmp/base.gnumeric" "$tmp/base.ods" 2> /dev/null

# Best of 3 wall-clock times of a command, in seconds.
best_time() {
	best=
	for run in 1 2 3; do
		start=$(date +%s.%N)
		"$@"
		end=$(date +%s.%N)
		best=$(echo "$start $end $best" | awk '{ t = $2 - $1; if ($3 != "" && $3 < t) t = $3; print t }')
	done
	echo "$best"
}

gnumeric_run() {
	mkdir -p "$tmp/gnm"
	ssconvert --recalc "$1" "$tmp/gnm/$(basename "$1")" 2> /dev/null
}
lo_profile "$tmp/profile"
lo_run "$tmp/profile" 300 --terminate_after_init	# the profile's first start
libreoffice_run() {
	lo_run "$tmp/profile" 600 --convert-to ods --outdir "$tmp/lo" "$1" > /dev/null
}

g_base=$(best_time gnumeric_run "$tmp/base.ods")
g_book=$(best_time gnumeric_run "$tmp/book.ods")
l_base=$(best_time libreoffice_run "$tmp/base.ods")
l_book=$(best_time libreoffice_run "$tmp/book.ods")

# Both programs' Synthèse sheet (the 12th CSV option: the second sheet).
ssconvert --recalc -T Gnumeric_stf:stf_assistant \
	-O 'sheet=Synthèse separator=, quoting-mode=auto format=raw' \
	"$tmp/book.ods" "$tmp/g-book.csv" 2> /dev/null
lo_run "$tmp/profile" 600 --convert-to \
	'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' \
	--outdir "$tmp/l" "$tmp/book.ods" > /dev/null
l_csv=$(ls "$tmp"/l/book*.csv 2> /dev/null | head -n 1)
if ! python3 "$top/tests/lo/compare.py" values bench /dev/null "$tmp/g-book.csv" \
	"${l_csv:-$tmp/l/book.csv}" Synthèse > "$tmp/compare.out"; then
	cat "$tmp/compare.out" >&2
	echo "bench/libreoffice.sh: les synthèses de Gnumeric et de LibreOffice diffèrent" >&2
	exit 1
fi

echo "Classeur de $n lignes, $((6 * n + 4)) formules PST (ouvrir, recalculer, enregistrer ; meilleur de 3) :"
printf '%-12s %14s %14s %12s\n' programme sans_formules_s avec_formules_s recalcul_s
for p in Gnumeric LibreOffice; do
	if [ $p = Gnumeric ]; then base=$g_base book=$g_book; else base=$l_base book=$l_book; fi
	printf '%-12s %14.2f %14.2f %12.2f\n' $p "$base" "$book" \
		"$(echo "$book $base" | awk '{ print $1 - $2 }')"
done
