/*
 * fiches.c: the fiches actions, one A4 portrait page per action or per
 * objectif opérationnel, in one sheet "Fiches" meant to be printed (pst
 * fiches → PDF).
 *
 * Each fiche is a block of rows.  Every page break is set here, before
 * each fiche, and the rows of a fiche are kept within the height of a
 * page: long texts are shortened first, then, for a fiche still too tall,
 * the tallest rows are cut (their text clipped) rather than let the fiche
 * run onto a second page.  The table of a long OO fiche is the exception:
 * it flows onto the next page, a break before the row that would not fit.
 *
 * Nothing is a formula: dates, percentages and amounts are values with a
 * format, texts from the plan are string values never parsed.
 */
#include "fiches.h"
#include "import.h"
#include "sheet-write.h"
#include "article.h"
#include "avancement.h"
#include "meteo.h"
#include "reference.h"
#include "smart.h"
#include "status.h"
#include "text.h"

#include <workbook.h>
#include <sheet.h>
#include <cell.h>
#include <sheet-style.h>
#include <sheet-merge.h>
#include <mstyle.h>
#include <style-border.h>
#include <style-color.h>
#include <ranges.h>
#include <colrow.h>
#include <print-info.h>
#include <goffice/goffice.h>
#include <math.h>
#include <string.h>

/* The page: A4 portrait, 1 cm margins (pst_print_a4), 1.8 cm from the
 * edges to the body, in points. */
#define PAGE_BODY	(1.8 * 72 / 2.54)
/* Points of every page left free: heights read back may differ by a
 * rounding from the ones set. */
#define PAGE_SLACK	6.
/* The shortest a cut row becomes: one line of text. */
#define MIN_ROW		14.
/* The ruled lines of the notes. */
#define NOTE_ROW	22.

/* Longest texts, in characters, before "…": what fits the page with all
 * the other fields. */
#define MAX_TITLE	300
#define MAX_OBJECTIVE	220
#define MAX_FIELD	220
#define MAX_COMMENT	600
#define MAX_TABLE_LABEL	90
/* Rows are fit to their text laid out in columns this much narrower:
 * Gnumeric measures on the screen's pixels and prints in points, and a
 * line may break otherwise on paper than measured, then be cut. */
#define FIT_NARROWER	0.93

/* Column widths, in points: the two columns of an action fiche, the eight
 * of an OO fiche's table; both 530 points, the width of the page between
 * its margins. */
static double const action_widths[] = { 150, 380 };
static double const oo_widths[] = { 38, 154, 70, 58, 62, 38, 56, 54 };
enum { OO_REF, OO_ACTION, OO_PILOTE, OO_ECHEANCE, OO_STATUT, OO_AVANCEMENT,
       OO_METEO, OO_BUDGET, OO_N_COLS };
/* A column right of the fiches, where a merged cell's text is laid out to
 * measure it (Gnumeric's row fit skips merged cells); left empty. */
#define SCRATCH_COL 12

typedef enum { LOOK_TEXT, LOOK_DATE, LOOK_PERCENT, LOOK_EURO, LOOK_GENERAL } Look;

typedef struct {
	PstSheetWriter w;
	Sheet	  *sheet;
	PstPlan const *plan;
	int	   row;
	int	   n_cols;
	double const *widths;
	gboolean   computed_meteo;	/* an OO table shows a météo computed */
	GDate	   date;
	double	   today;	/* serial day, 1900 system */
	char	  *when;	/* "30/06/2024" */
	double	   page_height;
	GArray	  *blocks;	/* int pairs: first and last row of each fiche */
	GArray	  *merged;	/* int triples: row, first and last column */
	GArray	  *fixed;	/* int: rows of NOTE_ROW points, empty */
	GOFormat  *fmt_date, *fmt_percent, *fmt_euro, *fmt_euro_cents;
} Fiches;

/* ------------------------------------------------------------------ */
/* Values as the fiche shows them                                       */

/* The text of a cell when filled: NULL when blank or an error value. */
static char const *
cell_text (PstAction const *a, PstField field)
{
	char const *t = pst_cell_text (&a->values[field]);
	return t && !pst_text_is_blank (t) ? t : NULL;
}

static gboolean
cell_number (PstAction const *a, PstField field, double *v)
{
	PstCell const *c = &a->values[field];
	if ((c->kind != PST_CELL_NUMBER && c->kind != PST_CELL_DATE) || !isfinite (c->number))
		return FALSE;
	*v = c->number;
	return TRUE;
}

/* A day of the spreadsheet: 01/01/1900 to 31/12/9999. */
static gboolean
cell_date (PstAction const *a, PstField field, double *v)
{
	return cell_number (a, field, v) && *v >= 1 && *v <= PST_DATE_SERIAL_MAX;
}

/* @text cut to @max characters, "…" at the end when cut. */
static char *
shorten (char const *text, glong max)
{
	char *s = g_strstrip (g_strdup (text));
	if (g_utf8_strlen (s, -1) > max) {
		char *end = g_utf8_offset_to_pointer (s, max - 1);
		char *cut;
		*end = '\0';
		cut = g_strconcat (g_strchomp (s), "…", NULL);
		g_free (s);
		s = cut;
	}
	return s;
}

