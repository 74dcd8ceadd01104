/* ecomptes.c: placeholder until the eComptes XML is written. */
#include "ecomptes.h"
