"""Where an event took place, read from the gazetteer: not from a name that is also a
person's ("ông Đặng Thanh Xuân"), which says where only in context."""

from __future__ import annotations

import pytest

from graph_builder.config import VOCAB_DIR
from graph_builder.extract.event_places import first_place
from graph_builder.nlp.lexicon import Lexicon, load_lexicon


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon(VOCAB_DIR)


# fmt: off
CASES = [
    ("Phát biểu tại buổi lễ, ông Đặng Thanh Xuân biểu dương các hội viên.", None),
    ("Buổi lễ diễn ra ở Cần Giờ với 200 đại biểu.", "Cần Giờ"),
    ("Hội nghị tổ chức tại tỉnh Long An.", "Long An"),
    ("Sở Y tế hai tỉnh Sơn La và tỉnh Lào Cai phối hợp tổ chức.", "Sơn La"),  # text order
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_first_place_skips_names_that_are_also_people(
    text: str, expected: str | None, lex: Lexicon
) -> None:
    assert first_place(text, lex) == expected
