"""An article reporting one event whose sentences give no date: the day its lead opens with
is that event's (extract/event_dates.py lead_day), not a date years before."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.event_dates import lead_day
from tests.extract.conftest import extract_text


def test_the_lead_day_dates_the_one_event_named_later(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội Nông dân huyện xây nhà cho hộ nghèo\n\n"
        "Ngày 12/6/2024, Hội Nông dân huyện Yên Sơn phối hợp với xã Kim Phú hoàn thành căn nhà "
        "cho gia đình ông Lê Văn Tư.\n\n"
        "Phát biểu tại Lễ khánh thành nhà, ông Lê Văn Tư cảm ơn Hội Nông dân huyện.",
    )
    assert [(e.kind, e.date) for e in ex.events] == [("Lễ khánh thành", "2024-06-12")]


def test_a_lead_day_years_before_the_article_dates_nothing() -> None:
    text = "Ngày 10/10/1954, Thủ đô được giải phóng. Hôm nay thành phố tổ chức Lễ kỷ niệm."
    assert lead_day(text, year=2024, published=None) is None
    assert lead_day("Sáng 3/4, Sở Y tế họp.", year=2024, published=None) == "2024-04-03"


def test_a_lead_day_is_read_as_the_other_day_rules_read_it() -> None:
    """The lead's day is the same pattern the gift and meeting rules open with
    (nlp/rules/dates.DAY_OPENING): dashes and dots between day and month, and a lead after
    the headline's full stop."""
    assert lead_day("Chiều 18-1, Sở Y tế họp.", year=2024, published=None) == "2024-01-18"
    assert lead_day("Sáng 2.7, Hội họp.", year=2024, published=None) == "2024-07-02"
    text = "Trao quà cho hộ nghèo. Sáng 14/1, Hội Chữ thập đỏ tỉnh trao quà."
    assert lead_day(text, year=2024, published=None) == "2024-01-14"
    assert lead_day("Hội Chữ thập đỏ tỉnh trao quà.", year=2024, published=None) is None
