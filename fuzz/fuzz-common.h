/*
 * fuzz-common.h: what every libFuzzer harness of the engine shares.
 *
 * The harnesses are built by `make fuzz` with clang,
 * -fsanitize=fuzzer,address,undefined, straight from the engine sources.
 * A crash, a sanitizer report, a leak, a GLib critical or warning, or a
 * broken invariant (FUZZ_CHECK) all stop the run with the input kept as
 * crash-*: the plugin runs inside the user's spreadsheet, where any of
 * them may cost unsaved work.
 */
#ifndef PST_FUZZ_COMMON_H
#define PST_FUZZ_COMMON_H

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput (uint8_t const *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

#define FUZZ_CHECK(cond, ...) \
	do { \
		if (G_UNLIKELY (!(cond))) { \
			fprintf (stderr, "%s:%d: invariant broken: %s\n  ", \
				 __FILE__, __LINE__, #cond); \
			fprintf (stderr, __VA_ARGS__); \
			fputc ('\n', stderr); \
			abort (); \
		} \
	} while (0)

/* A critical or a warning is a g_return_if_fail that caught a bug: in
 * Gnumeric it would only be printed, and the bad value carried on. */
G_GNUC_UNUSED static void
fuzz_log_handler (char const *domain, GLogLevelFlags level,
		  char const *message, gpointer user_data)
{
	(void) user_data;
	fprintf (stderr, "%s: %s\n", domain ? domain : "GLib", message);
	if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
		abort ();
}

/* Every harness is one file including this one: the hook is defined
 * here, once. */
int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	g_log_set_default_handler (fuzz_log_handler, NULL);
	g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL |
				G_LOG_LEVEL_WARNING);
	return 0;
}

/* The input as a NUL-terminated string; NUL bytes inside cut it, as a C
 * string in a cell would be cut. */
G_GNUC_UNUSED static char *
fuzz_string (uint8_t const *data, size_t size)
{
	return g_strndup ((char const *) data, size);
}

/* Text as Gnumeric hands it over: always valid UTF-8. */
G_GNUC_UNUSED static char *
fuzz_utf8 (char const *text, gssize len)
{
	return g_utf8_make_valid (text, len);
}

/* The input cut at '\n' into at most @max fields (the last keeps the
 * rest); missing fields are NULL. */
G_GNUC_UNUSED static char **
fuzz_fields (uint8_t const *data, size_t size, int max)
{
	char *s = fuzz_string (data, size);
	char **fields = g_strsplit (s, "\n", max);
	g_free (s);
	return fields;
}

/* A result that Gnumeric will show in a cell must be valid UTF-8. */
#define FUZZ_CHECK_UTF8(s) \
	FUZZ_CHECK ((s) == NULL || g_utf8_validate ((s), -1, NULL), \
		    "not UTF-8: \"%s\"", (s))

#endif
