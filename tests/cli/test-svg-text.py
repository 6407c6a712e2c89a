#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""SVG text is real <text>, not glyph outlines: exported SVGs of random
trees (1,000 units, Chinese names; an English one with names to escape)
parse as XML; every unit's name is the text of exactly one <text> element
(so grep, a viewer's search and Inkscape find it), each placed inside the
viewBox, with xml:lang and a font size; no glyph symbols are left; and
rsvg-convert draws the file.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs).
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_shapes  # noqa: E402

CLI = os.environ["OD_CLI"]
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
results = []


def check(name, condition, detail=""):
    results.append((name, bool(condition), detail))


def check_svg(tag, svg, names, lang):
    try:
        root = ET.parse(svg).getroot()
    except ET.ParseError as e:
        check(f"{tag}: the SVG parses as XML", False, str(e))
        return
    check(f"{tag}: the SVG parses as XML", True)
    vx, vy, vw, vh = (float(v) for v in root.get("viewBox").split())
    texts = root.iter(SVG + "text")
    contents = Counter()
    outside = []
    unlabelled = []
    for t in texts:
        content = "".join(t.itertext())
        contents[content] += 1
        if t.get(XML_LANG) is None or t.get("font-size") is None:
            unlabelled.append(content)
        for span in t.iter(SVG + "tspan"):
            x, y = float(span.get("x")), float(span.get("y"))
            w = float(span.get("textLength", "0"))
            if not (vx <= x and x + w <= vx + vw and vy <= y <= vy + vh):
                outside.append((content, x, y, w))
    wrong = [(n, contents[n]) for n in names if contents[n] != 1]
    check(f"{tag}: every unit's name is the text of exactly one <text> ({len(names)} names)", not wrong, wrong[:8])
    check(f"{tag}: every text inside the viewBox", not outside, outside[:5])
    check(f"{tag}: every text has xml:lang and a size", not unlabelled, unlabelled[:5])
    langs = {t.get(XML_LANG) for t in root.iter(SVG + "text") if "".join(t.itertext()) in names}
    check(f"{tag}: the names are marked {lang}", langs == {lang}, langs)
    with open(svg, encoding="utf-8") as f:
        raw = f.read()
    check(f"{tag}: no glyph outlines (<symbol>/<use>) stand in for text", "<use" not in raw and "<symbol" not in raw)
    png = svg + ".png"
    # At a fifth of its size: librsvg draws at most 32,767 pixels a side.
    r = subprocess.run(["rsvg-convert", "--zoom", "0.2", svg, "-o", png], capture_output=True, text=True)
    check(f"{tag}: rsvg-convert draws it", r.returncode == 0 and os.path.getsize(png) > 1000, r.stderr)


def tests(tmp):
    for shape, seed, lang, rename in (("random1000", 1, "zh-CN", False), ("random1000", 2, "zh-TW", False),
                                      ("wide300", 1, "en", True)):
        path = os.path.join(tmp, f"{shape}-{seed}.orgdesign")
        names = od_shapes.write(path, od_shapes.SHAPES[shape](seed), seed, lang=lang)
        if rename:
            # Names an SVG must escape.
            with open(path, encoding="utf-8") as f:
                doc = f.read()
            for i in (1, 2, 3):
                new = ["R&D <lab>", "\"Quotes\" & 'apostrophes'", "Sales > Marketing"][i - 1]
                doc = doc.replace(f'name="{names[i]}"', 'name="%s"' % new.replace("&", "&amp;").replace("<", "&lt;")
                                  .replace(">", "&gt;").replace('"', "&quot;"), 1)
                names[i] = new
            with open(path, "w", encoding="utf-8") as f:
                f.write(doc)
        svg = os.path.join(tmp, f"{shape}-{seed}.svg")
        r = subprocess.run([CLI, "export", path, "-o", svg, "--date", "2026-12-01"], capture_output=True, text=True)
        tag = f"{shape} seed {seed} ({lang})"
        check(f"{tag}: export to SVG exits 0", r.returncode == 0, r.stderr)
        if r.returncode == 0:
            check_svg(tag, svg, list(names.values()), lang)


def main():
    tmp = tempfile.mkdtemp(prefix="od-svg-text-test-")
    try:
        tests(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            for line in str(detail).splitlines()[:20]:
                print(f"# {line}")
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
