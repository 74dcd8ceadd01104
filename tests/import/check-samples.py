#!/usr/bin/env python3
"""check-samples.py: each sample plan of samples/ imported by `pst import`
gives what a person reading it finds (samples/expected/):

- the exact counts of OS, OO, actions and sous-actions;
- for every action: its label, its OO and OS labels, its volet, its status
  and its progress, found through the source row it names;
- its reference: the one written in the plan, or the renumbered one whose
  "Réf. source" (or its OO's) gives back the written code;
- nothing lost: every non-empty row of the source is named by a Source cell
  of Plan, Objectifs or Anomalies;
- the live formulas of Objectifs give the progress a person computes from
  the expected statuses and progress (TERMINE 100 %, ANNULE_ABANDONNE left
  out, blank skipped but NON_COMMENCE 0).

Usage: check-samples.py SRCDIR PST_CLI PLUGIN_PATH
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pstcheck  # noqa: E402
from pstcheck import check, export_sheet, source_rows, parse_source, expected_mean  # noqa: E402

srcdir, pst, plugins = sys.argv[1:4]
env = pstcheck.init(plugins)


def check_sample(name, path):
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, name + ".gnumeric")
        run = subprocess.run([pst, "import", path, "-o", book], env=env,
                             capture_output=True, text=True)
        check(run.returncode == 0, "%s: pst import exited %d: %s" % (name, run.returncode, run.stderr))
        if run.returncode != 0:
            return
        plan = export_sheet(book, "Plan", os.path.join(tmp, "plan.txt"))
        objectives = export_sheet(book, "Objectifs", os.path.join(tmp, "obj.txt"))
        anomalies = export_sheet(book, "Anomalies", os.path.join(tmp, "ano.txt"))

        with open(os.path.join(srcdir, "samples/expected", name + ".counts")) as f:
            counts = dict((k, int(v)) for k, v in (line.split() for line in f if line.strip()))
        got = {
            "os": sum(1 for o in objectives if o["Type"] == "OS"),
            "oo": sum(1 for o in objectives if o["Type"] == "OO"),
            "actions": sum(1 for a in plan if a["Réf."].count(".") == 2),
            "sous-actions": sum(1 for a in plan if a["Réf."].count(".") == 3),
        }
        for key, want in counts.items():
            check(got.get(key) == want, "%s: %s: got %s, expected %d" % (name, key, got.get(key), want))

        with open(os.path.join(srcdir, "samples/expected", name + ".tsv"), encoding="utf-8") as f:
            expected = list(csv.DictReader(f, delimiter="\t"))
        by_source = {}
        for a in plan:
            by_source.setdefault(parse_source(a["Source"]), []).append(a)
        oo_original = dict((o["Réf."], o.get("Réf. source", "")) for o in objectives)
        for e in expected:
            sheet, row = e["source_row"].rsplit("!", 1)
            level = e["ref"].count(".")
            candidates = [a for a in by_source.get((sheet, int(row)), [])
                          if a["Action"] == e["action_label"]]
            what = "%s: %s «%s»" % (name, e["source_row"], e["action_label"][:40])
            check(len(candidates) == 1, what + ": not found once in Plan")
            if len(candidates) != 1:
                continue
            a = candidates[0]
            check(a["Objectif opérationnel"] == e["oo_label"], what + ": OO «%s»" % a["Objectif opérationnel"])
            check(a["Objectif stratégique"] == e["os_label"], what + ": OS «%s»" % a["Objectif stratégique"])
            check(a["Volet"] == e["volet"], what + ": volet «%s»" % a["Volet"])
            check(a["Statut"] == e["statut"], what + ": statut «%s», expected «%s»" % (a["Statut"], e["statut"]))
            if e["avancement"] == "":
                check(a["Avancement"] == "", what + ": avancement «%s», expected none" % a["Avancement"])
            else:
                check(a["Avancement"] != "" and abs(float(a["Avancement"]) - float(e["avancement"])) < 1e-9,
                      what + ": avancement «%s», expected %s" % (a["Avancement"], e["avancement"]))
            written = {a["Réf."], a.get("Réf. source", "")}
            oo_written = oo_original.get(a["Réf. OO"], "")
            if oo_written:
                written.add(oo_written + "." + a["Réf."].rsplit(".", 1)[1])
            check(e["ref"] in written, what + ": réf. %s (source %s), expected %s"
                  % (a["Réf."], a.get("Réf. source", ""), e["ref"]))

        named = set()
        for table in (plan, objectives, anomalies):
            for r in table:
                s = parse_source(r["Source"])
                if s:
                    named.add(s)
        lost = sorted(source_rows(path, tmp) - named)
        check(not lost, "%s: rows lost: %s" % (name, lost[:10]))

        # The live roll-up of each OO against the hand rule on the expected values.
        ours_by_expected = {}
        for e in expected:
            sheet, row = e["source_row"].rsplit("!", 1)
            for a in by_source.get((sheet, int(row)), []):
                if a["Action"] == e["action_label"]:
                    ours_by_expected.setdefault(a["Réf. OO"], []).append(e)
        for o in objectives:
            if o["Type"] != "OO" or o["Réf."] not in ours_by_expected:
                continue
            want = expected_mean(ours_by_expected[o["Réf."]])
            got_value = o["Avancement"]
            if want is None:
                # No progress to average: blank, never #DIV/0!.
                check(got_value == "", "%s: OO %s avancement %s, expected blank" % (name, o["Réf."], got_value))
            else:
                check(re.match(r"^-?[0-9.e-]+$", got_value) is not None and abs(float(got_value) - want) < 1e-9,
                      "%s: OO %s avancement %s, expected %.6f" % (name, o["Réf."], got_value, want))


for sample in ("virton-pst.xlsx", "erezee-pst.ods", "burdinne-pst.csv"):
    check_sample(sample.rsplit(".", 1)[0], os.path.join(srcdir, "samples", sample))

print("import of the samples: %d passed, %d failed" % (pstcheck.passed, pstcheck.failed))
sys.exit(1 if pstcheck.failed or not pstcheck.passed else 0)
