#!/usr/bin/env python3
"""make-layouts-4.py: writes layouts L40 to L53 of the corpus and their truth.

    python3 tests/import/layouts/make-layouts-4.py
    python3 tests/import/layouts/make-layouts-4.py l43 l53   # only some layouts

A fourth plan model, from a hold-out of fourteen layouts the importer had
not seen, written by a third tester with their own generator: a pool of
twelve objectifs stratégiques of a CPAS, three objectifs opérationnels
each, four action labels each (THEMES), from which make_plan() draws a plan
and each action's tracking values with a fixed seed.  It is rendered in
fourteen layouts, one trait each (README.md).  For each layout L, next to
this script, as make-layouts.py does:

    L.xlsx / L.ods / L.csv  the plan as a person laid it out
    L.truth.tsv             one row per action (a last column volet in L44)
    L.objectifs.tsv         one row per OS and OO, with the expected roll-up
                            (a last column ref in L42, whose objectives have no label)
    L.expect                the hierarchy form, the exit status and the doubts
                            to state (L53)

The views, the truth, the cell values and the writers are those of
make-layouts.py, imported from it: this script holds only the model and the
layouts.  The draws use random.Random with fixed seeds, so two runs give the
same plans and the same bytes.  Python 3 (standard library only) and ssconvert.
"""
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

A, Obj = ml.Action, ml.Obj
view, actions_of, stem = ml.view, ml.actions_of, ml.stem
write_truth = ml.write_truth
write_book, write_text_csv = ml.write_book, ml.write_text_csv
c_date, c_pct, c_eur, c_num, c_text, c_formula = ml.c_date, ml.c_pct, ml.c_eur, ml.c_num, ml.c_text, ml.c_formula

# ------------------------------------------------------------------ the model

# The tester's pool and draw, as the tester wrote them: make_plan()
# picks three or four OS (or the themes given), two or three OO each and
# their first two or three actions, and new_action() draws each action's
# status, progress, amount and article (seven in ten), échéance and pilote.

THEMES = [
	("Être un CPAS accueillant et accessible à tous les citoyens", [
		("Améliorer l'accueil physique des usagers", [
			"Réaménager la salle d'attente du service social",
			"Installer une borne de prise de ticket à l'accueil",
			"Former les agents d'accueil à la gestion des situations conflictuelles",
			"Rendre le bâtiment accessible aux personnes à mobilité réduite"]),
		("Développer l'accueil à distance", [
			"Mettre en place une permanence téléphonique élargie",
			"Créer un formulaire de demande d'aide en ligne",
			"Proposer des rendez-vous en visioconférence",
			"Publier les horaires et services sur le site communal"]),
		("Simplifier les démarches administratives", [
			"Rédiger des fiches explicatives en langage clair",
			"Réduire le nombre de documents demandés lors de l'enquête sociale",
			"Harmoniser les formulaires de demande",
			"Mettre en place un guichet unique CPAS-Commune"])]),
	("Favoriser l'insertion socioprofessionnelle des bénéficiaires", [
		("Renforcer l'accompagnement vers l'emploi", [
			"Engager un job coach à mi-temps",
			"Organiser des ateliers de recherche d'emploi",
			"Conclure des conventions article 60 avec des entreprises locales",
			"Suivre le parcours des bénéficiaires après la fin du contrat article 60"]),
		("Développer la formation des publics éloignés de l'emploi", [
			"Financer des formations qualifiantes via le Fonds social européen",
			"Organiser des cours de français langue étrangère",
			"Mettre en place un atelier de remobilisation",
			"Créer un partenariat avec le Forem et l'IFAPME"]),
		("Soutenir la mobilité des personnes en insertion", [
			"Financer le permis de conduire théorique",
			"Mettre des vélos électriques à disposition",
			"Négocier des abonnements TEC à tarif réduit",
			"Organiser un service de covoiturage solidaire"])]),
	("Lutter contre la précarité énergétique et le mal-logement", [
		("Accompagner les ménages en difficulté de paiement", [
			"Désigner un tuteur énergie",
			"Organiser des séances d'information sur les factures d'énergie",
			"Octroyer des aides du Fonds social chauffage",
			"Négocier des plans de paiement avec les fournisseurs"]),
		("Améliorer la qualité des logements de transit", [
			"Rénover la toiture du logement de transit rue de la Station",
			"Remplacer les châssis des logements d'insertion",
			"Installer des détecteurs de fumée dans tous les logements",
			"Réaliser un audit énergétique du parc locatif du CPAS"]),
		("Développer l'offre de logements accessibles", [
			"Acquérir un immeuble pour créer deux logements d'urgence",
			"Conclure une convention avec l'agence immobilière sociale",
			"Créer une cellule de prévention des expulsions",
			"Recenser les logements inoccupés sur le territoire"])]),
	("Garantir le bien-être et l'autonomie des aînés", [
		("Soutenir le maintien à domicile", [
			"Étendre le service des repas à domicile au week-end",
			"Recruter une aide familiale supplémentaire",
			"Mettre en place un service de petits travaux",
			"Installer un système de télévigilance"]),
		("Lutter contre l'isolement des personnes âgées", [
			"Organiser un goûter mensuel intergénérationnel",
			"Créer un réseau de visiteurs bénévoles",
			"Mettre en place un taxi social",
			"Proposer des ateliers numériques pour les seniors"]),
		("Moderniser la maison de repos", [
			"Rénover l'aile B de la maison de repos",
			"Aménager un jardin sensoriel",
			"Informatiser le dossier de soins",
			"Remplacer le système d'appel infirmier"])]),
	("Être une administration moderne, efficace et transparente", [
		("Moderniser les outils informatiques", [
			"Remplacer le serveur de fichiers",
			"Déployer la signature électronique des documents",
			"Migrer la messagerie vers une solution hébergée",
			"Numériser les archives du service social"]),
		("Améliorer la gestion financière", [
			"Mettre en place un tableau de bord budgétaire mensuel",
			"Réduire les délais de paiement des fournisseurs",
			"Centraliser les marchés publics avec la commune",
			"Établir un plan pluriannuel d'investissement"]),
		("Renforcer le contrôle interne", [
			"Rédiger une charte de contrôle interne",
			"Cartographier les risques des processus clés",
			"Organiser un audit des procédures de recouvrement",
			"Mettre à jour le règlement de travail"])]),
	("Valoriser et développer les ressources humaines", [
		("Améliorer le bien-être au travail", [
			"Réaliser une enquête de satisfaction du personnel",
			"Aménager une salle de repos pour le personnel",
			"Mettre en place une procédure de prévention du burn-out",
			"Organiser une journée d'équipe annuelle"]),
		("Développer les compétences du personnel", [
			"Élaborer un plan de formation pluriannuel",
			"Instaurer des entretiens d'évaluation annuels",
			"Organiser un parrainage des nouveaux agents",
			"Former les travailleurs sociaux à la médiation de dettes"]),
		("Attirer et fidéliser les talents", [
			"Revoir les descriptions de fonction",
			"Publier les offres d'emploi sur les réseaux sociaux",
			"Introduire le télétravail structurel",
			"Valoriser l'ancienneté acquise dans le privé"])]),
	("Assurer l'aide alimentaire et matérielle aux ménages précarisés", [
		("Renforcer l'aide alimentaire", [
			"Ouvrir une épicerie sociale",
			"Conclure une convention avec la Banque alimentaire",
			"Organiser la collecte des invendus des grandes surfaces",
			"Distribuer des colis alimentaires aux familles"]),
		("Développer l'aide matérielle", [
			"Créer une vestiboutique",
			"Mettre en place une donnerie de meubles",
			"Octroyer des chèques fournitures scolaires",
			"Organiser une bourse aux jouets en décembre"]),
		("Lutter contre le surendettement", [
			"Renforcer le service de médiation de dettes",
			"Organiser des ateliers budget",
			"Créer un fonds de garantie locative",
			"Participer au réseau wallon de lutte contre le surendettement"])]),
	("Soutenir les familles et la petite enfance", [
		("Augmenter l'offre d'accueil de la petite enfance", [
			"Créer une crèche de 18 places",
			"Agrandir la halte-accueil",
			"Recruter deux puéricultrices",
			"Soutenir les accueillantes conventionnées"]),
		("Accompagner la parentalité", [
			"Organiser des cafés des parents",
			"Créer un espace parents-enfants",
			"Proposer un soutien scolaire gratuit",
			"Mettre en place une ludothèque"]),
		("Favoriser l'accès aux loisirs des jeunes", [
			"Financer les stages d'été pour les enfants aidés",
			"Ouvrir une maison de jeunes",
			"Octroyer des chèques sport et culture",
			"Organiser une plaine de vacances"])]),
	("Promouvoir la santé et l'accès aux soins", [
		("Faciliter l'accès aux soins de santé", [
			"Mettre en place la carte médicale",
			"Conclure une convention avec la maison médicale",
			"Prendre en charge les frais pharmaceutiques urgents",
			"Organiser un transport vers les consultations"]),
		("Développer la prévention", [
			"Organiser une campagne de dépistage du diabète",
			"Proposer des ateliers d'alimentation saine",
			"Participer au volet santé du plan de cohésion sociale",
			"Installer des défibrillateurs dans les bâtiments publics"]),
		("Soutenir la santé mentale", [
			"Engager un psychologue à temps partiel",
			"Créer un groupe de parole pour les aidants proches",
			"Former le personnel aux premiers secours en santé mentale",
			"Collaborer avec le service de santé mentale régional"])]),
	("Inscrire l'action du CPAS dans la transition écologique", [
		("Réduire la consommation énergétique des bâtiments", [
			"Installer des panneaux photovoltaïques sur le siège du CPAS",
			"Remplacer l'éclairage par des LED",
			"Isoler les combles de la maison de repos",
			"Installer une pompe à chaleur au centre administratif"]),
		("Verdir la flotte de véhicules", [
			"Acheter deux véhicules électriques",
			"Installer des bornes de recharge",
			"Former les chauffeurs à l'écoconduite",
			"Mettre en place un plan de déplacement du personnel"]),
		("Réduire les déchets", [
			"Supprimer les bouteilles en plastique dans les réunions",
			"Installer un compost à la maison de repos",
			"Généraliser le tri sélectif dans les bureaux",
			"Privilégier les achats durables dans les marchés publics"])]),
	("Renforcer la cohésion sociale et la participation citoyenne", [
		("Développer la participation des usagers", [
			"Créer un comité d'usagers",
			"Organiser une enquête de satisfaction des bénéficiaires",
			"Associer les usagers à la révision du règlement d'aide",
			"Publier un rapport annuel accessible"]),
		("Soutenir la vie associative locale", [
			"Mettre une salle à disposition des associations",
			"Octroyer des subsides aux associations sociales",
			"Organiser une fête des associations",
			"Créer un répertoire des services sociaux locaux"]),
		("Favoriser l'inclusion des personnes d'origine étrangère", [
			"Organiser un accueil des primo-arrivants",
			"Proposer un service d'interprétariat social",
			"Créer une initiative locale d'accueil supplémentaire",
			"Organiser des tables de conversation"])]),
	("Développer les synergies entre la commune et le CPAS", [
		("Mutualiser les services support", [
			"Créer un service informatique commun",
			"Fusionner les services des marchés publics",
			"Partager un conseiller en prévention",
			"Mettre en place une centrale d'achat commune"]),
		("Coordonner l'action sociale locale", [
			"Réunir trimestriellement la commission sociale locale",
			"Élaborer un diagnostic social commun",
			"Créer une cellule de coordination des aides",
			"Partager une base de données des bénéficiaires dans le respect du RGPD"]),
		("Optimiser la gestion du patrimoine", [
			"Établir un inventaire du patrimoine immobilier",
			"Vendre les terrains non stratégiques",
			"Mutualiser l'entretien des bâtiments",
			"Mettre en place un cadastre énergétique commun"])]),
]

