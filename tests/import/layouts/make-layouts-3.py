#!/usr/bin/env python3
"""make-layouts-3.py: writes layouts L28 to L39 of the corpus and their truth.

    python3 tests/import/layouts/make-layouts-3.py
    python3 tests/import/layouts/make-layouts-3.py l31 l37   # only some layouts

A third plan model, written by a third tester as a hold-out of layouts the
importer had not seen: a pool of six objectifs stratégiques of a CPAS, their
objectifs opérationnels and action labels (POOL), from which make_plan()
draws a plan and its tracking values with a fixed seed, and a small plan in
English (EN_PLAN).  It is rendered in twelve layouts, one trait each
(README.md).  For each layout L, next to this script, as make-layouts.py does:

    L.xlsx / L.ods / L.csv  the plan as a person laid it out
    L.truth.tsv             one row per action and sous-action (a last column volet in L39)
    L.objectifs.tsv         one row per OS and OO, with the expected roll-up
    L.expect                the hierarchy form, the exit status, the doubts to state
                            (L31, L37) and, for L37 only, the counts

The views, the truth, the cell values and the writers are those of
make-layouts.py, imported from it: this script holds only the model and the
layouts.  The draws use random.Random with fixed seeds, so two runs give the
same plans and the same bytes.  Python 3 (standard library only) and ssconvert.
"""
import copy
import datetime
import importlib.util
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location("make_layouts", os.path.join(HERE, "make-layouts.py"))
ml = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ml)

A = ml.Action
view, actions_of, stem = ml.view, ml.actions_of, ml.stem
write_truth, write_counts = ml.write_truth, ml.write_counts
write_book, write_text_csv = ml.write_book, ml.write_text_csv
c_date, c_pct, c_eur, c_num, c_text = ml.c_date, ml.c_pct, ml.c_eur, ml.c_num, ml.c_text

# ------------------------------------------------------------------ the model

