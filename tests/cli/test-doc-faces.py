#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The document's language decides the faces of every piece of text, not
the computer's locale: a zh-TW document is set in Noto Sans CJK TC, a zh-CN
one in Noto Sans CJK SC (their Latin letters too), an English one in DejaVu
Sans with the Simplified face for its Chinese names — under the C,
de_DE.UTF-8, zh_CN.UTF-8 and zh_TW.UTF-8 locales alike, on chart pages,
department pages, the contents and index, the report, SVG text and PNG
pixels.  fontconfig adds the locale's language to every font pattern, so
"Sans" alone came out in the locale's face.  pdftohtml -xml names the font
of every piece of text.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs);
OD_FACES_QUICK (sanitizer builds, ten times slower): the zh_CN and zh_TW
locales only (each once chose the wrong face).
"""
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_shapes  # noqa: E402
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402

CLI = os.environ["OD_CLI"]
LOCALES = {
    "C": {"LANG": "C", "LC_ALL": "C"},
    "de_DE": {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de_DE:de"},
    "zh_CN": {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh"},
    "zh_TW": {"LANG": "zh_TW.UTF-8", "LC_ALL": "zh_TW.UTF-8", "LANGUAGE": "zh_TW:zh"},
}
if os.environ.get("OD_FACES_QUICK"):
    LOCALES = {k: v for k, v in LOCALES.items() if k in ("zh_CN", "zh_TW")}
CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3200-\u33ff\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
LATIN = re.compile(r"[A-Za-z]")
# The face (as pdftohtml and pdffonts name it) of Chinese text and of
# Latin-only text, by the document's language.
FACES = {
    "zh-CN": ("NotoSansCJKsc", "NotoSansCJKsc"),
    "zh-TW": ("NotoSansCJKtc", "NotoSansCJKtc"),
    "en": ("NotoSansCJKsc", "DejaVuSans"),
}
SVG_FACES = {"zh-CN": "Noto Sans CJK SC", "zh-TW": "Noto Sans CJK TC", "en": "Noto Sans CJK SC"}
# Names users type: Latin inside Chinese, book-title marks after Latin
# letters, full-width punctuation, a name with no Han at all.
MIXED = ["IT研发部", "Sales 销售中心", "CRM《客户》项目组", "市场部（华东）", "Support Desk"]


def cli(locale, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update(LOCALES[locale])
    return subprocess.run([CLI, *args], capture_output=True, env=env)


def pdf_pieces(pdf):
    """[(text, font name)] of every piece of text in @pdf."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", pdf], capture_output=True, text=True).stdout
    fonts = dict(re.findall(r'<fontspec id="(\d+)"[^>]*family="([^"]*)"', xml))
    return [(re.sub(r"<[^>]*>", "", body), fonts.get(font, ""))
            for font, body in re.findall(r'<text [^>]*font="(\d+)"[^>]*>(.*?)</text>', xml)]


def wrong_faces(pieces, lang):
    han_face, latin_face = FACES[lang]
    wrong = []
    for text, face in pieces:
        if CJK.search(text):
            if han_face not in face:
                wrong.append((text, face))
        elif LATIN.search(text) and latin_face not in face:
            wrong.append((text, face))
    return wrong


