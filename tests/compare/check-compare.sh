#!/bin/sh
# check-compare.sh: `pst compare` on versions of the Virton sample with
# known changes (check-compare.py tells which), the sheet Évolution read
# back with ssconvert.
exec python3 "${srcdir:-.}/tests/compare/check-compare.py" "${srcdir:-.}" ./cli/pst \
	"${PST_PLUGIN_PATH:-$PWD/build/plugins}"
