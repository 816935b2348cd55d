#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`glosa-cli export`, checked by readers nobody here wrote: Python's csv
and json modules, networkx's GraphML reader, zipfile and xmllint with the
REFI-QDA schema. Builds a project from the real corpus with hostile notes
and actors who agree and disagree on the same issues. Prints TAP."""

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile

import glosa_tap
from glosa_tap import check, cli

SHARED = os.environ["GLOSA_SHARED_DIR"]
SCHEMA = os.path.join(SHARED, "testdata", "refi-qda", "Project-mrt2019.xsd")
DOC0 = "000_8201e9c1fadbd55d.txt"
DOC1 = "001_a87c4153953d173a.txt"
HOSTILE = 'Two lines, "quoted",\nand emoji 🌿🇨🇴'
FORMULA = "=HYPERLINK(\"http://example.com\",\"x\")"
CONTROL = "@mention, +plus and a pasted \x0b control character"  # XML 1.0 forbids it

# (document, quote, tags, actor, issue, stance, note)
CODING = [
    (DOC0, "frontal opposition", ["Opposition", "Petro"], "gustavo-petro",
     "forced-eradication", "oppose", HOSTILE),
    (DOC0, "voluntary substitution", ["Policy"], "gustavo-petro", "voluntary-substitution",
     "support", FORMULA),
    (DOC0, "the one imposing the conditions is Donald Trump", ["Pressure"], "donald-trump",
     "forced-eradication", "support", None),
    (DOC0, "Washington retains the initiative", [], "united-states", "forced-eradication",
     "support", "-starts with a minus"),
    (DOC0, "leading producer of cocaine", ["Context"], None, None, None, CONTROL),
    (DOC1, "decertified Colombia", ["Pressure"], "donald-trump", "decertification", "support",
     None),
    (DOC1, "sharp public recriminations", [], "gustavo-petro", "decertification", "oppose",
     None),
    (DOC1, "Colombian President Gustavo Petro met with", [], "ana-maria-rueda",
     "forced-eradication", "oppose", None),
]


def text_of(project, document):
    """The document's text as the project holds it (cleaned and NFC), which
    all offsets count in."""
    db = sqlite3.connect("file:%s?mode=ro" % project, uri=True)
    try:
        return db.execute("SELECT text FROM documents WHERE id = ?", (document,)).fetchone()[0]
    finally:
        db.close()


def build_project(tmp):
    corpus = os.path.join(tmp, "corpus")
    shutil.copytree(os.path.join(SHARED, "corpus"), corpus)
    project = os.path.join(tmp, "p.glosa")
    p = cli("project", corpus, "--project", project)
    check("the project is created", p.returncode == 0, p.stderr)
    for document, quote, tags, actor, issue, stance, note in CODING:
        start = text_of(project, document).index(quote)
        args = ["annotate", "--project", project, "--document", document,
                "--start", str(start), "--end", str(start + len(quote)), "--author", "Ana"]
        for tag in tags:
            args += ["--tag", tag]
        for option, value in (("--actor", actor), ("--issue", issue), ("--stance", stance),
                              ("--note", note)):
            if value is not None:
                args += [option, value]
        p = cli(*args)
        check("annotate “%s”" % quote, p.returncode == 0, p.stderr)
    p = cli("annotations", "--project", project, "--json")
    return corpus, project, json.loads(p.stdout)["annotations"]


def export(tmp, project, fmt, *extra):
    out = os.path.join(tmp, "export." + fmt)
    p = cli("export", "--project", project, "--format", fmt, "--output", out, *extra)
    check("export --format %s exits 0 and prints nothing" % fmt,
          p.returncode == 0 and p.stdout == "", p.stderr)
    return out


def neutralised(value):
    return "'" + value if value and value[0] in "=+-@\t\r" else value


def test_csv(tmp, project, listed):
    with open(export(tmp, project, "csv"), newline="", encoding="utf-8") as f:
        data = f.read()
    check("csv rows end in CRLF", data.endswith("\r\n"))
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    check("csv has the documented columns", rows and list(rows[0]) == [
        "id", "document", "document_title", "start", "end", "quote", "tags", "actor", "issue",
        "stance", "note", "author", "created", "modified"], repr(rows[:1]))
    check("csv has one row per annotation", len(rows) == len(listed), "%d rows" % len(rows))
    by_id = {row["id"]: row for row in rows}
    ok = True
    for a in listed:
        row = by_id.get(a["id"])
        ok = ok and row is not None and row["document"] == a["document"] \
            and row["start"] == str(a["start"]) and row["end"] == str(a["end"]) \
            and row["quote"] == a["quote"] and row["tags"] == "; ".join(a["tags"]) \
            and row["stance"] == (a["stance"] or "") and row["author"] == a["author"] \
            and row["note"] == neutralised(a["note"] or "") and row["created"] == a["created"]
    check("csv reads back to the same values", ok)
    notes = {row["note"] for row in rows}
    check("csv keeps commas, quotes, newlines and emoji in a note", HOSTILE in notes)
    check("csv neutralises cells that would be formulas",
          "'" + FORMULA in notes and "'-starts with a minus" in notes
          and "'" + CONTROL in notes, repr(notes))
    check("csv names actors and issues",
          any(row["actor"] == "Gustavo Petro" for row in rows), repr([r["actor"] for r in rows]))


def test_dna_csv(tmp, project, listed):
    with open(export(tmp, project, "dna-csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    statements = [a for a in listed if a["actor"] and a["issue"]]
    check("dna-csv has the documented columns", rows and list(rows[0]) == [
        "statement_id", "date", "actor", "organisation", "concept", "agreement", "start", "stop",
        "text", "coder", "document_id", "document_title"], repr(rows[:1]))
    check("dna-csv has one row per coded statement", len(rows) == len(statements))
    agreements = {r["statement_id"]: r["agreement"] for r in rows}
    check("dna-csv agreement is 1 for support and 0 for oppose",
          all(agreements[a["id"]] == {"support": "1", "oppose": "0"}[a["stance"]]
              for a in statements), repr(agreements))
    petro = [r for r in rows if r["actor"] == "Gustavo Petro"]
    check("dna-csv gives the actor's organisation", petro and petro[0]["organisation"] != "",
          repr(petro[:1]))


def test_json(tmp, project, listed):
    with open(export(tmp, project, "json"), encoding="utf-8") as f:
        data = json.load(f)
    check("json has the annotations, tags, documents and codebook",
          data.get("glosa_export") == 1 and len(data["annotations"]) == len(listed)
          and len(data["documents"]) == 2 and isinstance(data["codebook"], (dict, type(None)))
          and {t["name"] for t in data["tags"]} >= {"Opposition", "Petro", "Pressure"})
    first = next(a for a in data["annotations"] if a["note"] == HOSTILE)
    check("json keeps every field of an annotation",
          {"id", "document", "start", "end", "quote", "prefix", "suffix", "tags", "actor",
           "issue", "stance", "note", "author", "created", "modified", "orphaned"} <= set(first)
          and first["stance"] == "oppose" and len(first["tags"]) == 2, repr(first))
    again = export(tmp, project, "json")
    with open(again, encoding="utf-8") as f:
        check("json export is the same twice", json.load(f) == data)


def test_w3c(tmp, project, corpus, listed):
    with open(export(tmp, project, "w3c"), encoding="utf-8") as f:
        data = json.load(f)
    check("w3c is an AnnotationCollection",
          data.get("type") == "AnnotationCollection" and data.get("@context")
          == "http://www.w3.org/ns/anno.jsonld" and data.get("total") == len(listed))
    items = data["first"]["items"]
    ok = len(items) == len(listed)
    texts = {d: text_of(project, d) for d in (DOC0, DOC1)}
    for item in items:
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        quote, position = selectors.get("TextQuoteSelector"), selectors.get("TextPositionSelector")
        document = DOC0 if DOC0 in item["target"]["source"] else DOC1
        ok = ok and item.get("@context") and item.get("id", "").startswith("urn:uuid:") \
            and item.get("type") == "Annotation" and quote and position \
            and {"exact", "prefix", "suffix"} <= set(quote) \
            and texts[document][position["start"]:position["end"]] == quote["exact"] \
            and item["creator"]["name"] == "Ana" and item.get("created")
        if not ok:
            check("w3c annotation", False, json.dumps(item)[:2000])
            break
    check("w3c annotations have both selectors, and exact is the text at start..end", ok)
    bodies = [b for item in items for b in item["body"]]
    check("w3c has tagging and commenting bodies",
          {"purpose": "tagging", "value": "Petro"}.items() <= next(
              (b for b in bodies if b.get("value") == "Petro"), {}).items()
          and any(b["purpose"] == "commenting" and b["value"] == HOSTILE for b in bodies))


def test_markdown(tmp, project, listed):
    with open(export(tmp, project, "markdown"), encoding="utf-8") as f:
        text = f.read()
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    check("markdown has one section per article", len(headings) == 2, repr(headings))
    quotes = [line for line in text.splitlines() if line.startswith("> ")]
    check("markdown quotes each annotation as a block quote", len(quotes) >= len(listed))
    first, second = text.index("frontal opposition"), text.index("voluntary substitution")
    check("markdown follows the text order", first < second < text.index(headings[1]))
    check("markdown shows notes, tags and stances",
          "🌿" in text and "Opposition" in text and "opposes" in text.lower())


def test_graphml(tmp, project):
    import networkx
    from networkx.readwrite.graphml import GraphMLReader

    out = export(tmp, project, "graphml")
    graphs = {g.graph.get("name", ""): g for g in GraphMLReader()(path=out)}
    g = networkx.read_graphml(out)
    check("graphml loads in networkx", g.number_of_nodes() > 0)
    petro, trump, us, rueda = ("actor:gustavo-petro", "actor:donald-trump",
                               "actor:united-states", "actor:ana-maria-rueda")
    fe, dec = "issue:forced-eradication", "issue:decertification"
    check("graphml actors and issues are nodes with kind and label",
          g.nodes[petro]["kind"] == "actor" and g.nodes[petro]["label"] == "Gustavo Petro"
          and g.nodes[fe]["kind"] == "issue" and "issue:voluntary-substitution" in g,
          repr(dict(g.nodes(data=True))))
    e = g.edges[petro, fe]
    check("graphml edges are weighted by coded statements with stance counts",
          e["weight"] == 1 and e["oppose"] == 1 and e["support"] == 0 and e["net"] == -1
          and g.edges[trump, fe]["net"] == 1 and g.number_of_edges() == 7, repr(e))
    congruence, conflict = graphs.get("congruence"), graphs.get("conflict")
    check("graphml has the congruence and conflict networks",
          congruence is not None and conflict is not None, repr(list(graphs)))
    if congruence is None or conflict is None:
        return
    check("congruence links actors who take the same stance on an issue",
          congruence.has_edge(trump, us) and congruence.has_edge(petro, rueda)
          and not congruence.has_edge(petro, trump) and congruence.number_of_edges() == 2,
          repr(list(congruence.edges(data=True))))
    check("conflict links actors who take opposite stances, weighted by issues",
          conflict.edges[petro, trump]["weight"] == 2 and conflict.edges[rueda, us]["weight"] == 1
          and not conflict.has_edge(trump, us) and conflict.number_of_edges() == 4,
          repr(list(conflict.edges(data=True))))


def test_qdpx(tmp, project, corpus, listed):
    out = export(tmp, project, "qdpx")
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        check("qdpx is a zip with project.qde", "project.qde" in names, repr(names))
        qde = os.path.join(tmp, "project.qde")
        with open(qde, "wb") as f:
            f.write(z.read("project.qde"))
        p = subprocess.run(["xmllint", "--noout", "--schema", SCHEMA, qde],
                           capture_output=True, text=True, timeout=60)
        check("project.qde validates against the REFI-QDA schema", p.returncode == 0, p.stderr)
        xml = open(qde, encoding="utf-8").read()
        paths = re.findall(r'plainTextPath="internal://([^"]+)"', xml)
        check("qdpx has a text source per document in Sources/",
              len(paths) == 2 and all("Sources/" + p in names for p in paths), repr(paths))
        texts = [z.read("Sources/" + p).decode("utf-8") for p in paths]
        check("qdpx sources are the documents' text",
              sorted(texts) == sorted(text_of(project, d) for d in (DOC0, DOC1)))
    check("qdpx has a selection per annotation, codings, notes and cases",
          xml.count("<PlainTextSelection ") == len(listed) and "<Coding " in xml
          and "<Note " in xml and "<Case " in xml and 'name="Gustavo Petro"' in xml)


def test_usage(tmp, project):
    out = os.path.join(tmp, "x")
    p = cli("export", "--project", project, "--format", "docx", "--output", out)
    check("an unknown format is a usage error (exit 2) naming the formats",
          p.returncode == 2 and "docx" in p.stderr and "csv" in p.stderr, p.stderr)
    p = cli("export", "--project", project, "--format", "csv")
    check("a missing --output is a usage error", p.returncode == 2, p.stderr)
    p = cli("export", "--project", os.path.join(tmp, "none.glosa"), "--format", "csv",
            "--output", out)
    check("a missing project fails with exit 1", p.returncode == 1 and not os.path.exists(out),
          p.stderr)
    p = cli("export", "--project", project, "--format", "csv", "--output", out,
            "--document", "nope")
    check("an unknown document fails with exit 1", p.returncode == 1 and "nope" in p.stderr,
          p.stderr)
    p = cli("export", "--project", project, "--format", "csv", "--output", out,
            "--document", DOC1)
    with open(out, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    check("--document exports only that document",
          p.returncode == 0 and len(rows) == 3 and all(r["document"] == DOC1 for r in rows))
    p = cli("export", "--help")
    check("export --help documents the options and exit status",
          p.returncode == 0 and "Exit status" in p.stdout and "--format" in p.stdout
          and "--document" in p.stdout, p.stdout)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        corpus, project, listed = build_project(tmp)
        test_csv(tmp, project, listed)
        test_dna_csv(tmp, project, listed)
        test_json(tmp, project, listed)
        test_w3c(tmp, project, corpus, listed)
        test_markdown(tmp, project, listed)
        test_graphml(tmp, project)
        test_qdpx(tmp, project, corpus, listed)
        test_usage(tmp, project)


glosa_tap.run(main, "test-export")
