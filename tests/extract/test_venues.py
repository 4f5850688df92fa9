"""Where an event was held, as the places listed after "tại" (extract/venues.py):
communes and districts too, every one of a list, not a country, not a place in a name."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate
from tests.extract.conftest import extract_text


def located(plain_nlp: Language, text: str) -> tuple[str | None, set[str]]:
    ex = extract_text(plain_nlp, text)
    [event] = ex.events
    found = {r.object for r in ex.relations if r.predicate is Predicate.LOCATED_IN}
    return event.location, found | ({event.location} if event.location else set())


def test_the_communes_listed_after_tai_are_where_it_was(plain_nlp: Language) -> None:
    location, places = located(
        plain_nlp,
        "Ngày 12/6, Hội Nông dân huyện tổ chức Hội thảo về chăn nuôi an toàn sinh học tại xã "
        "Tân Lập và xã Tân Hòa.",
    )
    assert location == "xã Tân Lập"
    assert places == {"xã Tân Lập", "xã Tân Hòa"}


def test_a_place_opening_the_sentence_before_the_organiser(plain_nlp: Language) -> None:
    location, _ = located(
        plain_nlp,
        "Ngày 12/6, tại xã Tân Lập, Đại sứ quán Nhật Bản tại Hà Nội tổ chức Hội thảo về chăn "
        "nuôi an toàn sinh học.",
    )
    assert location == "xã Tân Lập"


def test_a_country_after_tai_is_not_where_one_event_was(plain_nlp: Language) -> None:
    location, _ = located(
        plain_nlp,
        "Ngày 12/6, Bộ Y tế tổ chức Hội thảo về các dự án đang triển khai tại Việt Nam.",
    )
    assert location != "Việt Nam"


def test_the_place_in_the_organisers_name_is_not_where_it_was(plain_nlp: Language) -> None:
    location, places = located(
        plain_nlp, "Vừa qua, Hội Người khuyết tật tỉnh Long An tổ chức Hội thảo về việc làm."
    )
    assert (location, places) == (None, set())
