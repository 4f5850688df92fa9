"""Would a trained tagger find events the rules miss on new text? An experiment, not a part
of the product: a spaCy NER for event names (blank `vi`, pyvi, spaCy's default CNN) trained
on the gold of the articles read so far, scored on a set it never saw, alone and added to
the rules' events.

Events are what new articles lose most (README, "Extraction quality"), and a tagger learns
from all 400 annotated articles at once where a rule sees the few its author read. The
measured answer, on held-out 11 with the rules of the day before anyone read it, is no:
see bench/RESULTS.md.

    python -m bench.event_tagger --test c --rules-pred DIR   # DIR: gold-json of the rules

Training docs: every gold file but the test set's and `--exclude`'s (the current held-out
set, which no run should see). A gold event name is marked wherever it occurs in its
article (case-insensitive; spans expanded to tokens; overlaps keep the longest).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import filter_spans

from graph_builder.build.exporting import write_extractions
from graph_builder.evaluate.matching import jaccard
from graph_builder.evaluate.scoring import score_dirs

REPO = Path(__file__).resolve().parent.parent
RAW, GOLD = REPO / "data" / "raw", REPO / "data" / "gold"
SAME_EVENT = 0.5  # syllable Jaccard at which a tagged name is one the rules already have


def _article(stem: str) -> tuple[str, list[str]]:
    gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
    text = (RAW / f"{stem}.txt").read_text(encoding="utf-8")
    return text, [e["name"] for e in gold["events"]]


def _example(nlp: Language, text: str, names: list[str]) -> Example:
    doc = nlp.make_doc(text)
    spans = []
    for name in (n.strip() for n in names if len(n.strip()) >= 4):
        for m in re.finditer(re.escape(name.lower()), text.lower()):
            span = doc.char_span(m.start(), m.end(), label="EVENT", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    entities = [(s.start_char, s.end_char, "EVENT") for s in filter_spans(spans)]
    return Example.from_dict(doc, {"entities": entities})


def train(stems: list[str], epochs: int, seed: int) -> Language:
    random.seed(seed)
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("vi")
    examples = [_example(nlp, *_article(s)) for s in stems]
    ner: Any = nlp.add_pipe("ner")
    ner.add_label("EVENT")
    optimizer = nlp.initialize(lambda: examples)
    for epoch in range(epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for i in range(0, len(examples), 8):
            nlp.update(examples[i : i + 8], sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch}: loss {losses['ner']:.0f}", flush=True)
    return nlp


def _event(name: str) -> dict[str, Any]:
    return {
        "name": name,
        "kind": None,
        "date": None,
        "location": None,
        "organisers": [],
        "participants": [],
    }


def _combined(rules: dict[str, Any], doc: Doc, mode: str) -> dict[str, Any]:
    tagged = list(dict.fromkeys(e.text for e in doc.ents))
    have = [e["name"] for e in rules["events"]]
    if mode == "tagger":
        return {**rules, "events": [_event(n) for n in tagged]}
    if mode == "when-none" and have:
        return rules
    new = [n for n in tagged if all(jaccard(n, h) < SAME_EVENT for h in have)]
    return {**rules, "events": rules["events"] + [_event(n) for n in new]}


def report(nlp: Language, stems: list[str], rules_dir: Path, work: Path) -> None:
    docs = {s: nlp(_article(s)[0]) for s in stems}
    gold_dir = work / "gold"
    gold_dir.mkdir()
    for s in stems:
        shutil.copy(GOLD / f"{s}.json", gold_dir / f"{s}.json")
    for mode in ("rules", "tagger", "union", "when-none"):
        out = work / mode
        out.mkdir()
        for s in stems:
            rules = json.loads((rules_dir / f"{s}.json").read_text(encoding="utf-8"))
            pred = rules if mode == "rules" else _combined(rules, docs[s], mode)
            (out / f"{s}.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
        scores = score_dirs(gold_dir, out)
        p, r, f = scores.scores("events")
        print(f"{mode:10s} events P={p:.3f} R={r:.3f} F1={f:.3f}  macro {scores.macro_f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", required=True, help="file prefix of the set scored (c)")
    parser.add_argument("--exclude", default="d", help="prefixes never trained on")
    parser.add_argument("--rules-pred", type=Path, help="gold-json of the rules (else now)")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    stems = sorted(g.stem for g in GOLD.glob("*.json"))
    test = [s for s in stems if s.startswith(args.test)]
    kept_out = (args.test, *args.exclude.split(","))
    nlp = train([s for s in stems if not s.startswith(kept_out)], args.epochs, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        rules_dir = args.rules_pred
        if rules_dir is None:
            rules_dir = Path(tmp, "now")
            articles = [RAW / f"{s}.txt" for s in test]
            write_extractions(articles, fmt="gold-json", out=rules_dir, base_iri="x:")
        report(nlp, test, rules_dir, Path(tmp))


if __name__ == "__main__":
    main()
