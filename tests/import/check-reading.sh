#!/bin/sh
# check-reading.sh: what pst import says it understood, its doubts and the user's corrections.
exec python3 "${srcdir:-.}/tests/import/check-reading.py" "${srcdir:-.}" ./cli/pst \
	"${PST_PLUGIN_PATH:-$PWD/build/plugins}"
