#!/bin/sh
# check-libreoffice.sh: workbooks travel between Gnumeric and LibreOffice
# Calc with the PST add-in of the build (lo/oxt, see lo/pst-addin.cxx).
#
# 1. A workbook calling every PST function (the fixtures of tests/e2e, one
#    sheet each, the hand-computed value in column C), saved by Gnumeric as
#    .ods and as .xlsx, recalculated by headless LibreOffice: every cell as
#    Gnumeric computes it, but for the differences listed, with their
#    reason, in tests/lo/known-differences.tsv.
# 2. The .ods saved back by LibreOffice, reopened by Gnumeric: the same
#    formulas, and recalculated, the same values; the same for the .xlsx.
# 3. The canonical workbook written by "pst import samples/virton-pst.xlsx"
#    as .ods and as .xlsx, opened by LibreOffice: its PST formulas alive,
#    every cell as Gnumeric computes it.
#
# LibreOffice runs with a throwaway profile that recalculates on load
# (tests/lo/lo-common.sh) and leaves no process behind.  Skipped (77) only
# when LibreOffice is not installed.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
PST_LO_DIR=${PST_LO_DIR:-$PWD/lo/oxt}
export PST_LO_DIR

if ! command -v soffice > /dev/null 2>&1; then
	echo "check-libreoffice: LibreOffice n'est pas installé (pas de soffice) : test sauté"
	exit 77
fi
if [ ! -f "$PST_LO_DIR/pst-addin.so" ] || [ ! -f "$PST_LO_DIR/pst.components" ]; then
	echo "check-libreoffice: le complément LibreOffice n'est pas construit ($PST_LO_DIR) :" \
		"installez libreoffice-dev et libreoffice-dev-common, puis relancez ./configure" >&2
	exit 1
fi
if [ ! -f "$plugins/pst/pst.so" ]; then
	echo "check-libreoffice: pas de greffon Gnumeric dans $plugins" >&2
	exit 1
fi

. "$srcdir/tests/lo/lo-common.sh"
tmp=$(mktemp -d)
trap 'lo_cleanup; rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
known=$srcdir/tests/lo/known-differences.tsv
compare="python3 $srcdir/tests/lo/compare.py"
pass=0
fail=0

# Counts the "ok" and "not ok" lines of a check's output; a check that
# failed without saying so (a crash) counts as failed.
tally() {
	cat "$tmp/out"
	pass=$((pass + $(grep -c '^ok ' "$tmp/out")))
	fail=$((fail + $(grep -c '^not ok ' "$tmp/out")))
	if [ "$1" -ne 0 ] && ! grep -q '^not ok ' "$tmp/out"; then
		echo "not ok - la vérification a échoué (code $1)"
		fail=$((fail + 1))
	fi
}

# One check of compare.py.
check() {
	$compare "$@" > "$tmp/out" 2>&1
	tally $?
}

# ok|not ok NAME, for checks made here.
result() {
	if [ "$1" = ok ]; then
		echo "ok - $2"
		pass=$((pass + 1))
	else
		echo "not ok - $2"
		fail=$((fail + 1))
	fi
}

gnumeric() {
	GNUMERIC_PLUGIN_PATH=$plugins GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
		LANGUAGE= ssconvert "$@" 2>> "$tmp/ssconvert.log"
}

# Every sheet of a workbook, recalculated by Gnumeric: DIR/BASE-SHEET.csv.
gnumeric_csv() {
	mkdir -p "$2"
	gnumeric --recalc -S -T Gnumeric_stf:stf_assistant \
		-O 'separator=, quoting-mode=auto format=raw' "$1" "$2/$3-%s.csv"
}

# 1. The workbook: one sheet per fixture.
awk -f "$srcdir/tools/tsv2gnumeric.awk" "$srcdir"/tests/e2e/*.tsv > "$tmp/pst.gnumeric"
names=$(sed -n 's/^[[:space:]]*{ "\(pst\.[a-z.]*\)".*/\1/p' "$srcdir"/plugin/fn-*.c)
gnumeric "$tmp/pst.gnumeric" "$tmp/pst-orig.gnumeric"
check functions "$tmp/pst-orig.gnumeric" $names