PEOPLE = ["Mme Dupont", "M. Lambert", "Mme Leclercq", "M. Jacquet", "Mme Renard", "M. Hubert",
          "Mme Thiry", "M. Gérard", "Mme Collignon", "M. Masson", "Directrice générale",
          "Directeur financier"]
ARTICLES = ["831/123-48", "8441/124-02", "104/742-53", "844/123-16", "121/124-06", "801/332-01",
            "835/111-01", "104/123-13", "834/724-60", "8442/124-48", "922/723-60", "124/125-06"]
STATUTS = ["EN_COURS"] * 6 + ["TERMINE"] * 4 + ["NON_COMMENCE"] * 3 + ["EN_ATTENTE"] * 2 + \
          ["PROBLEME", "ANNULE_ABANDONNE"]
FR_STATUT = {"EN_COURS": "En cours", "TERMINE": "Terminé", "NON_COMMENCE": "Non commencé",
             "EN_ATTENTE": "En attente", "PROBLEME": "Suspendu", "ANNULE_ABANDONNE": "Abandonné"}


def make_plan(seed, themes=None, n_os=None, oo_range=(6, 10), act_range=(15, 25)):
	"""A plan: list of OS dicts {label, oos: [{label, actions: [action]}]}."""
	rng = random.Random(seed)
	while True:
		idx = themes or rng.sample(range(len(THEMES)), n_os or rng.choice([3, 4]))
		plan = []
		n_oo = n_act = 0
		for t in idx:
			os_label, oos = THEMES[t]
			k = rng.choice([2, 2, 3]) if len(idx) == 4 else rng.choice([2, 3, 3])
			chosen = sorted(rng.sample(range(3), k))
			o = {"label": os_label, "theme": t, "oos": []}
			for c in chosen:
				oo_label, acts = oos[c]
				m = rng.choice([2, 2, 3, 3, 3])
				o["oos"].append({"label": oo_label, "actions": [new_action(rng, a) for a in acts[:m]]})
				n_oo += 1
				n_act += m
			plan.append(o)
		if oo_range[0] <= n_oo <= oo_range[1] and act_range[0] <= n_act <= act_range[1]:
			return plan
		if themes:
			rng = random.Random(rng.random())