static char const *
status_word (PstStatus status)
{
	switch (status) {
	case PST_STATUS_NON_COMMENCE: return "Non commencé";
	case PST_STATUS_EN_COURS: return "En cours";
	case PST_STATUS_EN_ATTENTE: return "En attente";
	case PST_STATUS_PROBLEME: return "En problème";
	case PST_STATUS_TERMINE: return "Terminé";
	case PST_STATUS_ANNULE_ABANDONNE: return "Annulé ou abandonné";
	default: return NULL;
	}
}

static PstStatus
action_status (PstAction const *a)
{
	char const *t = cell_text (a, PST_FIELD_STATUT);
	return t ? pst_status_parse (t) : PST_STATUS_UNKNOWN;
}

/* "En cours", or the status as written when it is none of the six. */
static char const *
status_text (PstAction const *a)
{
	char const *word = status_word (action_status (a));
	return word ? word : cell_text (a, PST_FIELD_STATUT);
}

/* Symbols the usual fonts (DejaVu) have. */
static char const *
meteo_symbol (PstMeteo m)
{
	switch (m) {
	case PST_METEO_SOLEIL: return "☀";
	case PST_METEO_NUAGEUX: return "☁";
	case PST_METEO_PLUIE: return "☔";
	case PST_METEO_ORAGE: return "⚡";
	default: return "";
	}
}

static char *
meteo_words (PstMeteo m)
{
	char const *word = pst_meteo_word (m);
	char *cap = g_strdup (word);
	char *s;
	cap[0] = g_ascii_toupper (cap[0]);
	s = g_strconcat (cap, " ", meteo_symbol (m), NULL);
	g_free (cap);
	return s;
}

/* The plan's météo globale; when it has none, the météo of the delays
 * as of the fiche's date, said to be computed (@long_form) or marked
 * "(calculée)".  NULL when neither can be told. */
static char *
meteo_text (Fiches const *f, PstAction const *a, gboolean long_form)
{
	char const *written = cell_text (a, PST_FIELD_METEO_GLOBALE);
	PstStatus status = action_status (a);
	double progress, start, end;
	gboolean has_progress;
	PstMeteo m;

	if (written) {
		m = pst_meteo_parse (written);
		return m == PST_METEO_UNKNOWN ? g_strdup (written) : meteo_words (m);
	}
	has_progress = cell_number (a, PST_FIELD_AVANCEMENT, &progress);
	if (!has_progress && (status == PST_STATUS_NON_COMMENCE || status == PST_STATUS_TERMINE))
		progress = 0, has_progress = TRUE;
	if (!has_progress || !cell_date (a, PST_FIELD_DEBUT, &start) ||
	    !cell_date (a, PST_FIELD_FIN, &end) ||
	    pst_meteo_delais (progress, floor (start), floor (end), f->today, status,
			      NULL, &m) != PST_OK)
		return NULL;
	{
		char *words = meteo_words (m);
		char *s = long_form
			? g_strdup_printf ("%s (calculée sur les délais au %s ; le plan n’en donne pas)",
					   words, f->when)
			: g_strdup_printf ("%s *", words);
		g_free (words);
		return s;
	}
}

/* ------------------------------------------------------------------ */
/* Cells and their looks                                                */

static void
apply (Sheet *sheet, int c0, int r0, int c1, int r1, GnmStyle *style)
{
	GnmRange range;
	sheet_style_apply_range (sheet, range_init (&range, c0, r0, c1, r1), style);
}

static GnmStyle *
style_font (double size, gboolean bold)
{
	GnmStyle *style = gnm_style_new ();
	gnm_style_set_font_size (style, size);
	gnm_style_set_font_bold (style, bold);
	gnm_style_set_align_v (style, GNM_VALIGN_TOP);
	return style;
}

static GnmStyle *
style_wrap (void)
{
	GnmStyle *style = gnm_style_new ();
	gnm_style_set_wrap_text (style, TRUE);
	gnm_style_set_align_v (style, GNM_VALIGN_TOP);
	gnm_style_set_align_h (style, GNM_HALIGN_LEFT);
	return style;
}

static GnmStyle *
style_label (void)
{
	GnmStyle *style = gnm_style_new ();
	gnm_style_set_font_bold (style, TRUE);
	gnm_style_set_back_color (style, gnm_color_new_rgb8 (0xdd, 0xe6, 0xef));
	gnm_style_set_pattern (style, 1);
	gnm_style_set_align_v (style, GNM_VALIGN_TOP);
	gnm_style_set_wrap_text (style, TRUE);
	return style;
}

static GnmStyle *
style_rule (void)
{
	GnmStyle *style = gnm_style_new ();
	gnm_style_set_border (style, MSTYLE_BORDER_BOTTOM,
			      gnm_style_border_fetch (GNM_STYLE_BORDER_THIN,
						      gnm_color_new_rgb8 (0x99, 0x99, 0x99),
						      GNM_STYLE_BORDER_HORIZONTAL));
	return style;
}

static GnmStyle *
style_grey_italic (void)
{
	GnmStyle *style = gnm_style_new ();
	gnm_style_set_font_italic (style, TRUE);
	gnm_style_set_font_color (style, gnm_color_new_rgb8 (0x55, 0x55, 0x55));
	return style;
}

static void
put_string (Fiches *f, int col, int row, char const *text)
{
	pst_put_value (&f->w, col, row, value_new_string (text && *text ? text : "—"));
}

static void
put_float (Fiches *f, int col, int row, double v, GOFormat *fmt)
{
	GnmValue *value = value_new_float (v);
	if (fmt)
		value_set_fmt (value, fmt);
	pst_put_value (&f->w, col, row, value);
}

