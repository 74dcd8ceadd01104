#!/bin/sh
# check-dashboard-print.sh: the sheet "Tableau de bord" of `pst consolidate`
# on the three sample plans, saved as .xlsx and as .gnumeric, printed to
# PDF by ssconvert as tools/run-samples.sh does:
#
#  - every page is A4 landscape (841.89 x 595.28 points);
#  - page 1 names the three entities and reads "Situation au <today>", the
#    date in French;
#  - each page, drawn at 72 dpi (a pixel a point) by pdftoppm, has nothing
#    printed in the right margin, and its charts whole: tests/dashboard/
#    frames.py finds the frame of each chart, and a frame cut by a page
#    break; the three charts are there, whole, and none is cut;
#  - the check finds a cut: the .gnumeric with a page break put inside
#    its first chart prints a chart cut in two.
#
# Skipped (77) without poppler-utils (pdfinfo, pdftotext, pdftoppm).
set -u
srcdir=${srcdir:-.}
plugins=${PST_PLUGIN_PATH:-$PWD/build/plugins}
pst=${PST_CLI:-$PWD/cli/pst}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export GNUMERIC_PLUGIN_PATH="$plugins" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 LANGUAGE=

for tool in pdfinfo pdftotext pdftoppm; do
	if ! command -v "$tool" > /dev/null 2>&1; then
		echo "check-dashboard-print: $tool absent (poppler-utils) : test sauté"
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

# today: the date as the dashboard writes it, "6 décembre 2026".
today () {
	date '+%d %m %Y' | awk '{
		split("janvier février mars avril mai juin juillet août septembre octobre novembre décembre", m, " ")
		d = $1 + 0
		print d (d == 1 ? "er" : "") " " m[$2 + 0] " " $3 }'
}

# dated TEXT: TEXT reads "Situation au" the day the test began or the day
# it is (past midnight).
dated () {
	grep -q -F "Situation au $before" "$1" || grep -q -F "Situation au $after" "$1"
}

# print BOOK PDF: the dashboard of BOOK printed to PDF.
print_dashboard () {
	ssconvert -O "sheet='Tableau de bord'" --export-type=Gnumeric_pdf:pdf_assistant \
		"$1" "$2" 2> "$2.err"
}

# frames PDF OUT: a line per page of PDF, by frames.py (see there).
frames () {
	rm -f "$tmp/page"-*.pgm
	pdftoppm -r 72 -gray "$1" "$tmp/page" &&
	python3 "$srcdir/tests/dashboard/frames.py" "$tmp/page"-*.pgm > "$2"
}

inputs="$srcdir/samples/virton-pst.xlsx $srcdir/samples/erezee-pst.ods $srcdir/samples/burdinne-pst.csv"
before=$(today)
for format in xlsx gnumeric; do
	book=$tmp/cons.$format
	pdf=$tmp/dashboard-$format.pdf
	# shellcheck disable=SC2086
	if ! "$pst" consolidate $inputs -o "$book" > /dev/null 2> "$tmp/err" || [ ! -s "$book" ]; then
		not_ok "$format: pst consolidate failed: $(cat "$tmp/err")"
		continue
	fi
	print_dashboard "$book" "$pdf"
	pages=$(pdfinfo "$pdf" 2> /dev/null | awk '$1 == "Pages:" { print $2 }')
	if [ "${pages:-0}" -lt 1 ]; then
		not_ok "$format: no PDF of the dashboard: $(cat "$pdf.err")"
		continue
	fi
	ok

	# A4 landscape, every page.
	pdfinfo -f 1 -l "$pages" "$pdf" | awk '$1 == "Page" && $3 == "size:" { print $2, $4, $6 }' \
		> "$tmp/sizes"
	n=$(wc -l < "$tmp/sizes")
	check "$format: $n page sizes for $pages pages" [ "$n" -eq "$pages" ]
	while read -r page w h; do
		check "$format: page $page is $w x $h points, not A4 landscape (841.89 x 595.28)" \
			awk -v w="$w" -v h="$h" 'BEGIN { exit !(w > 840.9 && w < 842.9 && h > 594.3 && h < 596.3) }'
	done < "$tmp/sizes"

	# The title, on page 1.
	pdftotext -f 1 -l 1 "$pdf" "$tmp/page1.txt"
	for e in "Consolidation de 3 entités" "CPAS de Virton" "CPAS d’Erezée" "CPAS de Burdinne"; do
		check "$format: page 1 does not name « $e »" grep -q -F "$e" "$tmp/page1.txt"
	done
	after=$(today)
	check "$format: page 1 does not read « Situation au $before »" dated "$tmp/page1.txt"

	# The charts, whole, and the right margin, free.
	if ! frames "$pdf" "$tmp/frames"; then
		not_ok "$format: no chart frame found on the pages"
		continue
	fi
	while read -r page width whole cut rows right; do
		check "$format: page $page: $cut chart(s) cut by the page break (rows $rows of pixels)" \
			[ "$cut" -eq 0 ]
		check "$format: page $page: ink at $right points, in the right margin" \
			[ "$right" -lt $((width - 20)) ]
	done < "$tmp/frames"
	whole=$(awk '{ n += $3 } END { print n + 0 }' "$tmp/frames")
	check "$format: $whole whole charts on the pages, expected 3" [ "$whole" -eq 3 ]
done

# The check fails on a chart cut: a manual page break in the middle of the
# dashboard's first chart, in the .gnumeric.
if [ -s "$tmp/cons.gnumeric" ]; then
	if python3 - "$tmp/cons.gnumeric" "$tmp/cut.gnumeric" <<'EOF'
import gzip, re, sys
with gzip.open(sys.argv[1]) as f:
    xml = f.read().decode('utf-8')
start = xml.index('<gnm:Name>Tableau de bord</gnm:Name>')
end = xml.index('</gnm:Sheet>', start)
sheet = xml[start:end]
bound = re.search(r'<gnm:SheetObjectGraph [^>]*ObjectBound="[A-Z]+(\d+):[A-Z]+(\d+)"', sheet)
cut = (int(bound.group(1)) + int(bound.group(2))) // 2 - 1
breaks = set(int(p) for p in re.findall(r'<gnm:break pos="(\d+)"', sheet)) | {cut}
block = '<gnm:hPageBreaks count="%d">%s</gnm:hPageBreaks>' % (
    len(breaks), ''.join('<gnm:break pos="%d" type="manual"/>' % b for b in sorted(breaks)))
sheet, n = re.subn(r'<gnm:hPageBreaks .*?</gnm:hPageBreaks>', block, sheet, flags=re.S)
if n != 1:
    sys.exit('no page breaks in the dashboard')
with gzip.open(sys.argv[2], 'wb') as f:
    f.write((xml[:start] + sheet + xml[end:]).encode('utf-8'))
EOF
	then
		print_dashboard "$tmp/cut.gnumeric" "$tmp/cut.pdf"
		if frames "$tmp/cut.pdf" "$tmp/cut-frames"; then
			cut=$(awk '{ n += $4 } END { print n + 0 }' "$tmp/cut-frames")
			whole=$(awk '{ n += $3 } END { print n + 0 }' "$tmp/cut-frames")
			check "a page break in a chart: $cut cut pieces found, expected 2" [ "$cut" -eq 2 ]
			check "a page break in a chart: $whole whole charts found, expected 2" [ "$whole" -eq 2 ]
		else
			not_ok "a page break in a chart: no chart frame found"
		fi
	else
		not_ok "could not put a page break in the first chart"
	fi
fi

echo "check-dashboard-print: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