# The third tester's pool: six OS, three OO each, three or four actions each.
POOL = [
	("Être un CPAS proche de ses usagers et accessible à tous", [
		("Améliorer l'accueil et l'information des usagers", [
			"Réaménager l'espace d'accueil du rez-de-chaussée",
			"Éditer un guide des services du CPAS",
			"Mettre en place une permanence sociale décentralisée dans les villages",
			"Former les agents d'accueil à l'écoute active"]),
		("Renforcer l'accès aux droits sociaux", [
			"Organiser des séances d'information sur le tarif social énergie",
			"Systématiser l'analyse des droits lors de chaque ouverture de dossier",
			"Conclure une convention avec la mutualité pour les dossiers BIM",
			"Lutter contre le non-recours aux allocations familiales"]),
		("Développer la communication vers la population", [
			"Publier un article mensuel dans le bulletin communal",
			"Refondre le site internet du CPAS",
			"Diffuser le rapport annuel en version simplifiée",
			"Organiser une journée portes ouvertes"]),
	]),
	("Renforcer l'insertion socio-professionnelle des bénéficiaires", [
		("Augmenter le nombre de mises à l'emploi article 60", [
			"Prospecter de nouveaux utilisateurs article 60 auprès des entreprises locales",
			"Engager un job coach à mi-temps",
			"Mettre en place un suivi post-article 60 de six mois",
			"Organiser un salon de l'emploi avec le Forem"]),
		("Favoriser la formation des bénéficiaires du RIS", [
			"Financer le permis de conduire théorique de 20 bénéficiaires",
			"Ouvrir un atelier de remise à niveau en français",
			"Conclure un partenariat avec l'IFAPME",
			"Créer un module d'initiation à l'informatique"]),
		("Lever les freins à l'insertion", [
			"Réserver dix places de crèche aux parents en insertion",
			"Mettre à disposition des vélos électriques pour les trajets vers l'emploi",
			"Organiser des ateliers de gestion du stress",
			"Développer une épicerie sociale"]),
	]),
	("Être une administration moderne, efficace et bien gérée", [
		("Moderniser les outils informatiques", [
			"Remplacer le logiciel de gestion des dossiers sociaux",
			"Numériser les archives des dossiers clôturés",
			"Équiper les travailleurs sociaux d'ordinateurs portables",
			"Mettre en place la signature électronique des décisions"]),
		("Valoriser et développer les compétences du personnel", [
			"Élaborer un plan de formation pluriannuel",
			"Réaliser les évaluations annuelles de tout le personnel",
			"Mettre en place un accueil structuré des nouveaux agents",
			"Réaliser une enquête de bien-être au travail"]),
		("Améliorer le contrôle interne", [
			"Cartographier les risques des processus financiers",
			"Rédiger les procédures d'engagement des dépenses",
			"Mettre en place un tableau de bord mensuel pour le Conseil",
			"Auditer la gestion des marchés publics"]),
	]),
	("Développer une politique du logement et de cohésion sociale", [
		("Augmenter l'offre de logements d'urgence et de transit", [
			"Rénover la maison de la rue du Moulin en deux logements de transit",
			"Acquérir un logement d'urgence supplémentaire",
			"Conclure une convention avec l'AIS",
			"Rédiger un règlement d'occupation des logements de transit"]),
		("Lutter contre la précarité énergétique", [
			"Réaliser 30 audits énergétiques à domicile",
			"Distribuer des kits d'économie d'énergie",
			"Renforcer la cellule énergie d'un demi-ETP",
			"Animer des ateliers sur la lecture des factures"]),
		("Renforcer les liens sociaux dans les quartiers", [
			"Créer un potager collectif au quartier des Hêtres",
			"Soutenir le comité de quartier de la cité",
			"Organiser une fête des voisins annuelle",
			"Ouvrir un repair café mensuel"]),
	]),
	("Soutenir le bien-être des aînés et des personnes isolées", [
		("Favoriser le maintien à domicile", [
			"Étendre le service de repas à domicile au week-end",
			"Installer des systèmes de télévigilance",
			"Créer un service de petits travaux à domicile",
			"Recruter une aide familiale supplémentaire"]),
		("Rompre l'isolement des aînés", [
			"Lancer un réseau de visiteurs bénévoles",
			"Organiser un taxi social pour les courses",
			"Mettre en place des après-midis intergénérationnels",
			"Créer un annuaire des activités pour seniors"]),
		("Adapter la maison de repos aux besoins futurs", [
			"Rénover l'aile B de la maison de repos",
			"Ouvrir un court séjour de quatre lits",
			"Former le personnel soignant à l'accompagnement des personnes démentes",
			"Mettre en place un conseil des résidents"]),
	]),
	("Assurer une gestion durable et transparente des finances", [
		("Maîtriser les dépenses de fonctionnement", [
			"Renégocier les contrats d'assurance",
			"Centraliser les achats de fournitures avec la commune",
			"Réduire de 15 % la consommation d'énergie des bâtiments",
			"Passer à l'éclairage LED dans tous les bâtiments"]),
		("Diversifier les recettes", [
			"Répondre aux appels à projets régionaux et européens",
			"Récupérer systématiquement les avances sur pensions",
			"Revoir la tarification des services aux aînés",
			"Valoriser le patrimoine foncier non bâti"]),
		("Associer la commune à la programmation budgétaire", [
			"Tenir un comité de concertation commune-CPAS trimestriel",
			"Établir une projection budgétaire pluriannuelle",
			"Mutualiser le service des travaux avec la commune"]),
	]),
]

# make_plan() draws from the pool the OS, OO and actions of a plan and each
# action's tracking values, with these lists and their repetitions as weights.
PILOTES = ["Mme Dupont", "M. Lambert", "DG", "Directeur financier", "Service social",
           "Mme Renard", "M. Collard", "Service RH", "Service ISP", "Mme Henrotte",
           "Président", "Service logement", "Mme Gérard", "M. Pirson"]
ARTICLES_O = ["831/123-48", "844/124-02", "104/123-13", "8441/332-02", "801/111-01",
              "834/124-48", "922/124-06", "104/122-01"]
ARTICLES_E = ["124/723-60", "922/722-60", "834/724-60", "104/742-53"]
STATUTS = ["EN_COURS"] * 4 + ["TERMINE"] * 2 + ["NON_COMMENCE"] * 2 + ["EN_ATTENTE", "ANNULE_ABANDONNE"]
WORDS = {"EN_COURS": "En cours", "TERMINE": "Terminé", "NON_COMMENCE": "Non commencé",
         "EN_ATTENTE": "En attente", "ANNULE_ABANDONNE": "Abandonné", "PROBLEME": "Suspendu"}


