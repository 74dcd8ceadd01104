#!/bin/sh
# check-hostile.sh: hostile workbooks through `pst import` and through the
# plugin's opener (ssconvert -I Gnumeric_pst:plan).
#
# Plans arrive from other centres, partners and old Excel files.  Each file
# must give either a correct import, with its problems in Anomalies, or exit
# 1 with a French message; never a crash (a signal, a sanitizer report, a
# GLib critical), never a hang, and on failure the existing output file is
# left as it was.  The small files are in tests/hostile/files (made by
# make-files.sh); the big ones (100 000 rows, 16 384 columns, a cell of
# 1 MB) are generated here.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
files=$srcdir/tests/hostile/files
pst=${PST:-./cli/pst}	# check-asan.sh passes its sanitized build
limit=100	# seconds for one run: past it, a hang
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

export GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=
passed=0
failed=0
sentinel="contenu précédent du fichier de sortie, à garder"

pass () {
	echo "ok - $1"
	passed=$((passed + 1))
}

fail () {
	echo "not ok - $1"
	failed=$((failed + 1))
}

# A crash, a hang or a sanitizer, GLib or Gnumeric complaint in $2 (the
# status) or in the file $3 (stderr).
broke () {
	[ "$2" -ge 124 ] && return 0
	grep -qE 'AddressSanitizer|runtime error|CRITICAL|WARNING|Segmentation|Abandon|Aborted' "$3"
}

# sheet OUT NAME: the sheet NAME of OUT as CSV, on stdout, its PST
# formulas computed by the plugin.
sheet () {
	GNUMERIC_PLUGIN_PATH=$plugins \
		ssconvert -O "sheet=$2" "$1" "$tmp/sheet.csv" >/dev/null 2>&1 &&
		cat "$tmp/sheet.csv"
}

# No formula anywhere in the xlsx @1 holds @2: the labels stayed text.
no_formula_with () {
	python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/"):
            for f in re.findall(r"<f[^>]*>([^<]*)</f>", z.read(name).decode()):
                if sys.argv[2] in f:
                    sys.exit(1)
PY
}

# import NAME FILE: `pst import FILE -o OUT.xlsx` over an existing OUT.
# Sets $rc, $out, $err.
import () {
	out=$tmp/$1.xlsx
	err=$tmp/$1.err
	printf '%s\n' "$sentinel" > "$out"
	timeout $limit "$pst" import "$2" -o "$out" > "$tmp/$1.out" 2> "$err"
	rc=$?
}

# refused NAME FILE WORDS: exit 1, a French message with WORDS, OUT kept.
refused () {
	import "$1" "$2"
	if broke "$1" $rc "$err"; then
		fail "$1 : plantage ou blocage (code $rc)"; sed 's/^/    /' "$err" | head -5
	elif [ $rc -ne 1 ]; then
		fail "$1 : code $rc au lieu de 1"
	elif ! grep -q "^pst : .*$3" "$err"; then
		fail "$1 : message attendu « $3 »"; sed 's/^/    /' "$err" | head -5
	elif [ "$(cat "$out")" != "$sentinel" ]; then
		fail "$1 : le fichier de sortie existant a été modifié"
	elif ls -a "$tmp" | grep -q '\.tmp'; then
		fail "$1 : un fichier temporaire est resté"
	else
		pass "$1 : refusé en français, sortie intacte ($(head -c 70 "$err"))"
	fi
}

# accepted NAME FILE: exit 0 and a workbook with its four sheets; the
# checks that follow look at $tmp/NAME.plan.csv and NAME.anomalies.csv.
accepted () {
	import "$1" "$2"
	if broke "$1" $rc "$err"; then
		fail "$1 : plantage ou blocage (code $rc)"; sed 's/^/    /' "$err" | head -5
		return 1
	elif [ $rc -ne 0 ] && [ $rc -ne 3 ]; then
		# 3: imported, with doubts on the reading said on stderr.
		fail "$1 : code $rc"; sed 's/^/    /' "$err" | head -5
		return 1
	fi
	sheet "$out" Plan > "$tmp/$1.plan.csv" &&
		sheet "$out" Anomalies > "$tmp/$1.anomalies.csv" &&
		sheet "$out" Objectifs > "$tmp/$1.objectifs.csv" ||
		{ fail "$1 : classeur écrit illisible"; return 1; }
	return 0
}

# check NAME WHAT COMMAND...: one more check of an accepted import.
check () {
	name=$1
	what=$2
	shift 2
	if "$@"; then
		pass "$name : $what"
	else
		fail "$name : $what"
	fi
}

