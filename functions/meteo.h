/*
 * meteo.h: the weather of an action, from progress, dates and money.
 *
 * Four levels, best to worst: soleil (1), nuageux (2), pluie (3), orage (4).
 * An index (SPI for the schedule, CPI for the cost) is put in a band by
 * three thresholds, 0.95 / 0.85 / 0.70 by default: index >= soleil →
 * soleil, >= nuageux → nuageux, >= pluie → pluie, below → orage.
 *
 * Reading a météo (pst_meteo_parse) accepts, after folding case and
 * accents, and around optional filler words ("météo :", "niveau", "en",
 * "à"):
 *   - the French words and their plural and adjective forms: soleil,
 *     ensoleillé, nuageux, nuage, couvert, pluie, pluvieux, orage,
 *     orageux, tempête;
 *   - the level as text, "1" to "4" (also "2,0");
 *   - the symbols ☀ 🌞 (soleil), ⛅ 🌤 🌥 ☁ (nuageux), 🌧 🌦 ⛆ ☔
 *     (pluie), ⛈ 🌩 (orage), with or without the variation selectors
 *     U+FE0F / U+FE0E;
 *   - IMIO's indice de santé: bon → soleil, pause → nuageux,
 *     risque → pluie, blocage → orage.
 * A symbol next to its own word ("☀️ Soleil") reads as that level; two
 * readings that disagree, or any other word, give PST_METEO_UNKNOWN.
 * Colours (vert, orange, rouge) are not read: orange sits between
 * nuageux and pluie and would be a guess.
 *
 * Schedule (pst_meteo_delais), in this order:
 *   - progress not finite, or dates not finite: PST_ERROR_VALUE;
 *     progress outside 0..1, end before start, bad thresholds:
 *     PST_ERROR_NUM;
 *   - ANNULE_ABANDONNE: PST_ERROR_NA, a cancelled action has no weather
 *     (and the roll-ups leave it out, as they do for progress);
 *   - TERMINE: soleil, whatever the progress cell says (a finished action
 *     at 60 % is soleil, as it counts 100 % in the roll-up) and whatever
 *     the date;
 *   - progress 1 (100 %): soleil, the work is done even without the
 *     status;
 *   - date after the end (date > end) and not finished: orage, whatever
 *     the progress (0 % included).  The end day itself is not past;
 *   - date at or before the start: soleil, nothing was due yet.  This
 *     also covers the start day, where the expected progress is 0 and
 *     the SPI would divide by zero;
 *   - otherwise SPI = progress / expected progress
 *     (pst_avancement_attendu), in the bands.  start = end is a one-day
 *     milestone: before it soleil, on it the expected progress is 100 %,
 *     after it orage unless finished;
 *   - PROBLEME: at least pluie, whatever came out above (before the
 *     start included: a blocked action is not sunny).
 *   PST_STATUS_UNKNOWN means "no status given" and reads like EN_COURS.
 *
 * Cost (pst_meteo_ressources):
 *   - any argument not finite: PST_ERROR_VALUE; a negative amount, progress
 *     outside 0..1, bad thresholds: PST_ERROR_NUM;
 *   - nothing spent (engagé = 0): soleil, even with no budget;
 *   - spending without a budget (budget = 0, engagé > 0): orage;
 *   - otherwise CPI = progress × budget / engagé, in the bands.
 *
 * Synthesis over many values: "pire" (the worst, the default), "majorite"
 * (the most frequent, a tie goes to the worse level), "moyenne" (the mean
 * level rounded half up: 1.5 → nuageux).  Counted in one pass with a
 * PstMeteoCount; no value counted: PST_ERROR_NA.
 */
#ifndef PST_METEO_H
#define PST_METEO_H

#include <glib.h>
#include "errors.h"
#include "status.h"

G_BEGIN_DECLS

typedef enum {
	PST_METEO_UNKNOWN = 0,
	PST_METEO_SOLEIL = 1,
	PST_METEO_NUAGEUX = 2,
	PST_METEO_PLUIE = 3,
	PST_METEO_ORAGE = 4
} PstMeteo;

#define PST_METEO_N_LEVELS 4

PstMeteo     pst_meteo_parse		(char const *text);
/* 1..4, integral; anything else: PST_METEO_UNKNOWN. */
PstMeteo     pst_meteo_from_level	(double level);
/* "soleil", "nuageux", "pluie", "orage"; NULL for PST_METEO_UNKNOWN. */
char const  *pst_meteo_word		(PstMeteo meteo);
/* The worse of two; an unknown one is ignored. */
PstMeteo     pst_meteo_worst		(PstMeteo a, PstMeteo b);

/* Lower bounds of the soleil, nuageux and pluie bands.  Valid when
 * finite, > 0 and soleil >= nuageux >= pluie; equal thresholds empty a
 * band, so that a three-colour scheme (green >= 0.95, yellow >= 0.85,
 * red below) is nuageux = pluie = 0.85. */
typedef struct {
	double soleil;
	double nuageux;
	double pluie;
} PstMeteoThresholds;

#define PST_METEO_THRESHOLDS_DEFAULT { 0.95, 0.85, 0.70 }

void	 pst_meteo_thresholds_init	(PstMeteoThresholds *t);
PstError pst_meteo_thresholds_check	(PstMeteoThresholds const *t);

/* The band of @index; @t NULL: the defaults.  Bad thresholds or an
 * index that is NaN or negative: PST_ERROR_NUM. */
PstError pst_meteo_from_index	(double index, PstMeteoThresholds const *t,
				 PstMeteo *out);

/* Dates in any day numbering (spreadsheet serials); @t NULL: defaults. */
PstError pst_meteo_delais	(double progress, double start, double end,
				 double date, PstStatus status,
				 PstMeteoThresholds const *t, PstMeteo *out);

PstError pst_meteo_ressources	(double engage, double budget,
				 double progress,
				 PstMeteoThresholds const *t, PstMeteo *out);

typedef enum {
	PST_METEO_MODE_PIRE = 0,
	PST_METEO_MODE_MAJORITE,
	PST_METEO_MODE_MOYENNE
} PstMeteoMode;

/* "pire", "majorite" / "majorité", "moyenne", case- and
 * accent-insensitively; NULL or blank: "pire"; anything else:
 * PST_ERROR_VALUE. */
PstError pst_meteo_mode_parse	(char const *text, PstMeteoMode *mode);

/* How many values of each level; zero it (or call _init) before use. */
typedef struct {
	guint n[PST_METEO_N_LEVELS + 1];	/* by PstMeteo; n[0] unused */
} PstMeteoCount;

void	 pst_meteo_count_init	(PstMeteoCount *count);
/* FALSE, and nothing counted, for PST_METEO_UNKNOWN: the caller decides
 * whether an unreadable value is an error or is skipped. */
gboolean pst_meteo_count_add	(PstMeteoCount *count, PstMeteo meteo);
PstError pst_meteo_synthese_result (PstMeteoCount const *count,
				    PstMeteoMode mode, PstMeteo *out);

G_END_DECLS

#endif
