#!/bin/sh
# check-asan.sh: the engine's unit tests and the hostile-file test
# (tests/hostile) with the engine, the function glue and `pst` built with
# AddressSanitizer and UndefinedBehaviorSanitizer.
#
# Valgrind (check-memory.sh) cannot follow Gnumeric through a cell of
# =10^400 and would take many minutes over the 100 000-row and 16 384-column
# files; the sanitizers see those runs too, at a fraction of the cost, and
# UBSan sees what memcheck cannot (overflows, bad shifts, misaligned loads).
# Leaks are valgrind's job: Gnumeric's own would drown ours here.
#
# Run from the build directory by `make check-memory`, which passes srcdir,
# CC and the flags of configure.  Objects go to tests/asan.
set -u
srcdir=${srcdir:-.}
CC=${CC:-cc}
out=tests/asan
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

mkdir -p "$out/obj"
if ! printf 'int main (void) { return 0; }\n' > "$out/probe.c" ||
   ! $CC $SAN "$out/probe.c" -o "$out/probe" >/dev/null 2>&1; then
	echo "check-asan : $CC ne sait pas compiler avec -fsanitize=address,undefined." >&2
	exit 1
fi

# The newest header: an object older than it may lay out a structure
# that has changed since.
newest_header=$(ls -t "$srcdir"/functions/*.h "$srcdir"/plugin/*.h "$srcdir"/formats/*.h \
	"$srcdir"/cli/*.h 2>/dev/null | head -n 1)

# compile SOURCE FLAGS...: SOURCE's object, rebuilt when SOURCE or a header
# is newer; its path is appended to $objs.
compile () {
	src=$1
	shift
	obj=$out/obj/$(basename "$(dirname "$src")")-$(basename "$src" .c).o
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ]; then
		# shellcheck disable=SC2086
		$CC -g -O1 $SAN ${PST_CFLAGS:-} -I"$srcdir/functions" -I"$srcdir/plugin" -I"$srcdir/formats" \
			"$@" -c "$src" -o "$obj" || exit 1
	fi
	objs="$objs $obj"
}

echo "check-asan : compilation ($CC, ASan + UBSan)"
objs=
# The generated table is in the build directory, which may be srcdir.
for src in "$srcdir"/functions/*.c functions/codes-economiques.c; do
	case $src in "$srcdir"/functions/codes-economiques.c) continue ;; esac
	# shellcheck disable=SC2086
	compile "$src" $GLIB_CFLAGS
done
engine=$objs

objs=
for src in "$srcdir"/plugin/*.c "$srcdir"/formats/*.c "$srcdir"/cli/*.c; do
	case $src in
	# The module's entry points: `pst` registers the functions itself.
	*/pst-module.c | */plan-opener.c | */ecomptes-io.c) continue ;;
	esac
	# shellcheck disable=SC2086
	compile "$src" $GNUMERIC_CFLAGS -DGETTEXT_PACKAGE='"pst"'
done
# shellcheck disable=SC2086
$CC $SAN $objs $engine $GNUMERIC_LIBS -lm -o "$out/pst" || exit 1

objs=
for src in "$srcdir"/tests/unit/*.c; do
	# shellcheck disable=SC2086
	compile "$src" $GLIB_CFLAGS $CHECK_CFLAGS
done
# shellcheck disable=SC2086
$CC $SAN $objs $engine $CHECK_LIBS $GLIB_LIBS -lm -o "$out/check-engine" || exit 1

export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0

# Every unit test in one process, so that a report names its test.
if CK_FORK=no srcdir=$srcdir "$out/check-engine" > "$out/unit.log" 2>&1; then
	echo "ok - tests unitaires du moteur ($(grep -o '[0-9]*%: Checks: [0-9]*' "$out/unit.log" | tail -1))"
else
	echo "not ok - tests unitaires du moteur :"
	grep -E "ERROR|runtime error|SUMMARY|[0-9]+%: Checks" "$out/unit.log" | head -20
	status=1
fi

# The hostile files through `pst`, sanitized; a report makes the test fail
# (check-hostile.sh looks for "AddressSanitizer" and "runtime error").
if PST=$out/pst HOSTILE_CLI_ONLY=1 srcdir=$srcdir $SHELL "$srcdir/tests/hostile/check-hostile.sh" \
	> "$out/hostile.log" 2>&1; then
	echo "ok - fichiers hostiles ($(tail -1 "$out/hostile.log"))"
else
	echo "not ok - fichiers hostiles :"
	grep -v "^ok" "$out/hostile.log" | head -30
	status=1
fi
exit $status
