#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`glosa-cli import` of REFI-QDA projects (.qdpx): Glosa's own export comes
back lossless, into an empty project and into one on the same corpus; a
project written by hand as another tool would (checked with xmllint and
the REFI-QDA schema first) imports with exact counts and spans; hostile
files are refused with a message naming them and the project unchanged.
Reuses the project test-export.py builds. Prints TAP."""

import functools
import json
import os
import sqlite3
import subprocess
import tempfile
import unicodedata
import zipfile

import glosa_tap
from glosa_tap import check

EXPORT_TEST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "test-export.py")
SHARED = os.environ["GLOSA_SHARED_DIR"]
SCHEMA = os.path.join(SHARED, "testdata", "refi-qda", "Project-mrt2019.xsd")
FIELDS = ("document", "start", "end", "quote", "actor", "issue", "stance", "note", "author",
          "created", "modified")
cli = functools.partial(glosa_tap.cli, timeout=120)  # twice the default a call


def export_json(tmp, project):
    out = os.path.join(tmp, "check.json")
    p = cli("export", "--project", project, "--format", "json", "--output", out)
    if p.returncode != 0:
        return {"error": p.stderr}
    with open(out, encoding="utf-8") as f:
        return json.load(f)


def coding(data):
    """Annotations by id, with tag names for tag ids: what must survive."""
    names = {t["id"]: t["name"] for t in data.get("tags", [])}
    return {a["id"]: dict({k: a[k] for k in FIELDS},
                          tags=sorted(names.get(t, t) for t in a["tags"]))
            for a in data.get("annotations", [])}


def import_file(project, path):
    p = cli("import", "--project", project, "--json", path)
    try:
        return p, json.loads(p.stdout)
    except ValueError:
        return p, {}


def new_project(tmp, name):
    """A project on a corpus of one made-up article: none of the real ones."""
    corpus = os.path.join(tmp, name + "-corpus")
    os.makedirs(corpus)
    with open(os.path.join(corpus, "placeholder.txt"), "w", encoding="utf-8") as f:
        f.write("A placeholder\n\nNothing here is imported or coded.\n")
    project = os.path.join(tmp, name + ".glosa")
    p = cli("project", corpus, "--project", project)
    check("project %s is created" % name, p.returncode == 0, p.stderr)
    return project


def validate(tmp, xml):
    path = os.path.join(tmp, "validate.qde")
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)
    return subprocess.run(["xmllint", "--noout", "--schema", SCHEMA, path],
                          capture_output=True, text=True, timeout=60)


def test_round_trip(tmp, builder, corpus, project):
    qdpx = os.path.join(tmp, "glosa.qdpx")
    p = cli("export", "--project", project, "--format", "qdpx", "--output", qdpx)
    check("export qdpx", p.returncode == 0, p.stderr)
    with zipfile.ZipFile(qdpx) as z:
        qde = z.read("project.qde").decode("utf-8")
    p = validate(tmp, qde)
    check("the exported project.qde validates against the REFI-QDA schema",
          p.returncode == 0, p.stderr)
    original = export_json(tmp, project)
    expected = coding(original)
    n = len(expected)
    check("the project has the test's annotations", n == len(builder["CODING"]), str(n))
    # XML 1.0 cannot carry a control character: the exporter writes U+FFFD.
    for a in expected.values():
        if a["note"] is not None:
            a["note"] = "".join("\ufffd" if unicodedata.category(c) == "Cc" and c not in "\n\t"
                                else c for c in a["note"])

    empty = new_project(tmp, "fresh")
    p, summary = import_file(empty, qdpx)
    check("import into an empty project exits 0", p.returncode == 0, p.stderr)
    check("the empty project gets both documents, every annotation, every tag",
          summary.get("documents") == {"added": 2}
          and summary.get("annotations") == {"added": n, "updated": 0, "unchanged": 0,
                                             "skipped": 0}
          and summary.get("tags", {}).get("added") == len(original["tags"]), p.stdout)
    check("no problems importing our own export", summary.get("problems") == [], p.stdout)
    db = sqlite3.connect("file:%s?mode=ro" % empty, uri=True)
    try:
        entries = db.execute("SELECT label, ops FROM journal").fetchall()
    finally:
        db.close()
    check("the import is one undo step holding every annotation and tag",
          len(entries) == 1 and entries[0][0] == "Import Annotations"
          and len(json.loads(entries[0][1])) == n + len(original["tags"]), repr(entries)[:500])
    data = export_json(tmp, empty)
    got = coding(data)
    check("spans, quotes, tags, actor, issue, stance, note, author and times come back "
          "with the same ids", got == expected,
          json.dumps({k: (expected.get(k), got.get(k)) for k in set(expected) | set(got)
                      if expected.get(k) != got.get(k)}, ensure_ascii=False)[:3000])
    titles = {d["id"]: (d["title"], d["hash"]) for d in data.get("documents", [])}
    check("added documents keep their ids, titles and texts",
          all(titles.get(d["id"]) == (d["title"], d["hash"]) for d in original["documents"]),
          repr(titles))
    p, again = import_file(empty, qdpx)
    check("importing it again changes nothing",
          again.get("annotations") == {"added": 0, "updated": 0, "unchanged": n, "skipped": 0}
          and again.get("documents") == {"added": 0}, p.stdout + p.stderr)

    same = os.path.join(tmp, "same.glosa")
    p = cli("project", corpus, "--project", same)
    check("a second project on the same corpus", p.returncode == 0, p.stderr)
    p, summary = import_file(same, qdpx)
    check("import into a project on the same corpus maps the texts to its documents",
          p.returncode == 0 and summary.get("documents") == {"added": 0}
          and summary.get("annotations", {}).get("added") == n
          and summary.get("problems") == [], p.stdout + p.stderr)
    got = coding(export_json(tmp, same))
    check("…and gives back the same coding", got == expected,
          json.dumps({k: (expected.get(k), got.get(k)) for k in set(expected) | set(got)
                      if expected.get(k) != got.get(k)}, ensure_ascii=False)[:3000])
    p, summary = import_file(project, qdpx)
    check("importing into the project it came from changes nothing",
          summary.get("annotations") == {"added": 0, "updated": 0, "unchanged": n,
                                         "skipped": 0}
          and summary.get("tags", {}).get("added") == 0, p.stdout + p.stderr)
    return qdpx, empty


# A project as another QDA tool writes it: braced upper-case GUIDs, a
# prefixed namespace, nested codes, a note, one source in Sources/ and one
# inline in decomposed (NFD) form.
G = {k: "%08x-0000-4000-8000-%012x" % (i, i) for i, k in enumerate(
    ["user", "themes", "economy", "prices", "people", "note", "src1", "src2",
     "sel1", "sel2", "sel3", "sel4", "c1", "c2", "c3", "c4", "c5"], 1)}
TEXT1 = "Prices rose again in March.\nThe minister blamed the weather, not the policy.\n"
TEXT2_NFC = "Señora Müller said the café ☕ stays open; prices are fine."
TEXT2 = unicodedata.normalize("NFD", TEXT2_NFC)


def foreign_qde(selections2=None):
    def sel(key, start, end, codes, description="", note_ref=""):
        codings = "".join('<q:Coding guid="{%s}" creatingUser="{%s}"><q:CodeRef targetGUID="{%s}"/>'
                          "</q:Coding>" % (G[c].upper(), G["user"].upper(), G[code].upper())
                          for c, code in codes)
        return ('<q:PlainTextSelection guid="{%s}" name="s" startPosition="%d" endPosition="%d" '
                'creatingUser="{%s}" creationDateTime="2024-03-01T10:00:00+01:00">%s%s%s'
                "</q:PlainTextSelection>" % (G[key].upper(), start, end, G["user"].upper(),
                                              description, codings, note_ref))
    # Offsets in TEXT2 count the decomposed characters, as the tool saw them.
    cafe = TEXT2.index("caf")
    second = selections2 if selections2 is not None else (
        sel("sel3", 0, TEXT2.index(" said"), [("c4", "people")])
        + sel("sel4", cafe, cafe + len(unicodedata.normalize("NFD", "café")),
              [("c5", "economy")]))
    return """<?xml version="1.0" encoding="utf-8"?>
