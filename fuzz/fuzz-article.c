/*
 * fuzz-article.c: articles budgétaires ("8352 / 124.02", "104/12348",
 * "123/45678.2020") and the names of their parts.  The input is the
 * article, then after a '\n' a part name for pst_article_get.
 */
#include "fuzz-common.h"
#include "article.h"

static gboolean
is_canonical (char const *s, guint fonction_len)
{
	guint i, n = strlen (s);

	if (fonction_len < 3 || fonction_len > 5 || n != fonction_len + 7)
		return FALSE;
	for (i = 0; i < n; i++) {
		char expected = i == fonction_len ? '/' : i == fonction_len + 4 ? '-' : '0';
		if (expected == '0' ? !g_ascii_isdigit (s[i]) : s[i] != expected)
			return FALSE;
	}
	return TRUE;
}

static void
check_article (char const *text, PstArticle const *article)
{
	PstArticle again;
	PstArticlePart part;
	char type = pst_article_type (article);
	char service = pst_article_service (article);

	FUZZ_CHECK (is_canonical (article->canonical, article->fonction_len),
		    "\"%s\" → \"%s\"", text, article->canonical);
	FUZZ_CHECK (article->year == 0 ? article->exercice[0] == '\0'
		    : article->year >= 1000 && article->year <= 9999 &&
		    atoi (article->exercice) == article->year,
		    "\"%s\": year %d, exercice \"%s\"", text, article->year, article->exercice);

	/* The canonical form written in the Plan sheet reads as itself. */
	FUZZ_CHECK (pst_article_parse (article->canonical, &again) == PST_OK &&
		    strcmp (again.canonical, article->canonical) == 0 &&
		    again.fonction_len == article->fonction_len && again.year == 0,
		    "\"%s\" does not read back", article->canonical);
	FUZZ_CHECK (pst_article_valid (text) == (pst_article_economic_code (article) != NULL),
		    "valid \"%s\"", text);
	FUZZ_CHECK (type == 0 || type == 'D' || type == 'R', "type %d", type);
	FUZZ_CHECK (service == 0 || service == 'O' || service == 'E', "service %d", service);

	for (part = PST_ARTICLE_PART_ARTICLE; part <= PST_ARTICLE_PART_EXERCICE; part++) {
		char const *span;
		gsize len;
		char *value = NULL;
		PstError err = pst_article_part_span (article, part, &span, &len);

		FUZZ_CHECK (err == PST_OK || err == PST_ERROR_NA, "part %d: error %d", part, err);
		if (err == PST_OK) {
			FUZZ_CHECK (len > 0 && g_utf8_validate (span, len, NULL),
				    "part %d of \"%s\"", part, text);
			FUZZ_CHECK (pst_article_part (article, part, &value) == PST_OK &&
				    strlen (value) == len && strncmp (value, span, len) == 0,
				    "part %d of \"%s\"", part, text);
			g_free (value);
		}
	}
}

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char **fields = fuzz_fields (data, size, 2);
	char *whole = fuzz_string (data, size);
	PstArticle article;
	PstArticlePart part;
	char *result = NULL;

	if (pst_article_parse (whole, &article) == PST_OK)
		check_article (whole, &article);
	else
		FUZZ_CHECK (!pst_article_valid (whole), "valid but not an article");

	if (fields[0] && pst_article_parse (fields[0], &article) == PST_OK)
		check_article (fields[0], &article);
	if (fields[0] && fields[1]) {
		PstError err = pst_article_part_from_name (fields[1], &part);
		if (err == PST_OK)
			FUZZ_CHECK (part >= PST_ARTICLE_PART_ARTICLE && part <= PST_ARTICLE_PART_EXERCICE,
				    "part %d", part);
		err = pst_article_get (fields[0], fields[1], &result);
		if (err == PST_OK)
			FUZZ_CHECK_UTF8 (result);
		g_free (result);
	}
	if (size >= 5) {
		char eco[4] = { data[0], data[1], data[2], '\0' };
		char ss[3] = { data[3], data[4], '\0' };
		char t = pst_article_rule_type (eco), s = pst_article_rule_service (ss);
		FUZZ_CHECK (t == 0 || t == 'D' || t == 'R', "rule type %d", t);
		FUZZ_CHECK (s == 0 || s == 'O' || s == 'E', "rule service %d", s);
	}
	g_strfreev (fields);
	g_free (whole);
	return 0;
}
