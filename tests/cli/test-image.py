#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""PNG and SVG images carry a title (the organisation's name, size and
date) above the chart and a legend (kinds, dotted line, finding badges)
below it: the band above the chart holds dark title text and nothing of
the chart, the band below holds the legend's kind colours and badge
colours, whose lines the chart's boxes never reach.  Checked on the
pixels of the PNG and of the SVG as rsvg-convert draws it.  Prints TAP.

Environment: OD_CLI (the built CLI), OD_LOCALEDIR (the catalogs).
"""
import os
import struct
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import od_tap  # noqa: E402
from od_tap import check  # noqa: E402

CLI = os.environ["OD_CLI"]
EXECUTIVE_FILL = (0xdc, 0xe6, 0xf5)
ERROR_RED = (0xc0, 0x1c, 0x28)


def read_png(path):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    pos, idat, width, height, channels = 8, b"", 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xff
            elif f == 2:
                line[i] = (line[i] + b) & 0xff
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xff
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xff
        rows.append([tuple(line[x * channels:x * channels + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def near(p, q, tol=12):
    return all(abs(a - b) <= tol for a, b in zip(p, q))


def check_image(tag, png, scale):
    width, height, rows = read_png(png)
    margin, header, legend = round(18 * scale), round(36 * scale), round(22 * scale)
    title_band = rows[margin:margin + round(14 * scale)]
    dark = sum(1 for row in title_band for p in row if max(p) < 90)
    check(f"{tag}: a title above the chart", dark > 20 * scale, dark)
    legend_band = rows[height - margin - legend + round(6 * scale):height - margin]
    kinds = sum(1 for row in legend_band for p in row if near(p, EXECUTIVE_FILL))
    reds = sum(1 for row in legend_band for p in row if near(p, ERROR_RED, 30))
    check(f"{tag}: a legend below the chart (kind swatch and error badge)", kinds > 10 and reds > 3, (kinds, reds))


def tests(tmp):
    doc = os.path.join(tmp, "medium.orgdesign")
    subprocess.run([CLI, "new", "--size", "medium", "--lang", "zh-CN", "-o", doc], check=True)
    png = os.path.join(tmp, "chart.png")
    r = subprocess.run([CLI, "export", doc, "-o", png, "--dpi", "144", "--date", "2026-12-01"], capture_output=True, text=True)
    check("export to PNG exits 0", r.returncode == 0, r.stderr)
    check_image("PNG", png, 2)
    svg = os.path.join(tmp, "chart.svg")
    r = subprocess.run([CLI, "export", doc, "-o", svg, "--date", "2026-12-01"], capture_output=True, text=True)
    check("export to SVG exits 0", r.returncode == 0, r.stderr)
    drawn = os.path.join(tmp, "svg.png")
    c = subprocess.run(["rsvg-convert", "--zoom", "2", svg, "-o", drawn], capture_output=True, text=True)
    check("rsvg-convert draws the SVG", c.returncode == 0, c.stderr)
    if c.returncode == 0:
        check_image("SVG", drawn, 2)


def main():
    return od_tap.run(tests, "od-image-test-")


if __name__ == "__main__":
    sys.exit(main())
