/*
 * dashboard.c: the sheet "Tableau de bord" of the canonical workbook.
 *
 * Every figure is a formula over the sheets Plan, Objectifs, Budget and
 * Anomalies, whose columns are found by their headers (plan-schema.md),
 * so that the dashboard follows any correction made in the plan.  The
 * charts read the dashboard's own tables.
 *
 * Layout: a title naming the entity (or the entities consolidated) and
 * the date of the figures, then tables in columns A–F, each chart below
 * its table and as wide.  The sheet prints on A4 landscape pages, one page
 * wide, with a page break before a section that would not fit in what is
 * left of the page, so that no chart is cut in two; the other sheets of
 * the workbook get the same paper and margins, on which Gnumeric lays out
 * the pages of every sheet (dashboard-sheet.c, dash_set_up_page).
 *
 * This file holds the dashboard's sections, one after the other as they
 * are printed (a little over 600 lines, read best in their order); the
 * sheet's cells and sections are placed by dashboard-sheet.c, the charts
 * by dashboard-charts.c.
 */
#include "dashboard-private.h"
#include "budget.h"
#include "sumif-values.h"

#include <workbook.h>
#include <sheet.h>
#include <cell.h>
#include <expr.h>
#include <parse-util.h>
#include <position.h>
#include <ranges.h>
#include <mstyle.h>
#include <sheet-style.h>
#include <style-color.h>
#include <print-info.h>
#include <sheet-object.h>
#include <sheet-object-graph.h>
#include <graph.h>
#include <goffice/goffice.h>
#include <string.h>

/* 760 points: a little less than the 785 between the margins of a
 * landscape A4 page, so that the sheet prints at 100 % across the page. */
static double const col_widths[COL_END] = { 150, 250, 90, 90, 90, 90 };

#define CHART_ROWS	18
/* The names of the entities consolidated are listed under the title in
 * lines of at most this many characters, which the columns hold. */
#define TITLE_LINE	90
/* More objectives than this make a bar chart unreadable: their progress
 * is then charted by tranche. */
#define MAX_BARS	30

/* Météo levels, best to worst (doc/domain.md §6), with their chart colours. */
static struct {
	char const *word;
	guint8 r, g, b;
} const meteo_levels[] = {
	{ "soleil",  0xf2, 0xc2, 0x1b },
	{ "nuageux", 0x9a, 0xa8, 0xb5 },
	{ "pluie",   0x3d, 0x7a, 0xc4 },
	{ "orage",   0x8e, 0x1f, 0x3a }
};

/* ------------------------------------------------------------------ */
/* Sections. */

/* "6 décembre 2026", "1er janvier 2027": the day, as the dashboard is
 * written; the plan itself carries no date of its figures. */
static char *
french_date_today (void)
{
	static char const *const months[] = {
		"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
		"août", "septembre", "octobre", "novembre", "décembre"
	};
	GDateTime *now = g_date_time_new_now_local ();
	int day = g_date_time_get_day_of_month (now);
	char *s = g_strdup_printf ("%d%s %s %d", day, day == 1 ? "er" : "",
				   months[g_date_time_get_month (now) - 1],
				   g_date_time_get_year (now));
	g_date_time_unref (now);
	return s;
}

/* The title, the entities when several are consolidated, the date of the
 * figures; sets d->who and d->when for the page header. */
