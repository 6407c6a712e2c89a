#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""org-designer-cli export, checked the way HR and a consultant would check
the result, with independent tools: qpdf --check, pdffonts (fonts
embedded), pdftotext (every unit's name findable, in the right script,
exactly once on the chart), od_pdfcheck (every name whole, on its page, not
overprinted, in a 2,000-unit chart of department pages), the report's findings and stage, and an
unwritable destination leaving the old file intact.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_FIXTURES.
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402
import od_pdfcheck  # noqa: E402

CLI = os.environ["OD_CLI"]
NS = "{urn:org-designer:1}"


def run(*args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def cli(*args):
    return run(CLI, *args)


def unit_names(path):
    tree = ET.parse(path)
    return [u.get("name") for u in tree.iter(NS + "unit")]


def pdf_pages(path):
    out = run("pdfinfo", path).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def page_text(path, page):
    return run("pdftotext", "-f", str(page), "-l", str(page), "-layout", path, "-").stdout


def read_pgm(path):
    """(width, height, bytes) of a binary PGM as pdftoppm -gray writes it."""
    with open(path, "rb") as f:
        data = f.read()
    fields = []
    pos = 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    pos += 1
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos:pos + width * height]


def compare_with_reference(pdf, reference, tmp):
    """Renders page 1 of @pdf at 30 dpi in grey and compares it with the
    reference render: (ok, detail).  OD_UPDATE_REFERENCES=1 rewrites it."""
    base = os.path.join(tmp, "render")
    run("pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, base)
    if os.environ.get("OD_UPDATE_REFERENCES"):
        shutil.copy(base + ".pgm", reference)
    w1, h1, a = read_pgm(base + ".pgm")
    w2, h2, b = read_pgm(reference)
    if (w1, h1) != (w2, h2):
        return False, f"size {w1}x{h1}, reference {w2}x{h2}"
    diffs = [abs(x - y) for x, y in zip(a, b)]
    mean = sum(diffs) / len(diffs)
    far = sum(1 for d in diffs if d > 64) / len(diffs)
    # Antialiasing may move by a pixel; a missing box or label does not pass.
    return mean < 2.0 and far < 0.01, f"mean difference {mean:.2f}, {far:.2%} of pixels far off"


def make_big_csv(path, n):
    """A deterministic group of @n units: fan-out 2–12, at most 8 levels."""
    rows = ["id,name,parent"]
    rows.append("u0,集团总部,")
    parents = [("u0", 0)]
    i = 1
    seed = 7
    while i < n:
        next_parents = []
        for pid, depth in parents:
            seed = (seed * 1103515245 + 12345) % 2**31
            fan = 2 + seed % 11
            for _ in range(fan):
                if i >= n:
                    break
                rows.append(f"u{i},部门{i:04d},{pid}")
                if depth + 1 < 7:
                    next_parents.append((f"u{i}", depth + 1))
                i += 1
        parents = next_parents or parents
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def main():
    return od_tap.run(tests, "od-export-test-")


def tests(tmp):
    medium = os.path.join(tmp, "medium.orgdesign")
    cli("new", "--size", "medium", "--lang", "zh-CN", "-o", medium)
    names = unit_names(medium)

    # A fitted chart: one page, valid, fonts embedded, every name once.
    fit = os.path.join(tmp, "fit.pdf")
    r = cli("export", medium, "-o", fit, "--fit")
    check("export --fit exits 0", r.returncode == 0, r.stderr)
    check("fitted chart is one page", os.path.exists(fit) and pdf_pages(fit) == 1)
    q = run("qpdf", "--check", fit)
    check("qpdf --check passes on the chart", q.returncode == 0, q.stdout + q.stderr)
    fonts = run("pdffonts", fit).stdout.splitlines()[2:]
    check("every font is embedded", fonts and all(re.search(r"\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", f) for f in fonts),
          "\n".join(fonts))
    check("a CJK font is embedded", any("CJK" in f for f in fonts), "\n".join(fonts))
    text = page_text(fit, 1)
    missing = [n for n in names if text.count(n) < 1]
    check("every unit's name can be copied from the chart", not missing, f"missing: {missing}\n{text}")
    # Page furniture is in the document's language (zh-CN), not the C locale's.
    check("the header names the organisation and the page", "第 1 页，共 1 页" in text, text)

    # Compared with a reference render that a person looked at.
    dated = os.path.join(tmp, "dated.pdf")
    cli("export", medium, "-o", dated, "--fit", "--date", "2026-11-20")
    reference = os.path.join(os.environ["OD_FIXTURES"], "export", "medium-fit.pgm")
    ok, detail = compare_with_reference(dated, reference, tmp)
    check("the fitted chart matches its reference render", ok, detail)

    # Traditional Chinese: the names come out in Traditional characters.
    tw = os.path.join(tmp, "tw.orgdesign")
    cli("new", "--size", "medium", "--lang", "zh-TW", "-o", tw)
    tw_pdf = os.path.join(tmp, "tw.pdf")
    cli("export", tw, "-o", tw_pdf)
    tw_text = page_text(tw_pdf, 1)
    check("zh-TW names are extracted in Traditional script",
          "銷售部" in tw_text and "销售部" not in tw_text, tw_text)

    # Tiling a 2,000-unit group.
    csv = os.path.join(tmp, "big.csv")
    big = os.path.join(tmp, "big.orgdesign")
    make_big_csv(csv, 2000)
    r = cli("import-csv", csv, "-o", big)
    check("a 2,000-unit CSV imports", r.returncode == 0, r.stderr)
    r = cli("export", big, "-o", os.path.join(tmp, "big-fit.pdf"), "--fit")
    check("--fit refuses a chart whose text would be unreadable", r.returncode == 2 and "tile" in r.stderr, r.stderr)
    tiled = os.path.join(tmp, "big.pdf")
    r = cli("export", big, "-o", tiled, "--tile", "--paper", "A3", "--landscape")
    check("export --tile exits 0", r.returncode == 0, r.stderr)
    n_pages = pdf_pages(tiled)
    check("the tiled chart has several pages", n_pages > 2, n_pages)
    big_names = unit_names(big)
    problems = od_pdfcheck.check_chart(tiled, big_names, big_names[0])
    check("every name whole, inside its page, none overprinted, the top unit on page 1, bookmarks",
          not problems, "\n".join(problems))
    footer = page_text(tiled, n_pages)
    check("the last page says page N of N", f"第 {n_pages} 页，共 {n_pages} 页" in footer, footer[-400:])
    check("stubs say on which page a department continues",
          any(re.search(r"\u2192 第 \d+ 页", page_text(tiled, p)) for p in range(1, min(n_pages, 4) + 1)))
    check("qpdf --check passes on the tiled chart", run("qpdf", "--check", tiled).returncode == 0)

    # The report: findings, then the diagnosis.
    broken = os.path.join(tmp, "broken.orgdesign")
    with open(medium, encoding="utf-8") as f:
        doc = f.read()
    doc = re.sub(r'(<unit id="sales"[^>]*>)', r'\1<function ref="market-research" role="owner"/>', doc, count=1)
    with open(broken, "w", encoding="utf-8") as f:
        f.write(doc)
    report = os.path.join(tmp, "report.pdf")
    r = cli("export", broken, "-o", report, "--report")
    check("export --report exits 0", r.returncode == 0, r.stderr)
    all_text = run("pdftotext", "-layout", report, "-").stdout
    check("the report lists the findings with their fixes",
          "Boundary findings" in all_text and "Fix:" in all_text and "owned by 2 units" in all_text, all_text[:2000])
    check("the report gives the stage", "Stage: Undefined" in all_text or "Stage: Defined" in all_text, all_text[-3000:])
    check("the report lists next moves and causes",
          "Next moves" in all_text and "Why front and back office fight" in all_text)

    # SVG and PNG.
    svg = os.path.join(tmp, "chart.svg")
    r = cli("export", medium, "-o", svg)
    check("SVG export writes an SVG", r.returncode == 0 and open(svg, encoding="utf-8").read(200).find("<svg") >= 0, r.stderr)
    png = os.path.join(tmp, "chart.png")
    png_hi = os.path.join(tmp, "chart-hi.png")
    cli("export", medium, "-o", png, "--dpi", "72")
    cli("export", medium, "-o", png_hi, "--dpi", "144")
    def png_size(p):
        with open(p, "rb") as f:
            head = f.read(24)
        return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    ok = os.path.exists(png) and os.path.exists(png_hi)
    w1, h1 = png_size(png) if ok else (0, 0)
    w2, h2 = png_size(png_hi) if ok else (0, 0)
    def png_chunks(p):
        data = open(p, "rb").read()
        chunks, i = {}, 8
        while i + 8 <= len(data):
            n = int.from_bytes(data[i:i + 4], "big")
            chunks.setdefault(data[i + 4:i + 8].decode("latin-1"), data[i + 8:i + 8 + n])
            i += 12 + n
        return chunks
    phys = png_chunks(png_hi).get("pHYs", b"")
    check("a PNG records its resolution (pHYs, 144 dpi)",
          len(phys) == 9 and phys[8] == 1 and abs(int.from_bytes(phys[:4], "big") - 144 / 0.0254) < 1, phys)
    clear = os.path.join(tmp, "clear.png")
    r = cli("export", medium, "-o", clear, "--transparent", "--dpi", "72")
    ihdr = png_chunks(clear).get("IHDR", b"") if r.returncode == 0 else b""
    check("--transparent writes a PNG with an alpha channel", len(ihdr) == 13 and ihdr[9] == 6, (r.stderr, ihdr))
    check("PNG at twice the dpi is twice the size", ok and abs(w2 - 2 * w1) <= 2 and abs(h2 - 2 * h1) <= 2, (w1, h1, w2, h2))

    # An unwritable destination: exit 2, a message naming it, the old file intact.
    old = os.path.join(tmp, "old.pdf")
    with open(old, "wb") as f:
        f.write(b"old contents")
    r = cli("export", medium, "-o", os.path.join(tmp, "no-such-folder", "x.pdf"))
    check("a missing folder is refused with exit 2", r.returncode == 2 and "x.pdf" in r.stderr, r.stderr)
    blocker = os.path.join(tmp, "dir.pdf")
    os.mkdir(blocker)
    r = cli("export", medium, "-o", blocker)
    check("a folder in the way is refused with exit 2", r.returncode == 2 and "folder" in r.stderr, r.stderr)
    # A file size limit of 1 KiB makes the write fail half-way, as a full disk
    # would (root ignores permissions); SIGXFSZ ignored, write() returns EFBIG.
    r = subprocess.run(["sh", "-c", 'trap "" XFSZ; ulimit -f 1; exec "$0" export "$1" -o "$2"', CLI, medium, old],
                       capture_output=True, text=True)
    with open(old, "rb") as f:
        intact = f.read() == b"old contents"
    check("a write that fails half-way leaves the old file intact", r.returncode != 0 and intact, r.stderr)
    leftovers = [n for n in os.listdir(tmp) if n.startswith(".old.pdf")]
    check("no temporary file is left behind", not leftovers, leftovers)


if __name__ == "__main__":
    sys.exit(main())
