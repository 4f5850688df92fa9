"""Where an event took place: a place the text gives as where it was ("tại X", a dateline
"X – Sáng 4/7"), near the event. Not the place in
its organiser's name: "UBND tỉnh X tổ chức ..." says who, not where (the gold of every
set leaves such events without a place).

A place written inside another name is no evidence of where an event was: "Tuyên bố Hà
Nội" in the sentence, a participant's "UBND tỉnh Nghệ An", or the name of the larger event
it belongs to. Such names are blanked before looking for a place. After "tại", a body's
name still counts: it is the venue ("tại trụ sở UBND tỉnh Lào Cai").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Protocol

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.text import whole_word

Spans = Sequence[tuple[int, int]]
_AT = re.compile(r"tại\s+([^,.;]{2,40})")
_LIST_OPENS = re.compile(r"[:;]")  # what follows is a list (of topics, of items), not where
_AT_CLAUSES = re.compile(r"(?<![\wÀ-ỹ])(?:[Tt]ại|diễn ra ở)\s+([^,.;]{2,40}(?:,[^,.;]{2,30})?)")
_DATELINE = re.compile(r"\s*([^\W\d][^\n–:.;]{1,30}?)\s*(?:[–-]|:)(?:\s|$)")


class Blanks:
    """Names to blank, found by position: sorted by start, with the longest name's length,
    so the names overlapping a window are those starting less than that length before it.
    Built once per article; blanking by a scan of every name per window was quadratic."""

    def __init__(self, names: Spans) -> None:
        self.names = sorted(names)
        self.starts = [a for a, _ in self.names]
        self.longest = max((b - a for a, b in self.names), default=0)

    def overlapping(self, start: int, end: int) -> Spans:
        first = bisect.bisect_right(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        return self.names[first:last]


def masked(text: str, start: int, end: int, names: Blanks) -> str:
    """text[start:end] with every name in `names` blanked (same length, so offsets hold)."""
    chars = list(text[start:end])
    for a, b in names.overlapping(start, end):
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def event_place(
    text: str,
    lex: Lexicon,
    *,
    sentences: Sequence[tuple[int, int, int, int]],
    names: Blanks,
    everything: Blanks,
) -> str | None:
    """`sentences`: (sentence start, mention start, mention end, sentence end) per mention;
    `names`: every name but bodies' (policies, events); `everything`: those and the
    organisations' names."""
    for sent_start, m_start, m_end, sent_end in sentences:
        listed = _LIST_OPENS.search(text, m_end, sent_end)  # "đã nghe các báo cáo về: ..."
        end = listed.start() if listed else sent_end
        at = _AT.search(masked(text, m_start, end, names))
        before = max(sent_start - 60, text.rfind("\n", 0, sent_start) + 1)  # same paragraph
        around = masked(text, before, m_start, everything) + masked(
            text, m_end, sent_end, everything
        )
        said, dateline = _said_where(around)
        for candidate in ([at.group(1)] if at else []) + said:
            place = first_place(candidate, lex)
            if place:
                return place
        if dateline and (place := first_place(dateline, lex, districts=False)):
            return place
    return None


def _said_where(around: str) -> tuple[list[str], str | None]:
    """The parts of the text around an event that say where it was: what follows a "tại"
    (up to the next clause: "tại khách sạn X, TP Lạng Sơn"), and a dateline ("Hà Nội –
    Sáng 14/11, ..."). Elsewhere a place is a participant's ("Phó Chủ tịch tỉnh X", "đại
    biểu trong và ngoài tỉnh X"), a province named as the organiser ("Tỉnh X tổ chức"), or
    what the event is about: the gold of every set leaves such events without a place.
    A district's portal heads each item with the district ("Phú Tân: Lễ ..."), the column
    of its news rather than where the event was: a dateline counts for larger places."""
    parts = [m.group(1) for m in _AT_CLAUSES.finditer(around)]
    dateline = _DATELINE.match(around)
    return parts, dateline.group(1) if dateline else None


def first_place(text: str, lex: Lexicon, *, districts: bool = True) -> str | None:
    """The first gazetteer place (in text order) named in `text` as a whole word: "hai tỉnh
    Sơn La và Lào Cai" was read as Lào Cai when the gazetteer's order decided.
    The substring test first: a regex per gazetteer entry was most of event time. Not a
    name that is also a person's or a word ("Thanh Xuân", "Anh"): out of context, which
    the place rules read, it names no place."""
    first: tuple[int, str] | None = None
    for entry in lex.places:
        if entry.kind == "country" or entry.label not in text:
            continue
        if not districts and entry.kind == "district":
            continue
        if entry.label in lex.ambiguous_places:
            continue
        found = whole_word(entry.label).search(text)
        if found and (
            first is None or (found.start(), -len(entry.label)) < (first[0], -len(first[1]))
        ):
            first = (found.start(), entry.label)  # the earliest, the longest of those
    return first[1] if first else None


_AREA = re.compile(r"(?<![\wÀ-ỹ])trên địa bàn\s+")


class _Told(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def visited_area(told: Sequence[_Told], places: Sequence[_Told]) -> str | None:
    """ "trao tặng quà cho các gia đình chính sách trên địa bàn xã X", "thăm và tặng quà
    gia đình chính sách huyện Y": the words of a gift given (the event's mentions `told`)
    say where it went (a "tại" in the sentence may tell where the delegation came from)."""
    for m in told:
        area = _AREA.search(m.text)
        start = m.start + area.end() if area else m.start
        place = next((p for p in places if start <= p.start < m.end), None)
        if place is not None:
            return place.text
    return None