def new_action(rng, label):
	st = rng.choice(STATUTS)
	av = {"TERMINE": 1.0, "NON_COMMENCE": 0.0, "ANNULE_ABANDONNE": 0.0,
	      "EN_ATTENTE": rng.choice([0.1, 0.2, 0.0]), "PROBLEME": rng.choice([0.3, 0.4]),
	      "EN_COURS": rng.choice([0.25, 0.4, 0.5, 0.6, 0.75, 0.8])}[st]
	if rng.random() < 0.7:
		budget = float(rng.choice([750, 1200, 2500, 3800, 5000, 7500, 12000, 15500, 24000, 48000, 125000]))
		article = rng.choice(ARTICLES)
	else:
		budget, article = None, None
	y = rng.choice([2025, 2025, 2026, 2026, 2027])
	m = rng.choice([3, 6, 9, 12])
	d = {3: 31, 6: 30, 9: 30, 12: 31}[m]
	return {"label": label, "statut": st, "avancement": av, "responsable": rng.choice(PEOPLE),
	        "budget": budget, "article": article, "fin": datetime.date(y, m, d)}


def action(d):
	"""An action drawn by new_action() as make-layouts.py's Action, its
	status written with the words of FR_STATUT."""
	a = A(d["label"], FR_STATUT[d["statut"]], d["avancement"], d["responsable"], None, d["fin"].isoformat(),
	      d["budget"], d["article"])
	assert a.statut == d["statut"], d
	return a


def model(*plans):
	"""Plans drawn by make_plan() in the shape of make-layouts.py's PLAN: an
	unnamed axe each."""
	return [("", [(o["label"], [(oo["label"], [action(d) for d in oo["actions"]]) for oo in o["oos"]])
	              for o in plan]) for plan in plans]


def shade_row(shades, r, n, back):
	"""The n first cells of row r (0-based) filled with back."""
	for c in range(n):
		shades[(r, c)] = back


# ------------------------------------------------------------------ layouts

def l40():
	"""The export of a PST software: Type, Code, Titre, Parent; the rows
	sorted by Type, the actions (in the order of their internal ids) before
	their OO and OS; % réal. from 0 to 100, the budget a plain number; an
	autofilter over the table."""
	name = "L40-export-iapst.xlsx"
	oss = view(model(make_plan(101, n_os=4)), [1])
	rng = random.Random(1011)
	state = {"EN_COURS": "En cours", "TERMINE": "Terminé", "NON_COMMENCE": "À démarrer",
	         "EN_ATTENTE": "En attente", "PROBLEME": "Suspendu", "ANNULE_ABANDONNE": "Abandonné"}
	os_rows, oo_rows, act_rows = [], [], []
	n_oo = n_a = 0
	for os_ in oss:
		os_code = "OS.%s" % os_.code
		os_rows.append(["Objectif stratégique", os_code, os_.label, "", "Directrice générale", "En cours"])
		for oo in os_.children:
			n_oo += 1
			oo_code = "OO.%d" % n_oo
			oo_rows.append(["Objectif opérationnel", oo_code, oo.label, os_code, rng.choice(PEOPLE), "En cours"])
			for code, a in oo.children:
				n_a += 1
				act_rows.append(["Action", "A.%d" % n_a, a.label, oo_code, a.resp, state[a.statut],
				                 c_num(round(a.av * 100)), c_date(a.fin), c_num(a.budget), a.article or ""])
	rng.shuffle(act_rows)
	act_rows.sort(key=lambda r: int(r[1].split(".")[1]) % 7)	# the export's order: internal ids
	head = ["Type", "Code", "Titre", "Parent", "Responsable(s)", "État", "% réal.", "Date fin prévue",
	        "Budget prévu", "Article budgétaire"]
	rows = [head] + act_rows + oo_rows + os_rows
	shades = {}
	shade_row(shades, 0, len(head), "DDDDDD")
	write_book(name, [("Export", rows)], {id(head)}, shades={"Export": shades},
	           filters={"Export": "A1:J%d" % len(rows)})
	write_truth(stem(name), [(stem(name), oss)], "niveaux")


