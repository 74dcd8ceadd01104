#!/usr/bin/env python3
"""compare.py: the checks of check-libreoffice.sh that read files.

  compare.py values LABEL KNOWN.tsv GNUMERIC.csv LIBREOFFICE.csv SHEET
      the cells of one sheet as Gnumeric and LibreOffice computed them:
      numbers within 1e-9 (relative), TRUE/FALSE as 1/0 (Calc has no logical
      values), anything else the same text; a cell listed in KNOWN.tsv for
      LABEL (or "*") must show the listed LibreOffice value instead.
  compare.py formulas A.gnumeric B.gnumeric [LABEL]
      every formula of A is in B, in the same cell, with the same text.
  compare.py functions WORKBOOK.gnumeric NAME...
      the workbook calls every function NAME.
  compare.py uses-pst WORKBOOK
      the .ods or .xlsx file holds PST formulas.
  compare.py workbook LABEL KNOWN.tsv GDIR GBASE LDIR LBASE [--alive]
      "values" for every sheet GDIR/GBASE-SHEET.csv against
      LDIR/LBASE-SHEET.csv; with --alive, also no Err:nnn, #NAME? or
      #VALUE! in LibreOffice where Gnumeric has none: the formulas live.

Each check prints "ok - ..." or "not ok - ..." lines; the exit status is
1 when one failed.
"""
import csv
import datetime
import gzip
import os
import re
import sys


def load_csv(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))


LO_DATE = re.compile(r'^(\d\d)/(\d\d)/(\d{4})(?: (\d\d):(\d\d):(\d\d))?$')
LO_PERCENT = re.compile(r'^(-?\d+(?:\.\d+)?(?:E[-+]?\d+)?)%$')


def norm(text):
    """A cell as a number where it is one.  Gnumeric writes raw values;
    LibreOffice writes a formatted cell as typed in its input line (C
    locale): 60%, 09/01/2020, 09/01/2020 00:00:00."""
    text = text.strip()
    if text in ('TRUE', 'VRAI'):
        return 1.0
    if text in ('FALSE', 'FAUX'):
        return 0.0
    try:
        return float(text)
    except ValueError:
        pass
    m = LO_PERCENT.match(text)
    if m:
        return float(m.group(1)) / 100
    m = LO_DATE.match(text)
    if m:
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        serial = (datetime.date(year, month, day) - datetime.date(1899, 12, 30)).days
        if m.group(4):
            serial += (int(m.group(4)) * 3600 + int(m.group(5)) * 60 + int(m.group(6))) / 86400
        return float(serial)
    return text


def same(a, b):
    a, b = norm(a), norm(b)
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    return a == b


def cell_name(row, col):
    name = ''
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        name = chr(65 + r) + name
    return '%s%d' % (name, row + 1)


def cell_index(name):
    m = re.match(r'^([A-Z]+)(\d+)$', name)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def load_known(path, label):
    """sheet!cell -> (gnumeric, libreoffice alternatives, reason)."""
    known = {}
    labels = (label, '*') if label in ('ods', 'xlsx') else (label,)
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.strip() or line.startswith('#'):
                continue
            fields = line.rstrip('\n').split('\t')
            if len(fields) < 6 or fields[0] not in labels:
                continue
            first, _, last = fields[2].partition(':')
            r0, c0 = cell_index(first)
            r1, c1 = cell_index(last or first)
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    known['%s!%s' % (fields[1], cell_name(r, c))] = \
                        (fields[3], fields[4].split('|'), fields[5])
    return known


def values(label, known_path, gnumeric, libreoffice, sheet):
    known = load_known(known_path, label)
    # "retour": Gnumeric reading what LibreOffice saved.
    other = 'Gnumeric (retour)' if label.startswith('retour') else 'LibreOffice'

    g, l = load_csv(gnumeric), load_csv(libreoffice)
    n_cells = n_known = 0
    failures, notes = [], []
    for r in range(max(len(g), len(l))):
        grow = g[r] if r < len(g) else []
        lrow = l[r] if r < len(l) else []
        for c in range(max(len(grow), len(lrow))):
            a = grow[c] if c < len(grow) else ''
            b = lrow[c] if c < len(lrow) else ''
            where = '%s!%s' % (sheet, cell_name(r, c))
            if where in known:
                kg, kl, reason = known[where]
                n_known += 1
                if (kg == '*' or same(a, kg)) and any(same(b, v) for v in kl):
                    continue
                if same(a, b):
                    notes.append('%s : différence connue disparue (%s), retirer sa ligne'
                                 % (where, reason))
                    continue
                failures.append('%s: Gnumeric "%s", %s "%s", attendu "%s" / "%s" (%s)'
                                % (where, a, other, b, kg, '|'.join(kl), reason))
                continue
            if a == '' and b == '':
                continue
            n_cells += 1
            if not same(a, b):
                failures.append('%s: Gnumeric "%s", %s "%s"' % (where, a, other, b))
    for note in notes:
        print('# ' + note)
    if failures:
        print('not ok - %s %s : %d cellules différentes' % (label, sheet, len(failures)))
        for f in failures[:40]:
            print('#   ' + f)
        return 1
    print('ok - %s %s : %d cellules identiques, %d différences connues'
          % (label, sheet, n_cells, n_known))
    return 0


