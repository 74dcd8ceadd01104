#!/bin/sh
# run-fuzz.sh HARNESS...: builds the libFuzzer harnesses of fuzz/ with clang
# (ASan and UBSan) straight from the engine sources, then runs each one for
# FUZZ_SECONDS seconds on its corpus and prints the executions reached.
# Fails when a harness crashes, leaks, times out or breaks an invariant; the
# input is then kept in fuzz/crashes/HARNESS/ (build directory).
#
# Run from the build directory by `make fuzz`, which passes srcdir, CLANG,
# GLIB_CFLAGS, GLIB_LIBS and FUZZ_SECONDS.  The committed corpus
# ($srcdir/fuzz/corpus/HARNESS) is only read; new inputs go to
# fuzz/corpus-run/HARNESS.
set -u

srcdir=${srcdir:-.}
CLANG=${CLANG:-clang}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
GLIB_CFLAGS=${GLIB_CFLAGS:-$(pkg-config --cflags glib-2.0)}
GLIB_LIBS=${GLIB_LIBS:-$(pkg-config --libs glib-2.0)}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined"

if [ $# -eq 0 ]; then
	echo "usage : run-fuzz.sh HARNAIS..." >&2
	exit 2
fi

# A machine without clang or its libFuzzer runtime skips, and says so.
mkdir -p fuzz/obj fuzz/logs
cat > fuzz/obj/probe.c <<'EOF'
#include <stdint.h>
#include <stddef.h>
int LLVMFuzzerTestOneInput (uint8_t const *d, size_t n) { (void) d; (void) n; return 0; }
EOF
if ! command -v "$CLANG" >/dev/null 2>&1 ||
   ! "$CLANG" -fsanitize=fuzzer,address,undefined fuzz/obj/probe.c \
	-o fuzz/obj/probe >/dev/null 2>&1; then
	echo "fuzz : clang avec libFuzzer ($CLANG -fsanitize=fuzzer) est introuvable ;"
	echo "fuzz : fuzzing sauté (Debian : apt-get install clang)."
	exit 0
fi

# The engine once, instrumented for coverage and the sanitizers.
echo "fuzz : compilation du moteur ($CLANG, ASan + UBSan)"
engine_objs=
# The generated table is in the build directory, which may be srcdir.
for src in "$srcdir"/functions/*.c functions/codes-economiques.c; do
	case $src in "$srcdir"/functions/codes-economiques.c) continue ;; esac
	obj=fuzz/obj/$(basename "$src" .c).o
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ]; then
		# shellcheck disable=SC2086
		"$CLANG" -g -O1 -fsanitize=fuzzer-no-link $SAN \
			-I"$srcdir/functions" -Ifunctions $GLIB_CFLAGS \
			-c "$src" -o "$obj" || exit 1
	fi
	engine_objs="$engine_objs $obj"
done

status=0
summary=
for h in "$@"; do
	exe=fuzz/fuzz-$h
	# shellcheck disable=SC2086
	"$CLANG" -g -O1 -fsanitize=fuzzer $SAN -I"$srcdir/functions" -I"$srcdir/fuzz" \
		$GLIB_CFLAGS "$srcdir/fuzz/fuzz-$h.c" $engine_objs $GLIB_LIBS -lm \
		-o "$exe" || exit 1
	# Inputs as long as the texts each parser meets, a few cells longer:
	# longer ones only slow the search down.
	case $h in
	echeance) max_len=128 ;;
	smart) max_len=512 ;;
	budget-criterion) max_len=1024 ;;
	*) max_len=2048 ;;
	esac
	mkdir -p "fuzz/corpus-run/$h" "fuzz/crashes/$h"
	seeds=
	[ -d "$srcdir/fuzz/corpus/$h" ] && seeds="$srcdir/fuzz/corpus/$h"
	echo "fuzz : $h pendant $FUZZ_SECONDS s"
	# shellcheck disable=SC2086
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	"$exe" -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 \
		-timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
		-dict="$srcdir/fuzz/pst.dict" \
		-artifact_prefix="fuzz/crashes/$h/" \
		"fuzz/corpus-run/$h" $seeds >"fuzz/logs/$h.log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/logs/$h.log" | tail -1)
	speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "fuzz/logs/$h.log" | tail -1)
	# The corpus at the end, as libFuzzer counts it: "corp: 731/13Kb".
	corpus=$(grep -o 'corp: [0-9]*/[0-9]*[a-zA-Z]*' "fuzz/logs/$h.log" | tail -1 | cut -d' ' -f2)
	if [ $rc -ne 0 ]; then
		status=1
		echo "fuzz : ÉCHEC de $h (code $rc) ; journal fuzz/logs/$h.log :"
		grep -E "ERROR|runtime error|invariant|SUMMARY|Test unit written" \
			"fuzz/logs/$h.log" | head -20
		line="$h: ÉCHEC après ${execs:-?} exécutions"
	else
		line="$h: ${execs:-?} exécutions en $FUZZ_SECONDS s (${speed:-?}/s), corpus ${corpus:-?}"
	fi
	summary="$summary
$line"
done

echo "fuzz : résultats$summary"
[ $status -eq 0 ] && echo "fuzz : aucun défaut trouvé."
exit $status
