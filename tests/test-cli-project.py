#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The project commands of glosa-cli, checked from outside: `project`,
`annotate` and `annotations`, their exit codes and JSON shapes, locking,
re-anchoring after the corpus changed, and damaged project files that must
be refused untouched. Prints TAP."""

import fcntl
import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile

import glosa_tap
from glosa_tap import check, cli

SHARED = os.environ["GLOSA_SHARED_DIR"]
DOC0 = "000_8201e9c1fadbd55d.txt"
DOC1 = "001_a87c4153953d173a.txt"
FIELDS = {"id", "document", "start", "end", "quote", "tags", "actor", "issue", "stance", "note",
          "author", "created", "modified", "orphaned"}


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def annotations(project, *args):
    p = cli("annotations", "--project", project, "--json", *args)
    return json.loads(p.stdout)["annotations"] if p.returncode == 0 else None


def offsets(corpus, document, quote):
    with open(os.path.join(corpus, document), encoding="utf-8") as f:
        start = f.read().index(quote)
    return str(start), str(start + len(quote))


def test_project_and_annotate(tmp):
    corpus = os.path.join(tmp, "corpus")
    shutil.copytree(os.path.join(SHARED, "corpus"), corpus)
    project = os.path.join(tmp, "p.glosa")
    p = cli("project", corpus, "--project", project, "--json")
    check("project --json exits 0", p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    check("project --json has the documented keys",
          set(data) == {"project", "created", "documents", "annotations"}
          and set(data["documents"]) == {"added", "changed", "unchanged", "missing"}
          and set(data["annotations"]) == {"exact", "moved", "fuzzy", "orphaned"}, p.stdout)
    check("a new project adds both documents",
          data["created"] is True and data["documents"]["added"] == 2 and data["project"] == project,
          p.stdout)
    p = cli("project", corpus, "--project", project)
    check("a second run refreshes, changing nothing",
          p.returncode == 0 and "Refreshed" in p.stdout and "0 added, 0 changed, 2 unchanged" in p.stdout,
          p.stdout)

    note = 'Two lines,\n"quotes", <markup> & emoji 🌿'
    start, end = offsets(corpus, DOC0, "frontal opposition")
    p = cli("annotate", "--project", project, "--document", DOC0, "--start", start, "--end", end,
            "--tag", "Opposition", "--tag", "Petro", "--actor", "gustavo-petro",
            "--issue", "forced-eradication", "--stance", "oppose", "--note", note, "--author", "Ana")
    check("annotate exits 0 and prints only the id",
          p.returncode == 0 and re.fullmatch(r"[0-9a-f-]{36}\n", p.stdout) and p.stderr == "",
          p.stdout + p.stderr)
    first = p.stdout.strip()
    p = cli("annotate", "--project", project, "--document", DOC1, "--start", "1180", "--end", "1195",
            "--tag", "Petro")
    second = p.stdout.strip()
    check("a second annotation reuses the tag", p.returncode == 0, p.stderr)

    listed = annotations(project)
    check("annotations --json lists both, in document order",
          listed is not None and [a["id"] for a in listed] == [first, second], repr(listed))
    check("annotations have exactly the documented fields", all(set(a) == FIELDS for a in listed))
    a = listed[0]
    check("every field round-trips",
          a["document"] == DOC0 and a["start"] == int(start) and a["end"] == int(end)
          and a["quote"] == "frontal opposition" and a["tags"] == ["Opposition", "Petro"]
          and a["actor"] == "gustavo-petro" and a["issue"] == "forced-eradication"
          and a["stance"] == "oppose" and a["note"] == note and a["author"] == "Ana"
          and a["orphaned"] is False and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["created"]),
          json.dumps(a, ensure_ascii=False))
    b = listed[1]
    check("unset fields are null and the quote is in code points",
          b["actor"] is None and b["stance"] is None and b["note"] is None
          and b["quote"] == "Ana María Rueda" and b["author"], json.dumps(b, ensure_ascii=False))
    check("--tag filters", [x["id"] for x in annotations(project, "--tag", "Opposition")] == [first])
    check("--text ignores case and accents",
          [x["id"] for x in annotations(project, "--text", "MARIA")] == [second])
    check("--stance and --document filter",
          [x["id"] for x in annotations(project, "--stance", "oppose", "--document", DOC0)] == [first])
    p = cli("annotations", "--project", project)
    check("annotations prints a readable list",
          p.returncode == 0 and "“Ana María Rueda”" in p.stdout and "2 annotations" in p.stdout, p.stdout)
    return corpus, project


def test_usage_and_failures(tmp, project):
    cases = [
        (["annotate", "--project", project, "--document", DOC0, "--start", "5"], 2, "required"),
        (["annotate", "--project", project, "--document", DOC0, "--start", "5", "--end", "5"], 2,
         "greater"),
        (["annotate", "--project", project, "--document", DOC0, "--start", "-1", "--end", "5"], 2,
         "whole"),
        (["annotate", "--project", project, "--document", DOC0, "--start", "0", "--end", "5",
          "--stance", "maybe"], 2, "--stance"),
        (["annotate", "--project", project, "--document", "nope", "--start", "0", "--end", "5"], 1,
         "no document “nope”"),
        (["annotate", "--project", project, "--document", DOC0, "--start", "0", "--end", "99999"], 1,
         "7122 characters"),
        (["annotations"], 2, "--project"),
    ]
    for args, status, words in cases:
        p = cli(*args)
        check("%s … exits %d" % (" ".join(args[:1] + args[-2:]), status),
              p.returncode == status and words in p.stderr and p.stdout == "", p.stderr)
    missing = os.path.join(tmp, "missing.glosa")
    p = cli("annotate", "--project", missing, "--document", DOC0, "--start", "0", "--end", "5")
    check("annotate does not create a project",
          p.returncode == 1 and "no project" in p.stderr and not os.path.exists(missing), p.stderr)
    check("nothing was added by the failures", len(annotations(project)) == 2)


def test_locked(project):
    with open(project + ".lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        p = cli("annotate", "--project", project, "--document", DOC0, "--start", "0", "--end", "5")
        check("annotate on a project open elsewhere fails and says why",
              p.returncode == 1 and "open in another window" in p.stderr and p.stdout == "", p.stderr)
        check("annotations still reads it", annotations(project) is not None)
    os.unlink(project + ".lock")
    p = cli("annotate", "--project", project, "--document", DOC0, "--start", "0", "--end", "3")
    check("once closed there, annotate works", p.returncode == 0, p.stderr)
    check("and leaves no lock file behind", not os.path.exists(project + ".lock"))


def test_reanchor(tmp):
    corpus = os.path.join(tmp, "edited")
    shutil.copytree(os.path.join(SHARED, "corpus"), corpus)
    project = os.path.join(tmp, "edited.glosa")
    cli("project", corpus, "--project", project)
    quotes = ["The production of cocaine is not an abstract phenomenon.",
              "Petro has consistently maintained a frontal opposition to the eradication of coca crops.",
              "In Washington, no one is deceived by the rhetoric."]
    ids = []
    for q in quotes:
        start, end = offsets(corpus, DOC0, q)
        p = cli("annotate", "--project", project, "--document", DOC0, "--start", start, "--end", end)
        ids.append(p.stdout.strip())
    path = os.path.join(corpus, DOC0)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = text.replace(quotes[0], "A new paragraph goes here.\n" + quotes[0], 1)
    text = text.replace("frontal", "firm", 1)
    text = text.replace(quotes[2] + " ", "", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

    p = cli("project", corpus, "--project", project, "--json")
    data = json.loads(p.stdout) if p.returncode == 0 else {}
    check("refresh re-anchors: one moved, one fuzzy, one orphaned",
          data.get("documents", {}).get("changed") == 1
          and data.get("annotations") == {"exact": 0, "moved": 1, "fuzzy": 1, "orphaned": 1}, p.stdout)
    listed = {a["id"]: a for a in annotations(project)}
    check("the moved one keeps its quote at its new place",
          listed[ids[0]]["quote"] == quotes[0] and listed[ids[0]]["start"] == text.index(quotes[0]))
    check("the edited one follows the edit",
          listed[ids[1]]["quote"] == quotes[1].replace("frontal", "firm"))
    orphans = annotations(project, "--orphaned")
    check("the deleted one is kept and listed as orphaned",
          [a["id"] for a in orphans] == [ids[2]] and orphans[0]["quote"] == quotes[2]
          and orphans[0]["orphaned"] is True, json.dumps(orphans, ensure_ascii=False))


def test_damaged(tmp, project):
    with open(project, "rb") as f:
        good = f.read()
    files = {}
    files["truncated"] = good[:len(good) // 2]
    files["random"] = os.urandom(65536)
    files["empty"] = b""
    for name, content in files.items():
        with open(os.path.join(tmp, name + ".glosa"), "wb") as f:
            f.write(content)
    newer = os.path.join(tmp, "newer.glosa")
    shutil.copy(project, newer)
    db = sqlite3.connect(newer)
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    for name, words in [("truncated", "damaged"), ("random", "not an SQLite database"),
                        ("empty", "not an SQLite database"), ("newer", "newer version of Glosa")]:
        path = os.path.join(tmp, name + ".glosa")
        before = digest(path)
        p1 = cli("annotations", "--project", path, "--json")
        p2 = cli("annotate", "--project", path, "--document", DOC0, "--start", "0", "--end", "3")
        # An empty file is what a creation killed at once leaves: `project`
        # may create the project there.
        corpus = os.path.join(SHARED, "corpus")
        p3 = p2 if name == "empty" else cli("project", corpus, "--project", path)
        check("a %s project file is refused with a clear error" % name,
              all(p.returncode == 1 and words in p.stderr and p.stdout == "" for p in (p1, p2, p3)),
              p1.stderr + p2.stderr + p3.stderr)
        check("the %s file is not modified" % name,
              digest(path) == before
              and not any(os.path.exists(path + side) for side in (".lock", "-wal", "-shm")))
    p = cli("project", os.path.join(SHARED, "corpus"), "--project", os.path.join(tmp, "empty.glosa"))
    check("an empty file becomes a project when one is created there", p.returncode == 0, p.stderr)


def test_default_location(tmp):
    data_home = os.path.join(tmp, "data")
    p = cli("project", os.path.join(SHARED, "corpus"), "--json", env={"XDG_DATA_HOME": data_home})
    data = json.loads(p.stdout) if p.returncode == 0 else {}
    where = data.get("project", "")
    check("without --project the project goes to the user data folder",
          where.startswith(os.path.join(data_home, "glosa", "projects") + os.sep)
          and re.fullmatch(r"[0-9a-f]{16}\.glosa", os.path.basename(where)) and os.path.exists(where),
          p.stdout + p.stderr)


def test_help():
    p = cli("--help")
    check("--help lists the project commands",
          p.returncode == 0 and all(c in p.stdout for c in ("project", "annotate", "annotations")))
    for command in ("project", "annotate", "annotations"):
        p = cli(command, "--help")
        check("%s --help documents the exit status" % command,
              p.returncode == 0 and "Exit status" in p.stdout, p.stdout)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        corpus, project = test_project_and_annotate(tmp)
        test_usage_and_failures(tmp, project)
        test_locked(project)
        test_reanchor(tmp)
        test_damaged(tmp, project)
        test_default_location(tmp)
    test_help()


glosa_tap.run(main, "test-cli-project")
