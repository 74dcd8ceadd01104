/*
 * menu.c: the actions of the menu Données › PST (gui/pst-menu.xml, the
 * "ui" service "menu" of plugin.xml).  Gnumeric finds this table by the
 * service's name.
 */
#include "pst-gui.h"

G_MODULE_EXPORT GnmModulePluginUIActions const menu_ui_actions[];

static void
run_import (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_import (WBC_GTK (wbc));
}

static void
run_consolidate (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_consolidate (WBC_GTK (wbc));
}

static void
run_export_ecomptes (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_export_ecomptes (WBC_GTK (wbc));
}

static void
run_refresh_dashboard (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_refresh_dashboard (WBC_GTK (wbc));
}

static void
run_verify (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_verify (WBC_GTK (wbc));
}

static void
run_compare (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_compare (WBC_GTK (wbc));
}

static void
run_fiches (G_GNUC_UNUSED GnmAction const *action, WorkbookControl *wbc)
{
	pst_gui_fiches (WBC_GTK (wbc));
}

G_MODULE_EXPORT GnmModulePluginUIActions const menu_ui_actions[] = {
	{ "PstMenu", NULL },
	{ "PstImport", run_import },
	{ "PstConsolidate", run_consolidate },
	{ "PstExportEcomptes", run_export_ecomptes },
	{ "PstRefreshDashboard", run_refresh_dashboard },
	{ "PstVerify", run_verify },
	{ "PstCompare", run_compare },
	{ "PstFiches", run_fiches },
	{ NULL, NULL }
};