static void
put_amount (Fiches *f, int col, int row, double v)
{
	/* Whole euros with the French grouping whatever the locale; cents
	 * in the locale's own. */
	gboolean whole = v >= 0 && v < 1e12 && fabs (v - round (v)) < 0.005;
	put_float (f, col, row, whole ? round (v) : v, whole ? f->fmt_euro : f->fmt_euro_cents);
}

/* A field of the action in the look it asks for: a value when the cell
 * holds one, else its text (shortened to @max), else "—". */
static void
put_field (Fiches *f, int col, int row, PstAction const *a, PstField field,
	   Look look, glong max)
{
	double v;
	char const *t;

	if (look == LOOK_DATE && cell_date (a, field, &v)) {
		put_float (f, col, row, floor (v), f->fmt_date);
		return;
	}
	if (look != LOOK_TEXT && look != LOOK_DATE && a->values[field].kind == PST_CELL_NUMBER &&
	    cell_number (a, field, &v)) {
		if (look == LOOK_PERCENT)
			put_float (f, col, row, v, f->fmt_percent);
		else if (look == LOOK_EURO)
			put_amount (f, col, row, v);
		else
			put_float (f, col, row, v, NULL);
		return;
	}
	t = cell_text (a, field);
	if (t == NULL && cell_number (a, field, &v)) {
		/* A number the plan holds without its text. */
		put_float (f, col, row, v, look == LOOK_DATE ? f->fmt_date : NULL);
		return;
	}
	{
		char *s = t ? shorten (t, max) : NULL;
		put_string (f, col, row, s);
		g_free (s);
	}
}

/* "2 — Être un CPAS accessible": a reference and a label, either may be
 * missing. */
static char *
ref_and_label (char const *ref, char const *label, glong max)
{
	char *l = label ? shorten (label, max) : NULL;
	char *s;
	if (ref && *ref && l)
		s = g_strdup_printf ("%s — %s", ref, l);
	else
		s = g_strdup (l ? l : ref && *ref ? ref : "");
	g_free (l);
	return s;
}

/* A cell of columns @c0 to @c1 merged, its text wrapped. */
static void
merge (Fiches *f, int row, int c0, int c1)
{
	GnmRange range;
	int triple[3] = { row, c0, c1 };

	gnm_sheet_merge_add (f->sheet, range_init (&range, c0, row, c1, row), FALSE, NULL);
	apply (f->sheet, c0, row, c1, row, style_wrap ());
	g_array_append_vals (f->merged, triple, 3);
}

/* A row "Label | value" of an action fiche: the label in column A, the
 * value in the next column(s), a rule under both. */
static void
field_row (Fiches *f, char const *label)
{
	/* An OO fiche: the label over the two first columns of its table,
	 * the value (merged by the caller) over the others. */
	int value_col = f->n_cols > 2 ? 2 : 1;

	pst_put_text (&f->w, 0, f->row, label);
	apply (f->sheet, 0, f->row, value_col - 1, f->row, style_label ());
	if (value_col > 1) {
		GnmRange range;
		gnm_sheet_merge_add (f->sheet, range_init (&range, 0, f->row, value_col - 1, f->row),
				     FALSE, NULL);
	}
	apply (f->sheet, value_col, f->row, f->n_cols - 1, f->row, style_wrap ());
	apply (f->sheet, 0, f->row, f->n_cols - 1, f->row, style_rule ());
}

/* The title block of a fiche: "Fiche action 2.1.3" and the label under
 * it, then the entity and the date.  An action fiche's label is its first
 * field, @what, rather than a merged cell: Gnumeric 1.12 prints every
 * merged cell with a critical warning (cmd-fiches.c). */
static void
title_block (Fiches *f, char const *title, char const *what, char const *label,
	     char const *entite)
{
	char *line, *l;

	pst_put_text (&f->w, 0, f->row, title);
	apply (f->sheet, 0, f->row, 0, f->row, style_font (16, TRUE));
	f->row++;
	l = label ? shorten (label, MAX_TITLE) : g_strdup ("(sans libellé)");
	if (f->n_cols == 2) {
		field_row (f, what);
		pst_put_value (&f->w, 1, f->row, value_new_string (l));
		apply (f->sheet, 1, f->row, 1, f->row, style_font (12, TRUE));
	} else {
		pst_put_value (&f->w, 0, f->row, value_new_string (l));
		apply (f->sheet, 0, f->row, f->n_cols - 1, f->row, style_font (12, TRUE));
		merge (f, f->row, 0, f->n_cols - 1);
	}
	g_free (l);
	f->row++;
	line = entite && *entite
		? g_strdup_printf ("%s — situation au %s", entite, f->when)
		: g_strdup_printf ("Situation au %s", f->when);
	pst_put_text (&f->w, 0, f->row, line);
	apply (f->sheet, 0, f->row, 0, f->row, style_grey_italic ());
	g_free (line);
	f->row += 2;
}

/* ------------------------------------------------------------------ */
/* An action fiche                                                      */

