/*
 * ecomptes.c: a plan written as eComptes PST XML and read back
 * (the mapping is in ecomptes.h).
 *
 * Written with libxml2's xmlTextWriter, read with its tree parser without
 * entity substitution, DTD loading or network access.  Every figure that
 * is rolled up (progress, ETP) is computed from the figures as written,
 * in whole hundredths, so that a file read back and written again is the
 * same file byte for byte.
 */
#include "ecomptes.h"
#include "article.h"
#include "avancement.h"
#include "import.h"
#include "reference.h"
#include "status.h"
#include "text.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0"
#endif

#define GENERATEUR	"pst " PACKAGE_VERSION
#define NO_VOLET_ID	"neant"
#define NO_VOLET_LABEL	"NEANT"
#define LIBELLE_PREFIX	"Programme stratégique transversal – "
#define FULL_LABEL	"Libellé complet"
#define NOT_GIVEN	"non renseigné"

/* The fields that have no element of their own travel in Description,
 * one line "Champ : valeur" each, in this order. */
static PstField const description_fields[] = {
	PST_FIELD_RESPONSABLE,
	PST_FIELD_STATUT,		/* only "non renseigné" */
	PST_FIELD_AVANCEMENT,		/* only "non renseigné" */
	PST_FIELD_DEBUT,		/* a date that is not one */
	PST_FIELD_FIN,
	PST_FIELD_METEO_DELAIS,
	PST_FIELD_METEO_RESSOURCES,
	PST_FIELD_METEO_GLOBALE,
	PST_FIELD_ARTICLE,		/* when not an article */
	PST_FIELD_BUDGET,		/* when it has no article */
	PST_FIELD_ENGAGE,
	PST_FIELD_FINANCEMENT,
	PST_FIELD_ETP,			/* when not a number >= 0 */
	PST_FIELD_INDICATEUR,
	PST_FIELD_CIBLE,
	PST_FIELD_REALISE,
	PST_FIELD_PRIORITE
};

/* ------------------------------------------------------------------ */
/* Values as text */

/* Valid UTF-8 without the control characters XML 1.0 forbids. */
static char *
clean_text (char const *text)
{
	char *s = g_utf8_make_valid (text ? text : "", -1);
	char *p;

	for (p = s; *p; p++)
		if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			*p = ' ';
	return s;
}

/* 3333 → "33.33", 5000 → "50", 1250 → "12.5": hundredths, trimmed. */
static char *
hundredths_text (gint64 n)
{
	gint64 whole = n / 100, frac = ABS (n % 100);

	if (frac == 0)
		return g_strdup_printf ("%" G_GINT64_FORMAT, whole);
	if (frac % 10 == 0)
		return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT,
					n < 0 && whole == 0 ? "-" : "", whole, frac / 10);
	return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT,
				n < 0 && whole == 0 ? "-" : "", whole, frac);
}

static gboolean
serial_to_date (double serial, GDate *date)
{
	GDate epoch;

	g_date_clear (date, 1);
	if (!isfinite (serial) || serial < 1 || serial > 2958465)	/* 31/12/9999 */
		return FALSE;
	g_date_clear (&epoch, 1);
	g_date_set_dmy (&epoch, 30, 12, 1899);
	g_date_set_julian (date, g_date_get_julian (&epoch) + (guint32) floor (serial));
	return g_date_valid (date);
}

/* The xs:date of a cell, or NULL. */
static char *
cell_iso_date (PstCell const *cell)
{
	GDate date;

	if ((cell->kind != PST_CELL_DATE && cell->kind != PST_CELL_NUMBER) ||
	    !serial_to_date (cell->number, &date))
		return NULL;
	return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
				g_date_get_month (&date), g_date_get_day (&date));
}

static char *
number_text (double v)
{
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	if (v == 0)
		v = 0;	/* no "-0" */
	return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.15g", v));
}

/* A cell as a line of Description, or NULL when blank. */
static char *
cell_text (PstCell const *cell)
{
	switch (cell->kind) {
	case PST_CELL_BLANK:
		return NULL;
	case PST_CELL_NUMBER:
		return number_text (cell->number);
	case PST_CELL_DATE: {
		char *iso = cell_iso_date (cell);
		return iso ? iso : number_text (cell->number);
	}
	default:
		if (cell->text == NULL || pst_text_is_blank (cell->text))
			return NULL;
		return clean_text (cell->text);
	}
}

static gboolean
cell_is_blank (PstCell const *cell)
{
	char *text = cell_text (cell);
	gboolean blank = text == NULL;
	g_free (text);
	return blank;
}

/* ------------------------------------------------------------------ */
/* Rows: the actions and sous-actions as they are written */

typedef struct {
	PstAction const *action;
	char const	*ref;
	char		*oo_ref;
	PstStatus	 status;	/* UNKNOWN when the plan has none */
	gboolean	 has_progress;
	gint64		 bp;		/* progress, hundredths of a percent */
	gboolean	 etp_ok;
	gint64		 etp;		/* hundredths, >= 0 */
} Row;

static gint
row_compare (gconstpointer a, gconstpointer b)
{
	return pst_ref_compare (((Row const *) a)->ref, ((Row const *) b)->ref);
}

static void
row_init (Row *row, PstAction const *a)
{
	PstCell const *av = &a->values[PST_FIELD_AVANCEMENT];
	PstCell const *etp = &a->values[PST_FIELD_ETP];
	PstCell const *oo = &a->values[PST_FIELD_REF_OO];
	int depth;

	row->action = a;
	row->ref = a->values[PST_FIELD_REF].text;
	depth = pst_ref_depth (row->ref);
	if (oo->text && *oo->text && pst_ref_is_within (row->ref, oo->text) &&
	    strcmp (row->ref, oo->text) != 0)
		row->oo_ref = g_strdup (oo->text);
	else
		row->oo_ref = g_strndup (row->ref, pst_ref_prefix_len (row->ref, MIN (depth - 1, 2)));
	row->status = pst_status_parse (a->values[PST_FIELD_STATUT].text);
	row->has_progress = av->kind == PST_CELL_NUMBER && isfinite (av->number);
	if (row->has_progress)
		row->bp = llround (CLAMP (av->number, 0, 1) * 10000);
	row->etp_ok = etp->kind == PST_CELL_NUMBER && isfinite (etp->number) &&
		etp->number >= 0;
	if (row->etp_ok)
		row->etp = llround (etp->number * 100);
}

/* A row without status, told by its progress; UNKNOWN when it says
 * nothing at all. */
static PstStatus
row_class (Row const *row)
{
	if (row->status != PST_STATUS_UNKNOWN || !row->has_progress)
		return row->status;
	if (row->bp >= 10000)
		return PST_STATUS_TERMINE;
	return row->bp <= 0 ? PST_STATUS_NON_COMMENCE : PST_STATUS_EN_COURS;
}

