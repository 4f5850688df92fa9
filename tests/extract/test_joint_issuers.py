"""Joint documents issued by each body their suffix names; a name ending after its period;
a cue of carrying out that governs only what it names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from graph_builder.nlp.rules.policies import find_instruments
from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def test_a_joint_circular_is_issued_by_each_named_ministry(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Năm 2019, Bộ Y tế và Bộ Nội vụ đã ban hành Thông tư liên tịch số "
        "12/2019/TTLT-BYT-BNV quy định mã số chức danh nghề nghiệp.",
    )
    issuers = {r.object for r in all_relations(ex) if r.predicate is Predicate.ISSUED_BY}
    assert {"Bộ Y tế", "Bộ Nội vụ"} <= issuers


def test_a_name_ends_after_its_period_before_another_clause() -> None:
    [m] = find_instruments(
        "Bộ ban hành Đề án phát triển nghề y giai đoạn 2021-2025 và tới năm 2026 Bộ Nội vụ "
        "hướng dẫn thêm."
    )
    assert m.text == "Đề án phát triển nghề y giai đoạn 2021-2025"


def test_a_horizon_after_the_period_stays_in_the_name() -> None:
    [m] = find_instruments(
        "Tỉnh ban hành Đề án phát triển nghề y giai đoạn 2021-2025 và định hướng đến năm 2030."
    )
    assert m.text.endswith("và định hướng đến năm 2030")


def test_a_cue_does_not_carry_out_what_a_later_clause_issues(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Sau đó Bộ đã tổ chức hội thảo triển khai đề án này, tới năm 2021 Bộ Y tế ban hành "
        "Quyết định số 25/QĐ-BYT phê duyệt quy chế và Bộ Nội vụ ban hành Thông tư số "
        "07/2022/TT-BNV quy định chức danh.",
    )
    implements = [r for r in all_relations(ex) if r.predicate is Predicate.IMPLEMENTS]
    assert not implements, implements


def test_a_decree_dated_before_its_cue_details_the_law(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Đại biểu được nghe giới thiệu Luật Thanh niên năm 2020; Nghị định số 13/2021/NĐ-CP "
        "ngày 01/3/2021 quy định chi tiết một số điều của Luật Thanh niên năm 2020.",
    )
    implements = {
        (r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.IMPLEMENTS
    }
    assert any(s.startswith("Nghị định số 13/2021") for s, _ in implements), implements


def test_a_guidance_listed_after_a_directive_is_no_cue(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Hướng dẫn số 07-HD/BTGTW của Ban "
        "Tuyên giáo Trung ương và hướng dẫn của Đảng ủy Khối, Đảng ủy Bộ tổ chức hội nghị.",
    )
    implements = [r for r in all_relations(ex) if r.predicate is Predicate.IMPLEMENTS]
    assert not implements, implements
