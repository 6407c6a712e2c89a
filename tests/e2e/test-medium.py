#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-medium.py: the real application driven through AT-SPI with dogtail,
# as a user would: choose the medium-firm template, add a unit under 销售部,
# give it a function 市场部 already owns, see the duplicate finding appear,
# apply its fix, undo, save to a path and check the saved file.
#
# Usage: test-medium.py APP OUTDIR   (prints TAP; screenshots go to OUTDIR)
# Needs a display and a D-Bus session (tools/test runs it under xvfb-run
# and dbus-run-session); it starts the accessibility bus itself.

import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from od_e2e import (button, find, shot, start_session, step, tap_plan_and_exit,  # noqa: E402
                    wait_for, app_environment)
import od_e2e  # noqa: E402

APP, OUTDIR = sys.argv[1], sys.argv[2]
NS = '{urn:org-designer:1}'
config, rawinput, tree = start_session(OUTDIR, 'e2e')

workdir = tempfile.mkdtemp(prefix='od-e2e-')
saved = os.path.join(workdir, 'e2e-medium.orgdesign')
# Unit names come from the template in the user's language: Chinese here,
# while the interface stays in English (no catalogs are installed).
env = app_environment(LANGUAGE='zh_CN', OD_RECOVERY_DIR=os.path.join(workdir, 'recovery'))
app = subprocess.Popen([APP], env=env)


def finding_labels(frame):
    panel = frame.findChild(lambda n: n.roleName == 'list' and n.name == 'Findings',
                            retry=False, requireResult=False)
    if panel is None:
        return []
    return [n.name for n in panel.findChildren(lambda n: n.roleName == 'label')]


def duplicate_shown(frame):
    return any(('市场研究' in t or 'Market research' in t) and ('2' in t) for t in finding_labels(frame))


try:
    application = wait_for(lambda: [a for a in tree.root.applications() if a.name == 'org-designer'][0],
                           'the application on the accessibility bus')
    frame = wait_for(lambda: application.children[0], 'the window')
    shot('1-welcome')

    find(frame, lambda n: n.roleName == 'list item' and n.name == 'Medium Firm', 'the medium template').click()
    sales = find(frame, lambda n: n.name.startswith('销售部,'), 'the row of 销售部')
    step('the medium template opens with 销售部 in the structure')

    sales.click()
    # GTK 4.8 does not expose the text of entries over AT-SPI: the row's
    # selected state tells which unit the inspector shows.
    wait_for(lambda: sales.parent.selected, '销售部 selected in the structure')
    button(frame, 'Add Child').doActionNamed('click')
    new_row = find(frame, lambda n: n.name.startswith('New Unit,'), 'the new unit in the structure')
    wait_for(lambda: new_row.parent.selected, 'the new unit selected')
    step('a unit is added under 销售部 and selected')
    shot('2-added')

    frame.doActionNamed('unit.add-function')
    chooser = wait_for(lambda: [w for w in application.children if w.name == 'Add Function'][0],
                       'the function chooser')
    search = find(chooser, lambda n: n.roleName in ('text', 'entry') and n.name == 'Search functions',
                  'the function search')
    search.click()
    rawinput.typeText('market research')
    time.sleep(1.0)
    shot('3-chooser')
    rawinput.pressKey('Return')   # takes the first function shown
    wait_for(lambda: not [w for w in application.children if w.name == 'Add Function'], 'the chooser to close')
    find(frame, lambda n: n.roleName == 'label' and n.name in ('市场研究', 'Market research'),
         'the function in the inspector')
    step('the new unit is given market research, which 市场部 owns')

    button(frame, 'Findings').doActionNamed('click')
    wait_for(lambda: duplicate_shown(frame), 'the duplicate-function finding')
    step('the duplicate finding appears')
    shot('4-finding')

    # The Fix button of the duplicate's row.
    findings = find(frame, lambda n: n.roleName == 'list' and n.name == 'Findings', 'the findings list')
    row = find(findings, lambda n: n.roleName == 'list item' and n.findChild(
        lambda l: l.roleName == 'label' and ('市场研究' in l.name or 'Market research' in l.name),
        retry=False, requireResult=False) is not None, 'the duplicate row')
    button(row, 'Fix').doActionNamed('click')
    wait_for(lambda: not duplicate_shown(frame), 'the finding to go after the fix')
    step('its fix removes the finding')
    shot('5-fixed')

    button(frame, 'Undo').doActionNamed('click')
    wait_for(lambda: duplicate_shown(frame), 'the finding to come back on undo')
    step('undo brings the finding back')

    frame.doActionNamed('win.save-as')
    dialog = wait_for(lambda: [w for w in application.children if w.name == 'Save As'][0], 'the save dialog')
    time.sleep(1.0)
    shot('6-save-as')
    # The name field has the focus with the proposed name selected.
    rawinput.keyCombo('<Control>a')
    rawinput.typeText(saved)
    time.sleep(0.5)
    rawinput.pressKey('Return')
    wait_for(lambda: os.path.exists(saved), 'the saved file')
    wait_for(lambda: [n for n in frame.findChildren(lambda n: n.roleName == 'label'
                                                    and n.name == 'e2e-medium.orgdesign')],
             'the title to name the file')
    step('save as writes the chosen path and the title names it')
    shot('7-saved')

    root = ET.parse(saved).getroot()
    assert root.tag == NS + 'organisation', root.tag
    sales_unit = [u for u in root.iter(NS + 'unit') if u.get('id') == 'sales'][0]
    children = [u for u in sales_unit.findall(NS + 'unit')]
    assert len(children) == 1, 'expected one unit under 销售部, found %d' % len(children)
    functions = {f.get('ref'): f.get('role') for f in children[0].findall(NS + 'function')}
    assert functions.get('market-research') == 'owner', functions
    owners = [u.get('id') for u in root.iter(NS + 'unit')
              for f in u.findall(NS + 'function')
              if f.get('ref') == 'market-research' and f.get('role') == 'owner']
    assert sorted(owners) == sorted(['marketing', children[0].get('id')]), owners
    step('the saved file holds the new unit under 销售部 owning market research (the fix undone)')
    ok, message = True, ''
except Exception as error:  # report any failure as a TAP line, with a picture
    shot('failure')
    ok, message = False, '%s: %s' % (type(error).__name__, error)
finally:
    app.terminate()
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired:
        app.kill()
    od_e2e.a11y_bus.terminate()
    shutil.rmtree(workdir, ignore_errors=True)

tap_plan_and_exit(ok, message)