typedef struct {
	PstProgressSum sum;
	guint	  considered, cancelled;
	PstStatus shared;
	gboolean  mixed;
	gint64	  etp;
} Tally;

static void
tally_row (Tally *t, Row const *row)
{
	PstProgressRow pr;
	PstStatus s = row_class (row);

	pr.progress = row->bp / 10000.0;
	pr.has_progress = row->has_progress;
	pr.weight = 1;
	pr.status = row->status;
	pst_progress_sum_add (&t->sum, &pr);
	if (row->etp_ok)
		t->etp += row->etp;
	if (s == PST_STATUS_UNKNOWN)
		return;
	t->considered++;
	if (s == PST_STATUS_ANNULE_ABANDONNE) {
		t->cancelled++;
		return;
	}
	if (t->shared == PST_STATUS_UNKNOWN)
		t->shared = s;
	else if (t->shared != s)
		t->mixed = TRUE;
}

/* The rows at or below @ref (all rows when @ref is NULL) added to @t. */
static void
tally_within (Tally *t, GArray const *rows, char const *ref)
{
	guint i;
	for (i = 0; i < rows->len; i++) {
		Row const *row = &g_array_index (rows, Row, i);
		if (ref == NULL || pst_ref_is_within (row->ref, ref))
			tally_row (t, row);
	}
}

static gint64
tally_bp (Tally const *t)
{
	double mean;
	if (pst_progress_sum_mean (&t->sum, &mean) != PST_OK)
		return 0;
	return llround (CLAMP (mean, 0, 1) * 10000);
}

static PstStatus
tally_status (Tally const *t)
{
	if (t->considered == 0)
		return PST_STATUS_NON_COMMENCE;
	if (t->considered == t->cancelled)
		return PST_STATUS_ANNULE_ABANDONNE;
	return t->mixed ? PST_STATUS_EN_COURS : t->shared;
}

/* ------------------------------------------------------------------ */
/* Objectives as they are written: those of the plan, and those its
 * actions name but it lacks */

typedef struct {
	char const *ref, *label, *volet;	/* volet "" when none */
} Node;

typedef struct {
	GPtrArray  *os, *oo;		/* Node */
	GHashTable *by_ref;		/* "1:ref" / "2:ref" → Node */
	GPtrArray  *strings;		/* owned by the tree */
} Tree;

static gint
node_compare (gconstpointer a, gconstpointer b)
{
	return pst_ref_compare ((*(Node * const *) a)->ref, (*(Node * const *) b)->ref);
}

static char const *
tree_own (Tree *tree, char *s)
{
	g_ptr_array_add (tree->strings, s);
	return s;
}

static Node *
tree_find (Tree *tree, int level, char const *ref)
{
	char *key = g_strdup_printf ("%d:%s", level, ref);
	Node *n = g_hash_table_lookup (tree->by_ref, key);
	g_free (key);
	return n;
}

static Node *
tree_add (Tree *tree, int level, char const *ref, char const *label,
	  char const *volet)
{
	Node *n = tree_find (tree, level, ref);

	if (n)
		return n;
	n = g_new0 (Node, 1);
	n->ref = ref;
	n->label = label ? label : "";
	n->volet = volet ? volet : "";
	g_ptr_array_add (level == 1 ? tree->os : tree->oo, n);
	g_hash_table_insert (tree->by_ref, g_strdup_printf ("%d:%s", level, ref), n);
	return n;
}

static void
tree_build (Tree *tree, PstPlan const *plan, GArray const *rows)
{
	guint i;

	tree->os = g_ptr_array_new_with_free_func (g_free);
	tree->oo = g_ptr_array_new_with_free_func (g_free);
	tree->by_ref = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	tree->strings = g_ptr_array_new_with_free_func (g_free);

	for (i = 0; i < plan->objectives->len; i++) {
		PstObjective const *o = g_ptr_array_index (plan->objectives, i);
		if (o->ref && (o->level == 1 || o->level == 2) &&
		    pst_ref_depth (o->ref) == o->level)
			tree_add (tree, o->level, o->ref, o->label, o->volet);
	}
	/* An action under an objective the plan does not list: the
	 * objective from the action's own columns. */
	for (i = 0; i < rows->len; i++) {
		Row const *row = &g_array_index (rows, Row, i);
		PstAction const *a = row->action;
		if (tree_find (tree, 2, row->oo_ref) == NULL)
			tree_add (tree, 2, row->oo_ref, a->values[PST_FIELD_OO].text,
				  a->values[PST_FIELD_VOLET].text);
	}
	for (i = 0; i < tree->oo->len; i++) {
		Node *oo = g_ptr_array_index (tree->oo, i);
		char *os_ref = g_strndup (oo->ref, pst_ref_prefix_len (oo->ref, 1));
		if (tree_find (tree, 1, os_ref) == NULL) {
			char const *label = NULL;
			guint r;
			for (r = 0; r < rows->len && label == NULL; r++) {
				Row const *row = &g_array_index (rows, Row, r);
				if (pst_ref_is_within (row->ref, os_ref))
					label = row->action->values[PST_FIELD_OS].text;
			}
			tree_add (tree, 1, tree_own (tree, os_ref), label, oo->volet);
		} else
			g_free (os_ref);
	}
	g_ptr_array_sort (tree->os, node_compare);
	g_ptr_array_sort (tree->oo, node_compare);
}

static void
tree_clear (Tree *tree)
{
	g_ptr_array_free (tree->os, TRUE);
	g_ptr_array_free (tree->oo, TRUE);
	g_hash_table_destroy (tree->by_ref);
	g_ptr_array_free (tree->strings, TRUE);
}

/* ------------------------------------------------------------------ */
/* Writing */

typedef struct {
	xmlTextWriterPtr	 w;
	PstEcomptesHeader const *header;
	PstEcomptesStats	*stats;
	GArray			*rows;	/* Row, in reference order */
	char			*exercice;
	gboolean		 failed;
} Writer;

/* What an element of ElementBaseInfo carries. */
typedef struct {
	char const *tag, *id, *label;
	char	   *debut, *fin;	/* xs:date or NULL */
	GString	   *description;
	PstStatus   status;
	char const *departement;
	gint64	    bp;
	char const *remarque;
	gint64	    etp;
	Row const  *article_row;	/* an action's article, or NULL */
} Element;

static void
check (Writer *wr, int rc)
{
	if (rc < 0)
		wr->failed = TRUE;
}

static void
start (Writer *wr, char const *name)
{
	check (wr, xmlTextWriterStartElement (wr->w, BAD_CAST name));
}

static void
end (Writer *wr)
{
	check (wr, xmlTextWriterEndElement (wr->w));
}

