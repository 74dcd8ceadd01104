#!/usr/bin/env python3
"""make-layouts.py: writes the corpus of plan layouts and their truth.

    python3 tests/import/layouts/make-layouts.py

One plan model (PLAN below: three axes, their objectifs stratégiques and
opérationnels and their actions, taken from the PST of the CPAS of Virton,
Erezée and Burdinne) is rendered in fifteen layouts, one trait each
(README.md).  For each layout L, next to this script:

    L.xlsx / L.ods / L.csv  the plan as a person laid it out
    L.truth.tsv             one row per action and sous-action
    L.objectifs.tsv         one row per OS and OO, with the expected roll-up
    L.expect                the hierarchy form the importer must state, its exit status

The truth is written from the model, never read back from the files and
never from the importer.  The .xlsx and .ods files are written as Gnumeric
XML by the writer of samples/src/build.py, converted by ssconvert, then
their zip entries and creation dates are set to fixed values so that two
runs give identical bytes.  Python 3 (standard library only) and ssconvert.
"""
import datetime
import importlib.util
import io
import os
import re
import sys
import unicodedata
import zipfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", "..", ".."))

_spec = importlib.util.spec_from_file_location("build", os.path.join(TOP, "samples", "src", "build.py"))
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)
Cell = build.Cell

# ------------------------------------------------------------------ vocabulary

# The status words of the models and their canonical codes (functions/status.c);
# the English ones are those of L38 (make-layouts-3.py) and L47 (make-layouts-4.py).
STATUTS = {
	"non commence": "NON_COMMENCE", "a demarrer": "NON_COMMENCE", "pas commence": "NON_COMMENCE",
	"en cours": "EN_COURS", "permanent": "EN_COURS",
	"en attente": "EN_ATTENTE", "reporte": "EN_ATTENTE",
	"bloque": "PROBLEME", "suspendu": "PROBLEME",
	"termine": "TERMINE", "realise": "TERMINE", "fait": "TERMINE", "cloture": "TERMINE",
	"abandonne": "ANNULE_ABANDONNE", "annule": "ANNULE_ABANDONNE",
	"not started": "NON_COMMENCE", "in progress": "EN_COURS", "on hold": "EN_ATTENTE",
	"completed": "TERMINE", "cancelled": "ANNULE_ABANDONNE", "done": "TERMINE", "blocked": "PROBLEME",
	"nicht begonnen": "NON_COMMENCE", "in bearbeitung": "EN_COURS", "zuruckgestellt": "EN_ATTENTE",
	"blockiert": "PROBLEME", "abgeschlossen": "TERMINE", "abgebrochen": "ANNULE_ABANDONNE",
}


def fold(s):
	s = unicodedata.normalize("NFD", s)
	s = "".join(ch for ch in s if not unicodedata.combining(ch))
	return " ".join(s.lower().split())


def statut_code(word):
	if word is None:
		return ""
	code = STATUTS.get(fold(word))
	if not code:
		sys.exit("make-layouts.py: unknown status %r" % word)
	return code


ECO_CODES = set()
with open(os.path.join(TOP, "data", "codes-economiques.tsv"), encoding="utf-8") as _f:
	for _line in _f:
		ECO_CODES.add(_line.split("\t")[0])


def check_article(a):
	"""Canonical FONCTION/ECO-SS with a known economic code, else stop."""
	m = re.match(r"^([0-9]{3,5})/([0-9]{3}-[0-9]{2})$", a)
	if not m or m.group(2) not in ECO_CODES:
		sys.exit("make-layouts.py: bad article %r" % a)
	return a


# ------------------------------------------------------------------ the model

class Action:
	def __init__(self, label, etat, av, resp, service, fin, budget=None, article=None,
	             engage=None, meteo=None, taches=(), comment=""):
		self.label = label
		self.etat = etat			# the status word as the plan writes it
		self.statut = statut_code(etat)
		self.av = av				# fraction 0..1 or None
		self.resp = resp
		self.service = service
		self.fin = datetime.date.fromisoformat(fin) if fin else None
		self.budget = budget
		self.article = check_article(article) if article else None
		self.engage = engage
		self.meteo = meteo			# (délais, ressources, globale) or None
		self.taches = list(taches)		# sous-actions (Action), rendered by L15 only
		self.comment = comment			# a free note (make-layouts-2.py, L27)
		assert av is None or 0 <= av <= 1, label


A = Action
SOLEIL, NUAGEUX, PLUIE, ORAGE = "soleil", "nuageux", "pluie", "orage"