def gnumeric_formulas(path):
    """(sheet, row, col) -> expression text, shared expressions resolved."""
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        text = f.read()
    formulas, shared = {}, {}
    for sheet in re.finditer(r'<gnm:Sheet\b.*?</gnm:Sheet>', text, re.S):
        body = sheet.group(0)
        name = re.search(r'<gnm:Name>(.*?)</gnm:Name>', body).group(1)
        for cell in re.finditer(r'<gnm:Cell ([^>]*?)(?:/>|>(.*?)</gnm:Cell>)', body, re.S):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', cell.group(1)))
            content = cell.group(2) or ''
            key = (name, int(attrs['Row']), int(attrs['Col']))
            if 'ExprID' in attrs:
                if content.startswith('='):
                    shared[attrs['ExprID']] = content
                formulas[key] = attrs['ExprID']
            elif content.startswith('='):
                formulas[key] = content
    for key, value in formulas.items():
        if not value.startswith('='):
            formulas[key] = shared.get(value, '(expression partagée %s introuvable)' % value)
    return formulas


def same_formula(a, b):
    """Calc writes TRUE() and FALSE() of an .ods back as the constants
    TRUE and FALSE, which Gnumeric reads as such; a whole column ends on
    the last row of the sheet, 65 536 in a .gnumeric sheet, 1 048 576 in
    one read from .xlsx."""
    if a is None or b is None:
        return a == b

    def canonical(f):
        f = re.sub(r'\b(true|false)\(\)', lambda m: m.group(1).upper(), f, flags=re.I)
        return re.sub(r'\$(65536|1048576)\b', '$LAST', f)
    return canonical(a) == canonical(b)


def formulas(a_path, b_path, label):
    a, b = gnumeric_formulas(a_path), gnumeric_formulas(b_path)
    failures = []
    for key, expr in sorted(a.items()):
        other = b.get(key)
        if not same_formula(expr, other):
            failures.append('%s!%s: "%s" devenu "%s"' % (key[0], cell_name(key[1], key[2]),
                                                         expr, other))
    if failures:
        print('not ok - %s relu par Gnumeric : %d formules différentes sur %d'
              % (label, len(failures), len(a)))
        for f in failures[:40]:
            print('#   ' + f)
        return 1
    print('ok - %s relu par Gnumeric : %d formules identiques' % (label, len(a)))
    return 0


def functions(workbook, names):
    used = ' '.join(gnumeric_formulas(workbook).values()).upper()
    missing = [n for n in names
               if not re.search(r'(?<![A-Z0-9_.])' + re.escape(n.upper()) + r'\(', used)]
    if missing:
        print('not ok - le classeur n’appelle pas : %s' % ', '.join(missing))
        return 1
    print('ok - le classeur appelle les %d fonctions PST' % len(names))
    return 0


def alive(label, libreoffice_paths, gnumeric_paths, sheets, known):
    """No Err:nnn, #NAME? or #VALUE! that Gnumeric does not show, but for
    the known differences."""
    bad = []
    for lpath, gpath, sheet in zip(libreoffice_paths, gnumeric_paths, sheets):
        l, g = load_csv(lpath), load_csv(gpath)
        for r, row in enumerate(l):
            for c, value in enumerate(row):
                if '%s!%s' % (sheet, cell_name(r, c)) in known:
                    continue
                if re.match(r'^(Err:\d+|#NAME\?|#VALUE!)$', value):
                    gvalue = g[r][c] if r < len(g) and c < len(g[r]) else ''
                    if gvalue != value:
                        bad.append('%s %s: %s' % (lpath.rsplit('/', 1)[-1], cell_name(r, c), value))
    if bad:
        print('not ok - %s : formules mortes dans LibreOffice' % label)
        for b in bad[:40]:
            print('#   ' + b)
        return 1
    print('ok - %s : aucune formule morte dans LibreOffice' % label)
    return 0


def workbook(label, known_path, gdir, gbase, ldir, lbase, check_alive=False):
    """Every sheet Gnumeric wrote as GDIR/GBASE-SHEET.csv against
    LDIR/LBASE-SHEET.csv."""
    status = 0
    lpaths, gpaths, found = [], [], []
    prefix = gbase + '-'
    sheets = sorted(f[len(prefix):-4] for f in os.listdir(gdir)
                    if f.startswith(prefix) and f.endswith('.csv'))
    if not sheets:
        print('not ok - %s : aucune feuille calculée par Gnumeric' % label)
        return 1
    for sheet in sheets:
        gpath = os.path.join(gdir, '%s-%s.csv' % (gbase, sheet))
        lpath = os.path.join(ldir, '%s-%s.csv' % (lbase, sheet))
        if not os.path.exists(lpath):
            print('not ok - %s %s : feuille absente' % (label, sheet))
            status = 1
            continue
        status |= values(label, known_path, gpath, lpath, sheet)
        gpaths.append(gpath)
        lpaths.append(lpath)
        found.append(sheet)
    if check_alive:
        status |= alive(label, lpaths, gpaths, found, load_known(known_path, label))
    return status


def uses_pst(path):
    """The workbook (a zip: .ods or .xlsx) holds PST formulas."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith('.xml') and b'PST.' in z.read(name).upper():
                print('ok - %s : formules PST présentes' % os.path.basename(path))
                return 0
    print('not ok - %s : aucune formule PST' % os.path.basename(path))
    return 1


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    if argv[1] == 'values':
        return values(*argv[2:7])
    if argv[1] == 'formulas':
        return formulas(argv[2], argv[3], argv[4] if len(argv) > 4 else 'classeur')
    if argv[1] == 'functions':
        return functions(argv[2], argv[3:])
    if argv[1] == 'uses-pst':
        return uses_pst(argv[2])
    if argv[1] == 'workbook':
        return workbook(*argv[2:8], check_alive='--alive' in argv[8:])
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
