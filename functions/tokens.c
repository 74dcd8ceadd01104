/*
 * tokens.c: a folded text cut into tokens.
 */
#include "tokens.h"
#include "text.h"

#include <string.h>

void
pst_tokens_init (PstTokens *t, char const *folded)
{
	t->tok = pst_text_tokens (folded);
	t->n = g_strv_length (t->tok);
}

void
pst_tokens_clear (PstTokens *t)
{
	g_strfreev (t->tok);
	t->tok = NULL;
	t->n = 0;
}

char const *
pst_tok (PstTokens const *t, int i)
{
	return i >= 0 && i < t->n ? t->tok[i] : "";
}

gboolean
pst_tok_is (PstTokens const *t, int i, char const *word)
{
	return strcmp (pst_tok (t, i), word) == 0;
}
