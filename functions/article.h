/*
 * article.h: articles budgétaires, "FONCTION/ECO-SS" (doc/domain.md §7).
 *
 * An article reads from the variants seen in workbooks: "8352/124-02",
 * "8352 / 124.02", "104/12348", "104/123 -48", "104 / 123 - 48", with an
 * optional trailing budget year "123/45678.2020" or "104/123-48/2020".
 * This is the pattern of doc/domain.md §7,
 *
 *   ^\s*(\d{3,5})\s*\/\s*(\d{3})\s*[-.]?\s*(\d{2})(?:\s*[./]\s*(YEAR))?\s*$
 *
 * read by a scanner that also takes non-breaking spaces and typographic
 * dashes, with one narrowing: the trailing part must be a year (four
 * digits, 1000 or later), since a budget year is the only trailing part
 * documented.  Placeholders ("xxx/wal-13.2019") and the ambiguous
 * "104/124.2020" are not articles.
 *
 * The canonical form is "FONCTION/ECO-SS" without the year: "8352/124-02".
 */
#ifndef PST_ARTICLE_H
#define PST_ARTICLE_H

#include <glib.h>
#include "errors.h"
#include "codes-economiques.h"

G_BEGIN_DECLS

/* "12345/123-45" and its NUL. */
#define PST_ARTICLE_MAX_LEN 13

typedef struct {
	char  canonical[PST_ARTICLE_MAX_LEN];	/* "8352/124-02" */
	char  exercice[5];			/* "2020", or "" */
	guint fonction_len;			/* 3 to 5: where the '/' is */
	int   year;				/* the exercice, 0 when none */
} PstArticle;

/* The parts of an article, by the names of PST.ARTICLE's "partie"
 * (matched case- and accent-insensitively by pst_article_part_from_name). */
typedef enum {
	PST_ARTICLE_PART_ARTICLE,	/* "8352/124-02", the canonical form */
	PST_ARTICLE_PART_FONCTION,	/* "8352" */
	PST_ARTICLE_PART_FONCTION1,	/* "8", the top-level fonction */
	PST_ARTICLE_PART_ECONOMIQUE,	/* "124-02" */
	PST_ARTICLE_PART_CODE,		/* "124" */
	PST_ARTICLE_PART_GROUPE,	/* "12" */
	PST_ARTICLE_PART_SERVICE,	/* "O" ordinaire, "E" extraordinaire */
	PST_ARTICLE_PART_TYPE,		/* "D" dépense, "R" recette */
	PST_ARTICLE_PART_LIBELLE,	/* from the list of economic codes */
	PST_ARTICLE_PART_EXERCICE	/* "2020", the trailing year */
} PstArticlePart;

/* Not an article: PST_ERROR_VALUE. */
PstError pst_article_parse	(char const *text, PstArticle *article);

/* As pst_article_parse, and the forms accounting exports write:
 * "834-723-60", "2025 922/723-60" (the exercice first, given in
 * *@exercice, else NULL). */
PstError pst_article_parse_written	(char const *text, PstArticle *article,
					 char **exercice);

/* Syntax valid and the economic code in the list. */
gboolean pst_article_valid	(char const *text);

/* NULL or blank: PST_ARTICLE_PART_ARTICLE.  Unknown: PST_ERROR_VALUE. */
PstError pst_article_part_from_name (char const *name, PstArticlePart *part);

/*
 * A part as a span of text, without allocating: it lives as long as
 * @article (or for ever: letters and libellés).  PST_ERROR_NA when the
 * article has no such part: no trailing exercice; a libellé for a code
 * the list does not have; a service for the sub-codes 00 and 50, or a
 * type for an ECO outside the rule (see pst_article_rule_type), when the
 * list does not have the code either.
 */
PstError pst_article_part_span	(PstArticle const *article,
				 PstArticlePart part,
				 char const **text, gsize *len);

/* The same, as a new string. */
PstError pst_article_part	(PstArticle const *article,
				 PstArticlePart part, char **result);

/* PST.ARTICLE in one call: @part_name NULL or blank gives the canonical
 * form.  An unknown part name or a text that is not an article:
 * PST_ERROR_VALUE; a missing part: PST_ERROR_NA. */
PstError pst_article_get	(char const *text, char const *part_name,
				 char **result);

/* The entry of the list for the article's ECO-SS, or NULL. */
PstEconomicCode const *pst_article_economic_code (PstArticle const *article);

/* 'D', 'R', 'O', 'E', or 0 when it cannot be told: the list's answer
 * when it has the code, else the rule. */
char	 pst_article_type	(PstArticle const *article);
char	 pst_article_service	(PstArticle const *article);

/*
 * The rules of doc/domain.md §7, for codes the list lacks.
 * Type, from the three digits of ECO: the exceptions x01/x02 (non-valeurs)
 * and 302 (déficit) are D, x06 (récupérations) and 307 (excédent) R,
 * 951/952 (boni) R, 991/992 (mali) D; otherwise a 2nd digit 1–5 is D and
 * 6–9 is R; a 2nd digit 0 outside the exceptions: 0 (unknown).
 * Service, from the two digits of SS: 01–49 O, 51–99 E, 00 and 50: 0.
 */
char	 pst_article_rule_type		(char const *eco);
char	 pst_article_rule_service	(char const *ss);

G_END_DECLS

#endif
