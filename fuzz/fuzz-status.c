/*
 * fuzz-status.c: status words ("À démarrer", "Terminées", "Statut : en
 * cours").
 */
#include "fuzz-common.h"
#include "status.h"

int
LLVMFuzzerTestOneInput (uint8_t const *data, size_t size)
{
	char *text = fuzz_string (data, size);
	PstStatus status = pst_status_parse (text);
	char const *code = pst_status_code (status);

	FUZZ_CHECK (status >= PST_STATUS_UNKNOWN && status <= PST_STATUS_ANNULE_ABANDONNE,
		    "status %d", status);
	if (status == PST_STATUS_UNKNOWN)
		FUZZ_CHECK (code == NULL, "a code for no status");
	else
		/* The code written back in the Plan sheet reads as itself. */
		FUZZ_CHECK (code && pst_status_parse (code) == status,
			    "\"%s\" → %s does not read back", text, code);
	g_free (text);
	return 0;
}
