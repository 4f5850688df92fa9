"""Which gazetteer place a place's name is, with or without its head word.

Why apart from the place finder (nlp/rules/places): the entity builders (extract/
place_entities, org_entities, addresses) key places by their gazetteer entry and only need
this lookup, not the rules that find place names in text.
"""

from __future__ import annotations

from graph_builder.nlp.lexicon import Entry, Lexicon
from graph_builder.nlp.rules.place_patterns import unit_pattern

DISTRICT_LEVEL = 2  # data/lexicon/place_heads.txt: quận, huyện, thị xã, thành phố


def place_entry(name: str, lex: Lexicon) -> Entry | None:
    """The gazetteer place `name` names, also when written after its head word: "huyện
    Cần Giờ" and "Cần Giờ" are one district, and so is the town that seats it. Only
    districts after a district's or a seat's head: "thành phố Hà Tĩnh" is not the
    province, "phường Phước Long" not the town."""
    entry = lex.place(name)
    unit = unit_pattern(lex).fullmatch(name) if entry is None else None
    inner = lex.place(unit.group("name")) if unit and unit.group("name") else None
    if inner is None or inner.kind != "district":
        return entry
    heads = [h for h in lex.place_heads if name.lower().startswith(h.label)]
    seat = any("seat" in h.flags for h in heads)  # "thị trấn Định Quán": the district's seat
    return inner if heads and (seat or max(int(h.kind) for h in heads) == DISTRICT_LEVEL) else entry


def is_district(name: str, lex: Lexicon) -> bool:
    """A district of the gazetteer (ontology/vocab/districts.ttl), read out of context."""
    entry = lex.place(name)
    return entry is not None and entry.kind == "district"
