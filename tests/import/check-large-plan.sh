#!/bin/sh
# check-large-plan.sh: a plan of more actions than a sheet has rows by
# default (66 000 actions, past Gnumeric's 65 536), imported to .xlsx:
#
#  - every objective of the Objectifs sheet counts its own 20 actions,
#    their budget and their progress, down to the last OO, whose actions
#    sit past row 65 536 of Plan (a relative reference there wraps round
#    at the size of the Objectifs sheet and reads the wrong rows);
#  - the values stored in the workbook equal a full recalculation.
set -u
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
pst=${PST_CLI:-$PWD/cli/pst}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=

# 4 OS of 825 OO of 20 actions.
n_os=4
n_oo=825
awk -v n_os="$n_os" -v n_oo="$n_oo" 'BEGIN {
	print "Réf.;Libellé;Statut;Avancement;Budget"
	for (os = 1; os <= n_os; os++) {
		printf "O.S. %d;Être un CPAS proche de ses usagers %d;;;\n", os, os
		for (oo = 1; oo <= n_oo; oo++) {
			printf "O.O. %d.%d;Développer le service %d;;;\n", os, oo, oo
			for (a = 1; a <= 20; a++)
				printf "action %d;Organiser %d réunions avec le partenaire %d;En cours;50 %%;100\n", a, a, oo
		}
	}
}' > "$tmp/plan.csv"

fail=0
if ! "$pst" import "$tmp/plan.csv" -o "$tmp/plan.xlsx" > "$tmp/out" 2>&1; then
	echo "not ok - pst import failed: $(tail -3 "$tmp/out")"
	exit 1
fi
ssconvert -S -O "sheet=Objectifs" "$tmp/plan.xlsx" "$tmp/objectifs.csv" > /dev/null 2>&1
stored=$(ls "$tmp"/objectifs.csv* 2>/dev/null | head -1)
[ -n "$stored" ] || { echo "not ok - no Objectifs sheet read back"; exit 1; }
# Type, Réf., Actions, Avancement, Budget: OO with 20 actions, 2000 and
# 50 %; the OS with all of them.
awk -F, -v n_os="$n_os" -v n_oo="$n_oo" '
	NR == 1 { next }
	$2 == "OO" { oo++; if ($6 != 20 || $9 != 2000 || $7 + 0 != 0.5) { bad++; if (bad < 4) print "not ok - OO " $3 ": " $6 " actions, " $9 ", " $7 } }
	$2 == "OS" { os++; if ($6 != n_oo * 20 || $9 != n_oo * 2000 || $7 + 0 != 0.5) { bad++; print "not ok - OS " $3 ": " $6 " actions, " $9 ", " $7 } }
	END {
		if (oo != n_os * n_oo || os != n_os) { print "not ok - " oo " OO and " os " OS read"; bad++ }
		exit bad > 0 }' "$stored" || fail=1

ssconvert -S --recalc -O "sheet=Objectifs" "$tmp/plan.xlsx" "$tmp/recalc.csv" > /dev/null 2>&1
recalc=$(ls "$tmp"/recalc.csv* 2>/dev/null | head -1)
if ! cmp -s "$stored" "$recalc"; then
	echo "not ok - the stored Objectifs differ from a recalculation:"
	diff "$stored" "$recalc" | head -4
	fail=1
fi
[ "$fail" -eq 0 ] && echo "check-large-plan: $n_os OS, $((n_os * n_oo)) OO of 20 actions, all right"
exit "$fail"
