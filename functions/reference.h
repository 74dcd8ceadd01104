/*
 * reference.h: PST references ("réf."), OS.OO.action[.sous-action].
 *
 * Plans write references in many ways: "O. O. 1.1.", "O.S.1.1", "OO 1.2",
 * "Objectif stratégique 3", "action 3", "A.4", "OS.1 - OO.2 - A.4",
 * "1.2.3.".  The canonical form is the dotted numbers without a trailing
 * dot: "2.1.3".  "2.1" is the parent of "2.1.3" and not of "2.10.3".
 */
#ifndef PST_REFERENCE_H
#define PST_REFERENCE_H

#include <glib.h>
#include "errors.h"

G_BEGIN_DECLS

typedef enum {
	PST_LEVEL_NONE = 0,
	PST_LEVEL_OS = 1,
	PST_LEVEL_OO = 2,
	PST_LEVEL_ACTION = 3,
	PST_LEVEL_SOUS_ACTION = 4
} PstLevel;

#define PST_REF_MAX_DEPTH 8
/* The largest number of a level: larger ones are years or amounts. */
#define PST_REF_MAX_NUMBER 999

typedef struct {
	guint	 numbers[PST_REF_MAX_DEPTH];
	int	 n_numbers;
	PstLevel keyword_level;	/* level named by a keyword, or NONE */
	gsize	 label_offset;	/* bytes of the text taken by the code */
} PstRefScan;

gboolean pst_ref_scan		(char const *text, PstRefScan *scan);
gboolean pst_ref_scan_keyword	(char const *text, PstLevel *level,
				 gsize *label_offset);
/* "2.1.1.a", "2.1 b)", "2.1-c": numbers, then a letter as the last
 * level.  The letter's rank (a: 1), the numbers in *scan and the bytes
 * before the letter's separator in *prefix_len; 0 for any other text. */
int	 pst_ref_scan_lettered	(char const *text, PstRefScan *scan,
				 gsize *prefix_len);
char	*pst_ref_normalise	(char const *text, char const *parent,
				 PstError *err);
int	 pst_ref_level		(char const *text, PstError *err);
char	*pst_ref_parent		(char const *text, PstError *err);

/* On canonical references only. */
int	 pst_ref_depth		(char const *ref);
gboolean pst_ref_is_within	(char const *ref, char const *ancestor);
gsize	 pst_ref_prefix_len	(char const *ref, int depth);
int	 pst_ref_compare	(char const *a, char const *b);

char const *pst_level_name	(PstLevel level);

G_END_DECLS

#endif
