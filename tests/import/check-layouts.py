#!/usr/bin/env python3
"""check-layouts.py: every plan layout of tests/import/layouts/ imported by
`pst import` gives what its truth files say (make-layouts.py writes both
from one plan model; the truth never comes from the importer):

- the exit status of `pst import` is the one of L.expect (sortie);
- per entity, the counts of OS and OO (Objectifs), actions and sous-actions
  (Plan: a sous-action's Réf. has three dots);
- every action and sous-action of L.truth.tsv found once in Plan by
  (Entité, Action), a sous-action whose label repeats under other actions
  by (Entité, Action, parent action), with its OS, OO, Statut, Avancement,
  Responsable, Budget, Article, Fin, Volet (empty when L.truth.tsv has no
  volet column) and, for a sous-action, its parent action;
- every OS and OO of L.objectifs.tsv found in Objectifs by (Entité, Type,
  Libellé), or, when L.objectifs.tsv has a last column ref (L42: objectives
  written as numbers, without label), by (Entité, Type, Réf.) with its
  Libellé; an OO under its OS, with its Actions count and its Avancement
  (empty when nothing counts, never an error value);
- nothing lost: every non-empty source row is named by a Source cell of
  Plan, Objectifs or Anomalies;
- `pst import L --explique` states the hierarchy form of L.expect (forme) on
  a line beginning with "Hiérarchie", and each doubt of L.expect (a line
  "doute TEXT": TEXT is part of one of the lines "- …" that follow
  "Doutes (n) :"); an exit status 3 needs at least one doute line.

A layout whose L.expect has lines "compte OS|OO|actions|sous-actions N"
(L37: the same plan on a sheet per year) has empty truth files: its only
entity is its name, and its counts are those lines.

Prints "not ok - …" for each miss, a table per layout, and
"import layouts: N passed, M failed" (layouts); exits 1 on any failure.

Usage: check-layouts.py SRCDIR PST_CLI PLUGIN_PATH [LAYOUT...]
"""
import csv
import datetime
import glob
import io
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pstcheck  # noqa: E402
from pstcheck import export_sheet, source_rows, parse_source  # noqa: E402

srcdir, pst, plugins = sys.argv[1:4]
only = sys.argv[4:]
env = pstcheck.init(plugins)
LAYOUTS = os.path.join(srcdir, "tests", "import", "layouts")
TIMEOUT = 300

FIELDS = [  # (truth column, Plan column)
	("os", "Objectif stratégique"), ("oo", "Objectif opérationnel"), ("statut", "Statut"),
	("avancement", "Avancement"), ("responsable", "Responsable"), ("budget", "Budget"),
	("article", "Article"), ("fin", "Fin"), ("volet", "Volet"),
]


class Layout:
	"""The checks of one layout."""

	def __init__(self, name):
		self.name = name
		self.passed = self.failed = 0
		self.found = self.actions = 0
		self.fields_ok = self.fields = 0
		self.obj_found = self.objectives = 0

	def check(self, ok, what, got=None, want=None):
		if got is not None or want is not None:
			what = "%s: got %s, expected %s" % (what, got, want)
		if pstcheck.check(ok, "%s: %s" % (self.name, what)):
			self.passed += 1
		else:
			self.failed += 1
		return ok

	def field(self, ok, what, got, want):
		self.fields += 1
		if self.check(ok, what, "«%s»" % got, "«%s»" % want):
			self.fields_ok += 1


def read_tsv(path):
	with open(path, encoding="utf-8", newline="") as f:
		return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_expect(path):
	"""{key: value}; the doute lines as a list under "doute", the compte
	lines as a dict under "compte"."""
	out = {"doute": [], "compte": {}}
	with open(path, encoding="utf-8") as f:
		for line in f:
			if line.strip():
				k, v = line.split(None, 1)
				if k == "doute":
					out[k].append(" ".join(v.split()))
				elif k == "compte":
					what, n = v.split()
					if what not in ("OS", "OO", "actions", "sous-actions"):
						sys.exit("%s: unknown count %r" % (path, what))
					out[k][what] = int(n)
				else:
					out[k] = v.strip()
	return out


