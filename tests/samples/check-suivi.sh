#!/bin/sh
# check-suivi.sh: the summary sheet of samples/suivi-pst-virton.gnumeric,
# recalculated with the freshly built plugin, gives the progress computed
# by hand in tests/samples/suivi-pst-virton.expected.
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
out=$(mktemp --suffix=.txt)
trap 'rm -f "$out"' EXIT INT TERM
GNUMERIC_PLUGIN_PATH=$plugins GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
ssconvert --recalc -T Gnumeric_stf:stf_assistant \
	-O 'sheet=Synthèse separator="	" quoting-mode=never format=raw' \
	"$srcdir/samples/suivi-pst-virton.gnumeric" "$out" 2>/dev/null
awk -F '\t' '
function abs(x) { return x < 0 ? -x : x }
FNR == NR { if ($0 !~ /^#/) { avg[$1] = $2; wavg[$1] = $3 }; next }
($1 in avg) {
	seen[$1] = 1
	if (abs($4 - avg[$1]) < 1e-9 && abs($5 - wavg[$1]) < 1e-9 && $4 != "") pass++
	else { fail++; printf "not ok - %s: got %s / %s, expected %s / %s\n", $1, $4, $5, avg[$1], wavg[$1] }
}
END {
	for (r in avg) if (!(r in seen)) { fail++; printf "not ok - %s missing\n", r }
	printf "suivi-pst-virton: %d passed, %d failed\n", pass, fail
	exit fail > 0 || pass == 0
}' "$srcdir/tests/samples/suivi-pst-virton.expected" "$out"
