#!/usr/bin/env python3
"""check-stored-values.py: the canonical workbook holds the values its
formulas compute.

The import does not recalculate the whole workbook: it stores the value the
engine computed with each SMART formula of the Plan, and has Gnumeric
compute only the formulas it queued.  Whatever a user opens must then show
what a full recalculation shows.  For each plan (the samples, some layouts
of the import corpus, a consolidation of the samples), the workbook is
written as .xlsx, which keeps every formula's value:

  - each sheet read back as stored (ssconvert, no recalculation) equals,
    cell by cell, the same sheet after `ssconvert --recalc`;
  - no stored value is an error or blank where the recalculation gives a
    value (same check, but said apart for clarity);
  - the .gnumeric written through the parallel gzip pipe is a gzip file
    that Gnumeric reads back with the same values.

The check is shown to fail: a copy of one workbook with one SMART value
changed inside its xlsx must be found.

Usage: check-stored-values.py SRCDIR PST PLUGIN_PATH
"""
import csv
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

srcdir, pst, plugins = sys.argv[1:4]
env = dict(os.environ, GNUMERIC_PLUGIN_PATH=plugins, GSETTINGS_BACKEND="memory",
           LC_ALL="C.UTF-8", LANGUAGE="")
tmp = tempfile.mkdtemp()
failures = []
checks = 0


def run(args):
    return subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)


def sheets(book, recalc):
    """{sheet index: rows} of BOOK as ssconvert reads it."""
    out = os.path.join(tmp, "csv")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    args = ["ssconvert", "-S"] + (["--recalc"] if recalc else []) + \
        [book, os.path.join(out, "s.csv")]
    r = run(args)
    if r.returncode != 0:
        raise RuntimeError("ssconvert %s: %s" % (book, r.stderr))
    result = {}
    for path in glob.glob(os.path.join(out, "s.csv.*")):
        with open(path, newline="", encoding="utf-8") as f:
            result[int(path.rsplit(".", 1)[1])] = list(csv.reader(f))
    return result


def differences(book):
    """The cells whose stored value differs from the recalculated one."""
    stored, recalculated = sheets(book, False), sheets(book, True)
    diffs = []
    for index in sorted(set(stored) | set(recalculated)):
        a, b = stored.get(index, []), recalculated.get(index, [])
        for r in range(max(len(a), len(b))):
            ra = a[r] if r < len(a) else []
            rb = b[r] if r < len(b) else []
            for c in range(max(len(ra), len(rb))):
                va = ra[c] if c < len(ra) else ""
                vb = rb[c] if c < len(rb) else ""
                if va != vb:
                    diffs.append("sheet %d row %d col %d: stored %r, recalculated %r"
                                 % (index, r + 1, c + 1, va, vb))
    return diffs


def check(name, book):
    global checks
    checks += 1
    try:
        diffs = differences(book)
    except RuntimeError as e:
        failures.append("%s: %s" % (name, e))
        return
    if diffs:
        failures.append("%s: %d stored values differ from a recalculation, first: %s"
                        % (name, len(diffs), "; ".join(diffs[:3])))


plans = [os.path.join(srcdir, "samples", f)
         for f in ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv",
                   "suivi-pst-virton.gnumeric")]
layouts = sorted(glob.glob(os.path.join(srcdir, "tests", "import", "layouts", "L*.*")))
plans += [p for p in layouts if p.rsplit(".", 1)[1] in ("xlsx", "ods", "csv", "gnumeric")][::4]

for plan in plans:
    name = os.path.basename(plan)
    out = os.path.join(tmp, name + ".xlsx")
    r = run([pst, "import", plan, "-o", out])
    if r.returncode not in (0, 3) or not os.path.exists(out):
        failures.append("%s: pst import failed (%d): %s" % (name, r.returncode, r.stderr))
        continue
    check(name, out)

samples = [os.path.join(srcdir, "samples", f)
           for f in ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv")]
consolidated = os.path.join(tmp, "consolidation.xlsx")
r = run([pst, "consolidate"] + samples + ["-o", consolidated])
if r.returncode != 0:
    failures.append("pst consolidate failed: %s" % r.stderr)
else:
    check("consolidation", consolidated)

# The .gnumeric of the CLI, compressed on a second thread: a gzip file
# Gnumeric reads, with the values of the xlsx route.
checks += 1
virton = samples[0]
gnumeric = os.path.join(tmp, "virton.gnumeric")
r = run([pst, "import", virton, "-o", gnumeric])
with open(gnumeric, "rb") as f:
    magic = f.read(2)
if r.returncode != 0 or magic != b"\x1f\x8b":
    failures.append("virton.gnumeric: not a gzip file (exit %d)" % r.returncode)
elif subprocess.run(["gzip", "-t", gnumeric]).returncode != 0:
    failures.append("virton.gnumeric: the gzip stream is damaged")
elif sheets(gnumeric, True) != sheets(os.path.join(tmp, "virton-pst.xlsx.xlsx"), True):
    failures.append("virton.gnumeric: values differ from the .xlsx written by the same import")

# The check can fail: one stored SMART value changed in a copy.
checks += 1
broken = os.path.join(tmp, "broken.xlsx")
source = os.path.join(tmp, "virton-pst.xlsx.xlsx")
with zipfile.ZipFile(source) as zin, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            # The first SMART cell's value, a shared string, becomes the
            # first shared string (a header).
            text = data.decode("utf-8")
            at = text.find("PST.SMART(")
            v = text.find("<v>", at)
            end = text.find("</v>", v)
            text = text[:v + 3] + "0" + text[end:]
            data = text.encode("utf-8")
        zout.writestr(item, data)
if not any(d.startswith("sheet 0 row 2 col 28:") for d in differences(broken)):
    failures.append("a SMART value changed in the xlsx went unnoticed")

shutil.rmtree(tmp)
for f in failures:
    print("not ok - " + f)
print("check-stored-values: %d checks, %d failures" % (checks, len(failures)))
sys.exit(1 if failures else 0)
