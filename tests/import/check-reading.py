#!/usr/bin/env python3
"""check-reading.py: what `pst import` says it understood, and how the user
corrects it, as a finance officer meets it:

- a plan whose reading is doubtful is imported all the same, exits 3 and
  says why in French; its sheet "Lecture du plan" lists the doubt;
- `--explique` says the same and writes nothing;
- `--colonne`, `--entete` and `--feuille` turn a wrong or doubtful reading
  into the right plan (cell values checked), exit 0;
- the Gnumeric opener takes the same corrections from PST_LECTURE and from
  a file "<plan>.lecture" beside the plan: same Plan sheet as pst import;
- a wrong option is refused in French with exit 2, nothing written.

Usage: check-reading.py SRCDIR PST_CLI PLUGIN_PATH
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pstcheck  # noqa: E402

srcdir, pst, plugins = sys.argv[1:4]
env = pstcheck.init(plugins)
check = pstcheck.check

# Two long-text columns under headers nobody knows, beside the OS and OO:
# which one holds the actions cannot be told for sure.
DOUBTFUL = """OS;OO;Quoi;Détails;Qui;Taux
OS 1 - Être un CPAS juste;OO 1.1 - Maintenir les partenariats;Participer tous les trimestres aux plateformes ISP;Réunions à Arlon et à Virton avec les partenaires;M. Lambert;60 %
;;Présenter notre Centre aux services sociaux de la région;Une après-midi de présentation tous les deux ans;Mme Collignon;100 %
;OO 1.2 - Doter le CPAS d'un budget de référence;Élaborer le budget de référence des ménages aidés;Appliquer la grille à toutes les demandes d'aide;Mme Gérard;0 %
"""

# A title over a header that no synonym knows and that the detector
# cannot see (a number in it): only --entete finds it.
HIDDEN_HEADER = """Plan 2024;;;
;;;
Objectif;Projet;Responsable 2024;Avancement
OS 1 - Être un CPAS juste;Participer aux plateformes ISP;M. Lambert;50 %
OS 1 - Être un CPAS juste;Présenter notre Centre;Mme Collignon;100 %
"""


def run(args, extra_env=None):
    return subprocess.run([pst] + args, env=dict(env, **(extra_env or {})),
                          capture_output=True, text=True)


def write(tmp, name, text, encoding="utf-8"):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding=encoding) as f:
        f.write(text)
    return path


def plan_of(book, tmp):
    return pstcheck.export_sheet(book, "Plan", os.path.join(tmp, "plan.tsv"))


with tempfile.TemporaryDirectory() as tmp:
    doubtful = write(tmp, "doute.csv", DOUBTFUL)

    # 1. Doubtful: imported, exit 3, the doubt said and kept.
    out = os.path.join(tmp, "doute.gnumeric")
    r = run(["import", doubtful, "-o", out])
    check(r.returncode == 3, "doubtful plan: exit %d, expected 3" % r.returncode)
    check("douteuse" in r.stderr, "doubtful plan: stderr says « douteuse »: %r" % r.stderr[-200:])
    check("Doutes (" in r.stdout and "indice faible" in r.stdout,
          "doubtful plan: the weak guess is named on stdout")
    check(os.path.exists(out), "doubtful plan: the workbook is written all the same")
    if os.path.exists(out):
        lecture = pstcheck.export_sheet(out, "Lecture du plan", os.path.join(tmp, "l.tsv"))
        doubts = [l["Lecture"] for l in lecture if l["Élément"] == "Doute"]
        check(any("indice faible" in d for d in doubts), "Lecture du plan lists the doubt: %s" % doubts)
        check(any(l["Élément"] == "Hiérarchie" for l in lecture), "Lecture du plan names the hierarchy")

    # 2. --explique: the same words, nothing written.
    out2 = os.path.join(tmp, "rien.gnumeric")
    r = run(["import", doubtful, "--explique", "-o", out2])
    check(r.returncode == 3 and "Lecture du plan :" in r.stdout, "--explique prints the reading")
    check(not os.path.exists(out2), "--explique writes nothing")

    # 3. The user says which column holds what: sure, and right.
    out3 = os.path.join(tmp, "corrige.gnumeric")
    r = run(["import", doubtful, "-o", out3, "--colonne", "Quoi=action",
             "--colonne", "D=commentaire", "--colonne", "Qui=responsable"])
    check(r.returncode == 0, "corrected plan: exit %d (%s)" % (r.returncode, r.stderr.strip()[-200:]))
    if os.path.exists(out3):
        plan = plan_of(out3, tmp)
        labels = [a["Action"] for a in plan]
        check(labels[:1] == ["Participer tous les trimestres aux plateformes ISP"] and len(plan) == 3,
              "corrected plan: actions %s" % labels)
        check(plan[0]["Responsable"] == "M. Lambert", "corrected plan: responsable %r" % plan[0]["Responsable"])
        check(plan[0]["Commentaire"].startswith("Réunions à Arlon"), "corrected plan: commentaire %r" % plan[0]["Commentaire"])
        check(abs(float(plan[0]["Avancement"]) - 0.6) < 1e-9, "corrected plan: avancement %r" % plan[0]["Avancement"])
        lecture = pstcheck.export_sheet(out3, "Lecture du plan", os.path.join(tmp, "l3.tsv"))
        check(any(l["Confiance"] == "imposée" for l in lecture), "the imposed roles are recorded as such")

    # 4. --entete: a header the detector cannot see.
    hidden = write(tmp, "entete.csv", HIDDEN_HEADER)
    out4 = os.path.join(tmp, "entete.gnumeric")
    r = run(["import", hidden, "-o", out4, "--entete", "3"])
    check(r.returncode in (0, 3), "--entete: exit %d (%s)" % (r.returncode, r.stderr.strip()[-200:]))
    if os.path.exists(out4):
        plan = plan_of(out4, tmp)
        check([a["Action"] for a in plan] == ["Participer aux plateformes ISP", "Présenter notre Centre"],
              "--entete: actions %s" % [a["Action"] for a in plan])
        check(plan and plan[0]["Objectif stratégique"] == "Être un CPAS juste",
              "--entete: OS %r" % (plan[0]["Objectif stratégique"] if plan else None))

    # 5. --feuille: only that sheet of a workbook of several plans.
    layouts = os.path.join(srcdir, "tests/import/layouts/L12-commune-cpas.xlsx")
    out5 = os.path.join(tmp, "feuille.gnumeric")
    r = run(["import", layouts, "-o", out5, "--feuille", "CPAS de Virton"])
    check(r.returncode == 0, "--feuille: exit %d (%s)" % (r.returncode, r.stderr.strip()[-200:]))
    if os.path.exists(out5):
        plan = plan_of(out5, tmp)
        check(plan and {a["Entité"] for a in plan} == {"CPAS de Virton"},
              "--feuille: entities %s" % sorted({a["Entité"] for a in plan}))

    # 6. The opener, corrected by PST_LECTURE and by a file beside the plan.
    opened = os.path.join(tmp, "ouvert.gnumeric")
    subprocess.run(["ssconvert", "-I", "Gnumeric_pst:plan", doubtful, opened],
                   env=dict(env, PST_LECTURE="--colonne Quoi=action --colonne D=commentaire --colonne Qui=responsable"),
                   capture_output=True)
    if check(os.path.exists(opened) and os.path.exists(out3), "opener with PST_LECTURE wrote a workbook"):
        check(plan_of(opened, tmp) == plan_of(out3, tmp), "opener with PST_LECTURE: same Plan as pst import --colonne")
    write(tmp, "doute.csv.lecture", "--colonne Quoi=action\n--colonne D=commentaire --colonne Qui=responsable\n")
    opened2 = os.path.join(tmp, "ouvert2.gnumeric")
    subprocess.run(["ssconvert", "-I", "Gnumeric_pst:plan", doubtful, opened2], env=env, capture_output=True)
    if check(os.path.exists(opened2), "opener with doute.csv.lecture wrote a workbook"):
        check(plan_of(opened2, tmp) == plan_of(out3, tmp), "opener with a .lecture file: same Plan as pst import --colonne")
    os.remove(os.path.join(tmp, "doute.csv.lecture"))

    # 7. Wrong options: refused in French, nothing written.
    out7 = os.path.join(tmp, "refus.gnumeric")
    for args, words in ((["--colonne", "G=vitesse"], "rôle « vitesse » inconnu"),
                        (["--colonne", "sans-egal"], "--colonne attend COLONNE=RÔLE"),
                        (["--entete", "0"], "--entete attend")):
        r = run(["import", doubtful, "-o", out7] + args)
        check(r.returncode == 2 and words in r.stderr and not os.path.exists(out7),
              "%s refused in French (exit %d: %s)" % (" ".join(args), r.returncode, r.stderr.strip()))

print("reading of plans: %d passed, %d failed" % (pstcheck.passed, pstcheck.failed))
sys.exit(1 if pstcheck.failed or not pstcheck.passed else 0)