static void
text_element (Writer *wr, char const *name, char const *text)
{
	char *clean = clean_text (text);
	check (wr, xmlTextWriterWriteElement (wr->w, BAD_CAST name, BAD_CAST clean));
	g_free (clean);
}

static void
int_element (Writer *wr, char const *name, gint64 value)
{
	char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
	text_element (wr, name, text);
	g_free (text);
}

static void
hundredths_element (Writer *wr, char const *name, gint64 value)
{
	char *text = hundredths_text (value);
	text_element (wr, name, text);
	g_free (text);
}

/* At most @max characters: cut to max-1 and "…". */
static char *
limit (char const *text, glong max, gboolean *cut)
{
	char *clean = clean_text (text);
	char *out;

	*cut = g_utf8_strlen (clean, -1) > max;
	if (!*cut)
		return clean;
	*g_utf8_offset_to_pointer (clean, max - 1) = '\0';
	out = g_strconcat (clean, "…", NULL);
	g_free (clean);
	return out;
}

static void
add_line (GString *s, char const *name, char const *value)
{
	char *clean = clean_text (value);
	if (s->len)
		g_string_append_c (s, '\n');
	g_string_append_printf (s, "%s : %s", name, clean);
	g_free (clean);
}

static void
description_element (Writer *wr, char const *name, char const *text)
{
	start (wr, name);
	text_element (wr, "Mode", "TEXTE");
	text_element (wr, "Valeur", text ? text : "");
	end (wr);
}

static void
write_article (Writer *wr, Row const *row)
{
	PstAction const *a = row->action;
	PstCell const *budget = &a->values[PST_FIELD_BUDGET];
	PstArticle article;
	char *libelle = NULL, *cut_libelle, *montant;
	char letter[2] = { 0, 0 };
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	double amount = budget->kind == PST_CELL_NUMBER && isfinite (budget->number)
		? budget->number : 0;
	gboolean cut;

	pst_article_parse (a->values[PST_FIELD_ARTICLE].text, &article);
	start (wr, "Article");
	text_element (wr, "Exercice", wr->exercice);
	/* The schema wants a letter: the ordinary service and an expense,
	 * what a PST action's budget most often is, when the article
	 * cannot tell. */
	letter[0] = pst_article_service (&article) ? pst_article_service (&article) : 'O';
	text_element (wr, "Service", letter);
	letter[0] = pst_article_type (&article) ? pst_article_type (&article) : 'D';
	text_element (wr, "Type", letter);
	text_element (wr, "CodeArticle", article.canonical);
	pst_article_part (&article, PST_ARTICLE_PART_LIBELLE, &libelle);
	cut_libelle = limit (libelle, PST_ECOMPTES_LIBELLE_MAX, &cut);
	text_element (wr, "Libelle", cut_libelle);
	if (amount == 0)
		amount = 0;
	montant = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.2f", amount));
	text_element (wr, "Montant", montant);
	end (wr);
	wr->stats->articles++;
	g_free (montant);
	g_free (libelle);
	g_free (cut_libelle);
}

/* Everything of ElementBaseInfo; the caller writes the children and
 * closes the element. */
static void
write_base (Writer *wr, Element const *e)
{
	start (wr, e->tag);
	check (wr, xmlTextWriterWriteAttribute (wr->w, BAD_CAST "ElementId", BAD_CAST e->id));
	check (wr, xmlTextWriterWriteAttribute (wr->w, BAD_CAST "Exercice", BAD_CAST wr->exercice));
	text_element (wr, "Libelle", e->label);
	if (e->debut)
		text_element (wr, "DateDebut", e->debut);
	if (e->fin)
		text_element (wr, "DateFin", e->fin);
	description_element (wr, "Description", e->description ? e->description->str : "");
	text_element (wr, "Statut", pst_status_code (e->status));
	if (e->departement)
		text_element (wr, "Departement", e->departement);
	hundredths_element (wr, "TauxAvancement", e->bp);
	description_element (wr, "RemarqueStatut", e->remarque);
	hundredths_element (wr, "ETP", e->etp);
	start (wr, "Plans");
	end (wr);
	start (wr, "Partenaires");
	end (wr);
	start (wr, "Articles");
	if (e->article_row)
		write_article (wr, e->article_row);
	end (wr);
	start (wr, "Projections");
	end (wr);
}

/* Label and description of an objective or a volet. */
static void
element_label (Writer *wr, Element *e, char const *label, char **owned)
{
	gboolean cut;

	*owned = limit (label, PST_ECOMPTES_LIBELLE_MAX, &cut);
	e->label = *owned;
	if (cut) {
		wr->stats->truncated++;
		add_line (e->description, FULL_LABEL, label);
	}
}

static void
write_action (Writer *wr, Row const *row)
{
	PstAction const *a = row->action;
	Element e = { 0 };
	PstArticle article;
	char *label, *text;
	gboolean has_article = a->values[PST_FIELD_ARTICLE].kind == PST_CELL_TEXT &&
		pst_article_parse (a->values[PST_FIELD_ARTICLE].text, &article) == PST_OK;
	gsize i;

	e.tag = "Action";
	e.id = row->ref;
	e.description = g_string_new (NULL);
	element_label (wr, &e, a->values[PST_FIELD_ACTION].text, &label);
	e.debut = cell_iso_date (&a->values[PST_FIELD_DEBUT]);
	e.fin = cell_iso_date (&a->values[PST_FIELD_FIN]);

	for (i = 0; i < G_N_ELEMENTS (description_fields); i++) {
		PstField f = description_fields[i];
		PstCell const *cell = &a->values[f];
		gboolean line;

		switch (f) {
		case PST_FIELD_STATUT:
			line = row->status == PST_STATUS_UNKNOWN;
			break;
		case PST_FIELD_AVANCEMENT:
			line = !row->has_progress && row->status != PST_STATUS_TERMINE &&
				row->status != PST_STATUS_NON_COMMENCE;
			break;
		case PST_FIELD_DEBUT:
			line = !cell_is_blank (cell) && e.debut == NULL;
			break;
		case PST_FIELD_FIN:
			line = !cell_is_blank (cell) && e.fin == NULL;
			break;
		case PST_FIELD_ARTICLE:
			line = !has_article;
			break;
		case PST_FIELD_BUDGET:
			line = !has_article || cell->kind != PST_CELL_NUMBER;
			break;
		case PST_FIELD_ETP:
			line = !row->etp_ok;
			break;
		default:
			line = TRUE;
			break;
		}
		if (!line)
			continue;
		if (f == PST_FIELD_STATUT || f == PST_FIELD_AVANCEMENT) {
			add_line (e.description, pst_field_header (f), NOT_GIVEN);
			continue;
		}
		text = cell_text (cell);
		if (text)
			add_line (e.description, pst_field_header (f), text);
		g_free (text);
	}

	if (row->status != PST_STATUS_UNKNOWN)
		e.status = row->status;
	else {
		Tally t = { 0 };
		tally_within (&t, wr->rows, row->ref);
		e.status = tally_status (&t);
	}
	if (row->status == PST_STATUS_TERMINE)
		e.bp = 10000;
	else if (row->has_progress)
		e.bp = row->bp;
	else if (row->status == PST_STATUS_NON_COMMENCE)
		e.bp = 0;
	else {
		/* No figure of its own: its sous-actions', said so above. */
		Tally t = { 0 };
		tally_within (&t, wr->rows, row->ref);
		e.bp = tally_bp (&t);
	}
	if (!cell_is_blank (&a->values[PST_FIELD_SERVICE]))
		e.departement = a->values[PST_FIELD_SERVICE].text;
	e.remarque = a->values[PST_FIELD_COMMENTAIRE].text;
	e.etp = row->etp_ok ? row->etp : 0;
	e.article_row = has_article ? row : NULL;
	write_base (wr, &e);
	end (wr);

	if (a->level >= 4 || pst_ref_depth (row->ref) >= 4)
		wr->stats->sous_actions++;
	else
		wr->stats->actions++;
	g_string_free (e.description, TRUE);
	g_free (e.debut);
	g_free (e.fin);
	g_free (label);
}