static void
write_title (Dash *d)
{
	guint n = d->blocks->len, i;
	char *title, *date;

	d->when = french_date_today ();
	if (n > 1) {
		GString *line = g_string_new (NULL);
		gboolean named = FALSE;	/* an entity on the line */

		d->who = g_strdup_printf ("Consolidation de %u entités", n);
		title = g_strdup ("Tableau de bord du PST consolidé");
		g_string_printf (line, "%s : ", d->who);
		for (i = 0; i < n; i++) {
			char const *e = g_array_index (d->blocks, PstEntityBlock, i).entite;
			if (named && g_utf8_strlen (line->str, -1) + g_utf8_strlen (e, -1) + 1 > TITLE_LINE) {
				pst_put_text (&d->out, COL_LABEL, ++d->row, line->str);
				g_string_truncate (line, 0);
			}
			g_string_append_printf (line, "%s%s", e, i + 1 < n ? ", " : "");
			named = TRUE;
		}
		pst_put_text (&d->out, COL_LABEL, ++d->row, line->str);
		dash_set_look (d, COL_LABEL, 1, COL_LABEL, d->row, LOOK_SUBTITLE);
		g_string_free (line, TRUE);
	} else {
		d->who = g_strdup (d->plan->entite && *d->plan->entite ? d->plan->entite : "plan");
		title = g_strdup_printf ("Tableau de bord du PST – %s", d->who);
	}
	pst_put_text (&d->out, COL_LABEL, 0, title);
	dash_set_look (d, COL_LABEL, 0, COL_LABEL, 0, LOOK_TITLE);
	/* Rows keep their default height unless told: the title's would
	 * run over the note under it. */
	sheet_row_set_size_pts (d->out.sheet, 0, 24, TRUE);

	date = g_strdup_printf ("Situation au %s", d->when);
	pst_put_text (&d->out, COL_LABEL, ++d->row, date);
	dash_set_look (d, COL_LABEL, d->row, COL_LABEL, d->row, LOOK_SUBTITLE);
	for (i = 1; (int) i <= d->row; i++)
		sheet_row_set_size_pts (d->out.sheet, i, 17, TRUE);
	d->row++;
	pst_put_text (&d->out, COL_LABEL, d->row, "Chiffres calculés par des formules sur les feuilles Plan, "
		  "Objectifs, Budget et Anomalies : ils suivent toute correction du plan.");
	dash_set_look (d, COL_LABEL, d->row, COL_LABEL, d->row, LOOK_NOTE);
	d->row += 2;
	g_free (title);
	g_free (date);
}

static void
key_figure (Dash *d, char const *label, Look look, char const *fmt, ...)
	G_GNUC_PRINTF (4, 5);

static void
key_figure (Dash *d, char const *label, Look look, char const *fmt, ...)
{
	va_list args;
	char *formula;

	va_start (args, fmt);
	formula = g_strdup_vprintf (fmt, args);
	va_end (args);
	pst_put_text (&d->out, COL_LABEL, d->row, label);
	pst_put_formula (&d->out, COL_V1, d->row, "%s", formula);
	dash_set_look (d, COL_V1, d->row, COL_V1, d->row, look);
	d->row++;
	g_free (formula);
}

static void
write_key_figures (Dash *d)
{
	char *ref = dash_plan_range (d, PST_FIELD_REF);
	char *statut = dash_plan_range (d, PST_FIELD_STATUT);
	char *av = dash_plan_range (d, PST_FIELD_AVANCEMENT);
	char *meteo = dash_plan_range (d, PST_FIELD_METEO_GLOBALE);
	char *budget = dash_plan_range (d, PST_FIELD_BUDGET);
	char *engage = dash_plan_range (d, PST_FIELD_ENGAGE);
	char *types = d->obj_type >= 0
		? dash_col_range ("Objectifs", d->obj_type, 1, MAX ((int) d->plan->objectives->len, 1))
		: NULL;
	int n_anomalies = MAX ((int) d->plan->anomalies->len, 1);
	int budget_row = -1;

	dash_section_title (d, "Chiffres clés");
	if (d->blocks->len > 1) {
		pst_put_text (&d->out, COL_LABEL, d->row, "Entités consolidées");
		pst_put_value (&d->out, COL_V1, d->row++, value_new_int (d->blocks->len));
	}
	if (types) {
		key_figure (d, "Objectifs stratégiques", LOOK_INTEGER, "=COUNTIF(%s,\"OS\")", types);
		key_figure (d, "Objectifs opérationnels", LOOK_INTEGER, "=COUNTIF(%s,\"OO\")", types);
	}
	if (ref)
		key_figure (d, "Actions et sous-actions", LOOK_INTEGER, "=COUNTA(%s)", ref);
	if (statut)
		key_figure (d, "dont terminées", LOOK_INTEGER, "=COUNTIF(%s,\"TERMINE\")", statut);
	if (av && statut)
		key_figure (d, "Avancement global", LOOK_PERCENT,
			    "=IFERROR(PST.AVANCEMENT(%s,,%s),\"\")", av, statut);
	if (meteo)
		key_figure (d, "Météo la plus fréquente", LOOK_NONE,
			    "=IFERROR(PST.METEO.SYNTHESE(%s,\"majorite\"),\"non renseignée\")", meteo);
	if (budget) {
		budget_row = d->row;
		key_figure (d, "Budget prévu", LOOK_EURO, "=SUM(%s)", budget);
	}
	if (engage)
		key_figure (d, "Engagé", LOOK_EURO, "=SUM(%s)", engage);
	if (budget && engage) {
		char *b = dash_local_cell (COL_V1, budget_row), *e = dash_local_cell (COL_V1, budget_row + 1);
		key_figure (d, "Taux d’engagement", LOOK_PERCENT, "=IF(%s>0,%s/%s,\"\")", b, e, b);
		g_free (b);
		g_free (e);
	}
	key_figure (d, "Anomalies relevées", LOOK_INTEGER,
		    "=COUNTA(Anomalies!$A$2:$A$%d)", n_anomalies + 1);
	key_figure (d, "dont erreurs", LOOK_INTEGER,
		    "=COUNTIF(Anomalies!$B$2:$B$%d,\"erreur\")", n_anomalies + 1);

	g_free (ref);
	g_free (statut);
	g_free (av);
	g_free (meteo);
	g_free (budget);
	g_free (engage);
	g_free (types);
}

