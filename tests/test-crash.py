#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash safety of the project file. A child shell runs `glosa-cli annotate`
in a loop, each run adding one annotation and printing its id once it is
committed; the whole process group is killed with SIGKILL at a random
moment. Reopening must show every printed id with exactly its fields, and
nothing else but, at most, the one annotation in flight when the kill came,
complete, and the file must pass SQLite's integrity check. GLOSA_CRASH_ROUNDS
sets the number of rounds (default 50, about 15 s). Then `glosa-cli project`
is killed while it builds a new project: there must be no project file
afterwards, or a whole one. Last, a hot rollback journal beside a project
is rolled back, not read around. Prints TAP."""

import json
import os
import random
import re
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
ROUNDS = int(os.environ.get("GLOSA_CRASH_ROUNDS", "50"))
DOCS = ["000_8201e9c1fadbd55d.txt", "001_a87c4153953d173a.txt"]
STANCES = ["support", "oppose", "neutral", "mixed"]
ISO = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

# The child: annotation i of a round is fully determined by the round and
# i, so the test knows what every printed id must hold.
LOOP = r'''
i=0
while :; do
  case $((i % 4)) in 0) stance=support;; 1) stance=oppose;; 2) stance=neutral;; *) stance=mixed;; esac
  if [ $((i % 2)) = 0 ]; then doc=$DOC0; else doc=$DOC1; fi
  start=$(( (i * 37) % 500 ))
  end=$(( start + 1 + i % 50 ))
  "$CLI" annotate --project "$PROJECT" --document "$doc" --start $start --end $end \
    --tag crash --tag "round-$ROUND" --actor gustavo-petro --stance $stance \
    --note "round $ROUND item $i
second line, “quoted”, <b>&amp;</b> 🌿" || exit 3
  i=$((i + 1))
done
'''


def expected(round_, i):
    start = (i * 37) % 500
    return {
        "document": DOCS[i % 2],
        "start": start,
        "end": start + 1 + i % 50,
        "tags": ["crash", "round-%d" % round_],
        "actor": "gustavo-petro",
        "issue": None,
        "stance": STANCES[i % 4],
        "note": "round %d item %d\nsecond line, “quoted”, <b>&amp;</b> 🌿" % (round_, i),
        "orphaned": False,
    }


def texts(project):
    """The documents' texts as the project holds them (NFC, repaired)."""
    db = sqlite3.connect("file:%s?mode=ro" % project, uri=True)
    try:
        return dict(db.execute("SELECT id, text FROM documents").fetchall())
    finally:
        db.close()


def matches(annotation, want, text):
    """Every field as the command asked, the quote from the text."""
    return (all(annotation[key] == value for key, value in want.items())
            and annotation["quote"] == text[want["document"]][want["start"]:want["end"]]
            and annotation["author"] and ISO.match(annotation["created"] or "")
            and annotation["created"] == annotation["modified"])


