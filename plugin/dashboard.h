/*
 * dashboard.h: the sheet "Tableau de bord" of the canonical workbook.
 * Placeholder: written by the dashboard work.
 */
#ifndef PST_DASHBOARD_H
#define PST_DASHBOARD_H

#include "pst-gnumeric.h"
#include "plan.h"

/* Adds the sheet "Tableau de bord" to @wb, whose sheets Plan, Objectifs
 * and Budget pst_plan_write has written. */
void pst_dashboard_write (Workbook *wb, PstPlan const *plan);

#endif