/* One row per entity, over its block of Plan rows. */
static void
write_entities (Dash *d)
{
	static char const *const headers[] = {
		"Entité", "", "Actions", "Avancement", "Météo", "Budget"
	};
	int first = -1;
	guint i;

	dash_section_title (d, "Avancement par entité");
	dash_table_header (d, headers);
	for (i = 0; i < d->blocks->len; i++) {
		PstEntityBlock const *b = &g_array_index (d->blocks, PstEntityBlock, i);
		guint last = b->first_action + b->n_actions - 1;
		char *ref, *av, *st, *meteo, *budget;

		if (first < 0)
			first = d->row;
		pst_put_text (&d->out, COL_LABEL, d->row, b->entite);
		if (b->n_actions == 0) {
			pst_put_value (&d->out, COL_V1, d->row, value_new_int (0));
			d->row++;
			continue;
		}
		ref = dash_plan_block (d, PST_FIELD_REF, b->first_action, last);
		av = dash_plan_block (d, PST_FIELD_AVANCEMENT, b->first_action, last);
		st = dash_plan_block (d, PST_FIELD_STATUT, b->first_action, last);
		meteo = dash_plan_block (d, PST_FIELD_METEO_GLOBALE, b->first_action, last);
		budget = dash_plan_block (d, PST_FIELD_BUDGET, b->first_action, last);
		if (ref)
			pst_put_formula (&d->out, COL_V1, d->row, "=COUNTA(%s)", ref);
		if (av && st)
			pst_put_formula (&d->out, COL_V2, d->row, "=IFERROR(PST.AVANCEMENT(%s,,%s),\"\")", av, st);
		if (meteo)
			pst_put_formula (&d->out, COL_V3, d->row, "=IF(ISNA(PST.METEO.SYNTHESE(%1$s)),\"\",PST.METEO.SYNTHESE(%1$s))", meteo);
		if (budget)
			pst_put_formula (&d->out, COL_V4, d->row, "=SUM(%s)", budget);
		g_free (ref);
		g_free (av);
		g_free (st);
		g_free (meteo);
		g_free (budget);
		d->row++;
	}
	if (first >= 0) {
		dash_set_look (d, COL_V2, first, COL_V2, d->row - 1, LOOK_PERCENT);
		dash_set_look (d, COL_V4, first, COL_V4, d->row - 1, LOOK_EURO);
	}
}

/* A cell of the dashboard reading row @src of Objectifs through @fmt. */
static void
from_objectives (Dash *d, int src_col, int src, int dst_col, char const *fmt)
{
	char *cell, *formula;

	if (src_col < 0)
		return;
	cell = dash_absolute_cell ("Objectifs", src_col, src);
	formula = g_strdup_printf (fmt, cell);
	pst_put_formula (&d->out, dst_col, d->row, "%s", formula);
	g_free (formula);
	g_free (cell);
}

