"""The places an event was held in, as the sentence that names it lists them after "tại".

"tại xã Yên Thành, UBND huyện tổ chức Hội nghị ...", "tổ chức tập huấn ... tại 2 xã Tân An,
Tân Hòa": the places right after "tại" (and the ones listed with them by commas or "và")
are where the event was, communes and districts included, which the gazetteer of provinces
(extract/event_places.py) does not hold. A place inside a body's name ("tại UBND tỉnh X",
"tại Trường Đại học Y Việt Nam") is the venue's name, not a list of places, and is left to
that gazetteer reading.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from graph_builder.extract.event_places import Blanks, masked
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.text import Span

# "tại ", "tại 2 xã ", "tại các phường ": the count before a plural unit is no name
_AT = re.compile(
    r"(?<![\wÀ-ỹ])tại\s+(?:(?:\d{1,2}|hai|ba|bốn|năm|các)\s+(?=[a-zà-ỹđ]))?", re.IGNORECASE
)  # "TẠI TP X" in a title in capitals
_LISTED = re.compile(r"\s*(?:,|và|;)\s*")
NEAR = 3  # a place this close after the cue follows it (a stray space, an opening bracket)
_COMMITTEE_AT: dict[int, re.Pattern[str]] = {}


class Venues:
    """Place mentions in text order, asked per event mention by binary search."""

    def __init__(self, places: Sequence[Span], lex: Lexicon) -> None:
        """Not countries: "tại Việt Nam" says where a body works, seldom where one event
        was (the gazetteer reading skips them too)."""
        self.places = sorted(
            (p for p in places if not _country(p.text, lex)), key=lambda p: p.start
        )
        self.starts = [p.start for p in self.places]

    def listed_at(
        self, text: str, sentence: tuple[int, int, int, int], bodies: Blanks
    ) -> list[str]:
        """Places after a "tại" of the sentence: the one after the event's name first, else
        the first before it (a sentence opening "Ngày 4/7, tại xã X, ... tổ chức Hội nghị";
        a later one may be part of the organiser's name: "Đại sứ quán Y tại Hà Nội")."""
        sent_start, m_start, m_end, sent_end = sentence
        window = masked(text, sent_start, sent_end, bodies)
        cues = [sent_start + c.end() for c in _AT.finditer(window)]
        after = [c for c in cues if c >= m_end]
        before = [c for c in cues if c <= m_start]
        for cue in after[:1] + before[:1]:
            found = self._list_from(text, cue, sent_end)
            if found:
                return found
        return []

    def _list_from(self, text: str, pos: int, end: int) -> list[str]:
        out: list[str] = []
        index = bisect.bisect_left(self.starts, pos)
        while index < len(self.places) and self.places[index].start < end:
            place = self.places[index]
            gap = text[pos : place.start]
            first = not out and len(gap) <= NEAR and not gap.strip(" (")
            if not first and not (out and _LISTED.fullmatch(gap)):
                break
            out.append(place.text)
            pos, index = place.end, index + 1
        return out


def committee_venue(
    text: str, sentences: Sequence[tuple[int, int, int, int]], lex: Lexicon, names: Blanks
) -> str | None:
    """ "tại (Hội trường) UBND phường Quán Bàu": an event held at a commune's (a ward's)
    people's committee was held in that commune, which no gazetteer of provinces holds.
    The commune as written after the committee, its unit word kept ("phường Quán Bàu"):
    of the first sentence naming the event that says so."""
    return next((c for s in sentences if (c := _committee_in(text, s, lex, names))), None)


def _committee_in(
    text: str, sentence: tuple[int, int, int, int], lex: Lexicon, names: Blanks
) -> str | None:
    sent_start, m_start, m_end, sent_end = sentence
    window = masked(text, sent_start, sent_end, names)
    cues = [c for c in _committee_at(lex).finditer(window)]
    after = [c for c in cues if sent_start + c.start() >= m_end]
    before = [c for c in cues if sent_start + c.end() <= m_start]
    found = (after or before)[:1]
    return _named_part(found[0].group(1), found[0].group(2)) if found else None


def _named_part(unit: str, words: str) -> str | None:
    """The unit word and the capitalised words after it: "xã Tân Hưng" of "xã Tân Hưng
    đã diễn ra"."""
    name = list(itertools.takewhile(lambda w: w[:1].isupper() or w[:1].isdigit(), words.split()))
    return " ".join([unit, *name]) if name else None


def _committee_at(lex: Lexicon) -> re.Pattern[str]:
    """Compiled once per lexicon: the commune-level unit words of place_heads.txt."""
    cached = _COMMITTEE_AT.get(id(lex))
    if cached is None:
        units = sorted(
            (h.label for h in lex.place_heads if h.kind == "1" and not h.label.endswith(".")),
            key=len,
            reverse=True,
        )
        cached = re.compile(
            r"(?<![\wÀ-ỹ])tại\s+(?:(?:[Hh]ội trường|[Tt]rụ sở)\s+)?"
            r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+"
            rf"({'|'.join(map(re.escape, units))})[ \t]+([\w \t]+)"
        )
        _COMMITTEE_AT[id(lex)] = cached
    return cached


def _country(name: str, lex: Lexicon) -> bool:
    entry = lex.place(name)
    return entry is not None and entry.kind in ("country", "territory")
