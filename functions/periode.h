/*
 * periode.h: what a text says of time, a deadline or a frequency.
 *
 * An échéance is the last day of the period it names ("fin 2019" is
 * 31/12/2019).  A text that names a recurring frequency ("1x/an") has no
 * single deadline, and a one-off deadline ("janvier 2020") is no
 * frequency: PST_ERROR_NA.  Text that names neither: PST_ERROR_VALUE.
 */
#ifndef PST_PERIODE_H
#define PST_PERIODE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

/* @default_year (0: none) completes "31/01" and "juin". */
PstError pst_echeance_parse	(char const *text, int default_year,
				 GDate *date);
PstError pst_frequence_parse	(char const *text, double *per_year);

G_END_DECLS

#endif
