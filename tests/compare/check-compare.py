"""check-compare.py: `pst compare` on versions of the Virton sample with
known changes.

    python3 check-compare.py SRCDIR PST PLUGINS

The sample is imported (`pst import`), its Plan sheet exported, and new
versions of it written as CSV plans (any layout pst reads):

  identity     the same rows: nothing changed;
  renumbered   every OS numbered backwards, every action within its OO
               too: nothing changed;
  edited       one change of each kind (EDITS below), references kept;
  edited-renum the edits and the renumbering together: the same changes.

Each is compared with the canonical workbook of the sample (read back by
its headers) with -o, and the sheet Évolution read back with ssconvert:
the summary's counts, every change row (level, kind, references, label,
before, after, gap, confidence, sources) and the unchanged count.
Python 3, standard library only.
"""
import csv
import datetime
import gzip
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "import"))
import pstcheck  # noqa: E402

srcdir, pst, plugins = sys.argv[1:4]
env = pstcheck.init(plugins)
check = pstcheck.check

DATE = "30/06/2024"
# Fields of the Plan sheet a CSV plan gives back (SMART is a formula,
# Source and Réf. source are the importer's own).
DROP = {"SMART", "Source", "Réf. source"}


def serial_to_text(v):
    if not v:
        return ""
    d = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(v)))
    return d.strftime("%d/%m/%Y")


def text_to_serial(t):
    d = datetime.datetime.strptime(t, "%d/%m/%Y").date()
    return (d - datetime.date(1899, 12, 30)).days


def percent(v):
    if v == "":
        return ""
    return "%g%%" % round(float(v) * 100, 6)


def read_plan(book, tmp):
    rows = pstcheck.export_sheet(book, "Plan", os.path.join(tmp, "plan.tsv"))
    header = [h for h in rows[0].keys() if h not in DROP]
    out = []
    for r in rows:
        r = {h: r[h] for h in header}
        r["Début"] = serial_to_text(r["Début"])
        r["Fin"] = serial_to_text(r["Fin"])
        r["Avancement"] = percent(r["Avancement"])
        out.append(r)
    return header, out


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        for r in rows:
            w.writerow([r[h] for h in header])


def by_ref(rows, ref):
    found = [r for r in rows if r["Réf."] == ref]
    assert len(found) == 1, ref
    return found[0]


def renumber(rows):
    """OS k of n becomes n + 1 - k; actions within an OO backwards too."""
    os_refs = sorted({int(r["Réf. OS"]) for r in rows})
    n_os = max(os_refs)
    per_oo = {}
    for r in rows:
        per_oo.setdefault(r["Réf. OO"], []).append(int(r["Réf."].split(".")[2]))
    out = []
    for r in rows:
        r = dict(r)
        os_, oo, act = r["Réf."].split(".")[:3]
        new_os = str(n_os + 1 - int(os_))
        new_act = str(max(per_oo[r["Réf. OO"]]) + 1 - int(act))
        r["Réf. OS"] = new_os
        r["Réf. OO"] = "%s.%s" % (new_os, oo)
        r["Réf."] = "%s.%s.%s" % (new_os, oo, new_act)
        out.append(r)
    return out