# (axe, [(OS, [(OO, [actions])])]); OS and OO labels as the seeds write them,
# without their code.  Tracking values (statuses, progress, dates, amounts)
# are invented, plausible, and fixed here.
PLAN = [
	("Action sociale et logement", [
		("Être un CPAS juste dans son action sociale", [
			("Maintenir, développer et renforcer les partenariats avec le milieu associatif local", [
				A("Participer tous les trimestres aux plateformes ISP",
				  "En cours", 0.6, "M. Lambert", "Insertion", "2024-12-31",
				  meteo=(NUAGEUX, SOLEIL, NUAGEUX)),
				A("Présenter tous les 2 ans notre Centre aux services sociaux de la région lors d'une après-midi",
				  "Terminé", 1.0, "Mme Collignon", "Service social", "2022-06-30", 250, "831/123-16",
				  engage=240, meteo=(SOLEIL, SOLEIL, SOLEIL)),
				A("Augmenter à raison de 20% le nombre de conventions de partenariat avec le milieu associatif Virtonnais",
				  "À démarrer", None, "Mme Collignon", "Service social", "2023-12-31"),
			]),
			("Doter le CPAS d'un budget de référence avant la mi-législature", [
				A("Elaborer le budget de référence et appliquer cette situation budgétaire systématiquement pour l'analyse de toutes les demandes de prise en charge, en tenant compte d'indicateurs correspondant aux besoins fondamentaux communs et d'indicateurs spécifiques aux situations",
				  "Terminé", 1.0, "Mme Gérard", "Finances", "2021-06-30", 1500, "831/123-48",
				  engage=1500, meteo=(SOLEIL, SOLEIL, SOLEIL)),
			]),
			("Renforcer la proximité avec les usagers par une décentralisation des actions", [
				A("Organiser une fois tous les trimestres une permanence dans un des villages de la commune de Virton",
				  "Abandonné", None, "Mme Dupont", "Service social", "2022-06-30"),
				A("Maintenir le rythme de minimum une visite à domicile par an chez chaque bénéficiaire du Centre",
				  "En cours", 0.7, "Mme Collignon", "Service social", "2024-12-31",
				  meteo=(NUAGEUX, NUAGEUX, NUAGEUX)),
			]),
		]),
		("Être un CPAS qui lutte contre la pauvreté infantile", [
			("Mettre en place chaque année des actions préventives concernant la santé, la scolarité, le bien-être, et l'épanouissement des enfants/des adolescents", [
				A("Organiser annuellement une rencontre avec les directions des écoles et les PMS de la commune de Virton pour échanger sur les différentes actions mises en place via le subside participation et activation sociale et prendre connaissance de leurs besoins",
				  "En cours", 0.5, "Mme Dupont", "Service social", "2024-12-31",
				  meteo=(SOLEIL, SOLEIL, SOLEIL)),
				A("Adapter les interventions selon les besoins spécifiques des familles en augmentant de minimum de 5% les prises en charge individuelles pour lutter contre la pauvreté infantile",
				  "En cours", 0.35, "Mme Dupont", "Service social", "2023-12-31", 12000, "831/332-02",
				  engage=4800, meteo=(NUAGEUX, SOLEIL, NUAGEUX)),
				A("Organiser toutes les actions reprises sur la note annuelle du subside \"Participation et activation sociale\" avalisée par le Conseil de l'action sociale",
				  "Fait", None, "Mme Dupont", "Service social", "2021-12-31", 2500.5, "831/124-48",
				  engage=2500.5),
			]),
			("Développer des actions préventives en faveur des parents", [
				A("Organiser au minimum deux activités par an pour promouvoir l'accès à la culture, aux loisirs (article 27, accès à la piscine, cinéma, centres culturels, ...) dans le cadre du service d'insertion sociale",
				  "Non commencé", 0.0, "M. Lambert", "Insertion", "2022-12-31", 1500, "832/124-48",
				  meteo=(PLUIE, SOLEIL, PLUIE)),
			]),
		]),
		("Être un CPAS permettant l'accès à un logement digne", [
			("Créer un pôle logement", [
				A("Signer les conventions relatives aux logements de transit et d'insertion",
				  "En attente", 0.2, "Mme Marchal", "Logement", "2023-06-30",
				  meteo=(PLUIE, NUAGEUX, PLUIE)),
				A("Mettre en place une procédure de suivi des personnes se trouvant dans les logements de transit et d'insertion",
				  "Terminé", 1.0, "Mme Marchal", "Logement", "2021-12-31"),
			]),
			("Développer les actions du service énergie favorisant l'accès du public du CPAS vers un logement digne et durable", [
				A("Augmenter le nombre de bilans énergétiques réalisés chez les citoyens",
				  "En cours", 0.45, "M. Henrion", "Énergie", "2023-12-31", 850, "831/124-06",
				  engage=300, meteo=(NUAGEUX, SOLEIL, NUAGEUX)),
				A("Mettre en place un atelier avec le SIS afin de faire passer un message à l'ensemble des bénéficiaires concernant les économies d'énergie",
				  "Reporté", 0.0, "M. Henrion", "Énergie", "2024-03-31"),
			]),
			("Développer la lutte contre les marchands de sommeil en collaboration étroite avec les services de la Ville", [
				A("Signer un protocole de collaboration avec la Ville et le Parquet concernant la lutte contre les marchands de sommeil",
				  "Bloqué", 0.25, "Directeur général", "Direction générale", "2022-12-31",
				  meteo=(ORAGE, NUAGEUX, ORAGE)),
			]),
		]),
	]),
	("Insertion, lien social et aînés", [
		("Être un CPAS créatif et novateur dans les missions liées à l'insertion socio-professionnelle", [
			("Accompagner les bénéficiaires en vue de leur émancipation du CPAS", [
				A("Inscrire systématiquement les bénéficiaires du service ISP aux ateliers organisés par le Forem",
				  "Permanent", 0.5, "M. Lambert", "Insertion", "2024-12-31",
				  meteo=(SOLEIL, SOLEIL, SOLEIL)),
				A("Organiser au minimum 3 modules collectifs par an liés au subside \"Participation et activation sociale\"",
				  "En cours", 0.7, "M. Lambert", "Insertion", "2023-12-31", 1200, "832/124-02",
				  engage=950, meteo=(NUAGEUX, PLUIE, PLUIE)),
				A("Remettre en place une convention de partenariat avec la Mirelux",
				  "Réalisé", 1.0, "M. Lambert", "Insertion", "2022-06-30"),
			]),
			("Renforcer l'insertion socio-professionnelle", [
				A("Optimaliser les contrats d'insertion par le travail",
				  "En cours", 0.4, "équipe sociale + DG", "Service social", "2024-12-31",
				  meteo=(NUAGEUX, NUAGEUX, NUAGEUX), taches=[
					A("Développer et améliorer le partenariat avec INTEGRA+ : fixer une réunion avec le responsable INTEGRA",
					  "En cours", 0.5, "équipe sociale + DG", "Service social", "2020-12-31"),
					A("Faire régulièrement le point sur les dossiers des personnes qui sont dans des parcours d'insertion et en rendre compte au DG",
					  "Permanent", 0.3, "équipe sociale", "Service social", None),
				]),
			]),
			("Soutenir les jeunes dans leur parcours d'étudiant", []),
		]),
		("Être un CPAS proche de ses aînés", [
			("Créer un pôle personnes âgées", [
				A("Participer aux réunions de la commission consultative communale des aînés (CCCA)",
				  "En cours", 0.6, "Mme Marchal", "Aînés", "2024-12-31"),
				A("Créer un dépliant avec les aides dont peuvent bénéficier les personnes âgées",
				  "Terminé", None, "M. Henrion", "Communication", "2021-06-30", 600, "831/123-02",
				  engage=585),
			]),
			("Dynamiser les services de maintien à domicile", [
				A("Améliorer les services de proximité : repas à domicile – mobilité",
				  "En cours", 0.3, "responsable social et DG", "Service social", "2020-01-31",
				  meteo=(PLUIE, NUAGEUX, PLUIE), taches=[
					A("Organiser des réunions avec les responsables administratifs et techniques des Arches et du CPAS de Hotton afin de déterminer sous quelles formes les repas seront livrés aux utilisateurs en 2020",
					  "Terminé", 1.0, "responsable social des repas et DG", "Service social", "2020-01-31"),
					A("Maintenir la qualité du service mobilité : évaluer le coût et la qualité du service",
					  "En cours", 0.5, "responsable social et DG", "Service social", "2020-01-31"),
					A("Organiser une rencontre trimestrielle avec les chauffeurs et les responsables administratif et social du service",
					  "Permanent", None, "responsable social et service administratif", "Service social", None),
				]),
				A("Réaliser une étude de marché pour estimer les besoins de la population pour les services d'aides à la personne et un plan financier correspondant",
				  "Non commencé", None, "Mme Gérard", "Finances", "2023-06-30", 5000, "831/122-01"),
				A("Créer un règlement unique pour les services d'aide au maintien à domicile (en fonction des résultats de l'étude de marché et de l'analyse financière)",
				  "En attente", None, "Mme Gérard", "Direction générale", "2024-06-30"),
			]),
		]),
		("Être un CPAS qui lutte contre l'isolement et qui développe ses services d'aides à la personne", [
			("Maintenir et créer des activités et des services venant en aide aux personnes", [
				A("Promouvoir le Taxi social et étendre son utilisation de sorte à approcher un volume d'emploi égal à +/- 1 ETP",
				  "En cours", 0.55, "Directeur général", "Taxi social", "2022-12-31", 3200, "831/127-03",
				  engage=2100, meteo=(NUAGEUX, ORAGE, ORAGE)),
				A("Aménager dans le planning du Taxi-Social au moins un demi-jour par semaine destiné aux courses et divers magasins",
				  "Terminé", 1.0, "Service social", "Taxi social", "2021-09-30"),
			]),
			("Développer une politique de renforcement du lien social", [
				A("Poursuivre et améliorer l'organisation d'activités sportives en collaboration avec les clubs de sport et le centre sportif",
				  "Permanent", 0.5, "équipe sociale", "Service social", None, 800, "831/332-02"),
				A("Offrir la possibilité aux jeunes de faire partie des mouvements de jeunesse",
				  "À démarrer", 0.0, "équipe sociale", "Service social", "2020-09-30"),
			]),
		]),
	]),
	("Administration générale", [
		("Être un CPAS de bonne gouvernance", [
			("Consolider et développer les synergies positives avec la Ville et les autres CPAS", [
				A("Lancer des marchés publics conjoints avec la Ville chaque fois que cela est envisageable",
				  "En cours", 0.4, "Mme Gérard", "Finances", "2024-12-31"),
				A("Constituer des réserves de recrutement communes Ville-CPAS",
				  "Abandonné", None, "Mme Renard", "Ressources humaines", "2022-12-31"),
				A("Organiser annuellement un évènement convivial entre les agents communaux, du CPAS et de la MR-MRS afin d'apprendre à se connaître différemment",
				  "Fait", 1.0, "Mme Renard", "Ressources humaines", "2022-06-30", 1800, "104/123-16",
				  engage=1650, meteo=(SOLEIL, SOLEIL, SOLEIL)),
				A("Organiser le recrutement d'un informaticien commun avec la Ville ou d'autres CPAS",
				  "Bloqué", 0.1, "Directeur général", "Direction générale", "2023-12-31", 45000, "104/111-01",
				  meteo=(ORAGE, PLUIE, ORAGE)),
			]),
			("Mettre sur pied des mesures permettant de réduire les dépenses quotidiennes et d'optimiser les recettes", [
				A("Mettre en place un monitoring trimestriel permettant le contrôle régulier des dépenses",
				  "En cours", 0.75, "Mme Gérard", "Finances", "2023-03-31"),
				A("Mettre en place la confection d'un budget en base zéro dès le budget 2022",
				  "Terminé", 1.0, "Mme Gérard", "Finances", "2021-10-31"),
			]),
			("Disposer d'un personnel qualifié et motivé", [
				A("Proposer des formations utiles à l'exercice de la fonction",
				  "En cours", 0.5, "DG", "Ressources humaines", "2020-12-31", 3000, "104/123-17",
				  engage=1200, taches=[
					A("Définir en concertation les besoins de formation et les budgéter",
					  "Terminé", 1.0, "DG + équipe sociale et administrative", "Ressources humaines", "2019-12-31"),
					A("Elaborer un plan de formation",
					  "En cours", 0.6, "DG", "Ressources humaines", "2019-12-31"),
					A("Poursuivre l'optimalisation de l'utilisation des logiciels métiers",
					  "En cours", 0.4, "Deux membres de l'équipe sociale et administrative", "Ressources humaines",
					  "2020-12-31", 3000, "104/123-13"),
				]),
				A("Assurer un environnement agréable et sûr pour les travailleurs : politique de bien-être au travail avec Mensura",
				  "En cours", 0.2, "DG + un membre de l'équipe administrative", "Ressources humaines", "2020-12-31",
				  1250, "104/123-14"),
			]),
			("Se munir d'un plan de communication interne et externe efficace et dynamique", [
				A("Diffuser des communications à destination du personnel dans le but de les impliquer davantage dans la vie du Centre via la création \"d'un journal du personnel\"",
				  "À démarrer", None, "M. Henrion", "Communication", "2023-12-31"),
				A("Alimenter mensuellement le site internet du CPAS par des \"flashes infos\"",
				  "Permanent", 0.8, "M. Henrion", "Communication", "2024-12-31",
				  meteo=(SOLEIL, SOLEIL, SOLEIL)),
			]),
		]),
		("Être un CPAS accueillant et accessible", [
			("Aménager l'accès aux personnes à mobilité réduite", [
				A("Organiser les entretiens avec les personnes à mobilité réduite dans un local de l'administration communale, la salle du Conseil et des Mariages par exemple",
				  "En cours", 0.5, "Service social", "Service social", "2020-12-31"),
				A("Acheter un ordinateur portable qui sera connecté sur le réseau informatique du CPAS",
				  "Terminé", 1.0, "Directeur général", "Secrétariat", "2020-12-31", 850, "104/742-53",
				  engage=799),
			]),
			("Améliorer l'accueil et confortabiliser le déroulement des entretiens sociaux", [
				A("Apporter quelques modifications à la porte d'accès aux bureaux pour en faciliter l'ouverture",
				  "Non commencé", 0.0, "Directeur général", "Secrétariat", "2022-06-30", 2200, "104/724-51"),
				A("Remplacer les téléphones défectueux et acquérir un téléphone supplémentaire en tenant compte des caractéristiques de la centrale téléphonique",
				  "Terminé", None, "Directeur général", "Secrétariat", "2021-03-31", 640, "104/742-98"),
			]),
		]),
		("Être un CPAS \"durable\" actif dans la lutte contre le changement climatique", [
			("Consommer de façon éco-responsable concernant l'énergie, les déplacements, la gestion des déchets et les achats divers", [
				A("Etablir une procédure de sensibilisation du personnel relative au tri des déchets",
				  "Terminé", 1.0, "M. Henrion", "Énergie", "2021-12-31"),
				A("Etablir une procédure d'utilisation des vélos électriques",
				  "En cours", 0.3, "M. Henrion", "Énergie", "2023-06-30", 4200, "104/744-51"),
				A("Commander et utiliser des produits écologiques dans la buanderie et le nettoyage des bâtiments",
				  "En cours", 0.65, "Mme Marchal", "MR-MRS", "2024-12-31", 2750, "834/124-02",
				  engage=1300, meteo=(SOLEIL, NUAGEUX, NUAGEUX)),
			]),
			("Réduire la facture énergétique de 5% à 10 % des bâtiments du CPAS", [
				A("Réaliser un audit énergétique du bâtiment administratif du CPAS",
				  "En attente", 0.1, "M. Henrion", "Énergie", "2022-12-31", 6500, "104/122-02",
				  meteo=(PLUIE, SOLEIL, PLUIE)),
				A("Isoler le plancher du grenier du logement d'urgence et couloir de l'accueil (sas d'entrée)",
				  "À démarrer", None, "M. Henrion", "Patrimoine", "2024-06-30", 18500, "104/723-51"),
			]),
			("Réduire la consommation et la facture d'eau", []),
		]),
	]),
]

# The commune's plan, for L12 only (items of Virton's PST communal linked to
# the CPAS's in the seed plan).
COMMUNE = [
	("Commune", [
		("Être une commune qui garantit un accès au logement digne, adapté, salubre et de qualité", [
			("Lutter contre les « marchands de sommeil »", [
				A("Etudier, désigner en externe ou former en interne un agent constatateur en matière d'urbanisme et logement",
				  "En cours", 0.5, "M. Poncin", "Urbanisme", "2023-12-31", 4000, "930/122-48"),
				A("Identifier les logements insalubres",
				  "En cours", 0.3, "M. Poncin", "Urbanisme", "2024-06-30"),
				A("Combattre les logements insalubres",
				  "À démarrer", None, "M. Poncin", "Urbanisme", "2024-12-31"),
			]),
		]),
		("Être une commune qui revitalise l'économie locale", [
			("Prendre en compte des besoins de la société qui ne sont couverts ni par un marché ni par l'Etat", [
				A("Suivre et participer à l'évolution du projet « Territoire zéro chômeur de longue durée »",
				  "Permanent", 0.4, "Mme Thiry", "Développement local", "2024-12-31"),
			]),
		]),
		("Être une administration communale qui développe une gestion optimale de ses ressources humaines", [
			("Renforcer le sentiment d'appartenance au service public communal", [
				A("Organiser des évènements communs pour l'ensemble du personnel communal et du CPAS",
				  "Terminé", 1.0, "Mme Lejeune", "Ressources humaines", "2022-06-30", 1800, "104/123-16"),
			]),
			("Améliorer la communication interne", [
				A("Poursuivre la tenue des comités de direction conjoints Ville-CPAS conformément aux dispositions légales",
				  "Permanent", None, "Directrice générale", "Direction générale", None),
			]),
		]),
		("Être une administration communale centrée sur les besoins de la population", [
			("Améliorer l'accueil des habitants", [
				A("Mener une réflexion sur le besoin d'organiser un service mobile administrativo-social cogéré par l'Administration communale et le CPAS à destination des citoyens les plus reculés du centre",
				  "En attente", None, "Directrice générale", "Direction générale", "2023-12-31"),
			]),
		]),
	]),
]

# ------------------------------------------------------------------ views

class Obj:
	"""An OS or OO of a layout, with the code this layout gives it.  An OO
	marked direct is no objective: it holds the actions written directly
	under their OS (L53)."""

	def __init__(self, code, label, children, axe=None, axe_no=None, direct=False):
		self.code, self.label, self.children = code, label, children
		self.axe, self.axe_no = axe, axe_no
		self.direct = direct


def view(model, axes, numbering="suite", keep_empty=True, restart=()):
	"""The OS of the given axes (1-based), numbered in sequence through the
	layout ("suite") or again from 1 under every axe ("axe"), and again from
	1 at every axe listed in restart; each OS holds its OO, each OO
	[(code, Action)].  keep_empty=False drops the OO that have no action."""
	out = []
	n = 0
	for ax in axes:
		axe, oss = model[ax - 1]
		if numbering == "axe" or ax in restart:
			n = 0
		for os_label, oos in oss:
			n += 1
			children = []
			m = 0
			for oo_label, actions in oos:
				if not actions and not keep_empty:
					continue
				m += 1
				code = "%d.%d" % (n, m)
				children.append(Obj(code, oo_label,
				                    [("%s.%d" % (code, k), a) for k, a in enumerate(actions, 1)]))
			out.append(Obj(str(n), os_label, children, axe, ax))
	return out


def actions_of(oss):
	for os_ in oss:
		for oo in os_.children:
			for code, a in oo.children:
				yield os_, oo, code, a


# ------------------------------------------------------------------ truth

TRUTH_HEADER = ["entite", "os", "oo", "action", "parent", "statut", "avancement",
                "responsable", "budget", "article", "fin"]
VOLET_HEADER = TRUTH_HEADER + ["volet"]		# a layout whose OS belong to volets
OBJ_HEADER = ["entite", "type", "label", "os", "actions", "avancement"]
REF_HEADER = OBJ_HEADER + ["ref"]		# a layout whose objectives have codes and no label


def num(v):
	if v is None:
		return ""
	s = "%.2f" % v
	return s.rstrip("0").rstrip(".") if "." in s else s


def frac(v):
	return "" if v is None else "%g" % v


