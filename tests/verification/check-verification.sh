#!/bin/sh
# check-verification.sh: `pst verifier`, "Vérifier le plan" from the
# command line.
#
#  - on samples/virton-pst.xlsx, as of 30/06/2023: exit 0 (warnings, no
#    erreur), findings known from the sample, one line each, and a
#    summary that counts them;
#  - on a small CSV plan written here with one problem per action: the
#    exact findings, erreurs first, and exit 3;
#  - -o writes the canonical workbook and the sheet Vérification: title,
#    summary, headers, one row per finding in the printed order, a label
#    "=…" kept as text; the workbook verified again gives the same
#    findings, and so does its .xlsx;
#  - a clean plan: exit 0 and the row "Aucun problème détecté.";
#  - `pst verify` is the same command; a missing file exits 1, a bad
#    date or no plan 2.
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
# has FILE TEXT: a line of FILE holds TEXT as it is.
has () { grep -q -F -e "$2" "$1"; }

# sheet BOOK OUT: the sheet Vérification's values as TSV.
sheet () {
	ssconvert -T Gnumeric_stf:stf_assistant \
		-O "sheet=\"Vérification\" separator=\"	\" quoting-mode=never format=raw" \
		"$1" "$2" 2> "$2.err"
}

# findings OUT: the finding lines of pst's stdout (not the summary, not
# the line naming the workbook written).
findings () {
	grep -E '^(erreur|avertissement|info) ' "$1"
}

# --- The Virton sample -------------------------------------------------
"$pst" verifier "$srcdir/samples/virton-pst.xlsx" --date 30/06/2023 \
	> "$tmp/virton.out" 2> "$tmp/virton.err"
status=$?
check "virton: exit 0 (got $status): $(cat "$tmp/virton.err")" [ "$status" -eq 0 ]
check "virton: no erreur" sh -c "! grep -q '^erreur ' '$tmp/virton.out'"
check "virton: 1.2.1 finished at 80 %" has "$tmp/virton.out" \
	"avertissement 1.2.1    Terminée mais avancement incomplet : Statut terminé mais avancement de 80 % : les totaux la comptent pour 100 %."
check "virton: 1.3.1 late" has "$tmp/virton.out" \
	"avertissement 1.3.1    Échéance dépassée : Échéance du 31/12/2022 dépassée de 181 jours ; statut en problème, avancement 25 %."
check "virton: 1.1.1 not SMART" has "$tmp/virton.out" \
	"avertissement 1.1.1    Action non SMART : SMART S-A-T — M : aucune quantité ni indicateur chiffré; R : aucune ressource indiquée (budget, ETP, financement)."
check "virton: a code économique outside the list" grep -q -E \
	'^avertissement [0-9.]+ +Code économique inconnu : Article [0-9]+/[0-9]{3}-[0-9]{2} : ' "$tmp/virton.out"
n=$(findings "$tmp/virton.out" | wc -l)
w=$(findings "$tmp/virton.out" | grep -c '^avertissement ')
i=$(findings "$tmp/virton.out" | grep -c '^info ')
check "virton: $n findings printed" [ "$n" -gt 100 ]
check "virton: the summary counts them (0/$w/$i)" has "$tmp/virton.out" \
	"Vérification de « $srcdir/samples/virton-pst.xlsx » au 30/06/2023 : 0 erreur, $w avertissements, $i infos."
check "virton: warnings before infos" sh -c \
	"findings () { grep -E '^(erreur|avertissement|info) ' \"\$1\"; }
	 findings '$tmp/virton.out' | awk '{ print \$1 }' | uniq | tr '\n' ' ' | grep -q -x 'avertissement info '"
# The échéance is told against --date: later, more actions are late.
"$pst" verifier "$srcdir/samples/virton-pst.xlsx" --date 2026-01-01 > "$tmp/virton2.out" 2> /dev/null
late1=$(grep -c 'Échéance dépassée' "$tmp/virton.out")
late2=$(grep -c 'Échéance dépassée' "$tmp/virton2.out")
check "virton: more late actions in 2026 ($late2) than mid-2023 ($late1)" [ "$late2" -gt "$late1" ]

