#!/bin/sh
# check-consolidate.sh: `pst consolidate` on the three sample plans.
#
#  - every entity has the objectives, actions and sous-actions of
#    samples/expected/<sample>.counts, in the sheet Entités and as rows of
#    the sheet Plan, and the total row is the sum of the parts;
#  - the consolidated budget is the sum of the budgets of the plans
#    imported one by one with `pst import`;
#  - the sheet "Tableau de bord" is there, computed (no error value) and
#    with its three charts, which survive a save as .xlsx and .gnumeric;
#  - a missing input file is reported, listed in Anomalies (gravité
#    erreur), the other plans are consolidated, and the exit status is 1;
#  - when poppler-utils is installed, the dashboard prints to PDF pages
#    that read "Tableau de bord".
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
pst=${PST_CLI:-$PWD/cli/pst}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=

pass=0
fail=0
ok () { pass=$((pass + 1)); }
not_ok () { fail=$((fail + 1)); echo "not ok - $*"; }
check () {	# check DESCRIPTION COMMAND...
	what=$1
	shift
	if "$@"; then ok; else not_ok "$what"; fi
}

# sheet BOOK SHEET OUT: the sheet's values as TSV.
sheet () {
	ssconvert --recalc -T Gnumeric_stf:stf_assistant \
		-O "sheet=\"$2\" separator=\"	\" quoting-mode=never format=raw" \
		"$1" "$3" 2> "$3.err"
}

# column FILE HEADER: the values under HEADER (row 1), one per line.
column () {
	awk -F '\t' -v h="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == h) c = i; next }
		c { print $c }' "$1"
}

# same A B: numbers equal within 1e-6 (relative).
same () {
	awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d
		m = a < 0 ? -a : a; exit !(a != "" && b != "" && d <= 1e-6 * (m > 1 ? m : 1)) }'
}

samples="virton-pst.xlsx erezee-pst.ods burdinne-pst.csv"
inputs=
for s in $samples; do
	inputs="$inputs $srcdir/samples/$s"
done

# --- The consolidation of the three samples --------------------------
# shellcheck disable=SC2086
"$pst" consolidate $inputs -o "$tmp/cons.gnumeric" > "$tmp/out" 2> "$tmp/err"
status=$?
check "consolidate exits 0 (got $status): $(cat "$tmp/err")" [ "$status" -eq 0 ]
check "consolidate wrote the workbook" [ -s "$tmp/cons.gnumeric" ]
sheet "$tmp/cons.gnumeric" "Entités" "$tmp/entites.tsv"
sheet "$tmp/cons.gnumeric" "Plan" "$tmp/plan.tsv"
sheet "$tmp/cons.gnumeric" "Budget" "$tmp/budget.tsv"
sheet "$tmp/cons.gnumeric" "Tableau de bord" "$tmp/dashboard.tsv"

# Entities: the counts of each sample, from its own row of Entités.
for s in $samples; do
	name=${s%.*}
	row=$(awk -F '\t' -v f="$s" '$2 == f' "$tmp/entites.tsv")
	if [ -z "$row" ]; then
		not_ok "$s: no row in Entités"
		continue
	fi
	while read -r key n; do
		case $key in
		os) col=3 ;;
		oo) col=4 ;;
		actions) col=5 ;;
		sous-actions) col=6 ;;
		*) continue ;;
		esac
		got=$(printf '%s\n' "$row" | cut -f "$col")
		check "$s: $key $got, expected $n" same "$got" "$n"
	done < "$srcdir/samples/expected/$name.counts"
	entite=$(printf '%s\n' "$row" | cut -f 1)
	rows=$(column "$tmp/plan.tsv" "Entité" | grep -c -x -F "$entite")
	expected=$(awk '$1 == "actions" || $1 == "sous-actions" { n += $2 } END { print n }' \
		"$srcdir/samples/expected/$name.counts")
	check "$s: $rows Plan rows for « $entite », expected $expected" [ "$rows" -eq "$expected" ]
done

# References restart in every plan: Réf. repeats, Réf. consolidée does not.
refs=$(column "$tmp/plan.tsv" "Réf." | sort | uniq -d | wc -l)
check "Réf. keeps each plan's own references ($refs repeated)" [ "$refs" -gt 0 ]
refs=$(column "$tmp/plan.tsv" "Réf. consolidée" | sort | uniq -d | wc -l)
check "Réf. consolidée is unique ($refs repeated)" [ "$refs" -eq 0 ]
check "Réf. consolidée reads entité:réf" \
	sh -c "grep -q -F 'CPAS de Burdinne:1.1.1' '$tmp/plan.tsv'"

