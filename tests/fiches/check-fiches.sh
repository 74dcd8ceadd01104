#!/bin/sh
# check-fiches.sh: `pst fiches`, the fiches actions printed to PDF, checked
# on the PDF itself (poppler-utils):
#
#  - samples/virton-pst.xlsx: one page per action (pdfinfo), every page A4
#    portrait; page k names the k-th action of the canonical import (its
#    reference in "Fiche action R", the start of its label, its pilote,
#    its statut in French);
#  - --par oo: one page per objectif opérationnel, each "Fiche objectif
#    opérationnel R" with the references of its actions;
#  - a small CSV plan written here (accents, a label "=…", an action with
#    no pilote, a météo to compute): the fields of each fiche, the label
#    "=…" printed as written and stored as a string, never a formula;
#  - pages drawn by pdftoppm (40 dpi, grey): not blank, and no ink in the
#    1 cm margins of the paper (the header and the footer stand 1 cm from
#    its edges);
#  - usage: a missing plan exits 1, no -o or a bad --par or --date 2.
#
# Skipped (77) without poppler-utils (pdfinfo, pdftotext, pdftoppm) or
# python3.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
pst=${PST_CLI:-$PWD/cli/pst}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=

for tool in pdfinfo pdftotext pdftoppm python3; do
	if ! command -v "$tool" > /dev/null 2>&1; then
		echo "check-fiches: $tool absent : test sauté"
		exit 77
	fi
done

pass=0
fail=0
ok () { pass=$((pass + 1)); }
not_ok () { fail=$((fail + 1)); echo "not ok - $*"; }
check () {	# check DESCRIPTION COMMAND...
	what=$1
	shift
	if "$@"; then ok; else not_ok "$what"; fi
}
has () { grep -q -F -e "$2" "$1"; }

pages () { pdfinfo "$1" 2> /dev/null | awk '$1 == "Pages:" { print $2 }'; }

# a4 PDF: every page 595 x 842 points (or turned), within a point.
a4 () {
	n=$(pages "$1")
	pdfinfo -f 1 -l "$n" "$1" 2> /dev/null | awk '
		$1 == "Page" && $3 == "size:" {
			n++
			w = $4; h = $6
			if (!((w > 594 && w < 596 && h > 841 && h < 843) ||
			      (h > 594 && h < 596 && w > 841 && w < 843))) {
				print "page " $2 ": " w " x " h; bad++
			}
		}
		END { exit (n > 0 && bad == 0) ? 0 : 1 }'
}

# ink PDF PAGE...: each page drawn at 40 dpi in grey; prints, per page,
# the number of dark pixels and their bounding box, and fails when one
# is blank or has ink in the 1 cm margins.
ink () {
	pdf=$1
	shift
	for p in "$@"; do
		pdftoppm -r 40 -gray -f "$p" -l "$p" "$pdf" "$tmp/ink-$p" || return 1
	done
	python3 - "$tmp"/ink-*.pgm <<'EOF'
import sys

def read_pgm(path):
    data = open(path, 'rb').read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b'P5', path
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos + 1:pos + 1 + w * h]

bad = 0
for path in sys.argv[1:]:
    w, h, px = read_pgm(path)
    margin = 40 / 2.54 - 1          # 1 cm at 40 dpi, less a pixel
    xs, ys, n = [], [], 0
    for y in range(h):
        row = px[y * w:(y + 1) * w]
        dark = [x for x in range(w) if row[x] < 128]
        if dark:
            n += len(dark)
            xs += [dark[0], dark[-1]]
            ys.append(y)
    if n < 400:
        print('%s: blank page (%d dark pixels)' % (path, n))
        bad += 1
        continue
    box = (min(xs), min(ys), max(xs), max(ys))
    if box[0] < margin or box[1] < margin or box[2] > w - 1 - margin or box[3] > h - 1 - margin:
        print('%s: ink outside the margins: %r on %dx%d' % (path, box, w, h))
        bad += 1
sys.exit(1 if bad else 0)
EOF
	status=$?
	rm -f "$tmp"/ink-*.pgm
	return $status
}

start=$(date +%s)

# --- The Virton sample, one fiche per action ---------------------------
virton=$srcdir/samples/virton-pst.xlsx
"$pst" fiches "$virton" -o "$tmp/virton.pdf" --date 30/06/2023 \
	> "$tmp/virton.out" 2> "$tmp/virton.err"
