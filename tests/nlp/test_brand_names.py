"""A foreign brand with the country, province or branch it serves is an organisation, and
its place is no location of the text (invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.brand_names import brand_names, is_foreign_word
from graph_builder.nlp.rules.orgs import find_orgs

# fmt: off
BRANDED = [
    ("Dự án do Oxfam Việt Nam tài trợ.", ["Oxfam Việt Nam"]),
    ("Lãnh đạo Vinabank Nghệ An trao quà.", ["Vinabank Nghệ An"]),
    ("Ông Hùng, Giám đốc Sunbank chi nhánh Bến Thành, cho biết.",
     ["Sunbank chi nhánh Bến Thành"]),
    ("Dự án của Plan Asia Việt Nam Văn phòng Yên Bái kết thúc.",
     ["Plan Asia Việt Nam Văn phòng Yên Bái"]),
    ("Khách đến TP Huế và Hà Nội sáng nay.", []),
    ("Tại Viện Pasteur Nha Trang, đoàn làm việc.", ["Viện Pasteur Nha Trang"]),
]
WORDS = [
    ("Unicef", True), ("Plan", True), ("FPT", True), ("CHAGEE", True), ("Caritas", True),
    ("UBND", False), ("TP", False), ("Minh", False), ("Thanh", False), ("UBND-UBMTTQ", False),
    ("Hà", False), ("", False),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BRANDED)
def test_brand_with_its_place_is_an_organisation(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex) if m.canonical is None] == expected


def test_brand_named_by_the_gazetteer_keeps_its_office(lex: Lexicon) -> None:
    text = "Dự án của World Vision Việt Nam kết thúc."
    assert [m.text for m in find_orgs(text, lex)] == ["World Vision Việt Nam"]


def test_vietnamese_acronyms_are_no_brands(lex: Lexicon) -> None:
    text = "Chủ tịch UBND Hà Nội và lãnh đạo TP Huế, HĐND-UBND Việt Nam dự lễ."
    assert brand_names(text, lex) == []


@pytest.mark.parametrize(("word", "foreign"), WORDS)
def test_foreign_words_read_as_no_vietnamese_syllable(word: str, foreign: bool) -> None:
    assert is_foreign_word(word) is foreign