def expected_mean(rows):
	"""The rule of tests/import/pstcheck.py (kept in step by hand: the
	generator must not depend on the scorer)."""
	total = n = 0
	for r in rows:
		if r["statut"] == "ANNULE_ABANDONNE":
			continue
		if r["statut"] == "TERMINE":
			v = 1.0
		elif r["avancement"] != "":
			v = float(r["avancement"])
		elif r["statut"] == "NON_COMMENCE":
			v = 0.0
		else:
			continue
		total += v
		n += 1
	return total / n if n else None


def truth_row(entite, os_, oo, a, parent="", bare=False):
	"""bare: the action is only a label over its sous-actions (L15): its row
	holds no value of its own."""
	if bare:
		return dict(entite=entite, os=os_.label, oo=oo.label, action=a.label, parent=parent,
		            statut="", avancement="", responsable="", budget="", article="", fin="")
	return dict(entite=entite, os=os_.label, oo=oo.label, action=a.label, parent=parent,
	            statut=a.statut, avancement=frac(a.av), responsable=a.resp or "",
	            budget=num(a.budget), article=a.article or "",
	            fin=a.fin.isoformat() if a.fin else "")


def write_truth(name, plans, forme, taches=False, volets=None, bare=True, sortie=0, doutes=(), refs=False):
	"""plans: [(entité, oss)].  taches: the layout renders the sous-actions
	(and, when bare, an action with sous-actions holds no value of its own).
	volets: {OS label: "interne" or "externe"}, written in a last column
	volet.  refs: the objectives' codes in a last column ref of
	L.objectifs.tsv (L42: objectives without label).  An OO marked direct
	is not written: its actions are under their OS only, and the truth has
	the OO without label the importer makes to carry them.  sortie, doutes:
	as write_expect."""
	rows, objs = [], []
	for entite, oss in plans:
		under = {}	# id of an OS or OO: its rows
		for os_, oo, code, a in actions_of(oss):
			first = len(rows)
			if taches and a.taches:
				rows.append(truth_row(entite, os_, oo, a, bare=bare))
				for t in a.taches:
					rows.append(truth_row(entite, os_, oo, t, parent=a.label))
			else:
				rows.append(truth_row(entite, os_, oo, a))
			if volets is not None:
				rows[-1]["volet"] = volets[os_.label]
			for o in (os_, oo):
				under.setdefault(id(o), []).extend(rows[first:])
		for os_ in oss:
			mine = under.get(id(os_), [])
			objs.append(dict(entite=entite, type="OS", label=os_.label, os="",
			                 actions=str(sum(1 for r in mine if not r["parent"])),
			                 avancement=frac_mean(mine), ref=os_.code))
			for oo in os_.children:
				# Actions written under their OS only: the canonical plan
				# holds them in an OO without label, made to carry them.
				sub = under.get(id(oo), [])
				objs.append(dict(entite=entite, type="OO", label=oo.label, os=os_.label,
				                 actions=str(sum(1 for r in sub if not r["parent"])),
				                 avancement=frac_mean(sub), ref=oo.code))
	# an action's label is unique in its entity, a sous-action's under its action
	labels = [(r["entite"], r["parent"], r["action"]) for r in rows]
	assert len(labels) == len(set(labels)), "action labels not unique in " + name
	n = sum(1 for r in rows if not r["parent"])
	assert n >= 15, "%s: %d actions" % (name, n)
	stem = os.path.join(HERE, name)
	write_tsv(stem + ".truth.tsv", TRUTH_HEADER if volets is None else VOLET_HEADER, rows)
	write_tsv(stem + ".objectifs.tsv", REF_HEADER if refs else OBJ_HEADER, objs)
	write_expect(name, forme, sortie, doutes)


def write_expect(name, forme, sortie=0, doutes=(), comptes=()):
	"""L.expect: the hierarchy form, the exit status, then the doubts that
	`pst import L --explique` must state (a text each) and, for a layout
	scored by its counts only, the counts [(OS, OO, actions or sous-actions, n)]."""
	with open(os.path.join(HERE, name) + ".expect", "w", encoding="utf-8") as f:
		f.write("forme %s\nsortie %d\n" % (forme, sortie))
		for d in doutes:
			assert "\n" not in d, d
			f.write("doute %s\n" % d)
		for k, v in comptes:
			f.write("compte %s %d\n" % (k, v))


def write_counts(name, forme, sortie, doutes, comptes):
	"""A layout scored by its counts only (L37: the same plan on a sheet per
	year, where no one row per action is the truth): empty truth files, the
	counts and the doubts in L.expect."""
	stem = os.path.join(HERE, name)
	write_tsv(stem + ".truth.tsv", TRUTH_HEADER, [])
	write_tsv(stem + ".objectifs.tsv", OBJ_HEADER, [])
	write_expect(name, forme, sortie, doutes, comptes)


def frac_mean(rows):
	v = expected_mean(rows)
	return "" if v is None else "%.12g" % v


def write_tsv(path, header, rows):
	with open(path, "w", encoding="utf-8", newline="\n") as f:
		f.write("\t".join(header) + "\n")
		for r in rows:
			assert all("\t" not in r[h] and "\n" not in r[h] for h in header), r
			f.write("\t".join(r[h] for h in header) + "\n")


# ------------------------------------------------------------------ cell values

def c_date(d):
	return "{date}%s" % d.isoformat() if d else ""


def c_pct(v):
	return "{pct}%g" % v if v is not None else ""


def c_eur(v):
	return "{eur}%g" % v if v is not None else ""


def c_formula(expr, fmt=None):
	"""A formula cell ("=SUBTOTAL(9,I3:I20)"), its value computed, with an
	optional format (date, pct, eur)."""
	return "{formula%s}%s" % (":" + fmt if fmt else "", expr)


def c_num(v):
	"""A plain number cell, without a format."""
	return "%.15g" % v if v is not None else ""


def c_text(s):
	"""A text cell whatever it looks like."""
	return "'" + s if s else ""


def fr_date(d):
	return d.strftime("%d/%m/%Y") if d else ""


def fr_pct(v, sep=" "):
	return "" if v is None else "%g%s%%" % (round(v * 100, 6), sep)


def fr_amount(v):
	"""1500 → "1500", 2500.5 → "2500,50"."""
	if v is None:
		return ""
	return ("%d" % v) if v == int(v) else ("%.2f" % v).replace(".", ",")


def row_of(values):
	"""A grid row of Cell (None for an empty cell) from raw strings."""
	return [Cell(v) if v not in (None, "") else None for v in values]


# ------------------------------------------------------------------ writers