gnumeric_csv "$tmp/pst.gnumeric" "$tmp/g" pst
gnumeric "$tmp/pst.gnumeric" "$tmp/pst-ods.ods"
gnumeric "$tmp/pst.gnumeric" "$tmp/pst-xlsx.xlsx"
# The canonical workbook, as .ods and as .xlsx.
pst_import() {
	GNUMERIC_PLUGIN_PATH=$plugins GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
		./cli/pst import "$srcdir/samples/virton-pst.xlsx" -o "$1" \
		>> "$tmp/import.log" 2>&1
}
pst_import "$tmp/virton-ods.ods"
pst_import "$tmp/virton-xlsx.xlsx"
for f in pst-ods.ods pst-xlsx.xlsx virton-ods.ods virton-xlsx.xlsx; do
	if [ ! -s "$tmp/$f" ]; then
		echo "check-libreoffice: Gnumeric n'a pas écrit $f" >&2
		cat "$tmp/ssconvert.log" "$tmp/import.log" >&2
		exit 1
	fi
done

# LibreOffice: the .ods and the .xlsx saved back, then every sheet of each
# workbook as CSV (the 12th option, -1: one file per sheet; the 9th, false:
# not as shown, though a percentage or a date still comes as typed, 60% or
# 09/01/2020, which compare.py reads back as numbers).
lo_profile "$tmp/profile"
started=$(date +%s)
lo_run "$tmp/profile" 600 --convert-to ods --outdir "$tmp/back" "$tmp/pst-ods.ods"
lo_run "$tmp/profile" 600 --convert-to xlsx --outdir "$tmp/back" "$tmp/pst-xlsx.xlsx"
lo_run "$tmp/profile" 600 \
	--convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
	--outdir "$tmp/l" "$tmp/pst-ods.ods" "$tmp/pst-xlsx.xlsx" \
	"$tmp/virton-ods.ods" "$tmp/virton-xlsx.xlsx"
echo "# LibreOffice : $(($(date +%s) - started)) s pour les trois passages"
if [ ! -s "$tmp/back/pst-ods.ods" ] || [ ! -s "$tmp/back/pst-xlsx.xlsx" ] ||
   [ ! -s "$tmp/l/pst-ods-avancement.csv" ]; then
	echo "check-libreoffice: LibreOffice n'a rien écrit" >&2
	cat "$tmp/profile/soffice.log" >&2
	exit 1
fi

for format in ods xlsx; do
	check workbook "$format" "$known" "$tmp/g" pst "$tmp/l" "pst-$format"
done

# 2. Back in Gnumeric: the formulas, then the values.  "retour": Gnumeric
# against itself, reading what LibreOffice saved.
for format in ods xlsx; do
	gnumeric "$tmp/back/pst-$format.$format" "$tmp/back-$format.gnumeric"
	check formulas "$tmp/pst-orig.gnumeric" "$tmp/back-$format.gnumeric" "$format"
	gnumeric_csv "$tmp/back/pst-$format.$format" "$tmp/b" "pst-$format"
	check workbook "retour.$format" "$known" "$tmp/g" pst "$tmp/b" "pst-$format"
done

# 3. The canonical workbook.
for format in ods xlsx; do
	gnumeric_csv "$tmp/virton-$format.$format" "$tmp/gv" "virton-$format"
	check workbook "virton.$format" "$known" "$tmp/gv" "virton-$format" \
		"$tmp/l" "virton-$format" --alive
	check uses-pst "$tmp/virton-$format.$format"
done

# No soffice left: every run's process group is gone.
if pgrep -f "UserInstallation=file://$tmp/" > /dev/null 2>&1; then
	result "not ok" "un processus soffice est resté"
else
	result ok "aucun processus soffice restant"
fi

echo "libreoffice: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
