# tsv2gnumeric.awk: writes a one-sheet .gnumeric workbook from a TSV grid.
#
# One input line is one row, one tab-separated field one cell.  A field
# starting with "=" is a formula, a plain number is a number, "'" forces
# text (and is dropped), anything else is text; an empty field is no cell.
# Usage: awk -v sheet=Tests -f tsv2gnumeric.awk spec.tsv > book.gnumeric
function xml(s) {
	gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
	gsub(/"/, "\\&quot;", s)
	return s
}
BEGIN {
	FS = "\t"
	if (sheet == "") sheet = "Tests"
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<gnm:Workbook xmlns:gnm=\"http://www.gnumeric.org/v10.dtd\">"
	print "<gnm:SheetNameIndex><gnm:SheetName>" xml(sheet) "</gnm:SheetName></gnm:SheetNameIndex>"
	print "<gnm:Sheets><gnm:Sheet>"
	print "<gnm:Name>" xml(sheet) "</gnm:Name>"
	print "<gnm:Cells>"
}
{
	sub(/\r$/, "")
	for (c = 1; c <= NF; c++) {
		v = $c
		if (v == "") continue
		attrs = "Row=\"" (NR - 1) "\" Col=\"" (c - 1) "\""
		if (substr(v, 1, 1) == "=")
			print "<gnm:Cell " attrs ">" xml(v) "</gnm:Cell>"
		else if (substr(v, 1, 1) == "'")
			print "<gnm:Cell " attrs " ValueType=\"60\">" xml(substr(v, 2)) "</gnm:Cell>"
		else if (v ~ /^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$/)
			print "<gnm:Cell " attrs " ValueType=\"40\">" v "</gnm:Cell>"
		else
			print "<gnm:Cell " attrs " ValueType=\"60\">" xml(v) "</gnm:Cell>"
	}
}
END {
	print "</gnm:Cells>"
	print "</gnm:Sheet></gnm:Sheets>"
	print "</gnm:Workbook>"
}
