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

/* An échéance typed as a number: a whole number from 1900 to 2199 is a
 * year ("2022" typed in a cell), read as its 31 December (TRUE, @date
 * set); any other number is a day number, to be taken as it is (FALSE). */
gboolean pst_echeance_year	(double number, GDate *date);

/* Days from the échéance @before to the échéance @after, two day numbers
 * of one numbering (serial numbers, Julian days) whose time of day is
 * dropped: above 0 the échéance was pushed back, below 0 brought
 * forward.  A number that is not finite: PST_ERROR_VALUE. */
PstError pst_echeance_retard	(double before, double after, double *days);

/* Calendar months from @start to @end (@start <= @end, else
 * PST_ERROR_NUM; an invalid date: PST_ERROR_VALUE): the whole months as
 * EDATE counts them, the day of @start kept, or the last day of the month
 * when @start is the last of its own or the day does not exist (so
 * 31/12 to 30/06 is 6 months, 28/02/2023 to 29/02/2024 twelve), then the
 * days left over as a share of the month that follows. */
PstError pst_mois_ecoules	(GDate const *start, GDate const *end,
				 double *months);

G_END_DECLS

#endif
