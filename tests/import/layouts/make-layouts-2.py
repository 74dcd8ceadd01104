#!/usr/bin/env python3
"""make-layouts-2.py: writes layouts L16 to L27 of the corpus and their truth.

    python3 tests/import/layouts/make-layouts-2.py
    python3 tests/import/layouts/make-layouts-2.py l21 l26   # only some layouts

A second plan model (MODEL2 below: five objectifs stratégiques of a CPAS,
their objectifs opérationnels and actions; the titles name the CPAS of
Marchin) is rendered in twelve more layouts, one trait each (README.md).
They were first written by a second tester, as a hold-out the importer had
not seen.  For each layout L, next to this script, as make-layouts.py does:

    L.xlsx / L.ods / L.csv  the plan as a person laid it out
    L.truth.tsv             one row per action (a last column volet in L20, L22)
    L.objectifs.tsv         one row per OS and OO, with the expected roll-up
    L.expect                the hierarchy form the importer must state, its exit status

The views, the truth, the cell values and the writers are those of
make-layouts.py, imported from it: this script holds only the model and the
layouts.  Python 3 (standard library only) and ssconvert.
"""
import copy
import datetime
import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_layouts", os.path.join(HERE, "make-layouts.py"))
ml = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ml)

A = ml.Action
view, actions_of, write_truth, stem = ml.view, ml.actions_of, ml.write_truth, ml.stem
write_book, write_text_csv = ml.write_book, ml.write_text_csv
c_date, c_pct, c_eur, c_num, c_text = ml.c_date, ml.c_pct, ml.c_eur, ml.c_num, ml.c_text
fr_date, fr_pct = ml.fr_date, ml.fr_pct

# ------------------------------------------------------------------ the model

