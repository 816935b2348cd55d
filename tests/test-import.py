#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`glosa-cli import`: the lossless round trip through Glosa JSON, the merge
rules, and malformed files (JSONTestSuite n_*.json) refused with the project
left as it was. Reuses the project test-export.py builds. Prints TAP."""

import copy
import difflib
import glob
import json
import os
import tempfile

import glosa_tap
from glosa_tap import check, cli

EXPORT_TEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-export.py")
SHARED = os.environ["GLOSA_SHARED_DIR"]


def export_json(tmp, project, name):
    out = os.path.join(tmp, name)
    p = cli("export", "--project", project, "--format", "json", "--output", out)
    check("export %s" % name, p.returncode == 0, p.stderr)
    with open(out, encoding="utf-8") as f:
        return f.read()


def annotations(project):
    return cli("annotations", "--project", project, "--json").stdout


def import_json(project, path, *extra):
    return cli("import", "--project", project, *extra, path)


def test_round_trip(tmp, corpus, original):
    empty = os.path.join(tmp, "empty.glosa")
    p = cli("project", corpus, "--project", empty)
    check("an empty project of the same corpus", p.returncode == 0, p.stderr)
    first = export_json(tmp, original, "first.json")
    p = import_json(empty, os.path.join(tmp, "first.json"), "--json")
    check("import into the empty project exits 0", p.returncode == 0, p.stderr)
    summary = json.loads(p.stdout) if p.returncode == 0 else {}
    n = len(json.loads(first)["annotations"])
    check("every annotation is added",
          summary.get("annotations", {}).get("added") == n, p.stdout)
    check("no problems", summary.get("problems") == [], p.stdout)
    second = export_json(tmp, empty, "second.json")
    check("export → import → export is identical", first == second,
          "\n".join(difflib.unified_diff(
              first.splitlines(), second.splitlines(), lineterm=""))[:2000])
    p = import_json(empty, os.path.join(tmp, "first.json"), "--json")
    again = json.loads(p.stdout) if p.returncode == 0 else {}
    check("importing the same file again changes nothing",
          again.get("annotations") == {"added": 0, "updated": 0, "unchanged": n,
                                       "skipped": 0}, p.stdout)
    return empty, json.loads(first)


def test_merge(tmp, project, exported):
    data = copy.deepcopy(exported)
    listed = data["annotations"]
    newer, older = listed[0], listed[1]
    newer["note"] = "changed by the other coder"
    newer["modified"] = "2999-01-01T00:00:00Z"
    older["note"] = "an older edit"
    older["modified"] = "1999-01-01T00:00:00Z"
    added = dict(listed[2], id="imported-new-annotation", note="new")
    elsewhere = dict(listed[3], id="imported-elsewhere", document="no-such-document.txt")
    beyond = dict(listed[4], id="imported-beyond", start=10 ** 8, end=10 ** 8 + 5)
    data["annotations"] = [newer, older, added, elsewhere, beyond]
    data["tags"].append({"id": "imported-tag", "name": "From the other coder", "colour": None,
                         "parent": None, "description": None})
    added["tags"] = added["tags"] + ["imported-tag"]
    path = os.path.join(tmp, "merge.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
    p = import_json(project, path, "--json")
    check("merge import exits 0", p.returncode == 0, p.stderr)
    summary = json.loads(p.stdout) if p.returncode == 0 else {}
    check("counts: 1 added, 1 updated, 1 unchanged, 2 skipped",
          summary.get("annotations") == {"added": 1, "updated": 1, "unchanged": 1,
                                         "skipped": 2}, p.stdout)
    check("one tag added", summary.get("tags", {}).get("added") == 1, p.stdout)
    problems = " ".join(summary.get("problems", []))
    check("the missing document is reported", "no-such-document.txt" in problems, problems)
    check("offsets beyond the text are reported",
          "imported-beyond" in problems and "outside" in problems, problems)
    now = {a["id"]: a for a in json.loads(annotations(project))["annotations"]}
    check("the newer edit wins", now.get(newer["id"], {}).get("note") == newer["note"])
    check("the older edit loses", now.get(older["id"], {}).get("note") != older["note"])
    check("the new annotation is there", "imported-new-annotation" in now)
    check("skipped annotations are not", "imported-beyond" not in now
          and "imported-elsewhere" not in now)

    text = cli("import", "--project", project, path)
    check("the text summary names the counts", text.returncode == 0
          and "Annotations:" in text.stdout, text.stdout + text.stderr)


def test_malformed(tmp, project):
    before = annotations(project)
    files = sorted(glob.glob(os.path.join(SHARED, "testdata", "jsontestsuite", "n_*.json")))
    check("the JSONTestSuite n_ files are there", len(files) > 100, str(len(files)))
    bad = []
    for path in files:
        p = import_json(project, path)
        if p.returncode != 1 or not p.stderr.strip() or "Traceback" in p.stderr:
            bad.append("%s: %d %s" % (os.path.basename(path), p.returncode, p.stderr[:200]))
    check("every n_*.json is refused with exit 1 and a message", not bad, "\n".join(bad))
    for name, content in (("not-export.json", "[1, 2]"),
                          ("version.json", '{"glosa_export": 99, "annotations": []}'),
                          ("wrong-type.json",
                           '{"glosa_export": 1, "tags": [], "annotations": [{"id": 3}]}')):
        path = os.path.join(tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        p = import_json(project, path)
        check("%s is refused" % name, p.returncode == 1 and p.stderr.strip(), p.stderr)
    check("the project is unchanged after refused imports", annotations(project) == before)


def main():
    builder = glosa_tap.definitions(EXPORT_TEST)  # its build_project
    with tempfile.TemporaryDirectory() as tmp:
        corpus, project, _ = builder["build_project"](tmp)
        empty, exported = test_round_trip(tmp, corpus, project)
        test_malformed(tmp, empty)
        test_merge(tmp, empty, exported)


glosa_tap.run(main, "test-import")
