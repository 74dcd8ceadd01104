/*
 * pst-values.h: the edge between Gnumeric values and the PST engine.
 *
 * The engine speaks PstError, fractions, day numbers and strings; these
 * helpers turn cells and arguments into those and the engine's answers
 * back into values, so that every function reads its inputs the same way.
 */
#ifndef PST_VALUES_H
#define PST_VALUES_H

#include "pst-gnumeric.h"
#include "errors.h"
#include "avancement.h"

G_BEGIN_DECLS

GnmValue *pst_value_error	(GnmFuncEvalInfo *ei, PstError err);
GnmValue *pst_value_error_at	(GnmEvalPos const *pos, PstError err);

/* Text of a scalar (numbers as Gnumeric renders them); NULL when blank.
 * The caller frees it. */
char	 *pst_value_text	(GnmValue const *v);

/* Each returns NULL on success or the error value to return. */
GnmValue *pst_value_progress	(GnmFuncEvalInfo *ei, GnmValue const *v,
				 double *fraction, gboolean *blank);
GnmValue *pst_value_status	(GnmFuncEvalInfo *ei, GnmValue const *v,
				 PstStatus *status);
GnmValue *pst_value_weight	(GnmFuncEvalInfo *ei, GnmValue const *v,
				 double *weight);
gboolean  pst_value_match_number	(GnmFuncEvalInfo *ei, char const *text,
				 double *x);
GnmValue *pst_value_day		(GnmFuncEvalInfo *ei, GnmValue const *v,
				 double *day);
double	  pst_value_today	(GnmFuncEvalInfo *ei);
/* An échéance as PST.ECHEANCE reads it ("fin 2024", "T3 2025", a date, a
 * year typed as a number), as a day number of the sheet.  A blank (or ""):
 * #N/A; a recurring deadline: #N/A; text that names no date: #VALUE!. */
GnmValue *pst_value_echeance	(GnmFuncEvalInfo *ei, GnmValue const *v,
				 double *day);
gboolean  pst_value_is_blank	(GnmValue const *v);

/* Ranges read as one list of cells, row by row.  A missing optional
 * range (NULL) has every cell blank.  A range of one sheet is resolved
 * once, in pst_area_init, rather than at every cell as
 * value_area_get_x_y does: reading 100 000 rows, that halves the cost. */
typedef struct {
	GnmValue const *area;
	int		width, height;
	Sheet	       *sheet;		/* NULL: read with value_area_get_x_y */
	int		col, row;	/* the top left cell, when @sheet */
} PstArea;

GnmValue *pst_area_init		(GnmFuncEvalInfo *ei, PstArea *area,
				 GnmValue const *v, int n_cells);
gboolean  pst_area_left_blank	(GnmValue const *v, gboolean zero_is_blank);
int	  pst_area_size		(GnmFuncEvalInfo *ei, GnmValue const *v);
GnmValue const *pst_area_get	(GnmFuncEvalInfo *ei, PstArea const *area,
				 int i);

/* Parallel ranges of progress, weights and statuses (the last two
 * optional), all of the same size. */
typedef struct {
	PstArea	 progress, weights, statuses;
	gboolean weighted;
	int	 n;
} PstProgressAreas;

GnmValue *pst_progress_areas_init (GnmFuncEvalInfo *ei,
				   PstProgressAreas *areas,
				   GnmValue const *progress,
				   GnmValue const *weights,
				   GnmValue const *statuses, int n_cells);
GnmValue *pst_progress_row_at	(GnmFuncEvalInfo *ei,
				 PstProgressAreas const *areas, int i,
				 PstProgressRow *row);

G_END_DECLS

#endif
