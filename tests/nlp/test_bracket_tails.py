"""A body's name broken by its bracketed initials and going on with its territory."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.nlp.pipeline import build_nlp, found_in


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(use_pyvi=False)


def orgs(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(o.text, o.abbreviates) for o in found_in(nlp(text)).orgs]


def test_the_country_after_the_initials_is_part_of_the_name(nlp: Language) -> None:
    text = (
        "Sáng 2/3, Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam họp báo. "
        "Lãnh đạo Tổng LĐLĐ Việt Nam phát biểu."
    )
    full = "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam"
    assert orgs(nlp, text) == [(full, None), ("Tổng LĐLĐ Việt Nam", full)]


def test_a_name_the_rules_did_not_know_is_read_from_its_initials(nlp: Language) -> None:
    text = "Bảo hiểm Xã hội (BHXH) Việt Nam vừa ban hành kế hoạch. BHXH Việt Nam sẽ kiểm tra."
    full = "Bảo hiểm Xã hội (BHXH) Việt Nam"
    assert orgs(nlp, text) == [(full, None), ("BHXH Việt Nam", full)]


def test_a_unit_word_and_its_place_close_the_name(nlp: Language) -> None:
    text = "Hội Nông dân (HND) tỉnh Quảng Trị phát động thi đua; Hội Nông dân đã khen 20 hội viên."
    full = "Hội Nông dân (HND) tỉnh Quảng Trị"
    assert orgs(nlp, text) == [(full, None), ("Hội Nông dân", full)]


def test_initials_in_another_language_close_the_name_they_follow(nlp: Language) -> None:
    text = (
        "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hải Dương lấy mẫu 300 người; "
        "CDC tỉnh Hải Dương đề nghị người dân khai báo."
    )
    full = "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hải Dương"
    assert orgs(nlp, text) == [(full, None), ("CDC", full)]


def test_initials_that_follow_no_body_change_nothing(nlp: Language) -> None:
    text = "Người dân vùng lũ (ABC) tỉnh Quảng Trị được hỗ trợ; Hội Nông dân phát động."
    assert orgs(nlp, text) == [("Hội Nông dân", None)]


def test_no_territory_after_the_bracket_changes_nothing(nlp: Language) -> None:
    assert orgs(nlp, "Hội Nông dân (HND) phát động thi đua.")[0][0] == "Hội Nông dân"


def test_initials_after_words_in_lower_case_make_them_a_name(nlp: Language) -> None:
    text = "Trung tâm kiểm soát bệnh tật (CDC) tỉnh Nghệ An lấy mẫu cho 30 người."
    assert orgs(nlp, text) == [("Trung tâm kiểm soát bệnh tật (CDC) tỉnh Nghệ An", None)]


def test_words_in_lower_case_without_initials_name_no_body(nlp: Language) -> None:
    assert orgs(nlp, "Trung tâm mới (gồm ba tầng) khai trương hôm qua.") == []
    assert orgs(nlp, "Trung tâm thương mại (TTTM) mở cửa hôm qua.") == []
