#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""glosa-cli's public interface, checked from outside: exit codes, --help,
and the JSON shapes the README documents. Prints TAP."""

import json
import os
import tempfile

import glosa_tap
from glosa_tap import check, cli

SHARED = os.environ["GLOSA_SHARED_DIR"]
SOURCE = os.environ["GLOSA_SOURCE_DIR"]


def test_info_json():
    p = cli("info", os.path.join(SHARED, "corpus"), "--json")
    check("info --json exits 0", p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    check("info --json has exactly the documented keys",
          set(data) == {"documents", "warnings"}, str(data.keys()))
    docs = data["documents"]
    check("info --json lists 2 documents", len(docs) == 2, str(len(docs)))
    check("documents have the documented fields",
          all(set(d) == {"id", "title", "path", "chars", "words", "warnings"} for d in docs))
    check("first id", docs[0]["id"] == "000_8201e9c1fadbd55d.txt", docs[0]["id"])
    check("second title is the question headline",
          docs[1]["title"] == "Did the White House meeting result in substantive changes "
                              "to the U.S.-Colombia counter-drug strategy?", docs[1]["title"])
    check("chars are code points", docs[0]["chars"] == 7122, str(docs[0]["chars"]))
    check("no warnings on the shared corpus", data["warnings"] == [])


def test_info_text():
    p = cli("info", os.path.join(SHARED, "corpus"))
    check("info exits 0", p.returncode == 0, p.stderr)
    check("info prints the ids and a summary",
          "001_a87c4153953d173a.txt" in p.stdout and "2 documents, 0 warnings" in p.stdout,
          p.stdout[-200:])


def test_examples():
    p = cli("info", os.path.join(SOURCE, "data", "examples"), "--json")
    data = json.loads(p.stdout)
    check("the example corpus loads 3 articles without warnings",
          p.returncode == 0 and len(data["documents"]) == 3 and data["warnings"] == [],
          p.stdout[:300])


def test_failures():
    with tempfile.TemporaryDirectory() as empty:
        p = cli("info", empty)
        check("an empty corpus exits 1", p.returncode == 1, str(p.returncode))
        check("an empty corpus says why on stderr",
              "No articles could be loaded" in p.stderr and p.stdout == "", p.stderr)
        bad = os.path.join(empty, "bad.jsonl")
        with open(bad, "w") as f:
            f.write('{"text": "ok", "id": "a"}\n{"text": \n')
        p = cli("info", bad, "--json")
        data = json.loads(p.stdout)
        check("a bad JSONL line is a warning with its line",
              p.returncode == 0 and data["warnings"][0]["path"] == "bad.jsonl"
              and "line 2" in data["warnings"][0]["message"], p.stdout)
    p = cli("info", "/nonexistent/corpus")
    check("a missing corpus exits 1 and names it",
          p.returncode == 1 and "/nonexistent/corpus" in p.stderr, p.stderr)
    p = cli("info")
    check("a missing argument is a usage error (2)", p.returncode == 2, str(p.returncode))
    p = cli("frobnicate")
    check("an unknown command is a usage error (2)", p.returncode == 2, str(p.returncode))


def test_actors():
    p = cli("actors", os.path.join(SHARED, "corpus"), "--json")
    check("actors --json exits 0", p.returncode == 0, p.stderr)
    data = json.loads(p.stdout)
    docs = data["documents"]
    check("actors lists both documents", [d["id"] for d in docs] ==
          ["000_8201e9c1fadbd55d.txt", "001_a87c4153953d173a.txt"])
    check("actors have the documented fields",
          all(set(a) == {"id", "name", "kind", "mentions", "first"} and set(a["first"]) == {"start", "end"}
              for d in docs for a in d["actors"]))
    first = {a["id"]: a for a in docs[0]["actors"]}
    second = {a["id"]: a for a in docs[1]["actors"]}
    check("Petro is the most mentioned actor of the first article, 12 times",
          docs[0]["actors"][0]["id"] == "gustavo-petro" and first["gustavo-petro"]["mentions"] == 12,
          json.dumps(docs[0]["actors"][:2]))
    check("Ana María Rueda is in the second article, 10 times, a person",
          second["ana-maria-rueda"]["mentions"] == 10 and second["ana-maria-rueda"]["kind"] == "person"
          and second["ana-maria-rueda"]["name"] == "Ana María Rueda")
    check("Trump is in both articles", "donald-trump" in first and "donald-trump" in second)
    check("first mentions span the name",
          second["ana-maria-rueda"]["first"]["end"] - second["ana-maria-rueda"]["first"]["start"]
          == len("Ana María Rueda"), json.dumps(second["ana-maria-rueda"]))
    check("unlisted names have a name and a count",
          all(set(u) == {"name", "mentions"} for d in docs for u in d["unlisted"]))


def test_positions():
    p = cli("positions", os.path.join(SHARED, "corpus"), "--json")
    check("positions --json exits 0", p.returncode == 0, p.stderr)
    positions = json.loads(p.stdout)["positions"]
    fields = {"document", "actor", "actor_name", "issue", "issue_label", "stance", "start", "end",
              "evidence", "confidence", "cues"}
    check("positions have the documented fields", all(set(x) == fields for x in positions))
    found = {(x["actor"], x["issue"], x["stance"]) for x in positions}
    for want in [("gustavo-petro", "forced-eradication", "oppose"),
                 ("gustavo-petro", "voluntary-substitution", "support"),
                 ("gustavo-petro", "interdiction-lethal-force", "oppose")]:
        check("suggested: %s %s %s" % (want[0], want[2], want[1]), want in found)
    check("every stance is one of four",
          all(x["stance"] in ("support", "oppose", "neutral", "mixed") for x in positions))


def test_codebook_option():
    with tempfile.TemporaryDirectory() as tmp:
        extra = os.path.join(tmp, "extra.json")
        with open(extra, "w") as f:
            json.dump({"glosa_codebook": 1, "actors": [
                {"id": "medellin", "name": "Medellín", "kind": "other"}]}, f)
        p = cli("actors", os.path.join(SHARED, "corpus"), "--codebook", extra, "--json")
        ids = [a["id"] for a in json.loads(p.stdout)["documents"][1]["actors"]] if p.returncode == 0 else []
        check("--codebook adds an actor, found without its accent", "medellin" in ids, p.stderr)
        bad = os.path.join(tmp, "bad.json")
        with open(bad, "w") as f:
            f.write('{"glosa_codebook": 1,\n "actors": [}')
        p = cli("positions", os.path.join(SHARED, "corpus"), "--codebook", bad)
        check("a malformed codebook is refused with its line and column",
              p.returncode == 1 and "bad.json" in p.stderr and "line 2" in p.stderr, p.stderr)


def test_help():
    p = cli("--help")
    check("--help lists the commands", p.returncode == 0 and "info" in p.stdout, p.stdout)
    p = cli("info", "--help")
    check("info --help documents --json and the exit status",
          p.returncode == 0 and "--json" in p.stdout and "Exit status" in p.stdout, p.stdout)


def main():
    for test in (test_info_json, test_info_text, test_examples, test_failures, test_actors,
                 test_positions, test_codebook_option, test_help):
        try:
            test()
        except Exception as e:  # one crashing group fails, the others still run
            check(test.__name__, False, repr(e))


glosa_tap.run(main, "test-cli")
