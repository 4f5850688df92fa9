"""Organisations and places scored on an outside NER corpus of news text, as a proxy for
unseen articles: our gold (data/gold) was written for the same articles the rules were
tuned on, so it cannot show what the rules miss on text they have never seen.

The corpus is JSON lines of syllables and BIO tags ({"words": [...], "tags": [...]}, the
shape of PhoNER_COVID19's `*_syllable.json`). Such a corpus may forbid redistribution:
this script reads it from `--data` only, keeps nothing of it, and the repository holds
no sentence, name or list taken from it. Sentences are joined back into text, grouped
into pseudo-articles (`--per-doc`, one sentence a line), run through the same extraction
as `policykg extract --format gold-json`, and scored per document with the project's
scorer (graph_builder.evaluate: case-insensitive, syllable Jaccard >= 0.6, containment
0.8, one-to-one greedy). Only ORGANIZATION and LOCATION are scored: the corpus's NAME
tags only patients, whom our people rule is not meant to find.

    python -m bench.ner_proxy --data /tmp/phoner/dev_syllable.json --show 30
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph_builder.evaluate.matching import greedy, jaccard, name_match, norm
from graph_builder.evaluate.scoring import ScoreReport, score_dirs
from graph_builder.extract.extractor import extract_many
from graph_builder.extract.goldjson import to_gold_json
from graph_builder.ingest.reader import article_from_bytes
from graph_builder.nlp.pipeline import build_nlp

TYPES = {"ORGANIZATION": "organisations", "LOCATION": "locations"}
NO_SPACE_BEFORE = {",", ".", ";", ":", ")", "]", "}", "!", "?", "%", "...", "…"}
NO_SPACE_AFTER = {"(", "[", "{"}
QUOTES = {'"', "'"}
SAME = 0.6  # the scorer's syllable-Jaccard threshold
# the head word a place is written with or without ("thành phố Đà Nẵng", "Đà Nẵng")
UNIT_HEAD = re.compile(r"^(?:tỉnh|thành phố|tp\.?|quận|huyện|thị xã|phường|xã|thị trấn)\s*", re.I)


def detokenise(words: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text as a newspaper writes it, and each syllable's character span in it: no space
    before closing punctuation or after opening brackets, quotes hugging what they
    quote, and a hyphen glued between codes and before numbers ("Covid-19", "GD-ĐT", "14-4")
    but spaced between words ("Bà Rịa - Vũng Tàu")."""
    text, offsets, glue_next, open_quote = "", [], True, False
    for i, word in enumerate(words):
        glue = glue_next or word in NO_SPACE_BEFORE
        glue_next = word in NO_SPACE_AFTER
        if word in QUOTES:
            glue, glue_next = (True, False) if open_quote else (glue, True)
            open_quote = not open_quote
        if word == "-" and 0 < i < len(words) - 1 and _glued(words[i - 1], words[i + 1]):
            glue = glue_next = True
        start = len(text) if glue else len(text) + 1
        text = text + word if glue else f"{text} {word}"
        offsets.append((start, len(text)))
    return text, offsets


def _glued(left: str, right: str) -> bool:
    """Codes and numbers take a hyphen without spaces: "GD-ĐT", "Covid-19", "14-4"."""
    return (_code(left) and _code(right)) or (left.isalnum() and right.isdigit())


def _code(word: str) -> bool:
    return word.isalnum() and not any(c.islower() for c in word)


def entities(
    words: list[str], tags: list[str], offsets: list[tuple[int, int]], text: str
) -> Iterator[tuple[str, str]]:
    """(type, surface) for each BIO entity of the scored types."""
    kind, start, end = None, 0, 0
    for (lo, hi), tag in [*zip(offsets, tags, strict=True), ((0, 0), "O")]:
        if kind and tag != f"I-{kind}":
            yield kind, text[start:end]
            kind = None
        if tag.startswith("B-") and tag[2:] in TYPES:
            kind, start = tag[2:], lo
        if kind:
            end = hi


def _same(a: str, b: str) -> bool:
    return jaccard(a, b) >= SAME or norm(UNIT_HEAD.sub("", a)) == norm(UNIT_HEAD.sub("", b))