# The total row is the sum of the entities' rows.
for col in 3 4 5 6 9 10 11 12 13; do
	sums=$(awk -F '\t' -v c="$col" 'NR > 1 && $1 != "Total" { s += $c }
		$1 == "Total" { t = $c } END { print s, t }' "$tmp/entites.tsv")
	set -- $sums
	check "Entités column $col: total ${2:-none} is not the sum ${1:-none}" same "${1:-}" "${2:-}"
done

# The budget is the sum of the plans imported one by one.
alone=0
for s in $samples; do
	name=${s%.*}
	if ! "$pst" import "$srcdir/samples/$s" -o "$tmp/$name.gnumeric" > /dev/null 2>&1; then
		not_ok "$s: pst import failed"
		continue
	fi
	sheet "$tmp/$name.gnumeric" "Budget" "$tmp/$name-budget.tsv"
	b=$(awk -F '\t' '$1 == "Total des actions" { print $5 }' "$tmp/$name-budget.tsv")
	alone=$(awk -v a="$alone" -v b="${b:-0}" 'BEGIN { print a + b }')
done
total=$(awk -F '\t' '$1 == "Total des actions" { print $5 }' "$tmp/budget.tsv")
check "consolidated budget $total, plans alone $alone" same "$total" "$alone"
entites_total=$(awk -F '\t' '$1 == "Total" { print $9 }' "$tmp/entites.tsv")
check "Entités budget $entites_total, Budget sheet $total" same "$entites_total" "$total"

# The dashboard: computed, without error values, with the same figures.
check "the dashboard sheet has values" [ -s "$tmp/dashboard.tsv" ]
errors=$(grep -c -E '#(DIV/0!|VALUE!|N/A|REF!|NAME\?|NUM!|NULL!)' "$tmp/dashboard.tsv")
check "the dashboard shows $errors error values" [ "$errors" -eq 0 ]
n=$(awk -F '\t' '$1 == "Actions et sous-actions" { print $3 }' "$tmp/dashboard.tsv")
check "dashboard: $n actions et sous-actions, expected 214" same "$n" 214
b=$(awk -F '\t' '$1 == "Budget prévu" { print $3 }' "$tmp/dashboard.tsv")
check "dashboard: budget $b, expected $total" same "$b" "$total"
for e in "CPAS de Virton" "CPAS d’Erezée" "CPAS de Burdinne"; do
	check "dashboard: entity « $e » named from its title" grep -q -F "$e" "$tmp/dashboard.tsv"
done

# Charts: three in the .gnumeric, three after a save as .xlsx and back.
charts=$(gzip -dcf "$tmp/cons.gnumeric" | grep -c '<gnm:SheetObjectGraph')
check "$charts charts in the .gnumeric, expected 3" [ "$charts" -eq 3 ]
# shellcheck disable=SC2086
"$pst" consolidate $inputs -o "$tmp/cons.xlsx" > /dev/null 2>&1
check "consolidate writes .xlsx" [ -s "$tmp/cons.xlsx" ]
ssconvert "$tmp/cons.xlsx" "$tmp/back.gnumeric" 2> /dev/null
charts=$(gzip -dcf "$tmp/back.gnumeric" | grep -c '<gnm:SheetObjectGraph')
check "$charts charts after .xlsx and back, expected 3" [ "$charts" -eq 3 ]
for plot in GogBarColPlot GogPiePlot; do
	if gzip -dcf "$tmp/back.gnumeric" | grep -q "type=\"$plot\""; then
		ok
	else
		not_ok "$plot lost in .xlsx"
	fi
done
sheet "$tmp/cons.xlsx" "Tableau de bord" "$tmp/dashboard-xlsx.tsv"
n=$(awk -F '\t' '$1 == "Actions et sous-actions" { print $3 }' "$tmp/dashboard-xlsx.tsv")
check "dashboard from .xlsx: $n actions et sous-actions, expected 214" same "$n" 214

# --- Entities named on the command line, in the order of the files -------
"$pst" consolidate "$srcdir/samples/virton-pst.xlsx" "$srcdir/samples/burdinne-pst.csv" \
	--entite "CPAS de Virton (essai)" -o "$tmp/named.gnumeric" > /dev/null 2>&1
sheet "$tmp/named.gnumeric" "Entités" "$tmp/named.tsv"
names=$(column "$tmp/named.tsv" "Entité" | tr '\n' '|')
check "--entite names the first plan, the title the second ($names)" \
	[ "$names" = "CPAS de Virton (essai)|CPAS de Burdinne|Total|" ]

# --- A missing plan ------------------------------------------------------
"$pst" consolidate "$srcdir/samples/virton-pst.xlsx" "$tmp/absent.xlsx" \
	"$srcdir/samples/burdinne-pst.csv" -o "$tmp/partial.gnumeric" > "$tmp/out2" 2> "$tmp/err2"
status=$?
check "a missing plan gives exit status 1 (got $status)" [ "$status" -eq 1 ]
check "a missing plan is reported on stderr" grep -q "absent.xlsx" "$tmp/err2"
check "the other plans are written" [ -s "$tmp/partial.gnumeric" ]
sheet "$tmp/partial.gnumeric" "Anomalies" "$tmp/anomalies.tsv"
check "the missing plan is an error in Anomalies" \
	awk -F '\t' -v f="$tmp/absent.xlsx" '$1 == f && $2 == "erreur" { found = 1 } END { exit !found }' \
	"$tmp/anomalies.tsv"
sheet "$tmp/partial.gnumeric" "Entités" "$tmp/entites2.tsv"
n=$(awk -F '\t' 'NR > 1 && $1 != "Total"' "$tmp/entites2.tsv" | wc -l)
check "two plans consolidated without the missing one ($n)" [ "$n" -eq 2 ]

# --- The dashboard in PDF -------------------------------------------------
if command -v pdfinfo > /dev/null 2>&1 && command -v pdftotext > /dev/null 2>&1; then
	ssconvert --export-type=Gnumeric_pdf:pdf_assistant -O 'sheet="Tableau de bord"' \
		"$tmp/cons.gnumeric" "$tmp/dashboard.pdf" 2> /dev/null
	pages=$(pdfinfo "$tmp/dashboard.pdf" 2> /dev/null | awk '$1 == "Pages:" { print $2 }')
	check "the dashboard PDF has pages (${pages:-none})" [ "${pages:-0}" -ge 1 ]
	check "the dashboard PDF reads « Tableau de bord »" \
		sh -c "pdftotext '$tmp/dashboard.pdf' - | grep -q 'Tableau de bord'"
else
	echo "# poppler-utils not installed: PDF check skipped"
fi

echo "check-consolidate: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
