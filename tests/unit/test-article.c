/* test-article.c: articles budgétaires, against the whole list of codes. */
#include <glib.h>
#include <string.h>
#include "suites.h"
#include "article.h"
#include "codes-economiques.h"

/* The pattern of doc/domain.md §7, as written there. */
#define DOMAIN_PATTERN \
	"^\\s*(\\d{3,5})\\s*/\\s*(\\d{3})\\s*[-.]?\\s*(\\d{2})" \
	"(?:\\s*[./]\\s*([0-9A-Za-z-]+))?\\s*$"

static void
assert_article (char const *text, char const *canonical)
{
	PstArticle a;
	PstError err = pst_article_parse (text, &a);
	ck_assert_msg (err == PST_OK, "\"%s\" gave error %d", text, err);
	ck_assert_msg (strcmp (a.canonical, canonical) == 0,
		       "\"%s\" gave \"%s\", expected \"%s\"", text,
		       a.canonical, canonical);
}

static void
assert_not_article (char const *text)
{
	PstArticle a;
	PstError err = pst_article_parse (text, &a);
	ck_assert_msg (err == PST_ERROR_VALUE,
		       "\"%s\" gave error %d, expected #VALUE!", text, err);
	ck_assert_msg (!pst_article_valid (text), "\"%s\" is valid", text);
}

static void
assert_part (PstArticle const *a, PstArticlePart part, char const *expected)
{
	char *value = NULL;
	PstError err = pst_article_part (a, part, &value);
	ck_assert_msg (err == PST_OK, "%s: part %d gave error %d",
		       a->canonical, part, err);
	ck_assert_msg (strcmp (value, expected) == 0,
		       "%s: part %d gave \"%s\", expected \"%s\"",
		       a->canonical, part, value, expected);
	g_free (value);
}

static void
assert_get (char const *text, char const *part, char const *expected)
{
	char *value = NULL;
	PstError err = pst_article_get (text, part, &value);
	ck_assert_msg (err == PST_OK, "\"%s\" part \"%s\" gave error %d",
		       text, part ? part : "(none)", err);
	ck_assert_msg (strcmp (value, expected) == 0,
		       "\"%s\" part \"%s\" gave \"%s\", expected \"%s\"",
		       text, part ? part : "(none)", value, expected);
	g_free (value);
}

static void
assert_get_error (char const *text, char const *part, PstError expected)
{
	char *value = NULL;
	PstError err = pst_article_get (text, part, &value);
	ck_assert_msg (err == expected,
		       "\"%s\" part \"%s\" gave error %d, expected %d",
		       text, part ? part : "(none)", err, expected);
	ck_assert_ptr_null (value);
}

START_TEST (articles_as_exports_write_them)
{
	PstArticle article;
	char *exercice = NULL;

	ck_assert_int_eq (pst_article_parse_written ("834-723-60", &article, &exercice), PST_OK);
	ck_assert_str_eq (article.canonical, "834/723-60");
	ck_assert_ptr_null (exercice);
	ck_assert_int_eq (pst_article_parse_written ("2025 922/723-60", &article, &exercice), PST_OK);
	ck_assert_str_eq (article.canonical, "922/723-60");
	ck_assert_str_eq (exercice, "2025");
	g_free (exercice);
	ck_assert_int_eq (pst_article_parse_written ("104/123-48", &article, &exercice), PST_OK);
	ck_assert_ptr_null (exercice);
	ck_assert_int_ne (pst_article_parse_written ("081-23-45-67", &article, &exercice), PST_OK);
	ck_assert_ptr_null (exercice);
	ck_assert_int_ne (pst_article_parse_written ("834-723-60 bis", &article, &exercice), PST_OK);
	ck_assert_int_ne (pst_article_parse_written ("2025 3 actions", &article, &exercice), PST_OK);
	ck_assert_ptr_null (exercice);
}
END_TEST