/* A volet, OS or OO: figures from the rows below, a status, no article. */
static void
write_node_start (Writer *wr, char const *tag, char const *id,
		  char const *label, Tally const *t)
{
	Element e = { 0 };
	char *owned;

	e.tag = tag;
	e.id = id;
	e.description = g_string_new (NULL);
	element_label (wr, &e, label, &owned);
	e.status = tally_status (t);
	e.bp = tally_bp (t);
	e.etp = t->etp;
	write_base (wr, &e);
	g_string_free (e.description, TRUE);
	g_free (owned);
}

static void
write_oo (Writer *wr, Node const *oo)
{
	Tally t = { 0 };
	guint i;

	tally_within (&t, wr->rows, oo->ref);
	write_node_start (wr, "ObjectifOperationnel", oo->ref, oo->label, &t);
	start (wr, "Actions");
	for (i = 0; i < wr->rows->len; i++) {
		Row const *row = &g_array_index (wr->rows, Row, i);
		if (strcmp (row->oo_ref, oo->ref) == 0)
			write_action (wr, row);
	}
	end (wr);
	end (wr);
	wr->stats->oo++;
}

static void
write_os (Writer *wr, Tree const *tree, Node const *os)
{
	Tally t = { 0 };
	guint i;

	tally_within (&t, wr->rows, os->ref);
	write_node_start (wr, "ObjectifStrategique", os->ref, os->label, &t);
	start (wr, "ObjectifsOperationnels");
	for (i = 0; i < tree->oo->len; i++) {
		Node const *oo = g_ptr_array_index (tree->oo, i);
		if (pst_ref_is_within (oo->ref, os->ref))
			write_oo (wr, oo);
	}
	end (wr);
	end (wr);
	wr->stats->os++;
}

static void
write_volet (Writer *wr, Tree const *tree, char const *volet)
{
	Tally t = { 0 };
	char *label;
	guint i;

	for (i = 0; i < tree->os->len; i++) {
		Node const *os = g_ptr_array_index (tree->os, i);
		if (strcmp (os->volet, volet) == 0)
			tally_within (&t, wr->rows, os->ref);
	}
	if (*volet == '\0')
		label = g_strdup (NO_VOLET_LABEL);
	else {
		char *folded = pst_text_fold (volet);
		label = g_str_has_prefix (folded, "volet") ? g_strdup (volet)
			: g_strdup_printf ("Volet %s", volet);
		g_free (folded);
	}
	write_node_start (wr, "Volet", *volet ? volet : NO_VOLET_ID, label, &t);
	start (wr, "ObjectifStrategiques");
	for (i = 0; i < tree->os->len; i++) {
		Node const *os = g_ptr_array_index (tree->os, i);
		if (strcmp (os->volet, volet) == 0)
			write_os (wr, tree, os);
	}
	end (wr);
	end (wr);
	wr->stats->volets++;
	g_free (label);
}

/* The first and last years of the actions' dates. */
static void
plan_years (GArray const *rows, int fallback, int *first, int *last)
{
	guint i;
	int f;

	*first = G_MAXINT;
	*last = G_MININT;
	for (i = 0; i < rows->len; i++) {
		PstAction const *a = g_array_index (rows, Row, i).action;
		for (f = PST_FIELD_DEBUT; f <= PST_FIELD_FIN; f++) {
			PstCell const *cell = &a->values[f];
			GDate date;
			if ((cell->kind == PST_CELL_DATE || cell->kind == PST_CELL_NUMBER) &&
			    serial_to_date (cell->number, &date)) {
				*first = MIN (*first, g_date_get_year (&date));
				*last = MAX (*last, g_date_get_year (&date));
			}
		}
	}
	if (*first > *last)
		*first = *last = fallback;
}

/* A volet without spaces at its ends nor line breaks: it is an
 * attribute, which XML would normalise on reading. */
static char *
volet_key (char const *volet)
{
	char *clean = clean_text (volet), *p;
	for (p = clean; *p; p++)
		if (g_ascii_isspace (*p))
			*p = ' ';
	return g_strstrip (clean);
}

void
pst_ecomptes_header_init (PstEcomptesHeader *header)
{
	GDateTime *now = g_date_time_new_now_local ();

	header->cpas = TRUE;
	header->ins = 0;
	header->exercice = g_date_time_get_year (now);
	header->entite = NULL;
	g_date_time_unref (now);
}

gboolean
pst_ecomptes_parse_type_admin (char const *text, PstEcomptesHeader *header)
{
	if (text && g_ascii_strcasecmp (text, "CPAS") == 0)
		header->cpas = TRUE;
	else if (text && g_ascii_strcasecmp (text, "AC") == 0)
		header->cpas = FALSE;
	else
		return FALSE;
	return TRUE;
}

