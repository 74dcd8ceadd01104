#!/bin/sh
# consolidate.sh: `pst consolidate` of N generated plans (default 262, one
# per CPAS of Wallonia) of A actions each (default 150) into one .xlsx,
# against plain ssconvert conversions of the same files to .xlsx, one
# ssconvert per file, one at a time and then J at a time (default 2, the
# cores of the reference machine).  Time is the wall clock, memory the
# peak resident size (GNU time %M): of pst consolidate, and of the largest
# single ssconvert.  The goal: pst consolidate in at most half the time of
# the conversions one at a time.
#
# The CPAS names are made up (syllables), each in its plan's title row.
# The plans come in three layouts, in turn:
#   0. one flat sheet, hierarchy on title rows ("O. S. 2 - …", "O. O. 2.1."
#      and "action k"), as Virton writes it (.gnumeric);
#   1. one table with the codes in their own columns, as Burdinne writes
#      it (.csv, ";" separators);
#   2. one sheet per objectif stratégique, the OO as title rows and the
#      actions numbered in the OO (.gnumeric).
# Header words, statuses and progress forms vary from plan to plan.
#
# Usage: bench/consolidate.sh [N [A [J]]]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${PST_BUILD_DIR:-$top}
plugins=${PST_PLUGIN_PATH:-$build/build/plugins}
pst=${PST_CLI:-$build/cli/pst}
n=${1:-262}
per_plan=${2:-150}
jobs=${3:-2}
tmp=$(mktemp -d)
[ -n "${BENCH_KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8
mkdir -p "$tmp/src" "$tmp/plans" "$tmp/xlsx"

# The grids: one TSV per sheet (layouts 0 and 2) or the CSV itself.
awk -v n="$n" -v per_plan="$per_plan" -v dir="$tmp/src" -v plans="$tmp/plans" 'BEGIN {
	srand(11)
	np = split("Ber|Chau|Flo|Gem|Ham|Jo|La|Mar|Nan|Pé|Ro|Sta|Thi|Vi|Wa", pre, "|")
	ns = split("court|feux|mont|sart|ville|gnée|rieu|bais|meux|ronne|nes|dinne|zée|ton|bois|rée|lez|mal", suf, "|")
	split("En cours|Terminé|À démarrer|Suspendu|En attente|en cours |Clôturé|Pérenne", st, "|")
	split("8352/124-02|104/123-48|8441/332-02|104/742-53|8351/124-06|834/744-51|84010/123-48", art, "|")
	split("soleil|nuageux|pluie|orage|", meteo, "|")
	split("Chef de projet|Responsable|Pilote", who, "|")
	split("Échéance|Fin|Date de fin", fin, "|")
	n_os = 5; n_oo = 3
	per_oo = int(per_plan / (n_os * n_oo)); extra = per_plan - per_oo * n_os * n_oo
	for (p = 0; p < n; p++) {
		name = pre[p % np + 1] suf[int(p / np) % ns + 1]
		if (p >= np * ns) name = name "-" pre[int(p / (np * ns)) % np + 1]
		title = "CPAS de " name " – Programme stratégique transversal 2019-2024"
		layout = p % 3
		file = sprintf("p%03d-%s", p + 1, tolower(name))
		if (layout == 1) {
			out = plans "/" file ".csv"
			printf "%s;;;;;;;;;;;\n;;;;;;;;;;;\n", title > out
			printf "Volet;Code OS;Objectif stratégique;Code OO;Objectif opérationnel;Action;Statut;Avancement;%s;%s;Budget;Article\n", who[p % 3 + 1], fin[p % 3 + 1] > out
		} else if (layout == 0) {
			out = dir "/" file "/Suivi PST.tsv"
			system("mkdir -p \"" dir "/" file "\"")
			print title > out
			print "" > out
			printf "Référence\tLibellé\tStatut\tAvancement\tDébut\t%s\tService\t%s\tCoût estimé\tArticle budg.\tMétéo globale\n", fin[p % 3 + 1], who[p % 3 + 1] > out
		} else
			system("mkdir -p \"" dir "/" file "\"")
		a = 0
		for (os = 1; os <= n_os; os++) {
			os_label = "Être un CPAS qui atteint son objectif " os " pour les citoyens"
			if (layout == 0)
				printf "O. S. %d - %s\n", os, os_label > out
			if (layout == 2) {
				if (out != "") close(out)
				out = dir "/" file "/OS" os ".tsv"
				print title > out
				printf "Objectif stratégique %d : %s\n", os, os_label > out
				print "" > out
				printf "N°\tActions et projets\t%s\t%s\tÉtat\t%% réalisé\tArticle\tBudget\n", who[p % 3 + 1], fin[p % 3 + 1] > out
			}
			for (oo = 1; oo <= n_oo; oo++) {
				oo_label = "Développer le service " os "." oo " de 20 % d’ici 2024"
				if (layout == 0)
					printf "O. O. %d.%d.\t%s\n", os, oo, oo_label > out
				if (layout == 2)
					printf "O.O. %d.%d. %s\n", os, oo, oo_label > out
				k = per_oo + (os == 1 && oo == 1 ? extra : 0)
				for (i = 1; i <= k; i++) {
					a++
					label = sprintf("Organiser %d réunions par an avec le partenaire %d", i % 6 + 1, a)
					s = st[int(rand() * 8) + 1]
					pc = int(rand() * 101)
					av = (a % 3 == 0) ? pc " %" : (a % 3 == 1 ? pc / 100 : pc)
					cost = 100 * int(rand() * 300)
					ar = art[int(rand() * 7) + 1]
					m = meteo[int(rand() * 5) + 1]
					y = 2021 + a % 4
					if (layout == 0)
						printf "action %d\t%s\t%s\t%s\t=DATE(2020,%d,1)\tfin %d\tService %d\tAgent %d\t%d\t%s\t%s\n", i, label, s, av, a % 12 + 1, y, a % 5 + 1, a % 17, cost, ar, m > out
					else if (layout == 1)
						printf "%s;%s;%s;%s;%s;%s;%s;%s;Agent %d;31/12/%d;%d;%s\n", os <= 2 ? "interne" : "externe", i == 1 && oo == 1 ? "O.S." os "." : "", i == 1 && oo == 1 ? os_label : "", i == 1 ? "O.O." os "." oo "." : "", i == 1 ? oo_label : "", label, s, av, a % 17, y, cost, ar > out
					else
						printf "%d\t%s\tAgent %d\tfin %d\t%s\t%s\t%s\t%d\n", i, label, a % 17, y, s, av, ar, cost > out
				}
			}
		}
		close(out)
		out = ""
	}
}'
for d in "$tmp"/src/*/; do
	name=$(basename "$d")
	awk -v rows=65536 -f "$top/tools/tsv2gnumeric.awk" "$d"*.tsv > "$tmp/plans/$name.gnumeric"
done
count=$(ls "$tmp/plans" | wc -l)
echo "consolidate.sh: $count plans of $per_plan actions in $tmp/plans"

now () { date +%s.%N; }
[ -x /usr/bin/time ] || { echo "consolidate.sh: GNU time (/usr/bin/time) is needed" >&2; exit 1; }

# Plain ssconvert, one process per file: one at a time, then $jobs at a
# time; each process's peak memory in $tmp/peaks.
plain () {
	rm -f "$tmp"/xlsx/* "$tmp/peaks"
	start=$(now)
	ls "$tmp/plans" | xargs -P "$1" -I{} sh -c \
		'/usr/bin/time -f %M -a -o "$1/peaks" ssconvert "$1/plans/$2" "$1/xlsx/${2%.*}.xlsx" > /dev/null 2>&1' sh "$tmp" {}
	echo "$start $(now)" | awk '{ print $2 - $1 }'
}
t_seq=$(plain 1)
m_plain=$(sort -n "$tmp/peaks" | tail -1)
t_plain=$(plain "$jobs")
converted=$(ls "$tmp/xlsx" | wc -l)

# One pst consolidate over all the plans.
start=$(now)
/usr/bin/time -f %M -o "$tmp/peak" "$pst" consolidate "$tmp"/plans/* -o "$tmp/consolidated.xlsx" > "$tmp/summary.txt" 2> "$tmp/err.txt" ||
	{ cat "$tmp/err.txt" >&2; echo "consolidate.sh: pst consolidate failed" >&2; exit 1; }
t_pst=$(echo "$start $(now)" | awk '{ print $2 - $1 }')
m_pst=$(tail -1 "$tmp/peak")
cat "$tmp/summary.txt"

# The consolidation must be complete to count.
expected=$((count * per_plan))
grep -q "$count plans consolidés.* $expected actions" "$tmp/summary.txt" ||
	{ echo "consolidate.sh: expected $count plans and $expected actions" >&2; exit 1; }

echo "$count $per_plan $jobs $converted $t_seq $t_plain $t_pst $m_plain $m_pst" | awk '{
	printf "plans %d × %d actions, %d converted by ssconvert → xlsx: one at a time %.1f s, %d at a time %.1f s; peak of one ssconvert %.0f Mo\n", $1, $2, $4, $5, $3, $6, $8 / 1024
	printf "pst consolidate → one xlsx: %.1f s (ratio %.2f to ssconvert one at a time, %.2f to %d at a time), peak %.0f Mo\n", $7, $7 / $5, $7 / $6, $3, $9 / 1024
	printf "Goal, at most half the time of the conversions one at a time: %s\n", $7 / $5 <= 0.5 ? "met" : "NOT met" }'
