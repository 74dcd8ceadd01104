/*
 * frequence.h: recurring frequencies written as text ("1x/an",
 * "trimestriel", "tous les 6 mois", "bimensuel", "2 fois par mois"), as
 * occurrences per year.
 *
 * A one-off deadline ("janvier 2020") is no frequency: PST_ERROR_NA.
 * Text that names neither: PST_ERROR_VALUE.
 */
#ifndef PST_FREQUENCE_H
#define PST_FREQUENCE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

PstError pst_frequence_parse	(char const *text, double *per_year);
gboolean pst_frequence_match	(char const *text, double *per_year);

G_END_DECLS

#endif
