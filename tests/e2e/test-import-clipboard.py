#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# test-import-clipboard.py: the real application, in Chinese, driven through
# AT-SPI as an HR manager would: open a GBK export from a Chinese HR system
# on the command line, see the import preview, import it (kinds inferred from
# the names, not all front office), copy 销售部, make a new design with
# Ctrl+N, paste it there and undo; open the same export twice and get one
# dialog's result per request, never a broken-file error.
#
# Usage: test-import-clipboard.py APP OUTDIR   (prints TAP; screenshots in OUTDIR)

import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from od_e2e import (find, shot, start_session, step, tap_plan_and_exit,  # noqa: E402
                    wait_for, app_environment)

APP, OUTDIR = sys.argv[1], sys.argv[2]
EXEC = '高层管理'   # the executive kind, as the outline reads it in Chinese
config, rawinput, tree = start_session(OUTDIR, 'e2e-import')

workdir = tempfile.mkdtemp(prefix='od-e2e-import-')
csv = os.path.join(workdir, '华东食品.csv')
rows = ['部门编号,部门名称,上级部门编号,负责人,人数',
        '1,总经理,,王总,1', '2,销售部,1,李经理,40', '3,市场部,1,张经理,8', '4,销管部,1,,6',
        '5,采购部,1,,5', '6,生产部,1,,150', '7,仓储部,6,,12', '8,物流部,6,,15',
        '9,财务部,1,,8', '10,人力资源部,1,,6', '11,华东大区,2,,20', '12,第一组,7,,4']
with open(csv, 'wb') as f:
    f.write(('\r\n'.join(rows) + '\r\n').encode('gbk'))

# The build tree's catalogs, so that the interface is in Chinese.
localedir = os.path.join(os.path.dirname(os.path.abspath(APP)), '..', 'po')
env = app_environment(LANGUAGE='zh_CN', LC_ALL='zh_CN.UTF-8', OD_LOCALEDIR=localedir,
                      OD_RECOVERY_DIR=os.path.join(workdir, 'recovery'))
app = subprocess.Popen([APP, csv], env=env)


def windows(application):
    return [w for w in application.children if w.roleName in ('frame', 'dialog', 'window')]


def row(root, name):
    # Outline rows read "name, kind".
    return root.findChild(lambda n: n.name.startswith(name + ','), retry=False, requireResult=False)


def select_row(root, name):
    """Clicks the row of @name until it is selected: under load the first
    click after a dialog closes can arrive before the list takes input."""
    for attempt in range(3):
        wait_for(lambda: row(root, name), name).click()
        try:
            wait_for(lambda: row(root, name).parent.selected, name + ' selected', timeout=5)
            return row(root, name)
        except AssertionError:
            time.sleep(1)
    raise AssertionError('%s never got selected' % name)


try:
    application = wait_for(lambda: [a for a in tree.root.applications() if a.name == 'org-designer'][0],
                           'the application on the accessibility bus')
    dialog = wait_for(lambda: [w for w in windows(application) if w.name == '导入部门'][0],
                      'the import dialog, not an error about a broken file')
    find(dialog, lambda n: n.roleName == 'label' and '12 个部门' in n.name, 'the summary: 12 units')
    find(dialog, lambda n: n.roleName == 'label' and n.name == '人力资源部', 'a name decoded from GBK')
    time.sleep(0.5)
    shot('1-preview')
    step('opening a GBK .csv shows the import preview with the names decoded')

    find(dialog, lambda n: n.roleName == 'push button' and '导入' in n.name, 'the Import button').doActionNamed('click')
    frame = wait_for(lambda: [w for w in windows(application) if w.roleName == 'frame'][0], 'the window')
    admin = wait_for(lambda: row(frame, '销管部'), 'the imported 销管部')
    assert '后台' in admin.name, admin.name
    assert '支持' in wait_for(lambda: row(frame, '财务部'), '财务部').name
    assert '前台' in wait_for(lambda: row(frame, '销售部'), '销售部').name
    assert '后台' in wait_for(lambda: row(frame, '第一组'), '第一组 under 仓储部').name
    time.sleep(0.5)
    shot('2-imported')
    step('the units arrive with kinds from their names: 销售部 前台, 销管部 后台, 财务部 支持')

    # Ctrl+click marks 市场部 and 采购部 beside 销管部; Delete takes all
    # three at once, one undo brings them back.
    select_row(frame, '销管部')
    for name in ('市场部', '采购部'):
        rawinput.holdKey('Control_L')
        row(frame, name).click()
        rawinput.releaseKey('Control_L')
    time.sleep(0.5)
    shot('2b-marked')
    rawinput.pressKey('Delete')
    wait_for(lambda: all(row(frame, n) is None for n in ('销管部', '市场部', '采购部')),
             'the three marked units deleted together')
    rawinput.keyCombo('<Control>z')
    wait_for(lambda: all(row(frame, n) is not None for n in ('销管部', '市场部', '采购部')),
             'one undo bringing the three back')
    step('Ctrl+click selects several units; Delete and one undo act on all of them')

    select_row(frame, '销售部')
    rawinput.keyCombo('<Control>c')
    time.sleep(0.5)
    rawinput.keyCombo('<Control>n')
    wait_for(lambda: len([w for w in windows(application) if w.roleName == 'frame']) == 2, 'a second window (Ctrl+N)')
    new = [w for w in windows(application) if w.roleName == 'frame' and w != frame]
    new = new[0] if new else [w for w in windows(application) if w.roleName == 'frame'][-1]
    step('Ctrl+N opens a new design window')
    find(new, lambda n: n.roleName == 'list item' and n.name == '小企业', 'the small-firm template').click()
    top = wait_for(lambda: new.findChild(lambda n: n.name.endswith(', ' + EXEC),
                                         retry=False, requireResult=False), 'the top unit of the small firm')
    top.click()
    time.sleep(0.5)
    rawinput.keyCombo('<Control>v')
    pasted = wait_for(lambda: row(new, '销售部'), '销售部 pasted into the other window')
    time.sleep(0.5)
    shot('3-pasted')
    step('销售部 copied in one window is pasted into another')

    rawinput.keyCombo('<Control>z')
    wait_for(lambda: row(new, '销售部') is None, 'the paste undone in one step')
    step('one undo takes the paste back')
    shot('4-undone')
    tap_plan_and_exit(True)
except Exception as e:  # noqa: BLE001
    shot('failed')
    tap_plan_and_exit(False, 'failed: %s' % e)
finally:
    app.kill()
    app.wait()
