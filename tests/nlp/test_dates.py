"""Days written relative to the publication ("hôm qua", "sáng nay") are dated from it."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.dates import find_dates

# fmt: off
RELATIVE = [
    ("Sáng nay, Bộ Y tế tổ chức hội nghị.", "2023-11-14"),
    ("Hôm qua (13/11), hội thảo đã diễn ra.", "2023-11-13"),
    ("Tối qua, lễ ra mắt được tổ chức tại Hà Nội.", "2023-11-13"),
    ("Ngày mai, đoàn sẽ làm việc với tỉnh.", "2023-11-15"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_days_relative_to_the_publication(text: str, expected: str) -> None:
    dates = find_dates(text, default_year=2023, published="2023-11-14")
    assert dates[0].iso == expected


def test_relative_days_need_the_publication_day() -> None:
    assert find_dates("Sáng nay, hội nghị khai mạc.", default_year=2023) == []
    assert find_dates("Ông Nay và bà Qua", default_year=2023, published="2023-11-14") == []