def number(s):
	try:
		return float(s)
	except ValueError:
		return None


def same_number(got, want, tolerance):
	"""Both empty, or both numbers within tolerance."""
	if want == "":
		return got == ""
	g = number(got)
	return g is not None and abs(g - float(want)) <= tolerance


def iso_date(raw):
	"""A date exported raw (serial day in the 1900 system) as ISO; anything
	else as it is."""
	v = number(raw)
	if v is None:
		return raw
	return (datetime.date(1899, 12, 30) + datetime.timedelta(days=int(v))).isoformat()


def short(label):
	return "«%s»" % (label if len(label) <= 50 else label[:49] + "…")


def csv_dialect(path):
	"""(encoding, separator) of a CSV file, as a person opening it would guess."""
	with open(path, "rb") as f:
		data = f.read()
	try:
		text = data.decode("utf-8-sig")
		encoding = "utf-8-sig"
	except UnicodeDecodeError:
		text = data.decode("cp1252")
		encoding = "cp1252"
	def width(sep):	# fields of the first non-empty record, quoted line breaks included
		return len(next((r for r in csv.reader(io.StringIO(text, newline=""), delimiter=sep)
		                 if any(c.strip() for c in r)), []))
	return encoding, max((";", ",", "\t"), key=width)


def run(args, **kw):
	try:
		return subprocess.run(args, env=env, capture_output=True, text=True, timeout=TIMEOUT, **kw)
	except subprocess.TimeoutExpired:
		return subprocess.CompletedProcess(args, -1, "", "timeout after %d s" % TIMEOUT)