has () {
	grep -qF -- "$2" "$1"
}

lacks () {
	! grep -qF -- "$2" "$1"
}

# opener NAME FILE: the plugin's opener must not crash on any of them.
opener () {
	GNUMERIC_PLUGIN_PATH=$plugins timeout $limit \
		ssconvert -I Gnumeric_pst:plan "$2" "$tmp/$1-opened.gnumeric" \
		> /dev/null 2> "$tmp/$1-opener.err"
	orc=$?
	if broke "$1" $orc "$tmp/$1-opener.err"; then
		fail "$1 : l’ouvreur Gnumeric_pst:plan plante (code $orc)"
		sed 's/^/    /' "$tmp/$1-opener.err" | head -5
	elif [ $orc -ne 0 ] && ! grep -q "impossible de lire" "$tmp/$1-opener.err"; then
		fail "$1 : l’ouvreur Gnumeric_pst:plan échoue sans message français"
		sed 's/^/    /' "$tmp/$1-opener.err" | head -5
	elif [ $orc -ne 0 ]; then
		pass "$1 : ouvreur Gnumeric_pst:plan refuse en français"
	elif [ -f "$tmp/$1.plan.csv" ]; then
		# Read by `pst import` above: the opener gives the same plan.
		if sheet "$tmp/$1-opened.gnumeric" Plan | cmp -s - "$tmp/$1.plan.csv"; then
			pass "$1 : ouvreur Gnumeric_pst:plan, même feuille Plan que pst import"
		else
			fail "$1 : ouvreur Gnumeric_pst:plan, feuille Plan différente de pst import"
		fi
	elif sheet "$tmp/$1-opened.gnumeric" Anomalies | sed -n 2p |
	     grep -q '^[^,]*,erreur,"Aucune action trouvée'; then
		pass "$1 : ouvreur Gnumeric_pst:plan, « aucune action trouvée » en tête des anomalies"
	else
		fail "$1 : ouvreur Gnumeric_pst:plan, classeur vide sans explication"
	fi
}

# ---------------------------------------------------------------------------
# Files that are no plan: a French error, the output left alone.
refused vide.csv "$files/vide.csv" "aucune action trouvée"
refused vide.xlsx "$files/vide.xlsx" "impossible de lire"
refused tronque.xlsx "$files/tronque.xlsx" "impossible de lire"
refused texte.xlsx "$files/texte.xlsx" "impossible de lire"
refused titres.xlsx "$files/titres.xlsx" "aucune action trouvée"
refused absent.xlsx "$tmp/absent.xlsx" "n’existe pas"

# The output named as the plan itself: refused, the plan left as it was.
cp "$files/fusion.xlsx" "$tmp/meme.xlsx"
timeout $limit "$pst" import "$tmp/meme.xlsx" -o "$tmp/meme.xlsx" > /dev/null 2> "$tmp/meme.err"
rc=$?
if broke meme $rc "$tmp/meme.err"; then
	fail "meme.xlsx : plantage ou blocage (code $rc)"
elif [ $rc -eq 1 ] && grep -q "^pst : .*est un des plans lus" "$tmp/meme.err" &&
     cmp -s "$files/fusion.xlsx" "$tmp/meme.xlsx"; then
	pass "meme.xlsx : sortie égale au plan lu refusée, plan intact"
else
	fail "meme.xlsx : code $rc, le plan lu a pu être écrasé"
fi

# A plan in Latin-1: accents read, not mangled.
if accepted latin1.csv "$files/latin1.csv"; then
	p=$tmp/latin1.csv.plan.csv
	check latin1.csv "accents lus" has "$p" "Créer un guichet unique à Érezée"
	check latin1.csv "responsable" has "$p" "Mme Détrée"
	check latin1.csv "statuts" has "$p" "TERMINE"
fi

# Labels a spreadsheet would run: stored as text, never as formulas.
for f in cmd.csv cmd.xlsx; do
	if accepted $f "$files/$f"; then
		p=$tmp/$f.plan.csv
		check $f "« =cmd| » gardé comme texte" has "$p" "=cmd|' /C calc'!A0"
		check $f "objectif « =cmd| » gardé comme texte" has "$p" "=cmd|' /C notepad'!A1"
		check $f "« @SUM(…)*cmd| » gardé" has "$p" "@SUM(1+1)*cmd|' /C calc'!A0"
		check $f "« -2+3+cmd| » gardé" has "$p" "-2+3+cmd|' /C calc'!A0"
		check $f "« =1+1 » gardé comme texte" has "$p" "=1+1"
		check $f "aucune formule ne contient cmd" no_formula_with "$out" "cmd"
	fi
