# tsv2gnumeric.awk: writes a .gnumeric workbook from TSV grids, one sheet
# per input file, named after the file (without directory and ".tsv") or,
# for a single file, after -v sheet=NAME.
#
# One input line is one row, one tab-separated field one cell.  A field
# starting with "=" is a formula, a plain number is a number, "'" forces
# text (and is dropped), anything else is text; an empty field is no cell.
# "@6x4=PST.SYNTHESE(...)" is an array formula over 6 rows and 4 columns.
# Sheets have Gnumeric's default size unless -v rows=1048576 asks for more.
# Usage: awk -f tsv2gnumeric.awk Plan.tsv Synthèse.tsv > book.gnumeric
function xml(s) {
	gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s)
	gsub(/"/, "\\&quot;", s)
	return s
}
function sheet_name(path) {
	if (sheet != "" && ARGC == 2) return sheet
	sub(/^.*\//, "", path); sub(/\.tsv$/, "", path)
	return path
}
BEGIN {
	FS = "\t"
	print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
	print "<gnm:Workbook xmlns:gnm=\"http://www.gnumeric.org/v10.dtd\">"
	print "<gnm:SheetNameIndex>"
	sheet_size = rows ? " gnm:Cols=\"16384\" gnm:Rows=\"" rows "\"" : ""
	for (i = 1; i < ARGC; i++)
		print "<gnm:SheetName" sheet_size ">" xml(sheet_name(ARGV[i])) "</gnm:SheetName>"
	print "</gnm:SheetNameIndex>"
	print "<gnm:Sheets>"
}
FNR == 1 {
	if (NR > 1) print "</gnm:Cells></gnm:Sheet>"
	print "<gnm:Sheet><gnm:Name>" xml(sheet_name(FILENAME)) "</gnm:Name><gnm:Cells>"
}
{
	sub(/\r$/, "")
	for (c = 1; c <= NF; c++) {
		v = $c
		if (v == "") continue
		attrs = "Row=\"" (FNR - 1) "\" Col=\"" (c - 1) "\""
		if (v ~ /^@[0-9]+x[0-9]+=/) {
			split(substr(v, 2, index(v, "=") - 2), size, "x")
			print "<gnm:Cell " attrs " Rows=\"" size[1] "\" Cols=\"" size[2] "\">" xml(substr(v, index(v, "="))) "</gnm:Cell>"
		} else if (substr(v, 1, 1) == "=")
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
	print "</gnm:Cells></gnm:Sheet>"
	print "</gnm:Sheets>"
	print "</gnm:Workbook>"
}