static void
smart_rows (Fiches *f, PstAction const *a)
{
	PstSmartInput input = { NULL };
	PstSmartResult result;
	char *fields[4];
	PstField const from[4] = { PST_FIELD_FIN, PST_FIELD_INDICATEUR,
				   PST_FIELD_RESPONSABLE, PST_FIELD_BUDGET };
	char *letters = NULL, *diagnostic = NULL;
	int i;

	/* The same five fields as the Plan sheet's SMART column and the
	 * verification's rule: the fiche agrees with both. */
	for (i = 0; i < 4; i++) {
		PstCell const *c = &a->values[from[i]];
		char buf[G_ASCII_DTOSTR_BUF_SIZE];
		if (c->text)
			fields[i] = g_strdup (c->text);
		else if ((c->kind == PST_CELL_NUMBER || c->kind == PST_CELL_DATE) && isfinite (c->number))
			fields[i] = g_strdup (g_ascii_dtostr (buf, sizeof buf, c->number));
		else
			fields[i] = NULL;
	}
	input.label = cell_text (a, PST_FIELD_ACTION);
	input.echeance = fields[0];
	input.indicateur = fields[1];
	input.responsable = fields[2];
	input.ressources = fields[3];
	input.niveau = a->level;
	if (input.label && pst_smart (&input, &result) == PST_OK) {
		char *l = pst_smart_letters (&result);
		letters = g_strdup_printf ("%s (%d critères sur 5)", l, pst_smart_score (&result));
		diagnostic = pst_smart_diagnostic (&result);
		g_free (l);
	}
	field_row (f, "Critères SMART");
	put_string (f, 1, f->row++, letters);
	field_row (f, "Diagnostic SMART");
	put_string (f, 1, f->row++, diagnostic ? diagnostic : "Pas de libellé : rien à juger.");
	g_free (letters);
	g_free (diagnostic);
	for (i = 0; i < 4; i++)
		g_free (fields[i]);
}

static void
article_row (Fiches *f, PstAction const *a)
{
	char const *t = cell_text (a, PST_FIELD_ARTICLE);
	PstArticle article;

	field_row (f, "Article budgétaire");
	if (t && pst_article_parse (t, &article) == PST_OK) {
		PstEconomicCode const *code = pst_article_economic_code (&article);
		char *s = code && code->libelle
			? g_strdup_printf ("%s — %s", article.canonical, code->libelle)
			: g_strdup_printf ("%s (code économique absent de la liste)", article.canonical);
		char *cut = shorten (s, MAX_FIELD);
		put_string (f, 1, f->row, cut);
		g_free (cut);
		g_free (s);
	} else
		put_field (f, 1, f->row, a, PST_FIELD_ARTICLE, LOOK_TEXT, MAX_FIELD);
	f->row++;
}

static void
action_fiche (Fiches *f, PstAction const *a)
{
	char const *ref = cell_text (a, PST_FIELD_REF);
	char *title, *s, *m;
	int i;

	title = g_strdup_printf ("Fiche %s %s", a->level == 4 ? "sous-action" : "action",
				 ref ? ref : "sans référence");
	title_block (f, title, a->level == 4 ? "Sous-action" : "Action",
		     cell_text (a, PST_FIELD_ACTION), cell_text (a, PST_FIELD_ENTITE));
	g_free (title);

	field_row (f, "Objectif stratégique");
	s = ref_and_label (cell_text (a, PST_FIELD_REF_OS), cell_text (a, PST_FIELD_OS), MAX_OBJECTIVE);
	put_string (f, 1, f->row++, s);
	g_free (s);
	field_row (f, "Objectif opérationnel");
	s = ref_and_label (cell_text (a, PST_FIELD_REF_OO), cell_text (a, PST_FIELD_OO), MAX_OBJECTIVE);
	put_string (f, 1, f->row++, s);
	g_free (s);
	field_row (f, "Pilote (responsable)");
	put_field (f, 1, f->row++, a, PST_FIELD_RESPONSABLE, LOOK_TEXT, MAX_FIELD);
	field_row (f, "Service");
	put_field (f, 1, f->row++, a, PST_FIELD_SERVICE, LOOK_TEXT, MAX_FIELD);
	field_row (f, "Début");
	put_field (f, 1, f->row++, a, PST_FIELD_DEBUT, LOOK_DATE, MAX_FIELD);
	field_row (f, "Échéance");
	put_field (f, 1, f->row++, a, PST_FIELD_FIN, LOOK_DATE, MAX_FIELD);
	field_row (f, "Statut");
	put_string (f, 1, f->row++, status_text (a));
	field_row (f, "Avancement");
	put_field (f, 1, f->row++, a, PST_FIELD_AVANCEMENT, LOOK_PERCENT, MAX_FIELD);
	field_row (f, "Météo");
	m = meteo_text (f, a, TRUE);
	put_string (f, 1, f->row++, m);
	g_free (m);
	field_row (f, "Budget");
	put_field (f, 1, f->row++, a, PST_FIELD_BUDGET, LOOK_EURO, MAX_FIELD);
	field_row (f, "Engagé");
	put_field (f, 1, f->row++, a, PST_FIELD_ENGAGE, LOOK_EURO, MAX_FIELD);
	article_row (f, a);
	field_row (f, "Financement");
	put_field (f, 1, f->row++, a, PST_FIELD_FINANCEMENT, LOOK_TEXT, MAX_FIELD);
	field_row (f, "Indicateur");
	put_field (f, 1, f->row++, a, PST_FIELD_INDICATEUR, LOOK_TEXT, MAX_FIELD);
	field_row (f, "Cible");
	put_field (f, 1, f->row++, a, PST_FIELD_CIBLE, LOOK_GENERAL, MAX_FIELD);
	field_row (f, "Réalisé");
	put_field (f, 1, f->row++, a, PST_FIELD_REALISE, LOOK_GENERAL, MAX_FIELD);
	smart_rows (f, a);
	field_row (f, "Commentaire");
	put_field (f, 1, f->row++, a, PST_FIELD_COMMENTAIRE, LOOK_TEXT, MAX_COMMENT);

	/* Room for what the meeting decides. */
	f->row++;
	pst_put_text (&f->w, 0, f->row, "Notes de réunion");
	apply (f->sheet, 0, f->row, 0, f->row, style_font (11, TRUE));
	f->row++;
	for (i = 0; i < 4; i++) {
		apply (f->sheet, 0, f->row, f->n_cols - 1, f->row, style_rule ());
		g_array_append_val (f->fixed, f->row);
		f->row++;
	}
}

