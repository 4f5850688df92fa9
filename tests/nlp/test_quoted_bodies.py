"""A fund or a club named by a quoted title after its head word (invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs

# fmt: off
QUOTED = [
    ("Quỹ “Tấm lòng vàng” huyện Thạch Thất trao 30 suất quà.",
     ["Quỹ “Tấm lòng vàng” huyện Thạch Thất"]),
    ("Các thành viên Câu lạc bộ “Ông bà mẫu mực” sinh hoạt hằng tháng.",
     ["Câu lạc bộ “Ông bà mẫu mực”"]),
    ('Xã ra mắt CLB "Phụ nữ với pháp luật" xã Tân An.', ['CLB "Phụ nữ với pháp luật" xã Tân An']),
    ("Quỹ “Đền ơn đáp nghĩa” tỉnh đã hỗ trợ 2 tỷ đồng.", ["Quỹ “Đền ơn đáp nghĩa” tỉnh"]),
    ("Anh nói “quỹ thời gian” của mình rất ít.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_body_named_by_a_quoted_title(text: str, expected: list[str], lex: Lexicon) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected
