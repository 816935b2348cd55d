#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs each fuzz target's replay build over its seed corpus: every seed and
every crash regression in tests/fuzz/corpus/<target>/ is one TAP test case.

Usage: replay.py CORPUS_DIR TARGET_EXE... (the target's seeds are in
CORPUS_DIR/<name of the executable without "fuzz-">)."""

import os
import subprocess
import sys

corpus_root = sys.argv[1]
results = []
# As under libFuzzer (fuzz-common.c): criticals abort, warnings do not.
env = dict(os.environ, G_DEBUG="gc-friendly,fatal-criticals")

for exe in sys.argv[2:]:
    target = os.path.basename(exe)[len("fuzz-"):]
    seed_dir = os.path.join(corpus_root, target)
    seeds = sorted(os.path.join(seed_dir, name) for name in os.listdir(seed_dir))
    results.append(("%s has seeds" % target, len(seeds) > 0, seed_dir))
    # A crash ends the process: go on with the seeds after the one that crashed.
    while seeds:
        p = subprocess.run([exe, *seeds], capture_output=True, text=True,
                           errors="replace", env=env, timeout=600)
        done = set(line[3:] for line in p.stdout.splitlines() if line.startswith("ok "))
        for seed in seeds:
            if seed not in done:
                break
            results.append(("%s %s" % (target, os.path.basename(seed)), True, ""))
        else:
            if p.returncode != 0:
                results.append(("%s exits cleanly" % target, False, p.stderr[-4000:]))
            break
        results.append(("%s %s" % (target, os.path.basename(seed)), False,
                        "exit status %d\n%s" % (p.returncode, p.stderr[-4000:])))
        seeds = seeds[seeds.index(seed) + 1:]

print("1..%d" % len(results))
for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok:
        for line in detail.splitlines():
            print("# " + line)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
