"""Who takes part in an article's main event, wherever the article says so.

News about an event names it in the title and the lead, then reports its speakers and
guests sentences later without naming it again: "Phát biểu khai mạc, ông X ...", "Tại
hội nghị, bà Y trình bày tham luận", "Tham dự có đại diện Z", "Với sự tham dự của ...".
Those people (and, for attendance, bodies) take part in the main event: the first event
named in the title or the first paragraph. A sentence that names another event by its
full name reports that event instead, and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph_builder.nlp.rules.text import Span

LEAD_PARAGRAPHS = 2  # the title and the first paragraph of running text
LEAD_CHARS = 60
# Guests: the people and the bodies named after the cue
ATTENDING = re.compile(
    r"^\s*(?:Tham dự|Đến dự|Về dự|Dự)\b|(?:có|với) sự (?:tham dự|tham gia|góp mặt) (?:của|có)\b",
    re.IGNORECASE,
)
# Speakers: the people named in the sentence
SPEAKING = re.compile(
    r"^\s*(?:Phát biểu|Chủ trì|Đồng chủ trì|Điều hành|Khai mạc|Bế mạc)\b|"
    r"^\s*(?:Tại|Trong khuôn khổ|Trong) (?:buổi |phiên |cuộc )?(?:lễ|hội thảo|hội nghị|tọa đàm|"
    r"toạ đàm|diễn đàn|sự kiện|chương trình|lớp tập huấn|làm việc|họp|gặp|đại hội)\b|"
    r"\b(?:phát biểu|trình bày|tham luận|chủ trì|điều phối)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Named:
    """A name the article gives to someone or something, by its character offset."""

    start: int
    name: str


def main_event_index(first_mentions: Sequence[int], text: str) -> int | None:
    """The event named in the title or the lead: the earliest one within the first
    paragraphs, else none (an article that only mentions events in passing)."""
    lead_end = _lead_end(text)
    in_lead = [(start, i) for i, start in enumerate(first_mentions) if start < lead_end]
    return min(in_lead)[1] if in_lead else None


def _lead_end(text: str) -> int:
    """The end of the title and the first paragraph of running text: a dateline or a
    byline between them ("11/04/2021 12:45") is not the lead."""
    seen = 0
    for m in re.finditer(r"[^\n]+", text):
        if seen == 0 or len(m.group()) >= LEAD_CHARS:
            seen += 1
        if seen >= LEAD_PARAGRAPHS:
            return m.end()
    return len(text)


def reported_participants(
    sents: Sequence[Span],
    people: Sequence[Named],
    bodies: Sequence[Named],
    other_events: Sequence[tuple[int, int]],
) -> list[str]:
    """Names of the people (and bodies, for guests) reported at the main event."""
    out: list[str] = []
    for sent in sents:
        if any(sent.start <= s < sent.end for s, _ in other_events):
            continue
        guests = ATTENDING.search(sent.text)
        if guests is None and not SPEAKING.search(sent.text):
            continue
        out += [p.name for p in people if sent.start <= p.start < sent.end]
        if guests is not None:
            floor = sent.start + guests.start()
            out += [b.name for b in bodies if floor <= b.start < sent.end]
    return list(dict.fromkeys(out))
