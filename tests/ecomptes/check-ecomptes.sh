#!/bin/sh
# check-ecomptes.sh: the eComptes XML export of the three sample plans.
#
# Each sample is exported with "pst export", validated against the
# regional schema, and checked on figures a person can verify by hand;
# then exported again after a trip through the XML opener (it must be the
# same file byte for byte), through the canonical workbook and through the
# saver of the plugin.  A file declaring an external entity is refused.
# Run from the build directory by "make check" (srcdir and PST_PLUGIN_PATH
# are set by the Makefile).
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
pst=./cli/pst
xsd=$srcdir/data/PST_eComptes_Export_201805V1.xsd
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
GNUMERIC_PLUGIN_PATH=$plugins GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8
export GNUMERIC_PLUGIN_PATH GSETTINGS_BACKEND LC_ALL
pass=0
fail=0

ok () {
	pass=$((pass + 1))
	echo "ok - $1"
}

not_ok () {
	fail=$((fail + 1))
	echo "not ok - $1"
}

# check NAME GOT EXPECTED
check () {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1: got '$2', expected '$3'"; fi
}

xpath () {
	xmllint --xpath "$2" "$1" 2>/dev/null
}

# The same header for every export, so that files can be compared.
opts="--ins 85045 --type CPAS --exercice 2024"

for sample in virton-pst.xlsx erezee-pst.ods burdinne-pst.csv; do
	name=${sample%.*}
	xml=$tmp/$name.xml
	counts=$srcdir/samples/expected/$name.counts

	if $pst export "$srcdir/samples/$sample" -o "$xml" $opts >"$tmp/$name.out" 2>&1; then
		ok "$name: pst export"
	else
		not_ok "$name: pst export failed: $(cat "$tmp/$name.out")"
		continue
	fi
	if xmllint --noout --schema "$xsd" "$xml" 2>"$tmp/$name.valid"; then
		ok "$name: valid against PST_eComptes_Export_201805V1.xsd"
	else
		not_ok "$name: not valid: $(head -5 "$tmp/$name.valid")"
	fi

	# One OS, OO, Action element per objective, action and sous-action.
	os=$(awk '$1 == "os" { print $2 }' "$counts")
	oo=$(awk '$1 == "oo" { print $2 }' "$counts")
	actions=$(awk '$1 == "actions" { print $2 }' "$counts")
	subs=$(awk '$1 == "sous-actions" { print $2 }' "$counts")
	check "$name: ObjectifStrategique elements" "$(xpath "$xml" 'count(//ObjectifStrategique)')" "$os"
	check "$name: ObjectifOperationnel elements" "$(xpath "$xml" 'count(//ObjectifOperationnel)')" "$oo"
	check "$name: Action elements (actions and sous-actions)" \
		"$(xpath "$xml" 'count(//Action)')" "$((actions + subs))"
	check "$name: Action elements with a four-level reference (sous-actions)" \
		"$(xpath "$xml" "count(//Action[string-length(@ElementId) - string-length(translate(@ElementId, '.', '')) = 3])")" "$subs"
	check "$name: header" \
		"$(xpath "$xml" 'concat(//Identifiants/Id, " ", //Identifiants/TypeAdmin, " ", //Identifiants/INS, " ", //Identifiants/Exercice)')" \
		"85045-CPAS-2024 CPAS 85045 2024"

	# Every OS and OO has the progress of the canonical workbook's sheet
	# Objectifs (PST.AVANCEMENT.REF), in percent; 0 where it has none.
	if $pst import "$srcdir/samples/$sample" -o "$tmp/$name-canon.xlsx" >/dev/null 2>&1 &&
	   ssconvert --recalc -T Gnumeric_stf:stf_assistant \
		-O 'sheet=Objectifs separator="	" quoting-mode=never format=raw' \
		"$tmp/$name-canon.xlsx" "$tmp/$name-objectifs.txt" 2>/dev/null; then
		awk '
		match ($0, /<(ObjectifStrategique|ObjectifOperationnel) ElementId="[^"]*"/) {
			s = substr ($0, RSTART, RLENGTH); sub (/.*ElementId="/, "", s); sub (/"$/, "", s)
			pending = (s ~ /\./ ? "OO " : "OS ") s
		}
		pending != "" && /<TauxAvancement>/ {
			v = $0; gsub (/.*<TauxAvancement>|<\/TauxAvancement>.*/, "", v)
			print pending "\t" v; pending = ""
		}' "$xml" >"$tmp/$name-taux.txt"
		awk -F '\t' -v name="$name" '
		function abs (x) { return x < 0 ? -x : x }
		FNR == NR { split ($1, k, " "); taux[k[1] " " k[2]] = $2; next }
		($2 == "OS" || $2 == "OO") && $3 ~ /^[0-9.]+$/ {
			key = $2 " " $3; n++
			want = ($7 ~ /^[0-9.eE+-]+$/) ? $7 * 100 : 0
			if (!(key in taux) || abs (taux[key] - want) > 0.01) {
				bad++; printf "  %s: %s is %s in the XML, %s in Objectifs\n", name, key, taux[key], $7
			}
		}
		END { exit (bad > 0 || n == 0) }' "$tmp/$name-taux.txt" "$tmp/$name-objectifs.txt" &&
		ok "$name: every OS and OO has the progress of the sheet Objectifs" ||
		not_ok "$name: progress of OS/OO differs from the sheet Objectifs"
	else
		not_ok "$name: canonical workbook for the Objectifs check"
	fi

	# Export → opener (XML → canonical workbook) → export: the same bytes.
	if ssconvert -I Gnumeric_pst:ecomptes_xml "$xml" "$tmp/$name-rt.gnumeric" >/dev/null 2>&1 &&
	   $pst export "$tmp/$name-rt.gnumeric" -o "$tmp/$name-rt.xml" $opts >/dev/null 2>&1 &&
	   cmp -s "$xml" "$tmp/$name-rt.xml"; then
		ok "$name: export → ssconvert -I Gnumeric_pst:ecomptes_xml → export is byte for byte identical"
	else
		not_ok "$name: XML round trip differs"
		diff "$xml" "$tmp/$name-rt.xml" 2>&1 | head -10
	fi
	# An export read back keeps its header: no option needed.
	if $pst export "$xml" -o "$tmp/$name-again.xml" >/dev/null 2>&1 &&
	   cmp -s "$xml" "$tmp/$name-again.xml"; then
		ok "$name: pst export of the XML itself, without options, gives the same file"
	else
		not_ok "$name: pst export of the XML itself differs"
	fi
	# The canonical workbook of "pst import" exports as its source does.
	if $pst export "$tmp/$name-canon.xlsx" -o "$tmp/$name-canon.xml" $opts >/dev/null 2>&1 &&
	   cmp -s "$xml" "$tmp/$name-canon.xml"; then
		ok "$name: the canonical workbook exports as the plan itself"
	else
		not_ok "$name: the canonical workbook exports differently"
		diff "$xml" "$tmp/$name-canon.xml" 2>&1 | head -10
	fi
	# The saver of the plugin, with the default header, as "pst export"
	# without options.
	if ssconvert --export-type=Gnumeric_pst:ecomptes "$tmp/$name-canon.xlsx" \
		"$tmp/$name-saver.xml" >/dev/null 2>&1 &&
	   xmllint --noout --schema "$xsd" "$tmp/$name-saver.xml" 2>/dev/null &&
	   $pst export "$tmp/$name-canon.xlsx" -o "$tmp/$name-default.xml" >/dev/null 2>&1 &&
	   cmp -s "$tmp/$name-saver.xml" "$tmp/$name-default.xml"; then
		ok "$name: ssconvert --export-type=Gnumeric_pst:ecomptes writes a valid file, as pst export does"
	else
		not_ok "$name: the saver failed or differs from pst export"
	fi
