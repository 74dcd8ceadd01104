/*
 * taux.h: progress (taux d'avancement) as a fraction 0..1.
 *
 * A number in [0,1] is a fraction, a number in (1,100] a percentage;
 * text reads "50 %", "50%", "0,5", "12.5 %", "50" (then the number rule).
 * Text with a percent sign is always a percentage.
 */
#ifndef PST_TAUX_H
#define PST_TAUX_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

PstError pst_taux_from_number	(double value, double *fraction);
PstError pst_taux_from_text	(char const *text, double *fraction);

G_END_DECLS

#endif
