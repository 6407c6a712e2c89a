# SPDX-License-Identifier: GPL-3.0-or-later
"""What the CLI test scripts share: their checks collected as they run
and printed as TAP at the end, in a temporary folder removed afterwards
(also when a check raises)."""
import shutil
import tempfile

results = []


def check(name, condition, detail=""):
    """Records one check; @detail is printed (its first 20 lines) when it fails."""
    results.append((name, bool(condition), detail))


def run(tests, prefix):
    """Calls tests(folder) and prints what it checked as TAP; the exit status."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    try:
        tests(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"1..{len(results)}")
    for i, (name, ok, detail) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
        if not ok:
            for line in str(detail).splitlines()[:20]:
                print(f"# {line}")
    return 0 if all(ok for _, ok, _ in results) else 1