def check_layout(L, path, truth, objectives, expect):
	with tempfile.TemporaryDirectory() as tmp:
		book = os.path.join(tmp, "out.gnumeric")
		r = run([pst, "import", path, "-o", book])
		want_rc = int(expect.get("sortie", "0"))
		L.check(r.returncode == want_rc, "sortie", "%d (%s)" % (r.returncode, " ".join(r.stderr.split())[:200]), want_rc)

		explain = run([pst, "import", path, "--explique"])
		forme = expect.get("forme", "")
		lines = [" ".join(l.split()) for l in (explain.stdout + "\n" + explain.stderr).splitlines()
		         if re.match(r"^\s*Hiérarchie", l)]
		L.check(any(forme in l for l in lines), "forme (--explique)",
		        "«%s»" % (" | ".join(lines) if lines else
		                  "no Hiérarchie line, exit %d: %s" % (explain.returncode,
		                                                        " ".join(explain.stderr.split())[:120])),
		        "a line «Hiérarchie … %s …»" % forme)

		# the doubts: the "- …" lines under "Doutes (n) :"
		doubts, inside = [], False
		for l in (explain.stdout + "\n" + explain.stderr).splitlines():
			if re.match(r"^Doutes? \(", l):
				inside = True
			elif inside and re.match(r"^\s+- ", l):
				doubts.append(" ".join(l.split())[2:])
			elif inside and not l.startswith(" "):
				inside = False
		if want_rc == 3:
			L.check(bool(expect["doute"]), "sortie 3 without a doute line in %s.expect" % L.name)
		for d in expect["doute"]:
			L.check(any(d in x for x in doubts), "doute (--explique)",
			        "«%s»" % (" | ".join(doubts) or "no doubt"), "a doubt «… %s …»" % d)

		counts_only = bool(expect["compte"])
		if counts_only:
			L.check(not truth and not objectives, "a layout scored by its counts has empty truth files",
			        "%d and %d rows" % (len(truth), len(objectives)), "0")
		L.actions = len(truth)
		L.objectives = len(objectives)
		L.fields = 0
		if not os.path.exists(book):
			L.fields = len(truth) * (len(FIELDS) + 1)
			L.check(False, "no workbook written: %d actions and %d objectives not checked"
			        % (len(truth), len(objectives)))
			return
		try:
			plan = export_sheet(book, "Plan", os.path.join(tmp, "plan.txt"))
			objs = export_sheet(book, "Objectifs", os.path.join(tmp, "obj.txt"))
			anomalies = export_sheet(book, "Anomalies", os.path.join(tmp, "ano.txt"))
		except (subprocess.CalledProcessError, OSError, IndexError) as e:
			L.fields = len(truth) * (len(FIELDS) + 1)
			L.check(False, "sheets Plan, Objectifs, Anomalies not readable: %s" % e)
			return

		# counts per entity
		entities = sorted({t["entite"] for t in truth} | {o["entite"] for o in objectives})
		if counts_only:
			entities = [L.name]
		for e in entities:
			want = {
				"OS": sum(1 for o in objectives if o["entite"] == e and o["type"] == "OS"),
				"OO": sum(1 for o in objectives if o["entite"] == e and o["type"] == "OO"),
				"actions": sum(1 for t in truth if t["entite"] == e and not t["parent"]),
				"sous-actions": sum(1 for t in truth if t["entite"] == e and t["parent"]),
			}
			if counts_only:
				want = {k: expect["compte"].get(k, 0) for k in want}
			got = {
				"OS": sum(1 for o in objs if o.get("Entité") == e and o.get("Type") == "OS"),
				"OO": sum(1 for o in objs if o.get("Entité") == e and o.get("Type") == "OO"),
				"actions": sum(1 for a in plan if a.get("Entité") == e and a.get("Réf.", "").count(".") == 2),
				"sous-actions": sum(1 for a in plan if a.get("Entité") == e and a.get("Réf.", "").count(".") == 3),
			}
			for k in ("OS", "OO", "actions", "sous-actions"):
				L.check(got[k] == want[k], "%s: %s" % (e, k), got[k], want[k])
		others = sorted({a.get("Entité", "") for a in plan} - set(entities))
		L.check(not others, "entities not in the truth", others, entities)

		# actions and sous-actions, field by field
		by_ref = {}
		for a in plan:
			by_ref.setdefault((a.get("Entité"), a.get("Réf.")), []).append(a)

		def parent_of(a):
			ref = a.get("Réf.", "")
			parents = by_ref.get((a.get("Entité"), ref.rsplit(".", 1)[0]), []) if ref.count(".") == 3 else []
			return parents[0].get("Action", "") if len(parents) == 1 else None
		for t in truth:
			what = short(t["action"])
			rows = [a for a in plan if a.get("Entité") == t["entite"] and a.get("Action") == t["action"]]
			if len(rows) > 1 and t["parent"]:	# a sous-action's label repeated under other actions
				what = "%s (under %s)" % (what, short(t["parent"]))
				rows = [a for a in rows if parent_of(a) == t["parent"]]
			if not L.check(len(rows) == 1, "%s (%s) in Plan" % (what, t["entite"]),
			               "%d rows" % len(rows), "1"):
				L.fields += len(FIELDS) + 1
				continue
			L.found += 1
			a = rows[0]
			for key, col in FIELDS:
				got, want = a.get(col, ""), t.get(key, "")
				if key == "avancement":
					ok = same_number(got, want, 1e-9)
				elif key == "budget":
					ok = same_number(got, want, 0.005)
				elif key == "fin":
					got = iso_date(got)
					ok = got == want
				else:
					ok = got == want
				L.field(ok, "%s %s" % (what, key), got, want)
			ref = a.get("Réf.", "")
			if t["parent"]:
				parents = by_ref.get((t["entite"], ref.rsplit(".", 1)[0]), []) if ref.count(".") == 3 else []
				got = parents[0].get("Action", "") if len(parents) == 1 else "(réf. %s, %d parent rows)" % (ref, len(parents))
				L.field(got == t["parent"], "%s parent" % what, got, t["parent"])
			else:
				L.field(ref.count(".") == 2, "%s level" % what, "réf. %s" % ref, "an action réf. n.n.n")

		# objectives
		for o in objectives:
			what = "%s %s" % (o["type"], short(o["label"]))
			if o.get("ref"):	# an objective without label: found by its code
				what = "%s %s" % (o["type"], o["ref"])
				rows = [x for x in objs if x.get("Entité") == o["entite"] and x.get("Type") == o["type"]
				        and x.get("Réf.") == o["ref"]]
			else:
				rows = [x for x in objs if x.get("Entité") == o["entite"] and x.get("Type") == o["type"]
				        and x.get("Libellé") == o["label"]]
			if len(rows) > 1 and o["type"] == "OO":	# OO without label, one per OS: told by their OS
				rows = [x for x in rows if any(y.get("Libellé") == o["os"] for y in objs
				        if y.get("Entité") == o["entite"] and y.get("Type") == "OS"
				        and y.get("Réf.") == x.get("Réf.", "").rsplit(".", 1)[0])]
			if not L.check(len(rows) == 1, "%s (%s) in Objectifs" % (what, o["entite"]),
			               "%d rows" % len(rows), "1"):
				continue
			L.obj_found += 1
			x = rows[0]
			if o.get("ref"):
				L.check(x.get("Libellé") == o["label"], "%s: label" % what, "«%s»" % x.get("Libellé"),
				        "«%s»" % o["label"])
			if o["type"] == "OO":
				ref = x.get("Réf.", "")
				parent = [y.get("Libellé") for y in objs if y.get("Entité") == o["entite"]
				          and y.get("Type") == "OS" and y.get("Réf.") == ref.rsplit(".", 1)[0]]
				if not parent:
					parent = sorted({a.get("Objectif stratégique") for a in plan
					                 if a.get("Entité") == o["entite"] and a.get("Réf. OO") == ref})
				got = parent[0] if len(parent) == 1 else " | ".join(parent) or "(none)"
				L.check(got == o["os"], "%s: OS" % what, "«%s»" % got, "«%s»" % o["os"])
			n = number(x.get("Actions", ""))
			L.check(n is not None and int(n) == int(o["actions"]), "%s: actions" % what,
			        x.get("Actions", ""), o["actions"])
			got = x.get("Avancement", "")
			L.check(same_number(got, o["avancement"], 1e-9), "%s: avancement" % what,
			        "«%s»" % got, "«%s»" % o["avancement"] if o["avancement"] else "empty")

		# nothing lost
		named = set()
		for table in (plan, objs, anomalies):
			for r in table:
				s = parse_source(r.get("Source", ""))
				if s:
					named.add(s)
		if path.endswith(".csv"):
			encoding, sep = csv_dialect(path)
			rows = source_rows(path, tmp, encoding=encoding, delimiter=sep)
		else:
			rows = source_rows(path, tmp)
		lost = sorted(rows - named)
		L.check(not lost, "rows lost", "%d: %s" % (len(lost), lost[:8]), "none")


