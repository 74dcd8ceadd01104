/*
 * consolidated.h: the workbook of several plans consolidated.
 */
#ifndef PST_CONSOLIDATED_H
#define PST_CONSOLIDATED_H

#include "pst-gnumeric.h"
#include "plan.h"

G_BEGIN_DECLS

Workbook *pst_consolidated_workbook (PstPlan const *merged, GPtrArray *files,
				     char **error);

G_END_DECLS

#endif
