/*
 * verification-sheet.c: the sheet "Vérification", the findings of
 * pst_plan_verify as a table the officer can filter and print.
 *
 * Labels and messages come from the plan: they are string values, never
 * parsed, so that "=Total" or "1/2" stay as written.
 */
#include "verification-sheet.h"
#include "import.h"
#include "verification.h"
#include "sheet-write.h"

#include <workbook.h>
#include <sheet.h>
#include <sheet-style.h>
#include <sheet-filter.h>
#include <mstyle.h>
#include <ranges.h>
#include <colrow.h>
#include <style-color.h>
#include <print-info.h>

enum { COL_GRAVITE, COL_REF, COL_LIBELLE, COL_REGLE, COL_MESSAGE, COL_SOURCE, N_COLS };

/* Rows of the sheet (0-based): the title, the counts, a blank row, then
 * the table. */
enum { ROW_TITLE = 0, ROW_SUMMARY = 1, ROW_HEADER = 3 };

static char const *const headers[N_COLS] = {
	"Gravité", "Réf.", "Libellé", "Règle", "Message", "Source"
};

/* Points: wide enough for a rule's name and a reference, the long texts
 * wrapped. */
static double const col_widths[N_COLS] = { 80, 60, 240, 215, 380, 200 };

static void
apply (Sheet *sheet, int c0, int r0, int c1, int r1, GnmStyle *style)
{
	GnmRange range;
	sheet_style_apply_range (sheet, range_init (&range, c0, r0, c1, r1), style);
}

static GnmStyle *
gravite_style (PstGravite gravite)
{
	GnmStyle *style = gnm_style_new ();

	switch (gravite) {
	case PST_GRAVITE_ERREUR:
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0xa4, 0x00, 0x00));
		break;
	case PST_GRAVITE_AVERTISSEMENT:
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0xb3, 0x5c, 0x00));
		break;
	default:
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0x55, 0x55, 0x55));
		break;
	}
	return style;
}

/* A4 landscape, one page wide, the headers of the table on every page
 * and the page number at the foot.  Landscape as the dashboard's pages
 * (dashboard-sheet.c), on which Gnumeric lays out every sheet it prints
 * with them. */
static void
set_up_printing (Sheet *sheet)
{
	GnmPrintInformation *pi = sheet->print_info;
	char *rows;

	pst_print_a4 (pi, GTK_PAGE_ORIENTATION_LANDSCAPE, 2.0 * 72 / 2.54);
	pst_print_one_page_wide (pi);
	rows = g_strdup_printf ("$%d:$%d", ROW_HEADER + 1, ROW_HEADER + 1);
	g_free (pi->repeat_top);
	pi->repeat_top = rows;
	gnm_print_hf_free (pi->footer);
	pi->footer = gnm_print_hf_new ("", "Page &[PAGE] sur &[PAGES]", "");
}

/* A new sheet in the place of the previous one: a second verification
 * replaces the first rather than piling up "Vérification (2)". */
static Sheet *
replace_sheet (Workbook *wb, int n_rows)
{
	Sheet *old = workbook_sheet_by_name (wb, PST_VERIFICATION_SHEET);
	int pos = -1, cols = GNM_DEFAULT_COLS, rows = n_rows;
	Sheet *sheet;

	if (old) {
		pos = old->index_in_wb;
		workbook_sheet_delete (old);
	}
	gnm_sheet_suggest_size (&cols, &rows);
	sheet = sheet_new (wb, PST_VERIFICATION_SHEET, cols, rows);
	if (pos >= 0) {
		workbook_sheet_attach_at_pos (wb, sheet, pos);
		g_object_unref (sheet);	/* the workbook holds it */
	} else
		workbook_sheet_attach (wb, sheet);
	return sheet;
}

