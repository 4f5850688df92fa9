"""Social-insurance agencies and post offices of a province or district are bodies; the
insurance itself, in running text, is none."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs


def orgs(text: str, lex: Lexicon) -> list[str]:
    return [m.text for m in find_orgs(unicodedata.normalize("NFC", text), lex)]


# fmt: off
CASES = [
    ("Ngày 15/3, BHXH tỉnh phối hợp với Bưu điện tỉnh tổ chức ra quân.",
     ["BHXH tỉnh", "Bưu điện tỉnh"]),
    ("Bảo hiểm xã hội tỉnh Bắc Ninh tổ chức chương trình trao thẻ.",
     ["Bảo hiểm xã hội tỉnh Bắc Ninh"]),
    ("BHXH huyện Yên Lập đã cấp 200 thẻ cho người dân.", ["BHXH huyện Yên Lập"]),
    ("Bưu điện huyện Cẩm Khê và BHXH thị xã Phú Thọ ký kết.",
     ["Bưu điện huyện Cẩm Khê", "BHXH thị xã Phú Thọ"]),
    # the insurance, not its agency
    ("Người lao động tham gia Bảo hiểm xã hội tự nguyện được hưởng lương hưu.", []),
    ("Vận động người dân tham gia BHXH tự nguyện và BHYT hộ gia đình.", []),
    ("BHXH, BHYT là chính sách lớn.", []),
    ("Người dân đóng Bảo hiểm xã hội bắt buộc và BHYT.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_insurance_agencies_of_a_unit(text: str, expected: list[str], lex: Lexicon) -> None:
    assert orgs(text, lex) == expected