def read_docs(path: Path, per_doc: int) -> list[tuple[str, dict[str, list[str]]]]:
    """Pseudo-articles of `per_doc` sentences: their text and their gold names by type,
    each entity once per document, as our gold lists it: a name whose syllables are mostly
    those of one already listed ("TP Đà Nẵng" after "Đà Nẵng") is that entity written
    again, and so is one written with or without its head word ("thành phố Đà Nẵng").
    Containment is not enough: "Bệnh viện Đà Nẵng" holds "Đà Nẵng" and is another."""
    docs: list[tuple[str, dict[str, list[str]]]] = []
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for first in range(0, len(lines), per_doc):
        sentences: list[str] = []
        gold: dict[str, list[str]] = {t: [] for t in TYPES.values()}
        for row in lines[first : first + per_doc]:
            text, offsets = detokenise(row["words"])
            sentences.append(text)
            for kind, name in entities(row["words"], row["tags"], offsets, text):
                names = gold[TYPES[kind]]
                if not any(_same(name, other) for other in names):
                    names.append(name)
        docs.append(("\n".join(sentences), gold))
    return docs


def score(docs: list[tuple[str, dict[str, list[str]]]], work: Path) -> ScoreReport:
    """Extraction as `policykg extract --format gold-json` does it, scored as
    `policykg evaluate` scores it (the same files in two folders)."""
    gold_dir, pred_dir = work / "gold", work / "pred"
    gold_dir.mkdir()
    pred_dir.mkdir()
    articles = [
        article_from_bytes(text.encode(), path=Path(f"doc{i:04d}.txt"))
        for i, (text, _) in enumerate(docs)
    ]
    nlp = build_nlp()
    for article, ex, (_, gold) in zip(articles, extract_many(articles, nlp), docs, strict=True):
        pred = to_gold_json(ex, article)
        rows = {
            "organisations": [{"name": n, "aliases": []} for n in gold["organisations"]],
            "locations": gold["locations"],
        }
        _write(gold_dir / f"{article.id}.json", rows)
        _write(pred_dir / f"{article.id}.json", {k: pred.get(k, []) for k in rows})
    return score_dirs(gold_dir, pred_dir)


def _write(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def report(result: ScoreReport, *, show: int, seed: int) -> None:
    for kind in TYPES.values():
        p, r, f = result.scores(kind)
        matched, predicted, gold = result.counts[kind]
        print(
            f"{kind:14s} P={p:.3f} R={r:.3f} F1={f:.3f}  ({matched}/{predicted} pred, {gold} gold)"
        )
    print(f"spurious organisations the corpus tags as locations: {type_clashes(result)}")
    rng = random.Random(seed)
    for kind in TYPES.values():
        missed = [x for m in result.mismatches if m.kind == kind for x in m.missed]
        spurious = [x for m in result.mismatches if m.kind == kind for x in m.spurious]
        for label, items in (("MISSED", missed), ("SPURIOUS", spurious)):
            sample = rng.sample(items, min(show, len(items)))
            print(f"\n## {kind} {label} ({len(items)}; {len(sample)} shown)")
            for item in sample:
                print("  ", item["name"] if isinstance(item, dict) else item)


def type_clashes(result: ScoreReport) -> int:
    """Spurious organisations that match a missed location of the same document: the
    corpus tags a hospital or a centre where a patient stayed as a location, while our
    gold lists it as an organisation. A convention, not an error to chase."""
    missed = {m.doc: m.missed for m in result.mismatches if m.kind == "locations"}
    count = 0
    for m in result.mismatches:
        if m.kind == "organisations":
            names = [[o["name"]] for o in m.spurious]
            places = [[x] for x in missed.get(m.doc, [])]
            pairs, _ = greedy(names, places, name_match, [False] * len(places))
            count += len(pairs)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="JSON lines of words and tags")
    parser.add_argument("--per-doc", type=int, default=50, help="sentences per pseudo-article")
    parser.add_argument("--show", type=int, default=20, help="misses/spurious shown per type")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    docs = read_docs(args.data, args.per_doc)
    with tempfile.TemporaryDirectory() as tmp:
        result = score(docs, Path(tmp))
    report(result, show=args.show, seed=args.seed)


if __name__ == "__main__":
    main()
