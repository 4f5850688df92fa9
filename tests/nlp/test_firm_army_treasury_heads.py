"""Joint-stock companies by their short forms, army units by their number and the state
treasury of a place are bodies (data/lexicon/org_heads.txt)."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs


def orgs(text: str, lex: Lexicon) -> list[str]:
    return [m.text for m in find_orgs(unicodedata.normalize("NFC", text), lex)]


# fmt: off
CASES = [
    ("Ông An là Chủ tịch HĐQT CTCP Thép Bình Minh.", ["CTCP Thép Bình Minh"]),
    ("Công ty CP Nước sạch Hòa An đã tài trợ 100 triệu đồng.", ["Công ty CP Nước sạch Hòa An"]),
    ("Cán bộ Trung đoàn 812 đã giúp dân dọn bùn.", ["Trung đoàn 812"]),
    ("Sư đoàn 316 và Lữ đoàn 204 tham gia diễn tập.", ["Sư đoàn 316", "Lữ đoàn 204"]),
    ("Kho bạc Nhà nước huyện Tân Hòa chi trả trợ cấp.", ["Kho bạc Nhà nước huyện Tân Hòa"]),
    # the word alone, in running text, names no unit
    ("Tiền được chuyển vào kho bạc.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_firms_units_and_treasuries(text: str, expected: list[str], lex: Lexicon) -> None:
    assert orgs(text, lex) == expected


# fmt: off
FRONT_CASES = [
    ("Ngày 9/5, MTTQVN xã Tân Lộc tổ chức giám sát.", ["MTTQVN xã Tân Lộc"]),
    ("Ủy ban MTTQVN tỉnh phối hợp tổ chức.", ["Ủy ban MTTQVN tỉnh"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FRONT_CASES)
def test_the_front_with_its_country_in_initials(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected
