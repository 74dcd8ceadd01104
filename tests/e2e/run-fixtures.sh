#!/bin/sh
# run-fixtures.sh: recalculates every fixture of tests/e2e with the freshly
# built plugin and compares, row by row, the cell "Résultat" (column B) with
# the cell "Attendu" (column C).  Numbers agree within 1e-9 (relative);
# anything else, error values included, must be the same text.
#
# A fixture is a TSV grid (see tools/tsv2gnumeric.awk) turned into a .gnumeric
# workbook, so that it can also be opened and read in Gnumeric.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -f "$plugins/pst/pst.so" ]; then
	echo "run-fixtures: no plugin in $plugins (build it first)" >&2
	exit 2
fi

total_pass=0
total_fail=0
for spec in "$srcdir"/tests/e2e/*.tsv; do
	name=$(basename "$spec" .tsv)
	awk -v sheet="$name" -f "$srcdir/tools/tsv2gnumeric.awk" "$spec" \
		> "$tmp/$name.gnumeric"
	GNUMERIC_PLUGIN_PATH=$plugins GSETTINGS_BACKEND=memory \
	LC_ALL=C.UTF-8 LANGUAGE= \
	ssconvert --recalc -T Gnumeric_stf:stf_assistant \
		-O 'separator="	" quoting-mode=never format=raw' \
		"$tmp/$name.gnumeric" "$tmp/$name.txt" 2> "$tmp/$name.err"
	if [ ! -s "$tmp/$name.txt" ]; then
		echo "not ok - $name: ssconvert wrote nothing"
		cat "$tmp/$name.err"
		total_fail=$((total_fail + 1))
		continue
	fi
	awk -F '\t' -v fixture="$name" '
	function isnum(s) { return s ~ /^-?[0-9]+(\.[0-9]*)?([eE][-+]?[0-9]+)?$/ }
	function abs(x) { return x < 0 ? -x : x }
	NR == 1 { next }
	$2 == "" && $3 == "" { next }
	{
		ok = 0
		if (isnum($2) && isnum($3)) {
			tol = 1e-9 * (abs($3) > 1 ? abs($3) : 1)
			ok = abs($2 - $3) <= tol
		} else
			ok = ($2 == $3)
		if (ok) {
			pass++
		} else {
			fail++
			printf "not ok - %s row %d: %s: got \"%s\", expected \"%s\"\n", fixture, NR, $1, $2, $3
		}
	}
	END { printf "%d %d\n", pass, fail > "/dev/stderr" }' "$tmp/$name.txt" 2> "$tmp/$name.count"
	read p f < "$tmp/$name.count"
	echo "$name: $p passed, $f failed"
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
done

echo "fixtures: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ "$total_pass" -gt 0 ]
