"""The matching rules of ../shared/tools/score_extraction.py (the reference scorer).

Names are compared after normalisation (NFC, casefold, dashes unified, punctuation
trimmed), then by syllable Jaccard; policies with two different numbers never match;
gold items marked optional give neither credit nor penalty. Kept separate from the
report code so a test can run both scorers on the same files and compare numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

Item = dict[str, Any]
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def norm(s: object) -> str:
    if s is None:
        return ""
    text = unicodedata.normalize("NFC", str(s)).casefold()
    for dash in DASHES:
        text = text.replace(dash, "-")
    text = text.replace("\u00a0", " ").replace("_", " ")
    text = re.sub(r"[\"'“”‘’«»()\[\]]", " ", text)
    return re.sub(r"\s+", " ", text).strip(" .,;:")


def tokens(s: object) -> set[str]:
    return {t for t in re.split(r"[\s\-/,.;:&]+", norm(s)) if t}


def jaccard(a: object, b: object) -> float:
    ta, tb = tokens(a), tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def names(item: Item, key: str = "name") -> list[str]:
    return [n for n in [item.get(key), *(item.get("aliases") or [])] if n]


def name_match(a_names: list[Any], b_names: list[Any], thr: float = 0.6) -> float:
    if {norm(x) for x in a_names} & {norm(x) for x in b_names}:
        return 1.0
    best = 0.0
    for x in a_names:
        for y in b_names:
            nx, ny = norm(x), norm(y)
            if len(nx) >= 4 and len(ny) >= 4 and (nx in ny or ny in nx):
                best = max(best, 0.8)
            best = max(best, jaccard(x, y))
    return best if best >= thr else 0.0


def _number_key(s: object) -> str:
    key = re.sub(r"\s+", "", norm(s)).replace("đ", "d")
    return re.sub(r"^(số|so)", "", key)


def _float(x: object) -> float | None:
    try:
        return float(str(x).replace(".", "").replace(",", ".")) if isinstance(x, str) else float(x)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def m_policy(p: Item, g: Item) -> float:
    if p.get("number") and g.get("number"):
        return 1.0 if _number_key(p["number"]) == _number_key(g["number"]) else 0.0
    return name_match(names(p), names(g))


def m_event(p: Item, g: Item) -> float:
    score = name_match([p.get("name")], [g.get("name")], thr=0.5)
    if score:
        return score
    same_day = p.get("date") and p.get("date") == g.get("date")
    return 0.7 if same_day and norm(p.get("kind")) == norm(g.get("kind")) else 0.0


def m_target(p: Item, g: Item) -> float:
    pv, gv = _float(p.get("value")), _float(g.get("value"))
    if (
        pv is not None
        and gv is not None
        and abs(pv - gv) < 1e-6
        and (
            norm(p.get("unit")) == norm(g.get("unit"))
            or jaccard(p.get("text"), g.get("text")) >= 0.3
        )
    ):
        return 1.0
    return 0.7 if jaccard(p.get("text"), g.get("text")) >= 0.6 else 0.0


def relation_matcher(aliases: dict[str, list[str]]) -> Callable[[Item, Item], float]:
    """A gold relation argument also matches the aliases of the gold entity it names."""

    def m_rel(p: Item, g: Item) -> float:
        if norm(p.get("p")) != norm(g.get("p")):
            return 0.0
        a = name_match([p.get("s")], aliases.get(norm(g.get("s")), [g.get("s")]), thr=0.5)
        b = name_match([p.get("o")], aliases.get(norm(g.get("o")), [g.get("o")]), thr=0.5)
        return min(a, b) if a and b else 0.0

    return m_rel


MATCHERS: dict[str, Callable[[Any, Any], float]] = {
    "policies": m_policy,
    "organisations": lambda p, g: name_match(names(p), names(g)),
    "people": lambda p, g: name_match([p.get("name")], [g.get("name")], thr=0.75),
    "events": m_event,
    "targets": m_target,
    "locations": lambda p, g: name_match([p], [g], thr=0.6),
}


def greedy(
    pred: list[Any], gold: list[Any], fn: Callable[[Any, Any], float], optional: list[bool]
) -> tuple[list[tuple[int, int]], int]:
    """One-to-one greedy matching, best scores first, required gold preferred on ties.
    Returns matched (pred, gold) index pairs and the number matched to optional gold."""
    pairs = [
        (s, not optional[j], i, j)
        for i, p in enumerate(pred)
        for j, g in enumerate(gold)
        if (s := fn(p, g)) > 0
    ]
    pairs.sort(key=lambda t: (-t[0], not t[1], t[2], t[3]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched, sum(1 for _, j in matched if optional[j])


def optional_flags(gold: Item, kind: str) -> list[bool]:
    items = gold.get(kind) or []
    if kind != "relations":
        return [bool(isinstance(x, dict) and x.get("optional")) for x in items]
    optional_names = {
        norm(it.get("text") if k == "targets" else it.get("name"))
        for k in ("policies", "organisations", "people", "events", "targets")
        for it in gold.get(k) or []
        if it.get("optional")
    }
    return [
        bool(r.get("optional"))
        or norm(r.get("s")) in optional_names
        or (r.get("p") != "holdsRole" and norm(r.get("o")) in optional_names)
        for r in items
    ]


def gold_aliases(gold: Item) -> dict[str, list[str]]:
    return {
        norm(it["name"]): names(it)
        for k in ("policies", "organisations", "people", "events")
        for it in gold.get(k) or []
        if it.get("name")
    }
