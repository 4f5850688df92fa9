"""Programmes that stand where the acting body stands (nlp/rules/standing_plans.py)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.standing_plans import acts_as_body


@pytest.mark.parametrize(
    ("text", "kind", "acts"),
    [
        ("Tọa đàm được tổ chức bởi Chương trình Phát triển Liên Hợp Quốc.", "Chương trình", True),
        (
            "Sở phối hợp với Dự án Sức khỏe Cộng đồng của Hà Lan tổ chức lớp tập huấn.",
            "Dự án",
            True,
        ),
        # carrying a programme out, or a decision coordinated with: policies
        (
            "Tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
            "Chương trình",
            False,
        ),
        ("Sở phối hợp với Quyết định số 5 của UBND tỉnh.", "Quyết định", False),
    ],
)
def test_a_programme_that_holds_an_event_with_others_is_a_body(
    text: str, kind: str, acts: bool
) -> None:
    start = text.index(kind)
    assert acts_as_body(text, start, kind) is acts
