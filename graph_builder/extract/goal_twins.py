"""One goal stated twice is one target: a headline "Phấn đấu 100% người ... được chăm sóc"
restates a goal the body states (goals.py finds each statement)."""

from __future__ import annotations

from dataclasses import replace

from graph_builder.extract.model import Mention, Target
from graph_builder.extract.policy_names import jaccard

SAME_GOAL = 0.6  # share of words two statements of one goal have in common
HEADLINE_WORDS = 0.75  # share of a headline goal's words the body's statement holds


def once(found: list[Target], *, headline_end: int) -> list[Target]:
    """A headline "Phấn đấu 100% người ... được chăm sóc" restates the goal the body
    states: the same figure and unit in mostly the same words is one target (the body's,
    which names its policy), with both mentions; a headline's goal, shorter, is one whose
    words the body's statement holds. Compared within one figure only."""
    out: list[Target] = []
    by_figure: dict[tuple[float, str], list[int]] = {}

    def twins(a: Target, b: Target) -> bool:
        if jaccard(a.text, b.text) >= SAME_GOAL:
            return True
        headline = min(a.mentions[0].start, b.mentions[0].start) < headline_end
        short, long_ = sorted((set(a.text.lower().split()), set(b.text.lower().split())), key=len)
        return headline and len(short & long_) >= HEADLINE_WORDS * len(short)

    for t in found:
        same = by_figure.setdefault((t.value, t.unit), [])
        twin = next((i for i in same if twins(out[i], t)), None)
        if twin is None:
            same.append(len(out))
            out.append(t)
            continue
        out[twin] = _merged(out[twin], t, mentions=out[twin].mentions + t.mentions)
    return out


def _merged(preferred: Target, other: Target, *, mentions: tuple[Mention, ...]) -> Target:
    """Two statements of one goal as one target: the preferred one, unless only the other
    names its policy, with the mentions of both."""
    kept = preferred if preferred.policy or not other.policy else other
    return replace(kept, mentions=mentions)


def headline_once(found: list[Target], headline_end: int) -> list[Target]:
    """ "Phấn đấu 98,5% trẻ em ... được trợ giúp" in the headline, then "... đạt 98,2% vào
    năm 2025 và 98,5% vào năm 2030" in the body: when the body states one goal of the
    headline's figure and unit, in other words, the headline restates that goal."""
    out = list(found)
    for head in [t for t in found if t.mentions[0].start < headline_end]:
        same = [t for t in out if t is not head and (t.value, t.unit) == (head.value, head.unit)]
        if len(same) == 1 and same[0].mentions[0].start > headline_end:
            body = same[0]
            out[out.index(body)] = _merged(body, head, mentions=head.mentions + body.mentions)
            out.remove(head)
    return out