char *
pst_ecomptes_write (PstPlan const *plan, PstEcomptesHeader const *header,
		    PstEcomptesStats *stats, gsize *len)
{
	PstEcomptesStats own_stats;
	xmlBufferPtr buf = xmlBufferCreate ();
	Writer wr = { 0 };
	Tree tree;
	GPtrArray *volets = g_ptr_array_new_with_free_func (g_free);
	char const *type_admin = header->cpas ? "CPAS" : "AC";
	char const *entite = header->entite ? header->entite
		: plan->entite ? plan->entite : "";
	char *id, *text, *result = NULL;
	gboolean cut;
	int first, last;
	guint i, v;

	if (stats == NULL)
		stats = &own_stats;
	memset (stats, 0, sizeof *stats);
	wr.header = header;
	wr.stats = stats;
	wr.exercice = g_strdup_printf ("%d", header->exercice);
	wr.rows = g_array_new (FALSE, TRUE, sizeof (Row));
	for (i = 0; i < plan->actions->len; i++) {
		PstAction const *a = g_ptr_array_index (plan->actions, i);
		Row row = { 0 };
		if (a->values[PST_FIELD_REF].text == NULL ||
		    pst_ref_depth (a->values[PST_FIELD_REF].text) < 3) {
			stats->skipped++;
			continue;
		}
		row_init (&row, a);
		g_array_append_val (wr.rows, row);
	}
	g_array_sort (wr.rows, row_compare);
	tree_build (&tree, plan, wr.rows);
	for (i = 0; i < tree.os->len; i++) {
		Node *os = g_ptr_array_index (tree.os, i);
		char *key = volet_key (os->volet);
		os->volet = tree_own (&tree, key);
		for (v = 0; v < volets->len; v++)
			if (strcmp (g_ptr_array_index (volets, v), key) == 0)
				break;
		if (v == volets->len)
			g_ptr_array_add (volets, g_strdup (key));
	}
	/* The schema wants one volet at least. */
	if (volets->len == 0)
		g_ptr_array_add (volets, g_strdup (""));

	wr.w = xmlNewTextWriterMemory (buf, 0);
	check (&wr, xmlTextWriterSetIndent (wr.w, 1));
	check (&wr, xmlTextWriterSetIndentString (wr.w, BAD_CAST "  "));
	check (&wr, xmlTextWriterStartDocument (wr.w, NULL, "UTF-8", NULL));
	start (&wr, "dataroot");

	start (&wr, "Identifiants");
	id = g_strdup_printf ("%" G_GINT64_FORMAT "-%s-%d", header->ins, type_admin,
			      header->exercice);
	text_element (&wr, "Id", id);
	text_element (&wr, "TypeAdmin", type_admin);
	int_element (&wr, "INS", header->ins);
	text_element (&wr, "Type", "PST");
	int_element (&wr, "Exercice", header->exercice);
	text_element (&wr, "Version", PST_ECOMPTES_VERSION);
	text = limit (GENERATEUR, PST_ECOMPTES_GENERATEUR_MAX, &cut);
	text_element (&wr, "Generateur", text);
	g_free (text);
	end (&wr);

	start (&wr, "PST");
	start (&wr, "DescriptionPST");
	plan_years (wr.rows, header->exercice, &first, &last);
	text = g_strdup_printf ("PST-%" G_GINT64_FORMAT "-%s-%d-%d", header->ins,
				type_admin, first, last);
	if (strlen (text) > PST_ECOMPTES_IDPST_MAX)
		text[PST_ECOMPTES_IDPST_MAX] = '\0';
	text_element (&wr, "IdPST", text);
	g_free (text);
	text = g_strconcat (LIBELLE_PREFIX, entite, NULL);
	{
		char *label = limit (text, PST_ECOMPTES_LIBELLE_MAX, &cut);
		if (cut)
			stats->truncated++;
		text_element (&wr, "Libelle", label);
		g_free (label);
	}
	g_free (text);
	int_element (&wr, "ExerciceDebut", first);
	int_element (&wr, "ExerciceFin", last);
	end (&wr);
	start (&wr, "Volets");
	for (v = 0; v < volets->len; v++)
		write_volet (&wr, &tree, g_ptr_array_index (volets, v));
	end (&wr);
	end (&wr);

	end (&wr);
	check (&wr, xmlTextWriterEndDocument (wr.w));
	xmlFreeTextWriter (wr.w);

	if (!wr.failed) {
		*len = xmlBufferLength (buf);
		result = g_strndup ((char const *) xmlBufferContent (buf), *len);
	}
	xmlBufferFree (buf);
	for (i = 0; i < wr.rows->len; i++)
		g_free (g_array_index (wr.rows, Row, i).oo_ref);
	g_array_free (wr.rows, TRUE);
	tree_clear (&tree);
	g_ptr_array_free (volets, TRUE);
	g_free (wr.exercice);
	g_free (id);
	return result;
}

/* ------------------------------------------------------------------ */
/* Reading */

typedef struct {
	PstPlan	     *plan;
	char const   *file;
	GHashTable   *refs;		/* references in use */
	GHashTable   *max_child;	/* parent ref ("" for OS) → last number */
	char	     *volet;
	PstObjective *os, *oo;
	PstAction    *action;		/* the last action, for its sous-actions */
} Reader;

static gboolean
is_element (xmlNode const *node, char const *name)
{
	return node->type == XML_ELEMENT_NODE &&
		strcmp ((char const *) node->name, name) == 0;
}

static xmlNode *
child (xmlNode const *parent, char const *name)
{
	xmlNode *n;
	if (parent == NULL)
		return NULL;
	for (n = parent->children; n; n = n->next)
		if (is_element (n, name))
			return n;
	return NULL;
}

/* The text of an element: its text and CDATA children only, so that no
 * entity is ever looked at.  NULL when the element is missing. */
static char *
text_of (xmlNode const *node)
{
	GString *s;
	xmlNode *n;

	if (node == NULL)
		return NULL;
	s = g_string_new (NULL);
	for (n = node->children; n; n = n->next)
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content)
			g_string_append (s, (char const *) n->content);
	return g_string_free (s, FALSE);
}

static char *
child_text (xmlNode const *parent, char const *name)
{
	return text_of (child (parent, name));
}

static char *
attribute (xmlNode *node, char const *name)
{
	xmlChar *v = xmlGetProp (node, BAD_CAST name);
	char *s = g_strdup (v ? (char const *) v : NULL);
	xmlFree (v);
	return s;
}

static char *
node_source (Reader *rd, xmlNode *node)
{
	return g_strdup_printf ("%s:%ld", rd->file, xmlGetLineNo (node));
}

static void
read_anomaly (Reader *rd, xmlNode *node, PstGravite gravite,
	      char const *contenu, char const *fmt, ...) G_GNUC_PRINTF (5, 6);

static void
read_anomaly (Reader *rd, xmlNode *node, PstGravite gravite,
	      char const *contenu, char const *fmt, ...)
{
	va_list args;
	char *probleme;

	va_start (args, fmt);
	probleme = g_strdup_vprintf (fmt, args);
	va_end (args);
	pst_plan_take_anomaly (rd->plan, node_source (rd, node), gravite,
			       probleme, g_strdup (contenu));
}

static gboolean
parse_number (char const *text, double *v)
{
	char *end;
	char *s;

	if (text == NULL)
		return FALSE;
	s = g_strstrip (g_strdup (text));
	*v = g_ascii_strtod (s, &end);
	if (*s == '\0' || *end != '\0' || !isfinite (*v)) {
		g_free (s);
		return FALSE;
	}
	g_free (s);
	return TRUE;
}

