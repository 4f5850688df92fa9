"""Shares listed as goals ("A chiếm khoảng 30%, B chiếm khoảng 33%"), ranks set as goals
("nằm trong nhóm 200 trường ..."), and a sentence that ends with no space after its stop."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def _goals(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    return [(t.value, t.deadline) for t in extract_text(nlp, text).targets]


# fmt: off
SHARES = [
    ("Phấn đấu đến năm 2027, tỷ trọng lao động nông nghiệp chiếm khoảng 30%, công nghiệp "
     "chiếm khoảng 33%, dịch vụ chiếm khoảng 37% tổng số lao động.",
     [(30, "2027"), (33, "2027"), (37, "2027")]),
    # the share details the goal its sentence set before
    ("Đến năm 2027, lao động qua đào tạo đạt 75%; trong đó lao động có chứng chỉ chiếm "
     "khoảng 28%.", [(75, "2027"), (28, "2027")]),
    # each group the list names, however many words it takes, has a goal of its own
    ("Mục tiêu đến năm 2026, tỷ lệ thất nghiệp ở khu vực thành thị giảm dưới 3%, lao động "
     "nữ ở vùng khó khăn giảm dưới 4%, lao động nông thôn chưa qua đào tạo giảm dưới 30%.",
     [(3, "2026"), (4, "2026"), (30, "2026")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "goals"), SHARES)
def test_each_share_of_a_goal_list_is_a_goal(
    nlp: Language, text: str, goals: list[tuple[float, str]]
) -> None:
    assert _goals(nlp, text) == goals


def test_shares_of_a_year_reported_are_no_goals(nlp: Language) -> None:
    text = "Năm 2023, lao động nông nghiệp chiếm 40%, công nghiệp chiếm 30% tổng số lao động."
    assert _goals(nlp, text) == []


def test_a_stop_with_no_space_after_it_ends_the_goal(nlp: Language) -> None:
    text = (
        "Phấn đấu nâng tỷ lệ lao động kỹ thuật lên khoảng 45% vào năm 2026, tập trung vào "
        "ngành có thế mạnh.Đến năm 2030, tỷ lệ lao động nông nghiệp còn dưới 20%."
    )
    found = extract_text(nlp, text).targets
    assert [(t.value, t.deadline) for t in found] == [(45, "2026"), (20, "2030")]
    assert "2030" not in found[0].text


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "Phấn đấu đến năm 2030, trường nằm trong nhóm 200 trường đại học hàng đầu châu Á.",
            (200, "2030", "nằm trong nhóm 200 trường đại học hàng đầu châu Á"),
        ),
        (
            "Đại học đặt mục tiêu trở thành đại học vùng, nằm ở tốp 500 thế giới; mở thêm ngành.",
            (500, None, "nằm ở tốp 500 thế giới"),
        ),
    ],
)
def test_a_rank_set_as_a_goal(nlp: Language, text: str, goal: tuple[float, str, str]) -> None:
    assert [(t.value, t.deadline, t.text) for t in extract_text(nlp, text).targets] == [goal]


def test_a_rank_reached_is_no_goal(nlp: Language) -> None:
    text = "Năm 2022, trường đã lọt vào top 100 trường đại học châu Á theo bảng xếp hạng."
    assert _goals(nlp, text) == []