done

# Formulas and error values in every column.
for f in formules.gnumeric formules.xlsx; do
	if accepted $f "$files/$f"; then
		p=$tmp/$f.plan.csv
		check $f "valeurs des formules lues" has "$p" '"Organiser les permanences",,"Mme A",,2021/12/31,TERMINE,0.5'
		check $f "aucune valeur d’erreur dans Plan" lacks "$p" "#"
		check $f "aucun objectif nommé #N/A" lacks "$tmp/$f.objectifs.csv" ",#N/A,"
		check $f "erreurs signalées" has "$tmp/$f.anomalies.csv" "Valeur d’erreur « #DIV/0! »"
	fi
done

# Merged cells: the OS and OO written once, over their actions.
if accepted fusion.xlsx "$files/fusion.xlsx"; then
	p=$tmp/fusion.xlsx.plan.csv
	check fusion.xlsx "actions sous la cellule fusionnée" has "$p" '"Aménager l’accueil",1.1.3,"Former le personnel"'
	check fusion.xlsx "deuxième OS" has "$p" '"Être un CPAS efficient",2.1,"Maîtriser les coûts",2.1.2,"Suivre les consommations"'
fi

# A hidden sheet is read and said to be hidden.
if accepted masquee.xlsx "$files/masquee.xlsx"; then
	check masquee.xlsx "actions de la feuille masquée" has "$tmp/masquee.xlsx.plan.csv" "Action cachée à ne pas perdre"
	check masquee.xlsx "feuille masquée signalée" has "$tmp/masquee.xlsx.anomalies.csv" "« Masquée » est masquée"
fi

# ---------------------------------------------------------------------------
# Big files, generated.
# 100 000 rows, and a header in XFD1: 1.6 billion positions, few cells.
awk 'BEGIN {
	OFS = "\t"
	pad = ""
	for (c = 11; c <= 16384; c++) pad = pad "\t"
	print "Code OS", "Objectif stratégique", "Code OO", "Objectif opérationnel", "Action", "Statut", "Avancement", "Échéance", "Responsable" pad "Tout à droite"
	for (i = 1; i <= 100000; i++) {
		os = int((i - 1) / 10000) + 1; oo = int((i - 1) / 1000) % 10 + 1
		print "O.S." os, "Objectif " os, "O.O." os "." oo, "Objectif opérationnel " os "." oo, "Action numéro " i, (i % 3 ? "En cours" : "Terminé"), (i % 3 ? "0.5" : "1"), "fin 202" (i % 5), "Service " (i % 7)
	}
}' > "$tmp/lignes.tsv"
awk -v sheet=Plan -v rows=1048576 -f "$srcdir/tools/tsv2gnumeric.awk" "$tmp/lignes.tsv" > "$tmp/lignes-100000.gnumeric"
rm -f "$tmp/lignes.tsv"
if accepted lignes-100000 "$tmp/lignes-100000.gnumeric"; then
	check lignes-100000 "100 000 actions" has "$tmp/lignes-100000.out" "100000 actions"
	check lignes-100000 "références lisibles, avancements calculés" lacks "$tmp/lignes-100000.objectifs.csv" "#VALUE!"
	check lignes-100000 "la 1000e action d’un OO passe à sa suite" has "$tmp/lignes-100000.plan.csv" '"Objectif opérationnel 1.1 (suite)",1.2.1,"Action numéro 1000"'
fi

# 16 384 columns: a column at XFD, and a row filled across the sheet.
awk 'BEGIN {
	n = 16384; pad = ""
	for (c = 8; c <= n; c++) pad = pad "\t"
	print "Code OS\tObjectif stratégique\tCode OO\tObjectif opérationnel\tAction\tStatut" pad "Zone libre"
	for (r = 2; r <= 4; r++)
		print "O.S.1\tObjectif 1\tO.O.1.1\tObjectif opérationnel 1.1\tAction " r "\tEn cours" pad "tout à droite " r
	l = "x1"
	for (c = 2; c <= n; c++) l = l "\tx" c
	print l
}' > "$tmp/colonnes.tsv"
awk -v sheet=Plan -v rows=1048576 -f "$srcdir/tools/tsv2gnumeric.awk" "$tmp/colonnes.tsv" > "$tmp/colonnes-16384.gnumeric"
if accepted colonnes-16384 "$tmp/colonnes-16384.gnumeric"; then
	check colonnes-16384 "la colonne XFD est gardée" has "$tmp/colonnes-16384.plan.csv" "tout à droite 3"
	check colonnes-16384 "la dernière cellule de la ligne pleine est gardée" has "$tmp/colonnes-16384.plan.csv" "x16384"
	check colonnes-16384 "colonnes en trop signalées" has "$tmp/colonnes-16384.anomalies.csv" "Trop de colonnes"