START_TEST (the_list_is_sorted_and_well_formed)
{
	gsize n, i;
	PstEconomicCode const *codes = pst_economic_codes (&n);

	ck_assert_uint_eq (n, 672);
	for (i = 0; i < n; i++) {
		ck_assert_msg (g_regex_match_simple ("^[0-9]{3}-[0-9]{2}$",
						     codes[i].code, 0, 0),
			       "%s", codes[i].code);
		ck_assert (g_utf8_validate (codes[i].libelle, -1, NULL));
		ck_assert (codes[i].libelle[0] != '\0');
		ck_assert (codes[i].type == 'D' || codes[i].type == 'R');
		ck_assert (codes[i].service == 'O' || codes[i].service == 'E');
		if (i > 0)
			ck_assert_msg (strcmp (codes[i - 1].code, codes[i].code) < 0,
				       "%s before %s", codes[i - 1].code,
				       codes[i].code);
		ck_assert_ptr_eq (pst_economic_code_lookup (codes[i].code),
				  &codes[i]);
	}
	ck_assert_ptr_null (pst_economic_code_lookup ("123-47"));
	ck_assert_ptr_null (pst_economic_code_lookup ("000-00"));
	ck_assert_ptr_null (pst_economic_code_lookup ("999-99"));
	ck_assert_ptr_null (pst_economic_code_lookup (""));
	ck_assert_ptr_null (pst_economic_code_lookup (NULL));
}
END_TEST

START_TEST (labels_keep_their_accents_and_apostrophes)
{
	PstEconomicCode const *c = pst_economic_code_lookup ("111-11");
	ck_assert_ptr_nonnull (c);
	ck_assert_str_eq (c->libelle,
			  "Traitements à charge de l'aut. sup. du personnel enseignant");
	c = pst_economic_code_lookup ("124-02");
	ck_assert_str_eq (c->libelle,
			  "Fournitures techniques pour consommation directe");
}
END_TEST

/* Every code of the list, after a fonction of 3, 4 and 5 digits, written
 * in every variant, reads back with the list's parts. */
START_TEST (every_code_round_trips_with_3_4_and_5_digit_fonctions)
{
	static char const *const fonctions[] = { "104", "012", "8352", "84011" };
	/* What goes before the fonction, between it and ECO, between ECO
	 * and SS, and after SS. */
	static char const *const forms[][4] = {
		{ "", "/", "-", "" },
		{ "", " / ", ".", "" },
		{ "", "/", "", "" },
		{ "", "/", " -", "" },
		{ "", " / ", " - ", "" },
		{ " ", "/", " ", " " },
		{ "", "/", "-", ".2020" },
		{ "", "/", "-", "/2020" },
		{ "", "/", "", ".2020" },
		{ "", " / ", " - ", " / 2020" },
	};
	gsize n, i, f, k, checked = 0;
	PstEconomicCode const *codes = pst_economic_codes (&n);

	for (i = 0; i < n; i++) {
		char const *code = codes[i].code;
		char const *ss = code + 4;
		char eco3[4], groupe[3], type[2] = { codes[i].type, 0 };
		char service[2] = { codes[i].service, 0 };

		memcpy (eco3, code, 3);
		eco3[3] = '\0';
		memcpy (groupe, code, 2);
		groupe[2] = '\0';
		for (f = 0; f < G_N_ELEMENTS (fonctions); f++) {
			char *canonical = g_strdup_printf ("%s/%s", fonctions[f], code);
			for (k = 0; k < G_N_ELEMENTS (forms); k++) {
				PstArticle a;
				char *text;
				char *parts_of_canonical;
				PstError err;

				text = g_strconcat (forms[k][0], fonctions[f],
						    forms[k][1], eco3, forms[k][2],
						    ss, forms[k][3], NULL);
				err = pst_article_parse (text, &a);
				ck_assert_msg (err == PST_OK, "\"%s\" gave error %d",
					       text, err);
				ck_assert_str_eq (a.canonical, canonical);
				assert_part (&a, PST_ARTICLE_PART_ARTICLE, canonical);
				assert_part (&a, PST_ARTICLE_PART_FONCTION, fonctions[f]);
				assert_part (&a, PST_ARTICLE_PART_ECONOMIQUE, code);
				assert_part (&a, PST_ARTICLE_PART_CODE, eco3);
				assert_part (&a, PST_ARTICLE_PART_GROUPE, groupe);
				assert_part (&a, PST_ARTICLE_PART_SERVICE, service);
				assert_part (&a, PST_ARTICLE_PART_TYPE, type);
				assert_part (&a, PST_ARTICLE_PART_LIBELLE,
					     codes[i].libelle);
				if (strstr (text, "2020") != NULL) {
					assert_part (&a, PST_ARTICLE_PART_EXERCICE, "2020");
					ck_assert_int_eq (a.year, 2020);
				} else {
					char *none = NULL;
					ck_assert_int_eq (pst_article_part (&a, PST_ARTICLE_PART_EXERCICE, &none),
							  PST_ERROR_NA);
					ck_assert_int_eq (a.year, 0);
				}
				ck_assert_msg (pst_article_valid (text), "\"%s\"", text);

				/* The canonical form reads back as itself. */
				ck_assert_int_eq (pst_article_get (a.canonical, NULL,
								   &parts_of_canonical),
						  PST_OK);
				ck_assert_str_eq (parts_of_canonical, canonical);
				g_free (parts_of_canonical);
				g_free (text);
				checked++;
			}
			g_free (canonical);
		}
	}
	ck_assert_uint_eq (checked, 672 * G_N_ELEMENTS (fonctions) * G_N_ELEMENTS (forms));
}
END_TEST

