#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`glosa-cli import` of codebooks: spreadsheets (CSV) of actors and of
issues and codebook JSON, merged into a project's codebook by id with exact
counts; the merged codebook finds the new aliases in the real corpus and
travels in a JSON export to another project; malformed files are refused
with their line and leave the project as it was. Prints TAP."""

import functools
import json
import os
import tempfile

import glosa_tap
from glosa_tap import check

SHARED = os.environ["GLOSA_SHARED_DIR"]
CORPUS = os.path.join(SHARED, "corpus")
DOC0 = "000_8201e9c1fadbd55d.txt"
DOC1 = "001_a87c4153953d173a.txt"

# Names from the corpus's articles that the default codebook lacks (the
# CLI lists them as unlisted): a new actor's alias, and a new alias of Ana
# María Rueda. Everything else here is made up.
ACTORS_CSV = (
    "\ufeffname,kind,aliases,affiliation\r\n"
    "\"Vuelo Final, the documentary\",media,\"Vuelo Final;=HYPERLINK(\"\"x\"\")\",\r\n"
    "Ana María Rueda,,\"Drug Policy Coordinator;RUEDA\",\r\n"
    "\"Marta\nLucía 🌿\",person,\"la ministra;Marta Lucía\",government-of-colombia\r\n"
    "Someone,spokesperson,,\r\n"
)

ISSUES_CSV = (
    "label,keywords,id\n"
    "\"Narco-submarines, semi-submersibles\","
    "\"narcosubmarine;narcosubmarinos;\"\"semi-submersible\"\"\",\n"
    "\"Drug\npolicy\",\"drug policy;=1+2\",drug-policy\n"
    "Forced eradication,\"erradicación obligatoria;FORCED ERADICATION\",\n"
)

CODEBOOK_JSON = {
    "glosa_codebook": 1,
    "actors": [{"id": "vuelo-final-the-documentary", "name": "Vuelo Final, the documentary",
                "kind": "media", "aliases": {"es": ["Silencio Letal"]}}],
    "issues": [{"id": "drug-policy", "label": "Drug policy",
                "keywords": ["drug policy", "política de drogas"]}],
}


cli = functools.partial(glosa_tap.cli, timeout=120)  # twice the default a call


def write(tmp, name, text, newline=""):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8", newline=newline) as f:
        f.write(text)
    return path


def import_file(project, path):
    p = cli("import", "--project", project, "--json", path)
    summary = json.loads(p.stdout) if p.returncode == 0 else {}
    return p, summary


def export(tmp, project, name):
    out = os.path.join(tmp, name)
    p = cli("export", "--project", project, "--format", "json", "--output", out)
    check("export %s" % name, p.returncode == 0, p.stderr)
    with open(out, encoding="utf-8") as f:
        return f.read()


def codebook_of(tmp, project):
    return json.loads(export(tmp, project, "codebook-export.json"))["codebook"]


def entry(codebook, kind, id):
    return next((e for e in codebook[kind] if e["id"] == id), None)


def all_terms(terms):
    if isinstance(terms, dict):
        return [t for values in terms.values() for t in values]
    return list(terms or [])


def actor_mentions(tmp, codebook):
    """Mentions per (document, actor id) that `glosa-cli actors` finds in
    the corpus with @codebook laid over the default, and the unlisted names."""
    path = write(tmp, "merged-codebook.json", json.dumps(codebook))
    p = cli("actors", CORPUS, "--codebook", path, "--json")
    check("actors runs with the merged codebook", p.returncode == 0, p.stderr)
    counts, unlisted = {}, set()
    for document in json.loads(p.stdout)["documents"] if p.returncode == 0 else []:
        for actor in document["actors"]:
            counts[(document["id"], actor["id"])] = actor["mentions"]
        unlisted |= {name["name"] for name in document["unlisted"]}
    return counts, unlisted


def test_csv(tmp, project):
    base_counts, base_unlisted = actor_mentions(tmp, {"glosa_codebook": 1})
    check("the corpus names Vuelo Final and a Drug Policy Coordinator, unlisted",
          {"Vuelo Final", "Drug Policy Coordinator"} <= base_unlisted, str(base_unlisted))

    p, summary = import_file(project, write(tmp, "actors.csv", ACTORS_CSV))
    check("the actors CSV is imported", p.returncode == 0, p.stderr)
    check("actors: 2 added, 1 updated, 0 unchanged",
          summary.get("actors") == {"added": 2, "updated": 1, "unchanged": 0}, p.stdout)
    check("no issues and no annotations counted",
          summary.get("issues") == {"added": 0, "updated": 0, "unchanged": 0}
          and summary.get("annotations", {}).get("added") == 0, p.stdout)
    check("the row with an unknown kind is reported with its line",
          summary.get("problems") == [
              "actors.csv line 6: actor “someone”: “spokesperson” is not a kind of actor; use "
              "person, organisation, government, country, media or other; the row is skipped"],
          p.stdout)

    p, summary = import_file(project, write(tmp, "issues.csv", ISSUES_CSV))
    check("the issues CSV is imported", p.returncode == 0, p.stderr)
    check("issues: 2 added, 1 updated",
          summary.get("issues") == {"added": 2, "updated": 1, "unchanged": 0}, p.stdout)
    check("no problems in the issues CSV", summary.get("problems") == [], p.stdout)

    codebook = codebook_of(tmp, project)
    film = entry(codebook, "actors", "vuelo-final-the-documentary")
    check("the new actor keeps its comma, kind and aliases, the formula as text",
          film is not None and film["name"] == "Vuelo Final, the documentary"
          and film["kind"] == "media"
          and film.get("aliases") == ["Vuelo Final", "=HYPERLINK(\"x\")"], str(film))
    marta = entry(codebook, "actors", "marta-lucia")
    check("a quoted line break is one space in a name; emoji and accents kept",
          marta is not None and marta["name"] == "Marta Lucía 🌿"
          and marta.get("aliases") == ["la ministra", "Marta Lucía"]
          and marta.get("affiliation") == "government-of-colombia", str(marta))
    rueda = entry(codebook, "actors", "ana-maria-rueda")
    check("Ana María Rueda gains the new alias, not the one that folds to hers",
          rueda is not None and "Drug Policy Coordinator" in all_terms(rueda["aliases"])
          and "RUEDA" not in all_terms(rueda["aliases"])
          and rueda["kind"] == "person" and rueda.get("description"), str(rueda))
    subs = entry(codebook, "issues", "narco-submarines-semi-submersibles")
    check("the new issue has its keywords, the quoted one unquoted",
          subs is not None and subs["label"] == "Narco-submarines, semi-submersibles"
          and subs.get("keywords") == ["narcosubmarine", "narcosubmarinos", "\"semi-submersible\""],
          str(subs))
    policy = entry(codebook, "issues", "drug-policy")
    check("the given id is used; the label's line break is a space",
          policy is not None and policy["label"] == "Drug policy"
          and policy.get("keywords") == ["drug policy", "=1+2"], str(policy))
    eradication = entry(codebook, "issues", "forced-eradication")
    check("an existing issue gains only the new keyword",
          eradication is not None
          and "erradicación obligatoria" in all_terms(eradication["keywords"])
          and "FORCED ERADICATION" not in all_terms(eradication["keywords"]), str(eradication))

    counts, unlisted = actor_mentions(tmp, codebook)
    check("the new actor is found in the corpus by its new alias",
          counts.get((DOC0, "vuelo-final-the-documentary")) == 1, str(counts))
    before, after = base_counts.get((DOC1, "ana-maria-rueda")), counts.get((DOC1, "ana-maria-rueda"))
    check("Ana María Rueda is found once more, by her new alias",
          before is not None and after == before + 1, "%s → %s" % (before, after))
    check("neither name is unlisted any more",
          not ({"Vuelo Final", "Drug Policy Coordinator"} & unlisted), str(unlisted))

    p, summary = import_file(project, os.path.join(tmp, "actors.csv"))
    check("the same CSV again changes nothing",
          summary.get("actors") == {"added": 0, "updated": 0, "unchanged": 3}, p.stdout)
    text = cli("import", "--project", project, os.path.join(tmp, "issues.csv"))
    check("the text summary counts actors and issues", text.returncode == 0
          and "Actors: 0 added, 0 updated, 0 unchanged" in text.stdout
          and "Issues: 0 added, 0 updated, 3 unchanged" in text.stdout, text.stdout + text.stderr)
    return codebook


def test_codebook_json(tmp, project):
    path = write(tmp, "extra-codebook.json", json.dumps(CODEBOOK_JSON, ensure_ascii=False))
    p, summary = import_file(project, path)
    check("a codebook JSON is imported as a codebook", p.returncode == 0, p.stderr)
    check("its entries update ours",
          summary.get("actors") == {"added": 0, "updated": 1, "unchanged": 0}
          and summary.get("issues") == {"added": 0, "updated": 1, "unchanged": 0}, p.stdout)
    film = entry(codebook_of(tmp, project), "actors", "vuelo-final-the-documentary")
    check("the Spanish alias is added beside the others, under und and es",
          film is not None and film.get("aliases") == {
              "es": ["Silencio Letal"], "und": ["Vuelo Final", "=HYPERLINK(\"x\")"]}, str(film))


def test_export_carries_codebook(tmp, project):
    other = os.path.join(tmp, "other.glosa")
    p = cli("project", CORPUS, "--project", other)
    check("a second project of the corpus", p.returncode == 0, p.stderr)
    exported = os.path.join(tmp, "first.json")
    export(tmp, project, "first.json")
    p, summary = import_file(other, exported)
    check("the export is imported", p.returncode == 0, p.stderr)
    check("its codebook entries are added to the other project",
          summary.get("actors", {}).get("added", 0) + summary.get("actors", {}).get("updated", 0)
          == 3 and summary.get("issues", {}).get("added", 0)
          + summary.get("issues", {}).get("updated", 0) == 3, p.stdout)
    check("the other project now has the same codebook",
          codebook_of(tmp, other) == codebook_of(tmp, project))


def test_refresh_keeps_codebook(tmp, project):
    before = codebook_of(tmp, project)
    p = cli("project", CORPUS, "--project", project)
    check("the project is refreshed from the corpus", p.returncode == 0, p.stderr)
    after = codebook_of(tmp, project)
    check("a refresh keeps the imported codebook entries",
          after == before and entry(after, "actors", "vuelo-final-the-documentary") is not None)


def test_refused(tmp, project):
    before = export(tmp, project, "before.json")
    huge = "name,aliases\nPetro,\"" + "coca " * (2 * 1024 * 1024) + "\"\n"
    cases = [
        ("open-quote.csv", "name,kind\nA,person\n\"B,person\nC,person\n",
         "open-quote.csv line 3, field 1: the quoted field that starts here is not closed"),
        ("header.csv", "nombre,tipo\nA,person\n",
         "header.csv line 1: “nombre” is not a codebook column"),
        ("stray-quote.csv", "name,kind\nA,per\"son\n",
         "stray-quote.csv line 2, field 2: a quote inside a field"),
        ("ragged.csv", "label,keywords\nA,b\nB,c,d\n",
         "ragged.csv line 3: 3 fields, but the first line names 2 columns"),
        ("huge.csv", huge, "huge.csv line 2, field 2: the field is longer than"),
        ("bad-codebook.json", '{"glosa_codebook": 1, "actors": [{"id": "a", "name": 3}]}',
         "bad-codebook.json line 1, column 54: actor “a”: “name” must be text"),
    ]
    for name, content, message in cases:
        p = cli("import", "--project", project, write(tmp, name, content))
        check("%s is refused with exit 1 and its line" % name,
              p.returncode == 1 and message in p.stderr, p.stderr[:300])
    check("the project is unchanged after refused imports",
          export(tmp, project, "after.json") == before)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        project = os.path.join(tmp, "p.glosa")
        p = cli("project", CORPUS, "--project", project)
        check("a project of the corpus", p.returncode == 0, p.stderr)
        test_csv(tmp, project)
        test_codebook_json(tmp, project)
        test_export_carries_codebook(tmp, project)
        test_refresh_keeps_codebook(tmp, project)
        test_refused(tmp, project)


glosa_tap.run(main, "test-import-codebook")