fi

# One cell of 1 MB of text.
awk 'BEGIN {
	OFS = "\t"
	print "Code OS", "Objectif stratégique", "Code OO", "Objectif opérationnel", "Action", "Statut"
	s = "Organiser "; while (length(s) < 1048576) s = s s
	print "O.S.1", "Objectif 1", "O.O.1.1", "Objectif 1.1", substr(s, 1, 1048576) "fin", "En cours"
	print "O.S.1", "Objectif 1", "O.O.1.1", "Objectif 1.1", "Action courte", "Terminé"
}' > "$tmp/mo.tsv"
awk -v sheet=Plan -f "$srcdir/tools/tsv2gnumeric.awk" "$tmp/mo.tsv" > "$tmp/cellule-1mo.gnumeric"
if accepted cellule-1mo "$tmp/cellule-1mo.gnumeric"; then
	check cellule-1mo "le libellé de 1 Mo est entier" \
		awk -F '"' 'index($0, "Organiser Organiser") { if (length($0) > 1048576 && index($0, "fin\"")) found = 1 } END { exit !found }' \
		"$tmp/cellule-1mo.plan.csv"
fi

# ---------------------------------------------------------------------------
# All the small files consolidated at once: the readable ones merged, the
# others named in French and listed in Anomalies, exit 1.
printf '%s\n' "$sentinel" > "$tmp/conso.xlsx"
timeout $limit "$pst" consolidate "$files"/* -o "$tmp/conso.xlsx" > "$tmp/conso.out" 2> "$tmp/conso.err"
rc=$?
if broke conso $rc "$tmp/conso.err"; then
	fail "consolidation : plantage ou blocage (code $rc)"
elif [ $rc -ne 1 ] || ! grep -q "^pst : 5 fichiers non consolidés" "$tmp/conso.err"; then
	fail "consolidation : code $rc, cinq fichiers refusés attendus"
else
	sheet "$tmp/conso.xlsx" Entités > "$tmp/conso.entites.csv"
	sheet "$tmp/conso.xlsx" Anomalies > "$tmp/conso.anomalies.csv"
	check consolidation "sept plans lus, 22 actions" has "$tmp/conso.entites.csv" "Total,7,10,13,22,"
	for f in vide.csv vide.xlsx tronque.xlsx texte.xlsx titres.xlsx; do
		check consolidation "$f non consolidé, dans Anomalies" \
			grep -q "$f.*,erreur," "$tmp/conso.anomalies.csv"
	done
fi

# The eComptes export of a file that is no workbook: refused, output kept.
printf '%s\n' "$sentinel" > "$tmp/export.xml"
timeout $limit "$pst" export "$files/texte.xlsx" -o "$tmp/export.xml" > /dev/null 2> "$tmp/export.err"
rc=$?
if [ $rc -eq 1 ] && grep -q "^pst : impossible de lire" "$tmp/export.err" &&
   [ "$(cat "$tmp/export.xml")" = "$sentinel" ]; then
	pass "export eComptes de texte.xlsx : refusé en français, sortie intacte"
else
	fail "export eComptes de texte.xlsx : code $rc"
fi

# ---------------------------------------------------------------------------
# Every file through the plugin's opener, inside ssconvert; check-asan.sh,
# whose sanitized build is `pst` alone, leaves this part to make check.
if [ -z "${HOSTILE_CLI_ONLY:-}" ]; then
	for f in vide.csv vide.xlsx tronque.xlsx texte.xlsx titres.xlsx latin1.csv cmd.csv \
		 cmd.xlsx formules.gnumeric formules.xlsx fusion.xlsx masquee.xlsx; do
		opener "$f" "$files/$f"
	done
	for f in lignes-100000 colonnes-16384 cellule-1mo; do
		opener "$f" "$tmp/$f.gnumeric"
	done
fi

echo "check-hostile: $passed passed, $failed failed"
[ $failed -eq 0 ]
