/*
 * phases.h: where the time and memory of a job go, phase by phase.
 *
 * Off unless the environment sets PST_PHASES: then each phase's wall time
 * (summed over its calls), the resident memory at its last end and the
 * process's peak so far are kept, and pst_phases_report prints them.
 * Phases may run on two threads at once (the importer beside Gnumeric's
 * freeing of the source workbook, the SMART judgement beside the sheets):
 * their times then overlap, and the report gives the wall clock apart.  The
 * benchmarks read this report (bench/README); nothing is timed otherwise.
 */
#ifndef PST_PHASES_H
#define PST_PHASES_H

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

/* The start of a phase: a clock reading, or 0 when phases are off. */
gint64	pst_phase_start		(void);
/* Adds the time since @start to phase @name (a static string). */
void	pst_phase_stop		(char const *name, gint64 start);
/* One line per phase in the order they first ended, then the total;
 * nothing when phases are off. */
void	pst_phases_report	(FILE *out);

G_END_DECLS

#endif
