"""Approvals and implementations between the policies of one article, as decisions and
their PDF copies write them (extract/policy_links.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def links(nlp: Language, text: str, predicate: Predicate) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is predicate}


def test_an_approval_written_over_wrapped_lines(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ phê "
        "duyệt Chương trình chuyển đổi số\ntrong xây dựng nông thôn mới giai đoạn 2021-2025;",
        Predicate.APPROVED_BY,
    )
    assert any(
        s.startswith("Chương trình chuyển đổi số") and o.endswith("924/QĐ-TTg") for s, o in found
    ), found


def test_article_one_of_a_decision_approves_by_the_decision_itself(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "QUYẾT ĐỊNH BAN HÀNH ĐỀ ÁN PHÁT TRIỂN NGHỀ MUỐI\nSố: 120/QĐ-UBND\n"
        "Căn cứ Nghị định số 61/2011/NĐ-CP của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án phát triển nghề muối tỉnh Ninh Thuận giai đoạn 2021-2025.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        Predicate.APPROVED_BY,
    )
    assert any(s.startswith("Đề án phát triển nghề muối") for s, _ in found), found
    assert {o for _, o in found} <= {"120/QĐ-UBND", "Quyết định 120/QĐ-UBND"}


def test_the_documents_a_preamble_cites_implement_none_of_each_other(
    plain_nlp: Language,
) -> None:
    found = links(
        plain_nlp,
        "Căn cứ Nghị định số 61/2011/NĐ-CP ngày\n26/7/2011 của Chính phủ sửa đổi một số điều "
        "của Nghị định số 135/2004/NĐ-CP ngày 10/6/2004 của Chính phủ;",
        Predicate.IMPLEMENTS,
    )
    assert not found
