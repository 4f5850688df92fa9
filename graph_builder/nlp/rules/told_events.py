"""Events told by their verb (a visit, signing, gift, handover or inspection done), and
when such a telling, rather than a head word, names the article's event.

An article whose lead says "Sáng 9/1, Ban X đã đi thăm và tặng quà Trung tâm Y tại xã Z"
and later "Ban X đã tổ chức trao tặng ... hàng trăm bộ quần áo ..." reports one visit: the
later action held ("tổ chức trao tặng", event_heads.txt: action) is a part of what the lead
told first, and the lead's verb phrase names it. Split from nlp/rules/events.py.
"""

from __future__ import annotations

from collections.abc import Collection

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.inspections import inspection
from graph_builder.nlp.rules.verb_events import verb_event

Told = tuple[int, int, str]  # start, end, kind


def first_done(text: str, lex: Lexicon) -> Told | None:
    """The first visit, signing, gift or inspection done that the text tells by its verb."""
    told = [f for f in (verb_event(text), inspection(text, lex)) if f is not None]
    return min(told) if told else None


def told_before_actions(
    text: str, lex: Lexicon, found: Collection[tuple[int, str]], day_kinds: Collection[str]
) -> Told | None:
    """The event told by its verb before every action held that was found (`found`: the
    start and kind of each event found), when only actions (and days, their occasions) were
    found: the earlier telling names the act the actions are part of. None otherwise."""
    actions = lex.event_kinds("action")
    starts = [start for start, kind in found if kind not in day_kinds]
    if not starts or any(kind not in actions for _, kind in found if kind not in day_kinds):
        return None
    told = first_done(text, lex)
    return told if told is not None and told[0] < min(starts) else None


# "LĐLĐ tỉnh trao 3 suất quà cho ...": beside a campaign, a contest or a day, which the
# giving is held for or during ("chuỗi hoạt động chào mừng Tháng Công nhân"), a giving or a
# visit told in the lead or the headline is an event of its own
_OCCASIONS = ("campaign", "contest", "named")
_LEAD_MIN = 80  # a byline or a date line under the headline is no lead


def told_beside_occasions(
    text: str, lex: Lexicon, found: Collection[tuple[str, bool]]
) -> Told | None:
    """The giving, visit or meeting told in the lead (else the headline) of an article
    whose events found (`found`: the kind of each, and whether it is a bare head) are all
    campaigns, contests or days observed, or a meeting's general word alone ("chủ trì cuộc
    họp có ..."), which refers back to the meeting told; else None."""
    occasions, generic = lex.event_kinds(*_OCCASIONS), lex.event_kinds("generic")
    if not found or not all(k in occasions or (bare and k in generic) for k, bare in found):
        return None
    headline_end = text.find("\n")
    if headline_end == -1:
        return verb_event(text)  # one paragraph: its lead
    lead_end = _lead_end(text, headline_end)
    in_lead = verb_event(" " * headline_end + text[headline_end:lead_end])
    return in_lead or verb_event(text[:headline_end])


def _lead_end(text: str, pos: int) -> int:
    """Where the first paragraph after `pos` long enough to be a lead ends."""
    while pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end == -1 else end
        if end - pos > _LEAD_MIN:
            return end
        pos = end
    return len(text)