# --- A plan with one problem per action --------------------------------
cat > "$tmp/plan.csv" <<'EOF'
Code OS;Objectif stratégique;Code OO;Objectif opérationnel;Réf.;Action;Service;Responsable;Début;Échéance;Statut;Avancement;Budget;Engagé;Article;Indicateur
1;Être un CPAS accessible;1.1;Accueillir 100 personnes de plus par an;1.1.1;Organiser 4 ateliers d’insertion par an;Insertion;Mme Collignon;01/01/2024;31/12/2024;en cours;50%;1000;400;8320/123-16;Nombre d’ateliers
;;;;1.1.2;Organiser 2 formations pour les agents d’accueil;Personnel;M. Lambert;01/09/2024;31/01/2024;en cours;20%;500;;8320/123-16;Nombre de formations
;;;;1.1.3;Rénover 3 bureaux d’accueil;Travaux;M. Dupont;01/01/2024;31/03/2024;en cours;30%;8000;2000;104/724-51;Bureaux rénovés
;;;;1.1.4;Acheter 5 ordinateurs portables;Informatique;Mme Henrard;01/01/2024;31/12/2024;terminé;60%;2000;2500;104/742-53;Ordinateurs livrés
;;;;1.1.5;Publier 4 bulletins d’information par an;;;01/01/2024;31/12/2024;en cours;100%;;;;Bulletins publiés
;;;;1.1.6;Installer 2 bornes d’accueil;Accueil;Mme Collignon;01/01/2024;31/12/2024;en cours;40%;3000;;;Bornes installées
;;;;1.1.7;=Améliorer l’accueil;Accueil;Mme Collignon;01/01/2024;31/12/2024;en cours;10%;;;;
;;1.2;Former 10 agents à l’accueil;;;;;;;;;;;;
EOF
cat > "$tmp/expected" <<'EOF'
erreur        1.1.2    Début après l’échéance : Début le 01/09/2024, après l’échéance du 31/01/2024.
avertissement 1.1.2    Échéance dépassée : Échéance du 31/01/2024 dépassée de 151 jours ; statut en cours, avancement 20 %.
avertissement 1.1.3    Échéance dépassée : Échéance du 31/03/2024 dépassée de 91 jours ; statut en cours, avancement 30 %.
avertissement 1.1.4    Terminée mais avancement incomplet : Statut terminé mais avancement de 60 % : les totaux la comptent pour 100 %.
avertissement 1.1.4    Engagé supérieur au budget : Engagé de 2 500 € pour un budget de 2 000 €.
avertissement 1.1.5    Avancement complet, statut non terminé : Avancement de 100 % mais statut en cours.
avertissement 1.1.5    Responsable manquant : Ni responsable ni service : personne ne porte l’action.
avertissement 1.1.6    Budget sans article : Budget de 3 000 € sans article budgétaire : il n’apparaît dans aucune ligne de la feuille Budget.
avertissement 1.1.7    Action non SMART : SMART --A-T — S : « améliorer » est trop vague sans cible chiffrée; M : aucune quantité ni indicateur chiffré; R : aucune ressource indiquée (budget, ETP, financement).
avertissement 1.2      Objectif sans action : L’objectif opérationnel 1.2 n’a aucune action.
info          1.1.5    Action non SMART : SMART SM--T — A : aucun responsable ni service désigné; R : aucune ressource indiquée (budget, ETP, financement).
EOF
"$pst" verifier "$tmp/plan.csv" --date 30/06/2024 -o "$tmp/out.gnumeric" \
	> "$tmp/plan.out" 2> "$tmp/plan.err"
status=$?
check "plan.csv: exit 3 for its erreur (got $status)" [ "$status" -eq 3 ]
check "plan.csv: the erreur is told on stderr" has "$tmp/plan.err" \
	"contient 1 erreur (ci-dessus) : corrigez-la"
findings "$tmp/plan.out" > "$tmp/plan.findings"
if cmp -s "$tmp/expected" "$tmp/plan.findings"; then
	ok
else
	not_ok "plan.csv: findings differ from the expected ones:"
	diff "$tmp/expected" "$tmp/plan.findings"
fi
check "plan.csv: summary line" has "$tmp/plan.out" \
	"Vérification de « $tmp/plan.csv » au 30/06/2024 : 1 erreur, 9 avertissements, 1 info."
check "plan.csv: the workbook is named" has "$tmp/plan.out" \
	"Classeur avec la feuille « Vérification » → $tmp/out.gnumeric"

# --- The sheet Vérification --------------------------------------------
check "out.gnumeric written" [ -s "$tmp/out.gnumeric" ]
sheet "$tmp/out.gnumeric" "$tmp/sheet.tsv"
check "the sheet Vérification reads back: $(cat "$tmp/sheet.tsv.err" 2> /dev/null)" [ -s "$tmp/sheet.tsv" ]
check "title row" [ "$(sed -n 1p "$tmp/sheet.tsv" | cut -f1)" = "Vérification du plan — plan — 30/06/2024" ]
check "summary row" [ "$(sed -n 2p "$tmp/sheet.tsv" | cut -f1)" = "1 erreur, 9 avertissements, 1 info" ]
check "header row" [ "$(sed -n 4p "$tmp/sheet.tsv" | cut -f1-6)" = "Gravité	Réf.	Libellé	Règle	Message	Source" ]
# The rows of the table are the printed findings, in the same order.
awk -F '\t' 'NR > 4 && $1 != "" { printf "%-13s %-8s %s : %s\n", $1, $2, $4, $5 }' \
	"$tmp/sheet.tsv" > "$tmp/sheet.findings"
if cmp -s "$tmp/expected" "$tmp/sheet.findings"; then
	ok
else
	not_ok "the sheet's rows differ from the expected findings:"
	diff "$tmp/expected" "$tmp/sheet.findings"
