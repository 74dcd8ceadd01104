"""drive-menu.py: Gnumeric's menu Données › PST driven from the keyboard
under Xvfb, as a finance officer would use it (check-menu.sh sets up the
display and the environment).

    python3 drive-menu.py SRCDIR BUILDDIR WORKDIR SHOTDIR

Each job is triggered through the menu (F10, the arrows to Données, the PST
submenu, the item's mnemonic), its dialogs are filled in with the keyboard,
the resulting workbook is saved with Ctrl+S and its cells are compared with
what the `pst` command computes from the same files.  A screenshot of every
dialog is written to SHOTDIR.

Python 3, standard library only; xdotool and ImageMagick's import.
"""
import csv
import datetime
import gzip
import os
import re
import shutil
import subprocess
import sys
import time

srcdir, builddir, work, shots = sys.argv[1:5]
sys.path.insert(0, os.path.join(srcdir, "tests", "import"))
import pstcheck  # noqa: E402

check = pstcheck.check
env = pstcheck.init(os.environ["GNUMERIC_PLUGIN_PATH"])
pst = os.path.join(builddir, "cli", "pst")
plans = os.path.join(work, "plans")
os.makedirs(plans)
for name in ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv"):
    shutil.copy(os.path.join(srcdir, "samples", name), plans)
with open(os.path.join(plans, "pas-un-plan.csv"), "w", encoding="utf-8") as f:
    f.write("Liste des courses\nPain;2\nLait;1\n")
with open(os.path.join(plans, "abime.xlsx"), "wb") as f:
    f.write(b"PK\x03\x04 ceci n'est plus un classeur" * 20)

# The menu bar: Fichier Édition Affichage Insertion Format Outils
# Statistiques Données; Données is 7 steps right of Fichier, the PST submenu
# its last item.
DATA_MENU_STEPS = 7
MNEMONIC = {"import": "i", "consolidate": "c", "ecomptes": "e",
            "dashboard": "a", "verify": "v", "compare": "m", "fiches": "f"}


