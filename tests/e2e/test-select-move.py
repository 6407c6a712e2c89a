#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-select-move.py: the real application driven with the real pointer
# (XTest through dogtail) in a 1024x768 window: open the medium template,
# drag a rubber band across empty chart space around the bottom row of
# boxes, drag one of the selected boxes onto another unit so that all the
# selected units move there at once, and undo that in one step; then the
# same with Ctrl+M and the unit chooser.
#
# The chart is a picture to AT-SPI, so the boxes are found in a screenshot:
# they are the solid areas that differ from the canvas's background (the
# thin connectors vanish when the mask is eroded).  What happened is read
# back from the structure list and from the recovery copy the application
# writes after each edit (the document itself, not a picture of it).
#
# Usage: test-select-move.py APP OUTDIR   (prints TAP; screenshots in OUTDIR)

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from od_e2e import (find, start_session, step, tap_plan_and_exit,  # noqa: E402
                    wait_for, app_environment)

APP, OUTDIR = sys.argv[1], sys.argv[2]
NS = '{urn:org-designer:1}'
config, rawinput, tree = start_session(OUTDIR, 'e2e-select')

workdir = tempfile.mkdtemp(prefix='od-e2e-select-')
recovery = os.path.join(workdir, 'recovery')
env = app_environment(LANGUAGE='zh_CN', OD_RECOVERY_DIR=recovery, OD_AUTOSAVE_DELAY_MS='300')
app = subprocess.Popen([APP], env=env)
window_id = None