def month_end(y, m):
	if m == 12:
		return datetime.date(y, 12, 31)
	return datetime.date(y, m + 1, 1) - datetime.timedelta(days=1)


def make_plan(seed, n_os=None):
	"""A plan: list of (os_label, [(oo_label, [action dict])])."""
	rng = random.Random(seed)
	while True:
		k = n_os or rng.choice([3, 4])
		oss = rng.sample(range(len(POOL)), k)
		plan = []
		for i in sorted(oss):
			os_label, oos = POOL[i]
			m = rng.choice([2, 2, 3])
			chosen = sorted(rng.sample(range(len(oos)), m))
			plan.append((os_label, [(oos[j][0], sorted(rng.sample(oos[j][1], rng.choice([2, 3])),
			                                             key=oos[j][1].index)) for j in chosen]))
		n_oo = sum(len(o) for _, o in plan)
		n_act = sum(len(a) for _, o in plan for _, a in o)
		if 6 <= n_oo <= 10 and 15 <= n_act <= 25:
			break
	out = []
	for os_label, oos in plan:
		oo_out = []
		for oo_label, acts in oos:
			a_out = []
			for label in acts:
				st = rng.choice(STATUTS)
				if st == "TERMINE":
					av = 1.0
				elif st == "NON_COMMENCE":
					av = 0.0
				elif st == "ANNULE_ABANDONNE":
					av = None
				else:
					av = rng.choice(range(10, 95, 5)) / 100
				budget = rng.choice([None, None, None] + [x * 250.0 for x in (2, 6, 10, 20, 48, 120, 200)])
				extra = budget is not None and budget >= 12000 and rng.random() < 0.6
				article = (rng.choice(ARTICLES_E) if extra else rng.choice(ARTICLES_O)) if budget else ""
				d = month_end(rng.choice([2025, 2025, 2026, 2026, 2027]), rng.choice([3, 6, 6, 9, 12, 12]))
				start_m = rng.choice([1, 2, 3, 4, 5, 6])
				a_out.append(dict(label=label, statut=st, avancement=av, responsable=rng.choice(PILOTES),
				                  budget=budget, article=article, fin=d.isoformat(), extra=extra,
				                  start=datetime.date(2025, start_m, 1).isoformat()))
			oo_out.append((oo_label, a_out))
		out.append((os_label, oo_out))
	return out




def plan_of(seed, n_os=None):
	"""The plan make_plan() draws, its actions as make-layouts.py's Action
	(status written with the words of WORDS), with two values of the draw
	kept for the layouts: extra (the amount belongs to the budget
	extraordinaire, L35) and start (the first month planned, L28)."""
	out = []
	for os_label, oos in make_plan(seed, n_os):
		oo_out = []
		for oo_label, acts in oos:
			a_out = []
			for d in acts:
				a = A(d["label"], WORDS[d["statut"]], d["avancement"], d["responsable"], None, d["fin"],
				      d["budget"], d["article"] or None)
				assert a.statut == d["statut"], d
				a.extra, a.start = d["extra"], datetime.date.fromisoformat(d["start"])
				a_out.append(a)
			oo_out.append((oo_label, a_out))
		out.append((os_label, oo_out))
	return out


def model(seed, n_os=None):
	"""A drawn plan in the shape of make-layouts.py's PLAN: one axe, unnamed."""
	return [("", plan_of(seed, n_os))]


# The English plan of L38; its values are drawn in english_model().
EN_PLAN = [
	("Be a CPAS close to its users and accessible to all", [
		("Improve the reception and information of users", [
			"Refurbish the ground-floor reception area",
			"Publish a guide to CPAS services",
			"Train reception staff in active listening"]),
		("Strengthen access to social rights", [
			"Hold information sessions on the social energy tariff",
			"Sign an agreement with the health insurance fund"]),
	]),
	("Strengthen the social and professional integration of beneficiaries", [
		("Increase the number of article 60 job placements", [
			"Prospect new article 60 employers among local firms",
			"Hire a part-time job coach",
			"Organise a job fair with Forem"]),
		("Remove barriers to employment", [
			"Reserve ten nursery places for parents in training",
			"Provide electric bikes for commuting to work"]),
		("Support training of income-support recipients", [
			"Fund the theory driving licence for 20 beneficiaries",
			"Open a French refresher workshop"]),
	]),
	("Be a modern, efficient and well-managed administration", [
		("Modernise IT tools", [
			"Replace the social case management software",
			"Digitise the archives of closed files",
			"Introduce electronic signature of decisions"]),
		("Improve internal control", [
			"Map the risks of financial processes",
			"Set up a monthly dashboard for the Council"]),
	]),
]


EN_STATUS = {"EN_COURS": "In progress", "TERMINE": "Completed", "NON_COMMENCE": "Not started",
             "EN_ATTENTE": "On hold", "ANNULE_ABANDONNE": "Cancelled"}
EN_OWNERS = ["Mrs Dupont", "Mr Lambert", "General Manager", "Finance Director", "Social Service",
             "HR Department", "Mrs Renard"]


def english_model():
	"""EN_PLAN with the values drawn for it (seed 1111), statuses in English."""
	rng = random.Random(1111)
	oss = []
	for osl, oos in EN_PLAN:
		oo_out = []
		for ool, acts in oos:
			a_out = []
			for label in acts:
				st = rng.choice(STATUTS)
				av = 1.0 if st == "TERMINE" else 0.0 if st == "NON_COMMENCE" else None if st == "ANNULE_ABANDONNE" \
					else rng.choice(range(10, 95, 5)) / 100
				bud = rng.choice([None, None, 1500.0, 5000.0, 12000.0, 30000.0])
				art = rng.choice(ARTICLES_O) if bud else ""
				d = month_end(rng.choice([2025, 2026]), rng.choice([3, 6, 9, 12])).isoformat()
				own = rng.choice(EN_OWNERS)
				a = A(label, EN_STATUS[st], av, own, None, d, bud, art or None)
				assert a.statut == st, label
				a_out.append(a)
			oo_out.append((ool, a_out))
		oss.append((osl, oo_out))
	return [("", oss)]


def sous_actions(oss):
	"""L33: under some actions (seed 6060), two sous-actions lettered a and b
	with their own values, or two bullet rows "- …" without values.  The
	bullet is not part of the label."""
	rng = random.Random(6060)
	for os_, oo, code, a in actions_of(oss):
		kind = rng.choice(["none", "none", "letters", "bullets"])
		if kind == "letters":
			for letter in "ab"[:rng.choice([2, 2])]:
				t = A("Étape %s : %s" % (letter, rng.choice(
					["rédiger le cahier des charges", "consulter le Conseil", "lancer le marché",
					 "informer le personnel", "évaluer le dispositif"])),
				      "En cours", 0.5, rng.choice(PILOTES), None, a.fin.isoformat())
				t.code = "%s.%s" % (code, letter)
				a.taches.append(t)
		elif kind == "bullets":
			for text in rng.sample(["contacter les partenaires", "fixer le calendrier", "présenter au Comité spécial",
			                        "faire valider par le Conseil"], 2):
				t = A(text, None, None, None, None, None)
				t.code = None
				a.taches.append(t)


# ------------------------------------------------------------------ layouts

MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def l28():
	"""Banner rows OS and OO merged across the table, twelve month columns
	under a merged "Calendrier 2025", an x in the months planned."""
	name = "L28-gantt.xlsx"
	oss = view(model(101), [1])
	head = ["N°", "Intitulé", "Pilote", "Échéance", "Statut", "Avancement", "Budget (€)",
	        "Article budgétaire"] + MONTHS
	rows = [["CPAS de Hamoir – Plan stratégique transversal 2025-2030 – planning des actions"], [],
	        [""] * 8 + ["Calendrier 2025"] + [""] * 11, head]
	bold = {id(rows[0]), id(rows[2]), id(head)}
	merges = ["I3:T3"]

	def banner(text):
		r = [text]
		rows.append(r)
		bold.add(id(r))
		merges.append("A%d:H%d" % (len(rows), len(rows)))
	for os_ in oss:
		banner("OS %s – %s" % (os_.code, os_.label))
		for oo in os_.children:
			banner("OO %s – %s" % (oo.code, oo.label))
			for code, a in oo.children:
				end = a.fin.month if a.fin.year == 2025 else 12
				rows.append([c_text(code), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""] + ["x" if a.start.month <= m <= end else "" for m in range(1, 13)])
	write_book(name, [("Planning 2025", rows)], bold, merges={"Planning 2025": merges})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l29():
	"""A title row per OS ("OBJECTIF STRATÉGIQUE 2 : …" in capitals), then per
	OO a title row and its own header row; progress a number 0 to 100."""
	name = "L29-tables-par-oo.xlsx"
	m = model(202)
	m[0][1][1] = (m[0][1][1][0].upper(), m[0][1][1][1])	# the second OS typed in capitals
	oss = view(m, [1])
	head = ["Actions", "Responsable", "Pour quand ?", "État d'avancement", "%", "Budget", "Article"]
	rows = [["CPAS de Clavier"], ["Plan stratégique transversal – fiches par objectif opérationnel"], []]
	bold = {id(rows[0]), id(rows[1])}
	for os_ in oss:
		r = ["OBJECTIF STRATÉGIQUE %s : %s" % (os_.code, os_.label)]
		rows += [r, []]
		bold.add(id(r))
		for oo in os_.children:
			r, h = ["Objectif opérationnel %s : %s" % (oo.code, oo.label)], list(head)
			rows += [r, h]
			bold |= {id(r), id(h)}
			for code, a in oo.children:
				rows.append([a.label, a.resp, c_date(a.fin), a.etat,
				             "" if a.av is None else c_num(round(a.av * 100)), c_num(a.budget), a.article or ""])
			rows.append([])
	write_book(name, [("Plan", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l30():
	"""OS and OO columns holding codes only ("OS 1", "OO 1.2"); the labels in
	a second sheet Référentiel; the action numbers local to their OO."""
	name = "L30-referentiel.xlsx"
	oss = view(model(303), [1])
	head = ["OS", "OO", "N°", "Action", "Porteur", "Échéance", "Statut", "Avancement", "Montant", "Art. budg."]
	rows = [head]
	ref = [["Code", "Libellé"]]
	for os_ in oss:
		ref.append(["OS " + os_.code, os_.label])
		for oo in os_.children:
			ref.append(["OO " + oo.code, oo.label])
	for os_, oo, code, a in actions_of(oss):
		rows.append(["OS " + os_.code, "OO " + oo.code, c_num(int(code.split(".")[-1])), a.label, a.resp,
		             c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("Actions", rows), ("Référentiel", ref)], {id(head), id(ref[0])})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


# L31: the state in words of its own, beside a Météo in colours.
ETAT_31 = {"EN_COURS": "En cours", "TERMINE": "Réalisé", "NON_COMMENCE": "Pas commencé",
           "EN_ATTENTE": "En attente", "ANNULE_ABANDONNE": "Abandonné"}
METEO_31 = {"TERMINE": "vert", "EN_COURS": "orange", "NON_COMMENCE": "vert", "EN_ATTENTE": "rouge",
            "ANNULE_ABANDONNE": "rouge"}


def l31():
	"""A numbering column (1, 1.1, 1.1.1); a Météo column in colours (vert,
	orange, rouge) beside an État column.  The project does not read colours
	as a météo: the import says so (exit 3)."""
	name = "L31-meteo-couleurs.ods"
	oss = view(model(404), [1])
	head = ["N°", "Objectifs et actions", "Pilote", "Météo", "État", "Avancement", "Échéance", "Budget", "Article"]
	rows = [["Tableau de bord du PST – CPAS de Tinlot – situation au 30 septembre 2025"], head]
	bold = {id(rows[0]), id(head)}
	n = 0
	for os_ in oss:
		r = [c_text(os_.code), os_.label]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			r = [c_text(oo.code), oo.label]
			rows.append(r)
			bold.add(id(r))
			for code, a in oo.children:
				etat = ETAT_31[a.statut]
				assert ml.statut_code(etat) == a.statut, etat
				rows.append([c_text(code), a.label, a.resp, METEO_31[a.statut], etat, c_pct(a.av), c_date(a.fin),
				             c_eur(a.budget), a.article or ""])
				n += 1
	write_book(name, [("Tableau de bord", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "numérotation", sortie=3,
	            doutes=["« Météo globale » : %d valeur(s) sur %d" % (n, n)])


def l32():
	"""OS and OO written on the first row of their group only; the budget
	split over three year columns 2025, 2026, 2027 under a merged "Budget
	prévu (€)".  An action's budget is the sum of its years."""
	name = "L32-budget-annees.xlsx"
	oss = view(model(505), [1])
	rng = random.Random(5050)
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance", "Statut",
	        "Avancement", c_text("2025"), c_text("2026"), c_text("2027"), "Article"]
	rows = [["CPAS de Nandrin – PST 2025-2030 – programmation budgétaire"],
	        [""] * 7 + ["Budget prévu (€)", "", ""], head]
	last = None
	for os_, oo, code, a in actions_of(oss):
		years = ["", "", ""]
		if a.budget:
			split = rng.choice([(1, 0, 0), (0.5, 0.5, 0), (0.5, 0.25, 0.25), (0, 1, 0)])
			years = [c_num(a.budget * s) if s else "" for s in split]
		rows.append([os_.label if last is None or last[0] is not os_ else "",
		             oo.label if last is None or last[1] is not oo else "",
		             a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av)] + years + [a.article or ""])
		last = (os_, oo)
	write_book(name, [("PST", rows)], {id(r) for r in rows[:3]}, merges={"PST": ["H2:J2"]})
	write_truth(stem(name), [(stem(name), oss)], "recopiées")


def l33():
	"""A numbering column (1, 1.1, 1.1.1); under some actions sous-actions
	numbered 1.1.1.a and 1.1.1.b with values of their own, under others two
	bullet rows "- …" without number or value.  The actions keep their own
	values."""
	name = "L33-sous-actions-lettres.xlsx"
	oss = view(model(606), [1])
	sous_actions(oss)
	head = ["Code", "Libellé", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [["CPAS de Modave – Programme stratégique transversal"], [], head]
	bold = {id(rows[0]), id(head)}
	for os_ in oss:
		r = [c_text(os_.code), os_.label]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			r = [c_text(oo.code), oo.label]
			rows.append(r)
			bold.add(id(r))
			for code, a in oo.children:
				rows.append([c_text(code), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""])
				for t in a.taches:
					if t.code:
						rows.append([c_text(t.code), t.label, t.resp, c_date(t.fin), t.etat, c_pct(t.av)])
					else:
						rows.append(["", "- " + t.label])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "numérotation", taches=True, bare=False)


# L34: échéances typed as text, and the date a person reads in each.
DATES_34 = [("15 mars 2025", "2025-03-15"), ("T2 2025", "2025-06-30"), ("2025-2026", "2026-12-31"),
            ("en continu", None), ("fin 2025", "2025-12-31"), ("juin 2026", "2026-06-30"),
            ("1er semestre 2026", "2026-06-30"), ("31/12/2025", "2025-12-31"),
            ("30 septembre 2026", "2026-09-30"), ("T4 2026", "2026-12-31"),
            ("2e semestre 2025", "2025-12-31"), ("mars 2027", "2027-03-31")]


def l34():
	"""Windows-1252 with ";": one column holding each row's path, "OS1 : …",
	"OS1 / OO1.2 : …" and "OS1 / OO1.2 / action"; échéances typed as text
	("15 mars 2025", "T2 2025", "2025-2026", "en continu"), amounts as text
	("1.500,00 €", "5 000 €"), progress "40 %"."""
	name = "L34-cellule-combinee.csv"
	oss = view(model(707), [1])
	dates = {code: DATES_34[i % len(DATES_34)] for i, (_, _, code, _) in enumerate(actions_of(oss))}
	rows = [["Objectif / action", "Responsable", "Échéance", "Statut", "% réalisé", "Budget", "Article"]]
	last = (None, None)
	for idx, (os_, oo, code, a) in enumerate(actions_of(oss)):
		if last[0] is not os_:
			rows.append(["OS%s : %s" % (os_.code, os_.label)])
		if last[1] is not oo:
			rows.append(["OS%s / OO%s : %s" % (os_.code, oo.code, oo.label)])
		last = (os_, oo)
		b = a.budget
		amount = "" if b is None else ("%s €" % format(int(b), ",").replace(",", " ") if idx % 2
		                               else "%s,00 €" % format(int(b), ",").replace(",", "."))
		rows.append(["OS%s / OO%s / %s" % (os_.code, oo.code, a.label), a.resp, dates[code][0], a.etat,
		             "" if a.av is None else "%d %%" % round(a.av * 100), amount, a.article or ""])
	write_text_csv(name, rows, ";", "cp1252", "\r\n")
	# the truth holds the date a person reads in the text
	for os_ in oss:
		for oo in os_.children:
			oo.children = [(code, copy.copy(a)) for code, a in oo.children]
			for code, a in oo.children:
				iso = dates[code][1]
				a.fin = datetime.date.fromisoformat(iso) if iso else None
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l35():
	"""A title in B2:B4, the header on row 6 from column B (column A empty),
	the rows above the first action frozen; OS and OO merged down; the
	amount in one of two columns Budget ordinaire and Budget extraordinaire;
	notes in column M beside the first actions."""
	name = "L35-entete-decalee.xlsx"
	oss = view(model(808), [1])
	rows = [[], ["", "CPAS de Ferrières"], ["", "Programme stratégique transversal 2025-2030"],
	        ["", "Tableau de suivi – situation au 30/09/2025"], [],
	        ["", "Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut",
	         "Avancement", "Budget ordinaire", "Budget extraordinaire", "Article"]]
	bold = {id(rows[i]) for i in (1, 2, 3, 5)}
	merges = []
	first = len(rows)
	for os_ in oss:
		os_start = len(rows)
		for oo in os_.children:
			oo_start = len(rows)
			for code, a in oo.children:
				rows.append(["", os_.label if len(rows) == os_start else "",
				             oo.label if len(rows) == oo_start else "", a.label, a.resp, c_date(a.fin), a.etat,
				             c_pct(a.av), "" if a.extra else c_eur(a.budget), c_eur(a.budget) if a.extra else "",
				             a.article or ""])
			if len(rows) - oo_start > 1:
				merges.append("C%d:C%d" % (oo_start + 1, len(rows)))
		if len(rows) - os_start > 1:
			merges.append("B%d:B%d" % (os_start + 1, len(rows)))
	notes = ["Note : montants TVAC", "Articles du budget initial 2025", "Mise à jour : DG",
	         "Voir aussi le rapport au Conseil du 28/10/2025"]
	for n, t in enumerate(notes):
		rows[first + n] += ["", t]
	write_book(name, [("Suivi", rows)], bold, merges={"Suivi": merges}, freeze={"Suivi": "A7"})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l36():
	"""One sheet per OO, named "1.1", "1.2"…, each titled by its OS and OO
	rows; a Sommaire sheet in front listing the codes and labels."""
	name = "L36-feuilles-oo.xlsx"
	oss = view(model(909), [1])
	somm = [["Sommaire du PST – CPAS d'Anthisnes"], [], ["Code", "Objectif"]]
	bold = {id(somm[0]), id(somm[2])}
	for os_ in oss:
		somm.append([c_text(os_.code), os_.label])
		for oo in os_.children:
			somm.append([c_text(oo.code), oo.label])
	sheets = [("Sommaire", somm)]
	for os_ in oss:
		for oo in os_.children:
			rows = [["OS %s – %s" % (os_.code, os_.label)], ["OO %s – %s" % (oo.code, oo.label)], [],
			        ["Action", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]]
			bold |= {id(rows[0]), id(rows[1]), id(rows[3])}
			for code, a in oo.children:
				rows.append([a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
			sheets.append((oo.code, rows))
	write_book(name, sheets, bold)
	write_truth(stem(name), [(stem(name), oss)], "feuilles")


def l37():
	"""Sheets 2025 and 2026 repeat the same plan (a Niveau column), each with
	its own statuses and progress.  No one row per action is the truth: the
	import keeps both sheets and says the second repeats the first (exit 3),
	and the layout is scored by its counts and that doubt only."""
	name = "L37-annees.xlsx"
	oss = view(model(1010), [1])
	rng = random.Random(10100)
	earlier = {}
	for os_, oo, code, a in actions_of(oss):
		st, av = a.statut, a.av
		if st == "NON_COMMENCE":
			earlier[code] = ("NON_COMMENCE", 0.0)
		elif st == "TERMINE":
			earlier[code] = rng.choice([("EN_COURS", 0.5), ("TERMINE", 1.0)])
		elif st == "EN_COURS":
			earlier[code] = ("EN_COURS", max(0.05, round((av or 0.1) / 2, 2)))
		else:
			earlier[code] = ("EN_COURS", 0.1)
	sheets, bold = [], set()
	for year in ("2025", "2026"):
		rows = [["Suivi du PST – CPAS de Marchin – année %s" % year],
		        ["Niveau", "Réf.", "Intitulé", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]]
		bold |= {id(rows[0]), id(rows[1])}
		for os_ in oss:
			rows.append(["OS", c_text(os_.code), os_.label])
			for oo in os_.children:
				rows.append(["OO", c_text(oo.code), oo.label])
				for code, a in oo.children:
					st, av = (a.statut, a.av) if year == "2026" else earlier[code]
					rows.append(["Action", c_text(code), a.label, a.resp, c_date(a.fin), WORDS[st], c_pct(av),
					             c_eur(a.budget), a.article or ""])
		sheets.append((year, rows))
	write_book(name, sheets, bold)
	n = sum(1 for _ in actions_of(oss))
	write_counts(stem(name), "niveaux", 3,
	             ["La feuille « 2026 » reprend %d actions déjà lues dans la feuille « 2025 »" % n],
	             [("OS", len(oss)), ("OO", sum(len(os_.children) for os_ in oss)),
	              ("actions", 2 * n), ("sous-actions", 0)])


def l38():
	"""An English template: Strategic goal, Operational goal, Owner,
	Deadline, Status, % complete, Cost (EUR), Budget line; "SG1 – …" and
	"OG1.1 – …"; English statuses; the cost a plain number."""
	name = "L38-anglais.xlsx"
	oss = view(english_model(), [1])
	head = ["Strategic goal", "Operational goal", "Action", "Owner", "Deadline", "Status", "% complete",
	        "Cost (EUR)", "Budget line"]
	rows = [head]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["SG%s – %s" % (os_.code, os_.label), "OG%s – %s" % (oo.code, oo.label), a.label, a.resp,
		             c_date(a.fin), a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
	write_book(name, [("Action plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l39():
	"""Five levels of banner rows: VOLET INTERNE / EXTERNE, "AXE n – …",
	"OS n – …" (numbered again under each axe), "OO n – …" (again under each
	OS), then the actions numbered 1, 2, 3."""
	name = "L39-cinq-niveaux.ods"
	base = plan_of(1213, n_os=4)
	axes = [("Gouvernance et gestion", base[0:2]), ("Action sociale", base[2:3]),
	        ("Cohésion et logement", base[3:4])]
	volet_of_axe = {1: "interne", 2: "externe", 3: "externe"}
	oss = view(axes, [1, 2, 3], numbering="axe")
	rows = [["CPAS de Wanze – Programme stratégique transversal 2025-2030"], [],
	        ["N°", "Intitulé", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]]
	bold = {id(rows[0]), id(rows[2])}

	def banner(text):
		r = [text]
		rows.append(r)
		bold.add(id(r))
	volet = axe = None
	n_axe = 0
	for os_ in oss:
		if volet_of_axe[os_.axe_no] != volet:
			volet, n_axe = volet_of_axe[os_.axe_no], 0
			banner("VOLET %s" % volet.upper())
		if os_.axe_no != axe:
			axe, n_axe = os_.axe_no, n_axe + 1
			banner("AXE %d – %s" % (n_axe, os_.axe))
		banner("OS %s – %s" % (os_.code, os_.label))
		for oo in os_.children:
			banner("OO %s – %s" % (oo.code.split(".")[-1], oo.label))
			for code, a in oo.children:
				rows.append([c_text(code.split(".")[-1]), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
				             c_eur(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "bandeaux",
	            volets={os_.label: volet_of_axe[os_.axe_no] for os_ in oss})


LAYOUTS = [l28, l29, l30, l31, l32, l33, l34, l35, l36, l37, l38, l39]


if __name__ == "__main__":
	ml.run(LAYOUTS)
