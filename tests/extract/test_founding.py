"""Unnumbered documents named by what they do (extract/founding.py, drafts.py,
recognitions.py): "quyết định thành lập X", "dự thảo Nghị định thay thế Nghị định Y",
"quyết định ... công nhận Z"."""

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


def test_a_draft_is_named_by_the_document_it_replaces(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ Y tế đang trình Chính phủ dự thảo Nghị định thay thế Nghị định 75/2019/NĐ-CP. "
        "Bộ đã lấy ý kiến rộng rãi để hoàn thiện dự thảo Nghị định thay thế Nghị định 75. "
        "Dự thảo Thông tư quy định về giá dịch vụ cũng được công bố.",
    )
    got = {p.name: p.kind for p in ex.policies}
    assert got["dự thảo Nghị định thay thế Nghị định 75/2019/NĐ-CP"] == "Nghị định"
    assert any(p.number == "75/2019/NĐ-CP" for p in ex.policies)
    assert len(ex.policies) == 2, list(got)


def test_a_decision_named_by_what_it_recognises_is_issued_by_a_body(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 3/5, huyện tổ chức lễ công bố quyết định của Thủ tướng Chính phủ công nhận "
        "huyện Tân Phú đạt chuẩn nông thôn mới năm 2023 và công nhận xã An Hòa là xã đảo. "
        "Bộ Y tế vừa ký Quyết định phê duyệt Danh mục thuốc thiết yếu dùng tại trạm y tế xã. "
        "Sau đó, ông Trần Văn Nam công bố quyết định công nhận hoàn thành khóa học cho 30 "
        "học viên.",
    )
    assert {p.name: p.issuer for p in ex.policies} == {
        "quyết định của Thủ tướng Chính phủ công nhận huyện Tân Phú đạt chuẩn nông thôn mới "
        "năm 2023": "Thủ tướng Chính phủ",
        "Quyết định phê duyệt Danh mục thuốc thiết yếu dùng tại trạm y tế xã": "Bộ Y tế",
    }


def test_a_body_that_has_a_decision_recognising_a_post_issues_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/3/2026, Bộ Nội vụ có quyết định công nhận Hiệu trưởng Trường Đại học Hòa Bình "
        "đối với TS Lê Văn Tâm.",
    )
    assert {p.name: p.issuer for p in ex.policies} == {
        "quyết định công nhận Hiệu trưởng Trường Đại học Hòa Bình": "Bộ Nội vụ"
    }


def test_a_signed_decision_does_any_act_and_its_signers_body_issues_it(
    plain_nlp: Language,
) -> None:
    """ "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký Quyết định chi 12,5 tỷ đồng để ...": a
    decision signed is one document, issued by the body of the post before the signer."""
    ex = extract_text(
        plain_nlp,
        "Chủ tịch UBND tỉnh Phú Yên Lê Văn Hùng vừa ký Quyết định chi 12,5 tỷ đồng để hỗ trợ "
        "các hộ bị thiệt hại do lũ. Trước đó, Sở Tài chính đã ký Quyết định số 15/QĐ-STC.",
    )
    assert {p.name: p.issuer for p in ex.policies if p.number is None} == {
        "Quyết định chi 12,5 tỷ đồng": "UBND tỉnh Phú Yên"
    }
