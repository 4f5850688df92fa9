"""A body's name that joins two groups with "và" runs to its territory; "và" before other
words still ends it (invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs

# fmt: off
JOINED = [
    ("Hội Hỗ trợ nạn nhân chất độc da cam và người nghèo tỉnh Bến Tre trao quà.",
     ["Hội Hỗ trợ nạn nhân chất độc da cam và người nghèo tỉnh Bến Tre"]),
    ("Sáng nay, Quỹ Chăm lo người già và trẻ em Việt Nam ra mắt.",
     ["Quỹ Chăm lo người già và trẻ em Việt Nam"]),
    ("Sau đó Hội Khuyến học người cao tuổi và thanh niên huyện tổ chức tọa đàm.",
     ["Hội Khuyến học người cao tuổi và thanh niên huyện"]),
    # "và" then running text, or a unit word before it: two things, not one name
    ("Hội Khuyến học người cao tuổi và được tỉnh Nghệ An khen.", ["Hội Khuyến học người cao tuổi"]),
    ("Hội Nông dân tỉnh và người dân huyện Yên Thành dự.", ["Hội Nông dân tỉnh"]),
    ("Quỹ Chăm lo người già và trẻ em nghèo cần thêm nguồn lực.", ["Quỹ Chăm lo người già"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_and_joins_two_groups_a_body_serves(text: str, expected: list[str], lex: Lexicon) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected
