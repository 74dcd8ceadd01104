/*
 * echeance.h: deadlines written as text ("janvier 2020", "fin 2019",
 * "2019 - 2020", "T3 2021", "31/01").
 *
 * An échéance is the last day of the period it names.  A text that names
 * a recurring frequency ("1x/an") has no single deadline: PST_ERROR_NA.
 * Text that names no period: PST_ERROR_VALUE.
 */
#ifndef PST_ECHEANCE_H
#define PST_ECHEANCE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

/* @default_year (0: none) completes "31/01" and "juin". */
PstError pst_echeance_parse	(char const *text, int default_year,
				 GDate *date);

gboolean pst_echeance_match	(char const *text, int default_year,
				 GDate *date);

G_END_DECLS

#endif
