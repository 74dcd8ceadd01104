/*
 * ecomptes-read.c: an eComptes PST XML file read back as a plan, with
 * libxml2's tree parser, without entity substitution, DTD loading or
 * network access.  One reader of one file, its helpers each reading one
 * element: longer than 600 lines, and best read in one place.
 */
#include "ecomptes-private.h"
#include "article.h"
#include "import.h"
#include "reference.h"
#include "text.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

	va_start (args, fmt);
	pst_plan_take_anomaly_valist (rd->plan, node_source (rd, node), gravite,
				      g_strdup (contenu), fmt, args);
	va_end (args);
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
	for (i = 0; i < ecomptes_n_description_fields; i++) {
		char const *h = pst_field_header (ecomptes_description_fields[i]);
		if (strlen (h) == n && strncmp (line, h, n) == 0)
			return ecomptes_description_fields[i];
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
