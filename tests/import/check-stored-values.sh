#!/bin/sh
# check-stored-values.sh: the formulas' stored values equal a recalculation.
exec python3 "${srcdir:-.}/tests/import/check-stored-values.py" "${srcdir:-.}" \
	"${PST_CLI:-$PWD/cli/pst}" "${PST_PLUGIN_PATH:-$PWD/build/plugins}"
