"""Vietnamese alphabetical order: 'Đ' right after 'D', letters with marks after their base
letter, tones only breaking ties, numbers by value."""

from __future__ import annotations

import unicodedata

import pytest

from endpoint.pages.collation import sort_key

# fmt: off
ORDERED = [
    (["Zalo", "Đà Nẵng", "Dương", "Bộ"], ["Bộ", "Dương", "Đà Nẵng", "Zalo"]),
    (["ưa", "ua", "va"], ["ua", "ưa", "va"]),
    (["ơn", "ôn", "on"], ["on", "ôn", "ơn"]),
    (["ân", "ăn", "an", "bà"], ["an", "ăn", "ân", "bà"]),
    (["bạ", "bá", "bã", "bả", "bà", "ba"], ["ba", "bà", "bả", "bã", "bá", "bạ"]),
    (["bá c", "ba d"], ["bá c", "ba d"]),          # tones are secondary: c < d decides first
    (["Ba", "ba"], ["ba", "Ba"]),                  # case breaks the last ties
    (["112/QĐ-TTg", "9/QĐ-TTg"], ["9/QĐ-TTg", "112/QĐ-TTg"]),
    (["Êm", "Em", "Ez"], ["Em", "Ez", "Êm"]),
    (["Đinh", "Dinh", "Dz"], ["Dinh", "Dz", "Đinh"]),
]
# fmt: on


@pytest.mark.parametrize(("words", "expected"), ORDERED)
def test_vietnamese_order(words: list[str], expected: list[str]) -> None:
    assert sorted(words, key=sort_key) == expected


def test_nfd_input_sorts_as_nfc() -> None:
    word = "Đề án trợ giúp"
    assert sort_key(unicodedata.normalize("NFD", word)) == sort_key(word)


@pytest.mark.parametrize("text", ["", "   ", "—!?"])
def test_empty_and_punctuation_only_sort_first(text: str) -> None:
    assert sorted(["a", text], key=sort_key) == [text, "a"]
