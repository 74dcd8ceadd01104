#!/bin/sh
# synthese.sh: PST.SYNTHESE against the block of SUMIFS/COUNTIFS formulas a
# person would write for the same table, recalculated by ssconvert.
#
# For each size, three workbooks share the same Plan sheet (N actions under
# 250 objectifs opérationnels): the Plan alone, the Plan with one
# PST.SYNTHESE array, the Plan with 5 SUMIFS/COUNTIFS formulas per OO.
# Each is recalculated 3 times; the best time less the Plan alone is the
# cost of the formulas.  Both tables must agree, or the benchmark fails.
#
# Usage: bench/synthese.sh [N...]   (default: 10000 100000)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
plugins=${PST_PLUGIN_PATH:-$top/build/plugins}
tmp=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
sizes=${*:-10000 100000}
n_oo=250

export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8

# Plan: Réf., OO (the helper column SUMIFS needs, written "OO 1.10" so
# that no criterion reads it as the number 1.1), Avancement, Statut.
make_plan () {
	awk -v n="$1" -v k="$n_oo" 'BEGIN {
		srand(42)
		print "Réf.\tOO\tAvancement\tStatut"
		split("EN_COURS EN_COURS EN_COURS TERMINE NON_COMMENCE ANNULE_ABANDONNE", st, " ")
		for (i = 0; i < n; i++) {
			oo = i % k
			os = int(oo / 10) + 1
			ref = os "." (oo % 10 + 1) "." (int(i / k) + 1)
			printf "%s\tOO %s.%d\t%.2f\t%s\n", ref, os, oo % 10 + 1, rand(), st[int(rand() * 6) + 1]
		}
	}' > "$tmp/Plan.tsv"
}

make_pst () {
	last=$(($1 + 1))
	printf 'Réf.\tAvancement\tActions\tTerminées\n@%dx4=PST.SYNTHESE(Plan!A2:A%d,Plan!C2:C%d,2,,Plan!D2:D%d)\n' \
		"$n_oo" "$last" "$last" "$last" > "$tmp/Synthèse.tsv"
}

make_sumifs () {
	last=$(($1 + 1))
	awk -v k="$n_oo" -v last="$last" 'BEGIN {
		print "Réf.\tAvancement\tActions\tTerminées"
		oo = "Plan!$B$2:$B$" last; pr = "Plan!$C$2:$C$" last; st = "Plan!$D$2:$D$" last
		for (i = 0; i < k; i++) {
			r = i + 2
			printf "OO %d.%d", int(i / 10) + 1, i % 10 + 1
			printf "\t=(SUMIFS(%s,%s,A%d,%s,\"<>TERMINE\",%s,\"<>ANNULE_ABANDONNE\")+COUNTIFS(%s,A%d,%s,\"TERMINE\"))/C%d", pr, oo, r, st, st, oo, r, st, r
			printf "\t=COUNTIFS(%s,A%d,%s,\"<>ANNULE_ABANDONNE\")", oo, r, st
			printf "\t=COUNTIFS(%s,A%d,%s,\"TERMINE\")\n", oo, r, st
		}
	}' > "$tmp/Synthèse.tsv"
}

# Best of 3 wall-clock times of one recalculation, in seconds; a run over
# 10 s is not repeated, its noise being small beside it.
best_time () {
	best=
	for run in 1 2 3; do
		start=$(date +%s.%N)
		ssconvert --recalc -O 'sheet=Synthèse' "$1" "$2" 2>/dev/null
		end=$(date +%s.%N)
		best=$(echo "$start $end $best" | awk '{ t = $2 - $1; if ($3 != "" && $3 < t) t = $3; print t }')
		if awk -v t="$best" 'BEGIN { exit !(t > 10) }'; then
			break
		fi
	done
	echo "$best"
}

printf '%-8s %10s %12s %12s %8s\n' rows plan_s synthese_s sumifs_s ratio
for n in $sizes; do
	make_plan "$n"
	printf 'Réf.\n' > "$tmp/Synthèse.tsv"
	awk -v rows=1048576 -f "$top/tools/tsv2gnumeric.awk" "$tmp/Plan.tsv" "$tmp/Synthèse.tsv" > "$tmp/base.gnumeric"
	make_pst "$n"
	awk -v rows=1048576 -f "$top/tools/tsv2gnumeric.awk" "$tmp/Plan.tsv" "$tmp/Synthèse.tsv" > "$tmp/pst.gnumeric"
	make_sumifs "$n"
	awk -v rows=1048576 -f "$top/tools/tsv2gnumeric.awk" "$tmp/Plan.tsv" "$tmp/Synthèse.tsv" > "$tmp/sumifs.gnumeric"

	t_base=$(best_time "$tmp/base.gnumeric" "$tmp/base.csv")
	t_pst=$(best_time "$tmp/pst.gnumeric" "$tmp/pst.csv")
	t_sumifs=$(best_time "$tmp/sumifs.gnumeric" "$tmp/sumifs.csv")

	# Same table both ways (progress to 9 digits).
	norm='NR > 1 { gsub(/"/, "", $1); sub(/^OO /, "", $1); printf "%s,%.9f,%s,%s\n", $1, $2, $3, $4 }'
	awk -F, "$norm" "$tmp/pst.csv" > "$tmp/pst.norm"
	awk -F, "$norm" "$tmp/sumifs.csv" > "$tmp/sumifs.norm"
	if ! cmp -s "$tmp/pst.norm" "$tmp/sumifs.norm" || [ "$(wc -l < "$tmp/pst.norm")" -ne "$n_oo" ]; then
		echo "synthese: PST.SYNTHESE and SUMIFS disagree at $n rows" >&2
		diff "$tmp/pst.norm" "$tmp/sumifs.norm" | head >&2
		exit 1
	fi
	echo "$n $t_base $t_pst $t_sumifs" | awk '{
		p = $3 - $2; s = $4 - $2; if (p < 0.001) p = 0.001
		printf "%-8d %10.2f %12.2f %12.2f %8.1f\n", $1, $2, p, s, s / p }'
done
echo "ratio = time of the SUMIFS block / time of PST.SYNTHESE (higher is better for PST.SYNTHESE)"
