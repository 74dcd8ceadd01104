#!/usr/bin/env python3
"""build.py: rebuilds the plan samples and their expected import results.

    python3 samples/src/build.py

reads the sheet grids under samples/src/<sample>/ (one TSV per sheet, see
README.md) and writes

    samples/virton-pst.xlsx     (via a Gnumeric XML file and ssconvert)
    samples/erezee-pst.ods      (likewise)
    samples/burdinne-pst.csv    (UTF-8 with BOM, ";" and CRLF, as Excel writes it)
    samples/expected/<sample>.tsv and <sample>.counts

The expected files are derived here from the grids by a reader that knows
each sample's layout (it is not the importer: it detects nothing).  Every
status word and progress value met must be one this script knows, so a
typo in a grid stops the build instead of silently changing the oracle.
Needs Python 3 (standard library only) and ssconvert.
"""
import datetime
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

SRC = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.dirname(SRC)
EXPECTED = os.path.join(SAMPLES, "expected")

# ------------------------------------------------------------------ grids

NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")
FORMATS = {"date": "dd/mm/yyyy", "pct": "0%", "eur": '#,##0.00 "€"'}


class Cell:
	"""One cell of a grid: text, or a number with an optional format, or a
	formula (raw "{formula}=…" or "{formula:pct}=…", with a format)."""

	def __init__(self, raw):
		self.raw = raw
		self.fmt = None
		m = re.match(r"^\{(date|pct|eur)\}(.*)$", raw)
		f = re.match(r"^\{formula(?::(date|pct|eur))?\}(=.+)$", raw)
		if f:	# "{formula:pct}=SUBTOTAL(1,H3:H20)": a formula, its value computed
			self.kind, self.fmt, self.value = "formula", f.group(1), f.group(2)
		elif m:
			self.fmt = m.group(1)
			if self.fmt == "date":
				d = datetime.date.fromisoformat(m.group(2))
				self.value = float((d - datetime.date(1899, 12, 30)).days)
			else:
				self.value = float(m.group(2))
			self.kind = "number"
		elif raw.startswith("'"):
			self.kind, self.value = "text", raw[1:]
		elif NUMBER.match(raw):
			self.kind, self.value = "number", float(raw)
		else:
			self.kind, self.value = "text", raw

	def text(self):
		if self.kind in ("text", "formula"):
			return self.value
		return "%g" % self.value


def read_grid(path):
	"""A TSV grid as a list of rows, each a list of Cell or None (empty)."""
	rows = []
	with open(path, encoding="utf-8") as f:
		for line in f:
			line = line.rstrip("\n").rstrip("\r")
			rows.append([Cell(v) if v != "" else None for v in line.split("\t")] if line.strip("\t") else [])
	return rows


def cell(row, col):
	return row[col] if col < len(row) else None


def text(row, col):
	c = cell(row, col)
	return c.text().strip() if c else ""


# ------------------------------------------------------------------ writers

def xml(s):
	return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
	        .replace('"', "&quot;"))


def shade(back):
	"""' Back="…" Shade="1"', the fill of a cell, from "RRGGBB"."""
	return ' Back="%s" Shade="1"' % ":".join("%X" % (int(back[i:i + 2], 16) * 257) for i in (0, 2, 4))


def style(fmt=None, bold=False, wrap=False, back=None):
	font = '<gnm:Font Unit="10" Bold="1" Italic="0" Underline="0" StrikeThrough="0" Script="0">Sans</gnm:Font>'
	return '<gnm:Style%s%s%s>%s</gnm:Style>' % (' Format="%s"' % xml(fmt) if fmt else "",
	                                            ' WrapText="1"' if wrap else "", shade(back) if back else "",
	                                            font if bold else "")


