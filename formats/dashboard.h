/*
 * dashboard.h: the sheet "Tableau de bord" of the canonical workbook.
 *
 * Key figures, progress per objectif stratégique (and per entity when the
 * plan stacks several), the météo globale of the actions and the budget
 * per fonction and service, as formulas over the sheets Plan, Objectifs,
 * Budget and Anomalies, each table with its goffice chart; set up to
 * print on landscape A4 pages one page wide.
 */
#ifndef PST_DASHBOARD_H
#define PST_DASHBOARD_H

#include "pst-gnumeric.h"
#include "plan.h"

G_BEGIN_DECLS

#define PST_DASHBOARD_SHEET "Tableau de bord"

/* Adds the sheet "Tableau de bord" to @wb, whose sheets Plan, Objectifs,
 * Budget and Anomalies hold @plan (row i + 2 of Plan is action i, row
 * i + 2 of Objectifs objective i), as pst_plan_write writes them.  A
 * dashboard already in @wb is replaced, at the same place: writing it
 * again after changing those sheets brings it up to date. */
void pst_dashboard_write (Workbook *wb, PstPlan const *plan);

G_END_DECLS

#endif