fi
check "row of 1.1.4: its label and its source row" [ "$(awk -F '\t' '$2 == "1.1.4" && $4 == "Engagé supérieur au budget" { print $3 "|" $6 }' "$tmp/sheet.tsv")" = "Acheter 5 ordinateurs portables|plan.csv!'plan.csv'!E5" ]
check "row of OO 1.2: the objective's label" [ "$(awk -F '\t' '$2 == "1.2" { print $3 }' "$tmp/sheet.tsv")" = "Former 10 agents à l’accueil" ]
check "a label « =… » stays text" [ "$(awk -F '\t' '$2 == "1.1.7" { print $3 }' "$tmp/sheet.tsv")" = "=Améliorer l’accueil" ]
check "the label is stored as a string, not a formula" \
	sh -c "gzip -dcf '$tmp/out.gnumeric' | grep -q 'ValueType=\"60\">=Améliorer l’accueil<'"
check "an autofilter over the table" \
	sh -c "gzip -dcf '$tmp/out.gnumeric' | grep -q '<gnm:Filter Area=\"A4:F15\"'"
# The canonical sheets are there too.
for s in Plan Objectifs Budget Anomalies; do
	check "out.gnumeric has the sheet $s" \
		sh -c "gzip -dcf '$tmp/out.gnumeric' | grep -q '<gnm:Name>$s</gnm:Name>'"
done

# The canonical workbook verified again, through `pst verify`, and its
# .xlsx: the same findings.
"$pst" verify "$tmp/out.gnumeric" --date 2024-06-30 -o "$tmp/out.xlsx" \
	> "$tmp/again.out" 2> /dev/null
status=$?
check "verify out.gnumeric: exit 3 (got $status)" [ "$status" -eq 3 ]
findings "$tmp/again.out" > "$tmp/again.findings"
check "verify out.gnumeric: the same findings" cmp -s "$tmp/expected" "$tmp/again.findings"
sheet "$tmp/out.xlsx" "$tmp/xlsx.tsv"
awk -F '\t' 'NR > 4 && $1 != "" { printf "%-13s %-8s %s : %s\n", $1, $2, $4, $5 }' \
	"$tmp/xlsx.tsv" > "$tmp/xlsx.findings"
check "out.xlsx: the sheet Vérification has the same rows" cmp -s "$tmp/expected" "$tmp/xlsx.findings"

# --- A clean plan ------------------------------------------------------
cat > "$tmp/propre.csv" <<'EOF'
Code OS;Objectif stratégique;Code OO;Objectif opérationnel;Réf.;Action;Service;Responsable;Début;Échéance;Statut;Avancement;Budget;Engagé;Article;Indicateur
1;Être un CPAS accessible;1.1;Accueillir 100 personnes de plus par an;1.1.1;Organiser 4 ateliers d’insertion par an;Insertion;Mme Collignon;01/01/2024;31/12/2024;en cours;50%;1000;400;8320/123-16;Nombre d’ateliers
EOF
"$pst" verifier "$tmp/propre.csv" --date 30/06/2024 -o "$tmp/propre.gnumeric" \
	> "$tmp/propre.out" 2> "$tmp/propre.err"
status=$?
check "clean plan: exit 0 (got $status): $(cat "$tmp/propre.err")" [ "$status" -eq 0 ]
check "clean plan: no finding printed" [ "$(findings "$tmp/propre.out" | wc -l)" -eq 0 ]
check "clean plan: the summary says so" has "$tmp/propre.out" \
	"au 30/06/2024 : Aucun problème détecté."
sheet "$tmp/propre.gnumeric" "$tmp/propre.tsv"
check "clean plan: the sheet says « Aucun problème détecté. »" \
	[ "$(sed -n 5p "$tmp/propre.tsv" | cut -f1)" = "Aucun problème détecté." ]
check "clean plan: and nothing more" [ "$(awk -F '\t' 'NR > 5 && $0 != ""' "$tmp/propre.tsv" | wc -l)" -eq 0 ]

# --- Usage and failures ------------------------------------------------
"$pst" verifier "$tmp/absent.xlsx" > /dev/null 2> "$tmp/absent.err"
status=$?
check "a missing plan: exit 1 (got $status)" [ "$status" -eq 1 ]
check "a missing plan is named on stderr" has "$tmp/absent.err" "absent.xlsx"
"$pst" verifier > /dev/null 2> "$tmp/usage.err"
status=$?
check "no plan: exit 2 (got $status)" [ "$status" -eq 2 ]
check "no plan: the usage in French" has "$tmp/usage.err" "usage : pst verifier PLAN"
"$pst" verifier "$tmp/propre.csv" --date 31/02/2024 > /dev/null 2> "$tmp/date.err"
status=$?
check "a bad date: exit 2 (got $status)" [ "$status" -eq 2 ]
check "a bad date is told" has "$tmp/date.err" "date « 31/02/2024 » illisible"
"$pst" verifier "$tmp/propre.csv" -o "$tmp/out.unknown" > /dev/null 2> "$tmp/format.err"
status=$?
check "an unknown output format: exit 1 (got $status)" [ "$status" -eq 1 ]
"$pst" 2> "$tmp/pst.err"
check "pst lists the command" has "$tmp/pst.err" "pst verifier PLAN"

echo "check-verification: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