def xdo(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout


def windows(pattern):
    return [w for w in xdo("search", "--onlyvisible", "--name", pattern).split() if w]


def wait_window(pattern, timeout=40):
    end = time.time() + timeout
    while time.time() < end:
        found = windows(pattern)
        if found:
            time.sleep(0.6)  # drawn, not only mapped
            return found[-1]
        time.sleep(0.2)
    raise TimeoutError("no window named %r after %ds (windows: %s)" % (
        pattern, timeout, xdo("search", "--onlyvisible", "--name", ".", "getwindowname", "%@")))


def wait_gone(pattern, timeout=40):
    end = time.time() + timeout
    while time.time() < end:
        if not windows(pattern):
            return True
        time.sleep(0.2)
    return False


def focus(wid):
    xdo("windowraise", wid)
    xdo("windowfocus", "--sync", wid)
    time.sleep(0.2)


def keys(*names):
    for name in names:
        xdo("key", "--clearmodifiers", name)
        time.sleep(0.15)


def type_text(text):
    xdo("type", "--delay", "15", text)
    time.sleep(0.2)


def shot(wid, name):
    subprocess.run(["import", "-window", wid, os.path.join(shots, name + ".png")],
                   stderr=subprocess.DEVNULL)


def open_path(chooser, path):
    """A file chooser answered as a person does: Ctrl+L, the path, Entrée."""
    print(time.strftime("%H:%M:%S"), "open", os.path.basename(path), flush=True)
    focus(chooser)
    keys("ctrl+l")
    time.sleep(1.0)  # the location entry realized before it gets keys
    xdo("type", "--delay", "40", path)
    time.sleep(1.0)  # the chooser's completion settles before Entrée
    keys("Return")


def menu(window, job, name=None):
    """Données › PST › the job, from the keyboard."""
    print(time.strftime("%H:%M:%S"), "menu", job, flush=True)
    focus(window)
    keys("Escape", "F10")
    for _ in range(DATA_MENU_STEPS):
        keys("Right")
    keys("Up", "Right")
    if name:  # the menu open, as the user sees it
        time.sleep(0.5)
        subprocess.run(["import", "-window", "root", "-crop", "1150x500+0+0",
                        os.path.join(shots, name + ".png")], stderr=subprocess.DEVNULL)
    keys(MNEMONIC[job])


def title(path):
    """The window title of a workbook, as a regular expression for xdotool
    (POSIX: only its own special characters escaped; Gnumeric puts a
    no-break space before "- Gnumeric")."""
    name = re.sub(r"([.\[\]()*+?{}|^$\\])", r"\\\1", os.path.basename(path))
    return name + ".{1,2}- Gnumeric$"


def wait_changed(path):
    """The window of @path says its workbook changed ("*name - Gnumeric")."""
    return wait_window(r"^\*" + title(path))


def menu_until(window, job, pattern, name=None):
    """The menu item, again if the keys went astray (a menu opened while
    the window was still busy), until the window @pattern shows."""
    for attempt in range(3):
        menu(window, job, name if attempt == 0 else None)
        try:
            return wait_window(pattern, timeout=15)
        except TimeoutError:
            keys("Escape", "Escape")
    return wait_window(pattern, timeout=5)


def save(window, path):
    """Ctrl+S, then wait for the window to say the workbook is saved and for
    the file (named beside its source, in a folder of this test)."""
    focus(window)
    keys("ctrl+s")
    try:
        wait_window("^" + title(path))
    except TimeoutError:
        return False
    return os.path.exists(path)


def sheet(book, name, tag):
    return pstcheck.export_sheet(book, name, os.path.join(work, tag + ".tsv"))


def raw_rows(book, name, tag):
    """A sheet as lists of raw cells (a sheet whose first row is a title
    has no header to key on)."""
    out = os.path.join(work, tag + ".tsv")
    subprocess.run(["ssconvert", "-T", "Gnumeric_stf:stf_assistant", "-O",
                    'sheet="%s" separator="\t" quoting-mode=auto format=raw' % name, book, out],
                   env=env, check=True, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t"))


def sheet_names(book):
    with gzip.open(book, "rt", encoding="utf-8") as f:
        return re.findall(r"<gnm:Name>([^<]*)</gnm:Name>", f.read().split("<gnm:Sheets>", 1)[-1])


def run_pst(*args):
    return subprocess.run([pst, *args], env=env, capture_output=True, text=True)


debugger = ["gdb", "-batch", "-ex", "run", "-ex", "bt 30", "--args"] if os.environ.get("PST_GUI_GDB") else []
gnumeric = subprocess.Popen(debugger + ["gnumeric", "--geometry=1260x960+0+0"],
                            stdout=open(os.path.join(work, "gnumeric.log"), "w"),
                            stderr=subprocess.STDOUT)
try:
    main = wait_window("Gnumeric$")

    # ---- Importer un plan…: Annuler first, then the plan.
    chooser = menu_until(main, "import", "^Importer un plan PST$", "menu-pst")
    shot(chooser, "import-choix")
    focus(chooser)
    keys("Escape")
    check(wait_gone("^Importer un plan PST$"), "import: Annuler closes the chooser")
    check(len(windows("Gnumeric$")) == 1, "import: Annuler opens nothing")

    # A file that is not a plan: a French error in a dialog, nothing opened.
    open_path(menu_until(main, "import", "^Importer un plan PST$"), os.path.join(plans, "pas-un-plan.csv"))
    dialog = wait_window("^Importer un plan — pas-un-plan.csv$")
    shot(dialog, "import-pas-un-plan")
    focus(dialog)
    keys("Escape")
    check(wait_gone("^Importer un plan — "), "import of a non-plan: the dialog closes")
    check(len(windows("Gnumeric$")) == 1, "import of a non-plan: nothing opened")

    # A damaged file: the error in French, in a dialog.
    open_path(menu_until(main, "import", "^Importer un plan PST$"), os.path.join(plans, "abime.xlsx"))
    error = wait_window("^PST : erreur$")
    shot(error, "import-erreur")
    focus(error)
    keys("Return")
    check(wait_gone("^PST : erreur$"), "import of a damaged file: the error dialog closes")
    check(len(windows("Gnumeric$")) == 1, "import of a damaged file: nothing opened")

    open_path(menu_until(main, "import", "^Importer un plan PST$"), os.path.join(plans, "virton-pst.xlsx"))
    dialog = wait_window("^Importer un plan — virton-pst.xlsx$")
    shot(dialog, "import-explication")
    focus(dialog)
    keys("Return")
    imported_book = os.path.join(plans, "virton-pst - PST.gnumeric")
    imported = wait_changed(imported_book)
    check(save(imported, imported_book), "import: Ctrl+S saves the canonical workbook")
    cli_book = os.path.join(work, "virton-cli.gnumeric")
    run_pst("import", os.path.join(plans, "virton-pst.xlsx"), "-o", cli_book)
    gui_plan, cli_plan = sheet(imported_book, "Plan", "gui-plan"), sheet(cli_book, "Plan", "cli-plan")
    check(len(gui_plan) > 0 and gui_plan == cli_plan,
          "import: the Plan sheet is the one pst import writes (%d rows)" % len(gui_plan))
    check(sheet(imported_book, "Objectifs", "gui-obj") == sheet(cli_book, "Objectifs", "cli-obj"),
          "import: the Objectifs sheet (with its computed progress) is pst import's")
    check("Lecture du plan" in sheet_names(imported_book), "import: the Lecture du plan sheet is there")

    # ---- Vérifier le plan, then Actualiser le tableau de bord, on it.
    menu_until(imported, "verify", r"^\*" + title(imported_book))
    time.sleep(1)
    shot(imported, "verification")
    check(save(imported, imported_book), "verify: Ctrl+S saves")
    check("Vérification" in sheet_names(imported_book), "verify: a Vérification sheet is added")
    cli_verify = run_pst("verifier", os.path.join(plans, "virton-pst.xlsx"))
    found = sheet(imported_book, "Vérification", "gui-verif")
    cli_lines = [l for l in cli_verify.stdout.splitlines() if l.strip()]
    check(len(found) > 0, "verify: the sheet lists findings or says none were found")

    menu_until(imported, "dashboard", r"^\*" + title(imported_book))
    time.sleep(1)
    shot(imported, "tableau-de-bord-plan")
    check(save(imported, imported_book), "dashboard: Ctrl+S saves")
    names = sheet_names(imported_book)
    check("Tableau de bord" in names, "dashboard: a Tableau de bord sheet is added (%s)" % names)
    subprocess.run(["ssconvert", "-T", "Gnumeric_stf:stf_assistant", "-O",
                    'sheet="Tableau de bord" separator="\t" format=raw',
                    imported_book, os.path.join(work, "board.tsv")], env=env,
                   stderr=subprocess.DEVNULL)
    text = open(os.path.join(work, "board.tsv"), encoding="utf-8").read()
    check(not re.search(r"#(NAME|VALUE|REF|DIV)", text) and "virton" in text.lower(),
          "dashboard: computed, names the entity, no error value")

    # ---- Comparer avec une version antérieure…: an earlier version with one
    # statut and one échéance changed; the sheet Évolution is pst compare's.
    plan_rows = sheet(imported_book, "Plan", "plan-now")
    header_row = list(plan_rows[0].keys())
    old_rows = [dict(r) for r in plan_rows]
    for r in old_rows:  # dates as a person types them, not as serial numbers
        for field in ("Début", "Fin"):
            if re.fullmatch(r"\d+(\.\d+)?", r.get(field, "")):
                day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(float(r[field])))
                r[field] = day.strftime("%d/%m/%Y")
    old_rows[0]["Statut"] = "À démarrer" if old_rows[0]["Statut"] != "À démarrer" else "En cours"
    old_csv = os.path.join(plans, "virton-avant.csv")
    with open(old_csv, "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=header_row, delimiter=";")
        out.writeheader()
        out.writerows(old_rows)
    menu_until(imported, "compare", "^Version antérieure du plan$")
    open_path(wait_window("^Version antérieure du plan$"), old_csv)
    wait_changed(imported_book)
    time.sleep(1)
    shot(imported, "evolution")
    check(save(imported, imported_book), "compare: Ctrl+S saves")
    cli_evol = os.path.join(work, "cli-evol.gnumeric")
    run_pst("compare", old_csv, imported_book, "-o", cli_evol)
    gui_evol = raw_rows(imported_book, "Évolution", "gui-evol")
    cli_evol_rows = raw_rows(cli_evol, "Évolution", "cli-evol")
    check(len(gui_evol) > 3 and gui_evol == cli_evol_rows,
          "compare: the Évolution sheet is pst compare's (%d rows)" % len(gui_evol))
    changes = [r for r in gui_evol if r[:1] in (["Action"], ["OO"], ["OS"]) and len(r) > 8 and r[8]]
    check([r[:4] for r in changes] == [["Action", "Statut", "1.1.1", "1.1.1"]],
          "compare: the one change made, the statut of 1.1.1, is the only change listed (%s)"
          % [r[:4] for r in changes][:5])

    # ---- Fiches actions (PDF)…: one A4 page per action.
    dialog = menu_until(imported, "fiches", "^Fiches actions$")
    shot(dialog, "fiches")
    focus(dialog)
    keys("Return")
    saver = wait_window("^Enregistrer les fiches$")
    pdf = os.path.join(plans, "fiches-virton.pdf")
    focus(saver)
    keys("ctrl+a")
    type_text(pdf)
    keys("Return")
    result = wait_window("fiches-virton.pdf » est enregistré", timeout=120)
    focus(result)
    keys("Return")
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = re.search(r"Pages:\s+(\d+)", info)
    check(pages is not None and int(pages.group(1)) == len(plan_rows),
          "fiches: one page per action (%s for %d actions)" % (pages.group(1) if pages else "?", len(plan_rows)))
    check(re.search(r"Page size:\s+(595\.\d+ x 841|841\.\d+ x 595)", info) is not None,
          "fiches: A4 pages (%s)" % re.findall(r"Page size:.*", info))

    # ---- Exporter vers eComptes…: the header asked, the XML checked.
    header = menu_until(imported, "ecomptes", "^Exporter vers eComptes$")
    focus(header)
    type_text("85045")
    shot(header, "ecomptes-entete")
    keys("Return")
    saver = wait_window("^Enregistrer l’export eComptes$")
    xml = os.path.join(plans, "export-virton.xml")
    focus(saver)
    keys("ctrl+a")
    type_text(xml)
    keys("Return")
    result = wait_window("est enregistré")
    shot(result, "ecomptes-resultat")
    check(len(windows("est enregistré et conforme")) == 1, "eComptes: the export is said valid")
    focus(result)
    keys("Return")
    check(os.path.exists(xml), "eComptes: the XML is written")
    xsd = os.path.join(srcdir, "data", "PST_eComptes_Export_201805V1.xsd")
    check(subprocess.run(["xmllint", "--noout", "--schema", xsd, xml],
                         capture_output=True).returncode == 0, "eComptes: the XML is valid (xmllint)")
    cli_xml = os.path.join(work, "cli.xml")
    run_pst("export", imported_book, "-o", cli_xml, "--ins", "85045", "--exercice",
            time.strftime("%Y"))
    data = open(xml, encoding="utf-8").read()
    check("85045" in data, "eComptes: the INS code typed is in the XML")
    strip = lambda t: re.sub(r"<DateExport>[^<]*</DateExport>|<Generateur>[^<]*</Generateur>", "", t)
    check(strip(data) == strip(open(cli_xml, encoding="utf-8").read()),
          "eComptes: the XML is the one pst export writes with the same header")
    # Remembered in the workbook: saved, and proposed again.
    check(save(imported, imported_book), "eComptes: Ctrl+S saves the header with the workbook")
    with gzip.open(imported_book, "rt", encoding="utf-8") as f:
        check("85045" in f.read(), "eComptes: the INS code is kept in the workbook's properties")
    header = menu_until(imported, "ecomptes", "^Exporter vers eComptes$")
    shot(header, "ecomptes-entete-retenu")
    focus(header)
    keys("Escape")
    check(wait_gone("^Exporter vers eComptes$"), "eComptes: Annuler closes the header dialog")
    check(not windows("^Enregistrer l’export eComptes$"), "eComptes: Annuler asks no file")

    # ---- Consolider des plans…: three plans, one entity renamed.
    dialog = menu_until(imported, "consolidate", "^Consolider des plans$")
    for name in ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv"):
        focus(dialog)
        keys("alt+j")
        open_path(wait_window("^Plans à consolider$"), os.path.join(plans, name))
        wait_gone("^Plans à consolider$")
        time.sleep(1)
    focus(dialog)
    keys("Home", "Return")       # edit the first plan's entity
    keys("ctrl+a")
    type_text("CPAS de Virton (GUI)")
    keys("Return")
    time.sleep(0.5)
    shot(dialog, "consolider")
    keys("alt+o")
    consolidated = os.path.join(plans, "PST consolidé.gnumeric")
    result = wait_changed(consolidated)
    check(save(result, consolidated), "consolidate: Ctrl+S saves the consolidated workbook")
    entities = sheet(consolidated, "Entités", "gui-ent")
    cli_cons = os.path.join(work, "cli-cons.gnumeric")
    run_pst("consolidate", *[os.path.join(plans, n) for n in
                             ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv")],
            "--entite", "CPAS de Virton (GUI)", "-o", cli_cons)
    cli_entities = sheet(cli_cons, "Entités", "cli-ent")
    first_col = lambda rows: [next(iter(r.values())) for r in rows]
    check("CPAS de Virton (GUI)" in first_col(entities),
          "consolidate: the entity renamed in the list is used (%s)" % first_col(entities))
    check(entities == cli_entities and len(entities) >= 4,
          "consolidate: the Entités sheet is pst consolidate's (%d rows)" % len(entities))
    check(sheet(consolidated, "Plan", "gui-cplan") == sheet(cli_cons, "Plan", "cli-cplan"),
          "consolidate: the Plan sheet is pst consolidate's")

    # ---- Actualiser le tableau de bord of the consolidated workbook: the
    # entities kept apart, the same dashboard as the consolidation's.
    menu_until(result, "dashboard", r"^\*" + title(consolidated))
    time.sleep(1)
    shot(result, "tableau-de-bord")
    check(save(result, consolidated), "dashboard of a consolidation: Ctrl+S saves")
    check(sheet(consolidated, "Tableau de bord", "gui-cboard") ==
          sheet(cli_cons, "Tableau de bord", "cli-cboard"),
          "dashboard of a consolidation: refreshed, it is the consolidation's own")
finally:
    gnumeric.terminate()
    try:
        gnumeric.wait(10)
    except subprocess.TimeoutExpired:
        gnumeric.kill()

    log = open(os.path.join(work, "gnumeric.log"), encoding="utf-8", errors="replace").read()
    if gnumeric.returncode not in (0, -15):
        print("Gnumeric ended with status %s:\n%s" % (gnumeric.returncode, log[-3000:]))

# GtkFileChooser hands the release of the Entrée that closed it to its
# location entry, already unrealized (backtrace: gtk_dialog_run of the
# chooser > gtk_window_propagate_key_event); synthetic keys trigger it every
# time.  That GTK message alone is tolerated; any other critical fails.
criticals = [l for l in log.splitlines() if "CRITICAL" in l and
             "gtk_widget_event: assertion 'WIDGET_REALIZED_FOR_EVENT" not in l]
check(not criticals, "Gnumeric printed no critical:\n" + "\n".join(criticals[-10:]))
print("check-menu: %d passed, %d failed (screenshots in %s)" % (pstcheck.passed, pstcheck.failed, shots))
sys.exit(1 if pstcheck.failed else 0)
