/*
 * gen-table.c: writes what the LibreOffice add-in needs to know about the
 * PST functions from the Gnumeric descriptors themselves (plugin/fn-*.c),
 * so that a function is described once: its name, its arguments and its
 * help, in English (the F_ strings) and in French (po/fr*.po, through the
 * compiled catalogue).
 *
 * Usage: gen-table LOCALEDIR idl|table|methods|components [LIBRARY]
 *   idl	  the UNO interfaces, one per prefix of the names (pst.idl)
 *   table	  the C table of functions and arguments (pst-table.h)
 *   methods	  the C++ add-in objects, two per prefix (pst-methods.inc)
 *   components	  the UNO registration of those objects (pst.components)
 *
 * The naming rule that lets .ods files travel between Gnumeric and
 * LibreOffice (README, "LibreOffice Calc"): Gnumeric writes
 * ORG.GNUMERIC.PST.AVANCEMENT.REF, and LibreOffice finds an add-in function
 * in .ods by UPPER(service name "." method).  So the object of a prefix
 * (PST.AVANCEMENT) has the service name ORG.GNUMERIC.PST.AVANCEMENT and the
 * function is its method "ref", the last part of the name in lower case.
 * In .xlsx, Gnumeric writes _xlfngnumeric.PST.AVANCEMENT.REF, which Calc
 * reads the same way: a twin object, _xlfngnumeric.PST.AVANCEMENT, with the
 * same methods (lo/pst-addin.cxx).
 *
 * Run with LANGUAGE=fr in a UTF-8 locale so that gettext answers in French.
 */
#include <pst-gnumeric.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "pst-functions.h"

typedef struct {
	char *name_en, *desc_en, *name_fr, *desc_fr;
} Arg;

typedef struct {
	GnmFuncDescriptor const *desc;
	char	  *name;	/* "PST.AVANCEMENT.REF" */
	char	  *prefix;	/* "PST.AVANCEMENT" */
	char	  *method;	/* "ref" */
	char	  *cname;	/* "lo_pst_avancement_ref", the C function */
	int	   n_args, n_required;
	gboolean   varargs, array;
	char	  *help_en, *help_fr;
	GPtrArray *args;	/* of Arg */
} Function;

typedef struct {
	char	  *prefix;	/* "PST.AVANCEMENT" */
	char	  *iface;	/* "XPstAvancement" */
	char	  *impl;	/* "PstAvancement" */
	GPtrArray *functions;	/* of Function, borrowed */
} Prefix;

static GPtrArray *functions, *prefixes;
static int n_texts, n_untranslated;

/* "@{texte}" in Gnumeric's help names an argument; Calc shows plain text. */
static char *
plain (char const *text)
{
	GString *s = g_string_new (NULL);
	char const *p;

	for (p = text; *p; p++) {
		if (p[0] == '@' && p[1] == '{') {
			char const *end = strchr (p, '}');
			if (end) {
				g_string_append_len (s, p + 2, end - p - 2);
				p = end;
				continue;
			}
		}
		g_string_append_c (s, *p);
	}
	return g_string_free (s, FALSE);
}

/* The French of a help text; the English one when not translated yet
 * (tests/check-help.sh reports it), counted for main. */
static char const *
french (char const *text, gboolean must)
{
	char const *fr = g_dgettext (GETTEXT_PACKAGE, text);

	n_texts += must;
	n_untranslated += must && strcmp (fr, text) == 0;
	return fr;
}

/* "name:text" split at the first colon. */
static void
split (char const *text, char **name, char **rest)
{
	char const *colon = strchr (text, ':');
	if (colon == NULL) {
		*name = g_strdup ("");
		*rest = plain (text);
		return;
	}
	*name = g_strndup (text, colon - text);
	*rest = plain (colon + 1);
}