def gnumeric(sheets, bold=lambda row: False, merges=None, indents=None, hidden=None, freeze=None,
             shades=None, wraps=None, filters=None, hidden_rows=None):
	"""A Gnumeric XML workbook from [(name, grid)]; formats and bold rows go in
	style regions (a cell's ValueFormat alone does not survive the ODS export).
	Optional, per sheet name: merges, a list of ranges ("B3:C3"), indents,
	a dict {(row, col): level} of left-aligned indented cells (0-based),
	hidden, a set of hidden columns (0-based), and freeze, the first cell
	below and right of frozen panes ("A7": rows 1 to 6 stay in view).  A
	text cell holding a line break wraps, as Excel sets it on Alt+Enter.
	shades, a dict {(row, col): "RRGGBB"} of filled cells, wraps, a set of
	cells wrapped (0-based), filters, the range of an autofilter
	("A1:J20"), and hidden_rows, a set of hidden rows (0-based)."""
	merges = merges or {}
	indents = indents or {}
	hidden = hidden or {}
	freeze = freeze or {}
	shades = shades or {}
	wraps = wraps or {}
	filters = filters or {}
	hidden_rows = hidden_rows or {}
	out = ['<?xml version="1.0" encoding="UTF-8"?>',
	       '<gnm:Workbook xmlns:gnm="http://www.gnumeric.org/v10.dtd">',
	       "<gnm:SheetNameIndex>"]
	out += ["<gnm:SheetName>%s</gnm:SheetName>" % xml(n) for n, _ in sheets]
	out += ["</gnm:SheetNameIndex>", "<gnm:Sheets>"]
	for name, grid in sheets:
		out.append("<gnm:Sheet><gnm:Name>%s</gnm:Name>" % xml(name))
		# column widths a person would have set: wide enough, not too wide
		ncols = max(len(r) for r in grid)
		out.append("<gnm:Cols>")
		for c in range(ncols):
			longest = max([len(text(r, c)) for r in grid if r and cell(r, c) and
			               not (c == 0 and len([x for x in r if x]) == 1)] or [8])
			out.append('<gnm:ColInfo No="%d" Unit="%.1f"%s/>' % (c, min(max(longest, 6), 70) * 5.6 + 8,
			                                                   ' Hidden="1"' if c in hidden.get(name, ()) else ""))
		out.append("</gnm:Cols>")
		if hidden_rows.get(name):
			out.append("<gnm:Rows>%s</gnm:Rows>" % "".join('<gnm:RowInfo No="%d" Unit="12.75" Hidden="1"/>' % r
			                                                for r in sorted(hidden_rows[name])))
		out.append("<gnm:Styles>")
		region = '<gnm:StyleRegion startCol="%d" startRow="%d" endCol="%d" endRow="%d">%s</gnm:StyleRegion>'
		for r, row in enumerate(grid):
			if bold(row):
				out.append(region % (0, r, ncols - 1, r, style(bold=True)))
			for c, v in enumerate(row):
				if v is not None and v.fmt:
					out.append(region % (c, r, c, r, style(FORMATS[v.fmt])))
				elif v is not None and v.kind == "text" and "\n" in v.value:
					out.append(region % (c, r, c, r, style(bold=bold(row), wrap=True)))
		for (r, c), level in sorted(indents.get(name, {}).items()):
			out.append(region % (c, r, c, r, '<gnm:Style HAlign="GNM_HALIGN_LEFT" Indent="%d"></gnm:Style>' % level))
		filled, wrapped = shades.get(name, {}), wraps.get(name, set())
		for r, c in sorted(set(filled) | set(wrapped)):	# the whole style of the cell
			v = cell(grid[r], c) if r < len(grid) else None
			out.append(region % (c, r, c, r, style(FORMATS[v.fmt] if v is not None and v.fmt else None,
			                                       bold=r < len(grid) and bold(grid[r]),
			                                       wrap=(r, c) in wrapped or (v is not None and v.kind == "text"
			                                                                  and "\n" in v.value),
			                                       back=filled.get((r, c)))))
		out.append("</gnm:Styles><gnm:Cells>")
		for r, row in enumerate(grid):
			for c, v in enumerate(row):
				if v is None:
					continue
				attrs = 'Row="%d" Col="%d"' % (r, c)
				if v.kind == "number":
					out.append('<gnm:Cell %s ValueType="40">%s</gnm:Cell>' % (attrs, "%.15g" % v.value))
				elif v.kind == "formula":
					out.append('<gnm:Cell %s>%s</gnm:Cell>' % (attrs, xml(v.value)))
				else:
					out.append('<gnm:Cell %s ValueType="60">%s</gnm:Cell>' % (attrs, xml(v.value)))
		merged = "".join("<gnm:Merge>%s</gnm:Merge>" % m for m in merges.get(name, []))
		frozen = ('<gnm:SheetLayout TopLeft="A1"><gnm:FreezePanes FrozenTopLeft="A1" UnfrozenTopLeft="%s"/>'
		          '</gnm:SheetLayout>' % freeze[name]) if name in freeze else ""
		filt = ('<gnm:Filters><gnm:Filter Area="%s"/></gnm:Filters>' % filters[name]) if name in filters else ""
		out.append("</gnm:Cells>%s%s%s</gnm:Sheet>"
		           % ("<gnm:MergedRegions>%s</gnm:MergedRegions>" % merged if merged else "", frozen, filt))
	out += ["</gnm:Sheets>", "</gnm:Workbook>", ""]
	return "\n".join(out)