def l41():
	"""OS and OO labels without code on every row, but the rows sorted by
	pilote (first column) then échéance, so the groups are interleaved;
	two title rows, the panes frozen under the header."""
	name = "L41-tri-par-pilote.xlsx"
	oss = view(model(make_plan(202, n_os=3)), [1])
	found = [(a.resp, a.fin, [a.resp, os_.label, oo.label, a.label, c_date(a.fin), a.etat, c_pct(a.av),
	                          c_eur(a.budget), a.article or ""]) for os_, oo, code, a in actions_of(oss)]
	found.sort(key=lambda r: (r[0], r[1]))
	head = ["Pilote", "Objectif stratégique", "Objectif opérationnel", "Action", "Échéance", "Statut",
	        "Avancement", "Budget", "Article budgétaire"]
	rows = [["Plan stratégique transversal 2025-2030 – Suivi par pilote"],
	        ["Mise à jour : 14/03/2025 – trié par pilote puis échéance"], head] + [r for _, _, r in found]
	shades = {}
	shade_row(shades, 2, len(head), "C6E0B4")
	write_book(name, [("Suivi", rows)], {id(rows[0]), id(head)}, shades={"Suivi": shades},
	           freeze={"Suivi": "A4"})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l42():
	"""OS and OO columns holding numbers only (1 a number cell, 1.2 text),
	an action number 1.2.3: no label of an objective anywhere.  The truth's
	OS and OO labels are empty; the objectives are found by their code."""
	name = "L42-numeros-seuls.ods"
	oss = view(model(make_plan(303, n_os=4)), [1])
	head = ["OS", "OO", "N°", "Action / projet", "Pilote", "Échéance", "Statut", "%", "Budget",
	        "Art. budgétaire"]
	rows = [["CPAS – Plan stratégique transversal – tableau de suivi des actions"], [], head]
	for os_, oo, code, a in actions_of(oss):
		rows.append([c_num(int(os_.code)), c_text(oo.code), c_text(code), a.label, a.resp, c_date(a.fin), a.etat,
		             c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("Actions", rows)], {id(rows[0]), id(head)})
	for os_ in oss:	# what a person reads of the objectives: their numbers
		os_.label = ""
		for oo in os_.children:
			oo.label = ""
	write_truth(stem(name), [(stem(name), oss)], "colonnes", refs=True)


