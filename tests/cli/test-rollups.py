#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""export --rollups: every box with units under it shows the headcount of
its whole subtree, in the document's language ("Σ 1,234", "合计 1,234",
"合計 1,234"), the number grouped by commas under every locale (de_DE
too), "+" when some unit below has no headcount; without the option no
box shows one; department pages stay clean (every name whole, no words
overprinted).  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs).
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402
import od_pdfcheck  # noqa: E402
import od_shapes  # noqa: E402

CLI = os.environ["OD_CLI"]
NS = "{urn:org-designer:1}"


def cli(locale, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update({"LANG": locale, "LC_ALL": locale})
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def text_of(pdf, page=None):
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [pdf, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout


def totals(path):
    """{unit id: (total, partial)} for every unit with children and some
    headcount known under it."""
    out = {}

    def walk(unit):
        own = unit.get("headcount")
        total, partial, known = (int(own), False, True) if own is not None else (0, True, False)
        for child in unit.findall(NS + "unit"):
            t, p, k = walk(child)
            total += t
            partial = partial or p
            known = known or k
        if unit.findall(NS + "unit") and known:
            out[unit.get("id")] = (total, partial)
        return total, partial, known
    for top in ET.parse(path).getroot().findall(NS + "unit"):
        walk(top)
    return out


def tests(tmp):
    for lang, word in (("zh-CN", "合计"), ("zh-TW", "合計"), ("en", "Σ")):
        doc = os.path.join(tmp, f"medium-{lang}.orgdesign")
        cli("C", "new", "--size", "medium", "--lang", lang, "-o", doc)
        sums = totals(doc)
        with_pdf = os.path.join(tmp, f"with-{lang}.pdf")
        without_pdf = os.path.join(tmp, f"without-{lang}.pdf")
        r = cli("de_DE.UTF-8", "export", doc, "-o", with_pdf, "--fit", "--rollups")
        cli("de_DE.UTF-8", "export", doc, "-o", without_pdf, "--fit")
        text = text_of(with_pdf)
        expected = [f"{word} {t:,}{'+' if p else ''}" for t, p in sums.values()]
        check(f"{lang}: every department box shows its subtree's headcount ({len(expected)} boxes)",
              r.returncode == 0 and expected and all(text.count(e) >= 1 for e in expected),
              r.stderr + str([e for e in expected if e not in text]) + text[:300])
        check(f"{lang}: no roll-ups without --rollups", word not in text_of(without_pdf))
        png_with = os.path.join(tmp, f"with-{lang}.png")
        png_without = os.path.join(tmp, f"without-{lang}.png")
        cli("C", "export", doc, "-o", png_with, "--rollups", "--dpi", "72")
        cli("C", "export", doc, "-o", png_without, "--dpi", "72")
        with open(png_with, "rb") as a, open(png_without, "rb") as b:
            check(f"{lang}: a PNG with --rollups differs from one without", a.read() != b.read())

    # Department pages of 2,000 units, some without a headcount, under a
    # German locale: the top's total is grouped "6,229", never "6.229".
    path = os.path.join(tmp, "random2000.orgdesign")
    names = od_shapes.write(path, od_shapes.SHAPES["random2000"](3), 3, lang="en")
    sums = totals(path)
    pdf = os.path.join(tmp, "random2000.pdf")
    r = cli("de_DE.UTF-8", "export", path, "-o", pdf, "--rollups", "--paper", "A4")
    top_total, top_partial = sums["u0"]
    top = f"Σ {top_total:,}{'+' if top_partial else ''}"
    first = text_of(pdf, 1)
    check("2,000 units: the top box shows the whole organisation's headcount, comma-grouped under de_DE",
          r.returncode == 0 and top_total >= 1000 and top in first, (r.stderr, top, first[:300]))
    problems = od_pdfcheck.check_chart(pdf, list(names.values()), names[0])
    check("2,000 units with roll-ups: every name whole, inside its page, none overprinted", not problems,
          "\n".join(problems))
    everything = text_of(pdf)
    shown = [f"Σ {t:,}{'+' if p else ''}" for t, p in sums.values()]
    missing = [s for s in set(shown) if s not in everything]
    check(f"2,000 units: every department's total is printed ({len(shown)} departments)", not missing, missing[:10])


def main():
    return od_tap.run(tests, "od-rollups-test-")


if __name__ == "__main__":
    sys.exit(main())
