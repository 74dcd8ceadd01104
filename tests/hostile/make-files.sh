#!/bin/sh
# make-files.sh: rebuilds the small hostile workbooks of tests/hostile/files
# from tests/hostile/src (run by hand after changing a source; the files are
# committed, the big ones are made by check-hostile.sh at test time).
# Needs ssconvert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
src=$here/src
out=$here/files
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tsv2gnumeric () {
	awk -f "$top/tools/tsv2gnumeric.awk" "$@"
}
mkdir -p "$out"

# Empty files, and text that only claims to be a workbook.
: > "$out/vide.csv"
: > "$out/vide.xlsx"
cp "$top/samples/burdinne-pst.csv" "$out/texte.xlsx"
# A zip cut in the middle: the central directory is gone.
head -c 12000 "$top/samples/virton-pst.xlsx" > "$out/tronque.xlsx"

# Formulas and error values in every column, as a recalculated .gnumeric
# and as an xlsx that holds the cached values.
tsv2gnumeric -v sheet=Plan "$src/formules.tsv" > "$out/formules.gnumeric"
ssconvert --recalc "$out/formules.gnumeric" "$out/formules.xlsx" 2>/dev/null

# Labels that a spreadsheet would run as commands if they became formulas.
tsv2gnumeric -v sheet=Plan "$src/cmd.tsv" > "$tmp/cmd.gnumeric"
ssconvert "$tmp/cmd.gnumeric" "$out/cmd.xlsx" 2>/dev/null

# A sheet of titles only.
tsv2gnumeric -v sheet=Titres "$src/titres.tsv" > "$tmp/titres.gnumeric"
ssconvert "$tmp/titres.gnumeric" "$out/titres.xlsx" 2>/dev/null

# Merged cells: the title across the table, each OS and OO label down over
# its actions (the value is in the first cell only).
tsv2gnumeric -v sheet=Suivi "$src/fusion.tsv" |
	sed 's|</gnm:Cells></gnm:Sheet>|</gnm:Cells><gnm:MergedRegions><gnm:Merge>A1:F1</gnm:Merge><gnm:Merge>A3:A6</gnm:Merge><gnm:Merge>B3:B5</gnm:Merge><gnm:Merge>A7:A8</gnm:Merge><gnm:Merge>B7:B8</gnm:Merge></gnm:MergedRegions></gnm:Sheet>|' \
	> "$tmp/fusion.gnumeric"
ssconvert "$tmp/fusion.gnumeric" "$out/fusion.xlsx" 2>/dev/null

# A hidden sheet holding actions: they must not be lost.
cp "$src/visible.tsv" "$tmp/Visible.tsv"
cp "$src/masquee.tsv" "$tmp/Masquée.tsv"
tsv2gnumeric "$tmp/Visible.tsv" "$tmp/Masquée.tsv" |
	awk '/<gnm:Sheet><gnm:Name>Masquée</ { sub(/<gnm:Sheet>/, "<gnm:Sheet Visibility=\"GNM_SHEET_VISIBILITY_HIDDEN\">") } { print }' \
	> "$tmp/masquee.gnumeric"
ssconvert "$tmp/masquee.gnumeric" "$tmp/masquee.xlsx" 2>/dev/null
# Gnumeric's xlsx writer drops the hidden state: put it back in workbook.xml.
python3 - "$tmp/masquee.xlsx" "$out/masquee.xlsx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as zin, \
     zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/workbook.xml":
            data = data.replace('name="Masquée" sheetId="2"'.encode(),
                                'name="Masquée" sheetId="2" state="hidden"'.encode())
        zout.writestr(item, data)
PY
ls -l "$out"
