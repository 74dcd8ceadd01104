/*
 * reading.h: what the importer understood of a plan workbook ("Lecture du
 * plan"): for each sheet its header row, each column's role with the
 * confidence and the evidence for it, the form of the hierarchy, and the
 * doubts that make an import one to check before trusting its totals.
 *
 * pst import prints it, pst import --explique prints only it, and the
 * canonical workbook keeps it in the sheet "Lecture du plan".
 */
#ifndef PST_READING_H
#define PST_READING_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
	PST_CONFIANCE_FAIBLE,	/* from the contents alone, or against them */
	PST_CONFIANCE_MOYENNE,	/* the header alone, or the contents alone */
	PST_CONFIANCE_FORTE,	/* the header and the contents agree */
	PST_CONFIANCE_IMPOSEE	/* chosen by the user (--colonne) */
} PstConfiance;

typedef struct {
	int	     col;
	char	    *header;	/* as written, two header rows joined by " / " */
	int	     role;	/* a PstField or PST_ROLE_* (headers.h) */
	PstConfiance confiance;
	char	    *indice;	/* the evidence, a French phrase */
} PstColumnReading;

typedef struct {
	char	*sheet;
	char	*entite;	/* the sheet's own entity, or NULL */
	char	*note;		/* why the sheet was skipped, or NULL */
	int	 header_row;	/* 0-based; -1 when the sheet has none */
	int	 group_row;	/* the row of group headers above, or -1 */
	int	 n_tables;
	GArray	*columns;	/* PstColumnReading of the first table */
	char	*forme;		/* the hierarchy form, a French phrase */
	guint	 n_os, n_oo, n_actions;
} PstSheetReading;

typedef struct {
	GPtrArray *sheets;	/* PstSheetReading */
	GPtrArray *doutes;	/* char *: French sentences */
} PstReading;

PstReading	*pst_reading_new	(void);
void		 pst_reading_free	(PstReading *reading);
PstSheetReading	*pst_reading_add_sheet	(PstReading *reading, char const *sheet);
void		 pst_reading_add_column	(PstSheetReading *sr, int col,
					 char const *header, int role,
					 PstConfiance confiance,
					 char const *indice);
void		 pst_reading_doubt	(PstReading *reading, char const *fmt, ...)
	G_GNUC_PRINTF (2, 3);

char const	*pst_confiance_word	(PstConfiance confiance);
/* "Responsable", "Réf. (tout niveau)", "Axe"… */
char const	*pst_role_title		(int role);
/* The whole reading as French text, one line per fact. */
char		*pst_reading_describe	(PstReading const *reading);

G_END_DECLS

#endif