FIXED_STAMP = "2023-06-30T00:00:00Z"


def normalise_zip(path):
	"""Fixed dates in the zip entries and in the document's creation date,
	so that a second run writes the same bytes."""
	with zipfile.ZipFile(path) as z:
		entries = [(i, z.read(i.filename)) for i in z.infolist()]
	buf = io.BytesIO()
	with zipfile.ZipFile(buf, "w") as z:
		for info, data in entries:
			if info.filename in ("meta.xml", "docProps/core.xml"):
				data = re.sub(rb"(<meta:creation-date>|<dcterms:created[^>]*>|<dcterms:modified[^>]*>|<meta:date>)[^<]*",
				              lambda m: m.group(1) + FIXED_STAMP.encode(), data)
			zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
			zi.compress_type = info.compress_type
			zi.external_attr = 0o100644 << 16
			zi.create_system = 3
			z.writestr(zi, data)
	with open(path, "wb") as f:
		f.write(buf.getvalue())


def write_book(name, sheets, bold_rows=(), merges=None, indents=None, hidden=None, freeze=None,
               shades=None, wraps=None, filters=None, hidden_rows=None):
	"""sheets: [(sheet name, rows of raw values)]; bold_rows: ids of rows to
	write in bold; merges, indents, hidden, freeze, shades, wraps, filters,
	hidden_rows: per sheet name, as build.gnumeric.  A target that is no zip
	(.xls) is written as ssconvert writes it."""
	grids = [(n, [row_of(r) for r in rows]) for n, rows in sheets]
	bold_ids = set()
	for (n, rows), (_, grid) in zip(sheets, grids):
		for r, g in zip(rows, grid):
			if id(r) in bold_rows:
				bold_ids.add(id(g))
	target = os.path.join(HERE, name)
	build.convert(grids, target, lambda row: id(row) in bold_ids, merges=merges, indents=indents,
	              hidden=hidden, freeze=freeze, shades=shades, wraps=wraps, filters=filters,
	              hidden_rows=hidden_rows)
	if zipfile.is_zipfile(target):
		normalise_zip(target)


def csv_field(s, sep, quote_all=False):
	if quote_all or any(ch in s for ch in sep + '"\n') or s != s.strip():
		return '"' + s.replace('"', '""') + '"'
	return s


def write_text_csv(name, rows, sep, encoding, eol, quote_all=False):
	"""quote_all: every field between quotes, as some exports write them (L49)."""
	width = max(len(r) for r in rows)
	target = os.path.join(HERE, name)
	with open(target, "w", encoding=encoding, newline="") as f:
		for r in rows:
			r = list(r) + [""] * (width - len(r))
			f.write(sep.join(csv_field(v or "", sep, quote_all) for v in r) + eol)


def write_belgian_csv(name, rows):
	"""As a Belgian Excel saves "CSV UTF-8" (build.py's writer)."""
	build.write_csv([row_of(["'" + v if v else "" for v in r]) for r in rows],
	                os.path.join(HERE, name))


# ------------------------------------------------------------------ layouts

def stem(name):
	return name.rsplit(".", 1)[0]