# One entry per OS: (its short name, [(OS label, [(OO label, [actions])])]),
# the shape of make-layouts.py's PLAN with every OS alone under its short
# name (the name its sheet takes in L21), so that view() selects OS by
# number.  Labels without their code; values invented, plausible, fixed here.
MODEL2 = [
	("Social", [("Être un CPAS qui garantit à chacun l'accès à ses droits sociaux", [
		("Renforcer l'accueil de première ligne", [
			A("Réorganiser les horaires de permanence du service social", "En cours", 0.4,
			  "Mme Dupont", "Service social", "2025-06-30",
			  comment="Nouveaux horaires testés depuis mars ; l'évaluation avec les délégués syndicaux est prévue en mai avant validation par le Comité spécial du service social."),
			A("Mettre en place un guichet unique avec prise de rendez-vous en ligne", "À démarrer", 0.0,
			  "DG", "Direction générale", "2026-12-31", 4500, "831/123-13"),
			A("Former les agents d'accueil à la gestion des situations de crise", "Terminé", 1.0,
			  "Mme Lecomte", "Ressources humaines", "2024-03-31", 1200, "831/123-17",
			  comment="Deux sessions organisées avec l'IFA, 14 agents formés. Évaluation très positive, une session de rappel sera proposée en 2026."),
		]),
		("Lutter contre le non-recours aux droits", [
			A("Publier un guide des aides sociales du CPAS", "En cours", 0.6,
			  "Service social", "Service social", "2025-12-31", 2500, "831/123-02"),
			A("Organiser des permanences décentralisées dans les villages", "Reporté", 0.1,
			  "M. Lambert", "Service social", "2025-09-30",
			  comment="Reporté faute de local disponible à Vaux-Borset ; la commune propose la salle du conseil de village à partir de septembre."),
			A("Croiser les données de la BCSS pour détecter les droits non ouverts", "Non commencé", 0.0,
			  "Mme Dupont", "Service social", "2026-06-30"),
		]),
		("Renforcer l'accompagnement des personnes surendettées", [
			A("Engager un juriste à mi-temps pour le service de médiation de dettes", "Terminé", 1.0,
			  "DG", "Direction générale", "2024-09-30", 28000, "831/122-01"),
			A("Créer un groupe d'appui collectif sur la gestion du budget", "En cours", 0.3,
			  "Mme Martin", "Médiation de dettes", "2025-12-31", 1500, "831/124-48"),
		]),
	])]),
	("Emploi", [("Être un CPAS acteur de l'insertion socioprofessionnelle", [
		("Augmenter le nombre de mises à l'emploi sous article 60", [
			A("Prospecter dix nouveaux partenaires utilisateurs article 60", "En cours", 0.5,
			  "M. Lambert", "Service ISP", "2025-12-31",
			  comment="Six conventions signées à ce jour (Ville, deux ASBL, la crèche communale, le Repair café et la ressourcerie). Les contacts avec le secteur privé sont plus difficiles."),
			A("Conclure une convention avec l'agence locale pour l'emploi", "Terminé", 1.0,
			  "DG", "Direction générale", "2024-06-30"),
			A("Assurer un suivi trimestriel des travailleurs sous article 60", "Permanent", 0.5,
			  "Service ISP", "Service ISP", "2026-12-31"),
		]),
		("Développer les formations qualifiantes", [
			A("Financer des formations en langues pour les bénéficiaires du RIS", "En attente", 0.2,
			  "Service ISP", "Service ISP", "2025-06-30", 6000, "832/124-06"),
			A("Organiser un atelier hebdomadaire de recherche d'emploi", "En cours", 0.7,
			  "M. Lambert", "Service ISP", "2025-12-31", 800, "832/124-02"),
		]),
	])]),
	("Aînés", [("Être un CPAS proche de ses aînés et des personnes isolées", [
		("Rompre l'isolement des personnes âgées", [
			A("Lancer un service de visites à domicile par des bénévoles", "En cours", 0.35,
			  "Mme Renard", "Service aînés", "2025-12-31", 3000, "834/124-48"),
			A("Organiser un goûter intergénérationnel chaque trimestre", "Fait", 1.0,
			  "Mme Renard", "Service aînés", "2024-12-31", 1200, "834/123-16",
			  comment="Quatre goûters organisés en 2024 avec l'école communale de Grand-Marchin, entre 35 et 50 participants à chaque édition."),
		]),
		("Adapter l'offre de services à domicile", [
			A("Étendre les tournées de repas à domicile au week-end", "Bloqué", 0.15,
			  "M. Collard", "Aide à domicile", "2025-06-30", 15000, "844/124-02",
			  comment="Bloqué : pas de chauffeur disponible le week-end ; une demande de points APE supplémentaires a été introduite auprès de la Région wallonne."),
			A("Acquérir un second véhicule pour le service de mobilité", "Abandonné", None,
			  "DG", "Direction générale", "2024-12-31", 22000, "844/743-52"),
			A("Installer des dispositifs de télévigilance chez les bénéficiaires isolés", "Non commencé", 0.0,
			  "M. Collard", "Aide à domicile", "2026-03-31", 4000, "844/124-12"),
		]),
	])]),
	("Gestion", [("Être un CPAS moderne, efficient et bien géré", [
		("Moderniser l'outil informatique", [
			A("Remplacer les postes de travail de plus de cinq ans", "En cours", 0.8,
			  "M. Pirard", "Informatique", "2025-03-31", 18000, "104/742-53"),
			A("Dématérialiser les dossiers sociaux", "En cours", 0.25,
			  "M. Pirard", "Informatique", "2026-12-31", 9500, "104/123-13",
			  comment="Le logiciel de gestion électronique des documents est choisi ; la numérisation des archives 2019-2024 commencera après la formation des assistants sociaux."),
		]),
		("Améliorer le bien-être au travail", [
			A("Réaliser une enquête de satisfaction du personnel", "Terminé", 1.0,
			  "Mme Lecomte", "Ressources humaines", "2024-05-31"),
			A("Mettre en place un plan de formation pluriannuel", "À démarrer", None,
			  "Mme Lecomte", "Ressources humaines", "2025-12-31", 5000, "104/123-17"),
		]),
		("Maîtriser les finances du CPAS", [
			A("Établir un tableau de bord budgétaire mensuel", "En cours", 0.5,
			  "Mme Gérard", "Finances", "2025-06-30"),
			A("Renégocier les contrats d'assurance", "Clôturé", 1.0,
			  "Mme Gérard", "Finances", "2024-10-31", 750, "104/122-01"),
		]),
	])]),
	("Communication", [("Être un CPAS qui informe et associe la population", [
		("Améliorer la communication externe", [
			A("Refondre le site internet du CPAS", "En cours", 0.45,
			  "Mme Hubert", "Secrétariat", "2025-09-30", 7000, "104/123-13"),
			A("Publier un article du CPAS dans chaque bulletin communal", "Permanent", 0.5,
			  "Mme Hubert", "Secrétariat", "2026-12-31"),
		]),
		("Associer les usagers à l'évaluation des services", [
			A("Installer un comité d'usagers consultatif", "Non commencé", 0.0,
			  "Président du CAS", "Direction générale", "2026-06-30"),
		]),
	])]),
]


# ------------------------------------------------------------------ cell values

def fr_eur(v, sep=" "):
	"""An amount typed as text: 1500 → "1 500,00 €" (sep "." → "1.500,00 €")."""
	if v is None:
		return ""
	return "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", sep) + " €"


