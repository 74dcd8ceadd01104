"""pstcheck.py: what check-samples.py and check-layouts.py share.

    import pstcheck
    pstcheck.init(plugins)          # the environment of every ssconvert
    pstcheck.check(ok, "what")      # counts, prints "not ok - what" on a miss
    pstcheck.export_sheet(book, "Plan", tmpfile)
    pstcheck.source_rows(path, tmp)
    pstcheck.parse_source("f.xlsx!'Feuil1'!A12")
    pstcheck.expected_mean(rows)

Python 3, standard library only.
"""
import csv
import gzip
import os
import re
import subprocess
import xml.etree.ElementTree as ET

env = dict(os.environ)
passed = failed = 0


def init(plugins):
    """The environment of pst and ssconvert: the build's plugins, no dconf,
    the C locale (numbers exported with a decimal point)."""
    global env
    env = dict(os.environ, GNUMERIC_PLUGIN_PATH=plugins, GSETTINGS_BACKEND="memory",
               LC_ALL="C.UTF-8", LANGUAGE="")
    return env


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("not ok - " + what)
    return ok


def export_sheet(book, sheet, out):
    """A sheet of a workbook as rows of raw values (tab-separated, quoted
    where needed: a cell may hold a line break)."""
    subprocess.run(["ssconvert", "-T", "Gnumeric_stf:stf_assistant",
                    "-O", 'sheet="%s" separator="\t" quoting-mode=auto format=raw' % sheet,
                    book, out], env=env, check=True, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header = rows[0]
    return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows[1:]]


def first_rows(path, tmp):
    """{sheet: number of the first row holding a cell} of a workbook: a sheet
    exported to CSV starts there, not at row 1, when its first rows are empty."""
    book = os.path.join(tmp, "src.gnumeric")
    subprocess.run(["ssconvert", path, book], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(book, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    gnm = "{http://www.gnumeric.org/v10.dtd}"
    first = {}
    for sheet in ET.fromstring(data).iter(gnm + "Sheet"):
        rows = [int(c.get("Row")) for c in sheet.iter(gnm + "Cell")]
        first[sheet.find(gnm + "Name").text] = min(rows) + 1 if rows else 1
    return first


def source_rows(path, tmp, encoding="utf-8-sig", delimiter=";"):
    """(sheet, row) of every non-empty row of a source workbook; a CSV file is
    read with the given encoding and separator, its only sheet named after it."""
    rows = set()
    if path.endswith(".csv"):
        with open(path, encoding=encoding, newline="") as f:
            for i, rec in enumerate(csv.reader(f, delimiter=delimiter), start=1):
                if any(c.strip() for c in rec):
                    rows.add((os.path.basename(path), i))
        return rows
    pattern = os.path.join(tmp, "src_%s.csv")
    subprocess.run(["ssconvert", "-S", path, pattern], env=env, check=True,
                   stderr=subprocess.DEVNULL)
    first = first_rows(path, tmp)
    for name in os.listdir(tmp):
        if not name.startswith("src_"):
            continue
        sheet = name[4:-4]
        with open(os.path.join(tmp, name), encoding="utf-8", newline="") as f:
            for i, rec in enumerate(csv.reader(f), start=first.get(sheet, 1)):
                if any(c.strip() for c in rec):
                    rows.add((sheet, i))
    return rows


def parse_source(text):
    """"virton-pst.xlsx!'Suivi PST'!A14" → ("Suivi PST", 14)."""
    m = re.match(r"^.*?!'((?:[^']|'')*)'!([A-Z]+)(\d+)$", text)
    return (m.group(1).replace("''", "'"), int(m.group(3))) if m else None


def expected_mean(rows):
    """The progress a person computes from rows with "statut" and "avancement":
    TERMINE counts 100 %, ANNULE_ABANDONNE is left out, a blank progress is
    skipped but NON_COMMENCE counts 0; None when no row counts."""
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
