#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile input through glosa-cli: every file is made here, in a temporary
folder. Each case either works (real counts, offsets and contents checked)
or is refused with a message that names the file; none may crash, and each
runs under a time limit (and, for the big ones, a memory limit). Prints TAP,
with each case's time as a comment."""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback

import glosa_tap
from glosa_tap import check, comment

CLI = sys.argv[1]
SHARED = os.environ["GLOSA_SHARED_DIR"]
MB = 1024 * 1024


class Run:
    """One glosa-cli run: its status, output, wall time and peak memory.
    Output goes to files and the child is reaped with wait4, for its rusage."""

    def __init__(self, args, timeout):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            start = time.monotonic()
            child = subprocess.Popen([CLI, *args], stdout=out, stderr=err)
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid != 0:
                    break
                if time.monotonic() - start > timeout:
                    child.send_signal(signal.SIGKILL)
                time.sleep(0.01)
            child.returncode = os.waitstatus_to_exitcode(status)
            self.seconds = time.monotonic() - start
            self.status = child.returncode
            self.peak_mb = usage.ru_maxrss // 1024
            out.seek(0)
            err.seek(0)
            # Strict: whatever glosa-cli prints must be valid UTF-8.
            self.stdout = out.read().decode("utf-8", "strict")
            self.stderr = err.read().decode("utf-8", "strict")
        what = re.sub(r"[\x00-\x1f]", "?", " ".join(os.path.basename(a) for a in args[:2]))
        comment("glosa-cli %s: %.2f s, %d MB peak" % (what, self.seconds, self.peak_mb))

    def json(self):
        return json.loads(self.stdout)

    def __str__(self):
        return "status %s after %.1f s\n%s" % (self.status, self.seconds, self.stderr[-1500:])


def run(*args, timeout=60):
    return Run(args, timeout)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def warnings_by_path(info):
    found = {}
    for w in info["warnings"]:
        found.setdefault(w["path"], []).append(w["message"])
    return found


def readable(s):
    """What a message may show of a file name: valid UTF-8 (the output was
    decoded strictly) without control characters."""
    return not re.search(r"[\x00-\x1f\x7f]", s)


