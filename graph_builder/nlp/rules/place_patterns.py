"""The compiled patterns the place rules match with, each built once per lexicon and kept
on it: gazetteer labels, administrative head words with their names, and the cues of place
(graph_builder/nlp/rules/places.py says how each is read)."""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Head, Lexicon, per_lexicon
from graph_builder.nlp.rules.text import NAME_SYLLABLE, alternation
from graph_builder.textnorm import LOWER, UPPER

MAX_SYLLABLES = 4
# Names of the Central Highlands hold syllables of one capital ("xã Krông Á", "xã Ia Ó")
# and an apostrophe ("huyện Ea H'Leo", "huyện Cư M'gar", "M'Đrắk")
_APOSTROPHE = rf"[{UPPER}]'[{UPPER}{LOWER}][{LOWER}]*"
_FIRST = rf"(?:{NAME_SYLLABLE}|{_APOSTROPHE})"
_NEXT = rf"(?:{NAME_SYLLABLE}|{_APOSTROPHE}|[{UPPER}](?![{LOWER}'’]))"
# A unit split in two or more keeps one name and a number ("phường Mỹ Đình 2", "thôn Thái
# Bằng 1"): one digit, not a count that follows the name ("xã Hòa Bình 3 năm liền", "xã
# A 2 lần") nor a figure a table lists after it ("Số hộ nghèo: xã A 12, xã B 5.")
_COUNTED = r"(?:năm|tháng|ngày|lần|người|hộ|ha|km|tỷ|triệu|nghìn|ngàn|xã|thôn|em|cháu)"
UNIT_NUMBER = rf"(?:[ \t]+[1-9](?![\d/.:;]|,\d|[ \t]+{_COUNTED}(?![\wÀ-ỹ])))?"


@per_lexicon
def cue_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """One compiled pattern per cue, once per lexicon, not formatted and looked up in re's
    cache per cue and per place (one per cue: which cue matched decides, see _cued)."""
    return tuple(re.compile(rf"(?<![\wÀ-ỹ]){re.escape(c)}$") for c in lex.place_cues)


@per_lexicon
def place_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Gazetteer labels, longest first, one alternation compiled per lexicon."""
    labels = alternation(e.label for e in lex.places)
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{labels})(?![\wÀ-ỹ])")


def head_alternations(heads: list[Head]) -> tuple[str, str]:
    """Two regex alternations of head words, longest first: every head, and those whose
    name may be a number (flag `numbered`); a list with none matches nothing."""
    heads = sorted(heads, key=lambda h: len(h.label), reverse=True)
    named = "|".join(re.escape(h.label) for h in heads) or "(?!)"
    numbered = "|".join(re.escape(h.label) for h in heads if "numbered" in h.flags) or "(?!)"
    return named, numbered


@per_lexicon
def unit_pattern(lex: Lexicon) -> re.Pattern[str]:
    """Head words ignore case ("Huyện", "TP."); the name's syllables must be capitalised."""
    named, numbered = head_alternations(list(lex.place_heads))
    name = rf"{_FIRST}(?:[ \t]+{_NEXT}){{0,{MAX_SYLLABLES - 1}}}{UNIT_NUMBER}"
    return re.compile(
        rf"(?<![\wÀ-ỹ.])(?:(?i:{named})(?:[ \t]+|(?<=\.))(?P<name>{name})|"
        rf"(?i:{numbered})[ \t]+\d{{1,2}})"
        r"(?![\wÀ-ỹ]|[/.,]\d)"
    )
