/*
 * avancement.h: progress rolled up the hierarchy.
 *
 * The rules of the catalogue, in one place for the functions and the
 * importer: blank progress is skipped except that NON_COMMENCE counts 0;
 * TERMINE counts 1 whatever its cell says; ANNULE_ABANDONNE rows are left
 * out; weights default to 1.  No weight left: PST_ERROR_DIV0.
 */
#ifndef PST_AVANCEMENT_H
#define PST_AVANCEMENT_H

#include <glib.h>
#include "errors.h"
#include "status.h"

G_BEGIN_DECLS

typedef struct {
	double	  progress;	/* fraction 0..1, when has_progress */
	gboolean  has_progress;
	double	  weight;	/* >= 0 */
	PstStatus status;
} PstProgressRow;

/* Running sums, so that callers can roll up in one pass. */
typedef struct {
	double sum_weighted;
	double sum_weights;
	guint  n_rows;		/* rows that are not cancelled */
	guint  n_finished;
} PstProgressSum;

void	 pst_progress_sum_add	(PstProgressSum *sum, PstProgressRow const *row);
PstError pst_progress_sum_mean	(PstProgressSum const *sum, double *mean);

PstError pst_avancement		(PstProgressRow const *rows, gsize n,
				 double *mean);

/* Elapsed share of [start, end] at @date, clamped to [0,1]; any day
 * numbering will do.  end < start: PST_ERROR_NUM. */
PstError pst_avancement_attendu	(double start, double end, double date,
				 double *expected);

/* How progress moved from @before to @after (fractions): without dates
 * (@start and @end NULL), the change @after - @before; with them, the
 * change per year from @start to @end, a year being 12 months counted by
 * pst_mois_ecoules (periode.h).  @end before @start: PST_ERROR_NUM; the
 * same day: PST_ERROR_DIV0; an invalid date: PST_ERROR_VALUE. */
PstError pst_avancement_progression (double before, double after,
				     GDate const *start, GDate const *end,
				     double *change);

G_END_DECLS

#endif
