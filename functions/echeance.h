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

/* @default_year (0: none) completes "31/01" and "juin".  Of a period
 * "01/2025 - 06/2025", "du 01/03 au 30/06/2025", the end of its second
 * part. */
gboolean pst_echeance_match	(char const *text, int default_year,
				 GDate *date);
/* The first day of a period written as a range, "03/2025 - 12/2025":
 * 1 March 2025; FALSE when @text is no range of two readable parts. */
gboolean pst_echeance_range_start (char const *text, int default_year,
				   GDate *date);

G_END_DECLS

#endif
