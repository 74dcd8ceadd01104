/*
 * errors.h: how the PST engine says that an input is bad.
 *
 * The engine knows nothing of spreadsheet cells; it reports problems with
 * these codes and each front end (the Gnumeric plugin, the Calc add-in, the
 * importer) turns them into its own error values or messages.
 */
#ifndef PST_ERROR_H
#define PST_ERROR_H

typedef enum {
	PST_OK = 0,
	PST_ERROR_VALUE,	/* the input is not of the expected kind: #VALUE! */
	PST_ERROR_NUM,		/* the input is of the right kind but out of range: #NUM! */
	PST_ERROR_NA,		/* nothing to answer for this input: #N/A */
	PST_ERROR_DIV0		/* nothing left to average: #DIV/0! */
} PstError;

#endif