static gboolean
parse_iso_date (char const *text, double *serial)
{
	int y, m, d;
	GDate date;

	if (text == NULL || sscanf (text, "%d-%d-%d", &y, &m, &d) != 3 ||
	    !g_date_valid_dmy (d, m, y))
		return FALSE;
	g_date_clear (&date, 1);
	g_date_set_dmy (&date, d, m, y);
	*serial = pst_date_to_serial (&date);
	return TRUE;
}

/* A line of Description back into its field. */
static void
set_described (PstCell *cell, PstField field, char const *text)
{
	double v;

	switch (field) {
	case PST_FIELD_BUDGET:
	case PST_FIELD_ENGAGE:
	case PST_FIELD_ETP:
	case PST_FIELD_CIBLE:
	case PST_FIELD_REALISE:
		if (parse_number (text, &v)) {
			pst_cell_set (cell, PST_CELL_NUMBER, text, v);
			return;
		}
		break;
	default:
		break;
	}
	pst_cell_set (cell, PST_CELL_TEXT, text, 0);
}

typedef struct {
	char	 *full_label;
	GString	 *values[PST_N_FIELDS];	/* a field named by a line */
	gboolean  no_status, no_progress;
	GString	 *free_text;		/* lines of no field */
} Described;

static int
described_field (char const *line, gsize *value_offset)
{
	char const *sep = strstr (line, " : ");
	gsize n;
	gsize i;

	if (sep == NULL)
		return -1;
	n = sep - line;
	*value_offset = n + 3;
	if (n == strlen (FULL_LABEL) && strncmp (line, FULL_LABEL, n) == 0)
		return PST_N_FIELDS;
	for (i = 0; i < G_N_ELEMENTS (description_fields); i++) {
		char const *h = pst_field_header (description_fields[i]);
		if (strlen (h) == n && strncmp (line, h, n) == 0)
			return description_fields[i];
	}
	return -1;
}

/* "Champ : valeur" lines; a line of no field continues the one above. */
static void
read_description (char const *text, Described *d)
{
	char **lines = g_strsplit (text ? text : "", "\n", -1);
	GString *current = NULL;
	int i;

	memset (d, 0, sizeof *d);
	for (i = 0; lines[i]; i++) {
		gsize offset;
		int f = described_field (lines[i], &offset);

		if (f == PST_FIELD_STATUT && strcmp (lines[i] + offset, NOT_GIVEN) == 0) {
			d->no_status = TRUE;
			current = NULL;
		} else if (f == PST_FIELD_AVANCEMENT && strcmp (lines[i] + offset, NOT_GIVEN) == 0) {
			d->no_progress = TRUE;
			current = NULL;
		} else if (f == PST_N_FIELDS) {
			g_free (d->full_label);
			d->full_label = g_strdup (lines[i] + offset);
			current = NULL;
		} else if (f >= 0 && f != PST_FIELD_STATUT && f != PST_FIELD_AVANCEMENT) {
			if (d->values[f] == NULL)
				d->values[f] = g_string_new (lines[i] + offset);
			else
				g_string_append_printf (d->values[f], " ; %s", lines[i] + offset);
			current = d->values[f];
		} else if (current) {
			g_string_append_printf (current, "\n%s", lines[i]);
		} else if (*lines[i] || (d->free_text && d->free_text->len)) {
			if (d->free_text == NULL)
				d->free_text = g_string_new (lines[i]);
			else
				g_string_append_printf (d->free_text, "\n%s", lines[i]);
		}
	}
	g_strfreev (lines);
}

static void
described_clear (Described *d)
{
	int f;
	g_free (d->full_label);
	for (f = 0; f < PST_N_FIELDS; f++)
		if (d->values[f])
			g_string_free (d->values[f], TRUE);
	if (d->free_text)
		g_string_free (d->free_text, TRUE);
}

static void
claim (Reader *rd, char const *parent, guint number, char const *ref)
{
	guint n = GPOINTER_TO_UINT (g_hash_table_lookup (rd->max_child, parent));
	if (number > n)
		g_hash_table_insert (rd->max_child, g_strdup (parent), GUINT_TO_POINTER (number));
	g_hash_table_add (rd->refs, g_strdup (ref));
}

/*
 * The reference of an element: its ElementId when that is a canonical
 * reference one level below @parent and free; otherwise the next free
 * number under @parent, the ElementId kept as the code as written.
 */
static char *
element_ref (Reader *rd, char const *parent, char const *id, char **original)
{
	int depth = *parent ? pst_ref_depth (parent) + 1 : 1;
	PstError err;
	char *ref = id ? pst_ref_normalise (id, NULL, &err) : NULL;
	guint number;

	*original = NULL;
	if (ref && strcmp (ref, id) == 0 && pst_ref_depth (ref) == depth &&
	    (*parent == '\0' || pst_ref_is_within (ref, parent)) &&
	    !g_hash_table_contains (rd->refs, ref)) {
		char const *last = strrchr (ref, '.');
		number = strtoul (last ? last + 1 : ref, NULL, 10);
		claim (rd, parent, number, ref);
		return ref;
	}
	g_free (ref);
	number = GPOINTER_TO_UINT (g_hash_table_lookup (rd->max_child, parent)) + 1;
	ref = *parent ? g_strdup_printf ("%s.%u", parent, number)
		: g_strdup_printf ("%u", number);
	claim (rd, parent, number, ref);
	*original = g_strdup (id ? id : "");
	return ref;
}

static char *
element_label_read (xmlNode *node, Described const *d)
{
	if (d->full_label)
		return g_strdup (d->full_label);
	return child_text (node, "Libelle");
}

static PstObjective *
read_objective (Reader *rd, xmlNode *node, int level)
{
	PstObjective *o = g_new0 (PstObjective, 1);
	char *id = attribute (node, "ElementId");
	char *desc = text_of (child (child (node, "Description"), "Valeur"));
	Described d;

	read_description (desc, &d);
	o->level = level;
	o->ref = element_ref (rd, level == 1 ? "" : rd->os->ref, id, &o->original_ref);
	o->label = element_label_read (node, &d);
	if (o->label == NULL)
		o->label = g_strdup ("");
	o->volet = g_strdup (rd->volet);
	o->entite = g_strdup (rd->plan->entite);
	o->source = node_source (rd, node);
	g_ptr_array_add (rd->plan->objectives, o);
	described_clear (&d);
	g_free (desc);
	g_free (id);
	return o;
}