/* One row per OS, from the sheet Objectifs; returns the number of OS and
 * their first row in *first. */
static int
write_os_table (Dash *d, int *first)
{
	static char const *const headers[] = {
		"Repère", "Objectif stratégique", "Actions", "Avancement", "Météo", "Budget"
	};
	gboolean several = d->blocks->len > 1;
	int n = 0;
	guint i;

	*first = d->row + 1;
	dash_table_header (d, headers);
	for (i = 0; i < d->plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (d->plan->objectives, i);
		int src = i + 1;
		char *ref;

		if (o->level != 1)
			continue;
		ref = dash_absolute_cell ("Objectifs", d->obj_ref, src);
		if (several && d->obj_entite >= 0) {
			char *e = dash_absolute_cell ("Objectifs", d->obj_entite, src);
			pst_put_formula (&d->out, COL_LABEL, d->row, "=%s&\" – OS \"&%s", e, ref);
			g_free (e);
		} else
			pst_put_formula (&d->out, COL_LABEL, d->row, "=\"OS \"&%s", ref);
		g_free (ref);
		from_objectives (d, d->obj_label, src, COL_TEXT, "=T(%s)");
		from_objectives (d, d->obj_actions, src, COL_V1, "=N(%s)");
		/* An objective without a progress to average reads "" rather
		 * than #DIV/0!, and its bar is left out. */
		from_objectives (d, d->obj_avancement, src, COL_V2, "=IFERROR(%s/1,\"\")");
		from_objectives (d, d->obj_meteo, src, COL_V3, "=T(%s)");
		from_objectives (d, d->obj_budget, src, COL_V4, "=N(%s)");
		d->row++;
		n++;
	}
	if (n == 0) {
		pst_put_text (&d->out, COL_LABEL, d->row++, "Aucun objectif stratégique dans le plan.");
		return 0;
	}
	dash_set_look (d, COL_V2, *first, COL_V2, d->row - 1, LOOK_PERCENT);
	dash_set_look (d, COL_V4, *first, COL_V4, d->row - 1, LOOK_EURO);
	return n;
}

static void
chart_os_bars (Dash *d, int first, int n)
{
	GogGraph *graph;
	GogPlot *plot = dash_new_chart (d, &graph, "Avancement par objectif stratégique", "GogBarColPlot");
	GogSeries *series;
	int last;

	g_object_set (plot, "horizontal", TRUE, "gap-percentage", 60, NULL);
	series = dash_add_series (d, plot, COL_V2, first - 1, COL_LABEL, COL_V2, first, first + n - 1);
	dash_series_color (series, 0x3d, 0x7a, 0xc4);
	dash_value_grid (plot, "X-Axis");
	/* Horizontal bars put the values on the X axis. */
	dash_axis_bounds (d, plot, "X-Axis", 0, 1);
	dash_axis_format (plot, "X-Axis", "0%");
	last = dash_place_graph (d, graph, "Avancement par OS", MAX (CHART_ROWS, 3 * n / 2 + 4));
	dash_end_section (d, last);
}

/* Objectives counted by tranche of progress, for plans with too many of
 * them to show as bars: the tranches and their chart first, then the long
 * table of objectives, whose rows the tranches count. */
