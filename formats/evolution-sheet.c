/*
 * evolution-sheet.c: the sheet "Évolution", what changed between two
 * versions of a plan, for the mid-term and final evaluations.
 *
 * Labels and values come from the plans: they are string values, never
 * parsed, so that "=Total" or "1/2" stay as written.
 */
#include "evolution-sheet.h"
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
#include <value.h>
#include <goffice/goffice.h>
#include <math.h>

enum {
	COL_NIVEAU, COL_CHANGEMENT, COL_REF_OLD, COL_REF_NEW, COL_LIBELLE,
	COL_AVANT, COL_APRES, COL_ECART, COL_CONFIANCE, COL_SOURCE_OLD,
	COL_SOURCE_NEW, N_COLS
};

static char const *const change_headers[N_COLS] = {
	"Niveau", "Changement", "Réf. avant", "Réf. après", "Libellé", "Avant",
	"Après", "Écart", "Confiance", "Source avant", "Source après"
};

/* Points: a level and a kind of change, references, the long texts
 * wrapped. */
static double const col_widths[N_COLS] = {
	70, 130, 65, 65, 260, 170, 170, 75, 65, 190, 190
};

/* Number formats of the Écart and Confiance columns. */
static char const FMT_POINTS[] = "+0.0\" pts\";-0.0\" pts\";0\" pt\"";
static char const FMT_PERCENT[] = "0.0%";
static char const FMT_DAYS[] = "+0\" j\";-0\" j\";0\" j\"";
static char const FMT_EUROS[] = "#,##0.00\\ \"€\"";
static char const FMT_EUROS_SIGNED[] = "+#,##0.00\\ \"€\";-#,##0.00\\ \"€\";0\\ \"€\"";
static char const FMT_LEVELS[] = "+0;-0;0";
static char const FMT_CONFIDENCE[] = "0%";

static void
apply (Sheet *sheet, int c0, int r0, int c1, int r1, GnmStyle *style)
{
	GnmRange range;
	sheet_style_apply_range (sheet, range_init (&range, c0, r0, c1, r1), style);
}

static void
put_number (PstSheetWriter const *w, int col, int row, double v, char const *xl)
{
	GnmValue *value = value_new_float (v);

	if (xl) {
		GOFormat *fmt = go_format_new_from_XL (xl);
		GnmStyle *style = gnm_style_new ();
		/* The value keeps its format when read back as text; the
		 * style shows it in the sheet. */
		value_set_fmt (value, fmt);
		gnm_style_set_format (style, fmt);
		go_format_unref (fmt);
		apply (w->sheet, col, row, col, row, style);
	}
	pst_put_value (w, col, row, value);
}

static void
bold_row (Sheet *sheet, int row, int c0, int c1, gboolean shaded)
{
	GnmStyle *style = gnm_style_new ();

	gnm_style_set_font_bold (style, TRUE);
	if (shaded) {
		gnm_style_set_back_color (style, gnm_color_new_rgb8 (0xdd, 0xe6, 0xef));
		gnm_style_set_pattern (style, 1);
	}
	apply (sheet, c0, row, c1, row, style);
}

static void
section_title (PstSheetWriter const *w, int row, char const *text)
{
	GnmStyle *style = gnm_style_new ();

	pst_put_text (w, 0, row, text);
	gnm_style_set_font_bold (style, TRUE);
	gnm_style_set_font_size (style, 12);
	apply (w->sheet, 0, row, 0, row, style);
}

/* A4 landscape, one page wide, the page number at the foot, as the
 * sheet Vérification. */
static void
set_up_printing (Sheet *sheet)
{
	GnmPrintInformation *pi = sheet->print_info;

	pst_print_a4 (pi, GTK_PAGE_ORIENTATION_LANDSCAPE, 2.0 * 72 / 2.54);
	pst_print_one_page_wide (pi);
	gnm_print_hf_free (pi->footer);
	pi->footer = gnm_print_hf_new ("", "Page &[PAGE] sur &[PAGES]", "");
}

/* A new sheet in the place of the previous one, else first. */
static Sheet *
replace_sheet (Workbook *wb, int n_rows)
{
	Sheet *old = workbook_sheet_by_name (wb, PST_EVOLUTION_SHEET);
	int pos = 0, cols = GNM_DEFAULT_COLS, rows = n_rows;
	Sheet *sheet;

	if (old) {
		pos = old->index_in_wb;
		workbook_sheet_delete (old);
	}
	gnm_sheet_suggest_size (&cols, &rows);
	sheet = sheet_new (wb, PST_EVOLUTION_SHEET, cols, rows);
	workbook_sheet_attach_at_pos (wb, sheet, MIN (pos, workbook_sheet_count (wb)));
	g_object_unref (sheet);	/* the workbook holds it */
	return sheet;
}

static void
headers_row (PstSheetWriter const *w, int row, char const *const *headers)
{
	int c, last = 0;

	for (c = 0; c < N_COLS; c++)
		if (headers[c]) {
			pst_put_text (w, c, row, headers[c]);
			last = c;
		}
	bold_row (w->sheet, row, 0, last, TRUE);
}

