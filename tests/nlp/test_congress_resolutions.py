"""A congress's resolution named by whose congress it was, its ordinal after."""

from __future__ import annotations

from graph_builder.nlp.rules.congress_resolutions import find_resolutions


def test_any_capitalised_body_before_the_ordinal_names_the_congress() -> None:
    text = (
        "Hội viên thực hiện Nghị quyết Đại hội của Hội Người mù huyện lần thứ IV. Ban tổng "
        "kết Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, và Nghị quyết Đại hội Chi hội "
        "Nuôi ong lần thứ 2."
    )
    assert [m.text for m in find_resolutions(text)] == [
        "Nghị quyết Đại hội của Hội Người mù huyện lần thứ IV",
        "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
        "Nghị quyết Đại hội Chi hội Nuôi ong lần thứ 2",
    ]


def test_a_term_written_on_is_the_names_one_after_a_comma_is_not() -> None:
    text = (
        "Đánh giá Nghị quyết Đại hội Hội Thợ gốm xã lần thứ I nhiệm kỳ 2015 - 2020; và "
        "Nghị quyết Đại hội Hội Thợ rèn lần thứ II, nhiệm kỳ 2020-2025."
    )
    assert [m.text for m in find_resolutions(text)] == [
        "Nghị quyết Đại hội Hội Thợ gốm xã lần thứ I nhiệm kỳ 2015 - 2020",
        "Nghị quyết Đại hội Hội Thợ rèn lần thứ II",
    ]


def test_a_lower_case_word_after_the_congress_names_no_body() -> None:
    assert find_resolutions("Quán triệt Nghị quyết Đại hội và các văn bản lần thứ hai.") == []