def convert(sheets, target, bold, **layout):
	"""Writes [(name, grid)] to target through ssconvert; layout: the merges,
	indents, hidden columns, frozen panes, shades, wraps, filters and hidden
	rows of gnumeric()."""
	with tempfile.TemporaryDirectory() as tmp:
		book = os.path.join(tmp, "book.gnumeric")
		with open(book, "w", encoding="utf-8") as f:
			f.write(gnumeric(sheets, bold, **layout))
		if os.path.exists(target):
			os.remove(target)
		env = dict(os.environ, GSETTINGS_BACKEND="memory")
		subprocess.run(["ssconvert", book, target], check=True, env=env,
		               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def write_csv(grid, target):
	"""As a Belgian Excel saves "CSV UTF-8": BOM, ";" and CRLF."""
	def field(c):
		s = c.raw[1:] if c and c.raw.startswith("'") else (c.raw if c else "")
		if any(ch in s for ch in ';"\n') or s != s.strip():
			s = '"' + s.replace('"', '""') + '"'
		return s
	width = max(len(r) for r in grid)
	with open(target, "w", encoding="utf-8-sig", newline="") as f:
		for row in grid:
			f.write(";".join(field(cell(row, c)) for c in range(width)) + "\r\n")


# ------------------------------------------------------------------ vocabulary

def fold(s):
	s = unicodedata.normalize("NFD", s)
	s = "".join(ch for ch in s if not unicodedata.combining(ch))
	return " ".join(s.lower().split())


# doc/domain.md §4
STATUTS = {
	"a demarrer": "NON_COMMENCE", "en creation": "NON_COMMENCE", "non commence": "NON_COMMENCE",
	"en cours": "EN_COURS", "permanent": "EN_COURS", "perenne": "EN_COURS",
	"a agender": "EN_ATTENTE", "en attente": "EN_ATTENTE",
	"suspendu": "PROBLEME",
	"termine": "TERMINE", "finalise": "TERMINE", "cloture": "TERMINE",
	"annule": "ANNULE_ABANDONNE", "abandonne": "ANNULE_ABANDONNE",
}


def statut(c):
	s = c.text() if c else ""
	if not s.strip():
		return ""
	code = STATUTS.get(fold(s))
	if not code:
		sys.exit("build.py: unknown status %r" % s)
	return code


def avancement(c):
	"""A progress as a fraction 0..1: 0.5 or 50 % formatted, 50, "50 %", "0,5"."""
	if c is None:
		return None
	if c.kind == "number":
		v = c.value if c.fmt == "pct" or c.value <= 1 else c.value / 100
	else:
		s = c.value.strip().replace(",", ".")
		m = re.match(r"^([0-9]+(?:\.[0-9]+)?)\s*%$", s)
		if m:
			v = float(m.group(1)) / 100
		elif re.match(r"^[0-9]+(\.[0-9]+)?$", s):
			v = float(s)
			v = v if v <= 1 else v / 100
		else:
			return None
	if not 0 <= v <= 1:
		sys.exit("build.py: progress out of range %r" % c.raw)
	return v


def fmt_fraction(v):
	return "" if v is None else "%g" % round(v, 6)


# ------------------------------------------------------------------ expected

HEADER = ["volet", "ref_os", "os_label", "ref_oo", "oo_label", "ref", "action_label",
          "statut", "avancement", "source_row"]


def write_expected(name, lines, levels):
	with open(os.path.join(EXPECTED, name + ".tsv"), "w", encoding="utf-8") as f:
		f.write("\t".join(HEADER) + "\n")
		for l in lines:
			assert all("\t" not in v and "\n" not in v for v in l), l
			f.write("\t".join(l) + "\n")
	os_ = {(l[0], l[1]) for l in lines}
	oo = {(l[0], l[3]) for l in lines}
	with open(os.path.join(EXPECTED, name + ".counts"), "w", encoding="utf-8") as f:
		f.write("os %d\noo %d\nactions %d\nsous-actions %d\n"
		        % (len(os_), len(oo), levels.count(3), levels.count(4)))


def expected_virton(sheet, grid):
	"""Section title rows: VOLET …, "O. S. n - label", "O. O. n.m." + label, "action k" + label."""
	lines, levels = [], []
	volet = os_ref = os_label = oo_ref = oo_label = None
	last = 0
	for i, row in enumerate(grid, 1):
		a, b = text(row, 0), text(row, 1)
		if a.startswith("VOLET "):
			volet = a.split()[1].lower()
		elif re.match(r"^O\. ?S\. ?\d", a):
			m = re.match(r"^O\. ?S\. ?(\d+) - (.+)$", a)
			os_ref, os_label = m.group(1), m.group(2).strip()
		elif re.match(r"^O\. ?O\. ?\d", a):
			oo_ref = re.match(r"^O\. ?O\. ?(\d+\.\d+)\.$", a).group(1)
			assert oo_ref.split(".")[0] == os_ref, (i, a)
			oo_label, last = b, 0
		elif a.startswith("action "):
			n = int(a.split()[1])
			assert n == last + 1, (i, a)
			last = n
			lines.append([volet, os_ref, os_label, oo_ref, oo_label, "%s.%d" % (oo_ref, n), b,
			              statut(cell(row, 2)), fmt_fraction(avancement(cell(row, 3))),
			              "%s!%d" % (sheet, i)])
			levels.append(3)
	return lines, levels


def expected_erezee(sheets):
	"""One sheet per OO: title rows (CPAS, OS, "OOn : label", maybe a description),
	then N° | Actions et projets | Tâche | Qui ? | Échéance | État | % réalisé | Remarques.
	The first row of an action holds its number, its label and its first task."""
	lines, levels = [], []
	os_ref, os_label = "1", None
	for sheet, grid in sheets:
		oo_ref = oo_label = None
		header = None
		numbers = []
		act = None
		for i, row in enumerate(grid, 1):
			a = text(row, 0)
			if header is None:
				if a.startswith("Objectif stratégique : "):
					label = a[len("Objectif stratégique : "):]
					assert os_label in (None, label)
					os_label = label
				m = re.match(r"^OO(\d+) : (.+)$", a)
				if m:
					oo_ref, oo_label = "1." + m.group(1), m.group(2)
				if a == "N°":
					header = i
				continue
			if not row:
				continue
			label, task = text(row, 1), text(row, 2)
			st, av = statut(cell(row, 5)), fmt_fraction(avancement(cell(row, 6)))
			src = "%s!%d" % (sheet, i)
			if a or label:
				n = int(float(a)) if a else max(numbers, default=0) + 1
				numbers.append(n)
				act = ["", os_ref, os_label, oo_ref, oo_label, "%s.%d" % (oo_ref, n), label]
				act_tasks = 0
				if task:
					lines.append(act + ["", "", src])
					levels.append(3)
				else:
					lines.append(act + [st, av, src])
					levels.append(3)
					continue
			assert task and act, (sheet, i)
			act_tasks += 1
			lines.append(["", os_ref, os_label, oo_ref, oo_label, "%s.%d" % (act[5], act_tasks), task,
			              st, av, src])
			levels.append(4)
	return lines, levels


def expected_burdinne(sheet, grid):
	"""One flat table; Volet, Thème, Code OS, OS, Code OO, OO written only on the
	first row of their group.  Codes kept as written; actions numbered in their OO."""
	lines, levels = [], []
	head = None
	cur = {}
	seq = 0
	for i, row in enumerate(grid, 1):
		if head is None:
			if text(row, 0) == "Volet":
				head = [text(row, c) for c in range(len(row))]
			continue
		if not any(row):
			continue
		for c, key in enumerate(["volet", "theme", "code_os", "os", "code_oo", "oo"]):
			if text(row, c):
				cur[key] = text(row, c)
				if key == "code_oo":
					seq = 0
		os_ref = re.match(r"^O\.S\.([0-9.]*[0-9])\.?$", cur["code_os"]).group(1)
		oo_ref = re.match(r"^O\.O\.([0-9.]*[0-9])\.?$", cur["code_oo"]).group(1)
		assert oo_ref.startswith(os_ref + "."), (i, os_ref, oo_ref)
		seq += 1
		av_cell = cell(row, head.index("Avancement"))
		av = avancement(av_cell)
		st = statut(av_cell) if av_cell and av is None else ""
		lines.append([cur["volet"], os_ref, cur["os"], oo_ref, cur["oo"], "%s.%d" % (oo_ref, seq),
		              text(row, head.index("Action")), st, fmt_fraction(av), "%s!%d" % (sheet, i)])
		levels.append(3)
	return lines, levels


# ------------------------------------------------------------------ main

def grids(directory):
	d = os.path.join(SRC, directory)
	return [(f[:-4], read_grid(os.path.join(d, f))) for f in sorted(os.listdir(d)) if f.endswith(".tsv")]


def main():
	os.makedirs(EXPECTED, exist_ok=True)

	virton = grids("virton-pst")
	# titles, header and the VOLET / O. S. / O. O. section rows in bold
	convert(virton, os.path.join(SAMPLES, "virton-pst.xlsx"),
	        lambda row: bool(row) and row[0] is not None and
	        re.match(r"^(CPAS|Tableau|Référence|VOLET|O\. ?[SO]\.)", row[0].text()) is not None)
	write_expected("virton-pst", *expected_virton(*virton[0]))

	erezee = grids("erezee-pst")
	# the title rows and the header in bold
	convert(erezee, os.path.join(SAMPLES, "erezee-pst.ods"),
	        lambda row: bool(row) and row[0] is not None and
	        re.match(r"^(CPAS|Objectif|OO[0-9]|N°)", row[0].text()) is not None)
	write_expected("erezee-pst", *expected_erezee(erezee))

	(_, burdinne), = grids("burdinne-pst")
	write_csv(burdinne, os.path.join(SAMPLES, "burdinne-pst.csv"))
	# Gnumeric names a CSV file's only sheet after the file
	write_expected("burdinne-pst", *expected_burdinne("burdinne-pst.csv", burdinne))


if __name__ == "__main__":
	main()
