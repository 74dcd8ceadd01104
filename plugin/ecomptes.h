/*
 * ecomptes.h: the regional eComptes PST XML (PST_eComptes_Export_201805V1.xsd).
 * Placeholder: written by the eComptes work.
 */
#ifndef PST_ECOMPTES_H
#define PST_ECOMPTES_H

#include "pst-gnumeric.h"
#include "plan.h"

#endif
