#!/bin/sh
# check-samples.sh: the three sample plans imported by the freshly built pst.
exec python3 "${srcdir:-.}/tests/import/check-samples.py" "${srcdir:-.}" ./cli/pst \
	"${PST_PLUGIN_PATH:-$PWD/build/plugins}"