status=$?
check "virton: exit 0 (got $status): $(cat "$tmp/virton.err")" [ "$status" -eq 0 ]
check "virton: nothing on stderr: $(head -3 "$tmp/virton.err")" [ ! -s "$tmp/virton.err" ]
check "virton: 155 fiches told" has "$tmp/virton.out" "155 fiches → $tmp/virton.pdf"
n=$(pages "$tmp/virton.pdf")
check "virton: one page per action (155, got ${n:-none})" [ "${n:-0}" -eq 155 ]
check "virton: every page is A4" a4 "$tmp/virton.pdf"
check "virton: pages 1, 78 and 155 drawn, within the margins" ink "$tmp/virton.pdf" 1 78 155

# The actions in the order of the canonical import, from its Plan sheet.
"$pst" import "$virton" -o "$tmp/virton.gnumeric" > /dev/null 2>&1
ssconvert -T Gnumeric_stf:stf_assistant \
	-O "sheet=\"Plan\" separator=\"	\" quoting-mode=never format=raw" \
	"$tmp/virton.gnumeric" "$tmp/plan.tsv" > /dev/null 2>&1
check "virton: the Plan sheet of the import reads back" [ -s "$tmp/plan.tsv" ]
pdftotext "$tmp/virton.pdf" "$tmp/virton.txt"

# fiches_match TSV TXT: page k of the text holds the k-th row's reference
# after "Fiche action", the start of its label, its pilote and its statut
# in French; prints the pages that do not.
cat > "$tmp/match.py" <<'EOF'
import sys
statuts = {'NON_COMMENCE': 'Non commencé', 'EN_COURS': 'En cours',
           'EN_ATTENTE': 'En attente', 'PROBLEME': 'En problème',
           'TERMINE': 'Terminé', 'ANNULE_ABANDONNE': 'Annulé ou abandonné'}
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
header, rows = rows[0], [r for r in rows[1:] if len(r) > 7 and r[6]]
col = {h: i for i, h in enumerate(header)}
pages = open(sys.argv[2], encoding='utf-8').read().split('\f')
norm = lambda s: ' '.join(s.split())
bad = 0
if len(pages) < len(rows):
    print('%d pages for %d actions' % (len(pages), len(rows)))
    sys.exit(1)
for k, r in enumerate(rows):
    page = norm(pages[k])
    get = lambda name: r[col[name]].strip() if col[name] < len(r) else ''
    ref, label, pilote, statut = get('Réf.'), get('Action'), get('Responsable'), get('Statut')
    want = ['Fiche %s %s ' % ('sous-action' if ref.count('.') >= 3 else 'action', ref),
            norm(label)[:25], 'Pilote (responsable)']
    if pilote:
        want.append(norm(pilote)[:25])
    want.append(statuts.get(statut, statut) if statut else 'Statut')
    for w in want:
        if w not in page:
            print('page %d (%s): « %s » absent' % (k + 1, ref, w))
            bad += 1
sys.exit(1 if bad else 0)
EOF
check "virton: page k is the fiche of the k-th action" python3 "$tmp/match.py" "$tmp/plan.tsv" "$tmp/virton.txt"
check "virton: dates in French" has "$tmp/virton.txt" "31/12/2024"
check "virton: the situation's date" has "$tmp/virton.txt" "Situation au 30/06/2023"
check "virton: SMART diagnostic" has "$tmp/virton.txt" "Diagnostic SMART"
check "virton: page numbers" has "$tmp/virton.txt" "Page 155 sur 155"

# --- One fiche per OO ----------------------------------------------------
"$pst" fiches "$virton" --par oo -o "$tmp/oo.pdf" --date 30/06/2023 \
	> "$tmp/oo.out" 2> "$tmp/oo.err"
