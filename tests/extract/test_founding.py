"""Decisions named by the body they found (extract/founding.py): "quyết định thành lập X"."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_a_founding_decision_is_named_by_its_body_and_issued_by_the_subject(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "UBND tỉnh Nghệ An vừa có quyết định thành lập Trung tâm Bảo trợ xã hội Nghệ An. "
        "Ngày 3/2/2021, Thủ tướng Chính phủ ban hành quyết định thành lập Hội Nông dân Việt "
        "Nam tỉnh.",
    )
    got = {p.name: (p.kind, p.issuer) for p in ex.policies}
    assert got["quyết định thành lập Trung tâm Bảo trợ xã hội Nghệ An"] == (
        "Quyết định",
        "UBND tỉnh Nghệ An",
    )
    assert [p.date for p in ex.policies if p.issuer == "Thủ tướng Chính phủ"] == ["2021-02-03"]


def test_a_decision_to_found_groups_not_named_is_no_policy(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sở Giáo dục và Đào tạo quyết định thành lập Trung tâm Ngoại ngữ tỉnh. Thanh tra "
        "tỉnh ra quyết định thành lập các đoàn kiểm tra tại 5 huyện.",
    )
    assert [p.name for p in ex.policies] == []
