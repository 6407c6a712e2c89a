#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The report a consultant hands to a CEO (export --report), its CSV
(--findings-csv) and the before/after report (compare -o), checked with
independent tools as a reader would: pdftotext for structure and wording in
each language, qpdf --check and qpdf's outline for the bookmarks, pdftotext
-bbox-layout for references never left alone at the top of a page, the
page count of a 10,000-unit group, and the CSV read back with Python's csv
module.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the built catalogs).
"""
import csv
import importlib.util
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402

CLI = os.environ["OD_CLI"]
LOCALES = {"en": "C.UTF-8", "zh-CN": "zh_CN.UTF-8", "zh-TW": "zh_TW.UTF-8"}
SOURCE_PREFIX = {"en": "Source:", "zh-CN": "出处：", "zh-TW": "出處："}


# Set by tests/cli/meson.build for the sanitizer build.
QUICK = os.environ.get("OD_SANITIZED") == "1"


def env_for(lang):
    env = dict(os.environ)
    loc = LOCALES[lang]
    env.update(LANG=loc, LC_ALL=loc, LANGUAGE=loc.split(".")[0] if lang != "en" else "en")
    return env


def cli(lang, *args):
    return subprocess.run((CLI,) + args, capture_output=True, text=True, env=env_for(lang))


def run(*args):
    return subprocess.run(args, capture_output=True, text=True)


def pages_text(pdf):
    """The text of each page (pdftotext splits pages with form feeds)."""
    return run("pdftotext", "-layout", pdf, "-").stdout.split("\f")


def outline(pdf):
    out = run("qpdf", "--json", "--json-key=outlines", pdf).stdout
    return json.loads(out).get("outlines", [])


def body_lines(pdf):
    """[(page, first words of each text line below the running header and
    above the footer, top to bottom)]."""
    html = run("pdftotext", "-bbox-layout", pdf, "-").stdout
    pages = []
    for page in re.split(r"<page ", html)[1:]:
        h = float(re.search(r'height="([\d.]+)"', page).group(1))
        lines = []
        for m in re.finditer(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</line>', page, re.S):
            y0, y1 = float(m.group(1)), float(m.group(2))
            words = re.findall(r">([^<]*)</word>", m.group(3))
            if y0 > 62 and y1 < h - 45:
                lines.append((y0, " ".join(words)))
        pages.append([t for _, t in sorted(lines)])
    return pages


def make_big_csv(path, n):
    spec = importlib.util.spec_from_file_location("export_test", os.path.join(os.path.dirname(__file__), "test-export.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_big_csv(path, n)


def with_answers(src, dst):
    """@src with three respondents (two sales, one marketing) and a
    function owned twice."""
    with open(src, encoding="utf-8") as f:
        doc = f.read()
    def respondent(side, name, values):
        answers = "".join(f'<answer item="{i + 1}" value="{v}"/>' for i, v in enumerate(values))
        return f'<respondent side="{side}" name="{name}">{answers}</respondent>'
    sales = [3, 2, 3, 4, 2, 3, 1, 3, 2, 3, 3, 2, 4, 3, 2, 3, 3, 2, 3, 3]
    marketing = [4, 4, 5, 4, 4, 3, 5, 4, 4, 5, 4, 4, 4, 5, 4, 4, 3, 4, 5, 4]
    assessment = ('<assessment date="2026-11-20">' + respondent("sales", "李经理", sales) +
                  respondent("sales", "赵主管", [min(5, v + 1) for v in sales]) +
                  respondent("marketing", "王总监", marketing) + "</assessment>")
    doc = doc.replace("</organisation>", assessment + "</organisation>")
    # The small firm's 营销部 owns market research; its 销管科 takes it too.
    second = "sales" if 'id="sales"' in doc else "sales-admin"
    doc = re.sub(r'(<unit id="%s"[^>]*>)' % second, r'\1<function ref="market-research" role="owner"/>', doc, count=1)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(doc)


def check_report(tag, lang, pdf, texts):
    """What every report must have, whatever its content."""
    q = run("qpdf", "--check", pdf)
    check(f"{tag}: qpdf --check passes", q.returncode == 0, q.stdout + q.stderr)
    marks = outline(pdf)
    titles = [m["title"] for m in marks]
    check(f"{tag}: bookmarks for the sections", len(marks) >= 5 and any(m["kids"] for m in marks), titles)
    # Each bookmark points at the page whose text carries its title.
    wrong = [(m["title"], m["destpageposfrom1"]) for m in marks
             if m["title"] not in texts[m["destpageposfrom1"] - 1]]
    check(f"{tag}: every bookmark leads to its section", not wrong, wrong)
    # A reference never opens a page: it stays with the move it backs.
    lines = body_lines(pdf)
    orphans = [(i + 1, page[0]) for i, page in enumerate(lines) if page and page[0].startswith(SOURCE_PREFIX[lang])]
    refs = sum(1 for page in lines for line in page if line.startswith(SOURCE_PREFIX[lang]))
    check(f"{tag}: no reference line is the first line of a page ({refs} references)", refs > 0 and not orphans, orphans)
    n = len(texts) - (1 if not texts[-1].strip() else 0)
    check(f"{tag}: page numbers on every page but the cover",
          all(re.search(r"(Page %d of %d|第 %d 页，共 %d 页|第 %d 頁，共 %d 頁)" % ((i + 1, n) * 3), texts[i]) for i in range(1, n))
          and not re.search(r"Page 1 of|第 1 页|第 1 頁", texts[0]),
          [t[-120:] for t in texts[:3]])
    everything = "\n".join(texts)
    check(f"{tag}: sources cited by title, never by an internal number",
          "Ending the War Between Sales & Marketing" in everything and not re.search(r"\bS[12] p\.\d", everything),
          re.findall(r".*S[12] p\.\d.*", everything)[:5])
    return marks


def tests(tmp):
    headings = {
        "en": ("Contents", "Executive summary", "Boundary findings", "Sales–marketing collaboration", "Sources"),
        "zh-CN": ("目录", "摘要", "边界检查结果", "销售与市场协同", "参考资料"),
        "zh-TW": ("目錄", "摘要", "邊界檢查結果", "銷售與行銷協同", "參考資料"),
    }
    for size in ("small", "medium", "large"):
        for lang in ("en", "zh-CN", "zh-TW"):
            tag = f"{size} {lang}"
            plain = os.path.join(tmp, f"{size}-{lang}.orgdesign")
            doc = os.path.join(tmp, f"{size}-{lang}-answers.orgdesign")
            cli(lang, "new", "--size", size, "--lang", lang, "-o", plain)
            with_answers(plain, doc)
            pdf = os.path.join(tmp, f"{size}-{lang}.pdf")
            r = cli(lang, "export", doc, "-o", pdf, "--report", "--date", "2026-11-20")
            check(f"{tag}: export --report exits 0", r.returncode == 0, r.stderr)
            texts = pages_text(pdf)
            marks = check_report(tag, lang, pdf, texts)
            if lang != "en":
                # Copying text out of the report and of a chart on its own
                # must give the characters written (一, 言), never the
                # look-alike Kangxi or CJK radicals (⼀, ⾔) nor U+FFFD.
                chart = os.path.join(tmp, f"{size}-{lang}-chart.pdf")
                r = cli(lang, "export", doc, "-o", chart)
                for what, path in (("report", pdf), ("chart", chart)):
                    copied = run("pdftotext", path, "-").stdout
                    wrong = sorted({c for c in copied if 0x2E80 <= ord(c) <= 0x2FDF or c == "\ufffd"})
                    check(f"{tag}: text copied from the {what} is the real characters", r.returncode == 0 and
                          re.search(r"[\u4e00-\u9fff]", copied) and not wrong, [f"U+{ord(c):04X} {c}" for c in wrong])
            titles = [m["title"] for m in marks]
            check(f"{tag}: contents, summary, findings, diagnosis and sources in that order",
                  [t for t in titles if t in headings[lang]] == list(headings[lang]), titles)
            check(f"{tag}: the cover has no page furniture and names the organisation",
                  len(texts[0].strip()) > 0 and ("报告" in texts[0] or "報告" in texts[0] or "report" in texts[0]), texts[0])
            check(f"{tag}: the summary fits one page", titles.count(headings[lang][1]) == 1 and
                  next(m for m in marks if m["title"] == headings[lang][2])["destpageposfrom1"] -
                  next(m for m in marks if m["title"] == headings[lang][1])["destpageposfrom1"] <= 2, titles)
            summary = texts[next(m for m in marks if m["title"] == headings[lang][1])["destpageposfrom1"] - 1]
            if lang == "en":
                check(f"{tag}: summary has the stage, the top findings, the next move and the figures",
                      all(s in summary for s in ("Sales–marketing collaboration:", "The findings that matter most",
                                                 "The next move", "Widest span")), summary)
                everything = "\n".join(texts)
                bad = re.findall(r"\b1 (errors|warnings|notes|groups|departments|findings|signs|units|layers|changes|pieces of evidence|duplicated tasks|dropped tasks)\b", everything)
                check(f"{tag}: singular after 1", not bad, bad)
                check(f"{tag}: the duplicate is grouped with its reason and fix", 
                      "Function owned more than once: “Market research”, in 2 departments" in everything, everything[:3000])
            elif lang == "zh-CN":
                check(f"{tag}: summary in Chinese with full-width punctuation",
                      "销售与市场协同：" in summary and "最重要的检查结果" in summary and "最大管理幅度" in summary, summary)
                raw = run("pdftotext", "-raw", "-f", "1", "-l", "1", pdf, "-").stdout
                check(f"{tag}: no space between Han characters on the cover",
                      not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", raw), raw)
                check(f"{tag}: the group title in Chinese", "职能重复：“市场研究”，涉及 2 个部门" in "\n".join(texts))
            else:
                everything = "\n".join(texts)
                check(f"{tag}: 「」 quotes in zh-TW", "職能重複：「市場研究」，涉及 2 個部門" in everything
                      and "“市場研究”" not in everything, everything[:2000])
                check(f"{tag}: Traditional characters", "參考資料" in everything and "参考资料" not in everything)
            if size == "medium":
                csv_path = os.path.join(tmp, f"{lang}.csv")
                r = cli(lang, "export", doc, "-o", os.path.join(tmp, "with-csv.pdf"), "--report", "--findings-csv", csv_path)
                check(f"{tag}: --findings-csv exits 0", r.returncode == 0, r.stderr)
                findings = json.loads(cli(lang, "check", doc, "--format", "json").stdout)["findings"]
                with open(csv_path, encoding="utf-8-sig", newline="") as f:
                    rows = list(csv.reader(f))
                check(f"{tag}: CSV has a header and one row per finding",
                      len(rows) == len(findings) + 1 and len(rows[0]) == 11 and all(len(r) == 11 for r in rows), rows[:3])
                dup = [r for r in rows[1:] if r[0] == "duplicate-function"]
                check(f"{tag}: the CSV row names the units, the function, the fix and the reason",
                      dup and dup[0][3] == "marketing; sales" and dup[0][5] == "market-research" and dup[0][8] and dup[0][9],
                      dup)
                with open(csv_path, "rb") as f:
                    check(f"{tag}: CSV starts with a byte-order mark for spreadsheets", f.read(3) == b"\xef\xbb\xbf")

    # References near every page boundary: each extra respondent adds a
    # line above the moves, so over 40 documents their references fall at
    # every height of the page.
    base = os.path.join(tmp, "medium-en-answers.orgdesign")
    with open(base, encoding="utf-8") as f:
        doc = f.read()
    orphans = []
    refs = 0
    # The sanitizer build checks memory, not layout: a sample of the shifts
    # there (the plain build runs all 40), or it takes a quarter of an hour.
    shifts = range(0, 40, 8) if QUICK else range(40)
    for n in shifts:
        extra = "".join(f'<respondent side="sales" name="R{i}"><answer item="1" value="3"/></respondent>' for i in range(n))
        shifted = os.path.join(tmp, "shifted.orgdesign")
        with open(shifted, "w", encoding="utf-8") as f:
            f.write(doc.replace("</assessment>", extra + "</assessment>"))
        pdf = os.path.join(tmp, "shifted.pdf")
        cli("en", "export", shifted, "-o", pdf, "--report")
        for i, page in enumerate(body_lines(pdf)):
            refs += sum(1 for line in page if line.startswith("Source:"))
            if page and page[0].startswith("Source:"):
                orphans.append((n, i + 1, page[0]))
    check(f"no reference opens a page wherever the page breaks ({refs} references)", refs >= 2 * len(shifts) and not orphans, orphans[:5])

    # A 10,000-unit group: tens of report pages, not hundreds; every
    # department without a job is still listed (in the appendix).  The plain
    # build runs it; under the sanitizers it alone takes ten minutes.
    if QUICK:
        return
    big_csv = os.path.join(tmp, "big.csv")
    big = os.path.join(tmp, "big.orgdesign")
    make_big_csv(big_csv, 10000)
    cli("en", "import-csv", big_csv, "-o", big)
    pdf = os.path.join(tmp, "big.pdf")
    r = cli("en", "export", big, "-o", pdf, "--report", "--paper", "A3", "--landscape", "--date", "2026-11-20")
    check("10,000 units: export --report exits 0", r.returncode == 0, r.stderr)
    texts = pages_text(pdf)
    marks = outline(pdf)
    chart = next((m["destpageposfrom1"] for m in marks if m["title"] == "Organisation chart"), 0)
    check("10,000 units: the report before the chart is tens of pages", 10 <= chart - 1 <= 60, chart)
    report_text = "\n".join(texts[:chart - 1])
    empty = json.loads(cli("en", "check", big, "--format", "json").stdout)["findings"]
    empty_names = [f["message"].split("”")[0].lstrip("“") for f in empty if f["rule"] == "empty-unit"]
    listed = sum(1 for n in empty_names if n in report_text)
    check("10,000 units: every department without a job is listed in the appendix",
          empty_names and listed == len(empty_names), f"{listed} of {len(empty_names)}")
    check("10,000 units: the reason is given once per group, not per finding",
          report_text.count("no defined job") <= 2, report_text.count("no defined job"))
    check_report("10,000 units", "en", pdf, texts)

    # Before and after.
    for lang in ("en", "zh-TW"):
        old = os.path.join(tmp, f"medium-{lang}-answers.orgdesign") if lang != "en" else os.path.join(tmp, "medium-en-answers.orgdesign")
        new = os.path.join(tmp, f"redesign-{lang}.orgdesign")
        with open(old, encoding="utf-8") as f:
            doc = f.read()
        # The redesign drops the second owner and adds a key-account team.
        doc = re.sub(r'(<unit id="(?:sales|sales-admin)"[^>]*>)<function ref="market-research" role="owner"/>',
                     r'\1<unit id="kam" name="KAM" kind="front" headcount="6"/>', doc, count=1)
        with open(new, "w", encoding="utf-8") as f:
            f.write(doc)
        out = os.path.join(tmp, f"compare-{lang}.pdf")
        r = cli(lang, "compare", old, new, "-o", out, "--date", "2026-11-20")
        check(f"compare {lang}: -o OUT.pdf exits 0", r.returncode == 0, r.stderr)
        texts = pages_text(out)
        everything = "\n".join(texts)
        check(f"compare {lang}: qpdf --check passes", run("qpdf", "--check", out).returncode == 0)
        check(f"compare {lang}: bookmarks", len(outline(out)) >= 3, outline(out))
        if lang == "en":
            check("compare en: figures, moves, functions and findings before and after",
                  all(s in everything for s in ("Before and after", "Collaboration stage", "Units added, removed, moved and renamed",
                                                "Functions gained and lost", "1 finding fixed", "Fixed by the redesign",
                                                "“KAM” is added")), everything)
        else:
            check("compare zh-TW: Traditional wording with 「」",
                  "調整前後對比" in everything and "協同階段" in everything and "「" in everything, everything)
    r = cli("en", "compare", old, new, "-o", os.path.join(tmp, "x.svg"))
    check("compare -o refuses anything but a PDF", r.returncode == 2 and ".pdf" in r.stderr, r.stderr)


def main():
    return od_tap.run(tests, "od-report-test-")


if __name__ == "__main__":
    sys.exit(main())
