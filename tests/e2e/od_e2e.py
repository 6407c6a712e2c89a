# SPDX-License-Identifier: GPL-3.0-or-later
# od_e2e.py: what the end-to-end scripts share: TAP output, the
# accessibility bus and dogtail set up for a session without GNOME, the
# application's environment, screenshots, and waiting for and finding
# widgets in the AT-SPI tree.
#
# A script calls start_session(OUTDIR, PREFIX) first; without a display, a
# D-Bus session or dogtail it fails (a suite that cannot run is not passed).
#
# TAP goes to the real standard output, written and flushed line by line:
# a buffered line lost at exit makes meson see no plan at all.

import atexit
import os
import signal
import subprocess
import sys
import time

steps = []
default_timeout = 15    # seconds wait_for() waits unless told otherwise
_tap = sys.stdout
atexit.register(_tap.flush)
_outdir = '.'
_prefix = 'e2e'
a11y_bus = None


def tap(line):
    """Writes one TAP line and flushes it at once."""
    print(line, file=_tap, flush=True)


def _cannot_run(reason):
    tap('1..1')
    tap('not ok 1 - cannot run: %s' % reason)
    sys.exit(1)


def start_session(outdir, prefix):
    """Checks the session, starts the accessibility bus, imports dogtail;
    returns dogtail's (config, rawinput, tree) modules."""
    global _outdir, _prefix, a11y_bus
    _outdir, _prefix = outdir, prefix
    # dogtail narrates on stdout; only TAP may go there.
    sys.stdout = sys.stderr
    if not os.environ.get('DISPLAY') or not os.environ.get('DBUS_SESSION_BUS_ADDRESS'):
        _cannot_run('needs a display and a D-Bus session (tools/test provides them)')
    try:
        import dogtail.utils
    except ImportError as error:
        _cannot_run('cannot import dogtail with %s (%s): tools/deps installs python3-dogtail'
                    % (sys.executable, error))
    # The session has no GNOME settings daemon: say accessibility is on
    # rather than asking GSettings.
    dogtail.utils.isA11yEnabled = lambda: True
    from dogtail import config, rawinput, tree
    config.searchShowingOnly = False
    config.searchCutoffCount = 10
    config.defaultDelay = 0.3
    config.logDebugToFile = False
    a11y_bus = subprocess.Popen(['/usr/libexec/at-spi-bus-launcher', '--launch-immediately'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1)
    return config, rawinput, tree


def app_environment(**extra):
    """The application's environment: accessibility on, settings in memory,
    the cairo renderer, plus @extra."""
    env = dict(os.environ)
    for name in ('GTK_A11Y', 'NO_AT_BRIDGE'):
        env.pop(name, None)
    env.update(GSETTINGS_BACKEND='memory', GSK_RENDERER='cairo')
    env.update(extra)
    return env


def step(name):
    """Reports a step done, at once: a later crash keeps what passed."""
    steps.append(name)
    tap('ok %d %s' % (len(steps), name))


def tap_plan_and_exit(ok, message=''):
    """Ends the TAP stream: a failure line when not @ok, then the plan."""
    if not ok:
        tap('not ok %d %s' % (len(steps) + 1, message))
    tap('1..%d' % (len(steps) + (0 if ok else 1)))
    sys.exit(0 if ok else 1)


def _terminated(signum, frame):
    # meson's timeout sends SIGTERM: say so in TAP rather than vanish.
    # SystemExit passes the scripts' "except Exception" and runs their cleanup.
    tap_plan_and_exit(False, '- terminated by signal %d (timed out?)' % signum)


signal.signal(signal.SIGTERM, _terminated)


def shot(name):
    path = os.path.join(_outdir, '%s-%s.png' % (_prefix, name))
    subprocess.run(['import', '-window', 'root', path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for(predicate, what, timeout=None):
    end = time.time() + (timeout or default_timeout)
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
    return find(root, lambda n: n.roleName in ('push button', 'toggle button', 'page tab')
                and (n.name == label or n.name.endswith(' ' + label)), 'button ' + label)
