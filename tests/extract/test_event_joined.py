"""Two events held together under one verb ("X tổ chức A và B", "tổ chức A đồng thời phát
động B") are two events, both organised by X (extract/event_organisers.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_an_event_joined_by_va_shares_the_organiser(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 3/6, Hội Nông dân tỉnh tổ chức Lễ phát động Tháng an toàn lao động và "
        "Diễn đàn “Nông dân với chuyển đổi số” năm 2024.",
    )
    by = {e.name: e.organisers for e in ex.events}
    assert by["Diễn đàn “Nông dân với chuyển đổi số” năm 2024"] == ("Hội Nông dân tỉnh",)
    assert "Hội Nông dân tỉnh" in by["Lễ phát động Tháng an toàn lao động"]


def test_a_contest_launched_at_a_conference_is_an_event_of_its_own(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/3/2024, Hội Cựu chiến binh tỉnh tổ chức Hội nghị tổng kết năm 2023 đồng "
        "thời phát động Cuộc thi “Cựu chiến binh làm kinh tế giỏi” năm 2024.",
    )
    by = {e.name: e.organisers for e in ex.events}
    assert by == {
        "Hội nghị tổng kết năm 2023": ("Hội Cựu chiến binh tỉnh",),
        "Cuộc thi “Cựu chiến binh làm kinh tế giỏi” năm 2024": ("Hội Cựu chiến binh tỉnh",),
    }