/* ------------------------------------------------------------------ */
/* An OO fiche                                                          */

typedef struct {
	char const *entite, *ref, *label;	/* owned by the plan */
	char const *os_ref, *os_label;
	GArray	   *actions;			/* guint: indices in plan->actions */
} OoGroup;

static gboolean
same_entite (char const *a, char const *b)
{
	return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

/* The OO an action belongs to: its Réf. OO, else the first two levels
 * of its reference. */
static char *
action_oo (PstAction const *a)
{
	char const *oo = cell_text (a, PST_FIELD_REF_OO);
	char const *ref = cell_text (a, PST_FIELD_REF);
	if (oo)
		return g_strstrip (g_strdup (oo));
	if (ref && pst_ref_depth (ref) >= 2)
		return g_strndup (ref, pst_ref_prefix_len (ref, 2));
	return NULL;
}

static void
oo_groups_free (GPtrArray *groups)
{
	guint i;
	for (i = 0; i < groups->len; i++) {
		OoGroup *g = g_ptr_array_index (groups, i);
		g_array_free (g->actions, TRUE);
		g_free (g);
	}
	g_ptr_array_free (groups, TRUE);
}

static OoGroup *
oo_group_new (GPtrArray *groups)
{
	OoGroup *g = g_new0 (OoGroup, 1);
	g->actions = g_array_new (FALSE, FALSE, sizeof (guint));
	g_ptr_array_add (groups, g);
	return g;
}

/* The OO of the plan in order, each with its actions; then the OO that
 * only actions name, in the order of their first action. */
static GPtrArray *
oo_groups (PstPlan const *plan)
{
	GPtrArray *groups = g_ptr_array_new ();
	GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	guint i, j;

	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		OoGroup *g;
		if (o->level != 2 || o->ref == NULL)
			continue;
		g = oo_group_new (groups);
		g->entite = o->entite;
		g->ref = o->ref;
		g->label = o->label;
		for (j = 0; j < plan->objectives->len; j++) {
			PstObjective const *os = g_ptr_array_index (plan->objectives, j);
			if (os->level == 1 && os->ref && same_entite (os->entite, o->entite) &&
			    pst_ref_is_within (o->ref, os->ref)) {
				g->os_ref = os->ref;
				g->os_label = os->label;
				break;
			}
		}
		g_hash_table_insert (by_key, g_strconcat (o->entite ? o->entite : "", "\n", o->ref, NULL), g);
	}
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		char const *e = cell_text (a, PST_FIELD_ENTITE);
		char *oo = action_oo (a);
		char *key = g_strconcat (e ? e : "", "\n", oo ? oo : "", NULL);
		OoGroup *g = g_hash_table_lookup (by_key, key);

		if (g == NULL) {
			g = oo_group_new (groups);
			g->entite = e;
			g->ref = cell_text (a, PST_FIELD_REF_OO);
			g->label = cell_text (a, PST_FIELD_OO);
			g->os_ref = cell_text (a, PST_FIELD_REF_OS);
			g->os_label = cell_text (a, PST_FIELD_OS);
			g_hash_table_insert (by_key, key, g);
		} else
			g_free (key);
		g_free (oo);
		g_array_append_val (g->actions, i);
	}
	g_hash_table_destroy (by_key);
	return groups;
}

static void
oo_summary (Fiches *f, OoGroup const *g)
{
	PstProgressSum sum = { 0 };
	guint i, n_done = 0, n_late = 0;
	double budget = 0, mean;
	gboolean has_budget = FALSE;
	char *s;

	for (i = 0; i < g->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (f->plan->actions,
							 g_array_index (g->actions, guint, i));
		PstProgressRow row = { 0, FALSE, 1, action_status (a) };
		double v;
		row.has_progress = cell_number (a, PST_FIELD_AVANCEMENT, &row.progress);
		pst_progress_sum_add (&sum, &row);
		if (row.status == PST_STATUS_TERMINE)
			n_done++;
		else if (row.status != PST_STATUS_ANNULE_ABANDONNE &&
			 cell_date (a, PST_FIELD_FIN, &v) && floor (v) < f->today)
			n_late++;
		if (cell_number (a, PST_FIELD_BUDGET, &v) && a->values[PST_FIELD_BUDGET].kind == PST_CELL_NUMBER) {
			budget += v;
			has_budget = TRUE;
		}
	}
	field_row (f, "Actions");
	s = g->actions->len == 0
		? g_strdup ("Aucune action sous cet objectif.")
		: g_strdup_printf ("%u action%s, dont %u terminée%s et %u en retard sur l’échéance",
				   g->actions->len, g->actions->len > 1 ? "s" : "",
				   n_done, n_done > 1 ? "s" : "", n_late);
	put_string (f, 2, f->row, s);
	merge (f, f->row++, 2, f->n_cols - 1);
	g_free (s);
	field_row (f, "Avancement moyen");
	if (pst_progress_sum_mean (&sum, &mean) == PST_OK)
		put_float (f, 2, f->row, mean, f->fmt_percent);
	else
		put_string (f, 2, f->row, NULL);
	merge (f, f->row++, 2, f->n_cols - 1);
	field_row (f, "Budget des actions");
	if (has_budget)
		put_amount (f, 2, f->row, budget);
	else
		put_string (f, 2, f->row, NULL);
	merge (f, f->row++, 2, f->n_cols - 1);
}