def main():
	results = []
	for expect_path in sorted(glob.glob(os.path.join(LAYOUTS, "L*.expect"))):
		name = os.path.basename(expect_path)[:-len(".expect")]
		if only and name not in only:
			continue
		sources = [p for ext in ("xlsx", "ods", "csv")
		           for p in [os.path.join(LAYOUTS, "%s.%s" % (name, ext))] if os.path.exists(p)]
		L = Layout(name)
		if not L.check(len(sources) == 1, "source file", sources, "one .xlsx, .ods or .csv"):
			results.append(L)
			continue
		check_layout(L, sources[0],
		             read_tsv(os.path.join(LAYOUTS, name + ".truth.tsv")),
		             read_tsv(os.path.join(LAYOUTS, name + ".objectifs.tsv")),
		             read_expect(expect_path))
		results.append(L)

	print()
	print("%-26s %9s %11s %10s %11s  %s" % ("layout", "actions", "fields", "objectifs", "checks", ""))
	for L in results:
		print("%-26s %4d/%-4d %5d/%-5d %4d/%-4d %5d/%-5d  %s" % (
			L.name, L.found, L.actions, L.fields_ok, L.fields, L.obj_found, L.objectives,
			L.passed, L.passed + L.failed, "ok" if not L.failed else "FAIL"))
	ok = sum(1 for L in results if not L.failed)
	bad = len(results) - ok
	print("import layouts: %d passed, %d failed" % (ok, bad))
	sys.exit(1 if bad or not results else 0)


main()
