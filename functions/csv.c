/*
 * csv.c: a CSV file as a one-sheet grid.
 */
#include "csv.h"

#include <string.h>

/* Fields of one record starting at *p; quotes may hold separators and
 * line breaks. */
static GPtrArray *
read_record (char const **p, char const *end, char sep)
{
	GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
	GString *field = g_string_new (NULL);
	gboolean quoted = FALSE, any = FALSE;
	char const *s = *p;

	while (s < end) {
		char c = *s;
		if (quoted) {
			if (c == '"' && s + 1 < end && s[1] == '"') {
				g_string_append_c (field, '"');
				s += 2;
				continue;
			}
			if (c == '"')
				quoted = FALSE;
			else
				g_string_append_c (field, c);
			s++;
			continue;
		}
		if (c == '"' && field->len == 0) {
			quoted = TRUE;
			any = TRUE;
			s++;
			continue;
		}
		if (c == sep) {
			g_ptr_array_add (fields, g_string_free (field, FALSE));
			field = g_string_new (NULL);
			any = TRUE;
			s++;
			continue;
		}
		if (c == '\r' || c == '\n') {
			s += (c == '\r' && s + 1 < end && s[1] == '\n') ? 2 : 1;
			break;
		}
		g_string_append_c (field, c);
		any = TRUE;
		s++;
	}
	g_ptr_array_add (fields, g_string_free (field, FALSE));
	*p = s;
	if (!any && fields->len == 1 && *(char *) g_ptr_array_index (fields, 0) == '\0')
		g_ptr_array_set_size (fields, 0);
	return fields;
}

/* The separator that gives the first lines the most constant, largest
 * number of fields. */
static char
guess_separator (char const *data, char const *end)
{
	static char const candidates[] = { ';', '\t', ',' };
	char best = ';';
	int best_score = -1;
	gsize k;

	for (k = 0; k < G_N_ELEMENTS (candidates); k++) {
		char const *p = data;
		int lines = 0, first = -1, same = 0;
		while (p < end && lines < 20) {
			GPtrArray *f = read_record (&p, end, candidates[k]);
			if (f->len > 0) {
				if (first < 0)
					first = f->len;
				if ((int) f->len == first && f->len > 1)
					same++;
				lines++;
			}
			g_ptr_array_free (f, TRUE);
		}
		if (same * 10 + first > best_score && first > 1) {
			best_score = same * 10 + first;
			best = candidates[k];
		}
	}
	return best;
}

PstGrid *
pst_grid_from_csv (char const *data, gsize len, char const *file,
		   char const *sheet_name)
{
	PstGrid *grid = pst_grid_new (file);
	GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
	char *utf8 = NULL;
	char const *p, *end;
	PstSheet *sheet;
	guint r, n_cols = 0;
	char sep;

	if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	} else if (len >= 2 && (memcmp (data, "\xff\xfe", 2) == 0 || memcmp (data, "\xfe\xff", 2) == 0)) {
		/* Excel's "Texte Unicode": UTF-16, tab-separated. */
		gsize written = 0;
		utf8 = g_convert (data + 2, (len - 2) & ~(gsize) 1, "UTF-8",
				  data[0] == '\xff' ? "UTF-16LE" : "UTF-16BE", NULL, &written, NULL);
		if (utf8) {
			data = utf8;
			len = written;
		}
	}
	if (utf8 == NULL && !g_utf8_validate (data, len, NULL)) {
		utf8 = g_convert (data, len, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);
		if (utf8 == NULL)
			utf8 = g_convert (data, len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
		if (utf8) {
			data = utf8;
			len = strlen (utf8);
		}
	}
	p = data;
	end = data + len;
	sep = guess_separator (p, end);
	while (p < end) {
		GPtrArray *f = read_record (&p, end, sep);
		n_cols = MAX (n_cols, f->len);
		g_ptr_array_add (records, f);
	}
	sheet = pst_grid_add_sheet (grid, sheet_name, records->len, n_cols);
	for (r = 0; r < records->len; r++) {
		GPtrArray *f = g_ptr_array_index (records, r);
		guint c;
		for (c = 0; c < f->len; c++) {
			char const *t = g_ptr_array_index (f, c);
			if (*t && g_utf8_validate (t, -1, NULL))
				pst_sheet_set (sheet, r, c, PST_CELL_TEXT, t, 0);
		}
	}
	g_ptr_array_free (records, TRUE);
	g_free (utf8);
	return grid;
}
