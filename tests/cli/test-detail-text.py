#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Detail lines on department pages ("李伟 · 27人 · 合计 1,234") are drawn
from kept pieces where they can be: the PDF must say and place exactly what
shaping each line whole gives (OD_DETAIL_WHOLE=1), word by word, and every
box's line must read as the model says.  A Latin head name in a Chinese
document and an English document take the whole-line path; they are
compared too.  Prints TAP.

Environment: OD_CLI (the built CLI).
"""
import os
import random
import re
import subprocess
import sys
from xml.sax.saxutils import quoteattr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402

CLI = os.environ["OD_CLI"]
SURNAMES = "王李张刘陈杨赵黄周吴"
GIVEN = "伟芳娜敏静强磊洋勇军杰"


def write(path, n, lang, seed):
    """@n units, three levels, every unit with a head, most with a headcount."""
    rng = random.Random(seed)
    heads = {}
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<organisation xmlns="urn:org-designer:1" version="1" '
           f'name="测试集团" size="large" lang="{lang}">\n']

    def unit(i, kind, close):
        if lang == "en" or i % 17 == 0:
            head = rng.choice(["Li Wei", "Anna Berg", "Tom Ward", "Yvonne Fay"])
        else:
            head = rng.choice(SURNAMES) + rng.choice(GIVEN)
        heads[i] = head
        attrs = f'id="u{i}" name={quoteattr(f"部门{i}")} kind="{kind}" head={quoteattr(head)}'
        if i % 5 != 0:
            attrs += f' headcount="{rng.randint(1, 400)}"'
        out.append(f"<unit {attrs}{'/' if close else ''}>\n")

    i = 0
    unit(i, "executive", False)
    for _ in range(12):
        i += 1
        unit(i, "front", False)
        for _ in range(n // 12):
            i += 1
            unit(i, rng.choice(["front", "back", "support"]), True)
        out.append("</unit>\n")
    out.append("</unit>\n</organisation>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))
    return heads


def words(pdf):
    """Every word of the PDF with its page and box, from pdftotext -bbox."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    found = []
    page = 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            found.append((page, m.group(5), *(float(v) for v in m.group(1, 2, 3, 4))))
    return found


def differences(a, b):
    if len(a) != len(b):
        return [f"{len(a)} words with pieces, {len(b)} shaped whole"]
    out = []
    for x, y in zip(a, b):
        if x[:2] != y[:2] or any(abs(p - q) > 0.05 for p, q in zip(x[2:], y[2:])):
            out.append(f"{x} != {y}")
    return out


def tests(tmp):
    for lang, rollups in (("zh-CN", True), ("zh-CN", False), ("zh-TW", True), ("en", True)):
        path = os.path.join(tmp, f"{lang}.orgdesign")
        heads = write(path, 600, lang, 7)
        pdfs = {}
        for mode in ("pieces", "whole"):
            env = dict(os.environ)
            env.pop("OD_DETAIL_WHOLE", None)
            if mode == "whole":
                env["OD_DETAIL_WHOLE"] = "1"
            pdfs[mode] = os.path.join(tmp, f"{lang}-{mode}.pdf")
            args = [CLI, "export", path, "-o", pdfs[mode], "--paper", "A4", "--date", "2026-12-01"]
            r = subprocess.run(args + (["--rollups"] if rollups else []), env=env, capture_output=True, text=True)
            check(f"{lang}{' with roll-ups' if rollups else ''}: export ({mode})", r.returncode == 0, r.stderr)
        with_pieces, whole = words(pdfs["pieces"]), words(pdfs["whole"])
        diff = differences(with_pieces, whole)
        check(f"{lang}{' with roll-ups' if rollups else ''}: every word as shaping each line whole places it "
              f"({len(with_pieces)} words)", with_pieces and not diff, "\n".join(diff))
        text = subprocess.run(["pdftotext", pdfs["pieces"], "-"], capture_output=True, text=True).stdout
        missing = [h for h in set(heads.values()) if f"{h} · " not in text]
        check(f"{lang}: every head's name is followed by its separator", not missing, missing)


def main():
    return od_tap.run(tests, "od-detail-text-test-")


if __name__ == "__main__":
    sys.exit(main())