static void
write_os_tranches (Dash *d)
{
	static char const *const headers[] = {
		"Tranche d’avancement", "", "Objectifs", "", "", ""
	};
	static struct { char const *label; double lo, hi; } const tranches[] = {
		{ "moins de 25 %", 0, 0.25 },
		{ "de 25 à 50 %", 0.25, 0.5 },
		{ "de 50 à 75 %", 0.5, 0.75 },
		{ "75 % et plus", 0.75, 2 }
	};
	GogGraph *graph;
	GogPlot *plot;
	GogSeries *series;
	int first, last, os_first, n;
	char *range;
	gsize i;

	dash_table_header (d, headers);
	first = d->row;
	for (i = 0; i < G_N_ELEMENTS (tranches); i++)
		pst_put_text (&d->out, COL_LABEL, d->row++, tranches[i].label);
	plot = dash_new_chart (d, &graph, "Objectifs stratégiques par tranche d’avancement", "GogBarColPlot");
	series = dash_add_series (d, plot, COL_V1, first - 1, COL_LABEL, COL_V1, first, d->row - 1);
	dash_series_color (series, 0x3d, 0x7a, 0xc4);
	dash_value_grid (plot, "Y-Axis");
	dash_axis_title (d, plot, "Y-Axis", "Objectifs stratégiques");
	last = dash_place_graph (d, graph, "Avancement par OS", CHART_ROWS);
	dash_end_section (d, last);

	dash_begin_section (d);
	dash_section_title (d, "Objectifs stratégiques");
	n = write_os_table (d, &os_first);
	dash_end_section (d, d->row - 1);

	range = dash_local_range (COL_V2, os_first, os_first + n - 1);
	for (i = 0; i < G_N_ELEMENTS (tranches); i++)
		pst_put_formula (&d->out, COL_V1, first + i, "=COUNTIFS(%s,\">=%g\",%s,\"<%g\")",
			     range, tranches[i].lo, range, tranches[i].hi);
	g_free (range);
}

static void
write_meteo (Dash *d)
{
	static char const *const headers[] = {
		"Météo globale", "", "Actions", "Part", "", ""
	};
	char *meteo = dash_plan_range (d, PST_FIELD_METEO_GLOBALE);
	char *ref = dash_plan_range (d, PST_FIELD_REF);
	char *total, *levels_sum;
	int first, last;
	guint i, with_meteo = 0;
	gsize l;

	if (meteo == NULL || ref == NULL)
		goto out;
	for (i = 0; i < d->plan->actions->len; i++)
		if (((PstAction *) g_ptr_array_index (d->plan->actions, i))->values[PST_FIELD_METEO_GLOBALE].text)
			with_meteo++;

	dash_begin_section (d);
	dash_section_title (d, "Météo globale des actions");
	dash_table_header (d, headers);
	first = d->row;
	total = dash_local_cell (COL_V1, first + G_N_ELEMENTS (meteo_levels) + 1);
	for (l = 0; l < G_N_ELEMENTS (meteo_levels); l++, d->row++) {
		pst_put_text (&d->out, COL_LABEL, d->row, meteo_levels[l].word);
		pst_put_formula (&d->out, COL_V1, d->row, "=COUNTIF(%s,\"%s\")", meteo, meteo_levels[l].word);
	}
	levels_sum = dash_local_range (COL_V1, first, d->row - 1);
	pst_put_text (&d->out, COL_LABEL, d->row, "non renseignée");
	pst_put_formula (&d->out, COL_V1, d->row, "=COUNTA(%s)-SUM(%s)", ref, levels_sum);
	d->row++;
	pst_put_text (&d->out, COL_LABEL, d->row, "Total");
	pst_put_formula (&d->out, COL_V1, d->row, "=COUNTA(%s)", ref);
	dash_set_look (d, COL_LABEL, d->row, COL_V2, d->row, LOOK_TOTAL);
	d->row++;
	for (i = first; (int) i < d->row; i++) {
		char *n = dash_local_cell (COL_V1, i);
		pst_put_formula (&d->out, COL_V2, i, "=IF(%s>0,%s/%s,\"\")", total, n, total);
		g_free (n);
	}
	dash_set_look (d, COL_V2, first, COL_V2, d->row - 1, LOOK_PERCENT);
	g_free (total);
	g_free (levels_sum);

	if (with_meteo == 0) {
		pst_put_text (&d->out, COL_LABEL, d->row++,
			  "Aucune action n’a de météo globale : pas de graphique.");
		dash_end_section (d, d->row - 1);
		goto out;
	}
	{
		GogGraph *graph;
		GogPlot *plot = dash_new_chart (d, &graph, "Météo globale des actions", "GogPiePlot");
		GogSeries *series;
		GogObject *legend;

		g_object_set (plot, "vary-style-by-element", TRUE, NULL);
		series = dash_add_series (d, plot, COL_V1, first - 1, COL_LABEL, COL_V1,
				     first, first + G_N_ELEMENTS (meteo_levels) - 1);
		for (l = 0; l < G_N_ELEMENTS (meteo_levels); l++) {
			GogObject *pt = gog_object_add_by_name (GOG_OBJECT (series), "Point", NULL);
			g_object_set (pt, "index", (unsigned) l, NULL);
			dash_fill_color (go_styled_object_get_style (GO_STYLED_OBJECT (pt)),
				    meteo_levels[l].r, meteo_levels[l].g, meteo_levels[l].b);
		}
		gog_object_add_by_name (GOG_OBJECT (series), "Data labels", NULL);
		legend = gog_object_add_by_name (dash_chart_of (plot), "Legend", NULL);
		gog_object_set_position_flags (legend, GOG_POSITION_E, GOG_POSITION_COMPASS);
		last = dash_place_graph (d, graph, "Météo globale", CHART_ROWS - 2);
	}
	dash_end_section (d, last);
 out:
	g_free (meteo);
	g_free (ref);
}

