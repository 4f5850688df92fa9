"""Documents named by their subject, a second document drafted beside the first, and a
decision about an instrument, as whole articles write them."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def test_a_resolution_named_by_its_subject_twice_is_one_policy(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị thảo luận dự thảo Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển "
        "nguồn nhân lực chất lượng cao giai đoạn 2026 - 2030.\nTrình bày tờ trình về Nghị "
        "quyết về phát triển nguồn nhân lực chất lượng cao, Trưởng Ban Tổ chức Tỉnh ủy cho "
        "biết mục tiêu là xây dựng đội ngũ cán bộ.",
    )
    resolutions = [p for p in ex.policies if p.kind == "Nghị quyết"]
    assert len(resolutions) == 1, [p.name for p in ex.policies]
    assert resolutions[0].name.startswith("Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về")


def test_a_second_document_drafted_beside_a_scheme_ends_its_name(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tổ biên tập Đề án phát triển cây dược liệu và dự thảo Nghị quyết của Tỉnh ủy về "
        "phát triển cây dược liệu đã họp.",
    )
    names = sorted(p.name for p in ex.policies)
    assert "Nghị quyết của Tỉnh ủy về phát triển cây dược liệu" in names, names
    assert not any("và dự thảo" in n for n in names), names


def test_a_resolution_of_a_body_about_a_strategy_approves_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị tổng kết Nghị quyết số 27-NQ/TW ngày 12/5/2008 của Bộ Chính trị về Chiến "
        "lược phát triển nông nghiệp đến năm 2020.",
    )
    approved = {
        (r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.APPROVED_BY
    }
    assert any(s.startswith("Chiến lược phát triển nông nghiệp") for s, _ in approved), approved


def test_a_letter_about_a_scheme_approves_nothing(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sở gửi Công văn số 125/SLĐTBXH-VP ngày 3/4/2023 của Sở về Đề án hỗ trợ việc làm "
        "giai đoạn 2023-2025 tới các huyện.",
    )
    assert not any(r.predicate is Predicate.APPROVED_BY for r in all_relations(ex))


def test_a_letter_sent_to_addressees_is_issued_by_its_sender(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ Y tế vừa có văn bản gửi các Sở Y tế, bệnh viện trực thuộc, về việc tăng cường "
        "phòng chống dịch sốt xuất huyết mùa mưa.",
    )
    assert {p.name: p.issuer for p in ex.policies} == {
        "về việc tăng cường phòng chống dịch sốt xuất huyết mùa mưa": "Bộ Y tế"
    }


def test_a_letter_named_by_its_matter_is_the_one_numbered_letter(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Công điện về việc tăng cường phòng, chống sạt lở đất\nNgày 5/9, Bộ Nông nghiệp có "
        "công điện số 07/CĐ-BNN gửi UBND các tỉnh đề nghị chủ động ứng phó.",
    )
    letters = [p for p in ex.policies if p.kind.casefold() == "công điện"]
    assert len(letters) == 1, [p.name for p in ex.policies]
    assert letters[0].number == "07/CĐ-BNN"
    assert any(a.startswith("Công điện về việc tăng cường") for a in letters[0].aliases)


def test_two_numbered_letters_leave_the_matter_its_own(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Công điện về việc tăng cường phòng, chống sạt lở đất\nBộ có công điện số 07/CĐ-BNN "
        "và công điện số 08/CĐ-BNN gửi UBND các tỉnh.",
    )
    letters = [p for p in ex.policies if p.kind.casefold() == "công điện"]
    assert len(letters) == 3, [p.name for p in ex.policies]
