#!/usr/bin/env python3
"""make-layouts-5.py: writes layouts L54 to L84 of the corpus and their truth.

    python3 tests/import/layouts/make-layouts-5.py
    python3 tests/import/layouts/make-layouts-5.py l54 l84   # only some layouts

A fifth plan model, from a hold-out of ten layouts the importer had not
seen, written by a fourth tester with their own generator: pools of twelve
objectifs stratégiques, 24 objectifs opérationnels, verbs and objects of a
CPAS, from which plan() draws three OS, seven OO and eighteen actions, each
with its status (and the word written for it), progress, pilote, service,
amount and article, and échéance, with a fixed seed per layout.  Eight of
the ten are rendered here, one trait each (README.md), L54 to L61, and
layouts of the developers' reviews with the same draw, L62 to L84.  For each
layout L, next to this script, as make-layouts.py does:

    L.xlsx / L.ods / L.csv      the plan as a person laid it out
    L.truth.tsv             one row per action
    L.objectifs.tsv         one row per OS and OO, with the expected roll-up
    L.expect                the hierarchy form and the exit status

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

A = ml.Action
view, actions_of, stem = ml.view, ml.actions_of, ml.stem
write_truth = ml.write_truth
write_book, write_text_csv = ml.write_book, ml.write_text_csv
c_date, c_pct, c_eur, c_num, c_text, c_formula = ml.c_date, ml.c_pct, ml.c_eur, ml.c_num, ml.c_text, ml.c_formula

# ------------------------------------------------------------------ the model

# The tester's pools and draw, as the tester wrote them: plan() picks three
# OS, seven OO (three, two and two) and eighteen actions, two or more per OO.

OS_POOL = ["Être un CPAS accueillant et accessible à tous", "Renforcer l'insertion socioprofessionnelle des bénéficiaires",
  "Moderniser l'administration et ses outils numériques", "Garantir un logement décent aux personnes fragilisées",
  "Soutenir les aînés et lutter contre l'isolement", "Développer une commune durable et sobre en énergie",
  "Favoriser la cohésion sociale dans les quartiers", "Assurer une gestion financière saine et transparente",
  "Valoriser les ressources humaines du CPAS", "Améliorer la mobilité douce sur le territoire",
  "Promouvoir la santé et le bien-être des citoyens", "Renforcer la sécurité et la propreté publiques"]
OO_POOL = ["Améliorer l'accueil au guichet social", "Réduire les délais de traitement des demandes RIS",
  "Développer les partenariats avec les entreprises locales", "Augmenter le nombre de mises à l'emploi article 60",
  "Dématérialiser les dossiers sociaux", "Sécuriser le réseau informatique", "Rénover le parc de logements de transit",
  "Créer une agence immobilière sociale", "Étendre le service de repas à domicile", "Organiser des activités intergénérationnelles",
  "Réduire la consommation énergétique des bâtiments", "Installer des panneaux photovoltaïques",
  "Ouvrir une maison de quartier", "Soutenir les associations locales", "Mettre en place un contrôle interne",
  "Optimiser la gestion de la trésorerie", "Former le personnel aux nouveaux outils", "Améliorer le bien-être au travail",
  "Aménager des pistes cyclables sécurisées", "Développer le transport à la demande", "Lancer des campagnes de prévention santé",
  "Renforcer la présence des gardiens de la paix", "Informer les citoyens sur leurs droits", "Former les travailleurs sociaux"]
VERBS = ["Organiser", "Rédiger", "Acheter", "Mettre en place", "Recruter", "Évaluer", "Installer", "Former", "Rénover",
  "Créer", "Lancer", "Négocier", "Publier", "Équiper", "Analyser", "Réaliser", "Sensibiliser", "Développer"]
OBJS = ["un audit des procédures d'accueil", "une charte d'accueil", "des bornes de prise de rendez-vous", "un marché public de travaux",
  "deux assistants sociaux supplémentaires", "le règlement d'ordre intérieur", "une formation à la gestion des conflits",
  "une convention avec le FOREM", "un guide des aides sociales", "les toitures de la maison de repos", "un logiciel de gestion documentaire",
  "une enquête de satisfaction", "un comité de pilotage trimestriel", "des ateliers de recherche d'emploi", "un plan de déplacements",
  "un cadastre énergétique des bâtiments", "une plateforme de covoiturage", "une cellule de médiation de dettes",
  "un potager collectif", "un plan de formation pluriannuel", "des caméras sur la place communale", "un site internet accessible",
  "les vestiaires du hall sportif", "une newsletter trimestrielle", "le réseau wifi des bâtiments", "une permanence juridique gratuite"]
PEOPLE = ["Mme Dupont", "M. Lambert", "Mme Collard", "M. Renard", "Mme Hennebert", "M. Jacquemin", "Mme Lejeune", "M. Gérard"]
SERV = ["DG", "DF", "RH", "SAS", "Service social", "Travaux", "Informatique"]
STAT_WORDS = {"EN_COURS": ["En cours", "en cours"], "TERMINE": ["Terminé", "Clôturé"], "NON_COMMENCE": ["Non commencé", "À démarrer"],
  "EN_ATTENTE": ["En attente"], "ANNULE_ABANDONNE": ["Annulé", "Abandonné"], "PROBLEME": ["Suspendu"]}

def plan(seed, n_oo=7, n_act=18, allow_cancel=True):
	r = random.Random(seed)
	oss = r.sample(OS_POOL, 3); oos = r.sample(OO_POOL, n_oo)
	# distribute OO to OS: 3,2,2 or similar
	split = [3, 2, n_oo - 5]
	oo_os = sum([[i] * k for i, k in enumerate(split)], [])
	counts = [2] * n_oo
	for _ in range(n_act - 2 * n_oo): counts[r.randrange(n_oo)] += 1
	acts, used = [], set()
	ooi = 0
	tree = []
	for oi in range(3):
		ol = []
		for k, oo in enumerate([o for j, o in enumerate(oos) if oo_os[j] == oi]):
			j = oos.index(oo)
			al = []
			for a in range(counts[j]):
				while True:
					lab = "%s %s" % (r.choice(VERBS), r.choice(OBJS))
					if lab not in used: used.add(lab); break
				st = r.choice(["EN_COURS"] * 4 + ["TERMINE"] * 3 + ["NON_COMMENCE"] * 2 + ["EN_ATTENTE"] + (["ANNULE_ABANDONNE"] if allow_cancel else []))
				av = {"TERMINE": 1.0, "NON_COMMENCE": 0.0, "EN_ATTENTE": 0.1, "ANNULE_ABANDONNE": 0.0}.get(st) if st != "EN_COURS" else r.choice([0.2, 0.25, 0.4, 0.5, 0.6, 0.75, 0.8])
				bud = r.choice([None, 2500, 12000, 850, 45000, 7500.5, 150000, 3200])
				art = ("%03d/%03d-%02d" % (r.choice([104, 831, 844, 835, 124, 421, 879]), r.choice([123, 124, 723, 724, 742, 332]), r.choice([48, 51, 53, 2, 1]))) if bud else None
				fin = datetime.date(r.choice([2025, 2026, 2027]), r.choice([3, 6, 9, 12]), 1)
				fin = (fin.replace(day=28) + datetime.timedelta(days=4)); fin = fin - datetime.timedelta(days=fin.day)  # end of month
				al.append(dict(label=lab, statut=st, avancement=av, responsable=r.choice(PEOPLE), service=r.choice(SERV),
				               budget=bud, article=art, fin=fin.isoformat(), sw=r.choice(STAT_WORDS[st])))
			ol.append((oo, al))
		tree.append((oss[oi], ol))
	return tree

def flat(tree):
	for i, (os_, ol) in enumerate(tree, 1):
		for j, (oo, al) in enumerate(ol, 1):
			for k, a in enumerate(al, 1):
				yield i, os_, j, oo, k, a


FR_STATUT = {"EN_COURS": "En cours", "TERMINE": "Terminé", "NON_COMMENCE": "Non commencé",
             "EN_ATTENTE": "En attente", "PROBLEME": "Suspendu", "ANNULE_ABANDONNE": "Annulé"}


def action(d, word=None):
	"""An action drawn by plan() as make-layouts.py's Action: its status
	written with the word drawn (or the word given).  The tester's articles
	are kept as drawn, though some economic codes (123-51, 742-02…) are not
	in data/codes-economiques.tsv: check_article() is not applied."""
	a = A(d["label"], word or d["sw"], d["avancement"], d["responsable"], d["service"], d["fin"],
	      d["budget"])
	a.article = d["article"]
	assert a.statut == d["statut"], d
	return a


def model(tree, word=lambda d: None):
	"""A tree drawn by plan() in the shape of make-layouts.py's PLAN: one
	unnamed axe."""
	return [("", [(os_, [(oo, [action(d, word(d)) for d in al]) for oo, al in ol]) for os_, ol in tree])]


def fr_amount2(v):
	"""The tester's amounts: 2500 → "2500,00"."""
	return "" if v is None else ("%.2f" % v).replace(".", ",")