static void
oo_fiche (Fiches *f, OoGroup const *g)
{
	static char const *const headers[OO_N_COLS] = {
		"Réf.", "Action", "Pilote", "Échéance", "Statut", "Avanc.", "Météo", "Budget"
	};
	char *title, *s;
	GnmStyle *style;
	int c, first, note_row;
	guint i;

	title = g_strdup_printf ("Fiche objectif opérationnel %s", g->ref ? g->ref : "sans référence");
	title_block (f, title, NULL, g->label, g->entite);
	g_free (title);

	field_row (f, "Objectif stratégique");
	s = ref_and_label (g->os_ref, g->os_label, MAX_OBJECTIVE);
	put_string (f, 2, f->row, s);
	merge (f, f->row++, 2, f->n_cols - 1);
	g_free (s);
	oo_summary (f, g);
	note_row = f->row++;

	for (c = 0; c < OO_N_COLS; c++)
		pst_put_text (&f->w, c, f->row, headers[c]);
	style = style_label ();
	apply (f->sheet, 0, f->row, OO_N_COLS - 1, f->row, style);
	f->row++;
	first = f->row;
	for (i = 0; i < g->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (f->plan->actions,
							 g_array_index (g->actions, guint, i));
		char *m;
		put_field (f, OO_REF, f->row, a, PST_FIELD_REF, LOOK_TEXT, 20);
		put_field (f, OO_ACTION, f->row, a, PST_FIELD_ACTION, LOOK_TEXT, MAX_TABLE_LABEL);
		put_field (f, OO_PILOTE, f->row, a, PST_FIELD_RESPONSABLE, LOOK_TEXT, 60);
		put_field (f, OO_ECHEANCE, f->row, a, PST_FIELD_FIN, LOOK_DATE, 30);
		put_string (f, OO_STATUT, f->row, status_text (a));
		put_field (f, OO_AVANCEMENT, f->row, a, PST_FIELD_AVANCEMENT, LOOK_PERCENT, 10);
		m = meteo_text (f, a, FALSE);
		if (m && g_str_has_suffix (m, " *"))
			f->computed_meteo = TRUE;
		put_string (f, OO_METEO, f->row, m);
		g_free (m);
		put_field (f, OO_BUDGET, f->row, a, PST_FIELD_BUDGET, LOOK_EURO, 20);
		f->row++;
	}
	if (g->actions->len == 0)
		put_string (f, OO_ACTION, f->row++, "Aucune action.");
	apply (f->sheet, 0, first, OO_N_COLS - 1, f->row - 1, style_wrap ());
	apply (f->sheet, 0, first, OO_N_COLS - 1, f->row - 1, style_font (9, FALSE));
	apply (f->sheet, 0, first - 1, OO_N_COLS - 1, first - 1, style_font (9, TRUE));
	/* References and the headers on one line. */
	style = gnm_style_new ();
	gnm_style_set_wrap_text (style, FALSE);
	apply (f->sheet, OO_REF, first - 1, OO_REF, f->row - 1, style);
	style = gnm_style_new ();
	gnm_style_set_wrap_text (style, FALSE);
	apply (f->sheet, 0, first - 1, OO_N_COLS - 1, first - 1, style);
	for (c = first; c < f->row; c++)
		apply (f->sheet, 0, c, OO_N_COLS - 1, c, style_rule ());
	if (f->computed_meteo) {
		char *note = g_strdup_printf ("* Météo calculée sur les délais au %s : le plan n’en donne pas.",
					      f->when);
		/* In the blank row above the table, which it does not lengthen. */
		pst_put_text (&f->w, 0, note_row, note);
		apply (f->sheet, 0, note_row, 0, note_row, style_grey_italic ());
		g_free (note);
		f->computed_meteo = FALSE;
	}
}

/* ------------------------------------------------------------------ */
/* Printing                                                             */

