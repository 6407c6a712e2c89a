#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-recovery.py: work survives a crash, and another program's change to
# the open file is asked about, driven through AT-SPI with dogtail on the
# real application:
#  1. open the medium template, add a unit: a recovery copy appears within
#     seconds, while the document is unsaved;
#  2. kill -9 the application; start it again: it offers the copy, Restore
#     brings the added unit back, unsaved;
#  3. close and discard: the copy is gone;
#  4. open a saved file, let another program rewrite it: the window asks,
#     Reload shows the other version.
#
# Usage: test-recovery.py APP OUTDIR   (prints TAP; screenshots go to OUTDIR)

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from od_e2e import (app_environment, button, find, shot, start_session, step,  # noqa: E402
                    tap_plan_and_exit, wait_for)
import od_e2e  # noqa: E402

APP, OUTDIR = sys.argv[1], sys.argv[2]
config, rawinput, tree = start_session(OUTDIR, 'e2e-recovery')
od_e2e.default_timeout = 20

workdir = tempfile.mkdtemp(prefix='od-e2e-recovery-')
recovery = os.path.join(workdir, 'recovery')
env = app_environment(LANGUAGE='zh_CN', OD_RECOVERY_DIR=recovery, OD_AUTOSAVE_DELAY_MS='300')
running = []


def start(*args):
    process = subprocess.Popen([APP] + list(args), env=env)
    running.append(process)
    return process


def application():
    return wait_for(lambda: [a for a in tree.root.applications() if a.name == 'org-designer'][-1],
                    'the application on the accessibility bus')


def window_named(app, predicate, what):
    return wait_for(lambda: [w for w in app.children if predicate(w.name or '')][0], what)


def copies():
    if not os.path.isdir(recovery):
        return []
    return [n for n in os.listdir(recovery) if n.endswith('.orgdesign')]


try:
    # 1. An edit gets a recovery copy.
    first = start()
    app = application()
    frame = wait_for(lambda: app.children[0], 'the window')
    find(frame, lambda n: n.roleName == 'list item' and n.name == 'Medium Firm', 'the medium template').click()
    sales = find(frame, lambda n: n.name.startswith('销售部,'), 'the row of 销售部')
    sales.click()
    wait_for(lambda: sales.parent.selected, '销售部 selected')
    button(frame, 'Add Child').doActionNamed('click')
    find(frame, lambda n: n.name.startswith('New Unit,'), 'the new unit in the structure')
    wait_for(copies, 'a recovery copy', timeout=10)
    step('an edit gets a recovery copy within seconds')
    shot('1-edited')

    # 2. A crash, then restore.
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert copies(), 'the copy must outlive the crash'
    step('the copy survives kill -9')
    time.sleep(1)
    second = start()
    app = application()
    dialog = window_named(app, lambda n: 'Restore' in n or 'Unsaved' in n, 'the offer to restore')
    time.sleep(0.5)
    shot('2-offer')
    button(dialog, 'Restore').doActionNamed('click')
    frame = window_named(app, lambda n: 'Restore' not in n and 'Unsaved' not in n, 'the restored window')
    find(frame, lambda n: n.name.startswith('New Unit,'), 'the added unit, restored')
    step('after a restart the offer restores the unsaved unit')
    shot('3-restored')

    # 3. A clean close (discarding) removes the copy.
    second.send_signal(signal.SIGTERM)   # not a clean close: the copy must stay
    second.wait()
    assert copies(), 'SIGTERM is not a clean close'
    third = start()
    app = application()
    dialog = window_named(app, lambda n: 'Restore' in n or 'Unsaved' in n, 'the offer again')
    button(dialog, 'Discard').doActionNamed('click')
    wait_for(lambda: not copies(), 'the copies to go when discarded')
    step('discarding the offer removes the copies')
    third.send_signal(signal.SIGKILL)
    third.wait()

    # 4. Another program changes the open file.
    saved = os.path.join(workdir, 'plan.orgdesign')
    subprocess.run([os.path.join(os.path.dirname(APP), 'org-designer-cli'), 'new', '--size', 'medium',
                    '--lang', 'zh-CN', '-o', saved], check=True)
    fourth = start(saved)
    app = application()
    frame = window_named(app, lambda n: True, 'the window with the file')
    find(frame, lambda n: n.name.startswith('销售部,'), 'the file shown')
    time.sleep(1.5)
    with open(saved, encoding='utf-8') as f:
        text = f.read()
    with open(saved + '.tmp', 'w', encoding='utf-8') as f:
        f.write(text.replace('name="销售部"', 'name="华东销售部"', 1))
    os.rename(saved + '.tmp', saved)   # as a sync tool would
    dialog = window_named(app, lambda n: 'Changed' in n or 'Disk' in n, 'the changed-on-disk question')
    time.sleep(0.5)
    shot('4-changed')
    button(dialog, 'Reload').doActionNamed('click')
    find(frame, lambda n: n.name.startswith('华东销售部,'), 'the other version after reloading')
    step('a change by another program is asked about and Reload shows it')
    shot('5-reloaded')
    fourth.send_signal(signal.SIGKILL)
    fourth.wait()
    tap_plan_and_exit(True)
except Exception as error:  # noqa: BLE001 - report any failure as TAP
    shot('failure')
    tap_plan_and_exit(False, '- %s' % error)
finally:
    for process in running:
        if process.poll() is None:
            process.kill()
    od_e2e.a11y_bus.kill()
    shutil.rmtree(workdir, ignore_errors=True)
