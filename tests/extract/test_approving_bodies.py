"""An instrument a body approves itself (no decision named) is approved by that body and
not issued by it too; a law a body passes is issued by it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def _rels(ex: Extraction, predicate: Predicate) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is predicate}


def test_a_body_approving_a_programme_is_its_approver_only(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Theo bà Lan, Chính phủ đã phê duyệt Chương trình phát triển thư viện số đến năm 2030, "
        "trong đó các trường sẽ tham gia.",
    )
    [programme] = [p for p in ex.policies if p.kind == "Chương trình"]
    assert (programme.name, "Chính phủ") in _rels(ex, Predicate.APPROVED_BY)
    assert programme.name not in {s for s, _ in _rels(ex, Predicate.ISSUED_BY)}


def test_a_decision_approving_it_is_the_approver_not_the_body_after_it(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Quyết định số 641/QĐ-TTg ngày 2/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án phát "
        "triển thể thao học đường giai đoạn 2021-2030.",
    )
    approvals = _rels(ex, Predicate.APPROVED_BY)
    assert all(o != "Thủ tướng Chính phủ" for _, o in approvals), approvals


def test_a_law_passed_by_the_assembly_is_issued_by_it(nlp: Language) -> None:
    ex = extract_text(nlp, "Luật Thanh niên năm 2020 được Quốc hội thông qua ngày 16/6/2020.")
    assert not _rels(ex, Predicate.APPROVED_BY)


def test_the_body_after_a_dotted_date_issued_the_resolution(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Tỉnh ủy ban hành Kế hoạch số 12 về thực hiện Nghị quyết số 45-NQ/TW (ngày 3.2.2023) "
        "của Bộ Chính trị về phát triển nguồn nhân lực.",
    )
    issued = _rels(ex, Predicate.ISSUED_BY)
    assert any(s.startswith("Nghị quyết số 45-NQ/TW") and o == "Bộ Chính trị" for s, o in issued)
