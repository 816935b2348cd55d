#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in a meson test log: each TAP line of a TAP test, each
other test as one. A program that crashed after its last "ok" counts as a
failure too. Prints "N passed, N failed"."""

import json
import re
import sys

passed = failed = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        ok = test["result"] in ("OK", "EXPECTEDFAIL", "SKIP")
        output = test.get("stdout") or ""
        oks = len(re.findall(r"^ok \d+", output, re.M))
        not_oks = len(re.findall(r"^not ok \d+", output, re.M))
        if oks or not_oks:
            passed += oks
            failed += not_oks + (0 if ok or not_oks else 1)
        elif ok:
            passed += 1
        else:
            failed += 1
print("%d passed, %d failed" % (passed, failed))
