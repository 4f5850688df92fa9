"""Visits that bring gifts and wishes, in any order ("đi thăm, tặng quà, chúc thọ ..."), sent
as a delegation ("UBND huyện tổ chức đoàn đến thăm ..."), beside a day named in the headline."""

from __future__ import annotations

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.verb_events import GIFT_VISIT_KIND, verb_event


def _told(text: str) -> str | None:
    found = verb_event(text)
    return text[found[0] : found[1]] if found and found[2] == GIFT_VISIT_KIND else None


def test_wishes_may_come_before_or_after_the_gifts(lex: Lexicon) -> None:
    assert _told("Lãnh đạo huyện đã đi thăm, tặng quà, chúc thọ người cao tuổi ở xã A.") == (
        "đi thăm, tặng quà, chúc thọ người cao tuổi"
    )
    assert _told("Hội đã đến thăm, chúc thọ, tặng quà các cụ cao tuổi.") == (
        "đến thăm, chúc thọ, tặng quà các cụ cao tuổi"
    )


def test_a_delegation_formed_to_visit_is_told_by_its_verbs(lex: Lexicon) -> None:
    assert _told("Huyện ủy thành lập đoàn đến thăm, tặng quà thương binh.") == (
        "đến thăm, tặng quà thương binh"
    )


def test_a_visit_planned_is_none(lex: Lexicon) -> None:
    assert _told("Hội sẽ tổ chức thăm, tặng quà các cụ cao tuổi.") is None