/* The fonctions of the plan's valid articles, sorted (budget.h). */
static GPtrArray *
plan_fonctions (PstPlan const *plan)
{
	guint n = plan->actions->len, i;
	char const **articles = g_new0 (char const *, n + 1);
	double *amounts = g_new0 (double, n + 1);
	GPtrArray *lines = NULL, *keys = g_ptr_array_new_with_free_func (g_free);

	for (i = 0; i < n; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		articles[i] = a->values[PST_FIELD_ARTICLE].text;
	}
	if (pst_budget_table (articles, amounts, n, PST_ARTICLE_PART_FONCTION, &lines) == PST_OK) {
		for (i = 0; i < lines->len; i++)
			g_ptr_array_add (keys, g_strdup (((PstBudgetLine *) g_ptr_array_index (lines, i))->key));
		pst_budget_table_free (lines);
	}
	g_free (articles);
	g_free (amounts);
	return keys;
}

/* What each fonction's =PST.BUDGET(articles, budgets, "fonction=…")
 * gives, Plan read once for all (pst_budget_values). */
static GnmValue **
fonction_totals (Dash const *d, GPtrArray *fonctions)
{
	Sheet *plan = workbook_sheet_by_name (d->out.sheet->workbook, "Plan");
	GnmValue **values = g_new0 (GnmValue *, MAX (fonctions->len, 1));
	GPtrArray *criteria;
	guint i;

	if (plan == NULL || d->plan_last < 1)
		return values;
	criteria = g_ptr_array_new_with_free_func (g_free);
	for (i = 0; i < fonctions->len; i++)
		g_ptr_array_add (criteria, g_strdup_printf ("fonction=%s", (char *) g_ptr_array_index (fonctions, i)));
	pst_budget_column_values (plan, d->plan_cols[PST_FIELD_ARTICLE], d->plan_cols[PST_FIELD_BUDGET],
				  1, d->plan_last, d->out.sheet,
				  (char const * const *) criteria->pdata, criteria->len, values);
	g_ptr_array_free (criteria, TRUE);
	return values;
}