status=$?
check "virton --par oo: exit 0 (got $status): $(cat "$tmp/oo.err")" [ "$status" -eq 0 ]
check "virton --par oo: nothing on stderr: $(head -3 "$tmp/oo.err")" [ ! -s "$tmp/oo.err" ]
n_oo=$(cut -f5 "$tmp/plan.tsv" | sed 1d | grep -v '^$' | sort -u | wc -l)
check "virton --par oo: $n_oo fiches told" has "$tmp/oo.out" "$n_oo fiches → $tmp/oo.pdf"
n=$(pages "$tmp/oo.pdf")
check "virton --par oo: one page per OO ($n_oo, got ${n:-none})" [ "${n:-0}" -eq "$n_oo" ]
check "virton --par oo: every page is A4" a4 "$tmp/oo.pdf"
check "virton --par oo: pages drawn within the margins" ink "$tmp/oo.pdf" 1 "$n_oo"
pdftotext "$tmp/oo.pdf" "$tmp/oo.txt"
# Page k: "Fiche objectif opérationnel R" for the k-th OO, and the
# references of its actions.
python3 - "$tmp/plan.tsv" "$tmp/oo.txt" > "$tmp/oo.check" <<'EOF'
import sys
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')][1:]
pages = open(sys.argv[2], encoding='utf-8').read().split('\f')
oo = []
for r in rows:
    if len(r) > 6 and r[4] and (not oo or oo[-1][0] != r[4]):
        oo.append((r[4], []))
    if len(r) > 6 and r[6]:
        oo[-1][1].append(r[6])
for k, (ref, actions) in enumerate(oo):
    page = ' '.join(pages[k].split()) + ' '
    if 'Fiche objectif opérationnel %s ' % ref not in page:
        print('page %d: not the fiche of OO %s' % (k + 1, ref))
    for a in actions:
        if ' %s ' % a not in page:
            print('page %d: action %s absent' % (k + 1, a))
EOF
check "virton --par oo: page k lists the k-th OO and its actions: $(head -3 "$tmp/oo.check")" \
	[ ! -s "$tmp/oo.check" ]

# --- A small plan ----------------------------------------------------------
cat > "$tmp/petit.csv" <<'EOF'
Code OS;Objectif stratégique;Code OO;Objectif opérationnel;Réf.;Action;Service;Responsable;Début;Échéance;Statut;Avancement;Budget;Engagé;Article;Indicateur;Commentaire
1;Être un CPAS accessible;1.1;Accueillir 100 personnes de plus par an;1.1.1;Organiser 4 ateliers d’insertion par an;Insertion;Mme Hélène Dubœuf;01/01/2024;31/12/2024;en cours;50%;12500;400;8320/123-16;Nombre d’ateliers;Lancement à Érezée en février
;;;;1.1.2;=Améliorer l’accueil des bénéficiaires;Accueil;M. Lambert;01/01/2024;31/12/2024;terminé;100%;;;;;
;;;;1.1.3;Rénover 3 bureaux d’accueil;Travaux;;01/01/2024;31/03/2024;en cours;30%;8000;;104/724-51;Bureaux rénovés;
;;1.2;Former 10 agents à l’accueil;1.2.1;Former les agents à l’écoute active;Personnel;Mme Noël;01/09/2024;31/12/2025;en attente;0%;;;;;
EOF
"$pst" fiches "$tmp/petit.csv" -o "$tmp/petit.pdf" --date 30/06/2024 \
	> "$tmp/petit.out" 2> "$tmp/petit.err"
status=$?
check "petit.csv: exit 0 (got $status): $(cat "$tmp/petit.err")" [ "$status" -eq 0 ]
check "petit.csv: 4 fiches told" has "$tmp/petit.out" "4 fiches → $tmp/petit.pdf"
check "petit.csv: 4 pages (got $(pages "$tmp/petit.pdf"))" [ "$(pages "$tmp/petit.pdf")" = 4 ]
check "petit.csv: A4" a4 "$tmp/petit.pdf"
check "petit.csv: every page drawn within the margins" ink "$tmp/petit.pdf" 1 2 3 4
for k in 1 2 3 4; do
	# The page as laid out, its lines joined: "Label value" reads as on paper.
	pdftotext -layout -f $k -l $k "$tmp/petit.pdf" - | tr '\n' ' ' | tr -s ' ' > "$tmp/p$k.txt"
done
# page_has K TEXT...
page_has () {
	k=$1
	shift
	for t in "$@"; do
		has "$tmp/p$k.txt" "$t" || { echo "    page $k: « $t » absent"; return 1; }
	done
}
check "petit.csv: fiche 1.1.1" page_has 1 "Fiche action 1.1.1" "Organiser 4 ateliers d’insertion par an" \
	"Objectif stratégique 1 — Être un CPAS accessible" \
	"Objectif opérationnel 1.1 — Accueillir 100 personnes de plus par an" \
	"Mme Hélène Dubœuf" "Insertion" "01/01/2024" "31/12/2024" "En cours" "50 %" \
	"12 500 €" "400 €" "8320/123-16 — Frais de réception et de représentation" \
	"Nombre d’ateliers" "Lancement à Érezée en février" "Situation au 30/06/2024"
