"""A plan's preamble: the policy a "Thực hiện ..." line names first is what the plan carries out."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate
from tests.extract.conftest import extract_text

HEADER = "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: 47/KH-UBND\nHà Giang, ngày 10 tháng 4 năm 2023\n\n"
CARRY_OUT = (
    "Thực hiện Quyết định số 830/QĐ-TTg ngày 01/6/2022 của Thủ tướng Chính phủ phê duyệt "
    "Chương trình phòng, chống tai nạn thương tích trẻ em giai đoạn 2022-2030;\n\n"
    "Thực hiện Kế hoạch số 77-KH/TU ngày 3/3/2023 của Ban Thường vụ Tỉnh ủy về thực hiện "
    "Chỉ thị số 12-CT/TW ngày 02/01/2023 của Ban Bí thư;\n\n"
)
ISSUES = (
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch phòng, chống tai nạn thương tích trẻ em năm 2023 "
    "trên địa bàn tỉnh, cụ thể như sau:\n\nI. MỤC ĐÍCH\n"
)


def _carried_out(text: str, nlp: Language) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {(r.subject, r.object) for r in ex.relations if r.predicate is Predicate.IMPLEMENTS}


def _plan(text: str, nlp: Language) -> str:
    ex = extract_text(nlp, text)
    return next(p.name for p in ex.policies if p.number == "47/KH-UBND")


def test_the_plan_implements_what_each_preamble_line_names_first(plain_nlp: Language) -> None:
    text = HEADER + CARRY_OUT + ISSUES
    plan, links = _plan(text, plain_nlp), _carried_out(text, plain_nlp)
    assert (plan, "Quyết định số 830/QĐ-TTg") in links
    assert (plan, "Kế hoạch số 77-KH/TU") in links
    assert (plan, "Chỉ thị số 12-CT/TW") not in links  # what the party plan carries out


def test_a_line_that_is_no_preamble_links_nothing_to_the_plan(plain_nlp: Language) -> None:
    """Mid-sentence "thực hiện" and "Căn cứ" lines are not what the plan carries out."""
    text = HEADER + CARRY_OUT.replace("Thực hiện Q", "Căn cứ Q") + ISSUES
    text = text.replace("Thực hiện Kế hoạch", "Các sở đã thực hiện Kế hoạch")
    plan, links = _plan(text, plain_nlp), _carried_out(text, plain_nlp)
    assert (plan, "Quyết định số 830/QĐ-TTg") not in links
    assert (plan, "Kế hoạch số 77-KH/TU") not in links


def test_without_a_plan_of_its_own_a_news_article_links_nothing(plain_nlp: Language) -> None:
    text = (
        "Thực hiện Kế hoạch số 77-KH/TU ngày 3/3/2023 của Ban Thường vụ Tỉnh ủy, Hội Liên hiệp "
        "Phụ nữ tỉnh tổ chức Hội nghị tập huấn cho cán bộ cơ sở.\n"
    )
    assert not {s for s, o in _carried_out(text, plain_nlp) if o == "Kế hoạch số 77-KH/TU"}