def write_doc(path, lang):
    """A random tree big enough for department pages, contents and index,
    with the mixed names under its root."""
    od_shapes.write(path, od_shapes.random_tree(400, 3), 3, lang=lang)
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    extra = "".join(f'<unit id="m{i}" name="{n}" kind="front" headcount="{i + 2}"/>\n' for i, n in enumerate(MIXED))
    xml = xml.replace('kind="executive">\n', 'kind="executive">\n' + extra, 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


def tests(tmp):
    pngs, ppms = {}, {}
    for lang in FACES:
        doc = os.path.join(tmp, f"doc-{lang}.orgdesign")
        write_doc(doc, lang)
        for locale in LOCALES:
            tag = f"{lang} document under {locale}"
            pages = os.path.join(tmp, f"pages-{lang}-{locale}.pdf")
            r = cli(locale, "export", doc, "-o", pages, "--paper", "A4", "--date", "2026-12-01")
            pieces = pdf_pieces(pages)
            text = subprocess.run(["pdftotext", pages, "-"], capture_output=True, text=True).stdout
            missing = [m for m in MIXED if m not in text]
            check(f"{tag}: the PDF's chart, department pages, contents and index name the mixed units",
                  r.returncode == 0 and not missing, r.stderr.decode()[-300:] + str(missing))
            wrong = wrong_faces(pieces, lang)
            check(f"{tag}: chart and index text in {FACES[lang]}", pieces and not wrong, wrong[:8])
            # Glyph forms too (Pango shapes Han in English text as the
            # first Chinese of $LANGUAGE): the chart and department pages
            # look the same (the index is left out: its order follows the
            # locale's collation).
            texts = subprocess.run(["pdftotext", pages, "-"], capture_output=True, text=True).stdout.split("\f")
            last = next((i for i, t in enumerate(texts) if "Index" in t or "索引" in t), len(texts))
            prefix = os.path.join(tmp, f"ppm-{lang}-{locale}")
            subprocess.run(["pdftoppm", "-r", "30", "-l", str(max(last, 1)), "-png", pages, prefix], check=True)
            rendered = b""
            for name in sorted(n for n in os.listdir(tmp) if n.startswith(f"ppm-{lang}-{locale}")):
                with open(os.path.join(tmp, name), "rb") as f:
                    rendered += f.read()
            ppms.setdefault(lang, {})[locale] = rendered

            report = os.path.join(tmp, f"report-{lang}-{locale}.pdf")
            r = cli(locale, "export", doc, "-o", report, "--report", "--date", "2026-12-01")
            pieces = pdf_pieces(report)
            # The report's sentences are in the reader's language, its
            # Chinese in the document's face (an English document's in SC,
            # even read in Traditional Chinese).
            wrong = [(t, f) for t, f in pieces if CJK.search(t) and FACES[lang][0] not in f]
            if lang != "en":
                wrong = wrong_faces(pieces, lang)
            check(f"{tag}: the report's text in the document's faces", r.returncode == 0 and pieces and not wrong,
                  r.stderr.decode()[-300:] + str(wrong[:8]))
            fonts = subprocess.run(["pdffonts", report, pages], capture_output=True, text=True).stdout
            fonts += subprocess.run(["pdffonts", pages], capture_output=True, text=True).stdout
            foreign = {"zh-CN": ("CJKjp", "CJKtc"), "zh-TW": ("CJKjp", "CJKsc"), "en": ("CJKjp",)}[lang]
            check(f"{tag}: no other Chinese face is embedded", not any(f in fonts for f in foreign), fonts)

            svg = os.path.join(tmp, f"chart-{lang}-{locale}.svg")
            r = cli(locale, "export", doc, "-o", svg, "--date", "2026-12-01")
            with open(svg, encoding="utf-8") as f:
                texts = re.findall(r'<text ([^>]*)>(.*?)</text>', f.read(), re.S)
            han = [(a, re.sub(r"<[^>]*>", "", b)) for a, b in texts if CJK.search(b)]
            wrong = [(a, t) for a, t in han if SVG_FACES[lang] not in a]
            check(f"{tag}: SVG Chinese text names {SVG_FACES[lang]}", r.returncode == 0 and han and not wrong,
                  wrong[:4])

            png = os.path.join(tmp, f"chart-{lang}-{locale}.png")
            r = cli(locale, "export", doc, "-o", png, "--date", "2026-12-01")
            with open(png, "rb") as f:
                pngs.setdefault(lang, {})[locale] = f.read() if r.returncode == 0 else b""
        # Against the first locale tried (C, or zh_CN in the quick run).
        base = next(iter(LOCALES))
        first = ppms[lang][base]
        same = [loc for loc, data in ppms[lang].items() if data == first]
        check(f"{lang} document: the PDF's pages look the same under every locale",
              first and len(same) == len(LOCALES), f"same as {base}: {same}")
        first = pngs[lang][base]
        same = [loc for loc, data in pngs[lang].items() if data == first]
        check(f"{lang} document: the PNG is the same image under every locale", first and len(same) == len(LOCALES),
              f"same as {base}: {same}")


def main():
    return od_tap.run(tests, "od-doc-faces-test-")


if __name__ == "__main__":
    sys.exit(main())
