/*
 * echeance.h: the matcher of deadlines written as text ("janvier 2020",
 * "fin 2019", "2019 - 2020", "T3 2021", "31/01"): an échéance is the last
 * day of the period it names.  pst_echeance_parse (periode.h) weighs it
 * against a frequency.
 */
#ifndef PST_ECHEANCE_H
#define PST_ECHEANCE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

/* @default_year (0: none) completes "31/01" and "juin". */
gboolean pst_echeance_match	(char const *text, int default_year,
				 GDate *date);

G_END_DECLS

#endif
