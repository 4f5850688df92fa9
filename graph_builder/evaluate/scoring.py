"""`policykg evaluate`: per-type precision/recall/F1 and macro F1, plus readable errors.

Scores agree with ../shared/tools/score_extraction.py (tests/test_evaluate.py runs both).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_builder.evaluate.matching import (
    MATCHERS,
    gold_aliases,
    greedy,
    optional_flags,
    relation_matcher,
)

KINDS = (*MATCHERS, "relations")


@dataclass
class Mismatch:
    doc: str
    kind: str
    missed: list[Any] = field(default_factory=list)
    spurious: list[Any] = field(default_factory=list)


@dataclass
class ScoreReport:
    counts: dict[str, list[int]]  # kind -> [matched, predicted, gold]
    mismatches: list[Mismatch]
    # relations by predicate, the same [matched, predicted, gold]: the relation F1 alone
    # hides which of eleven kinds of link is missing
    predicates: dict[str, list[int]] = field(default_factory=dict)

    def scores(self, kind: str) -> tuple[float, float, float]:
        return _prf(*self.counts[kind])

    @property
    def macro_f1(self) -> float:
        f1s = [self.scores(k)[2] for k in KINDS if self.counts[k][2]]
        return sum(f1s) / len(f1s) if f1s else 0.0

    def format_table(self) -> str:
        lines = []
        for kind in KINDS:
            p, r, f = self.scores(kind)
            m, n_pred, n_gold = self.counts[kind]
            lines.append(
                f"{kind:14s} P={p:.2f} R={r:.2f} F1={f:.2f}  ({m}/{n_pred} pred, {n_gold} gold)"
            )
        lines.append(f"macro_F1={self.macro_f1:.3f}")
        return "\n".join(lines)

    def format_predicates(self) -> str:
        """Relations per predicate, most gold first."""
        lines = ["relations by predicate:"]
        for name, (m, n_pred, n_gold) in sorted(self.predicates.items(), key=lambda x: -x[1][2]):
            p, r, f = _prf(m, n_pred, n_gold)
            lines.append(
                f"  {name:20s} P={p:.2f} R={r:.2f} F1={f:.2f}  ({m}/{n_pred} pred, {n_gold} gold)"
            )
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        types = {}
        for kind in KINDS:
            p, r, f = self.scores(kind)
            m, n_pred, n_gold = self.counts[kind]
            types[kind] = {
                "P": round(p, 3),
                "R": round(r, 3),
                "F1": round(f, 3),
                "matched": m,
                "pred": n_pred,
                "gold": n_gold,
            }
        predicates = {
            name: dict(zip(("matched", "pred", "gold"), numbers, strict=True))
            for name, numbers in sorted(self.predicates.items())
        }
        return {"types": types, "macro_f1": round(self.macro_f1, 3), "predicates": predicates}

    def write_mismatches(self, path: Path) -> None:
        """Missed (in gold, not predicted) and spurious (predicted, not in gold) items."""
        out = []
        for mm in self.mismatches:
            if mm.missed or mm.spurious:
                out.append(f"## {mm.doc} · {mm.kind}")
                out += [f"- MISSED   {json.dumps(x, ensure_ascii=False)}" for x in mm.missed]
                out += [f"+ SPURIOUS {json.dumps(x, ensure_ascii=False)}" for x in mm.spurious]
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _count_predicates(
    into: dict[str, list[int]],
    pred: list[Any],
    gold: list[Any],
    matched: list[tuple[int, int]],
    optional: list[bool],
) -> None:
    """As the relation counts are made: a prediction matched to optional gold counts for
    nothing, optional gold is not counted."""
    to_optional = {i for i, j in matched if optional[j]}
    for i, item in enumerate(pred):
        if i not in to_optional:
            into.setdefault(str(item.get("p")), [0, 0, 0])[1] += 1
    for j, item in enumerate(gold):
        if not optional[j]:
            into.setdefault(str(item.get("p")), [0, 0, 0])[2] += 1
    for _, j in matched:
        if not optional[j]:
            into.setdefault(str(gold[j].get("p")), [0, 0, 0])[0] += 1


def score_dirs(gold_dir: Path, pred_dir: Path) -> ScoreReport:
    counts = {k: [0, 0, 0] for k in KINDS}
    predicates: dict[str, list[int]] = {}
    mismatches: list[Mismatch] = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        pred_file = pred_dir / gold_file.name
        pred = json.loads(pred_file.read_text(encoding="utf-8")) if pred_file.exists() else {}
        matchers = {**MATCHERS, "relations": relation_matcher(gold_aliases(gold))}
        for kind in KINDS:
            g, p = gold.get(kind) or [], pred.get(kind) or []
            optional = optional_flags(gold, kind)
            matched, to_optional = greedy(p, g, matchers[kind], optional)
            counts[kind][0] += len(matched) - to_optional
            counts[kind][1] += len(p) - to_optional
            counts[kind][2] += sum(1 for o in optional if not o)
            if kind == "relations":
                _count_predicates(predicates, p, g, matched, optional)
            hit_p = {i for i, _ in matched}
            hit_g = {j for _, j in matched}
            mismatches.append(
                Mismatch(
                    gold_file.name,
                    kind,
                    missed=[x for j, x in enumerate(g) if j not in hit_g and not optional[j]],
                    spurious=[x for i, x in enumerate(p) if i not in hit_p],
                )
            )
    return ScoreReport(counts, mismatches, predicates)
