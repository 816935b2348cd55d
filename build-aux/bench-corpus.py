#!/usr/bin/env python3
# Copyright 2026 The Glosa authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the synthetic corpus that build-aux/bench measures.

Everything comes from one seeded random generator, so the same --docs and
--seed give the same bytes. The text is made of our own word lists (English
and Spanish news vocabulary plus invented words with a Zipf-like spread, so
the full-text index sees a realistic number of distinct terms), the default
codebook's actor names and aliases, its issue keywords, and invented
personal names. Output, in OUT:

  folder/dNNN/aNNNNNN.{txt,md}  one article a file, 1,000 files a folder
  corpus.jsonl                  the same articles, one JSON object a line
  rows.csv                      title,text of each article, for sqlite3 .import
  aliases-10.txt                the first 10 codebook names and aliases
  aliases-10000.txt             every codebook alias, then invented names
  queries.txt                   100 search queries, one a line
  manifest.json                 docs, seed, bytes; written last, so a
                                directory without it is incomplete
"""

import argparse
import csv
import json
import os
import random
import shutil
import sys

FORMAT = 3  # bump when the output changes, so cached corpora are rebuilt

ENGLISH = """the of and to in a is that for it as was with be by on not he this are
or his from at which but have an had they were their one all we can her has
there been if more when will would who so no said after over new than about
into last year government president minister policy drug coca eradication
cultivation meeting strategy cooperation security development certification
hectares trafficking rural substitution pressure officials agreement decline
growth measures results program farmers region crops police army border
report week talks visit plan funding aid relations trade tariffs country
supports rejects backs opposes criticised defended welcomed condemned
announced warned insisted argued called promised""".split()

SPANISH = """el la de que y en los del se las por un para con no una su al lo como
más pero sus le ya o este porque esta entre cuando muy sin sobre también
política erradicación cultivos gobierno reunión presidente estrategia
cooperación seguridad desarrollo certificación hectáreas narcotráfico
sustitución presión dijo funcionarios acuerdo disminución crecimiento
medidas resultados año señaló país región campaña administración según
después campesinos cultivadores frontera policía ejército informe semana
visita plan ayuda relaciones comercio aranceles apoya rechaza respalda
criticó defendió celebró condenó anunció advirtió insistió afirmó pidió
prometió""".split()

SYLLABLES = """mar tín ro drí guez ca mi lo sán chez gó mez ló pez her nán dez pé rez
gar cí a tor res ra mí ji mé nez mu ñoz al var or te ga cas ti llo ve ríos
ma ri na luis an drés pa blo que ve do bel trán za pa ta ño ba ru ta""".split()

# Invented words are made of other syllables, each with a k, w, x or y that
# no name syllable has, so names do not turn up inside ordinary words.
WORD_SYLLABLES = """ka ke ki ko ku wa we wi wo yu ya ye yo xa xe xo kra kli wen yar kos
wul kel yin ako eki uwa oya ixe kru wha yel kum wes yop xan kor wid yum""".split()


def invented_word(rng, syllables):
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))


def invented_name(rng):
    # A given name and one or two surnames, as in the press.
    words = []
    for _ in range(rng.randint(2, 3)):
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        words.append(word[0].upper() + word[1:])
    return " ".join(words)


def load_codebook(path):
    with open(path, encoding="utf-8") as f:
        codebook = json.load(f)
    names = {"en": [], "es": []}
    for actor in codebook["actors"]:
        for lang in names:
            names[lang].append(actor["name"])
            names[lang].extend(actor.get("aliases", {}).get(lang, []))
    keywords = {"en": [], "es": []}
    for issue in codebook["issues"]:
        for lang in keywords:
            keywords[lang].extend(issue.get("keywords", {}).get(lang, []))
    return names, keywords


def unique(items):
    seen = set()
    out = []
    for item in items:
        if item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


class Writer:
    """Makes articles: a title and paragraphs of sentences."""

    def __init__(self, rng, names, keywords, invented):
        self.rng = rng
        self.names = names
        self.keywords = keywords
        self.invented = invented
        # Common words weigh as much as the top of the invented vocabulary.
        vocab = [invented_word(rng, WORD_SYLLABLES) for _ in range(30000)]
        self.words = {}
        for lang, common in (("en", ENGLISH), ("es", SPANISH)):
            population = common + vocab
            weights = [40.0] * len(common) + [30.0 / (rank + 1) for rank in range(len(vocab))]
            cum, total = [], 0.0
            for w in weights:
                total += w
                cum.append(total)
            self.words[lang] = (population, cum)
        self.vocab = vocab

    def sentence(self, lang):
        rng = self.rng
        population, cum = self.words[lang]
        words = rng.choices(population, cum_weights=cum, k=rng.randint(8, 26))
        dice = rng.random()
        if dice < 0.35:
            words[rng.randrange(len(words))] = rng.choice(self.names[lang])
        elif dice < 0.45:
            words[rng.randrange(len(words))] = rng.choice(self.invented)
        if rng.random() < 0.2:
            words[rng.randrange(len(words))] = rng.choice(self.keywords[lang])
        first = words[0]
        words[0] = first[0].upper() + first[1:]
        return " ".join(words) + "."

    def article(self, size):
        rng = self.rng
        lang = "es" if rng.random() < 0.5 else "en"
        title = self.sentence(lang)[:-1]
        title = " ".join(title.split()[: rng.randint(5, 11)])
        paragraphs, length, paragraph = [], 0, []
        while length < size:
            # One sentence in eight is in the other language, as in quotes.
            other = rng.random() < 0.125
            s = self.sentence(("en" if lang == "es" else "es") if other else lang)
            paragraph.append(s)
            length += len(s.encode()) + 1
            if rng.random() < 0.2:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
        if paragraph:
            paragraphs.append(" ".join(paragraph))
        return lang, title, "\n\n".join(paragraphs) + "\n"


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))


def generate(out, n_docs, seed, codebook_path):
    rng = random.Random(seed)
    names, keywords = load_codebook(codebook_path)
    all_aliases = unique(names["en"] + names["es"])
    aliases = list(all_aliases)
    seen = {a.casefold() for a in aliases}
    while len(aliases) < 10000:
        name = invented_name(rng)
        if name.casefold() not in seen:
            seen.add(name.casefold())
            aliases.append(name)
    # The text names a few hundred of the invented people.
    invented = aliases[len(all_aliases):][:500]
    writer = Writer(rng, names, keywords, invented)

    tmp = out + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(os.path.join(tmp, "folder"))
    write_lines(os.path.join(tmp, "aliases-10.txt"), all_aliases[:10])
    write_lines(os.path.join(tmp, "aliases-10000.txt"), aliases)

    total = 0
    with open(os.path.join(tmp, "corpus.jsonl"), "w", encoding="utf-8") as jsonl, \
         open(os.path.join(tmp, "rows.csv"), "w", encoding="utf-8", newline="") as rows:
        table = csv.writer(rows)
        table.writerow(["title", "text"])
        for i in range(n_docs):
            size = int(1024 + 7168 * rng.random() ** 2.5)
            lang, title, text = writer.article(size)
            sub = os.path.join(tmp, "folder", "d%03d" % (i // 1000))
            if i % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            markdown = i % 3 == 0
            name = "a%06d.%s" % (i, "md" if markdown else "txt")
            body = ("# %s\n\n%s" if markdown else "%s\n\n%s") % (title, text)
            with open(os.path.join(sub, name), "w", encoding="utf-8") as f:
                f.write(body)
            total += len(body.encode())
            jsonl.write(json.dumps({"id": "a%06d" % i, "title": title, "text": text,
                                    "language": lang, "date": "2026-%02d-%02d"
                                    % (1 + i % 12, 1 + i % 28), "source": "Synthetic"},
                                   ensure_ascii=False) + "\n")
            table.writerow([title, text])

    queries = []
    for q in range(100):
        kind = q % 4
        if kind == 0:
            queries.append(rng.choice(writer.vocab[:2000]))
        elif kind == 1:
            queries.append(rng.choice(SPANISH + ENGLISH) + " " + rng.choice(writer.vocab[:500]))
        elif kind == 2:
            queries.append(rng.choice(names[rng.choice(("en", "es"))]))
        else:  # a word typed halfway: the last word is searched as a prefix
            word = rng.choice(writer.vocab[:5000])
            queries.append(word[: max(3, len(word) - 2)])
    write_lines(os.path.join(tmp, "queries.txt"), queries)

    with open(os.path.join(tmp, "manifest.json"), "w") as f:
        json.dump({"format": FORMAT, "docs": n_docs, "seed": seed, "bytes": total}, f)
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--codebook", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "data", "codebook",
        "default-codebook.json"))
    parser.add_argument("out", help="the directory to write (replaced)")
    args = parser.parse_args()
    if args.docs < 1:
        parser.error("--docs must be positive")
    manifest = os.path.join(args.out, "manifest.json")
    if os.path.exists(manifest):
        with open(manifest) as f:
            old = json.load(f)
        if (old.get("format"), old.get("docs"), old.get("seed")) == (FORMAT, args.docs, args.seed):
            print("bench-corpus: %s is up to date" % args.out, file=sys.stderr)
            return
    generate(args.out, args.docs, args.seed, args.codebook)


if __name__ == "__main__":
    main()
