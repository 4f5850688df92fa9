"""Places inside places: "xã Tân Hiệp, huyện Châu Thành, tỉnh Kiên Giang" says that the
commune lies in the district and the district in the province (locatedIn).

Two places written one after the other, separated by a comma or a dash, are linked when
the first is of a lower level than the second. The level of a unit comes from its head
word (data/lexicon/place_heads.txt); a gazetteer province or city is level 3, a country 4.
"""

from __future__ import annotations

import itertools
import re

from graph_builder.extract.model import Mention, Place, Predicate, Relation
from graph_builder.nlp.lexicon import Lexicon

# ", ", " - ", and the province's head word the gazetteer's name leaves out (", tỉnh ")
_GAP = re.compile(r"\s*(?:,|-|–)\s*(?:(?:tỉnh|thành phố|TP\.?|Tp\.?)\s*)?", re.IGNORECASE)
LEVELS = {"country": 4, "territory": 4, "province": 3, "city": 3, "district": 2}


def place_links(text: str, places: list[Place], lex: Lexicon) -> list[Relation]:
    spans = sorted(((m, p) for p in places for m in p.mentions), key=lambda pair: pair[0].start)
    out = []
    for (a, first), (b, second) in itertools.pairwise(spans):
        if first is second or not _GAP.fullmatch(text[a.end : b.start]):
            continue
        low, high = _level(a.text, lex), _level(b.text, lex)
        if low is not None and high is not None and low < high:
            evidence = Mention(a.start, b.end, text[a.start : b.end])
            out.append(Relation(first.name, Predicate.LOCATED_IN, second.name, evidence=evidence))
    return out


def _level(name: str, lex: Lexicon) -> int | None:
    lowered = name.lower()
    heads = [h for h in lex.place_heads if lowered.startswith(h.label + " ")]
    if heads:
        return int(max(heads, key=lambda h: len(h.label)).kind)
    entry = lex.place(name)
    return LEVELS.get(entry.kind or "") if entry else None