/* Nom and Prénom of a Responsable or Mandataire. */
static char *
person (xmlNode *node)
{
	char *nom = child_text (node, "Nom"), *prenom = child_text (node, "Prenom");
	char *name = NULL;

	if (node) {
		name = g_strstrip (g_strjoin (" ", prenom ? prenom : "", nom ? nom : "", NULL));
		if (*name == '\0')
			g_clear_pointer (&name, g_free);
	}
	g_free (nom);
	g_free (prenom);
	return name;
}

/* Plans or Partenaires of a file from other software, into Commentaire. */
static void
read_list (PstAction *a, xmlNode *container, char const *item, char const *label)
{
	GString *s = g_string_new (NULL);
	xmlNode *n;

	for (n = container ? container->children : NULL; n; n = n->next)
		if (is_element (n, item)) {
			char *t = text_of (n);
			g_string_append_printf (s, "%s%s", s->len ? " ; " : "", t);
			g_free (t);
		}
	if (s->len) {
		char *line = g_strdup_printf ("%s : %s", label, s->str);
		pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], "\n", line);
		g_free (line);
	}
	g_string_free (s, TRUE);
}

static void
read_articles (Reader *rd, PstAction *a, xmlNode *articles)
{
	xmlNode *n;
	gboolean first = TRUE;

	for (n = articles ? articles->children : NULL; n; n = n->next) {
		char *code, *montant;
		PstArticle article;
		double v = 0;
		gboolean has_amount;

		if (!is_element (n, "Article"))
			continue;
		code = child_text (n, "CodeArticle");
		montant = child_text (n, "Montant");
		has_amount = parse_number (montant, &v);
		if (first && code && pst_article_parse (code, &article) == PST_OK) {
			pst_cell_set (&a->values[PST_FIELD_ARTICLE], PST_CELL_TEXT, article.canonical, 0);
			/* The schema wants a Montant: 0 is what an article
			 * without budget is written with. */
			if (has_amount && v != 0)
				pst_cell_set (&a->values[PST_FIELD_BUDGET], PST_CELL_NUMBER, montant, v);
			first = FALSE;
		} else {
			char *line = g_strdup_printf ("Article : %s (%s)", code ? code : "",
						      montant ? montant : "");
			pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], "\n", line);
			read_anomaly (rd, n, PST_GRAVITE_AVERTISSEMENT, line,
				      first ? "Article « %s » invalide ; gardé dans Commentaire."
				      : "L’action porte plusieurs articles ; « %s » est gardé dans Commentaire.",
				      code ? code : "");
			g_free (line);
		}
		g_free (code);
		g_free (montant);
	}
}

static void
read_action (Reader *rd, xmlNode *node)
{
	PstAction *a = g_new0 (PstAction, 1);
	char *id = attribute (node, "ElementId");
	char *desc = text_of (child (child (node, "Description"), "Valeur"));
	char *text, *ref, *label;
	char const *parent = rd->oo->ref;
	PstError err;
	Described d;
	double v;
	int f;

	read_description (desc, &d);
	/* A four-level ElementId under the action read just before it is a
	 * sous-action. */
	a->level = PST_LEVEL_ACTION;
	ref = id ? pst_ref_normalise (id, NULL, &err) : NULL;
	if (ref && rd->action && pst_ref_depth (ref) == 4 &&
	    pst_ref_is_within (ref, rd->action->values[PST_FIELD_REF].text)) {
		a->level = PST_LEVEL_SOUS_ACTION;
		parent = rd->action->values[PST_FIELD_REF].text;
	}
	g_free (ref);
	ref = element_ref (rd, parent, id, &a->original_ref);
	a->extras = g_ptr_array_new_with_free_func (g_free);
	pst_cell_set (&a->values[PST_FIELD_ENTITE], PST_CELL_TEXT, rd->plan->entite, 0);
	if (rd->volet)
		pst_cell_set (&a->values[PST_FIELD_VOLET], PST_CELL_TEXT, rd->volet, 0);
	pst_cell_set (&a->values[PST_FIELD_REF_OS], PST_CELL_TEXT, rd->os->ref, 0);
	pst_cell_set (&a->values[PST_FIELD_OS], PST_CELL_TEXT, rd->os->label, 0);
	pst_cell_set (&a->values[PST_FIELD_REF_OO], PST_CELL_TEXT, rd->oo->ref, 0);
	pst_cell_set (&a->values[PST_FIELD_OO], PST_CELL_TEXT, rd->oo->label, 0);
	pst_cell_set (&a->values[PST_FIELD_REF], PST_CELL_TEXT, ref, 0);
	label = element_label_read (node, &d);
	pst_cell_set (&a->values[PST_FIELD_ACTION], PST_CELL_TEXT, label ? label : "", 0);
	a->values[PST_FIELD_SOURCE].kind = PST_CELL_TEXT;
	a->values[PST_FIELD_SOURCE].text = node_source (rd, node);

	for (f = PST_FIELD_DEBUT; f <= PST_FIELD_FIN; f++) {
		text = child_text (node, f == PST_FIELD_DEBUT ? "DateDebut" : "DateFin");
		if (parse_iso_date (text, &v))
			pst_cell_set (&a->values[f], PST_CELL_DATE, text, v);
		g_free (text);
	}

	text = child_text (node, "Statut");
	if (!d.no_status && text && *text) {
		PstStatus s = pst_status_parse (text);
		if (s != PST_STATUS_UNKNOWN)
			pst_cell_set (&a->values[PST_FIELD_STATUT], PST_CELL_TEXT, pst_status_code (s), 0);
		else
			read_anomaly (rd, node, PST_GRAVITE_AVERTISSEMENT, text,
				      "Statut « %s » inconnu : l’action reste sans statut.", text);
	}
	g_free (text);

	text = person (child (node, "Responsable"));
	if (text == NULL)
		text = person (child (node, "Mandataire"));
	if (text)
		pst_cell_set (&a->values[PST_FIELD_RESPONSABLE], PST_CELL_TEXT, text, 0);
	g_free (text);

	text = child_text (node, "Departement");
	if (text && *text)
		pst_cell_set (&a->values[PST_FIELD_SERVICE], PST_CELL_TEXT, text, 0);
	g_free (text);

	text = child_text (node, "TauxAvancement");
	if (!d.no_progress && parse_number (text, &v)) {
		if (v >= 0 && v <= 100) {
			char *shown = g_strdup_printf ("%s %%", g_strstrip (text));
			pst_cell_set (&a->values[PST_FIELD_AVANCEMENT], PST_CELL_NUMBER, shown, v / 100);
			g_free (shown);
		} else
			read_anomaly (rd, node, PST_GRAVITE_ERREUR, text,
				      "Taux d’avancement « %s » hors de 0 à 100 : ignoré.", text);
	}
	g_free (text);

	text = child_text (child (node, "RemarqueStatut"), "Valeur");
	if (text && *text)
		pst_cell_set (&a->values[PST_FIELD_COMMENTAIRE], PST_CELL_TEXT, text, 0);
	g_free (text);

	/* 0 is what the schema makes an action without ETP write. */
	text = child_text (node, "ETP");
	if (parse_number (text, &v) && v != 0)
		pst_cell_set (&a->values[PST_FIELD_ETP], PST_CELL_NUMBER, g_strstrip (text), v);
	g_free (text);

	read_articles (rd, a, child (node, "Articles"));
	read_list (a, child (node, "Plans"), "Plan", "Plans");
	read_list (a, child (node, "Partenaires"), "Partenaire", "Partenaires");
	if (child (child (node, "Projections"), "Projection"))
		read_anomaly (rd, node, PST_GRAVITE_INFO, label,
			      "Les projections budgétaires de l’action %s ne sont pas reprises dans le plan.",
			      ref);

	for (f = 0; f < PST_N_FIELDS; f++)
		if (d.values[f])
			set_described (&a->values[f], f, d.values[f]->str);
	if (d.free_text)
		pst_cell_append_text (&a->values[PST_FIELD_COMMENTAIRE], "\n", d.free_text->str);

	g_ptr_array_add (rd->plan->actions, a);
	if (a->level == PST_LEVEL_ACTION)
		rd->action = a;
	described_clear (&d);
	g_free (label);
	g_free (desc);
	g_free (ref);
	g_free (id);
}

