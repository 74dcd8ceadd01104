/* ecomptes-io.c: placeholder until the eComptes saver and opener are written. */
#include "ecomptes.h"
