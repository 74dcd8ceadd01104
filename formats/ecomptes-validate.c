/*
 * ecomptes-validate.c: an eComptes export checked against the Region's
 * schema (data/PST_eComptes_Export_201805V1.xsd, installed beside the
 * plugin), so that the user knows before uploading it.
 */
#include "ecomptes.h"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

typedef struct {
	GString *report;
	guint	 count;
} Errors;

#define MAX_REPORTED 10

static void
collect_error (void *data, xmlErrorPtr error)
{
	Errors *errors = data;
	char *message;

	if (error == NULL || error->level < XML_ERR_ERROR)
		return;
	if (++errors->count > MAX_REPORTED)
		return;
	message = g_strstrip (g_strdup (error->message ? error->message : "?"));
	g_string_append_printf (errors->report, "ligne %d : %s\n", error->line, message);
	g_free (message);
}

/* TRUE when @xml is valid; *@report (always set) says so in French or
 * lists the first errors. */
gboolean
pst_ecomptes_validate (char const *xml, gsize len, char const *xsd_path, char **report)
{
	Errors errors = { g_string_new (NULL), 0 };
	xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (xsd_path);
	xmlSchemaPtr schema = parser ? xmlSchemaParse (parser) : NULL;
	xmlSchemaValidCtxtPtr valid = NULL;
	xmlDocPtr doc = NULL;
	gboolean ok = FALSE;

	if (schema == NULL) {
		g_string_printf (errors.report, "le schéma « %s » est introuvable ou illisible : "
				 "le fichier n’a pas pu être vérifié.", xsd_path);
		goto out;
	}
	doc = xmlReadMemory (xml, (int) len, "ecomptes.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL) {
		g_string_assign (errors.report, "le fichier produit n’est pas du XML bien formé.");
		goto out;
	}
	valid = xmlSchemaNewValidCtxt (schema);
	xmlSchemaSetValidStructuredErrors (valid, collect_error, &errors);
	ok = xmlSchemaValidateDoc (valid, doc) == 0;
	if (ok)
		g_string_assign (errors.report, "conforme au schéma eComptes " PST_ECOMPTES_VERSION ".");
	else {
		char *list = g_string_free (errors.report, FALSE);
		errors.report = g_string_new (NULL);
		g_string_printf (errors.report, "non conforme au schéma eComptes " PST_ECOMPTES_VERSION
				 " (%u erreur%s) :\n%s%s", errors.count, errors.count > 1 ? "s" : "",
				 list, errors.count > MAX_REPORTED ? "…\n" : "");
		g_free (list);
	}
 out:
	if (valid)
		xmlSchemaFreeValidCtxt (valid);
	if (doc)
		xmlFreeDoc (doc);
	if (schema)
		xmlSchemaFree (schema);
	if (parser)
		xmlSchemaFreeParserCtxt (parser);
	*report = g_string_free (errors.report, FALSE);
	return ok;
}