static void
read_volet (Reader *rd, xmlNode *volet)
{
	char *id = attribute (volet, "ElementId");
	xmlNode *os, *oo, *action;

	g_free (rd->volet);
	rd->volet = NULL;
	if (id && *id && g_ascii_strcasecmp (id, NO_VOLET_ID) != 0)
		rd->volet = g_strdup (id);
	for (os = child (volet, "ObjectifStrategiques") ? child (volet, "ObjectifStrategiques")->children : NULL;
	     os; os = os->next) {
		if (!is_element (os, "ObjectifStrategique"))
			continue;
		rd->os = read_objective (rd, os, 1);
		for (oo = child (os, "ObjectifsOperationnels") ? child (os, "ObjectifsOperationnels")->children : NULL;
		     oo; oo = oo->next) {
			if (!is_element (oo, "ObjectifOperationnel"))
				continue;
			rd->oo = read_objective (rd, oo, 2);
			rd->action = NULL;
			for (action = child (oo, "Actions") ? child (oo, "Actions")->children : NULL;
			     action; action = action->next)
				if (is_element (action, "Action"))
					read_action (rd, action);
		}
	}
	g_free (id);
}

static void
read_header (Reader *rd, xmlNode *root, PstEcomptesHeader *header)
{
	xmlNode *ids = child (root, "Identifiants");
	char *type = child_text (ids, "TypeAdmin");
	char *ins = child_text (ids, "INS");
	char *exercice = child_text (ids, "Exercice");
	char *id = child_text (ids, "Id");
	char *summary;
	double v;

	if (header) {
		pst_ecomptes_header_init (header);
		if (type)
			pst_ecomptes_parse_type_admin (g_strstrip (type), header);
		if (parse_number (ins, &v))
			header->ins = (gint64) v;
		if (parse_number (exercice, &v))
			header->exercice = (int) v;
	}
	/* The header is no problem, but nothing read is dropped. */
	summary = g_strdup_printf ("Id %s | TypeAdmin %s | INS %s | Exercice %s",
				   id ? id : "", type ? type : "", ins ? ins : "",
				   exercice ? exercice : "");
	if (ids)
		read_anomaly (rd, ids, PST_GRAVITE_INFO, summary,
			      "En-tête eComptes : %s %s, exercice %s.",
			      type ? type : "?", ins ? ins : "?", exercice ? exercice : "?");
	g_free (summary);
	g_free (type);
	g_free (ins);
	g_free (exercice);
	g_free (id);
}

/* libxml2 reports through the context; the message is ours. */
static void
quiet (void *ctx, xmlErrorPtr error)
{
}

PstPlan *
pst_ecomptes_read (char const *data, gsize len, char const *file,
		   PstEcomptesHeader *header, char **error)
{
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	xmlNode *root, *volets, *volet, *desc;
	Reader rd = { 0 };
	char *libelle, *entite;

	*error = NULL;
	if (len > G_MAXINT) {
		*error = g_strdup_printf ("« %s » est trop grand pour un export eComptes.", file);
		return NULL;
	}
	ctxt = xmlNewParserCtxt ();
	if (ctxt == NULL) {
		*error = g_strdup ("mémoire insuffisante pour lire le XML.");
		return NULL;
	}
	ctxt->sax->serror = quiet;
	/* No entity substitution, no DTD loaded, no network. */
	doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, NULL, XML_PARSE_NONET);
	if (doc == NULL) {
		xmlErrorPtr e = xmlCtxtGetLastError (ctxt);
		*error = g_strdup_printf ("« %s » n’est pas un XML bien formé (ligne %d : %s).",
					  file, e ? e->line : 0,
					  e && e->message ? g_strstrip (e->message) : "erreur inconnue");
		xmlFreeParserCtxt (ctxt);
		return NULL;
	}
	xmlFreeParserCtxt (ctxt);
	if (doc->intSubset || doc->extSubset) {
		*error = g_strdup_printf ("« %s » déclare un type de document (DOCTYPE) : refusé, "
					  "un export eComptes n’en a pas et ses entités pourraient "
					  "lire d’autres fichiers.", file);
		xmlFreeDoc (doc);
		return NULL;
	}
	root = xmlDocGetRootElement (doc);
	if (root == NULL || !is_element (root, "dataroot") || child (root, "PST") == NULL) {
		*error = g_strdup_printf ("« %s » n’est pas un export PST eComptes "
					  "(élément racine « dataroot » avec « PST » attendu).", file);
		xmlFreeDoc (doc);
		return NULL;
	}

	desc = child (child (root, "PST"), "DescriptionPST");
	libelle = child_text (desc, "Libelle");
	entite = g_strdup (libelle && g_str_has_prefix (libelle, LIBELLE_PREFIX)
			   ? libelle + strlen (LIBELLE_PREFIX) : libelle ? libelle : "");
	rd.plan = pst_plan_new (entite);
	rd.file = file;
	rd.refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	rd.max_child = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
	read_header (&rd, root, header);

	volets = child (child (root, "PST"), "Volets");
	for (volet = volets ? volets->children : NULL; volet; volet = volet->next)
		if (is_element (volet, "Volet"))
			read_volet (&rd, volet);
	pst_plan_sort (rd.plan);

	g_hash_table_destroy (rd.refs);
	g_hash_table_destroy (rd.max_child);
	g_free (rd.volet);
	g_free (libelle);
	g_free (entite);
	xmlFreeDoc (doc);
	return rd.plan;
}