def l01():
	"""Title rows, synonyms in the header, a totals and a notes row below."""
	name = "L01-synonymes.xlsx"
	oss = view(PLAN, [1, 2, 3])
	head = ["O.S.", "O.O.", "Projets / actions", "Porteur", "Échéancier", "Réalisation %",
	        "Coût", "Imputation budgétaire", "État"]
	rows = [["CPAS de Virton"], ["Programme stratégique transversal 2019-2024"], [], head]
	bold = {id(rows[0]), id(rows[1]), id(head)}
	total = 0
	for os_ in oss:
		for oo in os_.children:
			hier = ["OS %s : %s" % (os_.code, os_.label), "OO %s : %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				rows.append(hier + [a.label, a.resp, c_date(a.fin), c_pct(a.av), c_eur(a.budget),
				                    a.article or "", a.etat or ""])
				total += a.budget or 0
	tot = ["Total", "", "", "", "", "", c_eur(total)]
	rows.append(tot)
	bold.add(id(tot))
	rows.append(["Source : service finances, mise à jour du 30/06/2023"])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l02():
	"""A header on two rows, the group cells merged across their columns."""
	name = "L02-entete-deux-lignes.ods"
	oss = view(PLAN, [1, 2])
	top = ["Objectifs", "", "Action", "Pilote", "Échéance", "Statut", "Avancement",
	       "Météo", "", "", "Budget", "", ""]
	sub = ["Stratégique", "Opérationnel", "", "", "", "", "",
	       "Délais", "Ressources", "Globale", "Prévu", "Engagé", "Article"]
	rows = [["Suivi du Programme stratégique transversal – situation au 30/06/2023"], [], top, sub]
	merges = ["A3:B3", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:J3", "K3:M3"]
	for os_ in oss:
		for oo in os_.children:
			hier = ["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				m = a.meteo or ("", "", "")
				rows.append(hier + [a.label, a.resp, c_date(a.fin), a.etat or "", c_pct(a.av),
				                    m[0], m[1], m[2], c_eur(a.budget), c_eur(a.engage), a.article or ""])
	write_book(name, [("Suivi", rows)], {id(rows[0]), id(top), id(sub)}, merges={"Suivi": merges})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l03():
	"""Headers that say nothing: the roles come from the contents."""
	name = "L03-roles-par-contenu.csv"
	oss = view(PLAN, [2, 3])
	rows = [["Col%d" % i for i in range(1, 10)]]
	for os_ in oss:
		for oo in os_.children:
			hier = ["O.S. %s : %s" % (os_.code, os_.label), "O.O. %s : %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				rows.append(hier + [a.label, a.resp, a.etat or "", fr_pct(a.av), fr_date(a.fin),
				                    fr_amount(a.budget) + " €" if a.budget is not None else "",
				                    a.article or ""])
	write_belgian_csv(name, rows)
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l04():
	"""The field case: Axe, OS and OO written on the first row of their group
	only, OS numbered again from 1 under every axe, OO without action."""
	name = "L04-recopie-axes.xlsx"
	oss = view(PLAN, [1, 2, 3], numbering="axe")
	head = ["Axe", "OS", "OO", "Action", "Responsable", "Échéance", "Statut", "Avancement",
	        "Budget", "Article"]
	rows = [head]
	last_axe = None
	for os_ in oss:
		first_os = True
		for oo in os_.children:
			first_oo = True
			for code, a in (oo.children or [(None, None)]):
				axe = "Axe %d : %s" % (os_.axe_no, os_.axe) if os_.axe_no != last_axe else ""
				last_axe = os_.axe_no
				r = [axe, "OS %s - %s" % (os_.code, os_.label) if first_os else "",
				     "OO %s - %s" % (oo.code, oo.label) if first_oo else ""]
				first_os = first_oo = False
				if a:
					r += [a.label, a.resp, c_date(a.fin), a.etat or "", c_pct(a.av),
					      c_eur(a.budget), a.article or ""]
				rows.append(r)
	write_book(name, [("Plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "recopiées")


def l05():
	"""OS and OO cells merged down over the rows of their group."""
	name = "L05-fusion.xlsx"
	oss = view(PLAN, [1, 3])
	head = ["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Service",
	        "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	merges = []
	for os_ in oss:
		os_first = len(rows)
		for oo in os_.children:
			oo_first = len(rows)
			for code, a in (oo.children or [(None, None)]):
				r = ["OS %s - %s" % (os_.code, os_.label) if len(rows) == os_first else "",
				     "OO %s - %s" % (oo.code, oo.label) if len(rows) == oo_first else ""]
				if a:
					r += [a.label, a.resp, a.service, c_date(a.fin), a.etat or "", c_pct(a.av),
					      c_eur(a.budget), a.article or ""]
				rows.append(r)
			if len(rows) - oo_first > 1:
				merges.append("B%d:B%d" % (oo_first + 1, len(rows)))
		if len(rows) - os_first > 1:
			merges.append("A%d:A%d" % (os_first + 1, len(rows)))
	write_book(name, [("Plan d'actions", rows)], {id(head)}, merges={"Plan d'actions": merges})
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l06():
	"""A header row, then banner rows for the OS and OO above their actions."""
	name = "L06-bandeaux.ods"
	oss = view(PLAN, [1, 2, 3])
	head = ["Action", "Pilote", "Service", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	bold = {id(head)}
	for os_ in oss:
		r = ["OS %s – %s" % (os_.code, os_.label)]
		rows.append(r)
		bold.add(id(r))
		for oo in os_.children:
			r = ["OO %s – %s" % (oo.code, oo.label)]
			rows.append(r)
			bold.add(id(r))
			for code, a in oo.children:
				rows.append([a.label, a.resp, a.service, c_date(a.fin), a.etat or "", c_pct(a.av),
				             c_eur(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "bandeaux")


def l07():
	"""One sheet per OS, a title row naming it, then an OO column."""
	name = "L07-feuille-par-os.xlsx"
	oss = view(PLAN, [1, 2, 3])
	sheets, bold = [], set()
	for os_ in oss:
		title = ["Objectif stratégique %s : %s" % (os_.code, os_.label)]
		head = ["Objectif opérationnel", "Action", "Responsable", "Échéance", "Statut",
		        "Avancement", "Budget", "Article"]
		rows = [title, [], head]
		bold |= {id(title), id(head)}
		for oo in os_.children:
			hier = ["OO %s - %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				rows.append(hier + [a.label, a.resp, c_date(a.fin), a.etat or "", c_pct(a.av),
				                    c_eur(a.budget), a.article or ""])
		sheets.append(("OS%s" % os_.code, rows))
	write_book(name, sheets, bold)
	write_truth(stem(name), [(stem(name), oss)], "feuilles")


def l08():
	"""One outline column N° (1, 1.1, 1.1.1), one Libellé column for every level."""
	name = "L08-numerotation.csv"
	oss = view(PLAN, [1, 2])
	rows = [["N°", "Libellé", "Pilote", "Échéance", "Statut", "Avancement", "Budget", "Article"]]
	for os_ in oss:
		rows.append([os_.code, os_.label])
		for oo in os_.children:
			rows.append([oo.code, oo.label])
			for code, a in oo.children:
				rows.append([code, a.label, a.resp, fr_date(a.fin), a.etat or "", fr_pct(a.av),
				             fr_amount(a.budget), a.article or ""])
	write_belgian_csv(name, rows)
	write_truth(stem(name), [(stem(name), oss)], "numérotation")


def l09():
	"""A Niveau column (OS / OO / Action) and one Libellé column."""
	name = "L09-colonne-niveau.ods"
	oss = view(PLAN, [2, 3])
	head = ["Niveau", "Libellé", "Responsable", "Service", "Échéance", "Statut", "Avancement",
	        "Budget", "Article"]
	rows = [head]
	for os_ in oss:
		rows.append(["OS", os_.label])
		for oo in os_.children:
			rows.append(["OO", oo.label])
			for code, a in oo.children:
				rows.append(["Action", a.label, a.resp, a.service, c_date(a.fin), a.etat or "",
				             c_pct(a.av), c_eur(a.budget), a.article or ""])
	write_book(name, [("Plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "niveaux")


def l10():
	"""One Intitulé column; the level is the cell's indent only (0, 1, 2)."""
	name = "L10-retraits.xlsx"
	oss = view(PLAN, [1, 3])
	head = ["Intitulé", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]
	rows = [head]
	indents = {}
	for os_ in oss:
		rows.append([os_.label])
		for oo in os_.children:
			indents[(len(rows), 0)] = 1
			rows.append([oo.label])
			for code, a in oo.children:
				indents[(len(rows), 0)] = 2
				rows.append([a.label, a.resp, c_date(a.fin), a.etat or "", c_pct(a.av),
				             c_eur(a.budget), a.article or ""])
	write_book(name, [("PST", rows)], {id(head)}, indents={"PST": indents})
	write_truth(stem(name), [(stem(name), oss)], "retraits")


def l11():
	"""Vertical fiche action blocks, keys in A and values in B."""
	name = "L11-fiches.xlsx"
	oss = view(PLAN, [1, 3], keep_empty=False)
	keys = ["Fiche action n°", "Objectif stratégique", "Objectif opérationnel", "Intitulé",
	        "Pilote", "Service", "Échéance", "Statut", "Avancement", "Budget", "Article budgétaire"]
	rows, bold = [], set()
	for i, (os_, oo, code, a) in enumerate(actions_of(oss)):
		if rows:
			rows.append([])
		colon = " :" if i % 3 == 2 else ""
		values = [c_text(code), os_.label, oo.label, a.label, a.resp, a.service, c_date(a.fin),
		          a.etat or "", c_pct(a.av), c_eur(a.budget), a.article or ""]
		for k, v in zip(keys, values):
			r = [k + colon, v]
			rows.append(r)
			if k == "Fiche action n°":
				bold.add(id(r))
	write_book(name, [("Fiches actions", rows)], bold)
	write_truth(stem(name), [(stem(name), oss)], "fiches")


def l12():
	"""Two plans in one workbook, one per sheet; the entity is the sheet name."""
	name = "L12-commune-cpas.xlsx"
	plans = [("Commune de Virton", view(COMMUNE, [1])), ("CPAS de Virton", view(PLAN, [1, 2]))]
	sheets, bold = [], set()
	for entite, oss in plans:
		head = ["OS", "OO", "Action", "Responsable", "Échéance", "Statut", "Avancement", "Budget", "Article"]
		rows = [head]
		bold.add(id(head))
		for os_ in oss:
			for oo in os_.children:
				hier = ["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label)]
				if not oo.children:
					rows.append(hier)
				for code, a in oo.children:
					rows.append(hier + [a.label, a.resp, c_date(a.fin), a.etat or "", c_pct(a.av),
					                    c_eur(a.budget), a.article or ""])
		sheets.append((entite, rows))
	write_book(name, sheets, bold)
	write_truth(stem(name), plans, "colonnes")


# L13: values in the forms people type.
AMOUNTS_13 = {1500: "1.500,00 €", 12000: "12 000 €", 850: "850", 2500.5: "2 500,50"}
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]


def amount_13(v, i):
	if v is None:
		return ""
	if v in AMOUNTS_13:
		return AMOUNTS_13[v]
	whole, cents = divmod(round(v * 100), 100)
	groups = "{:,}".format(whole)
	form = i % 3
	if form == 0:	# 1.800,00 €
		return "%s,%02d €" % (groups.replace(",", "."), cents)
	if form == 1:	# 3 200 €
		return "%s €" % groups.replace(",", " ") if not cents else "%s,%02d €" % (groups.replace(",", " "), cents)
	return ("%d" % whole) if not cents else "%d,%02d" % (whole, cents)


def pct_13(v, i):
	if v is None:
		return ""
	if v == 1:
		return "100%"
	if v == 0:
		return "0"
	p = round(v * 100, 6)
	return ["%g %%" % p, ("%g" % v).replace(".", ","), "%g" % p][i % 3]


def date_13(d, i):
	"""The date as written; what the truth holds is d."""
	if d is None:
		return ""
	last_of_month = (d + datetime.timedelta(days=1)).day == 1
	if (d.month, d.day) == (12, 31):
		return ["fin %d" % d.year, "2e semestre %d" % d.year, fr_date(d)][i % 3]
	if (d.month, d.day) == (3, 31):
		return "1er trimestre %d" % d.year
	if last_of_month and i % 2 == 0:
		return "%s %d" % (MOIS[d.month - 1], d.year)
	return fr_date(d)


def statut_13(word, i):
	if not word:
		return ""
	bare = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
	return [word, word.upper(), word.lower(), bare.upper(), bare.lower()][i % 5]


def article_13(a, i):
	if not a:
		return ""
	f, rest = a.split("/")
	eco, ss = rest.split("-")
	return [a, "%s / %s - %s" % (f, eco, ss), "%s/%s%s" % (f, eco, ss), "%s/%s.%s" % (f, eco, ss)][i % 4]


def l13():
	"""Windows-1252, ";" and decimal commas; values as people type them."""
	name = "L13-valeurs-cp1252.csv"
	oss = view(PLAN, [1, 3])
	rows = [["Objectif stratégique", "Objectif opérationnel", "Action", "Responsable", "Échéance",
	         "Statut", "Avancement", "Budget", "Article"]]
	i = 0
	for os_ in oss:
		for oo in os_.children:
			hier = ["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				rows.append(hier + [a.label, a.resp, date_13(a.fin, i), statut_13(a.etat, i),
				                    pct_13(a.av, i), amount_13(a.budget, i), article_13(a.article, i)])
				i += 1
	write_text_csv(name, rows, ";", "cp1252", "\r\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l14():
	"""UTF-8, "," between fields, quoted fields holding commas, decimal points."""
	name = "L14-virgules.csv"
	oss = view(PLAN, [1, 2, 3])
	rows = [["Objectif stratégique", "Objectif opérationnel", "Action", "Pilote", "Service",
	         "Échéance", "Statut", "Avancement", "Budget", "Article"]]
	for os_ in oss:
		for oo in os_.children:
			hier = ["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				rows.append(hier + [a.label, a.resp, a.service, a.fin.isoformat() if a.fin else "",
				                    a.etat or "", "%g" % a.av if a.av is not None else "",
				                    ("%.2f" % a.budget) if a.budget is not None else "", a.article or ""])
	write_text_csv(name, rows, ",", "utf-8", "\n")
	write_truth(stem(name), [(stem(name), oss)], "colonnes")


def l15():
	"""Actions with sous-actions in a Tâche column: the action on its first row
	only, blank on the rows of its following tasks."""
	name = "L15-sous-actions.xlsx"
	oss = view(PLAN, [2, 3])
	head = ["OS", "OO", "Action", "Tâche", "Responsable", "Échéance", "Statut", "Avancement",
	        "Budget", "Article"]
	rows = [head]
	for os_ in oss:
		for oo in os_.children:
			hier = ["OS %s - %s" % (os_.code, os_.label), "OO %s - %s" % (oo.code, oo.label)]
			if not oo.children:
				rows.append(hier)
			for code, a in oo.children:
				for k, t in enumerate(a.taches or [None]):
					v = t or a
					rows.append(hier + [a.label if k == 0 else "", t.label if t else "", v.resp,
					                    c_date(v.fin), v.etat or "", c_pct(v.av), c_eur(v.budget),
					                    v.article or ""])
	write_book(name, [("Plan", rows)], {id(head)})
	write_truth(stem(name), [(stem(name), oss)], "colonnes", taches=True)


LAYOUTS = [l01, l02, l03, l04, l05, l06, l07, l08, l09, l10, l11, l12, l13, l14, l15]


def run(layouts):
	"""Writes the layouts named on the command line, or all of them."""
	only = sys.argv[1:]
	for f in layouts:
		if not only or f.__name__ in only:
			f()


if __name__ == "__main__":
	run(LAYOUTS)