check "petit.csv: fiche 1.1.2, its label « = » as written" page_has 2 "Fiche action 1.1.2" \
	"=Améliorer l’accueil des bénéficiaires" "Terminé" "100 %" "M. Lambert" \
	"« améliorer » est trop vague"
check "petit.csv: fiche 1.1.3, no pilote, a météo computed" page_has 3 "Fiche action 1.1.3" \
	"Pilote (responsable) — Service Travaux" "Orage" "calculée sur les délais au 30/06/2024" \
	"A : aucun responsable"
check "petit.csv: fiche 1.2.1" page_has 4 "Fiche action 1.2.1" "Statut En attente" "Mme Noël" \
	"1.2 — Former 10 agents à l’accueil"

# The same as a workbook: values, never a formula; "=…" a string.
"$pst" fiches "$tmp/petit.csv" -o "$tmp/petit.gnumeric" --date 30/06/2024 > /dev/null 2>&1
status=$?
check "petit.csv -o .gnumeric: exit 0 (got $status)" [ "$status" -eq 0 ]
gzip -dcf "$tmp/petit.gnumeric" > "$tmp/petit.xml" 2> /dev/null
check "petit.gnumeric: the sheet Fiches" has "$tmp/petit.xml" "<gnm:Name>Fiches</gnm:Name>"
check "petit.gnumeric: the label « = » is a string" \
	has "$tmp/petit.xml" 'ValueType="60">=Améliorer l’accueil des bénéficiaires<'
check "petit.gnumeric: no formula" sh -c "! grep -q -E '<gnm:Cell [^>]*(ExprID|Row=\"[0-9]+\" Col=\"[0-9]+\")>=' '$tmp/petit.xml'"
check "petit.gnumeric: the budget a number" has "$tmp/petit.xml" 'ValueType="40" ValueFormat='
"$pst" fiche "$tmp/petit.csv" --par oo -o "$tmp/petit-oo.pdf" > "$tmp/petit-oo.out" 2>&1
status=$?
check "pst fiche --par oo: exit 0 (got $status)" [ "$status" -eq 0 ]
check "petit.csv --par oo: 2 pages" [ "$(pages "$tmp/petit-oo.pdf")" = 2 ]
pdftotext -layout "$tmp/petit-oo.pdf" - | tr '\n' ' ' | tr -s ' ' > "$tmp/poo.txt"
check "petit.csv --par oo: OO 1.1 with its three actions" sh -c \
	"grep -q 'Fiche objectif opérationnel 1.1 .* 1.1.1 Organiser 4 ateliers .* 1.1.2 =Améliorer .* 1.1.3 Rénover .*Fiche objectif opérationnel 1.2 ' '$tmp/poo.txt'"

# --- Usage and failures --------------------------------------------------
"$pst" fiches "$tmp/absent.xlsx" -o "$tmp/x.pdf" > /dev/null 2> "$tmp/absent.err"
status=$?
check "a missing plan: exit 1 (got $status)" [ "$status" -eq 1 ]
check "a missing plan is named" has "$tmp/absent.err" "absent.xlsx"
check "nothing written for a missing plan" [ ! -e "$tmp/x.pdf" ]
"$pst" fiches "$tmp/petit.csv" > /dev/null 2> "$tmp/usage.err"
status=$?
check "no -o: exit 2 (got $status)" [ "$status" -eq 2 ]
check "no -o: the usage in French" has "$tmp/usage.err" "usage : pst fiches PLAN -o SORTIE.pdf"
"$pst" fiches "$tmp/petit.csv" -o "$tmp/x.pdf" --par os > /dev/null 2> "$tmp/par.err"
status=$?
check "--par os: exit 2 (got $status)" [ "$status" -eq 2 ]
check "--par os is told" has "$tmp/par.err" "--par « os » inconnu"
"$pst" fiches "$tmp/petit.csv" -o "$tmp/x.pdf" --date 31/02/2024 > /dev/null 2> "$tmp/date.err"
status=$?
check "a bad date: exit 2 (got $status)" [ "$status" -eq 2 ]
"$pst" 2> "$tmp/pst.err"
check "pst lists the command" has "$tmp/pst.err" "pst fiches PLAN -o SORTIE.pdf"

echo "check-fiches: $pass passed, $fail failed ($(($(date +%s) - start)) s)"
[ "$fail" -eq 0 ]
