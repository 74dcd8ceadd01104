/* cmd-consolidate.c: placeholder until pst consolidate is written. */
#include "pst-cli.h"

int
pst_cmd_consolidate (int argc, char **argv)
{
	pst_cli_error ("la commande « consolidate » n’est pas encore disponible.");
	return PST_EXIT_USAGE;
}
