"""A national body's name that ends with the country, then the unit it is the branch of:
"Ủy ban MTTQ Việt Nam huyện Châu Đức", "Hội Liên hiệp Thanh niên Việt Nam TP. Hồ Chí
Minh", "Ủy ban Mặt trận Tổ quốc Việt Nam xã".

A name that already ends with a place is complete ("UBND tỉnh Lào Cai"), so the name
reader stops after one. But "Việt Nam" in "Mặt trận Tổ quốc Việt Nam" is part of the
national body's own name; its provincial, district and commune committees write their
territory after it. A unit's word there (then a capitalised name, punctuation or a word of
running text: not "xã hội") goes on with the name.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.stop_words import stop_pattern
from graph_builder.nlp.rules.text import NAME_SYLLABLE
from graph_builder.textnorm import ADMINISTRATIVE_UNITS

_COUNTRY_END = re.compile(r"(?<![\wÀ-ỹ])(?:Việt Nam|VN)$")
_UNIT_WORDS = "|".join(ADMINISTRATIVE_UNITS)
_TERRITORY = re.compile(rf"(?:(?i:{_UNIT_WORDS})|TP\.?)(?:[ \t]+{NAME_SYLLABLE}){{0,4}}")
_UNIT = re.compile(rf"(?:(?i:{_UNIT_WORDS})|TP\.?)(?:(?=[ \t]*[,.;:)\n])|[ \t]+)")


def unit_after_country(text: str, pos: int, end: int, cursor: int, lex: Lexicon) -> bool:
    """Does the name text[pos:end] end with the country, and a unit's word follow at
    `cursor`?"""
    if not _COUNTRY_END.search(text, pos, end):
        return False
    unit = _UNIT.match(text, cursor)
    if unit is None:
        return False
    if not unit.group().endswith((" ", "\t")) or text[unit.end() : unit.end() + 1].isupper():
        return True
    return stop_pattern(lex).match(text, unit.end()) is not None  # "Việt Nam xã phối hợp"


def branch_of_country(name: str, tail: str) -> bool:
    """Is `tail` the territory of a branch, after a `name` that ends with the country? "Hội
    Cựu chiến binh Việt Nam" (the gazetteer's) + "TP. Hải Phòng" is one name."""
    return _COUNTRY_END.search(name) is not None and _TERRITORY.fullmatch(tail) is not None
