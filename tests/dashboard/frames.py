#!/usr/bin/env python3
"""frames.py PAGE.pgm...: the chart frames on the printed pages of the
dashboard, from the greyscale pages of "pdftoppm -gray".

Every chart of the dashboard prints in a frame, a rectangle whose left
side stands at the left edge of column A, the same for every chart.  That
edge is the leftmost column of ink that runs down far longer than a line
of text.  A piece of frame is each run of ink down that edge; it is a
whole chart when a line of ink runs right from both its ends, across most
of the page: its top and its bottom side.  A chart cut by a page break
prints as two pieces, one without its bottom side (where the page ends)
and one without its top side.

Prints one line per page, tab-separated: the page number, its width in
pixels, the number of whole charts, the number of cut pieces (with their
top and bottom rows, for the message of a failing test) and the rightmost
column of ink.  Exits 1 when no frame at all is found.
"""
import sys

INK = 160	# darker than this is ink (the table headers' fill reads 228)
SIDE = 40	# the shortest left side that tells where the frames stand
PIECE = 15	# the shortest piece of a side: longer than any letter
SPAN = 0.8	# a side of a frame runs over this part of the page width

MASK = bytes(1 if v < INK else 0 for v in range(256))


def read_pgm(path):
    """Width, height and the pixels of a binary PGM, 1 for ink, 0 else."""
    with open(path, 'rb') as f:
        data = f.read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b'#':
            pos = data.index(b'\n', pos) + 1
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    if fields[0] != b'P5' or int(fields[3]) > 255:
        sys.exit('%s: not a greyscale PGM of 8 bits' % path)
    width, height = int(fields[1]), int(fields[2])
    pos += 1
    return width, height, data[pos:pos + width * height].translate(MASK)


def runs(line):
    """(start, length) of the runs of ink of a line of 0 and 1."""
    found, i = [], 0
    while True:
        i = line.find(1, i)
        if i < 0:
            return found
        j = line.find(0, i)
        if j < 0:
            j = len(line)
        found.append((i, j - i))
        i = j


def column(page, x):
    width, height, px = page
    return px[x::width][:height]


def right_from(page, x, y):
    """The length of the line of ink that runs right from (x, y)."""
    width, height, px = page
    best = 0
    for row in (y - 1, y, y + 1):
        if 0 <= row < height:
            line = px[row * width + max(x - 1, 0):(row + 1) * width]
            start = line.find(1)
            if 0 <= start <= 2:
                end = line.find(0, start)
                best = max(best, (len(line) if end < 0 else end) - start)
    return best


def main(paths):
    pages = [read_pgm(p) for p in paths]
    edge = None
    for page in pages:
        for x in range(page[0] // 3):
            if any(n >= SIDE for _, n in runs(column(page, x))):
                edge = x if edge is None else min(edge, x)
                break
    if edge is None:
        print('frames.py: no chart frame on any page', file=sys.stderr)
        return 1
    for number, page in enumerate(pages, 1):
        width, height, px = page
        side = bytes(a | b | c for a, b, c in zip(column(page, max(edge - 1, 0)),
                                                  column(page, edge),
                                                  column(page, edge + 1)))
        whole, cut = 0, []
        for top, n in runs(side):
            if n < PIECE:
                continue
            bottom = top + n - 1
            if min(right_from(page, edge, top),
                   right_from(page, edge, bottom)) >= SPAN * width:
                whole += 1
            else:
                cut.append('%d-%d' % (top, bottom))
        right = next((x for x in range(width - 1, -1, -1)
                      if column(page, x).find(1) >= 0), -1)
        print('%d\t%d\t%d\t%d\t%s\t%d' % (number, width, whole, len(cut),
                                         ','.join(cut) or '-', right))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