def test_foundation_folder(tmp):
    """The hostile folder of the foundation issue, end to end: info, then a
    project, an annotation on a repaired document, and an export."""
    d = os.path.join(tmp, "foundation")
    write(os.path.join(d, "invalid.txt"), b"Bad bytes\n\nPetro \xff\xfe met Trump.")
    write(os.path.join(d, "utf16.txt"), "Petro\nBogotá".encode("utf-16"))
    write(os.path.join(d, "bom-crlf.txt"), b"\xef\xbb\xbfBOM and CRLF\r\n\r\nFirst line.\r\nSecond.\r\n")
    write(os.path.join(d, "empty.txt"), b"")
    write(os.path.join(d, "binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06")
    write(os.path.join(d, "nul.txt"), b"NUL bytes\n\nPe\0tro met Trump.")
    long_line = b"One very long line" + b" and it goes on without a break" * (10 * MB // 31)
    write(os.path.join(d, "long-line.txt"), long_line)
    write(os.path.join(d, "truncated.json"), b'[{"id": "t1", "text": "Cut')
    write(os.path.join(d, "lines.jsonl"),
          b'{"id": "l1", "title": "First", "text": "Petro spoke."}\n'
          b'{"id": "l2", "title": "Broken", "text": \n'
          b'{"id": "l3", "title": "Third", "text": "Trump answered."}\n')
    write(os.path.join(d, "markup.json"),
          '{"documents": [{"id": "m1", "title": "<b>Petro & Trump</b> <i>x</i>", '
          '"text": "Markup & ampersands <span>stay</span> text."}]}')
    write(os.path.join(d, "sub", "nested.md"), "# Nested headline\n\nA nested article.")
    os.symlink("..", os.path.join(d, "sub", "loop"))

    r = run("info", d, "--json")
    if not check("foundation folder: info exits 0", r.status == 0, str(r)):
        return
    info = r.json()
    docs = {doc["id"]: doc for doc in info["documents"]}
    check("foundation folder: the 9 readable documents load",
          sorted(docs) == ["bom-crlf.txt", "invalid.txt", "l1", "l3", "long-line.txt", "m1",
                           "nul.txt", "sub/nested.md", "utf16.txt"], repr(sorted(docs)))
    check("foundation folder: the long line is whole",
          docs.get("long-line.txt", {}).get("chars") == len(long_line), repr(docs.get("long-line.txt")))
    check("foundation folder: the markup title is kept literally",
          docs.get("m1", {}).get("title") == "<b>Petro & Trump</b> <i>x</i>", repr(docs.get("m1")))
    check("foundation folder: repairs are warnings on their documents",
          any("invalid byte" in w for w in docs.get("invalid.txt", {}).get("warnings", []))
          and any("UTF-16" in w for w in docs.get("utf16.txt", {}).get("warnings", []))
          and any("NUL" in w for w in docs.get("nul.txt", {}).get("warnings", []))
          and any("byte order mark" in w for w in docs.get("bom-crlf.txt", {}).get("warnings", [])),
          json.dumps(info["documents"])[:1500])
    skipped = warnings_by_path(info)
    check("foundation folder: each skipped file is named with its reason",
          skipped.get("empty.txt") == ["Skipped: the file is empty"]
          and "binary" in skipped.get("binary.txt", [""])[0]
          and "Line 1, column 27" in skipped.get("truncated.json", [""])[0]
          and "line 2" in skipped.get("lines.jsonl", [""])[0]
          and "symbolic link loop" in skipped.get("sub/loop", [""])[0]
          and len(skipped) == 5, json.dumps(skipped))

    project = os.path.join(tmp, "foundation.glosa")
    r = run("project", d, "--project", project)
    check("foundation folder: a project is made of it", r.status == 0, str(r))
    r = run("annotate", "--project", project, "--document", "invalid.txt", "--start", "0",
            "--end", "8", "--note", "<b>&amp;</b>")
    check("foundation folder: a repaired document can be annotated",
          r.status == 0 and re.fullmatch(r"[0-9a-f-]{36}\n", r.stdout), str(r))
    out = os.path.join(tmp, "foundation.json")
    r = run("export", "--project", project, "--format", "json", "--output", out)
    exported = json.load(open(out, encoding="utf-8")) if r.status == 0 else {"annotations": []}
    check("foundation folder: the export holds the quote with its replacement characters",
          [a["quote"] for a in exported["annotations"]] == ["Petro \ufffd\ufffd"], str(r))


def test_200mb(tmp):
    """200 MB: over the limit for plain text (refused, named), under it for
    JSONL (loaded in bounded time and memory)."""
    big_text = os.path.join(tmp, "big-text.txt")
    line = ("Petro and Trump talked about coca again. " * 50 + "\n").encode()
    with open(big_text, "wb") as f:
        for _ in range(200 * MB // len(line) + 1):
            f.write(line)
    r = run("info", big_text)
    check("200 MB .txt alone: refused, exit 1", r.status == 1, str(r))
    check("200 MB .txt alone: the message names the file and the limit",
          "big-text.txt: Skipped: the file is too large (" in r.stderr and "limit is" in r.stderr,
          r.stderr)
    check("200 MB .txt: refused within 5 s", r.seconds < 5, str(r))

    d = os.path.join(tmp, "big-jsonl")
    body = " ".join(["Gustavo Petro spoke with Donald Trump about tariffs and coca."] * 1600)
    n = 0
    os.makedirs(d)
    with open(os.path.join(d, "big.jsonl"), "w") as f:
        size = 0
        while size < 200 * MB:
            line = json.dumps({"id": "a%d" % n, "title": "Article %d" % n, "text": body}) + "\n"
            f.write(line)
            size += len(line)
            n += 1
    write(os.path.join(d, "small.txt"), "A small headline\n\nPetro met Trump.\n")
    r = run("info", d, "--json", timeout=120)
    if check("200 MB .jsonl: loads (exit 0)", r.status == 0, str(r)):
        info = r.json()
        check("200 MB .jsonl: all %d articles and the small file" % n,
              len(info["documents"]) == n + 1 and info["warnings"] == [],
              "%d documents, warnings %r" % (len(info["documents"]), info["warnings"][:3]))
        check("200 MB .jsonl: each article whole",
              all(doc["chars"] == len(body) for doc in info["documents"] if doc["id"] != "small.txt"))
    check("200 MB .jsonl: within 60 s (%.1f s)" % r.seconds, r.seconds < 60)
    check("200 MB .jsonl: under 1.5 GB of memory (%d MB)" % r.peak_mb, 0 < r.peak_mb < 1536)

    # Past the JSON limit: a sparse file costs no disk and is refused by its
    # size before a byte is read.
    sparse = os.path.join(tmp, "huge.jsonl")
    with open(sparse, "wb") as f:
        f.truncate(600 * MB)
    r = run("info", sparse)
    check("600 MB .jsonl: refused by the size limit, named",
          r.status == 1 and "huge.jsonl: Skipped: the file is too large" in r.stderr, str(r))


def test_50000_empty(tmp):
    d = os.path.join(tmp, "empty-files")
    os.makedirs(d)
    for i in range(50000):
        open(os.path.join(d, "e%05d.txt" % i), "wb").close()
    r = run("info", d, timeout=60)
    check("50,000 empty files only: refused, exit 1", r.status == 1, str(r))
    lines = r.stderr.strip().split("\n")
    check("50,000 empty files only: one message, a few named reasons, not 50,000 lines",
          len(lines) <= 8 and "e00000.txt: Skipped: the file is empty" in r.stderr
          and lines[-1] == "…", r.stderr[:800])
    check("50,000 empty files only: within 20 s (%.1f s)" % r.seconds, r.seconds < 20)

    write(os.path.join(d, "real.txt"), "A real headline\n\nPetro met Trump in Bogotá.\n")
    r = run("info", d, "--json", timeout=60)
    if check("50,000 empty files and one article: exit 0", r.status == 0, str(r)):
        info = r.json()
        check("50,000 empty files and one article: 1 document, 50,000 warnings",
              [doc["id"] for doc in info["documents"]] == ["real.txt"]
              and len(info["warnings"]) == 50000
              and all(w["message"] == "Skipped: the file is empty" for w in info["warnings"]))
    check("50,000 empty files and one article: within 20 s (%.1f s)" % r.seconds, r.seconds < 20)


def test_file_names(tmp):
    d = os.fsencode(os.path.join(tmp, "names"))
    os.makedirs(d)
    write(os.path.join(d, b"new\nline.txt"), "Newline headline\n\nPetro met Trump.\n".encode())
    write(os.path.join(d, b"bad\xff\xfename.txt"), "Bad bytes headline\n\nTrump met Petro.\n".encode())
    write(os.path.join(d, b"empty\n\xff.txt"), b"")
    write(os.path.join(d, b"tab\tand\rcr.json"), b'[{"id": "x", "text": ')
    r = run("info", os.fsdecode(d), "--json")
    if not check("odd file names: info exits 0", r.status == 0, str(r)):
        return
    info = r.json()
    ids = sorted(doc["id"] for doc in info["documents"])
    check("odd file names: both articles load under readable ids",
          len(ids) == 2 and all(readable(i) for i in ids)
          and ids[0].startswith("bad") and ids[0].endswith("name.txt")
          and ids[1].startswith("new") and ids[1].endswith("line.txt"), repr(ids))
    paths = sorted(w["path"] for w in info["warnings"])
    check("odd file names: the skipped files are named readably",
          len(paths) == 2 and all(readable(p) for p in paths)
          and paths[0].startswith("empty") and paths[1].startswith("tab"), repr(paths))
    r = run("info", os.fsdecode(d))
    check("odd file names: plain output has no raw control characters in names",
          r.status == 0 and all(readable(line) for line in r.stdout.split("\n")), r.stdout[:600])

    # One such file given alone, and one that does not exist.
    r = run("info", os.fsdecode(os.path.join(d, b"empty\n\xff.txt")))
    check("odd file names: an empty file alone is refused, named readably",
          r.status == 1 and "Skipped: the file is empty" in r.stderr
          and all(readable(line) for line in r.stderr.strip().split("\n")[1:]), r.stderr)
    r = run("info", os.fsdecode(os.path.join(d, b"gone\n\xff.txt")))
    check("odd file names: a missing file is reported on one readable line",
          r.status == 1 and "does not exist" in r.stderr
          and len(r.stderr.strip().split("\n")) == 1 and readable(r.stderr.strip()), repr(r.stderr))

    project = os.path.join(tmp, "names.glosa")
    r = run("project", os.fsdecode(d), "--project", project)
    check("odd file names: a project is made of the folder", r.status == 0, str(r))
    doc = ids[1] if len(ids) == 2 else ""
    r = run("annotate", "--project", project, "--document", doc, "--start", "0", "--end", "5")
    check("odd file names: annotating the document by its id works", r.status == 0, str(r))


def test_codebook_100k(tmp):
    corpus = os.path.join(SHARED, "corpus")
    # 100,000 aliases on one actor; one of them is a word the corpus uses.
    aliases = ["Zq%05d Name" % i for i in range(99999)] + ["cocaine"]
    path = os.path.join(tmp, "codebook-100k.json")
    write(path, json.dumps({"glosa_codebook": 1, "actors": [
        {"id": "crowd", "name": "Crowd", "kind": "other", "aliases": {"en": aliases}}]}))
    r = run("actors", corpus, "--codebook", path, "--json", timeout=60)
    if not check("100,000 aliases: loads and matches (exit 0)", r.status == 0, str(r)):
        return
    counts = {doc["id"]: {a["id"]: a["mentions"] for a in doc["actors"]} for doc in r.json()["documents"]}
    plain = run("actors", corpus, "--json").json()
    default = {doc["id"]: {a["id"]: a["mentions"] for a in doc["actors"]} for doc in plain["documents"]}
    with_crowd = {d: {k: v for k, v in c.items() if k != "crowd"} for d, c in counts.items()}
    check("100,000 aliases: the default actors' counts are unchanged", with_crowd == default,
          json.dumps([counts, default])[:1500])
    expected = 0
    for name in os.listdir(corpus):
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            expected += len(re.findall(r"\bcocaine\b", f.read(), re.IGNORECASE))
    found = sum(c.get("crowd", 0) for c in counts.values())
    check("100,000 aliases: the alias in the corpus is found %d times" % expected,
          expected > 0 and found == expected, "found %d" % found)
    check("100,000 aliases: within 10 s (%.1f s)" % r.seconds, r.seconds < 10)


def test_word_and_note(tmp):
    """A document that is one 5 MB word, then a 10 MB note on it, imported
    (an argument cannot be that long) and exported back."""
    d = os.path.join(tmp, "word")
    head = "Gustavo Petro spoke. "
    word = "a" * (5 * MB)
    write(os.path.join(d, "word.txt"), "One enormous word\n\n" + head + word + " Donald Trump answered.\n")
    trump = len(head) + len(word) + 1
    r = run("actors", d, "--json", timeout=30)
    actors = ({a["id"]: a["first"] for a in r.json()["documents"][0]["actors"]}
              if r.status == 0 else {})
    check("5 MB word: both actors are found at their offsets",
          actors == {"gustavo-petro": {"start": 0, "end": 13},
                     "donald-trump": {"start": trump, "end": trump + 12}}, str(r) + repr(actors))
    check("5 MB word: matched within 10 s (%.1f s)" % r.seconds, r.seconds < 10)
    r = run("positions", d, "--json", timeout=30)
    check("5 MB word: positions within 10 s (%.1f s)" % r.seconds, r.status == 0 and r.seconds < 10,
          str(r))

    project = os.path.join(tmp, "word.glosa")
    r = run("project", d, "--project", project)
    check("5 MB word: a project is made", r.status == 0, str(r))
    r = run("annotate", "--project", project, "--document", "word.txt", "--start", str(len(head)),
            "--end", str(len(head) + len(word)), "--tag", "word")
    check("5 MB word: the whole word is annotated", r.status == 0, str(r))
    r = run("annotate", "--project", project, "--document", "word.txt", "--start", str(trump),
            "--end", str(trump + 12), "--actor", "donald-trump", "--stance", "neutral")
    check("5 MB word: the name after it is annotated", r.status == 0, str(r))
    out = os.path.join(tmp, "word.json")
    r = run("export", "--project", project, "--format", "json", "--output", out)
    exported = json.load(open(out, encoding="utf-8")) if r.status == 0 else {"annotations": []}
    quotes = sorted(len(a["quote"]) for a in exported["annotations"])
    check("5 MB word: the export holds both quotes whole", quotes == [12, len(word)],
          str(r) + repr(quotes))

    for fmt in ("csv", "markdown", "w3c", "qdpx", "graphml", "dna-csv"):
        r = run("export", "--project", project, "--format", fmt,
                "--output", os.path.join(tmp, "word-export." + fmt), timeout=30)
        check("5 MB word: %s export within 10 s (%.1f s)" % (fmt, r.seconds),
              r.status == 0 and r.seconds < 10, str(r))

    note = "".join("Note line %07d with “quotes” & <b>tags</b>.\n" % i for i in range(240000))
    check("the note is over 10 MB", len(note.encode()) > 10 * MB)
    annotation = next((a for a in exported["annotations"] if a["actor"] == "donald-trump"), None)
    if not check("the exported annotation to give a note", annotation is not None):
        return
    annotation["note"] = note
    annotation["modified"] = "2100-01-01T00:00:00Z"
    with open(os.path.join(tmp, "note.json"), "w", encoding="utf-8") as f:
        json.dump(exported, f, ensure_ascii=False)
    r = run("import", "--project", project, os.path.join(tmp, "note.json"), "--json", timeout=30)
    check("10 MB note: the import updates one annotation",
          r.status == 0 and r.json()["annotations"]["updated"] == 1, str(r) + r.stdout[:500])
    check("10 MB note: imported within 10 s (%.1f s)" % r.seconds, r.seconds < 10)
    out = os.path.join(tmp, "note-back.json")
    r = run("export", "--project", project, "--format", "json", "--output", out, timeout=30)
    back = json.load(open(out, encoding="utf-8")) if r.status == 0 else {"annotations": []}
    notes = [a["note"] for a in back["annotations"] if a["id"] == annotation["id"]]
    check("10 MB note: the export gives it back byte for byte", notes == [note],
          str(r) + repr([len(n or "") for n in notes]))
    r = run("annotations", "--project", project, "--text", "line 0239999", "--json")
    check("10 MB note: searching notes finds its last line",
          r.status == 0 and [a["id"] for a in r.json()["annotations"]] == [annotation["id"]], str(r))


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for case in (test_foundation_folder, test_200mb, test_50000_empty, test_file_names,
                     test_codebook_100k, test_word_and_note):
            start = time.monotonic()
            try:
                case(tmp)
            except Exception:  # one broken case fails, the others still run
                check(case.__name__, False, traceback.format_exc())
            comment("%s: %.1f s" % (case.__name__, time.monotonic() - start))


glosa_tap.run(main, "test-hostile")