static char *
camel (char const *prefix)
{
	GString *s = g_string_new (NULL);
	gboolean up = TRUE;
	char const *p;

	for (p = prefix; *p; p++) {
		if (*p == '.') {
			up = TRUE;
			continue;
		}
		g_string_append_c (s, up ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
		up = FALSE;
	}
	return g_string_free (s, FALSE);
}

static void
add_help (GString *en, GString *fr, char const *text)
{
	char *e = plain (text), *f = plain (french (text, FALSE));
	if (en->len) {
		g_string_append_c (en, '\n');
		g_string_append_c (fr, '\n');
	}
	g_string_append (en, e);
	g_string_append (fr, f);
	g_free (e);
	g_free (f);
}

static Function *
read_function (GnmFuncDescriptor const *d)
{
	Function *f = g_new0 (Function, 1);
	GString *en = g_string_new (NULL), *fr = g_string_new (NULL);
	char const *dot = strrchr (d->name, '.');
	char const *p;
	GnmFuncHelp const *h;
	int n_args = 0, n_required = 0;
	gboolean optional = FALSE;

	f->desc = d;
	f->name = g_ascii_strup (d->name, -1);
	f->prefix = g_ascii_strup (d->name, dot - d->name);
	f->method = g_ascii_strdown (dot + 1, -1);
	f->cname = g_strconcat ("lo_", d->name, NULL);
	g_strdelimit (f->cname, ".", '_');
	f->array = (d->flags & GNM_FUNC_RETURNS_NON_SCALAR) != 0;
	f->args = g_ptr_array_new ();

	for (h = d->help; h->type != GNM_FUNC_HELP_END; h++) {
		switch (h->type) {
		case GNM_FUNC_HELP_NAME: {
			char *name, *text;
			split (h->text, &name, &text);
			g_string_append (en, text);
			g_free (text);
			g_free (name);
			split (french (h->text, TRUE), &name, &text);
			g_string_append (fr, text);
			g_free (text);
			g_free (name);
			break;
		}
		case GNM_FUNC_HELP_ARG: {
			Arg *a = g_new0 (Arg, 1);
			split (h->text, &a->name_en, &a->desc_en);
			split (french (h->text, TRUE), &a->name_fr, &a->desc_fr);
			g_ptr_array_add (f->args, a);
			break;
		}
		case GNM_FUNC_HELP_DESCRIPTION:
		case GNM_FUNC_HELP_NOTE:
			add_help (en, fr, h->text);
			break;
		default:
			break;
		}
	}
	f->help_en = g_string_free (en, FALSE);
	f->help_fr = g_string_free (fr, FALSE);

	if (d->arg_spec == NULL) {
		/* PST.METEO.GLOBALE(météo1; météo2; …): any number of values. */
		f->varargs = TRUE;
		f->n_args = 1;
		f->n_required = 0;
		return f;
	}
	for (p = d->arg_spec; *p; p++) {
		if (*p == '|') {
			optional = TRUE;
			continue;
		}
		n_args++;
		if (!optional)
			n_required++;
	}
	f->n_args = n_args;
	f->n_required = n_required;
	if ((int) f->args->len != n_args) {
		fprintf (stderr, "gen-table: %s: %d arguments mais %u textes d’aide\n",
			 f->name, n_args, f->args->len);
		exit (1);
	}
	return f;
}

static Prefix *
prefix_for (char const *prefix)
{
	guint i;
	Prefix *p;

	for (i = 0; i < prefixes->len; i++) {
		p = g_ptr_array_index (prefixes, i);
		if (strcmp (p->prefix, prefix) == 0)
			return p;
	}
	p = g_new0 (Prefix, 1);
	p->prefix = g_strdup (prefix);
	p->impl = camel (prefix);
	p->iface = g_strconcat ("X", p->impl, NULL);
	p->functions = g_ptr_array_new ();
	g_ptr_array_add (prefixes, p);
	return p;
}

static void
c_string (char const *s)
{
	putchar ('"');
	for (; *s; s++) {
		switch (*s) {
		case '"':  fputs ("\\\"", stdout); break;
		case '\\': fputs ("\\\\", stdout); break;
		case '\n': fputs ("\\n", stdout); break;
		default:   putchar (*s);
		}
	}
	putchar ('"');
}

/***************************************************************************/

static void
write_idl (void)
{
	guint i, j;
	int k;

	puts ("/* pst.idl: generated by lo/gen-table from the Gnumeric descriptors. */\n"
	      "#include <com/sun/star/uno/XInterface.idl>\n"
	      "#include <com/sun/star/beans/XPropertySet.idl>\n\n"
	      "module be { module pst { module addin {");
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("\n/* ORG.GNUMERIC.%s */\ninterface %s : com::sun::star::uno::XInterface\n{\n",
			p->prefix, p->iface);
		for (j = 0; j < p->functions->len; j++) {
			Function *f = g_ptr_array_index (p->functions, j);
			/* The document (XPropertySet), which Calc passes
			 * without showing it, gives the null date and the
			 * number formats to read dates typed as text. */
			printf ("\tany %s([in] com::sun::star::beans::XPropertySet caller", f->method);
			if (f->varargs)
				printf (", [in] sequence<any> values");
			else
				for (k = 0; k < f->n_args; k++)
					printf (", [in] any arg%d", k + 1);
			puts (");");
		}
		puts ("};");
	}
	puts ("\n}; }; };");
}

