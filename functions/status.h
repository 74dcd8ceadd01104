/*
 * status.h: the six status codes of the regional exchange format and the
 * French words people write instead of them.
 */
#ifndef PST_STATUS_H
#define PST_STATUS_H

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
	PST_STATUS_UNKNOWN = 0,
	PST_STATUS_NON_COMMENCE,
	PST_STATUS_EN_COURS,
	PST_STATUS_EN_ATTENTE,
	PST_STATUS_PROBLEME,
	PST_STATUS_TERMINE,
	PST_STATUS_ANNULE_ABANDONNE
} PstStatus;

PstStatus    pst_status_parse	(char const *text);
char const  *pst_status_code	(PstStatus status);

G_END_DECLS

#endif
