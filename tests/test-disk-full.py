#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The disk fills up while `glosa-cli annotate` saves. The project lives on
a small tmpfs that is nearly full; annotations with long notes are added
until one fails. That one must fail loudly (exit 1, a message that names
the project and says the disk is full), and the project must still open
with every annotation committed before it, whole; once space is freed,
saving works again.

A tmpfs needs root (CAP_SYS_ADMIN). Without it the test falls back to
RLIMIT_FSIZE, the file size limit, with SIGXFSZ ignored so that writes fail
with EFBIG instead of killing the process. The TAP output says which mode
ran; GLOSA_DISK_FULL_MODE=rlimit forces the fallback. Prints TAP."""

import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

import glosa_tap
from glosa_tap import check

CLI = sys.argv[1]
SHARED = os.environ["GLOSA_SHARED_DIR"]
DOCUMENT = "000_8201e9c1fadbd55d.txt"
# An argument may hold at most 128 KiB (MAX_ARG_STRLEN): keep under it.
NOTE_CHARS = 100 * 1024


def run(*args, limit=None):
    def set_limit():
        # Ignored signals stay ignored across exec: a write past the limit
        # then fails with EFBIG rather than killing glosa-cli.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60,
                          preexec_fn=set_limit if limit is not None else None)


def annotate(project, i, limit=None):
    note = ("note %d: " % i) + ("x" * NOTE_CHARS)
    return run("annotate", "--project", project, "--document", DOCUMENT, "--start", str(i),
               "--end", str(i + 5), "--tag", "full", "--note", note, limit=limit), note


def annotations(project):
    p = run("annotations", "--project", project, "--json")
    if p.returncode != 0:
        return None, p.stderr
    return {a["id"]: a["note"] for a in json.loads(p.stdout)["annotations"]}, ""


def integrity(project):
    db = sqlite3.connect("file:%s?mode=ro" % project, uri=True)
    try:
        return db.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        db.close()


def mount_tmpfs(path, size):
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=%d" % size, "glosa-test", path],
                       capture_output=True, text=True)
    return p.returncode == 0, p.stderr.strip()


def fill(path, leave):
    """Fills the file system of path until `leave` bytes are free."""
    with open(os.path.join(path, "filler"), "wb") as f:
        free = shutil.disk_usage(path).free
        f.write(b"\0" * max(0, free - leave))


def fill_until_failure(project, committed, limit=None):
    """Adds annotations until one fails; returns the failed run."""
    for i in range(1, 400):
        p, note = annotate(project, i, limit)
        if p.returncode != 0:
            return p
        committed[p.stdout.strip()] = note
    return None


def check_failure(mode, p, project):
    if not check("%s: an annotation eventually fails" % mode, p is not None):
        return
    print("# %s: %s" % (mode, p.stderr.strip()))
    check("%s: it exits 1" % mode, p.returncode == 1, "status %d: %s" % (p.returncode, p.stderr))
    check("%s: it prints no id" % mode, p.stdout == "", p.stdout)
    check("%s: the message names the project" % mode, os.path.basename(project) in p.stderr,
          p.stderr)
    check("%s: the message says the disk is full" % mode,
          re.search(r"could not be saved: (the disk is full|.*the disk may be full)", p.stderr), p.stderr)


def check_intact(mode, project, committed, when):
    found, err = annotations(project)
    if not check("%s: the project opens %s" % (mode, when), found is not None, err):
        return
    missing = [i for i in committed if i not in found]
    check("%s: all %d committed annotations are there %s" % (mode, len(committed), when),
          not missing, repr(missing[:5]))
    check("%s: their notes are whole %s" % (mode, when),
          all(found.get(i) == note for i, note in committed.items() if i in found))
    check("%s: nothing else is there %s" % (mode, when), len(found) == len(committed),
          "%d found" % len(found))
    check("%s: integrity_check is ok %s" % (mode, when), integrity(project) == "ok")


def tmpfs_mode(tmp, base):
    mnt = os.path.join(tmp, "mnt")
    os.mkdir(mnt)
    size = os.path.getsize(base) + 8 * 1024 * 1024
    mounted, why = mount_tmpfs(mnt, size)
    if not mounted:
        return why
    print("# mode: tmpfs of %d bytes" % size)
    check("mode: a tmpfs (the disk really fills)", True)
    try:
        project = os.path.join(mnt, "full.glosa")
        shutil.copy(base, project)
        committed, _ = annotations(project)
        # Room for a few notes; the WAL and the -shm take their share.
        fill(mnt, 1024 * 1024)
        failed = fill_until_failure(project, committed)
        check("tmpfs: some annotations were saved before the disk filled",
              len(committed) > 3, "%d" % len(committed))
        check_failure("tmpfs", failed, project)
        check_intact("tmpfs", project, committed, "while the disk is full")
        os.unlink(os.path.join(mnt, "filler"))
        p, note = annotate(project, 7)
        if check("tmpfs: saving works again once there is space", p.returncode == 0, p.stderr):
            committed[p.stdout.strip()] = note
        check_intact("tmpfs", project, committed, "after space was freed")
    finally:
        subprocess.run(["umount", mnt])
    return None


def rlimit_mode(tmp, base):
    print("# mode: RLIMIT_FSIZE (no tmpfs could be mounted)")
    check("mode: RLIMIT_FSIZE, the file size limit", True)
    project = os.path.join(tmp, "limited.glosa")
    shutil.copy(base, project)
    committed, _ = annotations(project)
    # Files may grow by about 1 MB past the project's size.
    limit = os.path.getsize(project) + 1024 * 1024
    failed = fill_until_failure(project, committed, limit)
    check("rlimit: some annotations were saved before the limit",
          len(committed) > 3, "%d" % len(committed))
    check_failure("rlimit", failed, project)
    check_intact("rlimit", project, committed, "after the failure")
    p, note = annotate(project, 7)
    if check("rlimit: saving works again without the limit", p.returncode == 0, p.stderr):
        committed[p.stdout.strip()] = note
    check_intact("rlimit", project, committed, "without the limit")


def main():
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.glosa")
        p = run("project", os.path.join(SHARED, "corpus"), "--project", base)
        if not check("the project is created", p.returncode == 0, p.stderr):
            return
        for i in range(3):
            p, _ = annotate(base, 100 + i)
            check("an earlier annotation is committed", p.returncode == 0, p.stderr)
        # Checkpointed into the main file, so a copy carries everything.
        db = sqlite3.connect(base)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()

        if os.environ.get("GLOSA_DISK_FULL_MODE") == "rlimit":
            why = "GLOSA_DISK_FULL_MODE=rlimit"
        else:
            why = tmpfs_mode(tmp, base)
        if why is not None:
            print("# no tmpfs: %s" % why)
            rlimit_mode(tmp, base)
    print("# took %.1f s" % (time.monotonic() - start))


glosa_tap.run(main, "test-disk-full")