void
pst_verification_write_findings (Workbook *wb, PstPlan const *plan,
				 GPtrArray const *findings, GDate const *today)
{
	PstSheetWriter w;
	GnmStyle *style;
	GDate date;
	char *title, *summary;
	int c, last;
	guint i;

	g_return_if_fail (wb != NULL && plan != NULL && findings != NULL);

	w.sheet = replace_sheet (wb, ROW_HEADER + 2 + findings->len);
	w.convs = NULL;		/* no formula here */
	for (c = 0; c < N_COLS; c++)
		sheet_col_set_size_pts (w.sheet, c, col_widths[c], TRUE);
	set_up_printing (w.sheet);

	pst_date_or_today (today, &date);
	title = g_strdup_printf ("Vérification du plan — %s — %02d/%02d/%04d",
				 plan->entite && *plan->entite ? plan->entite : "plan",
				 g_date_get_day (&date), g_date_get_month (&date),
				 g_date_get_year (&date));
	pst_put_text (&w, 0, ROW_TITLE, title);
	style = gnm_style_new ();
	gnm_style_set_font_bold (style, TRUE);
	gnm_style_set_font_size (style, 14);
	apply (w.sheet, 0, ROW_TITLE, 0, ROW_TITLE, style);
	g_free (title);
	{
		GnmRange range;
		/* The title's row as tall as its font. */
		rows_height_update (w.sheet, range_init (&range, 0, ROW_TITLE, 0, ROW_TITLE), FALSE);
	}

	summary = pst_findings_summary (findings);
	pst_put_text (&w, 0, ROW_SUMMARY, summary);
	g_free (summary);

	for (c = 0; c < N_COLS; c++)
		pst_put_text (&w, c, ROW_HEADER, headers[c]);
	style = gnm_style_new ();
	gnm_style_set_font_bold (style, TRUE);
	gnm_style_set_back_color (style, gnm_color_new_rgb8 (0xdd, 0xe6, 0xef));
	gnm_style_set_pattern (style, 1);
	apply (w.sheet, 0, ROW_HEADER, N_COLS - 1, ROW_HEADER, style);

	if (findings->len == 0) {
		pst_put_text (&w, 0, ROW_HEADER + 1, "Aucun problème détecté.");
		return;
	}
	for (i = 0; i < findings->len; i++) {
		PstFinding const *f = g_ptr_array_index (findings, i);
		int row = ROW_HEADER + 1 + i;

		pst_put_text (&w, COL_GRAVITE, row, pst_gravite_word (f->gravite));
		pst_put_text (&w, COL_REF, row, f->ref);
		pst_put_text (&w, COL_LIBELLE, row, f->libelle);
		pst_put_text (&w, COL_REGLE, row, f->regle);
		pst_put_text (&w, COL_MESSAGE, row, f->message);
		pst_put_text (&w, COL_SOURCE, row, f->source);
		apply (w.sheet, COL_GRAVITE, row, COL_GRAVITE, row, gravite_style (f->gravite));
	}
	last = ROW_HEADER + findings->len;

	/* Long labels and messages wrap within their columns, top-aligned so
	 * that a row reads from its first line. */
	style = gnm_style_new ();
	gnm_style_set_align_v (style, GNM_VALIGN_TOP);
	apply (w.sheet, 0, ROW_HEADER + 1, N_COLS - 1, last, style);
	style = gnm_style_new ();
	gnm_style_set_wrap_text (style, TRUE);
	apply (w.sheet, COL_LIBELLE, ROW_HEADER + 1, COL_LIBELLE, last, style);
	style = gnm_style_new ();
	gnm_style_set_wrap_text (style, TRUE);
	apply (w.sheet, COL_MESSAGE, ROW_HEADER + 1, COL_MESSAGE, last, style);
	{
		GnmRange range;
		range_init (&range, 0, ROW_HEADER + 1, N_COLS - 1, last);
		rows_height_update (w.sheet, &range, FALSE);
		/* An autofilter over the table: the officer shows the erreurs,
		 * or one rule, at a click. */
		gnm_filter_new (w.sheet, range_init (&range, 0, ROW_HEADER, N_COLS - 1, last), TRUE);
	}
}

void
pst_verification_write (Workbook *wb, PstPlan const *plan, GDate const *today)
{
	GPtrArray *findings;

	g_return_if_fail (wb != NULL && plan != NULL);

	findings = pst_plan_verify (plan, today);
	pst_verification_write_findings (wb, plan, findings, today);
	g_ptr_array_free (findings, TRUE);
}
