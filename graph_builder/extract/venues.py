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


def _country(name: str, lex: Lexicon) -> bool:
    entry = lex.place(name)
    return entry is not None and entry.kind in ("country", "territory")
