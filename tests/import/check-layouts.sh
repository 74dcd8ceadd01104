#!/bin/sh
# check-layouts.sh: the corpus of plan layouts (tests/import/layouts/) imported by the freshly built pst.
exec python3 "${srcdir:-.}/tests/import/check-layouts.py" "${srcdir:-.}" ./cli/pst \
	"${PST_PLUGIN_PATH:-$PWD/build/plugins}"
