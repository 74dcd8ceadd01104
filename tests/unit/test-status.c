/* test-status.c: every status word of doc/domain.md §4. */
#include <glib.h>
#include "suites.h"
#include "status.h"

typedef struct {
	char const *label;
	PstStatus   status;
} Case;

static Case const cases[] = {
	{ "À démarrer", PST_STATUS_NON_COMMENCE },
	{ "A démarrer", PST_STATUS_NON_COMMENCE },
	{ "En création", PST_STATUS_NON_COMMENCE },
	{ "Non commencé", PST_STATUS_NON_COMMENCE },
	{ "NON_COMMENCE", PST_STATUS_NON_COMMENCE },
	{ "non commencées", PST_STATUS_NON_COMMENCE },
	{ "En cours", PST_STATUS_EN_COURS },
	{ "  en  COURS. ", PST_STATUS_EN_COURS },
	{ "Avancement en cours", PST_STATUS_EN_COURS },
	{ "Statut : en cours", PST_STATUS_EN_COURS },
	{ "Pas débuté", PST_STATUS_NON_COMMENCE },
	{ "Pas encore démarrée", PST_STATUS_NON_COMMENCE },
	{ "Débuté", PST_STATUS_EN_COURS },
	{ "En préparation", PST_STATUS_EN_COURS },
	{ "En retard", PST_STATUS_EN_COURS },
	{ "En cours (retard)", PST_STATUS_EN_COURS },
	{ "Non entamé", PST_STATUS_NON_COMMENCE },
	{ "Reporté à 2027", PST_STATUS_EN_ATTENTE },
	{ "Abandonné (budget)", PST_STATUS_ANNULE_ABANDONNE },
	{ "Terminé - rapport au Conseil", PST_STATUS_TERMINE },
	{ "Commence en 2026", PST_STATUS_UNKNOWN },
	{ "In Bearbeitung", PST_STATUS_EN_COURS },
	{ "Nicht begonnen", PST_STATUS_NON_COMMENCE },
	{ "Zurückgestellt", PST_STATUS_EN_ATTENTE },
	{ "Abgeschlossen", PST_STATUS_TERMINE },
	{ "Abgebrochen", PST_STATUS_ANNULE_ABANDONNE },
	{ "(en cours)", PST_STATUS_EN_COURS },
	{ "Permanent", PST_STATUS_EN_COURS },
	{ "Pérenne", PST_STATUS_EN_COURS },
	{ "À agender", PST_STATUS_EN_ATTENTE },
	{ "En attente", PST_STATUS_EN_ATTENTE },
	{ "EN_ATTENTE", PST_STATUS_EN_ATTENTE },
	{ "Suspendu", PST_STATUS_PROBLEME },
	{ "Problème", PST_STATUS_PROBLEME },
	{ "Terminé", PST_STATUS_TERMINE },
	{ "terminées", PST_STATUS_TERMINE },
	{ "Finalisé", PST_STATUS_TERMINE },
	{ "Clôturé", PST_STATUS_TERMINE },
	{ "Annulé", PST_STATUS_ANNULE_ABANDONNE },
	{ "Abandonné", PST_STATUS_ANNULE_ABANDONNE },
	{ "ANNULE_ABANDONNE", PST_STATUS_ANNULE_ABANDONNE },
	{ "annulé / abandonné", PST_STATUS_ANNULE_ABANDONNE },
	{ "peut-être", PST_STATUS_UNKNOWN },
	{ "", PST_STATUS_UNKNOWN },
	{ "50 %", PST_STATUS_UNKNOWN },
	{ "Avancement", PST_STATUS_UNKNOWN },
};

START_TEST (status_words)
{
	Case const *c = &cases[_i];
	ck_assert_msg (pst_status_parse (c->label) == c->status,
		       "\"%s\" gave %d, expected %d", c->label,
		       pst_status_parse (c->label), c->status);
}
END_TEST

START_TEST (codes_are_the_exchange_codes)
{
	ck_assert_str_eq (pst_status_code (PST_STATUS_ANNULE_ABANDONNE), "ANNULE_ABANDONNE");
	ck_assert_str_eq (pst_status_code (PST_STATUS_EN_COURS), "EN_COURS");
	ck_assert_ptr_null (pst_status_code (PST_STATUS_UNKNOWN));
	ck_assert_int_eq (pst_status_parse (NULL), PST_STATUS_UNKNOWN);
}
END_TEST

/* The codes the canonical workbook holds take a shortcut: each reads as
 * its status, and so does any other writing of it. */
START_TEST (codes_read_back)
{
	PstStatus s;

	for (s = PST_STATUS_NON_COMMENCE; s <= PST_STATUS_ANNULE_ABANDONNE; s++) {
		char *lower = g_ascii_strdown (pst_status_code (s), -1);
		ck_assert_int_eq (pst_status_parse (pst_status_code (s)), s);
		ck_assert_int_eq (pst_status_parse (lower), s);
		g_free (lower);
	}
}
END_TEST

Suite *
status_suite (void)
{
	Suite *s = suite_create ("status");
	TCase *tc = tcase_create ("status");
	tcase_add_loop_test (tc, status_words, 0, G_N_ELEMENTS (cases));
	tcase_add_test (tc, codes_are_the_exchange_codes);
	tcase_add_test (tc, codes_read_back);
	suite_add_tcase (s, tc);
	return s;
}
