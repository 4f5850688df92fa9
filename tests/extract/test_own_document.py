"""An article that is itself a plan: its header's number and the plan it issues are one."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text

HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n"
    "Số: 125/KH-UBND\n"
    "Bến Tre, ngày 05 tháng 3 năm 2024\n"
    "Căn cứ Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ;\n"
)
ISSUES = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình trợ giúp người khuyết tật "
    "trên địa bàn tỉnh Bến Tre năm 2024, cụ thể như sau:\n"
    "I. MỤC TIÊU\n"
)
TITLE = (
    "Kế hoạch thực hiện Chương trình trợ giúp người khuyết tật trên địa bàn tỉnh Bến Tre năm 2024"
)


def test_the_header_number_and_the_plan_issued_here_are_one_policy(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, HEADER + ISSUES)
    plans = [p for p in ex.policies if p.kind == "Kế hoạch"]
    assert [(p.name, p.number) for p in plans] == [(TITLE, "125/KH-UBND")]
    assert {p.number for p in ex.policies if p.number} == {"125/KH-UBND", "1190/QĐ-TTg"}


def test_a_plan_named_in_passing_keeps_apart_from_the_header(plain_nlp: Language) -> None:
    """Without "ban hành ... như sau" the named plan may be another document."""
    text = HEADER + ISSUES.replace(", cụ thể như sau:", ".")
    plans = [(p.name, p.number) for p in extract_text(plain_nlp, text).policies]
    assert ("125/KH-UBND", "125/KH-UBND") in plans and (TITLE, None) in plans


def test_a_number_outside_the_header_is_not_the_document(plain_nlp: Language) -> None:
    text = ISSUES.replace("I. MỤC TIÊU\n", "Kế hoạch số 125/KH-UBND ngày 5/3/2024 của tỉnh.\n")
    plans = {(p.name, p.number) for p in extract_text(plain_nlp, text).policies}
    assert (TITLE, "125/KH-UBND") not in plans
