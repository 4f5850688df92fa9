"""A decision named by its subject with its number in brackets, and the goals a sentence
opening "Theo đó," states for it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Predicate
from tests.extract.conftest import extract_text

TEXT = (
    "Thủ tướng Chính phủ vừa ban hành Quyết định về việc giao chỉ tiêu tiêm chủng mở rộng "
    "cho các tỉnh, thành phố giai đoạn 2026-2030 (Quyết định số 845/QĐ-TTg, ngày 4/5/2026)."
    "\n\nTheo đó, đến năm 2030, tỷ lệ trẻ em được tiêm chủng đầy đủ đạt trên 95%."
)


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def test_the_bracketed_number_belongs_to_the_decision_named_before_it(nlp: Language) -> None:
    ex = extract_text(nlp, TEXT)
    [decision] = [p for p in ex.policies if p.kind == "Quyết định"]
    assert decision.number == "845/QĐ-TTg"
    assert decision.name.startswith("Quyết định về việc giao chỉ tiêu tiêm chủng")


def test_goals_stated_accordingly_are_the_decisions(nlp: Language) -> None:
    ex = extract_text(nlp, TEXT)
    [decision] = [p for p in ex.policies if p.kind == "Quyết định"]
    [goal] = ex.targets
    assert goal.policy == decision.name
    assert any(
        r.predicate is Predicate.HAS_TARGET and r.subject == decision.name for r in ex.relations
    )


def test_without_theo_do_a_decision_states_no_goal(nlp: Language) -> None:
    ex = extract_text(nlp, TEXT.replace("Theo đó, đến", "Đến"))
    assert all(t.policy is None for t in ex.targets)


def test_a_plan_to_be_drafted_owns_no_goals_of_its_sentence(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Theo Chương trình số 07-CTr/TU, trong 12 chỉ tiêu đến năm 2027, tỉnh phấn đấu "
        "trồng mới 20.000 cây xanh.\nHoàn thành xây dựng Đề án cải tạo chung cư cũ; phấn "
        "đấu cải tạo 5 khu chung cư cũ.",
    )
    owners = {t.policy for t in ex.targets if t.value == 5}
    assert owners and not any(o and o.startswith("Đề án") for o in owners), owners


def test_a_goal_with_no_cue_belongs_to_the_articles_one_plan(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Phấn đấu giảm 1/3 số hộ nghèo\n\nThủ tướng vừa ký Quyết định phê duyệt Chương trình "
        "hỗ trợ sinh kế vùng cao giai đoạn 2026-2030 với mục tiêu giảm nghèo bền vững.",
    )
    [goal] = ex.targets
    assert goal.policy is not None and goal.policy.startswith("Chương trình hỗ trợ sinh kế")


def test_with_two_plans_a_goal_with_no_cue_stays_unowned(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "Phấn đấu giảm 1/3 số hộ nghèo\n\nTỉnh triển khai Chương trình hỗ trợ sinh kế vùng cao "
        "giai đoạn 2026-2030 và Đề án phát triển du lịch cộng đồng giai đoạn 2026-2030.",
    )
    assert [t.policy for t in ex.targets] == [None]