# ------------------------------------------------------------------ layouts

def l16():
	"""Title rows; a header in capitals, abbreviated, with line breaks in its
	cells; "1. …" and "1.1. …" in the OS and OO columns of every row."""
	name = "L16-entetes-abreges.xlsx"
	oss = view(MODEL2, [1, 2, 3])
	head = ["OBJ.\nSTRAT.", "OBJ.\nOP.", "ACTIONS", "RESP.", "ÉCH.", "ÉTAT", "%\nRÉAL.",
	        "BUDGET\n(€)", "ART.\nBUDG."]
	rows = [["CPAS DE MARCHIN – PROGRAMME STRATÉGIQUE TRANSVERSAL 2025-2030"],
	        ["Suivi au 31/03/2025"], [], head]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["%s. %s" % (os_.code, os_.label), "%s. %s" % (oo.code, oo.label), a.label, a.resp,
		             c_date(a.fin), a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l17():
	"""N° OS | Objectif stratégique | N° OO | Objectif opérationnel | N° action
	| Action: the numbers are integer cells, local to their parent.
	Avancement is a number from 0 to 100."""
	name = "L17-numeros-separes.xlsx"
	oss = view(MODEL2, [1, 2, 3, 4])
	head = ["N° OS", "Objectif stratégique", "N° OO", "Objectif opérationnel", "N° action", "Action",
	        "Pilote", "Service", "Date de fin", "Statut", "Avancement", "Budget", "Article budgétaire"]
	rows = [head]
	for os_ in oss:
		for m, oo in enumerate(os_.children, 1):
			for k, (code, a) in enumerate(oo.children, 1):
				rows.append([os_.code, os_.label, "%d" % m, oo.label, "%d" % k, a.label, a.resp,
				             a.service, c_date(a.fin), a.etat,
				             "" if a.av is None else "%d" % round(a.av * 100), c_num(a.budget),
				             a.article or ""])
	write_book(name, [("Plan d'action", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l18():
	"""One outline column Réf.: the OS and OO numbers are number cells (1 and
	1.1), the action numbers text (1.1.1); amounts typed as text "1 500,00 €"."""
	name = "L18-references-nombres.xlsx"
	oss = view(MODEL2, [2, 3, 4])
	head = ["Réf.", "Intitulé", "Responsable", "Échéance", "Statut", "Réalisation", "Budget", "Article"]
	rows = [head]
	bold = {id(head)}
	for os_ in oss:
		r = [c_num(int(os_.code)), os_.label]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			rows.append([c_num(float(oo.code)), oo.label])
			for code, a in oo.children:
				rows.append([c_text(code), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
				             fr_eur(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l19():
	"""Banner rows merged across the table: an AXE above its OS, above their
	OO, above their actions."""
	name = "L19-axes-bandeaux.ods"
	oss = view(MODEL2, [1, 2, 3, 4])
	axes = {0: "AXE 1 – Action sociale et insertion", 2: "AXE 2 – Aînés et maintien à domicile",
	        3: "AXE 3 – Administration et gouvernance"}
	head = ["Action", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Art. budgétaire"]
	rows = [head]
	bold, merges = {id(head)}, []

	def banner(text):
		r = [text]
		rows.append(r)
		bold.add(id(r))
		merges.append("A%d:G%d" % (len(rows), len(rows)))
	for i, os_ in enumerate(oss):
		if i in axes:
			banner(axes[i])
		banner("OS %s – %s" % (os_.code, os_.label))
		for oo in os_.children:
			banner("OO %s – %s" % (oo.code, oo.label))
			for code, a in oo.children:
				rows.append([a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""])
	write_book(name, [("PST", rows)], bold, merges={"PST": merges})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l20():
	"""A Volet column; the OS are numbered again from 1 in the volet interne."""
	name = "L20-volets.xlsx"
	oss = view(MODEL2, [1, 3, 4, 5], restart=(4,))
	volets = dict(zip([os_.label for os_ in oss], ["externe", "externe", "interne", "interne"]))
	head = ["Volet", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable",
	        "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["Volet " + volets[os_.label], "OS %s : %s" % (os_.code, os_.label),
		             "OO %s : %s" % (oo.code, oo.label), a.label, a.resp, c_date(a.fin), a.etat,
		             c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes", volets=volets)


def l21():
	"""One sheet per OS named "OS n - Short", without a title row; a Mode
	d'emploi and a Synthèse sheet in front.  The full OS labels are in
	Synthèse only."""
	name = "L21-feuilles-synthese.xlsx"
	oss = view(MODEL2, [1, 2, 3, 4])
	guide = [["Mode d'emploi du tableau de suivi du PST"], [],
	         ["1. Chaque objectif stratégique a son onglet. Complétez une ligne par action."],
	         ["2. Le statut est choisi dans la liste : Non commencé, En cours, En attente, Bloqué, Terminé, Abandonné."],
	         ["3. L'avancement est exprimé en % (0 % à 100 %)."],
	         ["4. Le budget est le montant TVAC inscrit au budget ; l'article au format 831/123-16."],
	         ["5. L'onglet Synthèse se met à jour automatiquement."],
	         [], ["Contact : Mme Gérard, directrice financière"]]
	bold = {id(guide[0])}
	syn = [["N°", "Objectif stratégique", "Nombre d'actions", "Avancement moyen", "Budget total"]]
	bold.add(id(syn[0]))
	for os_ in oss:
		acts = [a for _, _, _, a in actions_of([os_])]
		avs = [a.av for a in acts if a.av is not None]
		syn.append(["OS %s" % os_.code, os_.label, "%d" % len(acts), c_pct(round(sum(avs) / len(avs), 4)),
		            c_eur(sum(a.budget or 0 for a in acts))])
	sheets = [("Mode d'emploi", guide), ("Synthèse", syn)]
	for os_ in oss:
		rows = [["Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut", "Avancement",
		         "Budget", "Article"]]
		bold.add(id(rows[0]))
		for oo in os_.children:
			for code, a in oo.children:
				rows.append(["%s %s" % (oo.code, oo.label), a.label, a.resp, c_date(a.fin), a.etat,
				             c_pct(a.av), c_eur(a.budget), a.article or ""])
		sheets.append(("OS %s - %s" % (os_.code, os_.axe), rows))
	write_book(name, sheets, bold)
	write_truth(stem(name), [(stem(name), oss)], "feuilles")


def l22():
	"""Two tables one under the other on one sheet, each with its title (the
	volet) and header; the second header has more columns, in another order."""
	name = "L22-deux-tableaux.xlsx"
	oss = view(MODEL2, [1, 2, 3, 4])
	rows = [["VOLET EXTERNE – Actions envers les usagers"],
	        ["OS", "OO", "Action", "Responsable", "Échéance", "Statut", "Avancement"]]
	bold = {id(rows[0]), id(rows[1])}
	for os_, oo, code, a in actions_of(oss[:3]):
		rows.append(["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label),
		             a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av)])
	rows += [[], []]
	title = ["VOLET INTERNE – Fonctionnement de l'administration"]
	head = ["OS", "OO", "Action", "Statut", "Avancement", "Responsable", "Échéance", "Budget", "Article"]
	rows += [title, head]
	bold |= {id(title), id(head)}
	for os_, oo, code, a in actions_of(oss[3:]):
		rows.append(["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label),
		             a.label, a.etat, c_pct(a.av), a.resp, c_date(a.fin), c_eur(a.budget), a.article or ""])
	write_book(name, [("Suivi PST", rows)], bold)
	# the first table has no Budget or Article column: nothing to read there
	for os_ in oss[:3]:
		for oo in os_.children:
			oo.children = [(code, copy.copy(a)) for code, a in oo.children]
			for code, a in oo.children:
				a.budget = a.article = None
	write_truth(stem(name), [(stem(name), oss)], "colonnes",
	            volets={os_.label: v for os_, v in zip(oss, ["externe", "externe", "externe", "interne"])})


def l23():
	"""Fiche action blocks: a "FICHE ACTION 1.2.3" row alone, then key and
	value rows, two key and value pairs side by side on some rows."""
	name = "L23-fiches-paires.xlsx"
	oss = view(MODEL2, [1, 2, 3])
	rows, bold, merges = [], set(), []
	for os_, oo, code, a in actions_of(oss):
		if rows:
			rows += [[], []]
		r = ["FICHE ACTION %s" % code]
		rows.append(r)
		bold.add(id(r))
		merges.append("A%d:D%d" % (len(rows), len(rows)))
		for k, v in [("Objectif stratégique", "OS %s – %s" % (os_.code, os_.label)),
		             ("Objectif opérationnel", "OO %s – %s" % (oo.code, oo.label)),
		             ("Intitulé de l'action", a.label)]:
			rows.append([k, v])
			merges.append("B%d:D%d" % (len(rows), len(rows)))
		rows.append(["Pilote", a.resp, "Service", a.service])
		rows.append(["Date de début", c_date(datetime.date(2025, 1, 1)), "Date de fin", c_date(a.fin)])
		rows.append(["État d'avancement", a.etat, "% de réalisation", c_pct(a.av)])
		rows.append(["Coût estimé", c_eur(a.budget), "Article budgétaire", a.article or ""])
	write_book(name, [("Fiches", rows)], bold, merges={"Fiches": merges})
	write_truth(stem(name), [(stem(name), oss)], "fiches")


def l24():
	"""A Type column in full words; amounts typed as text "1.500,00 €"."""
	name = "L24-type-en-toutes-lettres.ods"
	oss = view(MODEL2, [1, 2, 4])
	head = ["Type", "Code", "Intitulé", "Responsable", "Échéance", "Statut", "Avancement",
	        "Montant prévu", "Article budgétaire"]
	rows = [head]
	bold = {id(head)}
	for os_ in oss:
		r = ["Objectif stratégique", "OS " + os_.code, os_.label]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			rows.append(["Objectif opérationnel", "OO " + oo.code, oo.label])
			for code, a in oo.children:
				rows.append(["Action", c_text(code), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
				             fr_eur(a.budget, sep="."), a.article or ""])
	write_book(name, [("Plan", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "niveaux")


def l25():
	"""UTF-8 with tabulations between fields, English headers (a consultant's
	template)."""
	name = "L25-tabulations-anglais.csv"
	oss = view(MODEL2, [2, 3, 4])
	rows = [["Strategic objective", "Operational objective", "Action", "Owner", "Due date",
	         "Status", "Progress", "Budget", "Budget line"]]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["SO %s %s" % (os_.code, os_.label), "OO %s %s" % (oo.code, oo.label), a.label,
		             a.resp, fr_date(a.fin), a.etat, fr_pct(a.av, sep=""),
		             "" if a.budget is None else
		             ("%d" % a.budget if a.budget == int(a.budget) else "%.2f" % a.budget),
		             a.article or ""])
	write_text_csv(name, rows, "\t", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


# Labels an Excel user broke with Alt+Enter (L26); the truth holds them on one line.
BREAKS = {"Mettre en place un guichet unique avec prise de rendez-vous en ligne":
          "Mettre en place un guichet unique\navec prise de rendez-vous en ligne",
          "Financer des formations en langues pour les bénéficiaires du RIS":
          "Financer des formations en langues\npour les bénéficiaires du RIS",
          "Étendre les tournées de repas à domicile au week-end":
          "Étendre les tournées de repas\nà domicile au week-end"}


def l26():
	"""Windows-1252, "," between fields, CRLF; quoted cells on several lines:
	the header, the OS and OO cells ("OS 1", a line break, the label) and
	some action labels."""
	name = "L26-cp1252-multiligne.csv"
	oss = view(MODEL2, [1, 2, 3, 4])
	rows = [["Objectif\nstratégique", "Objectif\nopérationnel", "Action", "Pilote", "Échéance",
	         "Statut", "Avancement", "Budget", "Article\nbudgétaire"]]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["OS %s\n%s" % (os_.code, os_.label), "OO %s\n%s" % (oo.code, oo.label),
		             BREAKS.get(a.label, a.label), a.resp, fr_date(a.fin), a.etat, fr_pct(a.av, sep=""),
		             "" if a.budget is None else ("%.2f" % a.budget).replace(".", ","),
		             a.article or ""])
	write_text_csv(name, rows, ",", "cp1252", "\r\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l27():
	"""Empty columns between filled ones, a hidden helper column Clé, and a
	long Commentaires column right of the Action column."""
	name = "L27-colonnes-vides-masquees.xlsx"
	oss = view(MODEL2, [1, 2, 3, 4])
	head = ["Objectif stratégique", "", "Objectif opérationnel", "Clé", "Action", "Commentaires",
	        "", "Responsable", "Échéance", "Statut", "Avancement", "", "Budget", "Article"]
	rows = [["Tableau de suivi du PST – CPAS de Marchin"], [], head]
	for os_, oo, code, a in actions_of(oss):
		rows.append([os_.label, "", oo.label, "OS%s-OO%s-A%s" % tuple(code.split(".")), a.label,
		             a.comment, "", a.resp, c_date(a.fin), a.etat, c_pct(a.av), "", c_eur(a.budget),
		             a.article or ""])
	write_book(name, [("Suivi", rows)], {id(rows[0]), id(head)}, hidden={"Suivi": {3}})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


LAYOUTS = [l16, l17, l18, l19, l20, l21, l22, l23, l24, l25, l26, l27]


if __name__ == "__main__":
	ml.run(LAYOUTS)