static void
write_budget (Dash *d)
{
	static char const *const headers[] = {
		"Fonction", "", "Ordinaire", "Extraordinaire", "Total", ""
	};
	GPtrArray *fonctions = plan_fonctions (d->plan);
	char *art = dash_plan_range (d, PST_FIELD_ARTICLE);
	char *bud = dash_plan_range (d, PST_FIELD_BUDGET);
	char *b_art = NULL, *b_srv = NULL, *b_amt = NULL, *total;
	GnmValue **totals;
	int first, last, c;
	guint i;

	if (art == NULL || bud == NULL)
		goto out;
	if (d->budget && d->budget_article >= 0 && d->budget_service >= 0 && d->budget_amount >= 0) {
		b_art = dash_col_range ("Budget", d->budget_article, 1, d->budget_last);
		b_srv = dash_col_range ("Budget", d->budget_service, 1, d->budget_last);
		b_amt = dash_col_range ("Budget", d->budget_amount, 1, d->budget_last);
	}
	dash_begin_section (d);
	dash_section_title (d, "Budget par fonction et par service");
	if (fonctions->len == 0) {
		pst_put_text (&d->out, COL_LABEL, d->row++,
			  "Aucun article budgétaire valide dans le plan : pas de graphique.");
		pst_put_text (&d->out, COL_LABEL, d->row, "Budget prévu (toutes actions)");
		pst_put_formula (&d->out, COL_V3, d->row, "=SUM(%s)", bud);
		dash_set_look (d, COL_V3, d->row, COL_V3, d->row, LOOK_EURO);
		d->row++;
		dash_end_section (d, d->row - 1);
		goto out;
	}
	dash_table_header (d, headers);
	first = d->row;
	totals = fonction_totals (d, fonctions);
	for (i = 0; i < fonctions->len; i++, d->row++) {
		char const *f = g_ptr_array_index (fonctions, i);
		char *a = dash_local_cell (COL_LABEL, d->row);
		pst_put_text (&d->out, COL_LABEL, d->row, f);
		/* Ordinaire and extraordinaire from the Budget sheet, whose
		 * rows tell each article's service. */
		if (b_art) {
			pst_put_formula (&d->out, COL_V1, d->row, "=SUMIFS(%s,%s,%s&\"/*\",%s,\"O\")",
				     b_amt, b_art, a, b_srv);
			pst_put_formula (&d->out, COL_V2, d->row, "=SUMIFS(%s,%s,%s&\"/*\",%s,\"E\")",
				     b_amt, b_art, a, b_srv);
		}
		pst_put_formula_value (&d->out, COL_V3, d->row, totals[i],
				       "=PST.BUDGET(%s,%s,\"fonction=\"&%s)", art, bud, a);
		g_free (a);
	}
	g_free (totals);
	last = d->row - 1;
	pst_put_text (&d->out, COL_LABEL, d->row, "Total des articles valides");
	for (c = COL_V1; c <= COL_V3; c++) {
		char *column = dash_local_range (c, first, last);
		pst_put_formula (&d->out, c, d->row, "=SUM(%s)", column);
		g_free (column);
	}
	dash_set_look (d, COL_LABEL, d->row, COL_V3, d->row, LOOK_TOTAL);
	d->row++;
	pst_put_text (&d->out, COL_LABEL, d->row, "Sans article valide");
	total = dash_local_cell (COL_V3, d->row - 1);
	pst_put_formula (&d->out, COL_V3, d->row, "=SUM(%s)-%s", bud, total);
	g_free (total);
	d->row++;
	pst_put_text (&d->out, COL_LABEL, d->row, "Budget prévu (toutes actions)");
	pst_put_formula (&d->out, COL_V3, d->row, "=SUM(%s)", bud);
	dash_set_look (d, COL_LABEL, d->row, COL_V3, d->row, LOOK_TOTAL);
	d->row++;
	dash_set_look (d, COL_V1, first, COL_V3, d->row - 1, LOOK_EURO);

	if (b_art) {
		GogGraph *graph;
		GogPlot *plot = dash_new_chart (d, &graph, "Budget par fonction (ordinaire / extraordinaire)",
					   "GogBarColPlot");
		GogObject *legend;

		g_object_set (plot, "type", "stacked", "overlap-percentage", 100,
			      "gap-percentage", 80, NULL);
		dash_series_color (dash_add_series (d, plot, COL_V1, first - 1, COL_LABEL, COL_V1, first, last),
			      0x3d, 0x7a, 0xc4);
		dash_series_color (dash_add_series (d, plot, COL_V2, first - 1, COL_LABEL, COL_V2, first, last),
			      0xe0, 0x8a, 0x2c);
		dash_axis_format (plot, "Y-Axis", "#,##0\\ \"€\"");
		dash_value_grid (plot, "Y-Axis");
		legend = gog_object_add_by_name (dash_chart_of (plot), "Legend", NULL);
		gog_object_set_position_flags (legend, GOG_POSITION_S, GOG_POSITION_COMPASS);
		last = dash_place_graph (d, graph, "Budget par fonction", CHART_ROWS);
	}
	dash_end_section (d, MAX (last, d->row - 1));
 out:
	g_ptr_array_free (fonctions, TRUE);
	g_free (art);
	g_free (bud);
	g_free (b_art);
	g_free (b_srv);
	g_free (b_amt);
}

