#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Chart pages for organisations of every shape, on every paper: each
export is checked with pdftotext -bbox-layout and qpdf (od_pdfcheck): every
name whole, every word inside its page, no overprinting, bookmarks, the top
unit on page 1 or 2, every index entry a link to the page that draws its
unit (at 10,000 units too), and for 1,000+ units of any shape at least 60
units per A4/letter page and 120 per A3 page.  Prints TAP.

The default run is a representative matrix; OD_PAGES_FULL=1 (or
tools/test-pages) runs every shape × paper × orientation, random trees
with seeds 1 to OD_PAGES_SEEDS (default 10), OD_PAGES_QUICK=1
(the sanitizer build) four of the representative cases.

Environment: OD_CLI (the built CLI).
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_pdfcheck  # noqa: E402
import od_shapes  # noqa: E402

CLI = os.environ["OD_CLI"]
PAPERS = ["A4", "A3", "A2", "A1", "A0", "letter", "legal", "tabloid", "300x200mm"]
SHAPES = ["random1000", "random2000", "random10000", "dept50x200", "wide300", "chain60", "wide10000"]
# Representative: each shape once, papers and orientations spread over them.
DEFAULT = [
    ("random1000", 1, "A4", False, "standard"), ("random1000", 2, "A4", True, "standard"),
    ("random1000", 3, "letter", False, "standard"), ("random1000", 2, "A3", False, "standard"), ("random2000", 1, "A3", False, "standard"),
    ("random2000", 4, "A3", True, "dense"), ("random1000", 5, "legal", True, "department"),
    ("random2000", 6, "300x200mm", False, "standard"), ("dept50x200", 1, "A2", True, "standard"),
    ("wide300", 1, "A4", False, "standard"), ("chain60", 1, "A4", True, "standard"),
    ("chain60", 1, "tabloid", False, "dense"), ("wide10000", 1, "A0", False, "standard"),
    ("random10000", 1, "A1", True, "standard"),
]


def min_per_page(n, paper, density):
    """The density a chart of 1,000 units and more must reach, whatever its
    shape (not when every department asked for a page of its own)."""
    if n < 1000 or density == "department":
        return 0
    if paper in ("A4", "letter"):
        return 60
    if paper == "A3":
        return 120
    return 0


def main():
    full = os.environ.get("OD_PAGES_FULL") == "1"
    if os.environ.get("OD_PAGES_QUICK") == "1":
        # Under the sanitizers the CLI runs several times slower: the shapes
        # that stress the plan most, on few papers.
        cases = [c for c in DEFAULT if c[0] in ("random1000", "wide300", "chain60")][:4]
    elif full:
        # Random trees with seeds 1..OD_PAGES_SEEDS (10 unless given).
        seeds = range(1, int(os.environ.get("OD_PAGES_SEEDS", "10")) + 1)
        cases = [(s, seed, p, land, "standard") for s in SHAPES
                 for seed in (seeds if s.startswith("random") else (1,))
                 for p in PAPERS for land in (False, True)]
    else:
        cases = DEFAULT
    tmp = tempfile.mkdtemp(prefix="od-pages-test-")
    results = []
    files = {}
    try:
        for shape, seed, paper, landscape, density in cases:
            key = (shape, seed)
            if key not in files:
                path = os.path.join(tmp, f"{shape}-{seed}.orgdesign")
                names = od_shapes.write(path, od_shapes.SHAPES[shape](seed), seed)
                files[key] = (path, names)
            path, names = files[key]
            pdf = os.path.join(tmp, "out.pdf")
            args = [CLI, "export", path, "-o", pdf, "--paper", paper, "--density", density, "--date", "2026-12-01"]
            if landscape:
                args.append("--landscape")
            r = subprocess.run(args, capture_output=True, text=True)
            label = f"{shape} seed {seed} on {paper}{' landscape' if landscape else ''} ({density})"
            if r.returncode != 0:
                results.append((label, False, [f"exit {r.returncode}: {r.stderr.strip()}"]))
                continue
            problems = od_pdfcheck.check_chart(pdf, list(names.values()), names[0],
                                               min_per_page(len(names), paper, density))
            q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
            if q.returncode != 0:
                problems.append("qpdf --check: " + (q.stdout + q.stderr)[-300:])
            n_pages = len(od_pdfcheck.read_pages(pdf)) if full else None
            results.append((label + (f": {n_pages} pages" if n_pages else ""), not problems, problems))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"1..{len(results)}")
    failed = 0
    for i, (name, ok, problems) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            failed += 1
            for p in problems[:8]:
                print(f"# {p}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
