/*
 * ecomptes-write.c: a plan written as eComptes PST XML (the mapping is in
 * ecomptes.h), with libxml2's xmlTextWriter.  Every figure that is rolled
 * up (progress, ETP) is computed from the figures as written, in whole
 * hundredths, so that a file read back and written again is the same
 * file byte for byte.
 */
#include "ecomptes-private.h"
#include "article.h"
#include "avancement.h"
#include "reference.h"
#include "text.h"

#include <libxml/xmlwriter.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
	char *clean = ecomptes_clean_text (text);
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
	char *text = ecomptes_hundredths_text (value);
	text_element (wr, name, text);
	g_free (text);
}

/* At most @max characters: cut to max-1 and "…". */
static char *
limit (char const *text, glong max, gboolean *cut)
{
	char *clean = ecomptes_clean_text (text);
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
	char *clean = ecomptes_clean_text (value);
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
	e.debut = ecomptes_cell_iso_date (&a->values[PST_FIELD_DEBUT]);
	e.fin = ecomptes_cell_iso_date (&a->values[PST_FIELD_FIN]);

	for (i = 0; i < ecomptes_n_description_fields; i++) {
		PstField f = ecomptes_description_fields[i];
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
			line = !ecomptes_cell_is_blank (cell) && e.debut == NULL;
			break;
		case PST_FIELD_FIN:
			line = !ecomptes_cell_is_blank (cell) && e.fin == NULL;
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
		text = ecomptes_cell_text (cell);
		if (text)
			add_line (e.description, pst_field_header (f), text);
		g_free (text);
	}

	if (row->status != PST_STATUS_UNKNOWN)
		e.status = row->status;
	else {
		Tally t = { 0 };
		ecomptes_tally_within (&t, wr->rows, row->ref);
		e.status = ecomptes_tally_status (&t);
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
		ecomptes_tally_within (&t, wr->rows, row->ref);
		e.bp = ecomptes_tally_bp (&t);
	}
	if (!ecomptes_cell_is_blank (&a->values[PST_FIELD_SERVICE]))
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
	e.status = ecomptes_tally_status (t);
	e.bp = ecomptes_tally_bp (t);
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

	ecomptes_tally_within (&t, wr->rows, oo->ref);
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

	ecomptes_tally_within (&t, wr->rows, os->ref);
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
			ecomptes_tally_within (&t, wr->rows, os->ref);
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
			    pst_serial_to_date (cell->number, &date)) {
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
	char *clean = ecomptes_clean_text (volet), *p;
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
		ecomptes_row_init (&row, a);
		g_array_append_val (wr.rows, row);
	}
	g_array_sort (wr.rows, ecomptes_row_compare);
	ecomptes_tree_build (&tree, plan, wr.rows);
	for (i = 0; i < tree.os->len; i++) {
		Node *os = g_ptr_array_index (tree.os, i);
		char *key = volet_key (os->volet);
		os->volet = ecomptes_tree_own (&tree, key);
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
	ecomptes_tree_clear (&tree);
	g_ptr_array_free (volets, TRUE);
	g_free (wr.exercice);
	g_free (id);
	return result;
}