def edit(rows):
    """One change of each kind; returns the rows and the changes expected
    as (niveau, changement, réf. avant, réf. après, libellé, avant, après,
    écart)."""
    rows = [dict(r) for r in rows]
    exp = []
    r = by_ref(rows, "1.1.1")
    exp.append(("Action", "Avancement", "1.1.1", "1.1.1", r["Action"], "60 %", "75 %", 15))
    r["Avancement"] = "75%"
    r = by_ref(rows, "1.1.4")
    exp.append(("Action", "Statut", "1.1.4", "1.1.4", r["Action"], r["Statut"], "EN_COURS", None))
    r["Statut"] = "EN_COURS"
    r = by_ref(rows, "1.1.5")
    delay = text_to_serial("31/03/2024") - text_to_serial(r["Fin"])
    exp.append(("Action", "Dates (fin)", "1.1.5", "1.1.5", r["Action"], r["Fin"], "31/03/2024", delay))
    r["Fin"] = "31/03/2024"
    r = by_ref(rows, "1.3.3")
    old_label = r["Action"]
    r["Action"] = old_label.replace("Organiser", "Mettre en place", 1) if "Organiser" in old_label \
        else old_label + " chaque année"
    exp.append(("Action", "Renommage", "1.3.3", "1.3.3", r["Action"], old_label, r["Action"], None))
    r = by_ref(rows, "2.1.1")
    exp.append(("Action", "Météo (globale)", "2.1.1", "2.1.1", r["Action"],
                r["Météo globale"], "orage", 4 - {"soleil": 1, "nuageux": 2, "pluie": 3}[r["Météo globale"]]))
    r["Météo globale"] = "orage"
    r = by_ref(rows, "2.1.2")
    exp.append(("Action", "Statut", "2.1.2", "2.1.2", r["Action"], r["Statut"], "TERMINE", None))
    exp.append(("Action", "Avancement", "2.1.2", "2.1.2", r["Action"], r["Avancement"].replace("%", " %"),
                "100 %", round(100 - float(r["Avancement"].rstrip("%")), 6)))
    r["Statut"] = "TERMINE"
    r["Avancement"] = "100%"
    r = by_ref(rows, "2.1.3")
    exp.append(("Action", "Budget", "2.1.3", "2.1.3", r["Action"], "%s €" % r["Budget"], "900 €",
                900 - float(r["Budget"])))
    r["Budget"] = "900"
    r = by_ref(rows, "3.2.3")
    exp.append(("Action", "Article", "3.2.3", "3.2.3", r["Action"], r["Article"], "8351/124-02", None))
    r["Article"] = "8351/124-02"
    # Moved from OO 4.2 to OO 4.3, as its second action.
    r = by_ref(rows, "4.2.5")
    oo43 = next(x for x in rows if x["Réf. OO"] == "4.3")
    exp.append(("Action", "Déplacement", "4.2.5", "4.3.2", r["Action"],
                "OO 4.2 « %s »" % r["Objectif opérationnel"],
                "OO 4.3 « %s »" % oo43["Objectif opérationnel"], None))
    r["Réf. OO"] = "4.3"
    r["Objectif opérationnel"] = oo43["Objectif opérationnel"]
    r["Réf."] = "4.3.2"
    # Removed, and added.
    r = by_ref(rows, "3.1.3")
    exp.append(("Action", "Suppression", "3.1.3", "", r["Action"],
                "OO 3.1 « %s »" % r["Objectif opérationnel"], "", None))
    rows.remove(r)
    model = by_ref(rows, "2.2.1")
    new = dict(model)
    new.update({"Réf.": "2.2.2", "Action": "Créer un repair café avec les bénévoles du quartier",
                "Statut": "NON_COMMENCE", "Avancement": "0%", "Fin": "31/12/2025",
                "Article": "", "Budget": "", "Météo globale": "", "Commentaire": ""})
    rows.insert(rows.index(model) + 1, new)
    exp.append(("Action", "Ajout", "", "2.2.2", new["Action"], "",
                "OO 2.2 « %s »" % new["Objectif opérationnel"], None))
    return rows, exp


