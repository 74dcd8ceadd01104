/*
 * pst-lo.h: the PST functions for the LibreOffice add-in, on plain values.
 *
 * pst-addin.cxx turns the UNO values Calc passes into PstLoValue and back;
 * pst-lo.c reads them as plugin/pst-values.c and plugin/fn-*.c read
 * Gnumeric's values, and asks the engine (functions/) for the answer.  The
 * table of functions (name, arguments, help in English and French) is
 * generated from the Gnumeric descriptors by gen-table into pst-table.h.
 */
#ifndef PST_LO_H
#define PST_LO_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

typedef enum {
	PST_LO_MISSING,		/* an optional argument left out */
	PST_LO_EMPTY,		/* an empty cell of a range */
	PST_LO_NUMBER,
	PST_LO_STRING,
	PST_LO_ARRAY,		/* a range or an inline array */
	PST_LO_ERROR,		/* results only: Calc never passes errors */
	PST_LO_BOOLEAN		/* results only: TRUE / FALSE */
} PstLoKind;

typedef struct PstLoValue PstLoValue;
struct PstLoValue {
	PstLoKind   kind;
	/* A number argument that is 0 may be an empty cell: Calc hands an
	 * add-in an empty cell given as an argument as the number 0 (inside
	 * a range, as ""). */
	gboolean    maybe_empty;
	double	    number;	/* NUMBER, BOOLEAN */
	char	   *string;	/* STRING, UTF-8 */
	PstError    error;	/* ERROR */
	int	    rows, cols;	/* ARRAY */
	PstLoValue *cells;	/* ARRAY: rows × cols, row by row */
};

/* What Gnumeric takes from the sheet: its date convention, today, and
 * its reading of numbers and dates typed as text. */
typedef struct {
	guint32	  epoch_julian;	/* GDate Julian day of the serial number 0 */
	double	  today;	/* serial number of today */
	gboolean (*parse_number) (gpointer data, char const *text, double *number);
	gpointer  data;
} PstLoContext;

typedef struct {
	char const *name_en, *desc_en, *name_fr, *desc_fr;
} PstLoArg;

typedef PstLoValue *(*PstLoFn) (PstLoContext const *ctx,
				PstLoValue const *const *argv, int argc);

typedef struct {
	char const	*name;		/* "PST.AVANCEMENT.REF" */
	char const	*prefix;	/* "PST.AVANCEMENT" */
	char const	*method;	/* "ref" */
	char const	*arg_spec;	/* Gnumeric's, NULL for any number */
	int		 n_args, n_required;
	gboolean	 varargs, array;
	PstLoFn		 fn;
	char const	*help_en, *help_fr;
	int		 n_arg_help;
	PstLoArg const	*args;
} PstLoFunction;

PstLoValue *pst_lo_value_new	(PstLoKind kind);
PstLoValue *pst_lo_value_new_error (PstError err);
void	    pst_lo_value_clear	(PstLoValue *v);
void	    pst_lo_value_free	(PstLoValue *v);

/* Calls @f with @argc values, NULL for an optional argument left out; the
 * values of scalar arguments may be changed in place. */
PstLoValue *pst_lo_call		(PstLoFunction const *f, PstLoContext const *ctx,
				 PstLoValue **argv, int argc);

G_END_DECLS

#endif