def list_annotations(project):
    p = subprocess.run([CLI, "annotations", "--project", project, "--json"],
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return None, p.stderr
    return {a["id"]: a for a in json.loads(p.stdout)["annotations"]}, ""


def integrity(project):
    """PRAGMA integrity_check and foreign_key_check, read-only."""
    db = sqlite3.connect("file:%s?mode=ro" % project, uri=True)
    try:
        return (db.execute("PRAGMA integrity_check").fetchone()[0],
                db.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        db.close()


def run_round(project, round_, env):
    child = subprocess.Popen(["sh", "-c", LOOP], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=dict(env, ROUND=str(round_)), start_new_session=True)
    # Early rounds are killed soon (often during the first commit or the
    # tag's creation), later ones after a stream of commits.
    time.sleep(random.uniform(0.005, 0.08) if round_ % 3 == 0 else random.uniform(0.1, 0.6))
    os.killpg(child.pid, signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    lines = out.decode("utf-8", "replace").split("\n")
    # A line without its newline was never fully printed: not a promise.
    return child.returncode, [line for line in lines[:-1]], err.decode("utf-8", "replace")


BUILD_COPIES = 200
BUILD_ROUNDS = 12


def build_corpus(tmp):
    """BUILD_COPIES copies of each shared text, each one changed, so that
    building their project takes a while."""
    folder = os.path.join(tmp, "many")
    os.mkdir(folder)
    for name in DOCS:
        with open(os.path.join(SHARED, "corpus", name), encoding="utf-8") as f:
            body = f.read()
        for i in range(BUILD_COPIES):
            with open(os.path.join(folder, "%03d-%s" % (i, name)), "w", encoding="utf-8") as f:
                f.write(body + "\nCopy %d.\n" % i)
    return folder


def build_project(folder, project):
    return subprocess.Popen([CLI, "project", folder, "--project", project],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)


def killed_builds(tmp):
    """A first build killed at random: no file, or a complete project."""
    folder = build_corpus(tmp)
    project = os.path.join(tmp, "built.glosa")
    want = len(DOCS) * BUILD_COPIES
    start = time.perf_counter()
    p = build_project(folder, project)
    _, err = p.communicate(timeout=120)
    took = time.perf_counter() - start
    if not check("a full build succeeds (%.2f s)" % took, p.returncode == 0, err):
        return
    absent = 0
    for round_ in range(BUILD_ROUNDS):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(project + suffix):
                os.unlink(project + suffix)
        child = build_project(folder, project)
        time.sleep(random.uniform(0, took))
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate(timeout=60)
        if not os.path.exists(project):
            absent += 1
            continue
        # Opened by Glosa first, which recovers a -wal the kill left.
        found, err = list_annotations(project)
        check("build %d: a project left by the kill opens" % round_, found == {}, err)
        check("build %d: and is whole" % round_,
              integrity(project)[0] == "ok" and len(texts(project)) == want,
              repr(integrity(project)))
    check("some builds were cut short (%d of %d)" % (absent, BUILD_ROUNDS), absent > 0)
    # Whatever the last kill left, building again works and cleans up.
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(project + suffix):
            os.unlink(project + suffix)
    p = build_project(folder, project)
    _, err = p.communicate(timeout=120)
    check("a build after the kills succeeds", p.returncode == 0, err)
    check("it holds every document", len(texts(project)) == want)
    check("it leaves no file it built in", not os.path.exists(project + ".new"))


# Run by a child Python: a change in rollback mode whose pages have spilled
# into the file, then an exit without rollback, which leaves a hot journal.
CUT_SHORT = r'''
import os, sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA cache_size = 1")
db.execute("BEGIN")
db.execute("UPDATE documents SET text = text || ' changed'")
os._exit(0)
'''


def hot_journal(tmp):
    """A project with a change cut short in rollback mode (another program,
    or a Glosa that switched to WAL at its first open) opens with the
    change undone, its annotations whole."""
    project = os.path.join(tmp, "journal.glosa")
    subprocess.run([CLI, "project", os.path.join(SHARED, "corpus"), "--project", project],
                   capture_output=True, check=True)
    subprocess.run([CLI, "annotate", "--project", project, "--document", DOCS[0],
                    "--start", "0", "--end", "10", "--tag", "kept"],
                   capture_output=True, check=True)
    before = texts(project)
    db = sqlite3.connect(project)
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    subprocess.run([sys.executable, "-c", CUT_SHORT, project], check=True)
    journal = project + "-journal"
    check("a change cut short left a hot journal",
          os.path.exists(journal) and os.path.getsize(journal) > 0)
    found, err = list_annotations(project)
    check("a project with a hot journal opens, even to read", found is not None, err)
    check("with its annotation", found is not None
          and [a["tags"] for a in found.values()] == [["kept"]], repr(found))
    check("and the change undone", texts(project) == before)
    check("and it is whole", integrity(project) == ("ok", []), repr(integrity(project)))
    check("and the journal is gone", not os.path.exists(journal))


def main():
    seed = int(os.environ.get("GLOSA_CRASH_SEED", random.randrange(1 << 32)))
    print("# seed %d (GLOSA_CRASH_SEED repeats a run)" % seed)
    random.seed(seed)
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "crash.glosa")
        p = subprocess.run([CLI, "project", os.path.join(SHARED, "corpus"), "--project", project],
                           capture_output=True, text=True, timeout=60)
        if not check("the project is created", p.returncode == 0, p.stderr):
            return
        text = texts(project)
        env = dict(os.environ, CLI=CLI, PROJECT=project, DOC0=DOCS[0], DOC1=DOCS[1],
                   LC_ALL="C.UTF-8")
        promised = {}          # id → (round, i)
        unpromised = set()     # ids found that no command printed
        for round_ in range(ROUNDS):
            status, ids, err = run_round(project, round_, env)
            check("round %d: the child was killed, not failed" % round_,
                  status == -signal.SIGKILL, "status %s: %s" % (status, err[-500:]))
            check("round %d: each printed line is one id" % round_,
                  all(re.fullmatch(r"[0-9a-f-]{36}", i) for i in ids), repr(ids[:3]))
            for i, id_ in enumerate(ids):
                promised[id_] = (round_, i)

            found, err = list_annotations(project)
            if not check("round %d: the project reopens after the kill" % round_, found is not None, err):
                return
            missing = [i for i in promised if i not in found]
            check("round %d: all %d printed ids are there" % (round_, len(promised)), not missing,
                  repr(missing[:5]))
            wrong = [i for i, (r, n) in promised.items()
                     if i in found and not matches(found[i], expected(r, n), text)]
            check("round %d: printed annotations hold exactly their fields" % round_, not wrong,
                  json.dumps([found[i] for i in wrong[:2]], ensure_ascii=False))
            extra = [i for i in found if i not in promised and i not in unpromised]
            # Only the command in flight may have committed without printing,
            # and what it committed must be whole.
            check("round %d: at most one annotation was not printed (%d)" % (round_, len(extra)),
                  len(extra) <= 1, repr(extra))
            for i in extra:
                check("round %d: the one in flight is complete" % round_,
                      matches(found[i], expected(round_, len(ids)), text),
                      json.dumps(found[i], ensure_ascii=False))
                unpromised.add(i)
            check("round %d: nothing else appeared" % round_,
                  len(found) == len(promised) + len(unpromised))
            check("round %d: integrity_check is ok, foreign keys hold" % round_,
                  integrity(project) == ("ok", []), repr(integrity(project)))

        check("commits were interrupted mid-stream (%d printed over %d rounds)" % (len(promised), ROUNDS),
              len(promised) >= ROUNDS)
        killed_builds(tmp)
        hot_journal(tmp)


glosa_tap.run(main, "test-crash")
