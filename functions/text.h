/*
 * text.h: folding French text for matching.
 *
 * Every vocabulary of the engine (status words, month names, keywords,
 * verbs) is matched against folded text: lower case, accents removed,
 * typographic apostrophes and dashes made plain, every run of white space
 * (non-breaking spaces included) made one space, trimmed.
 */
#ifndef PST_TEXT_H
#define PST_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

gunichar pst_text_fold_char	(gunichar c);
char	*pst_text_fold		(char const *text);
gboolean pst_text_is_blank	(char const *text);
/* Whether @s is one of the @n strings of @table. */
gboolean pst_text_in_table	(char const *s, char const *const *table, gsize n);
/* @text without the spaces around it, non-breaking and thin ones too. */
char	*pst_text_trim		(char const *text);

gboolean pst_text_parse_decimal	(char const *text, double *result,
				 char const **end);

/* Folded text cut into runs of letters, runs of digits and single marks:
 * "1x/ trimestre." → "1" "x" "/" "trimestre" ".". */
char   **pst_text_tokens	(char const *folded);
gboolean pst_text_number_word	(char const *folded_word, int *value);

G_END_DECLS

#endif
