#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""bench-smoke: build-aux/bench on a 50-article corpus, every stage but the
window, one run each: the JSON report has issue #7's shape and the counts
the corpus implies. No timing is asserted. Prints TAP."""

import json
import os
import subprocess
import sys
import tempfile

import glosa_tap
from glosa_tap import check, cli

CLI = sys.argv[1]
SOURCE = os.environ["GLOSA_SOURCE_DIR"]
BENCH = os.path.join(SOURCE, "build-aux", "bench")
CORPUS = os.path.join(SOURCE, "build-aux", "bench-corpus.py")
DOCS = 50


def rows(report, stage):
    return [r for r in report["stages"] if r["stage"] == stage]


def test_corpus_is_repeatable(tmp):
    a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
    for out in (a, b):
        subprocess.run([sys.executable, CORPUS, "--docs", "5", "--seed", "3", out], check=True)
    same = all(open(os.path.join(a, n), "rb").read() == open(os.path.join(b, n), "rb").read()
               for n in ("corpus.jsonl", "rows.csv", "aliases-10000.txt", "queries.txt"))
    check("the same seed writes the same corpus", same)
    with open(os.path.join(a, "aliases-10000.txt"), encoding="utf-8") as f:
        aliases = f.read().splitlines()
    check("10,000 distinct aliases, the codebook's first",
          len(aliases) == 10000 and len({x.casefold() for x in aliases}) == 10000
          and aliases[0] == "Gustavo Petro", aliases[:2])
    with open(os.path.join(a, "queries.txt"), encoding="utf-8") as f:
        check("100 queries", len(f.read().splitlines()) == 100)
    names = sorted(os.listdir(os.path.join(a, "folder", "d000")))
    check("5 files, .md and .txt", names == ["a000000.md", "a000001.txt", "a000002.txt",
                                            "a000003.md", "a000004.txt"], names)


def test_report(tmp):
    out = os.path.join(tmp, "report.json")
    p = subprocess.run([sys.executable, BENCH, "--docs", str(DOCS), "--runs", "1",
                        "--glosa-cli", CLI, "--build-dir", tmp, "--work-dir", tmp,
                        "--annotations", "30", "--export-annotations", "200",
                        # rg takes some 20 s to compile 10,000 case-blind
                        # aliases: stopping it also tests the cap.
                        "--baseline-cap", "4",
                        "--stages", "read,match,index,search,suggest,annotate,export",
                        "--out", out], capture_output=True, text=True, timeout=120)
    if not check("build-aux/bench exits 0", p.returncode == 0, p.stderr[-2000:]):
        return
    with open(out) as f:
        report = json.load(f)
    check("docs and bytes", report["docs"] == DOCS and report["bytes"] > DOCS * 1024,
          (report["docs"], report["bytes"]))
    check("machine", report["machine"]["cores"] >= 1 and report["machine"]["ram_bytes"] > 0)
    check("window skipped, with the schema's keys",
          report["window"]["status"] == "skipped"
          and all(report["window"][k] is None for k in ("first_frame_ms", "first_article_ms",
                                                         "switch_ms_p95", "switch_latency_ms_p95",
                                                         "switch_sidebar_ms_p95",
                                                         "peak_rss_bytes")))
    keys = {"stage", "variant", "glosa_s", "baseline", "baseline_s", "ratio"}
    check("every row has the schema's keys", all(keys <= set(r) for r in report["stages"]))
    pairs = sorted((r["stage"], r["variant"], r["baseline"] or "") for r in report["stages"])
    expected = sorted([
        ("read", "folder", "cat"), ("read", "jsonl", "cat"),
        ("match", "10-aliases", "rg -F -i"), ("match", "10-aliases", "grep -F -i"),
        ("match", "10k-aliases", "rg -F -i"), ("match", "10k-aliases", "grep -F -i"),
        ("index", "folder", "sqlite3 .import fts5"), ("search", "100-queries", "sqlite3 shell"),
        ("suggest", "positions", ""), ("annotate", "30-commits", ""),
        ("export", "csv", ""), ("export", "json", ""), ("export", "qdpx", "")])
    check("every stage and variant", pairs == expected, pairs)
    for r in report["stages"]:
        name = "%s %s %s" % (r["stage"], r["variant"], r["baseline"] or "")
        if r["baseline"] is not None:
            check(name + ": ratio is glosa_s / baseline_s",
                  r["baseline_s"] > 0 and abs(r["ratio"] - r["glosa_s"] / r["baseline_s"]) < 1e-9,
                  r)
        else:
            check(name + ": no baseline, a rate or percentiles instead",
                  r["baseline_s"] is None and r["ratio"] is None
                  and (r.get("mb_per_s", 0) > 0 or r.get("p95_ms", -1) >= r.get("p50_ms", 0) >= 0),
                  r)
    for r in rows(report, "read"):
        check("read %s: every document" % r["variant"], r["documents"] == DOCS, r)
    jsonl = [r for r in rows(report, "read") if r["variant"] == "jsonl"]
    check("read jsonl: the copy floor beside it, below the read itself",
          len(jsonl) == 1 and 0 < jsonl[0]["copy_floor_s"] <= jsonl[0]["glosa_s"], jsonl)
    match = {(r["variant"], r["baseline"]): r for r in rows(report, "match")}
    ten, many = match[("10-aliases", "rg -F -i")], match[("10k-aliases", "rg -F -i")]
    check("match: the codebook names are found, more with 10,000 aliases",
          0 < ten["matches"] <= many["matches"], (ten["matches"], many["matches"]))
    check("match: rg finds at least as many (no word boundaries)",
          ten["baseline_matches"] >= ten["matches"], ten)
    for r in rows(report, "match"):
        check("match %s %s: a count, or stopped at the cap" % (r["variant"], r["baseline"]),
              (r.get("baseline_timed_out") and r["baseline_s"] == 4
               and r["baseline_matches"] is None)
              or (not r.get("baseline_timed_out") and r["baseline_matches"] > 0), r)
    check("index: every document", rows(report, "index")[0]["documents"] == DOCS)
    search = rows(report, "search")[0]
    check("search: some queries hit", search["hits"] > 0, search)
    check("suggest: positions found", rows(report, "suggest")[0]["positions"] > 0)
    exports = rows(report, "export")
    check("export: 200 annotations, non-empty files",
          all(r["annotations"] == 200 and r["bytes"] > 200 * 50 for r in exports), exports)


def test_usage():
    p = cli("bench", "nothing")
    check("an unknown stage is a usage error", p.returncode == 2 and "nothing" in p.stderr,
          p.stderr)
    p = cli("bench", "match", "--corpus", ".")
    check("match without --aliases is a usage error", p.returncode == 2, p.stderr)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        test_corpus_is_repeatable(tmp)
        test_report(tmp)
    test_usage()


glosa_tap.run(main, "test-bench")
