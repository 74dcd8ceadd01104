/* cmd-export.c: placeholder until pst export is written. */
#include "pst-cli.h"

int
pst_cmd_export (int argc, char **argv)
{
	pst_cli_error ("la commande « export » n’est pas encore disponible.");
	return PST_EXIT_USAGE;
}
