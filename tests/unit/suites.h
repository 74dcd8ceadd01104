/* suites.h: one Check suite per engine module. */
#ifndef PST_TEST_SUITES_H
#define PST_TEST_SUITES_H

#include <check.h>

Suite *text_suite (void);
Suite *reference_suite (void);
Suite *status_suite (void);
Suite *taux_suite (void);
Suite *echeance_suite (void);
Suite *avancement_suite (void);
Suite *meteo_suite (void);
Suite *smart_suite (void);
Suite *smart_corpus_suite (void);
Suite *article_suite (void);
Suite *budget_suite (void);
Suite *import_suite (void);
Suite *layout_suite (void);
Suite *consolidate_suite (void);
Suite *verification_suite (void);
Suite *compare_suite (void);

#endif