def shot(name):
    """The window alone, 1024x768."""
    path = os.path.join(OUTDIR, 'e2e-select-%s.png' % name)
    subprocess.run(['import', '-window', window_id, path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


def row(root, name):
    # Outline rows read "name, kind".
    return root.findChild(lambda n: n.name.startswith(name + ','), retry=False, requireResult=False)


def screen_rect(node):
    # GTK 4.8 reports positions in the window's coordinates; the window
    # sits at the screen's origin, its content inset by the resize border.
    inset = (1024 - frame.size[0]) // 2
    return (node.position[0] + inset, node.position[1] + inset, node.size[0], node.size[1])


def boxes_in(png, rect):
    """The unit boxes shown in @rect (screen) of the screenshot @png, as
    (x0, y0, x1, y1) screen rectangles, top to bottom, left to right."""
    x, y, w, h = rect
    ppm = subprocess.run(['convert', png, '-crop', '%dx%d+%d+%d' % (w, h, x, y), '+repage', 'ppm:-'],
                         check=True, capture_output=True).stdout
    # P6 header: magic, width height, maxval, each ended by whitespace.
    fields, at = [], 0
    while len(fields) < 4:
        while ppm[at:at + 1].isspace():
            at += 1
        start = at
        while not ppm[at:at + 1].isspace():
            at += 1
        fields.append(ppm[start:at])
    at += 1
    width, height = int(fields[1]), int(fields[2])
    pixels = ppm[at:]
    background = pixels[(height // 4 * width + 8) * 3:(height // 4 * width + 8) * 3 + 3]

    def solid(px, py):
        i = (py * width + px) * 3
        return pixels[i:i + 3] != background

    step_px = 2
    gw, gh = width // step_px, height // step_px
    mask = [[solid(cx * step_px, cy * step_px) for cx in range(gw)] for cy in range(gh)]
    # Erode by one cell each way: lines two or three pixels wide go.
    core = [[0 < cx < gw - 1 and 0 < cy < gh - 1 and all(mask[cy + dy][cx + dx]
                                                       for dy in (-1, 0, 1) for dx in (-1, 0, 1))
             for cx in range(gw)] for cy in range(gh)]
    seen = [[False] * gw for _ in range(gh)]
    found = []
    for cy in range(gh):
        for cx in range(gw):
            if not core[cy][cx] or seen[cy][cx]:
                continue
            stack, cells = [(cx, cy)], []
            seen[cy][cx] = True
            while stack:
                px, py = stack.pop()
                cells.append((px, py))
                for nx, ny in ((px + 1, py), (px - 1, py), (px, py + 1), (px, py - 1)):
                    if 0 <= nx < gw and 0 <= ny < gh and core[ny][nx] and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((nx, ny))
            xs = [c[0] for c in cells]
            ys = [c[1] for c in cells]
            bw, bh = (max(xs) - min(xs) + 3) * step_px, (max(ys) - min(ys) + 3) * step_px
            # A box: wider than tall, not a sliver, mostly solid.
            if bw >= 16 and bh >= 10 and len(cells) * step_px * step_px > 0.5 * bw * bh:
                found.append((x + (min(xs) - 1) * step_px, y + (min(ys) - 1) * step_px,
                              x + (max(xs) + 1) * step_px, y + (max(ys) + 1) * step_px))
    found.sort(key=lambda b: (b[1], b[0]))
    return found


def rows_of(boxes):
    """@boxes grouped into levels by their vertical centre."""
    levels = []
    for b in boxes:
        centre = (b[1] + b[3]) / 2
        if levels and abs((levels[-1][0][1] + levels[-1][0][3]) / 2 - centre) < 6:
            levels[-1].append(b)
        else:
            levels.append([b])
    return [sorted(level) for level in levels]


def centre(b):
    return ((b[0] + b[2]) // 2, (b[1] + b[3]) // 2)


def rows_shown(name, expected, timeout=30):
    """The chart's levels of boxes once it shows @expected (counts per
    level) in two screenshots alike, or after @timeout seconds: the view
    redraws when the machine lets it, so a fixed pause may photograph the
    picture before.  Each screenshot is saved as @name."""
    end = time.time() + timeout
    last = None
    while True:
        levels = rows_of(boxes_in(shot(name), area))
        if ([len(level) for level in levels] == expected and levels == last) or time.time() >= end:
            return levels
        last = levels
        time.sleep(0.3)


def slow_drag(start, end, name):
    """Presses at @start, moves to @end in steps, takes a screenshot
    @name before releasing."""
    rawinput.press(start[0], start[1], 1)
    time.sleep(0.2)
    for i in range(1, 11):
        rawinput.absoluteMotion(start[0] + (end[0] - start[0]) * i // 10,
                                start[1] + (end[1] - start[1]) * i // 10)
        time.sleep(0.05)
    time.sleep(0.5)
    path = shot(name)
    rawinput.release(end[0], end[1], 1)
    time.sleep(0.5)
    return path


def parents():
    """Unit id -> its manager's id, from the newest recovery copy."""
    copies = [os.path.join(recovery, n) for n in os.listdir(recovery)] if os.path.isdir(recovery) else []
    copies = [c for c in copies if c.endswith('.orgdesign')]
    if not copies:
        return None
    result = {}

    def walk(element, parent):
        for unit in element.findall(NS + 'unit'):
            result[unit.get('id')] = parent
            walk(unit, unit.get('id'))
    walk(ET.parse(max(copies, key=os.path.getmtime)).getroot(), None)
    return result


try:
    application = wait_for(lambda: [a for a in tree.root.applications() if a.name == 'org-designer'][0],
                           'the application on the accessibility bus')
    frame = wait_for(lambda: application.children[0], 'the window')
    window_id = wait_for(lambda: subprocess.run(['xdotool', 'search', '--pid', str(app.pid), '--onlyvisible'],
                                                capture_output=True, text=True).stdout.split()[0],
                         'the window on the X server')
    subprocess.run(['xdotool', 'windowsize', window_id, '1024', '768'], check=True)
    subprocess.run(['xdotool', 'windowmove', window_id, '0', '0'], check=True)
    time.sleep(1)
    find(frame, lambda n: n.roleName == 'list item' and n.name == 'Medium Firm', 'the medium template').click()
    find(frame, lambda n: n.name.startswith('生产车间,'), 'the row of 生产车间')
    time.sleep(1)
    canvas = find(frame, lambda n: n.name == 'Organisation chart', 'the chart')
    area = screen_rect(canvas)
    # Less the zoom buttons floating over its top.
    area = (area[0], area[1] + 60, area[2], area[3] - 60)
    levels = rows_shown('1-opened', [1, 8, 1, 3])
    # The medium template: the general manager, eight reports, production
    # under its vice-president, and three units under production.
    assert [len(level) for level in levels] == [1, 8, 1, 3], [len(level) for level in levels]
    step('the medium template opens; the chart shows its four levels of boxes (1, 8, 1, 3)')

    # 1. A rubber band from empty space around the bottom row.
    bottom = levels[-1]
    start = (bottom[0][0] - 14, bottom[0][1] - 10)
    end = (bottom[-1][2] + 14, bottom[-1][3] + 10)
    assert not any(b[0] <= start[0] <= b[2] and b[1] <= start[1] <= b[3] for level in levels for b in level)
    slow_drag(start, end, '2-band')
    wait_for(lambda: row(frame, '生产车间').parent.selected, '生产车间 selected (first of the band)')
    time.sleep(0.5)
    shot('3-selected')
    step('a rubber band across empty space selects the bottom row; the structure list follows')

    # 2. One of the selected boxes dragged onto the first unit under the top.
    target = levels[1][0]
    slow_drag(centre(bottom[1]), centre(target), '4-dragging')
    moved = wait_for(lambda: (lambda p: p if p and p.get('workshop') == 'marketing' else None)(parents()),
                     'the recovery copy with the move')
    for unit in ('workshop', 'warehouse', 'logistics'):
        assert moved[unit] == 'marketing', (unit, moved[unit])
    assert moved['production'] == 'production-vp'
    assert len(moved) == 13
    time.sleep(0.5)
    shot('5-moved')
    # The moved units stay selected; Esc clears the marks, then the
    # selected unit; Ctrl+0 fits the grown chart in the window again.
    rawinput.pressKey('Escape')
    rawinput.pressKey('Escape')
    wait_for(lambda: not row(frame, '生产车间').parent.selected, 'Esc to clear the selection')
    rawinput.keyCombo('<Control>0')
    after = rows_shown('6-cleared-fitted', [1, 8, 4])
    # Production lost its three reports; marketing gained them.
    assert [len(level) for level in after] == [1, 8, 4], [len(level) for level in after]
    step('dragging one selected box onto 市场部 moves all three selected units there; Esc clears the selection')

    # 3. One undo.
    rawinput.keyCombo('<Control>z')

    def undone():
        p = parents()
        return p is None or p.get('workshop') == 'production'
    wait_for(undone, 'the move undone')
    p = parents()
    if p is not None:
        for unit in ('workshop', 'warehouse', 'logistics'):
            assert p[unit] == 'production', (unit, p[unit])
    back = rows_shown('7-undone', [1, 8, 1, 3])
    assert [len(level) for level in back] == [1, 8, 1, 3], [len(level) for level in back]
    step('one undo puts all three back under 生产部')

    # 4. The keyboard way: a band around the bottom row (where it is now:
    # the chart was fitted to its wider shape), then Ctrl+M.
    bottom = back[-1]
    start = (bottom[0][0] - 14, bottom[0][1] - 10)
    end = (bottom[-1][2] + 14, bottom[-1][3] + 10)
    slow_drag(start, end, '8-band-again')
    wait_for(lambda: row(frame, '生产车间').parent.selected, '生产车间 selected again')
    rawinput.keyCombo('<Control>m')
    chooser = wait_for(lambda: [w for w in application.children if w.name == 'Move 3 Units To'][0],
                       'the chooser titled for three units')
    chooser_id = wait_for(lambda: subprocess.run(['xdotool', 'search', '--name', 'Move 3 Units To'],
                                                 capture_output=True, text=True).stdout.split()[0],
                          'the chooser on the X server')
    subprocess.run(['xdotool', 'windowmove', chooser_id, '0', '0'], check=True)
    time.sleep(1)
    geometry = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', chooser_id],
                              capture_output=True, text=True).stdout
    width = int([line for line in geometry.split() if line.startswith('WIDTH=')][0][6:])
    inset = (width - chooser.size[0]) // 2

    def chooser_row(name):
        return chooser.findChild(lambda n: n.roleName == 'list item' and n.name.startswith(name),
                                 retry=False, requireResult=False)
    # Nothing inside the moved units can be chosen; 销售部 can.
    assert not wait_for(lambda: chooser_row('生产车间'), 'the row of 生产车间').sensitive
    sales = wait_for(lambda: chooser_row('销售部'), 'the row of 销售部')
    assert sales.sensitive
    subprocess.run(['import', '-window', chooser_id, os.path.join(OUTDIR, 'e2e-select-9-move-to.png')],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rawinput.click(sales.position[0] + inset + sales.size[0] // 2, sales.position[1] + inset + sales.size[1] // 2)
    moved = wait_for(lambda: (lambda p: p if p and p.get('workshop') == 'sales' else None)(parents()),
                     'the recovery copy with the move to 销售部')
    for unit in ('workshop', 'warehouse', 'logistics'):
        assert moved[unit] == 'sales', (unit, moved[unit])
    time.sleep(0.5)
    shot('10-moved-to-sales')
    rawinput.keyCombo('<Control>z')
    wait_for(undone, 'the move to 销售部 undone')
    step('Ctrl+M with three units selected: the chooser refuses what is inside them, one pick moves all three, '
         'one undo returns them')
    tap_plan_and_exit(True)
except Exception as e:  # noqa: BLE001
    if window_id is not None:
        shot('failed')
    tap_plan_and_exit(False, 'failed: %s' % e)
finally:
    app.kill()
    app.wait()