START_TEST (workbook_variants_normalise)
{
	assert_article ("8352/124-02", "8352/124-02");
	assert_article ("8352 / 124.02", "8352/124-02");
	assert_article ("8352/12402", "8352/124-02");
	assert_article ("104/12348", "104/123-48");
	assert_article ("104/123 -48", "104/123-48");
	assert_article ("104 / 123 - 48", "104/123-48");
	assert_article ("104/123 48", "104/123-48");
	assert_article ("  104/123-48  ", "104/123-48");
	assert_article ("123/45678.2020", "123/456-78");
	assert_article ("104/123-48/2020", "104/123-48");
	assert_article ("012/12145.2020", "012/121-45");
	assert_article ("84011/123-48", "84011/123-48");
	/* Non-breaking spaces, an en dash and a tab, as pasted from a
	 * word processor. */
	assert_article ("104\xc2\xa0/\xc2\xa0" "123 \xe2\x80\x93 48", "104/123-48");
	assert_article ("104\t/123\xe2\x80\xaf-48", "104/123-48");
}
END_TEST

START_TEST (a_trailing_year_is_the_exercice)
{
	assert_get ("123/45678.2020", "exercice", "2020");
	assert_get ("104/123-48/2019", "Exercice", "2019");
	assert_get ("104/123-48 . 2021", "année", "2021");
	assert_get_error ("104/123-48", "exercice", PST_ERROR_NA);
}
END_TEST

START_TEST (placeholders_and_ambiguous_texts_are_not_articles)
{
	assert_not_article ("xxx/wal-13.2019");
	assert_not_article ("104/124.2020");	/* 124-20 + "20", or 124 + 2020? */
	assert_not_article ("104/124-20.20");
	assert_not_article ("104/123-48.");
	assert_not_article ("104/123-48.0202");
	assert_not_article ("104/123-48.abcd");
	assert_not_article ("104/123-48-2020");
	assert_not_article ("104/123-48 2020");
	assert_not_article ("104/123-48.2020.1");
	assert_not_article ("104/123-48.20201");
	assert_not_article ("10/123-48");
	assert_not_article ("104567/123-48");
	assert_not_article ("104/123-4");
	assert_not_article ("104/123-485");
	assert_not_article ("104/12-348");
	assert_not_article ("104/1234-56");
	assert_not_article ("104/123--48");
	assert_not_article ("104-123-48");
	assert_not_article ("104 123-48");
	assert_not_article ("/123-48");
	assert_not_article ("104/");
	assert_not_article ("104");
	assert_not_article ("");
	assert_not_article ("   ");
	assert_not_article (NULL);
	assert_not_article ("Article 104/123-48");
	assert_not_article ("104/123-48 (frais)");
	assert_not_article ("\xef\xbc\x91\xef\xbc\x90\xef\xbc\x94/123-48");	/* full-width */
	assert_not_article ("104/123-4\xff");
}
END_TEST

START_TEST (parts_by_name)
{
	assert_get ("8352 / 124.02", NULL, "8352/124-02");
	assert_get ("8352 / 124.02", "", "8352/124-02");
	assert_get ("8352 / 124.02", "fonction", "8352");
	assert_get ("8352 / 124.02", "Fonction1", "8");
	assert_get ("8352 / 124.02", "économique", "124-02");
	assert_get ("8352 / 124.02", "ECONOMIQUE", "124-02");
	assert_get ("8352 / 124.02", "code", "124");
	assert_get ("8352 / 124.02", " groupe ", "12");
	assert_get ("8352 / 124.02", "service", "O");
	assert_get ("8352 / 124.02", "type", "D");
	assert_get ("8352 / 124.02", "Libellé", "Fournitures techniques pour consommation directe");
	assert_get ("104/742-53", "service", "E");
	assert_get ("000/951-01", "type", "R");
	assert_get_error ("8352/124-02", "montant", PST_ERROR_VALUE);
	assert_get_error ("8352/124-02", "fonctions", PST_ERROR_VALUE);
	assert_get_error ("xxx/wal-13.2019", "fonction", PST_ERROR_VALUE);
	assert_get_error ("xxx/wal-13.2019", NULL, PST_ERROR_VALUE);
}
END_TEST

