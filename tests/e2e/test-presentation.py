#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-presentation.py: the chart on a 1024×768 projector, driven by real
# key presses: a 10,000-unit organisation opens, F5 hides the panels and
# shows the top levels readably with "+N" badges, the arrow keys walk
# the chart, Esc brings the panels back.  Screenshots of each step go to
# OUTDIR (e2e-presentation-*.png).
#
# Usage: test-presentation.py APP OUTDIR   (prints TAP)
# It runs the application on a display of its own, 1024×768, so that the
# pictures show what a projector of that size would.

import ctypes
import os
import random
import signal
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from od_e2e import (find, shot, start_session, step, tap_plan_and_exit,  # noqa: E402
                    wait_for, app_environment)

APP, OUTDIR = sys.argv[1], sys.argv[2]
CLI = os.path.join(os.path.dirname(APP), 'org-designer-cli')
workdir = tempfile.mkdtemp(prefix='od-e2e-present-')

# A display of projector size, for the application and for the keys and
# screenshots of this script.
# It goes when this script goes, however it ends.
def _die_with_parent():
    ctypes.CDLL('libc.so.6', use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


read_end, write_end = os.pipe()
xvfb = subprocess.Popen(['Xvfb', '-displayfd', str(write_end), '-screen', '0', '1024x768x24', '-nolisten', 'tcp'],
                        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        preexec_fn=_die_with_parent)
os.close(write_end)
with os.fdopen(read_end) as pipe:
    display = pipe.readline().strip()
if display:
    os.environ['DISPLAY'] = ':' + display
# A critical in the accessibility client while the registry starts up is
# no fault of the application: only the application runs with them fatal.
app_g_debug = os.environ.pop('G_DEBUG', '')
config, rawinput, tree = start_session(OUTDIR, 'e2e-presentation')

# 10,000 units with a random fan-out, as an HR export would give them.
rand = random.Random(2026)
csv = os.path.join(workdir, 'units.csv')
with open(csv, 'w', encoding='utf-8') as out:
    out.write('id,name,parent\n')
    out.write('u0,集团总部,\n')
    children = [0]
    for i in range(1, 10000):
        parent = rand.choice(children[max(0, len(children) - 400):]) if i > 8 else 0
        out.write('u%d,%s%d部,u%d\n' % (i, rand.choice(['销售', '市场', '财务', '物流', '研发', '采购']), i, parent))
        children.append(i)
chart = os.path.join(workdir, 'big.orgdesign')
subprocess.run([CLI, 'import-csv', csv, '-o', chart], check=True, stdout=subprocess.DEVNULL)

# The window opens at the projector's size (settings from a key file).
config_home = os.path.join(workdir, 'config')
os.makedirs(os.path.join(config_home, 'glib-2.0', 'settings'))
with open(os.path.join(config_home, 'glib-2.0', 'settings', 'keyfile'), 'w') as out:
    out.write('[io/github/orgdesigner/OrgDesigner]\nwindow-width=1024\nwindow-height=768\n')
env = app_environment(LANGUAGE='zh_CN', GSETTINGS_BACKEND='keyfile', XDG_CONFIG_HOME=config_home, G_DEBUG=app_g_debug,
                      OD_RECOVERY_DIR=os.path.join(workdir, 'recovery'))
app = subprocess.Popen([APP, chart], env=env)


def xdotool(*args):
    """Keys and clicks on this script's display: dogtail's go through the
    accessibility registry, which sits on the session's other display."""
    subprocess.run(['xdotool'] + list(args), check=True)


def chart_width(frame):
    """The width of the chart on screen: most of the window while
    presenting, the middle part beside the panels otherwise."""
    chart = frame.findChild(lambda n: n.name == 'Organisation chart', retry=False, requireResult=False)
    return chart.size[0] if chart is not None else 0


def structure_showing(frame):
    return 0 < chart_width(frame) < 800


try:
    if not display:
        raise AssertionError('Xvfb gave no display')
    application = wait_for(lambda: [a for a in tree.root.applications() if a.name == 'org-designer'][0],
                           'the application on the accessibility bus')
    frame = wait_for(lambda: application.children[0], 'the window')
    find(frame, lambda n: n.name.startswith('集团总部,'), 'the row of the top unit')
    wait_for(lambda: structure_showing(frame), 'the structure list')
    time.sleep(2)
    shot('1-editor')
    step('the 10,000-unit chart opens at 1024x768')

    # A click on the window's title gives it the keys (no window manager).
    xdotool('mousemove', '600', '20', 'click', '1')
    time.sleep(0.5)
    xdotool('key', 'F5')
    wait_for(lambda: chart_width(frame) >= 1000, 'the panels to go')
    time.sleep(2)
    shot('2-presentation')
    step('F5 hides the panels and presents the top levels')

    xdotool('key', 'Down')
    time.sleep(1.5)
    shot('3-down')
    xdotool('key', 'Right')
    time.sleep(1.5)
    shot('4-right')
    step('Down and Right walk the chart')

    xdotool('key', 'Escape')
    wait_for(lambda: structure_showing(frame), 'the panels to come back')
    time.sleep(1)
    shot('5-after')
    step('Esc leaves the presentation and the panels come back')
    ok, message = True, ''
except Exception as error:
    shot('failure')
    ok, message = False, '- %s' % error
finally:
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
    xvfb.terminate()
    xvfb.wait()
    shutil.rmtree(workdir, ignore_errors=True)
tap_plan_and_exit(ok, message)