static int
write_summary (PstSheetWriter const *w, int row, PstComparison const *cmp)
{
	GPtrArray *lines = pst_comparison_summary (cmp);
	guint i;

	section_title (w, row++, "Résumé");
	for (i = 0; i < lines->len; i++)
		pst_put_text (w, 0, row++, g_ptr_array_index (lines, i));
	g_ptr_array_free (lines, TRUE);
	return row;
}

static int
write_progress (PstSheetWriter const *w, int row, PstComparison const *cmp)
{
	static char const *const headers[N_COLS] = {
		"Niveau", NULL, "Réf. avant", "Réf. après", "Libellé", "Avant",
		"Maintenant", "Écart"
	};
	guint i;

	section_title (w, row++, "Avancement");
	headers_row (w, row++, headers);
	for (i = 0; i < cmp->progress->len; i++, row++) {
		PstCompareProgress const *p = g_ptr_array_index (cmp->progress, i);

		pst_put_text (w, COL_NIVEAU, row, pst_change_level_word (p->level));
		pst_put_text (w, COL_REF_OLD, row, p->ref_old);
		pst_put_text (w, COL_REF_NEW, row, p->ref_new);
		pst_put_text (w, COL_LIBELLE, row, p->label);
		if (p->has_before)
			put_number (w, COL_AVANT, row, p->before, FMT_PERCENT);
		else
			pst_put_text (w, COL_AVANT, row, "—");
		if (p->has_after)
			put_number (w, COL_APRES, row, p->after, FMT_PERCENT);
		else
			pst_put_text (w, COL_APRES, row, "—");
		/* To the millionth of a point: two sums of the same fractions
		 * in another order differ in their last bits. */
		if (p->has_before && p->has_after)
			put_number (w, COL_ECART, row,
				    round ((p->after - p->before) * 1e8) / 1e6 + 0.0, FMT_POINTS);
		if (p->level == 0)
			bold_row (w->sheet, row, 0, COL_ECART, FALSE);
	}
	return row;
}

static int
write_budget (PstSheetWriter const *w, int row, PstComparison const *cmp)
{
	static char const *const headers[N_COLS] = {
		"Ventilation", NULL, NULL, NULL, "Libellé", "Avant", "Maintenant", "Écart"
	};
	guint i;

	section_title (w, row++, "Budget des actions");
	headers_row (w, row++, headers);
	for (i = 0; i < cmp->budget->len; i++, row++) {
		PstCompareBudget const *b = g_ptr_array_index (cmp->budget, i);
		char *label = NULL;
		char const *kind = "";

		switch (b->kind) {
		case PST_BUDGET_FONCTION:
			kind = "Fonction";
			label = g_strdup_printf ("Fonction %s", b->key);
			break;
		case PST_BUDGET_SERVICE:
			kind = "Service";
			label = g_strdup (g_strcmp0 (b->key, "O") == 0 ? "Service ordinaire (O)"
					  : g_strcmp0 (b->key, "E") == 0 ? "Service extraordinaire (E)"
					  : "Service indéterminé");
			break;
		case PST_BUDGET_SANS_ARTICLE:
			kind = "Sans article";
			label = g_strdup ("Budgets sans article budgétaire valide");
			break;
		case PST_BUDGET_TOTAL:
			kind = "Total";
			label = g_strdup ("Total des actions");
			break;
		}
		pst_put_text (w, COL_NIVEAU, row, kind);
		pst_put_text (w, COL_LIBELLE, row, label);
		put_number (w, COL_AVANT, row, b->before, FMT_EUROS);
		put_number (w, COL_APRES, row, b->after, FMT_EUROS);
		put_number (w, COL_ECART, row, b->after - b->before, FMT_EUROS_SIGNED);
		if (b->kind == PST_BUDGET_TOTAL)
			bold_row (w->sheet, row, 0, COL_ECART, FALSE);
		g_free (label);
	}
	return row;
}

static char *
kind_text (PstChange const *c)
{
	char const *field = NULL;

	switch (c->field) {
	case PST_FIELD_DEBUT: field = "début"; break;
	case PST_FIELD_FIN: field = "fin"; break;
	case PST_FIELD_METEO_DELAIS: field = "délais"; break;
	case PST_FIELD_METEO_RESSOURCES: field = "ressources"; break;
	case PST_FIELD_METEO_GLOBALE: field = "globale"; break;
	default: break;
	}
	return field ? g_strdup_printf ("%s (%s)", pst_change_kind_word (c->kind), field)
		: g_strdup (pst_change_kind_word (c->kind));
}

