#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDFs' CJK fonts carry only the subroutines their glyphs use
(od-pdf-fonts.c): each export is compared with the same export left as
cairo wrote it (OD_PDF_KEEP_FONTS) — qpdf --check passes, pdftotext gives
the same text, pdftoppm the same pixels at 100 dpi (first pages), and the
file is smaller.  Templates in three languages, a report and a 1,000-unit
chart.  Prints TAP.

Environment: OD_CLI (the built CLI).
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402

CLI = os.environ["OD_CLI"]
PAGES = 3
EXTRA_ENV = {}


def make_csv(path, n):
    """@n units, ten under each parent, in Chinese."""
    rows = ["id,name,parent", "u0,集团总部,"]
    rows += [f"u{i},部门{i:04d},u{(i - 1) // 10}" for i in range(1, n)]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, env=env)


def export(doc, pdf, keep, *extra):
    env = dict(os.environ)
    env.update(EXTRA_ENV)
    env.pop("OD_PDF_KEEP_FONTS", None)
    if keep:
        env["OD_PDF_KEEP_FONTS"] = "1"
    return run(CLI, "export", doc, "-o", pdf, *extra, env=env)


def pixels(pdf, stem):
    run("pdftoppm", "-r", "100", "-l", str(PAGES), "-gray", pdf, stem)
    folder = os.path.dirname(stem)
    names = sorted(n for n in os.listdir(folder) if n.startswith(os.path.basename(stem) + "-"))
    out = []
    for n in names:
        with open(os.path.join(folder, n), "rb") as f:
            out.append(f.read())
    return out


def compare(tmp, tag, doc, *extra, shrinks=True):
    """Exports @doc both ways; the compacted one's size.  A document whose
    fonts cairo subset well (Latin only, or lucky glyphs) stays as it was."""
    before = os.path.join(tmp, tag + "-before.pdf")
    after = os.path.join(tmp, tag + "-after.pdf")
    r1 = export(doc, before, True, *extra)
    r2 = export(doc, after, False, *extra)
    check(f"{tag}: both exports succeed", r1.returncode == 0 and r2.returncode == 0,
          r1.stderr.decode() + r2.stderr.decode())
    if r1.returncode or r2.returncode:
        return 0
    q = run("qpdf", "--check", after)
    check(f"{tag}: qpdf --check passes", q.returncode == 0, q.stdout.decode() + q.stderr.decode())
    t1 = run("pdftotext", before, "-").stdout
    t2 = run("pdftotext", after, "-").stdout
    check(f"{tag}: the same text", t1 == t2 and len(t1) > 0, t2[:400])
    p1 = pixels(before, os.path.join(tmp, tag + "-b"))
    p2 = pixels(after, os.path.join(tmp, tag + "-a"))
    check(f"{tag}: the same pixels", len(p1) > 0 and p1 == p2, f"{len(p1)} and {len(p2)} pages")
    f = run("pdffonts", after).stdout.decode()
    rows = f.splitlines()[2:]
    check(f"{tag}: fonts still embedded", rows and all(r.split()[-5] == "yes" for r in rows), f)
    b, a = os.path.getsize(before), os.path.getsize(after)
    if shrinks:
        check(f"{tag}: smaller ({b} -> {a} bytes)", a < b, f"{b} -> {a}")
    else:
        check(f"{tag}: not larger ({b} -> {a} bytes)", a <= b, f"{b} -> {a}")
    return a


def tests(tmp):
    for lang in ("zh-CN", "zh-TW", "en"):
        for size in ("small", "medium", "large"):
            doc = os.path.join(tmp, f"{size}-{lang}.orgdesign")
            run(CLI, "new", "--size", size, "--lang", lang, "-o", doc)
            # Whether cairo keeps unused subroutines depends on the glyphs
            # (the page furniture's language too): never larger, then.
            a = compare(tmp, f"{size} {lang}", doc, shrinks=False)
            if size == "medium" and lang == "zh-CN":
                # cairo 1.16 wrote 964 KB, most of it unused subroutines.
                check(f"medium zh-CN chart under 200 KB ({a} bytes)", 0 < a < 200_000, a)
        compare(tmp, f"report {lang}", doc, "--report", "--date", "2026-11-20", shrinks=False)
    # Without the catalogues the furniture of a Chinese chart is English
    # ("Front office", "Info"): then cairo 1.16 keeps all of the ideographs'
    # subroutines (~850 KB) — the 964 KB chart of the lead's measurement.
    EXTRA_ENV["OD_LOCALEDIR"] = os.path.join(tmp, "no-catalogues")
    doc = os.path.join(tmp, "medium-zh-CN.orgdesign")
    for tag, extra in (("chart", ()), ("report", ("--report", "--date", "2026-11-20"))):
        a = compare(tmp, f"medium zh-CN {tag} without catalogues", doc, *extra)
        check(f"medium zh-CN {tag} without catalogues under 200 KB ({a} bytes)", 0 < a < 200_000, a)
    EXTRA_ENV.clear()
    csv = os.path.join(tmp, "big.csv")
    big = os.path.join(tmp, "big.orgdesign")
    make_csv(csv, 1000)
    r = run(CLI, "import-csv", csv, "-o", big)
    check("1,000 units imported", r.returncode == 0, r.stderr.decode())
    # cairo happens to subset these glyphs well: nothing to gain, and the
    # file must stay whole.
    compare(tmp, "1,000 units", big, shrinks=False)


if __name__ == "__main__":
    sys.exit(od_tap.run(tests, "od-pdf-fonts-test-"))