static void
write_progress (Dash *d)
{
	int n_os = 0, first_os;
	guint i;

	for (i = 0; i < d->plan->objectives->len; i++)
		if (((PstObjective *) g_ptr_array_index (d->plan->objectives, i))->level == 1)
			n_os++;
	if (d->blocks->len > 1) {
		dash_begin_section (d);
		write_entities (d);
		dash_end_section (d, d->row - 1);
	}
	dash_begin_section (d);
	dash_section_title (d, "Avancement par objectif stratégique");
	if (n_os <= MAX_BARS) {
		n_os = write_os_table (d, &first_os);
		if (n_os > 0)
			chart_os_bars (d, first_os, n_os);
		else
			dash_end_section (d, d->row - 1);
		return;
	}
	write_os_tranches (d);
}


/* ------------------------------------------------------------------ */

static void
find_columns (Dash *d, Workbook *wb)
{
	Sheet *plan = workbook_sheet_by_name (wb, "Plan");
	Sheet *objectives = workbook_sheet_by_name (wb, "Objectifs");
	int f;

	for (f = 0; f < PST_N_FIELDS; f++)
		d->plan_cols[f] = dash_header_col (plan, pst_field_header (f));
	d->plan_last = MAX ((int) d->plan->actions->len, 1);
	d->obj_entite = dash_header_col (objectives, "Entité");
	d->obj_type = dash_header_col (objectives, "Type");
	d->obj_ref = dash_header_col (objectives, "Réf.");
	d->obj_label = dash_header_col (objectives, "Libellé");
	d->obj_actions = dash_header_col (objectives, "Actions");
	d->obj_avancement = dash_header_col (objectives, "Avancement");
	d->obj_meteo = dash_header_col (objectives, "Météo");
	d->obj_budget = dash_header_col (objectives, "Budget");
	d->budget = workbook_sheet_by_name (wb, "Budget");
	d->budget_article = dash_header_col (d->budget, "Article");
	d->budget_service = dash_header_col (d->budget, "Service");
	d->budget_amount = dash_header_col (d->budget, "Budget");
	d->budget_last = d->budget
		? MAX (sheet_get_extent (d->budget, FALSE, TRUE).end.row, 1) : 1;
}

void
pst_dashboard_write (Workbook *wb, PstPlan const *plan)
{
	Dash d;
	Sheet *old = workbook_sheet_by_name (wb, PST_DASHBOARD_SHEET);
	int pos = -1, cols = GNM_DEFAULT_COLS, rows, c;

	g_return_if_fail (wb != NULL && plan != NULL);

	memset (&d, 0, sizeof d);
	d.plan = plan;
	d.blocks = pst_plan_entity_blocks (plan, NULL);
	d.sections = g_array_new (FALSE, FALSE, sizeof (int));
	d.out.convs = pst_formula_conventions_new ();
	find_columns (&d, wb);

	if (old) {
		pos = old->index_in_wb;
		workbook_sheet_delete (old);
	}
	/* Tables of objectives, entities and fonctions (at most one per
	 * action), their charts and the key figures. */
	rows = plan->objectives->len + d.blocks->len + plan->actions->len + 200;
	gnm_sheet_suggest_size (&cols, &rows);
	d.out.sheet = sheet_new (wb, PST_DASHBOARD_SHEET, cols, rows);
	if (pos >= 0) {
		workbook_sheet_attach_at_pos (wb, d.out.sheet, pos);
		g_object_unref (d.out.sheet);	/* the workbook holds it */
	} else
		workbook_sheet_attach (wb, d.out.sheet);
	for (c = 0; c < COL_END; c++)
		sheet_col_set_size_pts (d.out.sheet, c, col_widths[c], TRUE);

	dash_begin_section (&d);
	write_title (&d);
	/* The page before the charts, whose height it bounds. */
	dash_set_up_page (&d);
	write_key_figures (&d);
	dash_end_section (&d, d.row - 1);
	write_progress (&d);
	write_meteo (&d);
	write_budget (&d);
	dash_set_page_breaks (&d);

	g_free (d.who);
	g_free (d.when);
	gnm_conventions_unref (d.out.convs);
	g_array_free (d.blocks, TRUE);
	g_array_free (d.sections, TRUE);
}
