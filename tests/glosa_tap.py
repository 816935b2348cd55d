# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the Python tests that print TAP share: checks are collected as they
run, then printed with the plan; a case that raises fails, it does not stop
the runner. cli() runs glosa-cli, the path every test gets as its first
argument; definitions() borrows another test's functions."""

import os
import subprocess
import sys
import traceback

results = []


def cli(*args, timeout=60, env=None):
    """Runs glosa-cli (sys.argv[1]) with args, its output captured as text;
    env, if given, is added to the environment."""
    return subprocess.run([sys.argv[1], *args], capture_output=True, text=True, timeout=timeout,
                          env=None if env is None else dict(os.environ, **env))


def definitions(path):
    """The test script at path without its tests: its text up to `def main():`
    run on its own, the names it defines as a dict. It checks through this
    module too, so its test points are among the caller's."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    source = source[:source.index("\ndef main():")]
    namespace = {"__name__": os.path.splitext(os.path.basename(path))[0]}
    exec(compile(source, path, "exec"), namespace)
    return namespace


def check(name, condition, detail=""):
    """One test point; detail (str() of it) is printed as comments when it
    fails."""
    results.append((name, bool(condition), detail))
    return bool(condition)


def comment(text):
    """A line printed among the test points, in order (a timing, a mode)."""
    results.append((None, True, text))


def run(main, name):
    """Runs main(), then prints the TAP."""
    try:
        main()
    except Exception:  # a crash or bad output fails the test, not the runner
        check(name, False, traceback.format_exc())
    print("1..%d" % sum(1 for r in results if r[0] is not None))
    n = 0
    for name, ok, detail in results:
        if name is None:
            print("# " + detail.replace("\n", " "))
            continue
        n += 1
        print("%s %d - %s" % ("ok" if ok else "not ok", n, name))
        if not ok and detail:
            for line in str(detail).splitlines()[:20]:
                print("# " + line)