# ------------------------------------------------------------------ layouts

def l54():
	"""Statut and avancement computed by formulas: =IF(G=0,0,F/G) over
	jalons atteints / prévus, =IF(H>=1,"Terminé",…); a title row and a
	blank row above the header."""
	name = "L54-formules.xlsx"
	t = plan(101)
	for i, os_, j, oo, k, a in flat(t):	# the tester's status from the milestones
		if a["statut"] in ("EN_ATTENTE", "ANNULE_ABANDONNE"):
			a["statut"] = "EN_COURS" if a["statut"] == "EN_ATTENTE" else "NON_COMMENCE"
		tot = 4 if a["avancement"] not in (0.2, 0.4, 0.6, 0.8, 0.1) else 5
		if a["statut"] == "EN_COURS" and a["avancement"] in (0.1, 0, 1):
			a["avancement"] = 0.5
		done = round(a["avancement"] * tot) if a["statut"] == "EN_COURS" else (tot if a["statut"] == "TERMINE" else 0)
		a["avancement"] = done / tot
		a["statut"] = "TERMINE" if done == tot else ("EN_COURS" if done else "NON_COMMENCE")
		a["done"], a["tot"] = done, tot
	oss = view(model(t, lambda d: FR_STATUT[d["statut"]]), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Échéance",
	        "Jalons atteints", "Jalons prévus", "Avancement", "Statut", "Budget", "Article budgétaire"]
	rows = [["PST 2025-2030 – CPAS de Florennes"], [], head]
	for (i, os_, j, oo, k, d), (o, oo_, code, a) in zip(flat(t), actions_of(oss)):
		r = len(rows) + 1
		rows.append([o.label, oo_.label, a.label, a.resp, c_date(a.fin), c_num(d["done"]), c_num(d["tot"]),
		             c_formula("=IF(G%d=0,0,F%d/G%d)" % (r, r, r), "pct"),
		             c_formula('=IF(H%d>=1,"Terminé",IF(H%d>0,"En cours","Non commencé"))' % (r, r)),
		             c_num(a.budget), a.article or ""])
	write_book(name, [("Plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l55():
	"""The rows of cancelled actions hidden, an autofilter over the table;
	"OS 1 - …" and "OO 1.1 - …" on every row, a N° 1.1.1 column."""
	name = "L55-lignes-masquees.xlsx"
	t = plan(202)
	words = {}
	hidden = set()
	n = 0
	for i, os_, j, oo, k, a in flat(t):
		n += 1
		if a["statut"] == "ANNULE_ABANDONNE":
			hidden.add(n)
	if len(hidden) < 2:	# the tester forces two cancelled hidden rows
		n = 0
		for i, os_, j, oo, k, a in flat(t):
			n += 1
			if n in (4, 11):
				hidden.add(n)
				a["statut"], words[id(a)] = "ANNULE_ABANDONNE", "Annulé"
	oss = view(model(t, lambda d: words.get(id(d))), [1])
	head = ["N°", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Date de fin", "État",
	        "% réalisé", "Budget prévu", "Article"]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		rows.append([c_text(code), "OS %s - %s" % (o.code, o.label), "OO %s - %s" % (oo.code, oo.label), a.label,
		             a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)}, hidden_rows={"PST": hidden},
	           filters={"PST": "A1:J%d" % len(rows)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l56():
	"""The tester's Excel 97-2003 workbook (.xls), written as .xlsx: the .xls
	ssconvert writes is not the same bytes from run to run.  A title row, the header,
	then banner rows "OS 1 – …" and "OO 1.1 – …" in bold above the actions;
	amounts in a € format."""
	name = "L56-bandeaux-gesves.xlsx"
	oss = view(model(plan(303)), [1])
	head = ["Intitulé", "Porteur", "Échéance", "Statut", "Avancement", "Montant", "Imputation budgétaire"]
	rows = [["CPAS de Gesves – Programme stratégique transversal"], head]
	bold = {id(head)}
	for o in oss:
		rows.append(["OS %s – %s" % (o.code, o.label)])
		bold.add(id(rows[-1]))
		for oo in o.children:
			rows.append(["OO %s – %s" % (oo.code, oo.label)])
			bold.add(id(rows[-1]))
			for code, a in oo.children:
				rows.append([a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("Plan", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l57():
	"""Headers half in English ("Strategic goal", "Owner", "Due date",
	"Progress (%)"), the progress from 0 to 100, the budget in thousands of
	euros under "Budget (k€)": the truth's amounts are in euros."""
	name = "L57-budget-keur.xlsx"
	oss = view(model(plan(404)), [1])
	head = ["Strategic goal", "Objectif opérationnel", "Action", "Owner", "Due date", "Statut", "Progress (%)",
	        "Budget (k€)", "Art. budg."]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		rows.append(["OS%s %s" % (o.code, o.label), "OO%s %s" % (oo.code, oo.label), a.label, a.resp, c_date(a.fin),
		             a.etat, c_num(round(a.av * 100)), c_num(a.budget / 1000.0 if a.budget else None),
		             a.article or ""])
	write_book(name, [("Actions", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


FUZZY = ["Q3 2025", "S2-2026", "2025/26", "31-12-2025", "Q1 2027", "S1-2025", "2026/27", "30-06-2026"]
# the date a person reads: the end of the quarter, of the half-year, of the
# last year of a span (as "2025-2026" in L34)
FUZZY_END = {"Q3 2025": "2025-09-30", "S2-2026": "2026-12-31", "2025/26": "2026-12-31", "31-12-2025": "2025-12-31",
             "Q1 2027": "2027-03-31", "S1-2025": "2025-06-30", "2026/27": "2027-12-31", "30-06-2026": "2026-06-30"}


def l58():
	"""A CSV (UTF-8 with BOM, ";", CRLF) whose OS and OO are written on the
	first row of their group only, the échéances written as a person types
	them ("Q3 2025", "S2-2026", "2025/26", "31-12-2025"), the progress
	"50 %", amounts "2500,00"."""
	name = "L58-dates-floues.csv"
	t = plan(606)
	n = 0
	for i, os_, j, oo, k, a in flat(t):
		a["typed"] = FUZZY[n % len(FUZZY)]
		a["fin"] = FUZZY_END[a["typed"]]
		n += 1
	oss = view(model(t), [1])
	typed = [d["typed"] for _, _, _, _, _, d in flat(t)]
	rows = [["Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance", "Statut",
	         "Avancement", "Budget", "Article"]]
	prev = (None, None)
	for (o, oo, code, a), f in zip(actions_of(oss), typed):
		rows.append(["OS %s : %s" % (o.code, o.label) if prev[0] != o.code else "",
		             "%s %s" % (oo.code, oo.label) if prev[1] != oo.code else "", a.label, a.resp, f, a.etat,
		             "%d %%" % round(a.av * 100), fr_amount2(a.budget), a.article or ""])
		prev = (o.code, oo.code)
	write_text_csv(name, rows, ";", "utf-8-sig", "\r\n")
	write_truth(stem(name), [(stem(name), oss)], "recopiées")


def mail(p):
	return p.split()[-1].lower().replace("é", "e") + "@walhain.be"


def l59():
	"""Pilotes written as e-mail addresses, a Service column of
	abbreviations, a N° column 1 / 1.1 / 1.1.1 giving each row's level, the
	OS and OO in the Libellé column; a title row and a blank row."""
	name = "L59-pilotes-mails.xlsx"
	t = plan(707)
	for i, os_, j, oo, k, a in flat(t):
		a["responsable"] = mail(a["responsable"])
		a["service"] = random.Random(k * 7 + j).choice(["DG", "DF", "RH", "SAS"])
	oss = view(model(t), [1])
	head = ["N°", "Libellé", "Service", "Pilote", "Fin prévue", "Statut", "Avancement", "Budget (€)", "Article"]
	rows = [["PST – Commune de Walhain"], [], head]
	for o in oss:
		rows.append([c_text(o.code), o.label])
		for oo in o.children:
			rows.append([c_text(oo.code), oo.label])
			for code, a in oo.children:
				rows.append([c_text(code), a.label, a.service, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
				             c_num(a.budget), a.article or ""])
	write_book(name, [("Plan", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l60():
	"""A cover sheet (logo, title, approval), a sheet of notes on the
	method, and the plan on the third sheet, "OS 1 : …" and "OO 1.1 : …" on
	every row."""
	name = "L60-page-de-garde.ods"
	oss = view(model(plan(808)), [1])
	cover = [["[LOGO]"], [], ["CPAS DE CHIMAY"], ["Programme Stratégique Transversal 2025-2030"], [],
	         ["Version approuvée par le Conseil de l'action sociale du 12/03/2025"], ["Directeur général : M. Renard"]]
	notes = [["Méthodologie"], ["Le plan a été construit avec les services en 2024."],
	         ["Statuts possibles : En cours, Terminé, Non commencé"], ["Contact : dg@cpas-chimay.be"]]
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance", "Statut",
	        "Avancement", "Budget", "Article"]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		rows.append(["OS %s : %s" % (o.code, o.label), "OO %s : %s" % (oo.code, oo.label), a.label, a.resp,
		             c_date(a.fin), a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
	write_book(name, [("Couverture", cover), ("Méthodologie", notes), ("Plan d'actions", rows)],
	           {id(cover[2]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l61():
	"""A Réf. OS and a Réf. OO column beside the labels, a bold sub-total
	row under each OO (=AVERAGE of the progress, =SUM of the budget) and a
	TOTAL GÉNÉRAL row (=SUMIF over the rows that are no sub-total)."""
	name = "L61-sous-totaux.xlsx"
	oss = view(model(plan(1010)), [1])
	head = ["Réf. OS", "Objectif stratégique", "Réf. OO", "Objectif opérationnel", "Action", "Responsable",
	        "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	bold = {id(head)}
	for o in oss:
		for oo in o.children:
			s = len(rows) + 1
			for code, a in oo.children:
				rows.append([c_num(int(o.code)), o.label, c_text(oo.code), oo.label, a.label, a.resp, c_date(a.fin),
				             a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
			e = len(rows)
			rows.append(["", "", "", "", "Sous-total OO %s" % oo.code, "", "", "",
			             c_formula("=AVERAGE(I%d:I%d)" % (s, e), "pct"), c_formula("=SUM(J%d:J%d)" % (s, e))])
			bold.add(id(rows[-1]))
	n = len(rows)
	rows.append(["", "", "", "", "TOTAL GÉNÉRAL", "", "", "", "",
	             c_formula('=SUMIF(E2:E%d,"<>Sous-total*",J2:J%d)' % (n, n))])
	bold.add(id(rows[-1]))
	write_book(name, [("Plan", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l62():
	"""A Code column whose codes name each level by its keyword, joined by
	dots and numbered within their parent: OS1, OS1.OO2, OS1.OO2.A3; the
	labels of all levels in one Intitulé column, the objectives' rows
	otherwise empty."""
	name = "L62-codes-par-niveau.xlsx"
	oss = view(model(plan(1111)), [1])
	head = ["Code", "Intitulé", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	for o in oss:
		os_code = "OS%s" % o.code
		rows.append([c_text(os_code), o.label])
		for oo in o.children:
			oo_code = "%s.OO%s" % (os_code, oo.code.split(".")[-1])
			rows.append([c_text(oo_code), oo.label])
			for code, a in oo.children:
				rows.append([c_text("%s.A%s" % (oo_code, code.split(".")[-1])), a.label, a.resp, c_date(a.fin),
				             a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l63():
	"""Beside each objective's label, a column headed with the level's
	name that holds its code only: OS | Intitulé OS | OO | Intitulé OO,
	the OO lettered within their OS (1.a, 1.b), on every row."""
	name = "L63-codes-a-cote.csv"
	oss = view(model(plan(1212)), [1])
	rows = [["OS", "Intitulé OS", "OO", "Intitulé OO", "Action", "Pilote", "Statut", "Avancement", "Échéance",
	         "Budget", "Article"]]
	for o, oo, code, a in actions_of(oss):
		letter = "abcdefghij"[int(oo.code.split(".")[-1]) - 1]
		rows.append([o.code, o.label, "%s.%s" % (o.code, letter), oo.label, a.label, a.resp, a.etat,
		             "%d%%" % round(a.av * 100), ml.fr_date(a.fin),
		             fr_amount2(a.budget), a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l64():
	"""The level above the OO headed "Axe stratégique", no column OS:
	Axe stratégique | Objectif opérationnel | Projet | Porteur | État |
	% réalisé | Coût estimé | Art. budg., on every row."""
	name = "L64-axes-strategiques.xlsx"
	oss = view(model(plan(1313)), [1])
	head = ["Axe stratégique", "Objectif opérationnel", "Projet", "Porteur", "Échéance", "État", "% réalisé",
	        "Coût estimé", "Art. budg."]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		rows.append([o.label, oo.label, a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av), c_num(a.budget),
		             a.article or ""])
	write_book(name, [("Projets", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l65():
	"""One Période column, "03/2025 - 12/2025", instead of a start and an
	end: the échéance is the end of the second month."""
	name = "L65-periodes.csv"
	t = plan(1414)
	oss = view(model(t), [1])
	rows = [["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Statut",
	         "Avancement", "Période", "Budget", "Article"]]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		fin = a.fin
		start = datetime.date(fin.year - (1 if fin.month <= n % 6 + 1 else 0), (fin.month - n % 6 - 2) % 12 + 1, 1)
		rows.append([code, o.label, oo.label, a.label, a.resp, a.etat, "%d %%" % round(a.av * 100),
		             "%02d/%d - %02d/%d" % (start.month, start.year, fin.month, fin.year), fr_amount2(a.budget),
		             a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\r\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l66():
	"""No code column: each label starts with its number, "1. Être…",
	"1.1 Réduire…", "1.1.1 Créer…", in one column headed "Objectifs et
	actions"; a title row and a blank row above the header."""
	name = "L66-numeros-dans-libelles.xlsx"
	oss = view(model(plan(1515)), [1])
	head = ["Objectifs et actions", "Pilote", "Statut", "Avancement", "Échéance", "Budget (€)", "Article"]
	rows = [["Plan stratégique transversal 2025-2030"], [], head]
	for o in oss:
		rows.append(["%s. %s" % (o.code, o.label)])
		for oo in o.children:
			rows.append(["%s %s" % (oo.code, oo.label)])
			for code, a in oo.children:
				rows.append(["%s %s" % (code, a.label), a.resp, a.etat, c_pct(a.av), c_date(a.fin),
				             c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(rows[0]), id(head)})
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l67():
	"""Banner rows "OS 2" and "OO 4" (the OO numbered through the plan),
	then each action coded with its OO's number, "4.1", "4.2", in the
	Code column beside its label."""
	name = "L67-oo-numerotes-en-continu.csv"
	oss = view(model(plan(1616)), [1])
	rows = [["Code", "Intitulé", "Responsable", "Statut", "Avancement", "Échéance", "Budget", "Article"]]
	n_oo = 0
	for o in oss:
		rows.append(["OS %s" % o.code, o.label])
		for oo in o.children:
			n_oo += 1
			rows.append(["OO %d" % n_oo, oo.label])
			for code, a in oo.children:
				rows.append(["%d.%s" % (n_oo, code.split(".")[-1]), a.label, a.resp, a.etat,
				             "%d%%" % round(a.av * 100), ml.fr_date(a.fin), fr_amount2(a.budget), a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l68():
	"""The plan on a sheet Plan, then a sheet Budget listing the actions
	that have an amount (code, label, article, amount, year): a view of
	the plan, not a second plan."""
	name = "L68-feuille-budget.ods"
	oss = view(model(plan(1717)), [1])
	head = ["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance", "Statut",
	        "Avancement", "Budget", "Article"]
	rows, budget = [head], [["Code action", "Action", "Article budgétaire", "Montant prévu", "Année"]]
	for o, oo, code, a in actions_of(oss):
		rows.append([c_text(code), o.label, oo.label, a.label, a.resp, c_date(a.fin), a.etat, c_pct(a.av),
		             c_num(a.budget), a.article or ""])
		if a.budget:
			budget.append([c_text(code), a.label, a.article or "", c_num(a.budget), c_num(2025)])
	write_book(name, [("Plan", rows), ("Budget", budget)], {id(head), id(budget[0])})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l69():
	"""Two versions of the budget, "Budget initial" and "Budget ajusté
	(MB1)" (the truth), then "Réalisé (€)"; the progress as a mark under
	"Avancement (sur 10)"."""
	name = "L69-budget-ajuste.xlsx"
	oss = view(model(plan(1818)), [1])
	head = ["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut",
	        "Avancement (sur 10)", "Budget initial", "Budget ajusté (MB1)", "Réalisé (€)", "Article"]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		initial = round(a.budget * 0.8, 2) if a.budget else None
		spent = round(a.budget * a.av, 2) if a.budget else None
		rows.append([c_text(code), o.label, oo.label, a.label, a.resp, c_date(a.fin), a.etat, c_num(a.av * 10),
		             c_num(initial), c_num(a.budget), c_num(spent), a.article or ""])
	write_book(name, [("Suivi", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l70():
	"""The budget per year and its total: "Budget 2025", "Budget 2026",
	"Budget total" (the truth, not the sum of the three)."""
	name = "L70-budget-total.csv"
	oss = view(model(plan(1919)), [1])
	rows = [["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Statut", "Avancement",
	         "Échéance", "Budget 2025", "Budget 2026", "Budget total", "Article"]]
	for o, oo, code, a in actions_of(oss):
		first = round(a.budget * 0.6, 2) if a.budget else None
		rows.append([code, o.label, oo.label, a.label, a.resp, a.etat, "%d %%" % round(a.av * 100),
		             ml.fr_date(a.fin), fr_amount2(first), fr_amount2(round(a.budget - first, 2) if a.budget else None),
		             fr_amount2(a.budget), a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


DE_STATUT = {"EN_COURS": "In Bearbeitung", "TERMINE": "Abgeschlossen", "NON_COMMENCE": "Nicht begonnen",
             "EN_ATTENTE": "Zurückgestellt", "ANNULE_ABANDONNE": "Abgebrochen", "PROBLEME": "Blockiert"}


def l71():
	"""An ÖSHZ of the German-speaking Community: German headers, one
	label column headed "Strategisches Ziel / Operatives Ziel / Maßnahme",
	codes "SZ 1", "OZ 1.1", "M 1.1.1" under "Nr.", German statuses, dates
	"31.12.2025", amounts "12.000,00 €"."""
	name = "L71-oeshz-deutsch.csv"
	oss = view(model(plan(2020), word=lambda d: DE_STATUT[d["statut"]]), [1])
	rows = [["Nr.", "Strategisches Ziel / Operatives Ziel / Maßnahme", "Zuständig", "Stand", "Umsetzungsgrad",
	         "Frist", "Kosten (€)", "Haushaltsartikel"]]
	for o in oss:
		rows.append(["SZ %s" % o.code, o.label])
		for oo in o.children:
			rows.append(["OZ %s" % oo.code, oo.label])
			for code, a in oo.children:
				amount = ("{:,.2f}".format(a.budget).replace(",", " ").replace(".", ",").replace(" ", ".") + " €"
				          if a.budget else "")
				rows.append(["M %s" % code, a.label, a.resp, a.etat, "%d%%" % round(a.av * 100),
				             a.fin.strftime("%d.%m.%Y"), amount, a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\r\n")
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l72():
	"""No OS: titles "AXE 1 : LABEL IN CAPITALS", then per OO a title
	"Objectif 1.1 : …", its own header row and its actions, a blank row
	between the tables."""
	name = "L72-axes-et-objectifs.csv"
	oss = view(model(plan(2121)), [1])
	head = ["Actions", "Responsable", "Statut", "Avancement", "Échéance", "Budget", "Article"]
	rows = []
	for o in oss:
		rows += [["AXE %s : %s" % (o.code, o.label.upper())], []]
		for oo in o.children:
			rows += [["Objectif %s : %s" % (oo.code, oo.label)], head]
			for code, a in oo.children:
				rows.append([a.label, a.resp, a.etat, "%d%%" % round(a.av * 100), ml.fr_date(a.fin),
				             fr_amount2(a.budget), a.article or ""])
			rows.append([])
	for o in oss:	# the OS is the axe, as typed in capitals
		o.label = o.label.upper()
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l73():
	"""A N° column 1 / 1.1 / 1.1.a (the actions lettered), the labels in
	one column, and two deadlines: "Échéance initiale", "Échéance revue"
	(the truth)."""
	name = "L73-actions-lettrees.xlsx"
	oss = view(model(plan(2222)), [1])
	head = ["N°", "Libellé", "Responsable", "Statut", "Avancement", "Échéance initiale", "Échéance revue", "Budget",
	        "Article"]
	rows = [head]
	for o in oss:
		rows.append([c_text(o.code), o.label])
		for oo in o.children:
			rows.append([c_text(oo.code), oo.label])
			for code, a in oo.children:
				letter = "abcdefghij"[int(code.split(".")[-1]) - 1]
				initial = datetime.date(a.fin.year, 1, 31) if a.fin.month > 1 else a.fin
				rows.append([c_text("%s.%s" % (oo.code, letter)), a.label, a.resp, a.etat, c_pct(a.av),
				             c_date(initial), c_date(a.fin), c_num(a.budget), a.article or ""])
	write_book(name, [("Plan d'actions", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l74():
	"""A plan of two levels, OS and actions, without OO: N° 1, then 1.1,
	1.2 … carrying the actions' values.  The actions have no OO in the
	truth; the importer says so and makes an OO without label for each OS
	(exit 3)."""
	name = "L74-deux-niveaux.csv"
	oss = view(model(plan(2424)), [1])
	for o in oss:
		o.children = [ml.Obj(o.code, "", [("", a) for oo in o.children for _, a in oo.children], direct=True)]
	rows = [["N°", "Objectif stratégique / action", "Responsable", "Statut", "Avancement", "Échéance", "Budget",
	         "Article"]]
	n = 0
	for o in oss:
		rows.append([o.code, o.label])
		for k, (_, a) in enumerate(o.children[0].children, 1):
			rows.append(["%s.%d" % (o.code, k), a.label, a.resp, a.etat, "%d%%" % round(a.av * 100),
			             ml.fr_date(a.fin), fr_amount2(a.budget), a.article or ""])
			n += 1
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "numérotation", sortie=3,
	            doutes=["%d action(s) sans objectif opérationnel lisible" % n])


FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def l75():
	"""What a spreadsheet adds around a plain table: a row of column
	numbers under the header, the long labels over two rows (merged cells
	above the second half), the échéances typed "30 sept. 2025", an old
	budget in a hidden column "Budget 2024", a Légende block under the
	table."""
	name = "L75-autour-du-tableau.xlsx"
	oss = view(model(plan(2525)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement",
	        "Échéance", "Budget 2024", "Budget", "Article"]
	rows = [head, [c_num(i) for i in range(1, len(head) + 1)]]
	merges = []
	for o, oo, code, a in actions_of(oss):
		words = a.label.split(" ")
		first, rest = (" ".join(words[:2]), " ".join(words[2:])) if len(words) > 3 else (a.label, "")
		fin = "%d %s %d" % (a.fin.day, FR_MONTHS[a.fin.month - 1], a.fin.year)
		rows.append([o.label, oo.label, first, a.resp, a.etat, c_pct(a.av), fin,
		             c_num(round(a.budget * 0.5, 2)) if a.budget else "", c_num(a.budget), a.article or ""])
		if rest and rest[0].islower():
			rows.append(["", "", rest])
			n = len(rows)
			for col in "ABDEFGHIJ":
				merges.append("%s%d:%s%d" % (col, n - 1, col, n))
		else:
			rows[-1][2] = a.label
	rows += [[], ["Légende :"], ["", "", "En cours", "Action démarrée, dans les délais"],
	         ["", "", "Terminé", "Action clôturée"], ["", "", "Avancement", "Part du travail accompli"]]
	write_book(name, [("PST", rows)], {id(head)}, merges={"PST": merges}, hidden={"PST": {7}})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l76():
	"""One header "Action" merged over two columns, the codes then the
	labels; a column "Étapes réalisées" of counts beside "Nb étapes"."""
	name = "L76-action-sur-deux-colonnes.xlsx"
	oss = view(model(plan(2626)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "", "Responsable", "Statut", "Nb étapes",
	        "Étapes réalisées", "Avancement", "Échéance", "Budget", "Article"]
	rows = [head]
	for o, oo, code, a in actions_of(oss):
		steps = 4
		rows.append([o.label, oo.label, c_text(code), a.label, a.resp, a.etat, c_num(steps),
		             c_num(round(a.av * steps)), c_pct(a.av), c_date(a.fin), c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)}, merges={"PST": ["C1:D1"]})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l77():
	"""Two plans on one sheet, one under the other: the title "CPAS de
	Havelange", its table, a blank row, the title "Commune de Havelange",
	its own header and table (the entities of the truth are the titles)."""
	name = "L77-deux-plans-une-feuille.xlsx"
	plans = [("CPAS de Havelange", view(model(plan(2727)), [1])),
	         ("Commune de Havelange", view(model(plan(2828, n_oo=6, n_act=14)), [1]))]
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Statut", "Avancement",
	        "Échéance", "Budget", "Article"]
	rows, bold = [], set()
	for entite, oss in plans:
		if rows:
			rows.append([])
		rows.append([entite])
		h = list(head)
		rows.append(h)
		bold |= {id(rows[-2]), id(h)}
		for o, oo, code, a in actions_of(oss):
			rows.append([o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), c_num(a.budget),
			             a.article or ""])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), plans, "colonnes")


def l78():
	"""One sheet per volet named "Interne" and "Externe" (no title),
	the OS numbered again from 1 on each sheet."""
	name = "L78-feuilles-interne-externe.xlsx"
	oss = view(model(plan(2929)), [1])
	volets = {o.label: ("interne" if i == 0 else "externe") for i, o in enumerate(oss)}
	head = ["N° OS", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Statut",
	        "Avancement", "Échéance", "Budget", "Article"]
	sheets = []
	for title, part in (("Interne", oss[:1]), ("Externe", oss[1:])):
		rows = [head]
		for n, o in enumerate(part, 1):
			for oo in o.children:
				for code, a in oo.children:
					rows.append([c_num(n), o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin),
					             c_num(a.budget), a.article or ""])
		sheets.append((title, rows))
	write_book(name, sheets, {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes", volets=volets)


def l79():
	"""A sheet per OS, "OS 1": "Objectif stratégique 1" on a row, its
	label alone on the next, the list of its OO; then a sheet per OO,
	"OO1.1", whose title above the table is the OO's label."""
	name = "L79-feuilles-os-et-oo.xlsx"
	oss = view(model(plan(3030)), [1])
	head = ["N°", "Action", "Responsable", "Statut", "Avancement", "Échéance", "Budget", "Article budgétaire"]
	sheets = []
	for o in oss:
		rows = [["Objectif stratégique %s" % o.code], [o.label], [], ["Objectifs opérationnels :"]]
		rows += [["%s %s" % (oo.code, oo.label)] for oo in o.children]
		sheets.append(("OS %s" % o.code, rows))
	for o in oss:
		for oo in o.children:
			rows = [[oo.label], head]
			for code, a in oo.children:
				rows.append([c_text(code), a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), c_num(a.budget),
				             a.article or ""])
			sheets.append(("OO%s" % oo.code, rows))
	write_book(name, sheets, {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "feuilles")


def l80():
	"""The title "PST 2025 – 2030 – CPAS d'Ohey", then per OS a title
	"Objectif stratégique 1 : Être un CPAS …" over a header of its own
	and its table (N°, "1.1 label" of the OO, action…).  The OS titles
	name the CPAS in their labels: no entity of their own."""
	name = "L80-titres-os-cpas.csv"
	oss = view(model(plan(3131)), [1])
	oss[0].label = "Être un CPAS accueillant et accessible pour tous les citoyens"
	oss[1].label = "Être un CPAS qui lutte contre la précarité énergétique"
	head = ["N°", "Objectif opérationnel", "Action", "Responsable", "Statut", "Avancement", "Échéance", "Budget",
	        "Article"]
	rows = [["PST 2025 – 2030 – CPAS d'Ohey"], []]
	for o in oss:
		rows += [["Objectif stratégique %s : %s" % (o.code, o.label)], head]
		for oo in o.children:
			for code, a in oo.children:
				rows.append([code, "%s %s" % (oo.code, oo.label), a.label, a.resp, a.etat,
				             "%d%%" % round(a.av * 100), ml.fr_date(a.fin), fr_amount2(a.budget), a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l81():
	"""One column "Statut / avancement": "En cours (50 %)", "Terminé
	(100 %)": the status and, in parentheses, the progress."""
	name = "L81-statut-et-avancement.csv"
	oss = view(model(plan(3232)), [1])
	rows = [["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable",
	         "Statut / avancement", "Échéance", "Budget", "Article"]]
	for o, oo, code, a in actions_of(oss):
		rows.append([code, o.label, oo.label, a.label, a.resp, "%s (%d %%)" % (a.etat, round(a.av * 100)),
		             ml.fr_date(a.fin), fr_amount2(a.budget), a.article or ""])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l82():
	"""OS and OO on every row, and a pilote and an échéance shared by the
	actions of an OO, written once in a cell merged down over their rows."""
	name = "L82-valeurs-fusionnees.xlsx"
	oss = view(model(plan(3333)), [1])
	for o in oss:	# one pilote, one échéance per OO, as the merge says
		for oo in o.children:
			first = oo.children[0][1]
			for _, a in oo.children[1:]:
				a.resp, a.fin = first.resp, first.fin
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Échéance", "Statut",
	        "Avancement", "Budget", "Article"]
	rows, merges = [head], []
	for o in oss:
		for oo in o.children:
			top = len(rows) + 1
			for k, (code, a) in enumerate(oo.children):
				rows.append([o.label, oo.label, a.label, a.resp if k == 0 else "", c_date(a.fin) if k == 0 else "",
				             a.etat, c_pct(a.av), c_num(a.budget), a.article or ""])
			if len(oo.children) > 1:
				merges += ["D%d:D%d" % (top, len(rows)), "E%d:E%d" % (top, len(rows))]
	write_book(name, [("PST", rows)], {id(head)}, merges={"PST": merges})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l83():
	"""A CSV as a word processor leaves it: amounts "12 000 €" with thin
	or non-breaking spaces, names with a space after them, the years
	"Année de début" and "Année de fin" as whole numbers, and a column
	"Budget OO" giving each OO's total on its first action's row."""
	name = "L83-espaces-et-annees.csv"
	oss = view(model(plan(3434)), [1])
	spaces = ["\u2009", "\u00a0", "\u202f", " "]
	rows = [["Réf.", "Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Statut",
	         "Avancement", "Année de début", "Année de fin", "Budget", "Budget OO", "Article"]]
	n = 0
	for o in oss:
		for oo in o.children:
			total = sum(a.budget or 0 for _, a in oo.children)
			for k, (code, a) in enumerate(oo.children):
				a.fin = datetime.date(a.fin.year, 12, 31)
				amount = ""
				if a.budget:
					whole = "%d" % round(a.budget) if a.budget == round(a.budget) else ("%.2f" % a.budget).replace(".", ",")
					head, tail = whole.split(",") if "," in whole else (whole, None)
					if len(head) > 3:
						head = head[:-3] + spaces[n % 4] + head[-3:]
					amount = head + ("," + tail if tail else "") + "\u00a0€"
				rows.append([code, o.label, oo.label, a.label, a.resp + " ", a.etat, "%d\u00a0%%" % round(a.av * 100),
				             str(a.fin.year - 1), str(a.fin.year), amount, "%d" % total if k == 0 else "",
				             a.article or ""])
				n += 1
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l84():
	"""A quarterly follow-up: "Avancement T1" to "T4", filled up to the
	last quarter reported (the progress of the truth), the échéance typed
	"2026 (T2)", the service under "Dpt"."""
	name = "L84-suivi-trimestriel.xlsx"
	oss = view(model(plan(3535)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Dpt", "Pilote", "Statut", "Avancement T1",
	        "Avancement T2", "Avancement T3", "Avancement T4", "Échéance", "Budget", "Article"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		last = n % 4	# the quarters reported, the last one the progress
		quarters = [c_pct(round(a.av * (q + 1) / (last + 1), 2)) if q <= last else "" for q in range(4)]
		quarters[last] = c_pct(a.av)
		rows.append([o.label, oo.label, a.label, a.service, a.resp, a.etat] + quarters +
		            ["%d (T%d)" % (a.fin.year, (a.fin.month + 2) // 3), c_num(a.budget), a.article or ""])
	write_book(name, [("Suivi", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l85():
	"""Three people per action: the pilote politique (an élu), the pilote
	administratif (who delivers the action, the Responsable of the truth)
	and the pilote's e-mail address."""
	name = "L85-pilotes-politique-et-administratif.xlsx"
	oss = view(model(plan(3636)), [1])
	elus = ["Présidente", "Échevin des affaires sociales", "Conseillère de l'action sociale"]
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote politique", "Pilote administratif",
	        "E-mail du pilote", "Statut", "Avancement", "Échéance", "Budget", "Article"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		rows.append([o.label, oo.label, a.label, elus[n % 3], a.resp, mail(a.resp), a.etat, c_pct(a.av),
		             c_date(a.fin), c_num(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l86():
	"""The budget as the directeur financier splits it: "Service ordinaire
	(€)" and "Service extraordinaire (€)" (the parts add up to the
	budget), then a subsidy as a recette and the CPAS's charge nette, two
	amounts that are no part of the budget."""
	name = "L86-ordinaire-extraordinaire-recettes.xlsx"
	oss = view(model(plan(3737)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement", "Échéance",
	        "Article", "Service ordinaire (€)", "Service extraordinaire (€)", "Recettes - Subside RW 60 % (€)",
	        "Charge nette CPAS (€)"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		b = a.budget
		ordinaire = extra = recette = nette = None
		if b:
			if n % 3 == 0:
				ordinaire = b
			elif n % 3 == 1:
				extra = b
			else:
				ordinaire, extra = round(b * 0.4, 2), b - round(b * 0.4, 2)
			recette = round(b * 0.6, 2) if n % 2 == 0 else None
			nette = b - recette if recette else None
		rows.append([o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), a.article or "",
		             c_num(ordinaire), c_num(extra), c_num(recette), c_num(nette)])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l87():
	"""The budget's life: "Crédit budgétaire (€)" (the budget), "Montant
	engagé (€)", "Montant liquidé (€)"; beside a "Budget (€)"-less plan, a
	"Montant subside (€)" that is a share of the crédit, not more of it."""
	name = "L87-credit-engage-liquide.xlsx"
	oss = view(model(plan(3838)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement", "Échéance",
	        "Article", "Crédit budgétaire (€)", "Montant engagé (€)", "Montant liquidé (€)", "Financement",
	        "Montant subside (€)"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		b = a.budget
		engage = round(b * a.av, 2) if b else None
		liquide = round(engage / 2, 2) if engage else None
		subside = round(b * 0.5, 2) if b and n % 2 else None
		rows.append([o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), a.article or "",
		             c_num(b), c_num(engage), c_num(liquide), "Subside RW 50 %" if subside else "Fonds propres",
		             c_num(subside)])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l88():
	"""A CSV of "Dépenses" and "Recettes", amounts written "38 500,00 €",
	the recettes negative: with no Budget column, the dépenses are what
	the action will spend."""
	name = "L88-depenses-recettes.csv"
	oss = view(model(plan(3939)), [1])
	def euros(v):
		if v is None:
			return ""
		whole, cents = ("%.2f" % abs(v)).split(".")
		groups = []
		while len(whole) > 3:
			groups.insert(0, whole[-3:])
			whole = whole[:-3]
		return ("-" if v < 0 else "") + " ".join([whole] + groups) + "," + cents + " €"
	rows = [["Code", "Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement",
	         "Échéance", "Article", "Dépenses", "Recettes"]]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		recette = -round(a.budget * 0.6, 2) if a.budget and n % 2 == 0 else None
		rows.append([code, o.label, oo.label, a.label, a.resp, a.etat, "%d" % round(a.av * 100),
		             a.fin.strftime("%d/%m/%Y"), a.article or "", euros(a.budget), euros(recette)])
	write_text_csv(name, rows, ";", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l89():
	"""A multi-year programme in thousands of euros: "2025 (k€)" to "2027
	(k€)" and "Total (k€)", no column named budget: the total is the
	budget."""
	name = "L89-annees-keuros-total.xlsx"
	oss = view(model(plan(4040)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement", "Échéance",
	        "Article", "2025 (k€)", "2026 (k€)", "2027 (k€)", "Total (k€)"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		if a.budget:
			a.budget = round(a.budget / 100) * 100 or 100
			k = a.budget / 1000
			years = [round(k * 0.5, 3), round(k * 0.3, 3)]
			years.append(round(k - years[0] - years[1], 3))
		else:
			years, k = [None, None, None], None
		rows.append([o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), a.article or ""] +
		            [c_num(y) for y in years] + [c_num(k)])
	write_book(name, [("Programme", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l90():
	"""The status and the progress in one cell, in the forms people type
	them: "En cours - 40%", "100 % - Terminé", "En cours, 60%",
	"Suspendu / 20 %", under the plain header "Statut"."""
	name = "L90-statut-tiret-pourcent.xlsx"
	oss = view(model(plan(4141)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Échéance", "Budget",
	        "Article"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		w, p = a.etat or "", "%d" % round(a.av * 100) if a.av is not None else None
		cell = w if p is None else [w + " - " + p + "%", p + " % - " + w, w + ", " + p + "%",
		                            w + " / " + p + " %"][n % 4]
		rows.append([o.label, oo.label, a.label, a.resp, cell, c_date(a.fin), c_num(a.budget), a.article or ""])
	write_book(name, [("Suivi", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l91():
	"""The article in two columns, "Fonction" (8441) and "Code économique"
	(124-02), as the accounting software lists them; and a "Code" |
	"Parent" | "Intitulé" export whose OO rows give their parent's code
	before their label."""
	name = "L91-fonction-economique-parent.xlsx"
	oss = view(model(plan(4242)), [1])
	head = ["Code", "Parent", "Intitulé", "Pilote", "Statut", "Avancement", "Échéance", "Budget", "Fonction",
	        "Code économique"]
	rows = [head]
	for i, o in enumerate(oss):
		rows.append(["OS%d" % (i + 1), "", o.label])
	for i, o in enumerate(oss):
		for j, oo in enumerate(o.children):
			rows.append(["OO%d.%d" % (i + 1, j + 1), "OS%d" % (i + 1), oo.label])
	n = 0
	for i, o in enumerate(oss):
		for j, oo in enumerate(o.children):
			for code, a in oo.children:
				n += 1
				fonction, economique = (a.article.split("/", 1) if a.article else ("", ""))
				rows.append(["P%d" % n, "OO%d.%d" % (i + 1, j + 1), a.label, a.resp, a.etat, c_pct(a.av),
				             c_date(a.fin), c_num(a.budget), c_text(fonction), economique])
	write_book(name, [("Export", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l92():
	"""The budget on a sheet of its own: "Actions" gives the plan with its
	codes, "Budget" one row per action and article ("Code action",
	"Article budgétaire", "Libellé de l'article", "Montant prévu (€)"),
	two rows for some actions, whose amounts add up."""
	name = "L92-feuille-budget-par-code.xlsx"
	oss = view(model(plan(4343)), [1])
	head = ["Code", "Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement",
	        "Échéance"]
	rows, budget = [head], [["Code action", "Article budgétaire", "Libellé de l'article", "Montant prévu (€)"]]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		rows.append([c_text(code), o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin)])
		if not a.budget:
			continue
		if not a.article:
			a.article = "104/123-48"
		if n % 3 == 0 and a.budget >= 200:
			first = round(a.budget * 0.75)
			budget.append([c_text(code), a.article, "Dépense", c_num(first)])
			budget.append([c_text(code), "104/123-13", "Dépense", c_num(a.budget - first)])
		else:
			budget.append([c_text(code), a.article, "Dépense", c_num(a.budget)])
	write_book(name, [("Actions", rows), ("Budget", budget)], {id(head), id(budget[0])})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l93():
	"""A follow-up where each row says when it was last updated:
	"Dernière mise à jour" (a date) before "Date cible" (the échéance)."""
	name = "L93-derniere-mise-a-jour.xlsx"
	oss = view(model(plan(4444)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Dernière mise à jour", "Statut",
	        "Avancement", "Date cible", "Budget", "Article"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		updated = datetime.date(2025, 9 + n % 4, 1 + n % 28)
		rows.append([o.label, oo.label, a.label, a.resp, c_date(updated), a.etat, c_pct(a.av), c_date(a.fin),
		             c_num(a.budget), a.article or ""])
	write_book(name, [("Suivi", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l94():
	"""A "Niv." column giving each row's level as a number, 1 the OS, 2 the
	OO, 3 the action, the labels in one column without codes."""
	name = "L94-niveaux-chiffres.xlsx"
	oss = view(model(plan(4545)), [1])
	head = ["Niv.", "Libellé", "Pilote", "Statut", "Avancement", "Échéance", "Budget (€)", "Article"]
	rows = [head]
	for o in oss:
		rows.append([c_num(1), o.label])
		for oo in o.children:
			rows.append([c_num(2), oo.label])
			for code, a in oo.children:
				rows.append([c_num(3), a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), c_num(a.budget),
				             a.article or ""])
	write_book(name, [("PST", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "niveaux")


def l95():
	"""Articles as accounting exports write them: "834-723-60" (dashes
	only) and "2025 922/723-60" (the exercice first)."""
	name = "L95-articles-exports.xlsx"
	oss = view(model(plan(4646)), [1])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Statut", "Avancement", "Échéance",
	        "Article budgétaire", "Budget"]
	rows = [head]
	for n, (o, oo, code, a) in enumerate(actions_of(oss)):
		article = a.article or ""
		if article:
			article = article.replace("/", "-") if n % 2 else "%d %s" % (2025 + n % 3, article)
		rows.append([o.label, oo.label, a.label, a.resp, a.etat, c_pct(a.av), c_date(a.fin), article, c_num(a.budget)])
	write_book(name, [("Plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


LAYOUTS = [l54, l55, l56, l57, l58, l59, l60, l61, l62, l63, l64, l65, l66, l67, l68, l69, l70, l71, l72, l73, l74,
           l75, l76, l77, l78, l79, l80, l81, l82, l83, l84, l85, l86, l87,
           l88, l89, l90, l91, l92, l93, l94, l95]


if __name__ == "__main__":
	ml.run(LAYOUTS)
