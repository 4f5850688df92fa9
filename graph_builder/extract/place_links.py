"""Places inside places: "xã Tân Hiệp, huyện Châu Thành, tỉnh Kiên Giang" says that the
commune lies in the district and the district in the province (locatedIn).

Two places written one after the other, separated by a comma or a dash, are linked when
the first is of a lower level than the second. The level of a unit comes from its head
word (data/lexicon/place_heads.txt); a gazetteer province or city is level 3, a country 4.
Units of one level joined by "và" share the
place written after the last of them ("xã A và xã B, huyện C": both communes lie in C).
"""

from __future__ import annotations

import itertools
import re

from graph_builder.extract.model import Mention, Place, Predicate, Relation
from graph_builder.nlp.lexicon import Lexicon

# ", ", " - ", and the province's head word the gazetteer's name leaves out (", tỉnh ")
_GAP = re.compile(r"\s*(?:,|-|–)\s*(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*)?", re.IGNORECASE)
_AND = re.compile(r"\s+và\s+")
LEVELS = {"country": 4, "territory": 4, "province": 3, "city": 3, "district": 2}

_Span = tuple[Mention, Place]


def place_links(text: str, places: list[Place], lex: Lexicon) -> list[Relation]:
    spans = sorted(((m, p) for p in places for m in p.mentions), key=lambda pair: pair[0].start)
    out = []
    for (a, first), (b, second) in itertools.pairwise(spans):
        if first is not second and _GAP.fullmatch(text[a.end : b.start]):
            low, high = _level(a.text, lex), _level(b.text, lex)
            if low is not None and high is not None and low < high:
                out.append(_link(text, a, first, b, second))
    return out + _shared(text, spans, lex)


def _shared(text: str, spans: list[_Span], lex: Lexicon) -> list[Relation]:
    """ "A và B, C": A lies in C as well when A and B are units of one level below C."""
    out = []
    for (a, first), (b, _), (c, third) in zip(spans, spans[1:], spans[2:], strict=False):
        if first is third or not _AND.fullmatch(text[a.end : b.start]):
            continue
        if not _GAP.fullmatch(text[b.end : c.start]):
            continue
        low, mid, high = _level(a.text, lex), _level(b.text, lex), _level(c.text, lex)
        if low is not None and low == mid and high is not None and low < high:
            out.append(_link(text, a, first, c, third))
    return out


def _link(text: str, a: Mention, first: Place, b: Mention, second: Place) -> Relation:
    evidence = Mention(a.start, b.end, text[a.start : b.end])
    return Relation(first.name, Predicate.LOCATED_IN, second.name, evidence=evidence)


def _level(name: str, lex: Lexicon) -> int | None:
    lowered = name.lower()
    heads = [h for h in lex.place_heads if lowered.startswith(h.label + " ")]
    if heads:
        return int(max(heads, key=lambda h: len(h.label)).kind)
    entry = lex.place(name)
    return LEVELS.get(entry.kind or "") if entry else None
