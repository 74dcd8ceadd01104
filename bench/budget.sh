#!/bin/sh
# budget.sh: PST.BUDGET and PST.BUDGET.TABLE against the SUMIF formulas a
# person would write for the same numbers, recalculated by ssconvert.
#
# The Budget sheet has N lines: the article, canonical ("8352/124-02"), the
# amount, and two helper columns prepared for SUMIF: the service ("O" or
# "E") and the fonction as a number (8352).  The helpers are typed values,
# so they cost SUMIF nothing here; in a real workbook they would be
# formulas to write and recalculate.  That is the fairest SUMIF there is:
#
#  fonction  40 cells PST.BUDGET(articles,montants,"fonction=8*") against
#            40 cells SUMIF(articles,"8*",montants), the wildcard over the
#            article text (no helper needed, since the articles are
#            canonical), the first digit going round 1 to 9;
#  service   40 cells PST.BUDGET(articles,montants,"service=E") against
#            40 cells SUMIF(service,"E",montants) over the prepared
#            column, E and O in turn;
#  table     one PST.BUDGET.TABLE(articles,montants,"fonction") array
#            against the block of one SUMIF(fonction,key,montants) per
#            fonction (100 of them) over the prepared column, keyed by
#            numbers (a key "104" typed as text is read as the number 104
#            by SUMIF, which then converts every text cell it compares).
#
# Each workbook is recalculated 3 times (once when a run is over 10 s); the
# best time less that of the Budget sheet alone is the cost of the
# formulas.  Both methods must give the same numbers, or the benchmark
# fails.  The default run takes about a minute and a half.
#
# Usage: bench/budget.sh [N...]   (default: 10000 100000)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
plugins=${PST_PLUGIN_PATH:-$top/build/plugins}
tmp=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
sizes=${*:-10000 100000}
n_cells=40
n_fonctions=100

export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8

# Budget: Article, Montant, Service, Fonction.  100 fonctions of 3 or 4
# digits, first digits 1 to 9; economic codes taken across the whole
# list; amounts in cents.
make_budget () {
	awk -F '\t' -v n="$1" -v k="$n_fonctions" '
	NR > 1 { code[m + 0] = $1; service[m + 0] = $4; m++ }
	END {
		srand(42)
		for (j = 0; j < k; j++) {
			f = sprintf("%d%02d", j % 9 + 1, j)
			if (j % 2) f = f "1"
			fonction[j] = f
		}
		print "Article\tMontant\tService\tFonction"
		for (i = 0; i < n; i++) {
			f = fonction[int(rand() * k)]
			c = int(rand() * m)
			printf "\x27%s/%s\t%.2f\t%s\t%d\n", f, code[c], int(rand() * 10000000) / 100, service[c], f
		}
	}' "$top/data/codes-economiques.tsv" > "$tmp/Budget.tsv"
}

# Calc: one formula per row, column B (what is compared).
make_cells () {
	awk -v n="$1" -v kind="$2" -v method="$3" -v cells="$n_cells" 'BEGIN {
		last = n + 1
		art = "Budget!$A$2:$A$" last; amt = "Budget!$B$2:$B$" last
		srv = "Budget!$C$2:$C$" last
		print "Critère\tSomme"
		for (i = 0; i < cells; i++) {
			d = i % 9 + 1
			s = i % 2 ? "O" : "E"
			if (kind == "fonction" && method == "pst")
				printf "%d\t=PST.BUDGET(%s,%s,\"fonction=%d*\")\n", d, art, amt, d
			else if (kind == "fonction")
				printf "%d\t=SUMIF(%s,\"%d*\",%s)\n", d, art, d, amt
			else if (method == "pst")
				printf "%s\t=PST.BUDGET(%s,%s,\"service=%s\")\n", s, art, amt, s
			else
				printf "%s\t=SUMIF(%s,\"%s\",%s)\n", s, srv, s, amt
		}
	}' > "$tmp/Calc.tsv"
}

make_table () {
	last=$(($1 + 1))
	if [ "$2" = pst ]; then
		printf 'Fonction\tSomme\n@%dx2=PST.BUDGET.TABLE(Budget!A2:A%d,Budget!B2:B%d,"fonction")\n' \
			"$n_fonctions" "$last" "$last" > "$tmp/Calc.tsv"
		return
	fi
	# The keys in the order PST.BUDGET.TABLE gives them: text order.
	cut -f 4 "$tmp/Budget.tsv" | sed 1d | sort -u | LC_ALL=C sort |
	awk -v last="$last" 'BEGIN { print "Fonction\tSomme" }
	{ printf "%s\t=SUMIF(Budget!$D$2:$D$%d,A%d,Budget!$B$2:$B$%d)\n", $1, last, NR + 1, last }' \
		> "$tmp/Calc.tsv"
}

workbook () {
	awk -v rows=1048576 -f "$top/tools/tsv2gnumeric.awk" "$tmp/Budget.tsv" "$tmp/Calc.tsv" > "$tmp/$1.gnumeric"
}

# Best of 3 wall-clock times of one recalculation, in seconds; a run over
# 10 s is not repeated, its noise being small beside it.
best_time () {
	best=
	for run in 1 2 3; do
		start=$(date +%s.%N)
		ssconvert --recalc -O 'sheet=Calc' "$1" "$2" 2>/dev/null
		end=$(date +%s.%N)
		best=$(echo "$start $end $best" | awk '{ t = $2 - $1; if ($3 != "" && $3 < t) t = $3; print t }')
		if awk -v t="$best" 'BEGIN { exit !(t > 10) }'; then
			break
		fi
	done
	echo "$best"
}

# The same numbers both ways: keys and sums to the cent.
same_numbers () {
	norm='NR > 1 { gsub(/"/, ""); printf "%s,%.2f\n", $1, $2 }'
	awk -F, "$norm" "$tmp/$1.csv" > "$tmp/$1.norm"
	awk -F, "$norm" "$tmp/$2.csv" > "$tmp/$2.norm"
	if ! cmp -s "$tmp/$1.norm" "$tmp/$2.norm" || [ ! -s "$tmp/$1.norm" ] ||
	   grep -q '#' "$tmp/$1.norm"; then
		echo "budget: $1 and $2 disagree at $n rows" >&2
		diff "$tmp/$1.norm" "$tmp/$2.norm" | head >&2
		exit 1
	fi
}

printf '%-8s %-9s %8s %10s %10s %8s\n' rows case data_s pst_s sumif_s ratio
for n in $sizes; do
	make_budget "$n"
	printf 'Critère\n' > "$tmp/Calc.tsv"
	workbook base
	t_base=$(best_time "$tmp/base.gnumeric" "$tmp/base.csv")
	for kind in fonction service table; do
		for method in pst sumif; do
			if [ "$kind" = table ]; then
				make_table "$n" "$method"
			else
				make_cells "$n" "$kind" "$method"
			fi
			workbook "$kind-$method"
		done
		t_pst=$(best_time "$tmp/$kind-pst.gnumeric" "$tmp/$kind-pst.csv")
		t_sumif=$(best_time "$tmp/$kind-sumif.gnumeric" "$tmp/$kind-sumif.csv")
		same_numbers "$kind-pst" "$kind-sumif"
		echo "$n $kind $t_base $t_pst $t_sumif" | awk '{
			p = $4 - $3; s = $5 - $3; if (p < 0.001) p = 0.001
			printf "%-8d %-9s %8.2f %10.2f %10.2f %8.1f\n", $1, $2, $3, p, s, s / p }'
	done
done
echo "ratio = time of the SUMIF cells / time of the PST cells (above 1: PST is faster)"
