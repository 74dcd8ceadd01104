/* check-engine.c: runs every unit suite of the PST engine. */
#include <stdlib.h>
#include <locale.h>
#include "suites.h"

int
main (void)
{
	SRunner *runner;
	int failed;

	setlocale (LC_ALL, "C.UTF-8");
	runner = srunner_create (text_suite ());
	srunner_add_suite (runner, reference_suite ());
	srunner_add_suite (runner, status_suite ());
	srunner_add_suite (runner, taux_suite ());
	srunner_add_suite (runner, echeance_suite ());
	srunner_add_suite (runner, avancement_suite ());
	srunner_add_suite (runner, meteo_suite ());
	srunner_add_suite (runner, smart_suite ());
	srunner_add_suite (runner, smart_corpus_suite ());
	srunner_add_suite (runner, article_suite ());
	srunner_add_suite (runner, budget_suite ());
	srunner_add_suite (runner, import_suite ());
	srunner_add_suite (runner, layout_suite ());
	srunner_add_suite (runner, consolidate_suite ());
	srunner_add_suite (runner, verification_suite ());
	srunner_add_suite (runner, compare_suite ());
	srunner_run_all (runner, CK_NORMAL);
	failed = srunner_ntests_failed (runner);
	srunner_free (runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