static void
set_up_printing (Fiches *f, PstFichesPar par)
{
	GnmPrintInformation *pi = f->sheet->print_info;
	double width = sheet_col_get_distance_pts (f->sheet, 0, f->n_cols);
	double paper_w, paper_h, top, bottom, left, right, below_header, above_footer, scale;
	char *who, *right_text;

	pst_print_a4 (pi, GTK_PAGE_ORIENTATION_PORTRAIT, PAGE_BODY);
	pst_print_one_page_wide (pi);
	pi->print_grid_lines = FALSE;
	pi->print_titles = FALSE;

	who = pst_print_header_text (f->plan->entite && *f->plan->entite ? f->plan->entite : "Plan stratégique transversal");
	right_text = g_strdup_printf ("Situation au %s", f->when);
	gnm_print_hf_free (pi->header);
	pi->header = gnm_print_hf_new (who, par == PST_FICHES_PAR_OO ? "Fiches objectifs" : "Fiches actions",
				       right_text);
	gnm_print_hf_free (pi->footer);
	pi->footer = gnm_print_hf_new ("PST", "Page &[PAGE] sur &[PAGES]", "");
	g_free (who);
	g_free (right_text);

	/* As Gnumeric scales to fit the width: the columns and 2 points of
	 * grid lines, never above 100 %. */
	paper_w = print_info_get_paper_width (pi, GTK_UNIT_POINTS);
	paper_h = print_info_get_paper_height (pi, GTK_UNIT_POINTS);
	print_info_get_margins (pi, &top, &bottom, &left, &right, &below_header, &above_footer);
	scale = MIN (1., (paper_w - left - right) / (width + 2.));
	f->page_height = (paper_h - below_header - above_footer) / scale - 1. - PAGE_SLACK;
}

/* The height of a row with a merged cell: its text laid out in the
 * scratch column as wide as the merge, as Gnumeric's fit of the row
 * skips merged cells. */
static void
fit_merged (Fiches *f, int row, int c0, int c1)
{
	GnmCell *cell = sheet_cell_get (f->sheet, c0, row), *scratch;
	GnmStyle const *src;
	GnmStyle *style;
	GnmRange range;
	double h = sheet_row_get_distance_pts (f->sheet, row, row + 1), fit;

	if (cell == NULL || cell->value == NULL)
		return;
	sheet_col_set_size_pts (f->sheet, SCRATCH_COL,
				sheet_col_get_distance_pts (f->sheet, c0, c1 + 1), TRUE);
	src = sheet_style_get (f->sheet, c0, row);
	style = gnm_style_new ();
	gnm_style_set_font_size (style, gnm_style_get_font_size (src));
	gnm_style_set_font_bold (style, gnm_style_get_font_bold (src));
	gnm_style_set_font_italic (style, gnm_style_get_font_italic (src));
	gnm_style_set_wrap_text (style, TRUE);
	apply (f->sheet, SCRATCH_COL, row, SCRATCH_COL, row, style);
	scratch = sheet_cell_fetch (f->sheet, SCRATCH_COL, row);
	gnm_cell_set_value (scratch, value_dup (cell->value));
	rows_height_update (f->sheet, range_init (&range, SCRATCH_COL, row, SCRATCH_COL, row), TRUE);
	fit = sheet_row_get_distance_pts (f->sheet, row, row + 1);
	sheet_cell_remove (f->sheet, scratch, FALSE, FALSE);
	sheet_row_set_size_pts (f->sheet, row, MAX (h, fit), TRUE);
}

/* Rows as tall as their text, a fiche cut to a page when it is taller. */
static void
fit_rows (Fiches *f, gboolean cut)
{
	GnmRange range;
	guint b, i;

	int c;

	for (c = 0; c < f->n_cols; c++)
		sheet_col_set_size_pts (f->sheet, c, f->widths[c] * FIT_NARROWER, TRUE);
	rows_height_update (f->sheet, range_init (&range, 0, 0, f->n_cols - 1, MAX (f->row - 1, 0)), TRUE);
	for (i = 0; i + 2 < f->merged->len; i += 3)
		fit_merged (f, g_array_index (f->merged, int, i),
			    g_array_index (f->merged, int, i + 1),
			    g_array_index (f->merged, int, i + 2));
	sheet_col_set_size_pts (f->sheet, SCRATCH_COL, sheet_col_get_default_size_pts (f->sheet), FALSE);
	for (c = 0; c < f->n_cols; c++)
		sheet_col_set_size_pts (f->sheet, c, f->widths[c], TRUE);
	for (i = 0; i < f->fixed->len; i++)
		sheet_row_set_size_pts (f->sheet, g_array_index (f->fixed, int, i), NOTE_ROW, TRUE);
	if (!cut)
		return;
	for (b = 0; b + 1 < f->blocks->len; b += 2) {
		int first = g_array_index (f->blocks, int, b);
		int last = g_array_index (f->blocks, int, b + 1);
		double excess = sheet_row_get_distance_pts (f->sheet, first, last + 1) - f->page_height;

		while (excess > 0) {
			int r, tallest = -1;
			double h, top = MIN_ROW;
			for (r = first; r <= last; r++) {
				h = sheet_row_get_distance_pts (f->sheet, r, r + 1);
				if (h > top)
					top = h, tallest = r;
			}
			if (tallest < 0)
				break;
			h = MAX (MIN_ROW, top - excess);
			sheet_row_set_size_pts (f->sheet, tallest, h, TRUE);
			excess -= top - h;
		}
	}
}

/* A page break before every fiche but the first, and within a fiche
 * taller than a page before the row that would not fit. */
static void
set_page_breaks (Fiches *f)
{
	GnmPageBreaks *breaks = gnm_page_breaks_new (FALSE);
	guint b;

	for (b = 0; b + 1 < f->blocks->len; b += 2) {
		int first = g_array_index (f->blocks, int, b);
		int last = g_array_index (f->blocks, int, b + 1);
		double y = 0;
		int r;

		if (first > 0)
			gnm_page_breaks_append_break (breaks, first, GNM_PAGE_BREAK_MANUAL);
		for (r = first; r <= last; r++) {
			double h = sheet_row_get_distance_pts (f->sheet, r, r + 1);
			if (y > 0 && y + h > f->page_height) {
				gnm_page_breaks_append_break (breaks, r, GNM_PAGE_BREAK_MANUAL);
				y = 0;
			}
			y += h;
		}
	}
	print_info_set_breaks (f->sheet->print_info, breaks);
}

