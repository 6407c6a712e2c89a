# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks of an exported chart PDF with independent tools (poppler's
pdftotext -bbox-layout, qpdf --json), as HR would check a printout: every
unit's name whole and copyable, every word inside its page, no two words
overprinted, bookmarks, where the top unit is, how full pages are."""
import bisect
import json
import re
import subprocess

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _unescape(t):
    return t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")


def read_pages(pdf):
    """[(width, height, blocks)] where blocks are [[(text, x0, y0, x1, y1)]]
    (the words of one block, in reading order)."""
    html = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True).stdout
    pages = []
    block = None
    for row in html.splitlines():
        m = PAGE.search(row)
        if m:
            pages.append((float(m.group(1)), float(m.group(2)), []))
            continue
        if "<block" in row:
            block = []
            pages[-1][2].append(block)
            continue
        m = WORD.search(row)
        if m and block is not None:
            block.append((_unescape(m.group(5)), float(m.group(1)), float(m.group(2)),
                          float(m.group(3)), float(m.group(4))))
    return pages


def overlaps(words, eps=0.3):
    """Pairs of words whose boxes overlap by more than @eps both ways."""
    found = []
    ws = sorted(words, key=lambda w: w[1])
    active = []
    for w in ws:
        active = [a for a in active if a[3] > w[1] + eps]
        for a in active:
            if min(a[3], w[3]) - max(a[1], w[1]) > eps and min(a[4], w[4]) - max(a[2], w[2]) > eps:
                found.append((a[0], w[0]))
        active.append(w)
    return found


def outline_count(pdf):
    out = subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True).stdout
    try:
        data = json.loads(out)
    except ValueError:
        return 0

    def count(items):
        return sum(1 + count(i.get("kids", [])) for i in items)
    return count(data.get("outlines", []))


def link_count(pdf):
    """How many link annotations the PDF has."""
    out = subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True).stdout
    return out.count('"/Subtype": "/Link"')


def page_links(pdf):
    """Per page, the link annotations on it as (x0, top, x1, bottom, dest)
    in pdftotext's coordinates (y downwards), dest the 1-based page the
    link leads to (None when not a page)."""
    out = subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True).stdout
    data = json.loads(out)
    objects = {}
    for key, value in data["qpdf"][1].items():
        if key.startswith("obj:"):
            objects[key[4:]] = value.get("value")
    number_of = {p["object"]: i for i, p in enumerate(data["pages"], 1)}
    result = []
    for p in data["pages"]:
        page = objects.get(p["object"]) or {}
        top = page.get("/MediaBox", [0, 0, 0, 0])[3]
        links = []
        for ref in page.get("/Annots", []):
            a = objects.get(ref) if isinstance(ref, str) else ref
            if not isinstance(a, dict) or a.get("/Subtype") != "/Link":
                continue
            x0, y0, x1, y1 = a["/Rect"]
            dest = a.get("/Dest")
            links.append((min(x0, x1), top - max(y0, y1), max(x0, x1), top - min(y0, y1),
                          number_of.get(dest[0]) if isinstance(dest, list) and dest else None))
        result.append(links)
    return result


def index_link_problems(pdf, names, pages=None):
    """Problems with the name index's links: every unit's index entry is a
    link, the link leads to the page the entry prints, and that page draws
    the unit (@names: every unit's name)."""
    pages = pages or read_pages(pdf)
    links = page_links(pdf)
    problems = []
    index_page = None
    linked = {}
    for number, (pw, ph, blocks) in enumerate(pages, 1):
        words = [w for b in blocks for w in b]
        if index_page is None and any(w[0] in ("Index", "索引") for w in words):
            index_page = number
        if index_page is None:
            continue
        # The words by the height of their middle, to find a link's line
        # without looking at every word of the page.
        words.sort(key=lambda w: (w[2] + w[4]) / 2)
        middles = [(w[2] + w[4]) / 2 for w in words]
        for x0, y0, x1, y1, dest in links[number - 1]:
            # Left to right: pdftotext may read a page number before its name.
            inside = sorted((w for w in words[bisect.bisect_left(middles, y0):bisect.bisect_right(middles, y1)]
                             if x0 <= (w[1] + w[3]) / 2 <= x1),
                            key=lambda w: w[1])
            if len(inside) < 2 or not inside[-1][0].isdigit():
                continue
            name = "".join(w[0] for w in inside[:-1])
            if dest is None or str(dest) != inside[-1][0]:
                problems.append(f"page {number}: the entry {name} prints page {inside[-1][0]}, its link leads to {dest}")
            linked.setdefault(name, []).append(dest)
    if index_page is None:
        return ["no index"]
    unlinked = [n for n in names if n not in linked]
    if unlinked:
        problems.append(f"{len(unlinked)} of {len(names)} index entries are not links, e.g. {unlinked[:5]}")
    # The page a link leads to draws the unit (its name whole in a box).
    drawn = {number: "\n".join("".join(w[0] for w in b) for b in blocks)
             for number, (pw, ph, blocks) in enumerate(pages[:index_page], 1)}
    wrong = [(n, d) for n, ds in linked.items() for d in ds if n not in drawn.get(d, "")]
    if wrong:
        problems.append(f"{len(wrong)} index links lead to a page that does not draw the unit, e.g. {wrong[:5]}")
    return problems


def check_chart(pdf, names, top_name, min_per_page=0, margin=10):
    """Problems found (a list of strings; empty when the chart is right):
    also a contents page after the chart pages of a multi-page chart and,
    up to 20,000 units, every name in its index, each a link to the page
    that draws it.
    @names: every unit's name; @top_name: the top unit's."""
    problems = []
    pages = read_pages(pdf)
    if not pages:
        return [f"{pdf}: no pages"]
    texts = []
    directory_texts = []
    first_top = None
    contents_page = None
    for number, (pw, ph, blocks) in enumerate(pages, 1):
        # The contents heading is in the document's language.
        if contents_page is None and any("".join(w[0] for w in b[:1]) in ("Contents", "目录", "目錄") for b in blocks):
            contents_page = number
        words = [w for b in blocks for w in b]
        outside = [w for w in words if w[1] < margin or w[2] < margin or w[3] > pw - margin or w[4] > ph - margin]
        if outside:
            problems.append(f"page {number}: {len(outside)} words outside the page, e.g. {outside[:3]}")
        pairs = overlaps(words)
        if pairs:
            problems.append(f"page {number}: {len(pairs)} overlapping words, e.g. {pairs[:3]}")
        for b in blocks:
            text = "".join(w[0] for w in b)
            texts.append(text)
            if contents_page is not None:
                directory_texts.append(text)
            if first_top is None and top_name in text:
                first_top = number
    whole = "\n".join(texts)
    missing = [n for n in names if n not in whole]
    if missing:
        problems.append(f"{len(missing)} names not found whole, e.g. {missing[:5]}")
    if first_top is None or first_top > 2:
        problems.append(f"the top unit is first on page {first_top}")
    if outline_count(pdf) == 0 and len(pages) > 1:
        problems.append("no bookmarks")
    chart_pages = (contents_page - 1) if contents_page else len(pages)
    if len(pages) > 1 and contents_page is None:
        problems.append("no contents page")
    if contents_page is not None and len(names) <= 20000:
        index = "\n".join(directory_texts)
        unlisted = [n for n in names if n not in index]
        if unlisted:
            problems.append(f"{len(unlisted)} names missing from the index, e.g. {unlisted[:5]}")
        # Every index entry links to the page that draws its unit.
        problems += index_link_problems(pdf, names, pages)
    if min_per_page and len(names) / chart_pages < min_per_page:
        problems.append(f"{len(names) / chart_pages:.1f} units per chart page, fewer than {min_per_page}")
    return problems
