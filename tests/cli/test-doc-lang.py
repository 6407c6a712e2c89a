#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The document's language decides its printed furniture and its Chinese
faces, not the computer's locale: headers, "Page n of N", the legend,
"(continued)", "→ p. N", the contents and index titles, bookmarks and page
labels of an exported PDF are in the document's language under the C,
zh_CN and zh_TW locales; Chinese text — names quoted in English sentences
too — is drawn with Noto Sans CJK SC for a zh-CN document and TC for a
zh-TW one, never the Japanese face (pdftohtml -xml names the font of every
piece of text).  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs).
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402
import od_shapes  # noqa: E402

CLI = os.environ["OD_CLI"]
LOCALES = {
    "C": {"LANG": "C", "LC_ALL": "C"},
    "zh_CN": {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh"},
    "zh_TW": {"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_TW.UTF-8", "LANGUAGE": "zh_TW:zh"},
}
# Han, CJK punctuation, radicals and full-width forms.
CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def cli(locale, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update(LOCALES[locale])
    return subprocess.run([CLI, *args], capture_output=True, text=True, env=env)


def text_of(pdf):
    return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout


def faces(pdf):
    """[(text, font family)] of every piece of text in @pdf."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", pdf], capture_output=True, text=True).stdout
    fonts = dict(re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]*)"', xml))
    pieces = []
    for font, body in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', xml):
        pieces.append((re.sub(r"<[^>]*>", "", body), fonts.get(font, "")))
    return pieces


def qpdf_json(pdf):
    out = subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True).stdout
    return json.loads(out)


def outline_titles(data):
    titles = []

    def walk(items):
        for i in items:
            titles.append(i["title"])
            walk(i.get("kids", []))
    walk(data.get("outlines", []))
    return titles


def check_faces(tag, pdf, face):
    pieces = faces(pdf)
    cjk = [(t, f) for t, f in pieces if CJK.search(t)]
    wrong = [(t, f) for t, f in cjk if f"CJK{face}" not in f]
    check(f"{tag}: Chinese text is drawn with Noto Sans CJK {face.upper()}, never another face",
          cjk and not wrong, wrong[:8])


# Index names whose order differs between code points and the languages'
# own: pinyin puts 阿 (a) before 北 (bei) before 张 (zhang); code point
# order puts 北 U+5317 first and Latin before Han.
INDEX_PREFIXES = ["张家口", "Zeta", "阿里", "一线", "北京", "alpha", "二线", "Beta", "销售", "市场"]
PINYIN_ORDER = ["阿里", "北京", "二线", "市场", "销售", "一线", "张家口", "alpha", "Beta", "Zeta"]


def write_index_doc(path, lang):
    units = "".join(f'<unit id="u{i}" name="{INDEX_PREFIXES[i % 10]}{i:03d}" kind="front"/>\n' for i in range(1, 301))
    with open(path, "w", encoding="utf-8") as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<organisation xmlns="urn:org-designer:1" version="1" '
                f'name="测试集团" size="large" lang="{lang}">\n<unit id="u0" name="集团总部" kind="executive">\n'
                f'{units}</unit>\n</organisation>\n')


def index_text(pdf, heading):
    """The text of the index pages, in the order the PDF draws it."""
    text = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout
    pages = text.split("\f")
    first = next((i for i, p in enumerate(pages) if heading in p.split("\n")[:40] or f"\n{heading}\n" in p), None)
    return "" if first is None else "\f".join(pages[first:])


def check_index_order(tmp):
    """The index is sorted in the document's language, whatever the locale."""
    for lang, heading, order in (("zh-CN", "索引", PINYIN_ORDER),
                                 ("en", "Index", None)):
        path = os.path.join(tmp, f"index-{lang}.orgdesign")
        write_index_doc(path, lang)
        texts = {}
        for locale in ("C", "zh_CN", "zh_TW"):
            pdf = os.path.join(tmp, f"index-{lang}-{locale}.pdf")
            r = cli(locale, "export", path, "-o", pdf, "--paper", "A4", "--date", "2026-12-01")
            texts[locale] = index_text(pdf, heading) if r.returncode == 0 else ""
        check(f"{lang}: the index reads the same under C, zh_CN and zh_TW",
              texts["C"] and texts["C"] == texts["zh_CN"] == texts["zh_TW"], texts["C"][:300])
        seen = [p for p in sorted(INDEX_PREFIXES, key=lambda p: texts["C"].find(p + "0")) if p + "0" in texts["C"]]
        if order is not None:
            check(f"{lang}: the index is in pinyin order (阿 before 北 before 张, Han before Latin)",
                  seen == order, seen)
        else:
            latin = [p for p in seen if p.isascii()]
            check(f"{lang}: the index sorts Latin names without regard to case (alpha, Beta, Zeta)",
                  latin == ["alpha", "Beta", "Zeta"], seen)


def tests(tmp):
    check_index_order(tmp)
    docs = {}
    for lang in ("zh-CN", "zh-TW", "en"):
        docs[lang] = os.path.join(tmp, f"medium-{lang}.orgdesign")
        r = cli("C", "new", "--size", "medium", "--lang", lang, "-o", docs[lang])
        assert r.returncode == 0, r.stderr

    # The furniture of a one-page chart.
    expect = {
        "en": (["Page 1 of 1", "Medium firm", "Front office", "Dotted line", "Warning"], ["第 1 页", "第 1 頁", "中型企"]),
        "zh-CN": (["第 1 页，共 1 页", "中型企业", "前台", "虚线"], ["Page 1 of", "Medium firm", "中型企業"]),
        "zh-TW": (["第 1 頁，共 1 頁", "中型企業", "前台"], ["Page 1 of", "Medium firm", "中型企业"]),
    }
    for lang, locale in (("en", "zh_CN"), ("en", "zh_TW"), ("zh-CN", "C"), ("zh-CN", "zh_TW"),
                         ("zh-TW", "C"), ("zh-TW", "zh_CN")):
        pdf = os.path.join(tmp, f"chart-{lang}-{locale}.pdf")
        r = cli(locale, "export", docs[lang], "-o", pdf, "--fit", "--date", "2026-12-01")
        text = text_of(pdf)
        present, absent = expect[lang]
        check(f"{lang} chart under {locale}: header, page number and legend in {lang}",
              r.returncode == 0 and all(p in text for p in present) and not any(a in text for a in absent),
              r.stderr + text[-300:])
        labels = qpdf_json(pdf).get("pagelabels", [])
        label = labels[0]["label"].get("/P", "") if labels else ""
        check(f"{lang} chart under {locale}: the PDF's page label is in {lang}",
              (" of " in label) == (lang == "en"), labels[:1])

    # Department pages: stubs, "(continued)", contents, index, bookmarks.
    for lang, locale, shape in (("zh-TW", "C", "random1000"), ("en", "zh_CN", "random1000"),
                                ("zh-TW", "C", "wide300"), ("en", "zh_TW", "wide300")):
        path = os.path.join(tmp, f"{shape}-{lang}.orgdesign")
        od_shapes.write(path, od_shapes.SHAPES[shape](1), 1, lang=lang)
        pdf = os.path.join(tmp, f"{shape}-{lang}-{locale}.pdf")
        r = cli(locale, "export", path, "-o", pdf, "--paper", "A4", "--date", "2026-12-01")
        text = text_of(pdf)
        titles = outline_titles(qpdf_json(pdf))
        tag = f"{shape} {lang} under {locale}"
        if lang == "en":
            furniture = ["Contents", "Index", "Page 2 of", "Large firm"]
            foreign = ["目錄", "目录", "索引", "頁", "页"]
            marks = ["Contents and index"]
        else:
            furniture = ["目錄", "索引", "第 2 頁，共", "大企業"]
            foreign = ["Contents", "Page 2 of", "Large firm", "\u2192 p."]
            marks = ["目錄與索引"]
        if shape == "random1000":
            furniture.append("units \u2192 p." if lang == "en" else "個單位 \u2192 第")
        else:
            furniture.append("(continued, 2 of" if lang == "en" else "（續，第 2 部分，共")
        check(f"{tag}: page furniture in {lang}", r.returncode == 0 and all(f in text for f in furniture)
              and not any(f in text for f in foreign),
              r.stderr + str([f for f in furniture if f not in text]) + str([f for f in foreign if f in text]))
        check(f"{tag}: bookmarks in {lang}", all(m in titles for m in marks), titles[:6])

    # Faces: the report under every locale, its names the document's.
    for lang, locale, face in (("zh-CN", "C", "sc"), ("zh-CN", "zh_CN", "sc"), ("zh-CN", "zh_TW", "sc"),
                               ("zh-TW", "C", "tc"), ("zh-TW", "zh_TW", "tc")):
        pdf = os.path.join(tmp, f"report-{lang}-{locale}.pdf")
        r = cli(locale, "export", docs[lang], "-o", pdf, "--report", "--date", "2026-12-01")
        check(f"{lang} report under {locale} exits 0", r.returncode == 0, r.stderr)
        check_faces(f"{lang} report under {locale}", pdf, face)
    # An English report (C locale) quoting the names of a zh-CN document:
    # the English sentences name “市场部”, drawn with the Simplified face.
    pdf = os.path.join(tmp, "report-quoted.pdf")
    cli("C", "export", docs["zh-CN"], "-o", pdf, "--report", "--date", "2026-12-01")
    quoted = [(t, f) for t, f in faces(pdf) if "市场部" in t]
    text = text_of(pdf)
    check("the report is English and quotes the document's names", re.search(r"“市场部” (leads|and)", text),
          text[:400])
    check("English sentences quoting 市场部 draw it with the SC face, not JP",
          quoted and all("CJKsc" in f for _, f in quoted), quoted[:4])
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    check("an English report on a Chinese document embeds no Japanese face", "CJKjp" not in fonts, fonts)


def main():
    return od_tap.run(tests, "od-doc-lang-test-")


if __name__ == "__main__":
    sys.exit(main())