<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="Elsewhere" origin="AnotherQDA 9">
<q:Users><q:User guid="%(user)s" name="Rosa"/></q:Users>
<q:CodeBook><q:Codes>
<q:Code guid="%(themes)s" name="Themes" isCodable="false">
  <q:Code guid="%(economy)s" name="Economy" isCodable="true" color="#ABC">
    <q:Description>Money matters</q:Description>
    <q:Code guid="%(prices)s" name="Prices" isCodable="true" color="#112233"/>
  </q:Code>
</q:Code>
<q:Code guid="%(people)s" name="People" isCodable="true"/>
</q:Codes></q:CodeBook>
<q:Sources>
<q:TextSource guid="%(src1)s" name="Report one" plainTextPath="internal://%(src1)s.txt">
%(sel1)s
%(sel2)s
</q:TextSource>
<q:TextSource guid="%(src2)s" name="Inline interview">
<q:PlainTextContent>%(text2)s</q:PlainTextContent>
%(second)s
</q:TextSource>
</q:Sources>
<q:Notes>
<q:Note guid="%(note)s" name="memo">
<q:PlainTextContent>Check the March figures &amp; sources</q:PlainTextContent></q:Note>
</q:Notes>
</q:Project>
""" % dict(G, text2=TEXT2, second=second,
           sel1=sel("sel1", 0, TEXT1.index(" again"), [("c1", "prices"), ("c2", "economy")],
                    '<q:Description>rising</q:Description>'),
           sel2=sel("sel2", TEXT1.index("The minister"), len(TEXT1) - 1, [("c3", "people")],
                    note_ref='<q:NoteRef targetGUID="%s"/>' % G["note"]))


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)


def test_foreign(tmp):
    qde = foreign_qde()
    p = validate(tmp, qde)
    check("the hand-written project.qde validates against the schema", p.returncode == 0,
          p.stderr)
    path = os.path.join(tmp, "other-tool.qdpx")
    write_zip(path, [("project.qde", qde), ("Sources/%s.txt" % G["src1"], TEXT1)])
    project = new_project(tmp, "foreign")
    p, summary = import_file(project, path)
    check("another tool's project imports", p.returncode == 0, p.stderr)
    check("counts: 2 documents, 4 tags, 4 annotations, no problems",
          summary.get("documents") == {"added": 2} and summary.get("tags", {}).get("added") == 4
          and summary.get("annotations") == {"added": 4, "updated": 0, "unchanged": 0,
                                             "skipped": 0}
          and summary.get("problems") == [], p.stdout + p.stderr)
    data = export_json(tmp, project)
    tags = {t["name"]: t for t in data.get("tags", [])}
    check("nested codes become nested tags with colours and descriptions",
          tags.get("Prices", {}).get("parent") == tags.get("Economy", {}).get("id")
          and tags.get("Economy", {}).get("parent") == tags.get("Themes", {}).get("id")
          and tags.get("People", {}).get("parent") is None
          and tags.get("Economy", {}).get("colour", "").lower() == "#aabbcc"
          and tags.get("Prices", {}).get("colour", "").lower() == "#112233"
          and tags.get("Economy", {}).get("description") == "Money matters", repr(tags))
    docs = {d["title"]: d["id"] for d in data.get("documents", [])}
    check("text sources become documents titled by their names",
          "Report one" in docs and "Inline interview" in docs, repr(docs))
    got = {a["id"]: a for a in data.get("annotations", [])}
    names = {t["id"]: n for n, t in tags.items()}
    cafe = TEXT2_NFC.index("café")
    want = {
        G["sel1"]: (docs.get("Report one"), 0, 11, "Prices rose", ["Economy", "Prices"],
                    "rising"),
        G["sel2"]: (docs.get("Report one"), TEXT1.index("The minister"), len(TEXT1) - 1,
                    TEXT1[TEXT1.index("The minister"):-1], ["People"],
                    "Check the March figures & sources"),
        G["sel3"]: (docs.get("Inline interview"), 0, TEXT2_NFC.index(" said"), "Señora Müller",
                    ["People"], None),
        # NFD offsets moved to the NFC text: "Señora Müller" lost two code points.
        G["sel4"]: (docs.get("Inline interview"), cafe, cafe + 4, "café", ["Economy"], None),
    }
    for guid, (doc, start, end, quote, tag_names, note) in want.items():
        a = got.get(guid, {})
        check("selection %s: document, span, quote, tags and note" % quote,
              (a.get("document"), a.get("start"), a.get("end"), a.get("quote"),
               sorted(names.get(t) for t in a.get("tags", [])), a.get("note"))
              == (doc, start, end, quote, tag_names, note), json.dumps(a, ensure_ascii=False))
    first = got.get(G["sel1"], {})
    check("users become authors and times are UTC",
          first.get("author") == "Rosa" and first.get("created") == "2024-03-01T09:00:00Z",
          json.dumps(first))
    return project, path


def test_hostile(tmp, project, good_qdpx):
    before = export_json(tmp, project)
    good = zipfile.ZipFile(good_qdpx)
    qde = good.read("project.qde")
    sources = [(n, good.read(n)) for n in good.namelist() if n.startswith("Sources/")]

    def refused(name, entries=None, raw=None, needle=""):
        path = os.path.join(tmp, name)
        if raw is not None:
            with open(path, "wb") as f:
                f.write(raw)
        else:
            write_zip(path, entries)
        p = cli("import", "--project", project, path)
        check("%s is refused with exit 1 and a message naming it" % name,
              p.returncode == 1 and name in p.stderr and needle in p.stderr
              and "Traceback" not in p.stderr, "%d %s" % (p.returncode, p.stderr))

    for name, evil in (("slip-parent.qdpx", "../evil.txt"), ("slip-absolute.qdpx", "/abs.txt"),
                       ("slip-inside.qdpx", "Sources/../../x"),
                       ("slip-backslash.qdpx", "..\\evil.txt")):
        refused(name, [("project.qde", qde), (evil, b"x")] + sources,
                needle=evil.replace("\\", "/"))
    refused("bomb.qdpx", [("project.qde", qde), (sources[0][0], b"\0" * (100 << 20))],
            needle="MB")
    refused("bomb-total.qdpx", [("project.qde", qde)]
            + [("Media/part%d.bin" % i, b"\0" * (60 << 20)) for i in range(9)], needle="MB")
    refused("malformed.qdpx", [("project.qde", qde.replace(b"</Sources>", b"</Source>")),
                               *sources], needle="line")
    refused("xxe.qdpx", [("project.qde", b'<?xml version="1.0"?>\n<!DOCTYPE Project [\n'
                                         b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                                         b'<Project xmlns="urn:QDA-XML:project:1.0" name="x">'
                                         b'<Description>&xxe;</Description></Project>')],
            needle="DTD")
    refused("not-a-zip.qdpx", raw=b"These are plain words, not a zip archive.\n" * 20,
            needle="zip")
    refused("no-qde.qdpx", sources or [("Sources/a.txt", b"text")], needle="project.qde")
    with open(good_qdpx, "rb") as f:
        whole = f.read()
    refused("truncated.qdpx", raw=whole[:len(whole) // 2])
    refused("unknown.dat", raw=b"\x00\x01 binary")
    check("the project is unchanged after every refused file", export_json(tmp, project) == before)


def test_beyond(tmp):
    """A selection beyond its text is reported; the rest is imported."""
    beyond = ('<q:PlainTextSelection guid="%s" name="far" startPosition="10" endPosition="%d">'
              "</q:PlainTextSelection>" % (G["sel4"], len(TEXT2) + 50))
    fine = ('<q:PlainTextSelection guid="%s" name="near" startPosition="0" endPosition="6">'
            "</q:PlainTextSelection>" % G["sel3"])
    qde = foreign_qde(selections2=fine + beyond)
    check("the project with a selection beyond its text is still schema-valid",
          validate(tmp, qde).returncode == 0)
    path = os.path.join(tmp, "beyond.qdpx")
    write_zip(path, [("project.qde", qde), ("Sources/%s.txt" % G["src1"], TEXT1)])
    project = new_project(tmp, "beyond")
    p, summary = import_file(project, path)
    problems = " ".join(summary.get("problems", []))
    check("a selection beyond the text is skipped and reported, the others imported",
          p.returncode == 0 and summary.get("annotations", {}).get("added") == 3
          and summary.get("annotations", {}).get("skipped") == 1
          and G["sel4"] in problems and "outside" in problems, p.stdout + p.stderr)


def main():
    builder = glosa_tap.definitions(EXPORT_TEST)  # build_project, CODING
    with tempfile.TemporaryDirectory() as tmp:
        corpus, project, _ = builder["build_project"](tmp)
        qdpx, empty = test_round_trip(tmp, builder, corpus, project)
        test_foreign(tmp)
        test_beyond(tmp)
        test_hostile(tmp, empty, qdpx)
        p = cli("import", "--help")
        check("import --help mentions REFI-QDA", p.returncode == 0 and ".qdpx" in p.stdout,
              p.stdout)


glosa_tap.run(main, "test-import-qdpx")
