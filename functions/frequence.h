/*
 * frequence.h: the matcher of recurring frequencies written as text
 * ("1x/an", "trimestriel", "tous les 6 mois", "bimensuel", "2 fois par
 * mois"), as occurrences per year.  pst_frequence_parse (periode.h)
 * weighs it against a deadline.
 */
#ifndef PST_FREQUENCE_H
#define PST_FREQUENCE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

gboolean pst_frequence_match	(char const *text, double *per_year);

G_END_DECLS

#endif
