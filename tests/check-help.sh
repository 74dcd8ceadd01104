#!/bin/sh
# check-help.sh: the help of every PST function, in English then in French.
set -u
locale=${PST_PLUGIN_PATH:-$PWD/build/plugins}/pst/locale
status=0
LC_ALL=C.UTF-8 LANGUAGE= GSETTINGS_BACKEND=memory tests/check-help "$locale" || status=1
LC_ALL=C.UTF-8 LANGUAGE=fr GSETTINGS_BACKEND=memory tests/check-help "$locale" || status=1
exit $status