def compare(old, new, tmp, name):
    book = os.path.join(tmp, name + ".gnumeric")
    p = subprocess.run([pst, "compare", old, new, "-o", book, "--date", DATE],
                       env=env, capture_output=True, text=True)
    check(p.returncode == 0, "%s: exit 0 (got %d): %s" % (name, p.returncode, p.stderr))
    out = os.path.join(tmp, name + ".tsv")
    subprocess.run(["ssconvert", "-T", "Gnumeric_stf:stf_assistant", "-O",
                    'sheet="Évolution" separator="\t" quoting-mode=auto format=preserve',
                    book, out], env=env, check=True, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    return p.stdout, rows, book


def sheet_names(book):
    with open(book, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    gnm = "{http://www.gnumeric.org/v10.dtd}"
    return [s.find(gnm + "Name").text for s in ET.fromstring(data).iter(gnm + "Sheet")]


def sheet_parts(rows):
    """The summary lines, the change rows (dicts) and the unchanged line."""
    summary, changes, unchanged = [], [], None
    i = 0
    while i < len(rows) and (not rows[i] or rows[i][0] != "Résumé"):
        i += 1
    i += 1
    while i < len(rows) and rows[i] and rows[i][0]:
        summary.append(rows[i][0])
        i += 1
    while i < len(rows) and not (rows[i][:2] == ["Niveau", "Changement"]):
        i += 1
    header = rows[i]
    i += 1
    while i < len(rows) and rows[i] and any(rows[i]):
        changes.append(dict(zip(header, rows[i] + [""] * (len(header) - len(rows[i])))))
        i += 1
    for r in rows[i:]:
        if r and r[0].startswith(("Inchangés", "Aucun élément")):
            unchanged = r[0]
    return summary, changes, unchanged


def number(text):
    """"+15.0 pts", "-275 j", "+300.00 €", "+2" as a number."""
    t = text.replace("\u00a0", "").replace(" ", "").replace(",", "")
    for unit in ("pts", "pt", "j", "€"):
        t = t.replace(unit, "")
    return float(t)


def summary_count(summary, title):
    for line in summary:
        if line.startswith(title + " : "):
            return int(line[len(title) + 3:].split(" ")[0])
    return None


def main():
    with tempfile.TemporaryDirectory() as tmp:
        return run(tmp)


def run(tmp):
    canonical = os.path.join(tmp, "virton.gnumeric")
    subprocess.run([pst, "import", os.path.join(srcdir, "samples", "virton-pst.xlsx"),
                    "-o", canonical], env=env, check=True, stdout=subprocess.DEVNULL)
    header, rows = read_plan(canonical, tmp)
    n_actions = len(rows)
    n_objectives = len({r["Réf. OS"] for r in rows} | {r["Réf. OO"] for r in rows})

    versions = {}
    versions["identity"] = rows
    versions["renumbered"] = renumber(rows)
    edited, expected = edit(rows)
    versions["edited"] = edited
    versions["edited-renum"] = renumber(edited)
    for name, vrows in versions.items():
        write_csv(os.path.join(tmp, name + ".csv"), header, vrows)

    # Nothing changed, whatever the numbering.
    for name in ("identity", "renumbered"):
        out, sheet, _ = compare(canonical, os.path.join(tmp, name + ".csv"), tmp, name)
        summary, changes, unchanged = sheet_parts(sheet)
        check(changes and changes[0]["Niveau"] == "Aucun changement." and len(changes) == 1,
              "%s: no change row (got %d: %s)" % (name, len(changes), changes[:3]))
        check("Aucun changement." in out, "%s: pst prints « Aucun changement. »" % name)
        check(unchanged == "Inchangés : %d actions, %d objectifs" % (n_actions, n_objectives),
              "%s: unchanged line %r" % (name, unchanged))
        for title in ("Actions ajoutées", "Actions supprimées", "Actions terminées depuis",
                      "Actions en retard depuis",
                      "Actions nouvellement en difficulté (problème ou orage)"):
            check(summary_count(summary, title) == 0, "%s: %s 0 (%s)" % (name, title, summary))

    # The edits, one row each, in the order of the references.
    out, sheet, book = compare(canonical, os.path.join(tmp, "edited.csv"), tmp, "edited")
    summary, changes, unchanged = sheet_parts(sheet)
    check(len(changes) == len(expected), "edited: %d change rows, %d expected" % (len(changes), len(expected)))
    got = {(c["Changement"], c["Réf. avant"], c["Réf. après"]): c for c in changes}
    for e in expected:
        niveau, kind, ref_old, ref_new, label, before, after, gap = e
        c = got.get((kind, ref_old, ref_new))
        if not check(c is not None, "edited: no row %s %s → %s" % (kind, ref_old, ref_new)):
            continue
        what = "edited: %s %s" % (kind, ref_new or ref_old)
        check(c["Niveau"] == niveau, "%s: niveau %r" % (what, c["Niveau"]))
        check(c["Libellé"] == label, "%s: libellé %r, expected %r" % (what, c["Libellé"], label))
        check(c["Avant"] == before, "%s: avant %r, expected %r" % (what, c["Avant"], before))
        check(c["Après"] == after, "%s: après %r, expected %r" % (what, c["Après"], after))
        if gap is None:
            check(c["Écart"] == "", "%s: no écart (%r)" % (what, c["Écart"]))
        else:
            check(c["Écart"] != "" and abs(number(c["Écart"]) - gap) < 1e-6,
                  "%s: écart %r, expected %s" % (what, c["Écart"], gap))
        if kind == "Ajout":
            check(c["Source avant"] == "" and c["Source après"].startswith("edited.csv!"),
                  "%s: sources %r %r" % (what, c["Source avant"], c["Source après"]))
            check(c["Confiance"] == "", "%s: no confidence" % what)
        elif kind == "Suppression":
            check(c["Source avant"].startswith("virton-pst.xlsx!'Suivi PST'!A") and c["Source après"] == "",
                  "%s: sources %r %r" % (what, c["Source avant"], c["Source après"]))
        else:
            check(c["Source avant"].startswith("virton-pst.xlsx!'Suivi PST'!A") and
                  c["Source après"].startswith("edited.csv!"),
                  "%s: sources %r %r" % (what, c["Source avant"], c["Source après"]))
            conf = c["Confiance"].rstrip("%").strip()
            if kind == "Renommage":
                check(conf.isdigit() and 50 <= int(conf) < 100, "%s: confidence %r" % (what, c["Confiance"]))
            else:
                check(conf == "100", "%s: confidence %r" % (what, c["Confiance"]))
    # Rows in reference order.
    keys = [c["Réf. après"] or c["Réf. avant"] for c in changes]
    check(keys == sorted(keys, key=lambda k: [int(x) for x in k.split(".")]),
          "edited: rows in reference order: %s" % keys)
    # The summary.
    want = {"Actions ajoutées": 1, "Actions supprimées": 1, "Actions terminées depuis": 1,
            "Actions en retard depuis": 1,
            "Actions nouvellement en difficulté (problème ou orage)": 1}
    for title, n in want.items():
        check(summary_count(summary, title) == n, "edited: %s %s (%s)" % (title, n, summary))
    check("Actions terminées depuis : 1 (2.1.2)" in summary, "edited: 2.1.2 finished: %s" % summary)
    check("Actions en retard depuis : 1 (1.1.5)" in summary, "edited: 1.1.5 late: %s" % summary)
    check("Actions nouvellement en difficulté (problème ou orage) : 1 (2.1.1)" in summary,
          "edited: 2.1.1 in trouble: %s" % summary)
    changed_items = len({(c["Réf. avant"], c["Réf. après"]) for c in changes
                         if c["Changement"] not in ("Ajout", "Suppression")})
    check(unchanged == "Inchangés : %d actions, %d objectifs" % (n_actions - 1 - changed_items, n_objectives),
          "edited: unchanged line %r" % unchanged)
    # Progress: the plan, then each OS and OO, in columns Avant,
    # Maintenant, Écart; budget by fonction and service.
    flat = ["\t".join(r) for r in sheet]
    prog = [r for r in sheet if len(r) > 7 and r[0] in ("Plan", "OS", "OO") and r[1] == ""]
    check(len(prog) == 1 + n_objectives, "edited: %d progress rows" % len(prog))
    plan_row = prog[0] if prog else []
    check(plan_row and plan_row[4] == "Ensemble du plan" and number(plan_row[7]) > 0,
          "edited: the plan's progress rose: %s" % plan_row)
    oo21 = [r for r in prog if r[0] == "OO" and r[3] == "2.1"]
    check(oo21 and oo21[0][2] == "2.1" and number(oo21[0][7]) > 0, "edited: OO 2.1 progress %s" % oo21)
    check(any(r[0] == "Fonction" and r[4] == "Fonction 8351" and r[7].startswith("+") for r in sheet),
          "edited: fonction 8351 budget up")
    check(any(r[0] == "Service" and r[4] == "Service ordinaire (O)" for r in sheet),
          "edited: service ordinaire row")
    check(any(r[0] == "Total" and number(r[7]) == 300 for r in sheet if len(r) > 7),
          "edited: total +300 €")
    check(any(f.startswith("Évolution du PST — ") and "virton.gnumeric → edited.csv" in f for f in flat),
          "edited: the title names both versions")
    # pst prints one line per change.
    lines = [l for l in out.splitlines() if l.startswith("  Action ")]
    check(len(lines) == len(expected), "edited: %d change lines printed" % len(lines))
    check("  Action 1.1.4 « %s » : statut NON_COMMENCE → EN_COURS" % by_ref(rows, "1.1.4")["Action"] in out,
          "edited: the statut line printed")
    # The workbook holds the new plan, Évolution first.
    names = sheet_names(book)
    check(names[:2] == ["Évolution", "Plan"], "edited: Évolution first, then Plan: %s" % names)
    subprocess.run(["ssconvert", "-T", "Gnumeric_stf:stf_assistant", "-O",
                    'sheet="Plan" separator="\t"', book, os.path.join(tmp, "p.tsv")],
                   env=env, stderr=subprocess.DEVNULL)
    with open(os.path.join(tmp, "p.tsv"), encoding="utf-8") as f:
        plan_lines = f.read().splitlines()
    check(len(plan_lines) == 1 + n_actions and "2.2.2" in "".join(plan_lines),
          "edited: the Plan sheet is the new version (%d rows)" % len(plan_lines))

    # Edits and renumbering together: the same changes, other references.
    out, sheet, _ = compare(canonical, os.path.join(tmp, "edited-renum.csv"), tmp, "edited-renum")
    summary2, changes2, unchanged2 = sheet_parts(sheet)
    a = sorted((c["Changement"], c["Libellé"]) for c in changes)
    b = sorted((c["Changement"], c["Libellé"]) for c in changes2)
    check(a == b, "edited-renum: the same changes as edited: %s" % [x for x in b if x not in a])
    check(unchanged2 == unchanged, "edited-renum: unchanged %r" % unchanged2)

    # Usage and failure.
    p = subprocess.run([pst, "compare", canonical], env=env, capture_output=True)
    check(p.returncode == 2, "one plan only: exit 2 (got %d)" % p.returncode)
    p = subprocess.run([pst, "compare", canonical, canonical, "--date", "31/02/2024"], env=env,
                       capture_output=True)
    check(p.returncode == 2, "bad date: exit 2 (got %d)" % p.returncode)
    p = subprocess.run([pst, "comparer", canonical, os.path.join(tmp, "absent.xlsx")], env=env,
                       capture_output=True)
    check(p.returncode == 1, "missing file: exit 1 (got %d)" % p.returncode)
    # A list that is no plan is no earlier version: refused, nothing written.
    not_plan = os.path.join(tmp, "courses.csv")
    with open(not_plan, "w", encoding="utf-8") as f:
        f.write("Liste des courses\nPain;2\n")
    out = os.path.join(tmp, "courses-evolution.gnumeric")
    p = subprocess.run([pst, "compare", not_plan, canonical, "-o", out], env=env,
                       capture_output=True, text=True)
    check(p.returncode == 1 and "aucune action trouvée" in p.stderr and not os.path.exists(out),
          "a non-plan as the earlier version: exit 1, French error, nothing written "
          "(got %d: %s)" % (p.returncode, p.stderr.strip()))

    print("%d passed, %d failed" % (pstcheck.passed, pstcheck.failed))
    return 1 if pstcheck.failed else 0


sys.exit(main())
