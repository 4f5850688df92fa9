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
