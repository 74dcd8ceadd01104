/*
 * pst-gui.h: the menu Données › PST of Gnumeric and what its dialogs
 * share.
 */
#ifndef PST_GUI_H
#define PST_GUI_H

#include "pst-gnumeric.h"
#include "plan.h"

#include <gtk/gtk.h>
#include <wbc-gtk.h>
#include <workbook-control.h>

G_BEGIN_DECLS

/* The five jobs of the menu. */
void	 pst_gui_import			(WBCGtk *wbcg);
void	 pst_gui_consolidate		(WBCGtk *wbcg);
void	 pst_gui_export_ecomptes	(WBCGtk *wbcg);
void	 pst_gui_refresh_dashboard	(WBCGtk *wbcg);
void	 pst_gui_verify			(WBCGtk *wbcg);
void	 pst_gui_compare		(WBCGtk *wbcg);
void	 pst_gui_fiches			(WBCGtk *wbcg);

/* gui-common.c */
void	 pst_gui_error		(WBCGtk *wbcg, char const *fmt, ...) G_GNUC_PRINTF (2, 3);
void	 pst_gui_notice		(WBCGtk *wbcg, GtkMessageType type,
				 char const *title, char const *text);
GtkWidget *pst_gui_dialog_new	(WBCGtk *wbcg, char const *title,
				 char const *accept_label);
GtkWidget *pst_gui_scrolled_text (char const *text, int width, int height);
char	*pst_gui_choose_plan	(WBCGtk *wbcg, char const *title);
GSList	*pst_gui_choose_plans	(WBCGtk *wbcg, char const *title);
char	*pst_gui_choose_output	(WBCGtk *wbcg, char const *title,
				 char const *suggested, char const *filter_name,
				 char const *pattern);
void	 pst_gui_show_workbook	(WBCGtk *wbcg, Workbook *wb, char const *path);
void	 pst_gui_show_sheet	(WBCGtk *wbcg, Workbook *wb, char const *name);
PstPlan	*pst_gui_current_plan	(WBCGtk *wbcg, gboolean *canonical);
void	 pst_gui_progress	(WBCGtk *wbcg, double fraction, char const *message);
void	 pst_gui_progress_done	(WBCGtk *wbcg);

G_END_DECLS

#endif