START_TEST (a_code_outside_the_list_reads_but_is_not_valid)
{
	PstArticle a;

	ck_assert_int_eq (pst_article_parse ("104/123-47", &a), PST_OK);
	ck_assert (!pst_article_valid ("104/123-47"));
	ck_assert (pst_article_valid ("104/123-48"));
	ck_assert (pst_article_valid ("104 / 123.48 / 2020"));
	ck_assert_ptr_null (pst_article_economic_code (&a));
	/* No libellé to give, but the rules still tell type and service. */
	assert_get_error ("104/123-47", "libelle", PST_ERROR_NA);
	assert_get ("104/123-47", "type", "D");
	assert_get ("104/123-47", "service", "O");
	assert_get ("104/763-51", "type", "R");
	assert_get ("104/763-51", "service", "E");
}
END_TEST

START_TEST (the_type_and_service_rules_agree_with_the_list)
{
	gsize n, i;
	PstEconomicCode const *codes = pst_economic_codes (&n);

	for (i = 0; i < n; i++) {
		ck_assert_msg (pst_article_rule_type (codes[i].code) == codes[i].type,
			       "%s: rule says %c, list says %c", codes[i].code,
			       pst_article_rule_type (codes[i].code), codes[i].type);
		ck_assert_msg (pst_article_rule_service (codes[i].code + 4) == codes[i].service,
			       "%s: rule says %c, list says %c", codes[i].code,
			       pst_article_rule_service (codes[i].code + 4),
			       codes[i].service);
	}
}
END_TEST

START_TEST (the_exceptions_to_the_second_digit_rule)
{
	ck_assert_int_eq (pst_article_rule_type ("101"), 'D');	/* non-valeurs */
	ck_assert_int_eq (pst_article_rule_type ("702"), 'D');
	ck_assert_int_eq (pst_article_rule_type ("302"), 'D');	/* déficit */
	ck_assert_int_eq (pst_article_rule_type ("606"), 'R');	/* récupérations */
	ck_assert_int_eq (pst_article_rule_type ("307"), 'R');	/* excédent */
	ck_assert_int_eq (pst_article_rule_type ("951"), 'R');	/* boni */
	ck_assert_int_eq (pst_article_rule_type ("952"), 'R');
	ck_assert_int_eq (pst_article_rule_type ("953"), 'D');
	ck_assert_int_eq (pst_article_rule_type ("991"), 'D');	/* mali */
	ck_assert_int_eq (pst_article_rule_type ("992"), 'D');
	ck_assert_int_eq (pst_article_rule_type ("993"), 'R');
	ck_assert_int_eq (pst_article_rule_type ("151"), 'D');
	ck_assert_int_eq (pst_article_rule_type ("161"), 'R');
	/* A second digit 0 outside the exceptions says nothing. */
	ck_assert_int_eq (pst_article_rule_type ("103"), 0);
	ck_assert_int_eq (pst_article_rule_type ("300"), 0);
	ck_assert_int_eq (pst_article_rule_type ("12"), 0);
	ck_assert_int_eq (pst_article_rule_service ("01"), 'O');
	ck_assert_int_eq (pst_article_rule_service ("49"), 'O');
	ck_assert_int_eq (pst_article_rule_service ("51"), 'E');
	ck_assert_int_eq (pst_article_rule_service ("99"), 'E');
	ck_assert_int_eq (pst_article_rule_service ("00"), 0);
	ck_assert_int_eq (pst_article_rule_service ("50"), 0);
}
END_TEST

START_TEST (sub_codes_00_and_50_have_no_service)
{
	assert_get ("104/123-00", NULL, "104/123-00");
	assert_get_error ("104/123-00", "service", PST_ERROR_NA);
	assert_get_error ("104/123-50", "service", PST_ERROR_NA);
	assert_get ("104/123-50", "type", "D");
	assert_get_error ("104/103-01", "type", PST_ERROR_NA);
	ck_assert (!pst_article_valid ("104/123-00"));
}
END_TEST

/* The scanner accepts exactly what the pattern of doc/domain.md §7 accepts,
 * except that the trailing part must be a year. */
