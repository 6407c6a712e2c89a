#!/usr/bin/python3
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

APP, OUTDIR = sys.argv[1], sys.argv[2]
steps = []
tap = sys.stdout
sys.stdout = sys.stderr   # dogtail narrates on stdout; only TAP may go there


def tap_plan_and_exit(ok, message=''):
    print('1..%d' % (len(steps) + (0 if ok else 1)), file=tap)
    for i, name in enumerate(steps, 1):
        print('ok %d %s' % (i, name), file=tap)
    if not ok:
        print('not ok %d %s' % (len(steps) + 1, message), file=tap)
    sys.exit(0 if ok else 1)


if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
    print('1..0 # SKIP needs a display and a D-Bus session', file=tap)
    sys.exit(0)
try:
    import dogtail.utils
except ImportError:
    print('1..0 # SKIP python3-dogtail is not installed', file=tap)
    sys.exit(0)

dogtail.utils.isA11yEnabled = lambda: True
from dogtail import config, tree  # noqa: E402

config.searchShowingOnly = False
config.searchCutoffCount = 10
config.defaultDelay = 0.3
config.logDebugToFile = False

a11y_bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)

workdir = tempfile.mkdtemp(prefix='od-e2e-recovery-')
recovery = os.path.join(workdir, 'recovery')
env = dict(os.environ)
for name in ('GTK_A11Y', 'NO_AT_BRIDGE'):
    env.pop(name, None)
env.update(LANGUAGE='zh_CN', GSETTINGS_BACKEND='memory', GSK_RENDERER='cairo',
           OD_RECOVERY_DIR=recovery, OD_AUTOSAVE_DELAY_MS='300')
running = []


def start(*args):
    process = subprocess.Popen([APP] + list(args), env=env)
    running.append(process)
    return process


def shot(name):
    subprocess.run(['import', '-window', 'root', os.path.join(OUTDIR, 'e2e-recovery-%s.png' % name)],
                   check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(predicate, what, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        try:
            found = predicate()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.3)
    raise AssertionError('timed out waiting for ' + what)


def find(root, predicate, what):
    return wait_for(lambda: root.findChild(predicate, retry=False, requireResult=False), what)


def button(root, label):
    # GTK 4.8 names a mnemonic button "_Label Label": match the plain words.
    return find(root, lambda n: n.roleName in ('push button', 'toggle button')
                and (n.name == label or n.name.endswith(' ' + label)), 'button ' + label)


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
    step_name = 'an edit gets a recovery copy within seconds'
    steps.append(step_name)
    shot('1-edited')

    # 2. A crash, then restore.
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert copies(), 'the copy must outlive the crash'
    steps.append('the copy survives kill -9')
    time.sleep(1)
    second = start()
    app = application()
    dialog = window_named(app, lambda n: 'Restore' in n or 'Unsaved' in n, 'the offer to restore')
    time.sleep(0.5)
    shot('2-offer')
    button(dialog, 'Restore').doActionNamed('click')
    frame = window_named(app, lambda n: 'Restore' not in n and 'Unsaved' not in n, 'the restored window')
    find(frame, lambda n: n.name.startswith('New Unit,'), 'the added unit, restored')
    steps.append('after a restart the offer restores the unsaved unit')
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
    steps.append('discarding the offer removes the copies')
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
    steps.append('a change by another program is asked about and Reload shows it')
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
    a11y_bus.kill()
    shutil.rmtree(workdir, ignore_errors=True)
