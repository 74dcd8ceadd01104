/*
 * tokens.h: a folded text cut into words, numbers and marks (the
 * échéance and frequency matchers read them one by one).
 */
#ifndef PST_TOKENS_H
#define PST_TOKENS_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
	char	**tok;
	int	  n;
} PstTokens;

/* @folded: a text already folded (pst_text_fold). */
void	    pst_tokens_init	(PstTokens *t, char const *folded);
void	    pst_tokens_clear	(PstTokens *t);
/* The @i-th token, or "" past either end. */
char const *pst_tok		(PstTokens const *t, int i);
gboolean    pst_tok_is		(PstTokens const *t, int i, char const *word);

G_END_DECLS

#endif