static void
write_change (PstSheetWriter const *w, int row, PstChange const *c)
{
	char *kind = kind_text (c);

	pst_put_text (w, COL_NIVEAU, row, pst_change_level_word (c->level));
	pst_put_text (w, COL_CHANGEMENT, row, kind);
	pst_put_text (w, COL_REF_OLD, row, c->ref_old);
	pst_put_text (w, COL_REF_NEW, row, c->ref_new);
	/* The item's label as it is now; an ambiguity's, of the item in
	 * doubt (its candidates are in Avant or Après). */
	if (c->kind == PST_CHANGE_AMBIGU)
		pst_put_text (w, COL_LIBELLE, row, c->doubt_old ? c->label_old : c->label_new);
	else
		pst_put_text (w, COL_LIBELLE, row, *c->label_new ? c->label_new : c->label_old);
	pst_put_text (w, COL_AVANT, row, c->before);
	pst_put_text (w, COL_APRES, row, c->after);
	if (c->has_delta) {
		switch (c->kind) {
		case PST_CHANGE_AVANCEMENT:
			put_number (w, COL_ECART, row, c->delta, FMT_POINTS);
			break;
		case PST_CHANGE_DATES:
			put_number (w, COL_ECART, row, c->delta, FMT_DAYS);
			break;
		case PST_CHANGE_BUDGET:
			put_number (w, COL_ECART, row, c->delta, FMT_EUROS_SIGNED);
			break;
		default:
			put_number (w, COL_ECART, row, c->delta, FMT_LEVELS);
			break;
		}
	}
	if (c->confidence >= 0)
		put_number (w, COL_CONFIANCE, row, c->confidence, FMT_CONFIDENCE);
	pst_put_text (w, COL_SOURCE_OLD, row, c->source_old);
	pst_put_text (w, COL_SOURCE_NEW, row, c->source_new);
	if (c->kind == PST_CHANGE_AMBIGU) {
		GnmStyle *style = gnm_style_new ();
		gnm_style_set_font_bold (style, TRUE);
		gnm_style_set_font_color (style, gnm_color_new_rgb8 (0xb3, 0x5c, 0x00));
		apply (w->sheet, COL_CHANGEMENT, row, COL_CHANGEMENT, row, style);
	}
	g_free (kind);
}

void
pst_evolution_write (Workbook *wb, PstPlan const *ancien, PstPlan const *nouveau,
		     PstComparison const *cmp, char const *ancien_name,
		     char const *nouveau_name)
{
	PstSheetWriter w;
	GnmStyle *style;
	GnmRange range;
	char const *entite;
	char *title, *unchanged;
	int c, row, header, first, last;
	guint i;

	g_return_if_fail (wb != NULL && cmp != NULL);

	w.sheet = replace_sheet (wb, 40 + cmp->progress->len + cmp->budget->len +
				 cmp->changes->len);
	w.convs = NULL;		/* no formula here */
	for (c = 0; c < N_COLS; c++)
		sheet_col_set_size_pts (w.sheet, c, col_widths[c], TRUE);
	set_up_printing (w.sheet);

	entite = nouveau && nouveau->entite && *nouveau->entite ? nouveau->entite
		: ancien && ancien->entite && *ancien->entite ? ancien->entite : "plan";
	title = g_strdup_printf ("Évolution du PST — %s : %s → %s", entite,
				 ancien_name ? ancien_name : "ancienne version",
				 nouveau_name ? nouveau_name : "nouvelle version");
	pst_put_text (&w, 0, 0, title);
	g_free (title);
	style = gnm_style_new ();
	gnm_style_set_font_bold (style, TRUE);
	gnm_style_set_font_size (style, 14);
	apply (w.sheet, 0, 0, 0, 0, style);
	rows_height_update (w.sheet, range_init (&range, 0, 0, 0, 0), FALSE);

	row = write_summary (&w, 2, cmp);
	row = write_progress (&w, row + 1, cmp);
	row = write_budget (&w, row + 1, cmp);

	section_title (&w, ++row, "Changements");
	header = ++row;
	headers_row (&w, header, change_headers);
	for (i = 0; i < cmp->changes->len; i++)
		write_change (&w, header + 1 + i, g_ptr_array_index (cmp->changes, i));
	if (cmp->changes->len == 0)
		pst_put_text (&w, 0, header + 1, "Aucun changement.");
	first = header + 1;
	last = header + MAX (cmp->changes->len, 1);

	/* Long labels and values wrap within their columns, top-aligned so
	 * that a row reads from its first line. */
	style = gnm_style_new ();
	gnm_style_set_align_v (style, GNM_VALIGN_TOP);
	apply (w.sheet, 0, first, N_COLS - 1, last, style);
	for (c = COL_LIBELLE; c <= COL_APRES; c++) {
		style = gnm_style_new ();
		gnm_style_set_wrap_text (style, TRUE);
		apply (w.sheet, c, first, c, last, style);
	}
	if (cmp->changes->len) {
		rows_height_update (w.sheet, range_init (&range, 0, first, N_COLS - 1, last), FALSE);
		/* An autofilter: the officer shows the additions, or one OS,
		 * at a click. */
		gnm_filter_new (w.sheet, range_init (&range, 0, header, N_COLS - 1, last), TRUE);
	}
	/* The change table's headers on every printed page. */
	g_free (w.sheet->print_info->repeat_top);
	w.sheet->print_info->repeat_top = g_strdup_printf ("$%d:$%d", header + 1, header + 1);

	unchanged = pst_comparison_unchanged_text (cmp);
	pst_put_text (&w, 0, last + 2, unchanged);
	g_free (unchanged);
}