static void
write_table (void)
{
	guint i, j;

	puts ("/* pst-table.h: generated by lo/gen-table from the Gnumeric descriptors\n"
	      " * (plugin/fn-*.c) and their French translation (po/fr*.po). */\n");
	for (i = 0; i < functions->len; i++) {
		Function *f = g_ptr_array_index (functions, i);
		printf ("PstLoValue *%s (PstLoContext const *ctx, PstLoValue const *const *argv, int argc);\n",
			f->cname);
	}
	/* pst-lo.c, which defines the functions, wants only their prototypes. */
	puts ("\n#ifndef PST_LO_PROTOTYPES_ONLY");
	for (i = 0; i < functions->len; i++) {
		Function *f = g_ptr_array_index (functions, i);
		printf ("static PstLoArg const %s_args[] = {\n", f->cname);
		for (j = 0; j < f->args->len; j++) {
			Arg *a = g_ptr_array_index (f->args, j);
			fputs ("\t{ ", stdout);
			c_string (a->name_en); fputs (", ", stdout);
			c_string (a->desc_en); fputs (",\n\t  ", stdout);
			c_string (a->name_fr); fputs (", ", stdout);
			c_string (a->desc_fr); puts (" },");
		}
		puts ("};");
	}
	puts ("\nstatic PstLoFunction const pst_lo_functions[] = {");
	for (i = 0; i < functions->len; i++) {
		Function *f = g_ptr_array_index (functions, i);
		fputs ("\t{ ", stdout);
		c_string (f->name); fputs (", ", stdout);
		c_string (f->prefix); fputs (", ", stdout);
		c_string (f->method); fputs (", ", stdout);
		if (f->desc->arg_spec)
			c_string (f->desc->arg_spec);
		else
			fputs ("NULL", stdout);
		printf (", %d, %d, %d, %d, %s,\n\t  ", f->n_args, f->n_required,
			f->varargs, f->array, f->cname);
		c_string (f->help_en); fputs (",\n\t  ", stdout);
		c_string (f->help_fr);
		printf (",\n\t  %u, %s_args },\n", f->args->len, f->cname);
	}
	printf ("};\n#define PST_LO_N_FUNCTIONS %u\n#endif\n", functions->len);
}

static int
function_index (Function *f)
{
	guint i;
	for (i = 0; i < functions->len; i++)
		if (g_ptr_array_index (functions, i) == f)
			return i;
	return -1;
}

static void
write_methods (void)
{
	guint i, j;
	int k;

	puts ("/* pst-methods.inc: generated by lo/gen-table from the Gnumeric\n"
	      " * descriptors: one add-in object per prefix, one method per function,\n"
	      " * each handing its arguments to PstAddIn::call. */\n");
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("#include <be/pst/addin/%s.hpp>\n", p->iface);
	}
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("\nclass %s : public PstAddIn<be::pst::addin::%s>\n{\npublic:\n", p->impl, p->iface);
		printf ("\t%s (css::uno::Reference<css::uno::XComponentContext> const &context,\n"
			"\t    char const *service_prefix, char const *implementation)\n"
			"\t\t: PstAddIn (context, service_prefix, \"%s\", implementation) {}\n",
			p->impl, p->prefix);
		for (j = 0; j < p->functions->len; j++) {
			Function *f = g_ptr_array_index (p->functions, j);
			printf ("\tcss::uno::Any SAL_CALL %s (css::uno::Reference<css::beans::XPropertySet> const &caller", f->method);
			if (f->varargs) {
				printf (", css::uno::Sequence<css::uno::Any> const &values) override\n"
					"\t{\n\t\treturn call_varargs (%d, caller, values);\n\t}\n",
					function_index (f));
				continue;
			}
			for (k = 0; k < f->n_args; k++)
				printf (", css::uno::Any const &arg%d", k + 1);
			printf (") override\n\t{\n\t\tcss::uno::Any const *args[] = { ");
			for (k = 0; k < f->n_args; k++)
				printf ("%s&arg%d", k ? ", " : "", k + 1);
			printf (" };\n\t\treturn call (%d, caller, args, %d);\n\t}\n",
				function_index (f), f->n_args);
		}
		printf ("\tstatic css::uno::Reference<css::uno::XInterface> SAL_CALL\n"
			"\tcreate (css::uno::Reference<css::uno::XComponentContext> const &context)\n"
			"\t{\n\t\treturn static_cast<cppu::OWeakObject *> (new %s (context, \"ORG.GNUMERIC.\", \"be.pst.addin.%s\"));\n\t}\n"
			"\tstatic css::uno::Reference<css::uno::XInterface> SAL_CALL\n"
			"\tcreate_xlsx (css::uno::Reference<css::uno::XComponentContext> const &context)\n"
			"\t{\n\t\treturn static_cast<cppu::OWeakObject *> (new %s (context, \"_xlfngnumeric.\", \"be.pst.addin.%sXlsx\"));\n\t}\n"
			"\tstatic OUString SAL_CALL implementation () { return \"be.pst.addin.%s\"; }\n"
			"\tstatic OUString SAL_CALL implementation_xlsx () { return \"be.pst.addin.%sXlsx\"; }\n"
			"\tstatic css::uno::Sequence<OUString> SAL_CALL services () { return addin_services (); }\n",
			p->impl, p->impl, p->impl, p->impl, p->impl, p->impl);
		puts ("};");
	}
	/* The objects named for .ods files first: Calc takes the first of two
	 * functions of the same name for a formula typed in a cell. */
	puts ("\nstatic cppu::ImplementationEntry const pst_entries[] = {");
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("\t{ %s::create, %s::implementation, %s::services,\n"
			"\t  cppu::createSingleComponentFactory, nullptr, 0 },\n",
			p->impl, p->impl, p->impl);
	}
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("\t{ %s::create_xlsx, %s::implementation_xlsx, %s::services,\n"
			"\t  cppu::createSingleComponentFactory, nullptr, 0 },\n",
			p->impl, p->impl, p->impl);
	}
	puts ("\t{ nullptr, nullptr, nullptr, nullptr, nullptr, 0 }\n};");
}