static void
assert_agrees_with_pattern (GRegex *re, char const *text)
{
	GMatchInfo *info = NULL;
	gboolean expected = g_regex_match (re, text, 0, &info);
	PstArticle a;
	PstError err;

	if (expected) {
		char *year = g_match_info_fetch (info, 4);
		if (year != NULL && year[0] != '\0')
			expected = strlen (year) == 4 &&
				strspn (year, "0123456789") == 4 && year[0] != '0';
		g_free (year);
	}
	err = pst_article_parse (text, &a);
	ck_assert_msg ((err == PST_OK) == expected,
		       "\"%s\": scanner says %d, pattern says %d", text, err,
		       expected);
	if (expected) {
		char *f = g_match_info_fetch (info, 1);
		char *e = g_match_info_fetch (info, 2);
		char *s = g_match_info_fetch (info, 3);
		char *canonical = g_strdup_printf ("%s/%s-%s", f, e, s);
		ck_assert_str_eq (a.canonical, canonical);
		g_free (canonical);
		g_free (f);
		g_free (e);
		g_free (s);
	}
	g_match_info_free (info);
}

START_TEST (the_scanner_reads_what_the_domain_pattern_reads)
{
	static char const *const fonctions[] = {
		"", "10", "104", "8352", "84011", "840112", "xxx", " 104 "
	};
	static char const *const slashes[] = { "/", " / ", "-", "", "//" };
	static char const *const ecos[] = { "123", "12", "1234", "wal", "12 3" };
	static char const *const joins[] = {
		"-", ".", " - ", "", " ", "--", "/", ". ", "-."
	};
	static char const *const subs[] = { "48", "4", "485", "00", "4 8" };
	static char const *const tails[] = {
		"", ".2020", "/2020", " . 2020", ".20", ".0202", ".abc",
		"-2020", " 2020", ".", " ", ".2020 ", ".20-20", "/2020/1"
	};
	GRegex *re = g_regex_new (DOMAIN_PATTERN, 0, 0, NULL);
	GRand *rand = g_rand_new_with_seed (20240501);
	static char const alphabet[] = "0123456789/-. x";
	gsize a, b, c, d, e, f;
	int i;

	ck_assert_ptr_nonnull (re);
	for (a = 0; a < G_N_ELEMENTS (fonctions); a++)
	for (b = 0; b < G_N_ELEMENTS (slashes); b++)
	for (c = 0; c < G_N_ELEMENTS (ecos); c++)
	for (d = 0; d < G_N_ELEMENTS (joins); d++)
	for (e = 0; e < G_N_ELEMENTS (subs); e++)
	for (f = 0; f < G_N_ELEMENTS (tails); f++) {
		char *text = g_strconcat (fonctions[a], slashes[b], ecos[c],
					  joins[d], subs[e], tails[f], NULL);
		assert_agrees_with_pattern (re, text);
		g_free (text);
	}

	/* And on random strings made of the characters that matter. */
	for (i = 0; i < 50000; i++) {
		char text[20];
		int len = g_rand_int_range (rand, 0, (int) sizeof text), k;
		for (k = 0; k < len; k++)
			text[k] = alphabet[g_rand_int_range (rand, 0, (int) sizeof alphabet - 1)];
		text[len] = '\0';
		assert_agrees_with_pattern (re, text);
	}
	g_rand_free (rand);
	g_regex_unref (re);
}
END_TEST

Suite *
article_suite (void)
{
	Suite *s = suite_create ("article");
	TCase *tc = tcase_create ("article");
	tcase_set_timeout (tc, 60);
	tcase_add_test (tc, articles_as_exports_write_them);
	tcase_add_test (tc, the_list_is_sorted_and_well_formed);
	tcase_add_test (tc, labels_keep_their_accents_and_apostrophes);
	tcase_add_test (tc, every_code_round_trips_with_3_4_and_5_digit_fonctions);
	tcase_add_test (tc, workbook_variants_normalise);
	tcase_add_test (tc, a_trailing_year_is_the_exercice);
	tcase_add_test (tc, placeholders_and_ambiguous_texts_are_not_articles);
	tcase_add_test (tc, parts_by_name);
	tcase_add_test (tc, a_code_outside_the_list_reads_but_is_not_valid);
	tcase_add_test (tc, the_type_and_service_rules_agree_with_the_list);
	tcase_add_test (tc, the_exceptions_to_the_second_digit_rule);
	tcase_add_test (tc, sub_codes_00_and_50_have_no_service);
	tcase_add_test (tc, the_scanner_reads_what_the_domain_pattern_reads);
	suite_add_tcase (s, tc);
	return s;
}
