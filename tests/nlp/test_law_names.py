"""Laws cited by their subject in lower case, and the capitalised "Luật ..." that are none."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.policies import find_instruments

# fmt: off
CASES = [
    ("Chương trình góp phần thực thi Luật người khuyết tật nhằm cải thiện cuộc sống.",
     ["Luật người khuyết tật"]),
    ("Theo Khoản 4, Điều 12 Luật bảo hiểm y tế 2014, học sinh được hưởng quyền lợi.",
     ["Luật bảo hiểm y tế 2014"]),
    ("Luật bảo hiểm xã hội năm 2014 quy định chế độ hưu trí.",
     ["Luật bảo hiểm xã hội năm 2014"]),
    ("Luật trẻ em được Quốc hội thông qua vào tháng 4.", ["Luật trẻ em"]),
    ("Hướng dẫn Luật phòng, chống bạo lực gia đình và các văn bản.",
     ["Luật phòng, chống bạo lực gia đình"]),
    # a lawyer, law in general, a sentence's subject, the common noun: no law named
    ("Luật sư Nguyễn Văn An tư vấn miễn phí.", []),
    ("Luật pháp và các chính sách đối với trẻ em còn thiếu.", []),
    ("Luật quy định rõ trách nhiệm của gia đình.", []),
    ("Người dân cần hiểu luật người khuyết tật.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), CASES)
def test_a_law_named_by_its_subject_in_lower_case(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text) if m.kind == "Luật"] == names
