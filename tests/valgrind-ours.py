#!/usr/bin/env python3
"""valgrind-ours.py SRCDIR LOG.xml...: the memcheck errors of our code.

Reads valgrind's XML logs and prints every error (invalid access, use of
uninitialised memory, bad free, definite leak...) whose stack involves our
code: a frame compiled from SRCDIR (functions/, plugin/, cli/, tests/) or
one in our programs (cli/pst, pst.so, check-engine).  Errors entirely inside
Gnumeric, goffice, GLib or their libraries are counted apart: they are not
ours to fix, and tests/valgrind.supp names the known ones.  Exits 1 when any
error is ours.
"""
import os
import sys
import xml.etree.ElementTree as ET

OUR_OBJECTS = ("/cli/pst", "/pst.so", "/check-engine")


def frames(error):
    for stack in error.iter("stack"):
        for frame in stack.iter("frame"):
            yield {child.tag: (child.text or "") for child in frame}


def is_ours(frame, srcdir):
    path = os.path.realpath(frame.get("dir", "")) if frame.get("dir") else ""
    if path and (path == srcdir or path.startswith(srcdir + os.sep)):
        return True
    return frame.get("obj", "").endswith(OUR_OBJECTS)


def describe(frame):
    where = frame.get("fn") or frame.get("obj") or frame.get("ip", "?")
    if frame.get("file"):
        where += " (%s:%s)" % (frame["file"], frame.get("line", "?"))
    return where


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage : valgrind-ours.py SRCDIR LOG.xml...\n")
        return 2
    srcdir = os.path.realpath(sys.argv[1])
    ours = others = 0
    for log in sys.argv[2:]:
        try:
            root = ET.parse(log).getroot()
        except (OSError, ET.ParseError) as e:
            # valgrind that did not end its log: the program died under it.
            print("%s : journal illisible (%s)" % (log, e))
            ours += 1
            continue
        for error in root.iter("error"):
            stack = list(frames(error))
            what = error.findtext("xwhat/text") or error.findtext("what") or \
                error.findtext("kind")
            if any(is_ours(f, srcdir) for f in stack):
                ours += 1
                print("%s : %s" % (os.path.basename(log), what))
                for f in stack[:25]:
                    print("    %s%s" % ("*" if is_ours(f, srcdir) else " ",
                                       describe(f)))
            else:
                others += 1
    if others:
        print("valgrind : %d erreur(s) dans Gnumeric et ses bibliothèques, "
              "sans code du projet dans la pile (non comptées)" % others)
    return 1 if ours else 0


if __name__ == "__main__":
    sys.exit(main())