def l43():
	"""OS in coloured banner rows typed in capitals, OO in light banner rows,
	both merged across the table, a blank row after each OO; comments
	merged down over the rows of some OO.  The OS labels are the capitals.
	The OO are the banners in small letters under them."""
	name = "L43-bandeaux-majuscules.xlsx"
	oss = view(model(make_plan(404, n_os=3)), [1])
	rng = random.Random(4041)
	comments = ["Dépend du subside régional – voir décision du Conseil du 12/03/2025",
	            "À coordonner avec le service travaux de la commune",
	            "Reporté suite au départ de l'agent en charge",
	            "Marché public en préparation"]
	head = ["Actions", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article", "Commentaires"]
	rows = [["CPAS DE HAMOIS – PLAN STRATÉGIQUE TRANSVERSAL 2025-2030"], [], head]
	bold = {id(rows[0]), id(head)}
	shades, wraps, merges = {}, set(), []
	shade_row(shades, 2, len(head), "BFBFBF")
	for os_ in oss:
		os_.label = os_.label.upper()
		r = [os_.label]
		rows.append(r)
		bold.add(id(r))
		shades[(len(rows) - 1, 0)] = "1F4E78"
		merges.append("A%d:H%d" % (len(rows), len(rows)))
		for oo in os_.children:
			r = [oo.label]
			rows.append(r)
			bold.add(id(r))
			shades[(len(rows) - 1, 0)] = "DDEBF7"
			merges.append("A%d:H%d" % (len(rows), len(rows)))
			first = len(rows)
			for code, a in oo.children:
				rows.append([a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or "", ""])
			if len(oo.children) >= 2 and rng.random() < 0.6:
				rows[first][7] = rng.choice(comments)
				wraps.add((first, 7))
				merges.append("H%d:H%d" % (first + 1, first + len(oo.children)))
			rows.append([])
	write_book(name, [("PST", rows)], bold, merges={"PST": merges}, shades={"PST": shades},
	           wraps={"PST": wraps})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l44():
	"""Two tables side by side on one sheet: the volet interne in A:I, the
	volet externe in K:S, each under a merged title; OS and OO written on
	the first row of their group.  The truth has the volet: each table is
	read as a sheet of its own."""
	name = "L44-deux-volets-cote-a-cote.xlsx"
	oss = view(model(make_plan(505, themes=[4, 5], oo_range=(4, 5), act_range=(8, 12)),
	                 make_plan(506, themes=[1, 6], oo_range=(4, 5), act_range=(8, 12))), [1, 2])
	volets = {os_.label: "interne" if os_.axe_no == 1 else "externe" for os_ in oss}
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut",
	        "Avancement", "Budget", "Article"]

	def block(axe_no):
		out = []
		for os_, oo, code, a in actions_of([os_ for os_ in oss if os_.axe_no == axe_no]):
			out.append([os_.label if oo is os_.children[0] and code == oo.children[0][0] else "",
			            oo.label if code == oo.children[0][0] else "",
			            a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
		return out
	left, right = block(1), block(2)
	rows = [["VOLET INTERNE"] + [""] * 9 + ["VOLET EXTERNE"], [], head + [""] + head]
	for n in range(max(len(left), len(right))):
		rows.append((left[n] if n < len(left) else [""] * 9) + [""] + (right[n] if n < len(right) else [""] * 9))
	sheet = "PST 2025-2030"
	write_book(name, [(sheet, rows)], {id(rows[0]), id(rows[2])}, merges={sheet: ["A1:I1", "K1:S1"]},
	           shades={sheet: {(0, 0): "FCE4D6", (0, 10): "E2EFDA"}})
	write_truth(stem(name), [(stem(name), oss)], "recopiées", volets=volets)


def l45():
	"""Banner rows "OS n – …" and "OO n.m – …"; under most action rows, rows
	"Indicateur : …" and "Cible : n" in the label column, which are not
	actions."""
	name = "L45-lignes-indicateurs.xlsx"
	oss = view(model(make_plan(606, n_os=3)), [1])
	rng = random.Random(6061)
	inds = ["nombre de ménages accompagnés", "nombre de participants", "taux de satisfaction",
	        "nombre de dossiers traités", "délai moyen de traitement (jours)", "nombre de réunions tenues"]
	head = ["Réf.", "Action", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [["Programme stratégique transversal – CPAS de Ciney"], [], head]
	bold = {id(rows[0]), id(head)}
	shades = {}
	for os_ in oss:
		r = ["OS %s – %s" % (os_.code, os_.label)]
		rows.append(r)
		bold.add(id(r))
		shades[(len(rows) - 1, 0)] = "FFD966"
		for oo in os_.children:
			r = ["OO %s – %s" % (oo.code, oo.label)]
			rows.append(r)
			bold.add(id(r))
			shades[(len(rows) - 1, 0)] = "FFF2CC"
			for code, a in oo.children:
				rows.append([c_text(code), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""])
				x = rng.random()
				if x < 0.75:
					rows.append(["", "Indicateur : " + rng.choice(inds)])
				if x < 0.5:
					rows.append(["", "Cible : %d" % rng.choice([10, 20, 30, 50, 100])])
	write_book(name, [("PST", rows)], bold, shades={"PST": shades})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


# L46: the statuses as symbols, explained by a legend above the table.
SYMBOLS_46 = {"EN_COURS": "⏳", "TERMINE": "✔", "NON_COMMENCE": "○", "EN_ATTENTE": "⏸", "PROBLEME": "⚠",
              "ANNULE_ABANDONNE": "✖"}


def l46():
	""""OS1 : …" and "OO1.1 : …" on every row; the État column written as
	symbols (✔ ⏳ ○ ⏸ ⚠ ✖), explained by a legend in row 2: the status the
	legend gives each symbol."""
	name = "L46-statuts-symboles.ods"
	oss = view(model(make_plan(707, n_os=4)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Qui ?", "Pour quand ?", "État",
	        "% réalisé", "Budget", "Article"]
	rows = [["Suivi du PST – Commune et CPAS de Somme-Leuze"],
	        ["Légende : ✔ terminé – ⏳ en cours – ○ pas commencé – ⏸ en attente – ⚠ problème / bloqué – ✖ abandonné"],
	        [], head]
	for os_, oo, code, a in actions_of(oss):
		rows.append(["OS%s : %s" % (os_.code, os_.label), "OO%s : %s" % (oo.code, oo.label), a.label, a.resp,
		             c_date(a.fin), SYMBOLS_46[a.statut], c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("Suivi PST", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


# L47: statuses in English, and the progress as typed: each status's forms
# in turn, the value following the form.
EN_47 = {"EN_COURS": "In progress", "TERMINE": "Done", "NON_COMMENCE": "Not started", "EN_ATTENTE": "On hold",
         "PROBLEME": "Blocked", "ANNULE_ABANDONNE": "Cancelled"}
FORMS_47 = {"TERMINE": [(1.0, "100%"), (1.0, "1/1"), (1.0, "fini (100%)")],
            "NON_COMMENCE": [(0.0, "0"), (0.0, "0%")], "ANNULE_ABANDONNE": [(0.0, "0%")],
            "EN_COURS": [(0.75, "3/4"), (0.5, "½"), (0.5, "50%"), (0.5, "en cours (50%)"), (0.25, "¼"),
                         (0.75, "75 %"), (0.6, "3/5")],
            "EN_ATTENTE": [(0.2, "1/5"), (0.1, "10%")], "PROBLEME": [(0.4, "40%"), (0.3, "en cours (30%)")]}


def l47():
	"""A consultant's dashboard: OS "1. …" and OO "1.1 …" written on the
	first row of their group only; statuses in English (In progress, Done,
	Not started, On hold, Blocked, Cancelled); progress typed as text: 3/4,
	½, ¼, 3/5, 50%, 75 %, "en cours (50%)", "fini (100%)"."""
	name = "L47-anglais-fractions.xlsx"
	oss = view(model(make_plan(808, n_os=3)), [1])
	seen, typed = {}, {}
	for os_, oo, code, a in actions_of(oss):
		k = seen.get(a.statut, 0)
		seen[a.statut] = k + 1
		a.av, typed[code] = FORMS_47[a.statut][k % len(FORMS_47[a.statut])]
		assert ml.statut_code(EN_47[a.statut]) == a.statut, a.statut
	head = ["OS", "OO", "Action", "Responsable", "Échéance", "Status", "Avancement", "Budget", "Article"]
	rows = [["PST – tableau de bord (modèle consultant)"], [], head]
	for os_, oo, code, a in actions_of(oss):
		first_oo = code == oo.children[0][0]
		rows.append(["%s. %s" % (os_.code, os_.label) if first_oo and oo is os_.children[0] else "",
		             "%s %s" % (oo.code, oo.label) if first_oo else "", a.label, a.resp, c_date(a.fin),
		             EN_47[a.statut], c_text(typed[code]), c_eur(a.budget), a.article or ""])
	write_book(name, [("Dashboard", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "recopiées")


def l48():
	"""The header in row 1 under an autofilter, then a TOTAL row of SUBTOTAL
	formulas (count of actions, mean progress, sum of budgets) above the
	data, the panes frozen under it; OS and OO labels without code on every
	row."""
	name = "L48-totaux-en-haut.xlsx"
	oss = view(model(make_plan(909, n_os=4)), [1])
	data = [[c_text(code), os_.label, oo.label, a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
	         c_eur(a.budget), a.article or ""] for os_, oo, code, a in actions_of(oss)]
	n = len(data) + 2
	head = ["N°", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance",
	        "Statut", "Avancement", "Budget", "Article"]
	total = ["TOTAL", "", "", c_formula("=SUBTOTAL(3,D3:D%d)" % n), "", "", "",
	         c_formula("=SUBTOTAL(1,H3:H%d)" % n, "pct"), c_formula("=SUBTOTAL(9,I3:I%d)" % n, "eur"), ""]
	shades = {}
	shade_row(shades, 0, len(head), "305496")
	for c in (0, 3, 7, 8):
		shades[(1, c)] = "FFFF00"
	write_book(name, [("PST", [head, total] + data)], {id(head), id(total)}, shades={"PST": shades},
	           freeze={"PST": "A3"}, filters={"PST": "A1:J%d" % n})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l49():
	"""UTF-8 with a BOM, "," and CRLF, every field between quotes, an empty
	last column; one Code column (1, 1.1, 1.1.1) and one Intitulé column;
	progress and amounts with decimal points, ISO dates."""
	name = "L49-export-quote.csv"
	oss = view(model(make_plan(1010, n_os=3)), [1])
	rows = [["Code", "Intitulé", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article", ""]]
	for os_ in oss:
		rows.append([os_.code, os_.label] + [""] * 7)
		for oo in os_.children:
			rows.append([oo.code, oo.label] + [""] * 7)
			for code, a in oo.children:
				rows.append([code, a.label, a.resp, a.fin.isoformat(), a.etat, "%.2f" % a.av,
				             "%.2f" % a.budget if a.budget is not None else "", a.article or "", ""])
	write_text_csv(name, rows, ",", "utf-8-sig", "\r\n", quote_all=True)
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


# L50: the OS labels, long enough for the sheet names to cut them.
LABELS_50 = {0: "Être un CPAS qui accueille chaque citoyen avec respect et efficacité",
             2: "Être un CPAS qui lutte contre la précarité énergétique et le mal-logement",
             3: "Être un CPAS qui garantit le bien-être et l'autonomie des aînés",
             6: "Être un CPAS qui assure une aide alimentaire et matérielle digne"}


def l50():
	"""One sheet per OS, named "OSn - Être un CPAS qui …" cut at 31
	characters, its full label in A1 ("Objectif stratégique n : …"), then
	an OO column "1.1 …" written on the first row of its group; a Synthèse
	sheet in front listing the OS, their number of actions and budget, and
	a Total row."""
	name = "L50-feuilles-os-tronquees.ods"
	plan = make_plan(1111, themes=[0, 2, 3, 6])
	for o in plan:
		o["label"] = LABELS_50[o["theme"]]
	oss = view(model(plan), [1])
	synth = [["Synthèse du plan stratégique transversal"], [], ["OS", "Intitulé", "Nombre d'actions", "Budget total"]]
	bold = {id(synth[0]), id(synth[2])}
	sheets = []
	for os_ in oss:
		acts = [a for oo in os_.children for code, a in oo.children]
		synth.append([c_num(int(os_.code)), os_.label, c_num(len(acts)), c_eur(sum(a.budget or 0 for a in acts))])
		head = ["Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]
		rows = [["Objectif stratégique %s : %s" % (os_.code, os_.label)], [], head]
		bold |= {id(rows[0]), id(head)}
		for oo in os_.children:
			for code, a in oo.children:
				rows.append(["%s %s" % (oo.code, oo.label) if code == oo.children[0][0] else "", a.label, a.resp,
				             c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
		sheets.append((("OS%s - %s" % (os_.code, os_.label))[:31], rows))
	every = [a for _, _, _, a in actions_of(oss)]
	total = ["Total", "", c_num(len(every)), c_eur(sum(a.budget or 0 for a in every))]
	synth.append(total)
	bold.add(id(total))
	write_book(name, [("Synthèse", synth)] + sheets, bold)
	write_truth(stem(name), [(stem(name), oss)], "feuilles")


def l51():
	"""Banner rows without code, "Objectif stratégique : …" and "Objectif
	opérationnel : …", merged across the table; the actions numbered 1, 2,
	3 again in each OO (number cells)."""
	name = "L51-numeros-par-oo.xlsx"
	oss = view(model(make_plan(1212, n_os=4)), [1])
	head = ["N°", "Action", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [["CPAS d'Ohey – PST – Fiche de suivi"], [], head]
	bold = {id(rows[0]), id(head)}
	shades, merges = {}, []
	for os_ in oss:
		r = ["Objectif stratégique : " + os_.label]
		rows.append(r)
		bold.add(id(r))
		shades[(len(rows) - 1, 0)] = "8EA9DB"
		merges.append("A%d:H%d" % (len(rows), len(rows)))
		for oo in os_.children:
			r = ["Objectif opérationnel : " + oo.label]
			rows.append(r)
			bold.add(id(r))
			shades[(len(rows) - 1, 0)] = "D9E1F2"
			merges.append("A%d:H%d" % (len(rows), len(rows)))
			for k, (code, a) in enumerate(oo.children, 1):
				rows.append([c_num(k), a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""])
	write_book(name, [("Plan", rows)], bold, merges={"Plan": merges}, shades={"Plan": shades})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l52():
	"""A consolidated plan: an Entité column (CPAS, Commune) before "OS n -
	…" and "OO n.m - …", the OS numbered again from 1 in each entity.  The
	entity of the truth is the Entité column's value."""
	name = "L52-consolide-entites.xlsx"
	plans = [("CPAS", view(model(make_plan(1313, themes=[1, 6], oo_range=(4, 5), act_range=(9, 13))), [1])),
	         ("Commune", view(model(make_plan(1314, themes=[9, 10], oo_range=(3, 5), act_range=(8, 12))), [1]))]
	head = ["Entité", "OS", "OO", "Action", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [["PST consolidé Commune – CPAS de Gedinne (état au 31/12/2024)"], [], head]
	for entite, oss in plans:
		for os_, oo, code, a in actions_of(oss):
			rows.append([entite, "OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label), a.label,
			             a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("PST consolidé", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), plans, "colonnes")


def l53():
	"""Banner rows "OS n" and "OO n.m" (code in A, label in B) above action
	rows numbered n.m.k; two actions written directly under OS 2 before
	its first OO, and the actions of OS 3 without any OO banner.  Those
	actions have no OO in the truth; the importer says so and makes an OO
	without label to hold them (exit 3)."""
	name = "L53-actions-sans-oo.xlsx"
	oss = view(model(make_plan(1414, n_os=3)), [1])
	rng = random.Random(14141)
	direct = [action(new_action(rng, "Désigner un référent PST au sein du comité de direction")),
	          action(new_action(rng, "Présenter l'état d'avancement du PST au Conseil chaque semestre"))]
	oss[1].children.insert(0, Obj(oss[1].code, "", [("", a) for a in direct], direct=True))
	oss[2].children = [Obj(oss[2].code, "", [("", a) for _, _, _, a in actions_of(oss[2:])], direct=True)]
	head = ["Réf.", "Intitulé", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [["PST du CPAS de Havelange"], [], head]
	bold = {id(rows[0]), id(head)}
	n = 0
	for os_ in oss:
		r = ["OS %s" % os_.code, os_.label]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			if not oo.direct:
				r = ["OO %s" % oo.code, oo.label]
				rows.append(r)
				bold.add(id(r))
			for code, a in oo.children:
				rows.append([code, a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget),
				             a.article or ""])
				n += oo.direct
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "bandeaux", sortie=3,
	            doutes=["%d action(s) sans objectif opérationnel lisible" % n])


LAYOUTS = [l40, l41, l42, l43, l44, l45, l46, l47, l48, l49, l50, l51, l52, l53]


if __name__ == "__main__":
	ml.run(LAYOUTS)