done

# Figures computed by hand from the samples.
v=$tmp/virton-pst.xml
e=$tmp/erezee-pst.xml
# Virton OO 1.1: 60 % (EN_COURS), TERMINE (100), 40 %, NON_COMMENCE (0),
# 50 % → (60 + 100 + 40 + 0 + 50) / 5 = 50.
check "virton OO 1.1: TauxAvancement is the mean of its 5 actions" \
	"$(xpath "$v" "string(//ObjectifOperationnel[@ElementId='1.1']/TauxAvancement)")" "50"
# Virton OO 4.1: 70, 25, 20 → 115 / 3 = 38.33.
check "virton OO 4.1: TauxAvancement is the mean of its 3 actions" \
	"$(xpath "$v" "string(//ObjectifOperationnel[@ElementId='4.1']/TauxAvancement)")" "38.33"
check "virton action 1.1.1: dates, status, progress, service" \
	"$(xpath "$v" "concat(//Action[@ElementId='1.1.1']/DateDebut, ' ', //Action[@ElementId='1.1.1']/DateFin, ' ', //Action[@ElementId='1.1.1']/Statut, ' ', //Action[@ElementId='1.1.1']/TauxAvancement, ' ', //Action[@ElementId='1.1.1']/Departement)")" \
	"2020-09-01 2024-12-31 EN_COURS 60 Insertion"
check "virton action 1.1.2: article 8320/123-16, ordinaire, dépense, 250 €" \
	"$(xpath "$v" "concat(//Action[@ElementId='1.1.2']//CodeArticle, ' ', //Action[@ElementId='1.1.2']//Service, ' ', //Action[@ElementId='1.1.2']//Type, ' ', //Action[@ElementId='1.1.2']//Montant)")" \
	"8320/123-16 O D 250.00"
check "virton: two volets, externe then interne" \
	"$(xpath "$v" "concat(//Volet[1]/@ElementId, ' ', //Volet[2]/@ElementId, ' ', count(//Volet))")" "externe interne 2"
# Erezée action 1.1.1 has no status nor progress of its own: its
# sous-actions 1.1.1.1–3 are TERMINE, 1.1.1.4 at 60 %, 1.1.1.5 without
# figure → (100 + 100 + 100 + 60) / 4 = 90, EN_COURS, and said so.
check "erezee action 1.1.1: progress and status from its sous-actions" \
	"$(xpath "$e" "concat(//Action[@ElementId='1.1.1']/TauxAvancement, ' ', //Action[@ElementId='1.1.1']/Statut)")" "90 EN_COURS"
check "erezee action 1.1.1: the missing status and progress are noted" \
	"$(xpath "$e" "//Action[@ElementId='1.1.1']/Description/Valeur/text()" | tr '\n' '|')" \
	"Statut : non renseigné|Avancement : non renseigné|"
check "erezee: a plan without volets has the single volet NEANT" \
	"$(xpath "$e" "concat(count(//Volet), ' ', //Volet/@ElementId, ' ', //Volet/Libelle)")" "1 neant NEANT"
# Virton has 3 action labels of more than 255 characters.
check "virton: labels over 255 characters cut, the whole label kept" \
	"$(xpath "$v" "count(//Description/Valeur[starts-with(., 'Libellé complet : ')])")" "3"
grep -q "3 libellés de plus de 255 caractères coupés" "$tmp/virton-pst.out" &&
	ok "virton: pst export says that 3 labels were cut" ||
	not_ok "virton: pst export does not report the cut labels"

# A file declaring an external entity is refused, its entity never read.
secret=$tmp/secret.txt
echo "SECRET-ECOMPTES-42" >"$secret"
for target in "file:///etc/passwd" "file://$secret"; do
	hostile=$tmp/hostile.xml
	sed -e '1a<!DOCTYPE dataroot [ <!ENTITY xxe SYSTEM "'"$target"'"> ]>' \
	    -e '0,/<Libelle>NEANT<\/Libelle>/s//<Libelle>\&xxe;<\/Libelle>/' "$e" >"$hostile"
	rm -f "$tmp/hostile.gnumeric" "$tmp/hostile-out.xml"
	if ssconvert -I Gnumeric_pst:ecomptes_xml "$hostile" "$tmp/hostile.gnumeric" >"$tmp/hostile.err" 2>&1; then
		status=0
	else
		status=$?
	fi
	leaked=no
	if [ -f "$tmp/hostile.gnumeric" ] &&
	   zcat -f "$tmp/hostile.gnumeric" | grep -q -e 'root:' -e 'SECRET-ECOMPTES-42'; then
		leaked=yes
	fi
	if [ "$status" -ne 0 ] && [ "$leaked" = no ] && grep -q DOCTYPE "$tmp/hostile.err"; then
		ok "external entity $target: refused by the opener"
	else
		not_ok "external entity $target: opener exit $status, content leaked: $leaked"
	fi
	if $pst export "$hostile" -o "$tmp/hostile-out.xml" >/dev/null 2>&1; then
		not_ok "external entity $target: pst export accepted it"
	elif [ -f "$tmp/hostile-out.xml" ]; then
		not_ok "external entity $target: pst export wrote a file"
	else
		ok "external entity $target: refused by pst export"
	fi
done

# Failures: a French message and exit 1 (a file) or 2 (usage).
$pst export "$tmp/absent.xlsx" -o "$tmp/absent.xml" >/dev/null 2>"$tmp/err"
check "pst export of a missing file exits 1" "$?" "1"
grep -q "n’existe pas" "$tmp/err" && ok "pst export says the file does not exist" ||
	not_ok "pst export message for a missing file: $(cat "$tmp/err")"
$pst export "$srcdir/samples/burdinne-pst.csv" -o "$tmp/x.xml" --type COMMUNE >/dev/null 2>&1
check "pst export --type COMMUNE exits 2" "$?" "2"
$pst export "$srcdir/samples/burdinne-pst.csv" -o "$tmp/no/such/dir/x.xml" >/dev/null 2>&1
check "pst export into a missing directory exits 1" "$?" "1"
echo '<dataroot><Identifiants/></dataroot' >"$tmp/broken.xml"
ssconvert -I Gnumeric_pst:ecomptes_xml "$tmp/broken.xml" "$tmp/broken.gnumeric" >/dev/null 2>&1
[ $? -ne 0 ] && [ ! -f "$tmp/broken.gnumeric" ] && ok "the opener refuses a broken XML file" ||
	not_ok "the opener accepted a broken XML file"

echo "check-ecomptes: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