static void
write_components (char const *library)
{
	guint i;

	printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<!-- pst.components: generated by lo/gen-table. -->\n"
		"<components xmlns=\"http://openoffice.org/2010/uno-components\">\n"
		"  <component loader=\"com.sun.star.loader.SharedLibrary\" uri=\"./%s\">\n",
		library);
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("    <implementation name=\"be.pst.addin.%s\">\n"
			"      <service name=\"com.sun.star.sheet.AddIn\"/>\n"
			"    </implementation>\n", p->impl);
	}
	for (i = 0; i < prefixes->len; i++) {
		Prefix *p = g_ptr_array_index (prefixes, i);
		printf ("    <implementation name=\"be.pst.addin.%sXlsx\">\n"
			"      <service name=\"com.sun.star.sheet.AddIn\"/>\n"
			"    </implementation>\n", p->impl);
	}
	puts ("  </component>\n</components>");
}

int
main (int argc, char **argv)
{
	GnmFuncDescriptor const *const *tables;
	gsize t, n_tables;

	if (argc < 3) {
		fprintf (stderr, "usage: gen-table LOCALEDIR idl|table|methods|components [LIBRARY]\n");
		return 2;
	}
	setlocale (LC_ALL, "");
	bindtextdomain (GETTEXT_PACKAGE, argv[1]);
	bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

	functions = g_ptr_array_new ();
	prefixes = g_ptr_array_new ();
	tables = pst_function_tables (&n_tables);
	for (t = 0; t < n_tables; t++) {
		GnmFuncDescriptor const *d;
		for (d = tables[t]; d->name; d++) {
			Function *f = read_function (d);
			g_ptr_array_add (functions, f);
			g_ptr_array_add (prefix_for (f->prefix)->functions, f);
		}
	}
	/* gettext answers in English when LANGUAGE=fr is not honoured: then
	 * no text at all is translated, and the French help would be lost.
	 * A text not translated yet is tests/check-help.sh's business. */
	if (n_untranslated == n_texts && strcmp (argv[2], "table") == 0) {
		fprintf (stderr, "gen-table: aucun texte traduit (LANGUAGE=fr, catalogue dans %s ?)\n",
			 argv[1]);
		return 1;
	}

	if (strcmp (argv[2], "idl") == 0)
		write_idl ();
	else if (strcmp (argv[2], "table") == 0)
		write_table ();
	else if (strcmp (argv[2], "methods") == 0)
		write_methods ();
	else if (strcmp (argv[2], "components") == 0)
		write_components (argc > 3 ? argv[3] : "pst-addin.so");
	else {
		fprintf (stderr, "gen-table: sortie inconnue « %s »\n", argv[2]);
		return 2;
	}
	return 0;
}
