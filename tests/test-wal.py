#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A project whose writer was killed leaves its committed annotations in
"x.glosa-wal". A reader holds the project open (as another window would),
so no clean close folds the WAL back; `glosa-cli annotate` commits in a loop
and is killed with SIGKILL. The .glosa and its -wal, without the -shm, are
copied elsewhere: the copy must open with every printed annotation, first
opened read-only (glosa-cli annotations), for writing (as the window opens
a .glosa file) or for its corpus (as the window opens a folder);
test-hostile-window opens such a copy in the window itself. Then the same
files in a read-only folder: SQLite cannot read a -wal without writing a
-shm beside it, so opening is refused with a message that names the file
and says why (not "damaged"), and nothing is written there. Prints TAP."""

import json
import os
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
CORPUS = os.path.join(SHARED, "corpus")
DOCUMENT = "000_8201e9c1fadbd55d.txt"
LOOP = r'''
i=0
while :; do
  "$CLI" annotate --project "$PROJECT" --document "$DOC" --start $i --end $((i + 7)) \
    --tag wal --note "wal item $i" || exit 3
  i=$((i + 1))
done
'''


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


def annotations(project):
    p = run("annotations", "--project", project, "--json")
    if p.returncode != 0:
        return None, p.stderr
    return {a["id"]: a["note"] for a in json.loads(p.stdout)["annotations"]}, ""


def killed_writer(project):
    """Runs the annotate loop until it has printed a few ids, kills it, and
    returns {id: note} of what it printed."""
    env = dict(os.environ, CLI=CLI, PROJECT=project, DOC=DOCUMENT)
    child = subprocess.Popen(["sh", "-c", LOOP], stdout=subprocess.PIPE, env=env,
                             start_new_session=True)
    ids = []
    deadline = time.monotonic() + 30
    while len(ids) < 8 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        ids.append(line.decode().strip())
    os.killpg(child.pid, signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    # Only whole lines were promised.
    ids += [line for line in rest.decode().split("\n")[:-1]]
    return {id_: "wal item %d" % i for i, id_ in enumerate(ids)}, child.returncode


def check_copy(label, project, printed):
    found, err = annotations(project)
    if not check("%s: glosa-cli annotations opens it" % label, found is not None, err):
        return
    missing = [i for i in printed if i not in found]
    check("%s: all %d printed annotations are there" % (label, len(printed)), not missing,
          repr(missing[:5]))
    check("%s: with their notes" % label,
          all(found.get(i) == note for i, note in printed.items() if i in found))
    check("%s: at most the one in flight besides" % label, len(found) - len(printed) in (0, 1),
          "%d found, %d printed" % (len(found), len(printed)))


def read_only_bind(path):
    """Makes path read-only even for root: a read-only bind mount. Returns
    how, or None."""
    if os.geteuid() != 0:
        os.chmod(path, 0o555)
        return "chmod 555"
    if subprocess.run(["mount", "--bind", path, path], capture_output=True).returncode != 0:
        return None
    if subprocess.run(["mount", "-o", "remount,ro,bind", path], capture_output=True).returncode != 0:
        subprocess.run(["umount", path])
        return None
    return "read-only bind mount"


def test_read_only_folder(tmp, live, printed):
    folder = os.path.join(tmp, "read-only")
    os.mkdir(folder)
    project = os.path.join(folder, "wal.glosa")
    shutil.copy(live, project)
    shutil.copy(live + "-wal", project + "-wal")
    how = read_only_bind(folder)
    if not check("read-only folder: made read-only (%s)" % how, how is not None):
        return
    print("# read-only folder: %s" % how)
    try:
        check("read-only folder: writing there really fails",
              not os.access(folder, os.W_OK) or how != "chmod 555")
        found, err = annotations(project)
        if found is None:
            # Refusing is allowed, silently losing the WAL is not.
            print("# read-only folder, annotations: %s" % err.strip())
            check("read-only folder: refused with a message naming the file and the reason",
                  "wal.glosa" in err and "folder that cannot be written" in err
                  and "damaged" not in err, err)
        else:
            check_copy("read-only folder", project, printed)
        p = run("annotate", "--project", project, "--document", DOCUMENT, "--start", "0",
                "--end", "3")
        print("# read-only folder, annotate: %s" % p.stderr.strip())
        check("read-only folder: a write is refused (exit 1), naming the file, not damaged",
              p.returncode == 1 and "wal.glosa" in p.stderr and "damaged" not in p.stderr
              and p.stdout == "", p.stderr)
        check("read-only folder: nothing was written beside it",
              sorted(os.listdir(folder)) == ["wal.glosa", "wal.glosa-wal"], repr(os.listdir(folder)))
    finally:
        if how == "chmod 555":
            os.chmod(folder, 0o755)
        else:
            subprocess.run(["umount", folder])


def copy_project(live, folder):
    """The .glosa and its -wal, without the -shm, into a new folder."""
    os.mkdir(folder)
    copy = os.path.join(folder, "wal.glosa")
    shutil.copy(live, copy)
    shutil.copy(live + "-wal", copy + "-wal")
    return copy


def check_whole(label, copy, n):
    db = sqlite3.connect("file:%s?mode=ro" % copy, uri=True)
    check("%s: integrity_check is ok" % label,
          db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    db.close()
    found, _ = annotations(copy)
    check("%s: %d annotations in the end" % (label, n), found is not None and len(found) == n,
          repr(None if found is None else len(found)))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        live = os.path.join(tmp, "live", "wal.glosa")
        os.mkdir(os.path.dirname(live))
        p = run("project", CORPUS, "--project", live)
        if not check("the project is created", p.returncode == 0, p.stderr):
            return
        # A reader keeps the database open: a writer's close then cannot
        # fold the WAL back into the file, as with another window open.
        reader = sqlite3.connect("file:%s?mode=ro" % live, uri=True)
        reader.execute("SELECT COUNT (*) FROM annotations").fetchone()
        printed, status = killed_writer(live)
        check("the writer was killed", status == -signal.SIGKILL, "status %s" % status)
        check("it printed ids before the kill (%d)" % len(printed), len(printed) >= 8)
        wal_size = os.path.getsize(live + "-wal") if os.path.exists(live + "-wal") else 0
        check("a -wal file is left behind (%d bytes)" % wal_size, wal_size > 0)
        # One copy for each way in, each opened first by that way.
        copies = {way: copy_project(live, os.path.join(tmp, way))
                  for way in ("read", "write", "corpus")}
        test_read_only_folder(tmp, live, printed)
        reader.close()

        copy = copies["read"]
        check("the copy has no -shm", not os.path.exists(copy + "-shm"))
        # The main file alone does not hold them: the WAL matters.
        db = sqlite3.connect("file:%s?immutable=1" % copy, uri=True)
        in_main = db.execute("SELECT COUNT (*) FROM annotations").fetchone()[0]
        db.close()
        check("the main file alone lacks the WAL's annotations (%d)" % in_main,
              in_main < len(printed))

        # glosa-cli annotations: a read-only open.
        check_copy("read-only open", copy, printed)
        found, _ = annotations(copy)
        n = len(found or {})
        check_whole("read-only open", copy, n)

        # glosa-cli annotate: the writable open a window does for a .glosa file.
        copy = copies["write"]
        p = run("annotate", "--project", copy, "--document", DOCUMENT, "--start", "50",
                "--end", "55", "--note", "after")
        check("writable open: it takes a new annotation", p.returncode == 0, p.stderr)
        check_copy("writable open", copy, dict(printed, **{p.stdout.strip(): "after"}))
        check_whole("writable open", copy, n + 1)

        # glosa-cli project: the open-for-corpus a window does for a folder.
        copy = copies["corpus"]
        p = run("project", CORPUS, "--project", copy, "--json")
        stats = json.loads(p.stdout) if p.returncode == 0 else {}
        check("open for the corpus: every annotation is placed exactly",
              stats.get("annotations", {}).get("exact") == n
              and stats.get("documents", {}).get("unchanged") == 2, p.stderr + p.stdout)
        check_copy("open for the corpus", copy, printed)
        check_whole("open for the corpus", copy, n)


glosa_tap.run(main, "test-wal")
