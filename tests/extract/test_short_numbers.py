"""A legal document cited again by the first part of its number is that document."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


# fmt: off
CASES = [
    ("Bộ ban hành Thông tư 05/2019/TT-BYT hướng dẫn khám sức khỏe. Thông tư số 05 quy định "
     "rõ thời hạn.", ["Thông tư 05/2019/TT-BYT"]),
    ("Quyết định 2200 về chính sách hỗ trợ được ký hôm nay. Thủ tướng Chính phủ đã ban hành "
     "Quyết định số 2200/QĐ-TTg phê duyệt chính sách.", ["Quyết định số 2200/QĐ-TTg"]),
    # two decisions with that first number: which one is meant is not said
    ("Quyết định số 12/QĐ-UBND và Quyết định số 12/QĐ-SLĐTBXH được ban hành. Quyết định 12 "
     "có hiệu lực.", ["Quyết định số 12/QĐ-UBND", "Quyết định số 12/QĐ-SLĐTBXH", "Quyết định 12"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_short_number_names_the_one_document_it_starts(
    nlp: Language, text: str, names: list[str]
) -> None:
    assert sorted(p.name for p in extract_text(nlp, text).policies) == sorted(names)


def test_one_letter_written_with_and_without_a_space_in_its_number(plain_nlp: Language) -> None:
    x = extract_text(
        plain_nlp,
        "Sở nhận Công văn số 640/LĐTBXH- TE ngày 2/4/2023 của Bộ. "
        "Các huyện thực hiện nghiêm Công văn số 640/LĐTBXH-TE.",
    )
    assert [p.number for p in x.policies] == ["640/LĐTBXH- TE"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Tỉnh thực hiện Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị về học tập.",
            ["Chỉ thị số 05"],
        ),
        ("Thủ tướng quyết định 30 ngày nữa sẽ tổng kết việc thí điểm.", []),
    ],
)
def test_a_short_number_dated_after_it_is_a_document(
    plain_nlp: Language, text: str, names: list[str]
) -> None:
    assert [p.name for p in extract_text(plain_nlp, text).policies] == names


def test_a_decree_cited_again_without_its_year_is_one_decree(plain_nlp: Language) -> None:
    x = extract_text(
        plain_nlp,
        "Bộ hướng dẫn triển khai Nghị định số 81/NĐ-CP về học phí. "
        "Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ có hiệu lực từ tháng 10.",
    )
    assert [p.number for p in x.policies] == ["81/2021/NĐ-CP"]
