#!/bin/sh
# import.sh: importing a generated plan of N actions (default 20 000) as
# the canonical PST workbook, against a plain ssconvert conversion of the
# same xlsx file to .gnumeric, in the same run.
#
# The plan is one flat sheet as CPAS write them: title rows "O. S. n - …",
# "O. O. n.m." and rows "action k" with status, progress, dates, pilot,
# cost and article.  Each way is timed 3 times (best kept).
#
# Usage: bench/import.sh [N]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PST_BUILD_DIR:-$top}
plugins=${PST_PLUGIN_PATH:-$build/build/plugins}
pst=${PST_CLI:-$build/cli/pst}
n=${1:-20000}
tmp=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8

awk -v n="$n" 'BEGIN {
	srand(7)
	split("En cours|Terminé|À démarrer|Suspendu|En attente|Annulé", st, "|")
	split("8352/124-02|104/123-48|8441/332-02|104/742-53|8351/124-06", art, "|")
	print "Réf.\tLibellé\tStatut\tAvancement\tDébut\tÉchéance\tChef de projet\tCoût estimé\tArticle budg."
	per_oo = 20; per_os = 10
	for (i = 0; i < n; i++) {
		oo = int(i / per_oo); os = int(oo / per_os)
		if (i % (per_oo * per_os) == 0)
			printf "O. S. %d - Être un CPAS qui atteint son objectif %d\n", os + 1, os + 1
		if (i % per_oo == 0)
			printf "O. O. %d.%d.\tDévelopper le service %d\n", os + 1, oo % per_os + 1, oo + 1
		printf "action %d\tOrganiser %d réunions par an avec le partenaire %d\t%s\t%d %%\t=DATE(2021,%d,1)\tfin %d\tAgent %d\t%d\t%s\n",
			i % per_oo + 1, i % 12 + 1, i, st[int(rand() * 6) + 1], int(rand() * 100),
			i % 12 + 1, 2022 + i % 4, i % 37, 100 * int(rand() * 500), art[i % 5 + 1]
	}
}' > "$tmp/Plan.tsv"
awk -v rows=1048576 -f "$top/tools/tsv2gnumeric.awk" "$tmp/Plan.tsv" > "$tmp/plan.gnumeric"
ssconvert "$tmp/plan.gnumeric" "$tmp/plan.xlsx" 2>/dev/null

best () {
	best=
	for run in 1 2 3; do
		start=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		end=$(date +%s.%N)
		best=$(echo "$start $end $best" | awk '{ t = $2 - $1; if ($3 != "" && $3 < t) t = $3; print t }')
	done
	echo "$best"
}

t_plain=$(best ssconvert "$tmp/plan.xlsx" "$tmp/plain.gnumeric")
t_opener=$(best ssconvert -I Gnumeric_pst:plan "$tmp/plan.xlsx" "$tmp/pst.gnumeric")
t_cli=$(best "$pst" import "$tmp/plan.xlsx" -o "$tmp/cli.gnumeric")

# The import must be complete to count.
"$pst" import "$tmp/plan.xlsx" -o "$tmp/check.gnumeric" | tee "$tmp/summary.txt"
grep -q " $n actions" "$tmp/summary.txt" || { echo "import.sh: the import did not find $n actions" >&2; exit 1; }

echo "$n $t_plain $t_opener $t_cli" | awk '{
	printf "actions %d: ssconvert xlsx→gnumeric %.2f s; ssconvert -I Gnumeric_pst:plan %.2f s (ratio %.2f); pst import %.2f s (ratio %.2f)\n",
		$1, $2, $3, $3 / $2, $4, $4 / $2 }'