/* ------------------------------------------------------------------ */

gboolean
pst_fiches_par_parse (char const *text, PstFichesPar *par)
{
	static char const *const action[] = { "action", "actions", "a" };
	static char const *const oo[] = { "oo", "objectif", "objectifs", "objectif-operationnel", "o" };
	gsize i;

	if (text == NULL)
		return FALSE;
	for (i = 0; i < G_N_ELEMENTS (action); i++)
		if (g_ascii_strcasecmp (text, action[i]) == 0) {
			*par = PST_FICHES_PAR_ACTION;
			return TRUE;
		}
	for (i = 0; i < G_N_ELEMENTS (oo); i++)
		if (g_ascii_strcasecmp (text, oo[i]) == 0) {
			*par = PST_FICHES_PAR_OO;
			return TRUE;
		}
	return FALSE;
}

guint
pst_fiches_count (PstPlan const *plan, PstFichesPar par)
{
	GPtrArray *groups;
	guint n;

	g_return_val_if_fail (plan != NULL, 0);
	if (par == PST_FICHES_PAR_ACTION)
		return plan->actions->len;
	groups = oo_groups (plan);
	n = groups->len;
	oo_groups_free (groups);
	return n;
}

Workbook *
pst_fiches_workbook (PstPlan const *plan, PstFichesPar par, GDate const *today,
		     char **error)
{
	Fiches f;
	GPtrArray *groups = NULL;
	Workbook *wb;
	double const *widths;
	int cols, rows, c;
	guint i, n;

	if (error)
		*error = NULL;
	g_return_val_if_fail (plan != NULL, NULL);
	memset (&f, 0, sizeof f);

	if (par == PST_FICHES_PAR_OO) {
		groups = oo_groups (plan);
		n = groups->len;
	} else
		n = plan->actions->len;
	if (n == 0) {
		if (error)
			*error = g_strdup (par == PST_FICHES_PAR_OO
					   ? "le plan ne contient aucun objectif opérationnel ni aucune action : aucune fiche à imprimer."
					   : "le plan ne contient aucune action : aucune fiche à imprimer.");
		if (groups)
			oo_groups_free (groups);
		return NULL;
	}

	f.plan = plan;
	pst_date_or_today (today, &f.date);
	f.today = pst_date_to_serial (&f.date);
	f.when = g_strdup_printf ("%02d/%02d/%04d", g_date_get_day (&f.date),
				  g_date_get_month (&f.date), g_date_get_year (&f.date));
	f.blocks = g_array_new (FALSE, FALSE, sizeof (int));
	f.merged = g_array_new (FALSE, FALSE, sizeof (int));
	f.fixed = g_array_new (FALSE, FALSE, sizeof (int));
	f.fmt_date = go_format_new_from_XL ("dd/mm/yyyy");
	f.fmt_percent = go_format_new_from_XL ("0\\ %");
	f.fmt_euro = go_format_new_from_XL ("[>=1000000]#\" \"###\" \"##0\\ \"€\";[>=1000]#\" \"##0\\ \"€\";0\\ \"€\"");
	f.fmt_euro_cents = go_format_new_from_XL ("#,##0.00\\ \"€\"");

	if (par == PST_FICHES_PAR_OO) {
		widths = oo_widths;
		f.n_cols = G_N_ELEMENTS (oo_widths);
	} else {
		widths = action_widths;
		f.n_cols = G_N_ELEMENTS (action_widths);
	}
	f.widths = widths;

	wb = workbook_new ();
	cols = MAX (SCRATCH_COL + 1, GNM_DEFAULT_COLS);
	rows = 40 * (int) n + (int) plan->actions->len + 10;
	gnm_sheet_suggest_size (&cols, &rows);
	f.sheet = f.w.sheet = sheet_new (wb, PST_FICHES_SHEET, cols, rows);
	workbook_sheet_attach (wb, f.sheet);
	for (c = 0; c < f.n_cols; c++)
		sheet_col_set_size_pts (f.sheet, c, widths[c], TRUE);

	for (i = 0; i < n; i++) {
		int pair[2];
		pair[0] = f.row;
		if (par == PST_FICHES_PAR_OO)
			oo_fiche (&f, g_ptr_array_index (groups, i));
		else
			action_fiche (&f, g_ptr_array_index (plan->actions, i));
		pair[1] = f.row - 1;
		g_array_append_vals (f.blocks, pair, 2);
		/* The next fiche from the top of its page. */
		f.row++;
	}

	set_up_printing (&f, par);
	fit_rows (&f, par == PST_FICHES_PAR_ACTION);
	set_page_breaks (&f);

	if (groups)
		oo_groups_free (groups);
	go_format_unref (f.fmt_date);
	go_format_unref (f.fmt_percent);
	go_format_unref (f.fmt_euro);
	go_format_unref (f.fmt_euro_cents);
	g_array_free (f.blocks, TRUE);
	g_array_free (f.merged, TRUE);
	g_array_free (f.fixed, TRUE);
	g_free (f.when);
	return wb;
}
