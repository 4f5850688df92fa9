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


def test_the_bodies_before_an_award_told_by_its_verb_gave_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 2/9, Báo Thanh Niên và Sở Giáo dục và Đào tạo tỉnh Phú Yên đã trao 40 suất "
        "học bổng cho học sinh nghèo vượt khó.",
    )
    [award] = ex.events
    assert set(award.organisers) == {"Báo Thanh Niên", "Sở Giáo dục và Đào tạo tỉnh Phú Yên"}


def test_the_noun_to_chuc_before_a_name_is_a_body_not_the_verb(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội thảo khoa học về trẻ em do Sở Y tế phối hợp với tổ chức UNICEF tổ chức đã thu "
        "hút 100 đại biểu.",
    )
    [event] = ex.events
    assert {"Sở Y tế", "UNICEF"} <= set(event.organisers), event.organisers


def test_a_bare_training_refers_to_the_conference_that_holds_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 3/5, Sở Y tế tổ chức Hội nghị tập huấn công tác an toàn thực phẩm năm 2024. "
        "Tại lớp tập huấn, các học viên được nghe phổ biến Luật An toàn thực phẩm.",
    )
    assert [e.name for e in ex.events] == ["Hội nghị tập huấn công tác an toàn thực phẩm năm 2024"]


def test_a_numbered_contest_named_again_without_quotes_is_one_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Thành Đoàn tổ chức trao giải hội thi “Học sinh, sinh viên sáng tạo” lần thứ 5, năm "
        "2024. Hội thi học sinh, sinh viên sáng tạo là sân chơi bổ ích cho các em.",
    )
    assert len([e for e in ex.events if e.kind == "Hội thi"]) == 1, ex.events
