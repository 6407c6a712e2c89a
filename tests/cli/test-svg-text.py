#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""SVG text is real <text>, not glyph outlines: exported SVGs of random
trees (1,000 units, Chinese names; an English one with names to escape)
parse as XML; every unit's name is the text of exactly one <text> element
(so grep, a viewer's search and Inkscape find it), each placed inside the
viewBox, with xml:lang and a font size; no glyph symbols are left; and
rsvg-convert draws the file.  With --pages an SVG or PNG is written per
page of the PDF's plan (chart-01.svg …): as many files as the PDF has
pages, every text inside its page, every name on the chart pages and once
in the index, PNG pages A4 at the resolution asked.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs).
"""
import os
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402
import od_shapes  # noqa: E402

CLI = os.environ["OD_CLI"]
SVG = "{http://www.w3.org/2000/svg}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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


def svg_texts(path):
    """(viewBox, [(text, x, y, width)]) of an SVG, texts in drawing order."""
    root = ET.parse(path).getroot()
    box = tuple(float(v) for v in root.get("viewBox").split())
    texts = []
    for t in root.iter(SVG + "text"):
        spans = list(t.iter(SVG + "tspan"))
        texts.append(("".join(t.itertext()), [(float(s.get("x")), float(s.get("y")), float(s.get("textLength", "0")))
                                              for s in spans]))
    return box, texts


def read_png_head(path):
    """Width, height, whether pHYs is recorded; None for a file that is not
    a whole PNG (no header, or cut before its IEND chunk)."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24 or not data.endswith(b"IEND\xaeB`\x82"):
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height, b"pHYs" in data[:200]


def check_pages(tmp):
    """--pages: the PDF's pages, one file each."""
    path = os.path.join(tmp, "pages.orgdesign")
    names = list(od_shapes.write(path, od_shapes.SHAPES["random1000"](4), 4, lang="zh-CN").values())
    pdf = os.path.join(tmp, "pages.pdf")
    subprocess.run([CLI, "export", path, "-o", pdf, "--paper", "A4", "--date", "2026-12-01"], check=True)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    n_pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    out = os.path.join(tmp, "pages", "chart.svg")
    os.makedirs(os.path.dirname(out))
    r = subprocess.run([CLI, "export", path, "-o", out, "--pages", "--paper", "A4", "--date", "2026-12-01"],
                       capture_output=True, text=True)
    files = sorted(os.listdir(os.path.dirname(out)))
    digits = len(str(n_pages))
    expected = [f"chart-{i:0{digits}d}.svg" for i in range(1, n_pages + 1)]
    check(f"--pages writes one SVG per page of the PDF ({n_pages})", r.returncode == 0 and files == expected,
          (r.stderr, files[:5]))
    chart, directory, outside = [], [], []
    in_directory = False
    for name in files:
        box, texts = svg_texts(os.path.join(os.path.dirname(out), name))
        for content, spans in texts:
            if content == "目录":
                in_directory = True
            (directory if in_directory else chart).append(content)
            for x, y, w in spans:
                if not (box[0] <= x and x + w <= box[0] + box[2] + 0.01 and box[1] <= y <= box[1] + box[3]):
                    outside.append((name, content, x, y, w))
    check("--pages: every text inside its page's viewBox", not outside, outside[:5])
    on_chart = set(chart)
    missing = [n for n in names if n not in on_chart]
    check(f"--pages: every unit's name is a <text> on the chart pages ({len(names)} names)", not missing, missing[:5])
    index = directory[directory.index("索引") + 1:] if "索引" in directory else []
    counts = Counter(index)
    wrong = [(n, counts[n]) for n in names if counts[n] != 1]
    check("--pages: the index pages list every name exactly once as <text>", index and not wrong, wrong[:5])

    png = os.path.join(tmp, "pages", "chart.png")
    r = subprocess.run([CLI, "export", path, "-o", png, "--pages", "--paper", "A4", "--dpi", "72"],
                       capture_output=True, text=True)
    pngs = sorted(f for f in os.listdir(os.path.dirname(png)) if f.endswith(".png"))
    heads = [read_png_head(os.path.join(os.path.dirname(png), f)) for f in pngs]
    check("--pages writes one PNG per page, A4 at the resolution asked, which each records",
          r.returncode == 0 and len(pngs) == n_pages and all(h == (596, 842, True) for h in heads), (r.stderr, heads[:3]))
    r = subprocess.run([CLI, "export", path, "-o", pdf, "--pages"], capture_output=True, text=True)
    check("--pages with a PDF destination is refused", r.returncode == 2 and "--pages" in r.stderr, r.stderr)


def tests(tmp):
    check_pages(tmp)
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
    return od_tap.run(tests, "od-svg-text-test-")


if __name__ == "__main__":
    sys.exit(main())
