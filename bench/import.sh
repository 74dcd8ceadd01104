#!/bin/sh
# import.sh: the cost of importing a plan, against a plain conversion of
# the same file, in the same run, for plans of N actions (by default
# 1 000, 10 000, 30 000 and 100 000).
#
# For each size it generates one xlsx plan as CPAS write them (one flat
# sheet: title rows "O. S. n - …", "O. O. n.m." and rows "action k" with
# statut, avancement, dates, pilote, coût and article), then times, each
# run in turn, RUNS times (best kept):
#   plain   ssconvert plan.xlsx → .gnumeric (what the import is held to);
#   import  pst import plan.xlsx → the canonical workbook (.gnumeric);
#   opener  ssconvert -I Gnumeric_pst:plan plan.xlsx → .gnumeric, the
#           importer as Gnumeric's File › Open runs it, then saved;
#   output  ssconvert of the canonical workbook itself (.gnumeric →
#           .gnumeric): what merely converting a workbook as large as the
#           import's result costs, the floor under any import.
# Time is the wall clock; peak memory the largest resident size (GNU time
# %M).  The ratios are import / plain.  Then the phases of one import
# (PST_PHASES=1: lecture, grille, détection, modèle, feuilles, tableau de
# bord, recalcul, enregistrement; see bench/README).  Last, whether the
# cost grows linearly: the time ratio at the largest size no worse than at
# 10 000 actions (5 % of slack for a noisy machine).
#
# Usage: bench/import.sh [N...]      RUNS=3 by default.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PST_BUILD_DIR:-$top}
plugins=${PST_PLUGIN_PATH:-$build/build/plugins}
pst=${PST_CLI:-$build/cli/pst}
runs=${RUNS:-3}
[ $# -gt 0 ] || set -- 1000 10000 30000 100000
tmp=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8
[ -x /usr/bin/time ] || { echo "import.sh: GNU time (/usr/bin/time) is needed" >&2; exit 1; }

generate () {
	awk -v n="$1" 'BEGIN {
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
}

# One run: "seconds kilobytes" of the command, or a failure.
measure () {
	/usr/bin/time -f "%e %M" -o "$tmp/time" "$@" > "$tmp/out" 2>&1 ||
		{ cat "$tmp/out" >&2; echo "import.sh: failed: $*" >&2; exit 1; }
	cat "$tmp/time"
}

# The best time and the largest peak of each way over $runs rounds, the
# ways taking turns so that a slow moment of the machine hits them all.
measure_all () {
	: > "$tmp/runs"
	round=1
	while [ "$round" -le "$runs" ]; do
		echo "plain $(measure ssconvert "$tmp/plan.xlsx" "$tmp/plain.gnumeric")" >> "$tmp/runs"
		echo "import $(measure "$pst" import "$tmp/plan.xlsx" -o "$tmp/import.gnumeric")" >> "$tmp/runs"
		echo "opener $(measure ssconvert -I Gnumeric_pst:plan "$tmp/plan.xlsx" "$tmp/opener.gnumeric")" >> "$tmp/runs"
		echo "output $(measure ssconvert "$tmp/import.gnumeric" "$tmp/output.gnumeric")" >> "$tmp/runs"
		round=$((round + 1))
	done
}

printf '%8s | %-15s | %-15s %-12s | %-15s %-12s | %-15s\n' actions "plain" "pst import" "ratio" \
	"opener" "ratio" "output seul"
for n in "$@"; do
	generate "$n"
	measure_all
	# The import must be complete to count.
	"$pst" import "$tmp/plan.xlsx" -o "$tmp/check.gnumeric" > "$tmp/summary.txt"
	grep -q " $n actions" "$tmp/summary.txt" ||
		{ echo "import.sh: the import did not find $n actions" >&2; exit 1; }
	awk -v n="$n" '
		{ if (!($1 in t) || $2 < t[$1]) t[$1] = $2; if ($3 > m[$1]) m[$1] = $3 }
		END {
			printf "%8d | %5.2f s %4.0f Mo | %5.2f s %4.0f Mo %4.2f× %4.2f× | %5.2f s %4.0f Mo %4.2f× %4.2f× | %5.2f s %4.0f Mo\n",
				n, t["plain"], m["plain"] / 1024, t["import"], m["import"] / 1024,
				t["import"] / t["plain"], m["import"] / m["plain"],
				t["opener"], m["opener"] / 1024,
				t["opener"] / t["plain"], m["opener"] / m["plain"],
				t["output"], m["output"] / 1024
			printf "%d %f\n", n, t["import"] / t["plain"] > "/dev/stderr"
		}' "$tmp/runs" 2>> "$tmp/ratios"
	PST_PHASES=1 "$pst" import "$tmp/plan.xlsx" -o "$tmp/check.gnumeric" 2> "$tmp/phases-$n" > /dev/null
done

echo
echo "Phases of one import (s, share, resident and peak Mo at the phase's end):"
for n in "$@"; do
	echo "  $n actions:"
	grep '^phase' "$tmp/phases-$n" | awk -F'\t' '{ printf "    %-26s %7s s %5s %6s %6s\n", $2, $3, $4, $5, $6 }'
done

echo
awk '
	{ r[$1] = $2; if ($1 > last) last = $1 }
	END {
		if (!(10000 in r) || last <= 10000) { print "Linear growth: not measured (needs 10 000 and a larger size)."; exit }
		printf "Linear growth: time ratio %.2f at %d actions, %.2f at 10 000: %s\n",
			r[last], last, r[10000], r[last] <= r[10000] * 1.05 ? "yes" : "NO"
	}' "$tmp/ratios"
