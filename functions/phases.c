/*
 * phases.c: per-phase wall time and memory of a job (phases.h).
 */
#include "phases.h"

#include <string.h>

typedef struct {
	char const *name;
	gint64	    usec;
	long	    rss_kb;	/* resident at the phase's last end */
	long	    peak_kb;	/* the process's peak by then */
} Phase;

/* Phases end on several threads (the importer's, Gnumeric's). */
G_LOCK_DEFINE_STATIC (phases);
static int enabled = -1;
static GArray *phases;
static gint64 first_start, last_end;	/* the wall clock of the whole */

static gboolean
phases_on (void)
{
	if (enabled < 0) {
		char const *v = g_getenv ("PST_PHASES");
		enabled = v != NULL && *v != '\0' && strcmp (v, "0") != 0;
	}
	return enabled;
}

/* VmRSS and VmHWM of /proc/self/status, in kB; -1 where there is none. */
static void
read_memory (long *rss_kb, long *peak_kb)
{
	char *status = NULL, *p;

	*rss_kb = *peak_kb = -1;
	if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
		return;
	if ((p = strstr (status, "VmRSS:")) != NULL)
		*rss_kb = strtol (p + 6, NULL, 10);
	if ((p = strstr (status, "VmHWM:")) != NULL)
		*peak_kb = strtol (p + 6, NULL, 10);
	g_free (status);
}

gint64
pst_phase_start (void)
{
	return phases_on () ? g_get_monotonic_time () : 0;
}

void
pst_phase_stop (char const *name, gint64 start)
{
	gint64 now;
	Phase *phase = NULL;
	guint i;

	if (!phases_on () || start == 0)
		return;
	now = g_get_monotonic_time ();
	G_LOCK (phases);
	if (first_start == 0 || start < first_start)
		first_start = start;
	last_end = now;
	if (phases == NULL)
		phases = g_array_new (FALSE, TRUE, sizeof (Phase));
	for (i = 0; i < phases->len && phase == NULL; i++)
		if (strcmp (g_array_index (phases, Phase, i).name, name) == 0)
			phase = &g_array_index (phases, Phase, i);
	if (phase == NULL) {
		g_array_set_size (phases, phases->len + 1);
		phase = &g_array_index (phases, Phase, phases->len - 1);
		phase->name = name;
	}
	phase->usec += now - start;
	read_memory (&phase->rss_kb, &phase->peak_kb);
	G_UNLOCK (phases);
}

void
pst_phases_report (FILE *out)
{
	gint64 total = 0;
	guint i;

	if (!phases_on () || phases == NULL)
		return;
	G_LOCK (phases);
	for (i = 0; i < phases->len; i++)
		total += g_array_index (phases, Phase, i).usec;
	for (i = 0; i < phases->len; i++) {
		Phase const *p = &g_array_index (phases, Phase, i);
		fprintf (out, "phase\t%s\t%.3f\t%.0f%%\t%ld\t%ld\n", p->name, p->usec / 1e6,
			 total > 0 ? 100.0 * p->usec / total : 0.0,
			 p->rss_kb / 1024, p->peak_kb / 1024);
	}
	/* Phases run on two cores overlap: the clock is less than the sum. */
	fprintf (out, "phase\tsomme des phases\t%.3f\t100%%\n", total / 1e6);
	fprintf (out, "phase\tdurée (horloge)\t%.3f\n", (last_end - first_start) / 1e6);
	G_UNLOCK (phases);
}
