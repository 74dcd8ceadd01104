#!/bin/sh
# check-memory.sh: the test suite's programs under valgrind (memcheck): the
# engine's unit tests, `pst` on the samples, and ssconvert recalculating the
# end-to-end fixtures and the tracking sample with the plugin, then opening a
# plan with the plugin's opener.  Fails on any invalid access, use of
# uninitialised memory, bad free or definite leak whose stack involves our
# code (tests/valgrind-ours.py); tests/valgrind.supp names the known errors
# of Gnumeric and its libraries.  Run from the build directory by
# `make check-memory`; the logs are kept in tests/memory-logs.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
logs=tests/memory-logs

if ! command -v valgrind >/dev/null 2>&1; then
	echo "check-memory : valgrind est introuvable (Debian : apt-get install valgrind)." >&2
	exit 1
fi
if [ ! -x tests/unit/check-engine ] || [ ! -x cli/pst ] ||
   [ ! -f "$plugins/pst/pst.so" ]; then
	echo "check-memory : construisez d’abord le projet (make all tests/unit/check-engine)." >&2
	exit 1
fi

rm -rf "$logs"
mkdir -p "$logs"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

export srcdir GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=
# pst leaves the workbook it wrote to the end of the process; here it
# frees everything, so that valgrind checks the frees too.
export PST_FREE_AT_EXIT=1
passed=0
failed=0

# memcheck [-rc N] NAME COMMAND...: runs COMMAND under valgrind, log in
# NAME.xml; COMMAND must exit N (0 by default).
memcheck () {
	expect=0
	if [ "$1" = -rc ]; then
		expect=$2
		shift 2
	fi
	name=$1
	shift
	valgrind --tool=memcheck --xml=yes --xml-file="$logs/$name.xml" \
		--leak-check=full --show-leak-kinds=definite \
		--errors-for-leak-kinds=definite --keep-debuginfo=yes \
		--num-callers=40 --child-silent-after-fork=yes \
		--suppressions="$srcdir/tests/valgrind.supp" \
		"$@" > "$logs/$name.out" 2>&1
	rc=$?
	if [ $rc -ne "$expect" ] && [ $rc -lt 128 ]; then
		# A failure of the program itself, not of memcheck.
		echo "not ok - $name : code de sortie $rc"
		tail -5 "$logs/$name.out"
		failed=$((failed + 1))
		return
	fi
	if python3 "$srcdir/tests/valgrind-ours.py" "$srcdir" "$logs/$name.xml" \
		> "$logs/$name.report" && [ $rc -lt 128 ]; then
		echo "ok - $name"
		passed=$((passed + 1))
	else
		echo "not ok - $name (code $rc)"
		cat "$logs/$name.report"
		failed=$((failed + 1))
	fi
}

# The engine: every unit test in one process (CK_FORK=no), so that memcheck
# sees them all.
CK_FORK=no memcheck unit tests/unit/check-engine

# The CLI on the three sample plans, then consolidated and exported.
memcheck import-virton ./cli/pst import "$srcdir/samples/virton-pst.xlsx" -o "$tmp/virton.xlsx"
memcheck import-erezee ./cli/pst import "$srcdir/samples/erezee-pst.ods" -o "$tmp/erezee.gnumeric"
memcheck import-burdinne ./cli/pst import "$srcdir/samples/burdinne-pst.csv" -o "$tmp/burdinne.ods"
memcheck consolidate ./cli/pst consolidate "$srcdir/samples/virton-pst.xlsx" \
	"$srcdir/samples/erezee-pst.ods" "$srcdir/samples/burdinne-pst.csv" -o "$tmp/cpas.xlsx"
memcheck export ./cli/pst export "$tmp/virton.xlsx" -o "$tmp/virton.xml" --exercice 2022
# The follow-up: the checks, two versions compared, the fiches printed.
memcheck verifier ./cli/pst verifier "$srcdir/samples/virton-pst.xlsx" --date 31/12/2025 \
	-o "$tmp/verifie.gnumeric"
memcheck compare ./cli/pst compare "$srcdir/samples/virton-pst.xlsx" "$tmp/cpas.xlsx" \
	-o "$tmp/evolution.gnumeric" --date 31/12/2025
memcheck fiches ./cli/pst fiches "$srcdir/samples/burdinne-pst.csv" -o "$tmp/fiches.pdf" \
	--date 31/12/2025

# The plugin inside ssconvert: every function of the fixtures, the tracking
# sample, and the opener Gnumeric_pst:plan.
for spec in "$srcdir"/tests/e2e/*.tsv; do
	name=$(basename "$spec" .tsv)
	awk -v sheet="$name" -f "$srcdir/tools/tsv2gnumeric.awk" "$spec" > "$tmp/$name.gnumeric"
	memcheck "e2e-$name" ssconvert --recalc "$tmp/$name.gnumeric" "$tmp/$name.csv"
done
memcheck suivi ssconvert --recalc "$srcdir/samples/suivi-pst-virton.gnumeric" "$tmp/suivi.gnumeric"
memcheck opener ssconvert -I Gnumeric_pst:plan "$srcdir/samples/virton-pst.xlsx" "$tmp/opened.gnumeric"

# The hostile files (tests/hostile): every reader and its error paths in
# one consolidation, which refuses five of them; a refused import; the
# opener on a file it cannot read and on one with no action.  Not the
# formules.* files: their =10^400 crashes goffice under valgrind alone
# (plain `valgrind ssconvert` of a one-cell workbook does; goffice warns
# "Running under buggy valgrind": its long double code meets valgrind's
# 64-bit x87), so memcheck could say nothing of our code there.
hostile=$srcdir/tests/hostile/files
set --
for f in "$hostile"/*; do
	case $f in */formules.*) ;; *) set -- "$@" "$f" ;; esac
done
memcheck -rc 1 hostile-consolidate ./cli/pst consolidate "$@" -o "$tmp/hostile.xlsx"
memcheck -rc 1 hostile-import ./cli/pst import "$hostile/tronque.xlsx" -o "$tmp/tronque.xlsx"
memcheck -rc 1 hostile-opener-refused ssconvert -I Gnumeric_pst:plan "$hostile/texte.xlsx" "$tmp/texte.gnumeric"
memcheck hostile-opener-empty ssconvert -I Gnumeric_pst:plan "$hostile/titres.xlsx" "$tmp/titres.gnumeric"

echo "check-memory: $passed passed, $failed failed"
[ $failed -eq 0 ]
