#!/bin/sh
# seed-corpus.sh BUILD_DIR [SEEDS_DIR]: rebuilds the seed corpora
# fuzz/corpus/HARNESS from the samples, the end-to-end fixtures, the SMART
# corpus and, when given, a directory of real PST documents (text files),
# keeping per harness only the inputs that add
# coverage (libFuzzer -merge=1 with the harnesses `make fuzz` built in
# BUILD_DIR/fuzz).  The crash reproducers, fuzz/corpus/*/regress-*, are
# always kept.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage : seed-corpus.sh BUILD_DIR}" && pwd)
seeds=${2:-}
raw=$(mktemp -d)
trap 'rm -rf "$raw"' EXIT

# One file per line of text, named by its content's checksum.
put () {
	dir=$raw/$1
	mkdir -p "$dir"
	while IFS= read -r line; do
		[ -n "$line" ] || continue
		f=$dir/$(printf '%s' "$line" | cksum | cut -d' ' -f1)
		printf '%s' "$line" > "$f"
	done
}

# Every line of the documents, every cell of the samples, every quoted
# argument of the fixtures, every label of the SMART corpus.
{
	for f in ${seeds:+"$seeds"/*.txt}; do
		[ -f "$f" ] && sed 's/^[[:space:]]*//; s/[[:space:]]*$//' "$f" | awk 'length($0) <= 400'
	done
	find "$top/samples/src" -name '*.tsv' -exec cat {} + | tr '\t' '\n'
	grep -oh '"[^"]*"' "$top"/tests/e2e/*.tsv | tr -d '"'
	cut -f3 "$top/tests/smart/corpus.tsv"
} | sort -u > "$raw/lines"

for h in text reference status taux echeance article budget-criterion meteo; do
	put "$h" < "$raw/lines"
done
# A parent after the text: PST.REF("action 3","1.2").
mkdir -p "$raw/reference"
grep -oh 'PST\.REF("[^"]*","[^"]*")' "$top"/tests/e2e/*.tsv |
	sed 's/^PST\.REF("\([^"]*\)","\([^"]*\)")$/\1	\2/' |
	while IFS='	' read -r text parent; do
		printf '%s\n%s' "$text" "$parent" > "$raw/reference/parent-$(printf '%s' "$text$parent" | cksum | cut -d' ' -f1)"
	done
# Criteria of PST.BUDGET followed by the articles of the fixtures.
articles=$(grep -oh '[0-9]\{3,5\} \?/ \?[0-9]\{3\}[-. ]*[0-9]\{2\}' "$top"/tests/e2e/*.tsv "$top"/samples/src/*/*.tsv | sort -u | head -40)
for c in '104/*' 'service=E' 'type=D' 'groupe=12' 'fonction=8*' 'libelle=*personnel*' \
	 '83*/12*' '*/742-53' 'service = ordinaire' '8352 / 124.02'; do
	mkdir -p "$raw/budget-criterion"
	printf '%s\n%s' "$c" "$articles" > "$raw/budget-criterion/crit-$(printf '%s' "$c" | cksum | cut -d' ' -f1)"
done
# SMART: the level, then the label (and at times an échéance and owner).
mkdir -p "$raw/smart"
cut -f2,3 "$top/tests/smart/corpus.tsv" | tail -n +2 | while IFS='	' read -r niveau label; do
	case $niveau in OS) n=1 ;; OO) n=2 ;; action) n=3 ;; *) n=4 ;; esac
	f=$raw/smart/$(printf '%s' "$label" | cksum | cut -d' ' -f1)
	printf '%s%s' "$n" "$label" > "$f"
	printf '%s%s\nfin 2021\n\nService social\n' "$n" "$label" > "$f-fiche"
done

# The layout detector: each sample workbook, whole and sheet by sheet.
mkdir -p "$raw/import" "$raw/csv"
for d in "$top"/samples/src/*/; do
	name=$(basename "$d")
	whole=$raw/import/$name
	: > "$whole"
	first=1
	for t in "$d"*.tsv; do
		sheet=$(basename "$t" .tsv)
		[ $first -eq 1 ] || printf '\f' >> "$whole"
		first=0
		{ printf '%s\n' "$sheet"; tr '\t' '|' < "$t"; } >> "$whole"
		{ printf '%s\n' "$sheet"; tr '\t' '|' < "$t" | head -25; } > "$raw/import/$name-$sheet-25"
		# The same sheet as CSV, the way Belgian spreadsheets write it.
		tr '\t' ';' < "$t" | head -60 > "$raw/csv/$name-$sheet.csv"
		tr '\t' ';' < "$t" | head -20 | iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT \
			> "$raw/csv/$name-$sheet-cp1252.csv" 2>/dev/null || true
		head -20 "$t" > "$raw/csv/$name-$sheet-tab.csv"
	done
done
cp "$top/samples/burdinne-pst.csv" "$raw/csv/"

for h in text reference status taux echeance article budget-criterion smart meteo import csv; do
	exe=$build/fuzz/fuzz-$h
	[ -x "$exe" ] || { echo "seed-corpus : $exe manque (make fuzz d'abord)" >&2; exit 1; }
	mkdir -p "$top/fuzz/corpus/$h" "$raw/merged-$h"
	case $h in echeance) max_len=128 ;; smart) max_len=512 ;; budget-criterion) max_len=1024 ;; *) max_len=2048 ;; esac
	"$exe" -merge=1 -max_len=$max_len "$raw/merged-$h" "$top/fuzz/corpus/$h" \
		"$raw/$h" > "$raw/merge-$h.log" 2>&1 ||
		{ tail -20 "$raw/merge-$h.log" >&2; exit 1; }
	# Crash reproducers stay, whether or not they still add coverage.
	find "$top/fuzz/corpus/$h" -type f ! -name 'regress-*' -delete
	cp -n "$raw/merged-$h"/* "$top/fuzz/corpus/$h/"
	echo "seed-corpus : $h : $(ls "$top/fuzz/corpus/$h" | wc -l) entrées"
done
