"""A plan named again by its issuer alone is the plan that body issued."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def test_kế_hoạch_của_the_issuer_is_the_issued_plan(nlp: Language) -> None:
    ex = extract_text(
        nlp,
        "UBND tỉnh Hà Giang vừa ban hành kế hoạch triển khai về bồi dưỡng tin học cho đội ngũ cán "
        "bộ, công chức, viên chức giai đoạn 2026 - 2030.\nKế hoạch của UBND tỉnh Hà Giang cho "
        "biết, năm 2027 sẽ mở 12 lớp.",
    )
    plans = [p for p in ex.policies if p.kind == "Kế hoạch"]
    assert len(plans) == 1, [p.name for p in plans]
    assert plans[0].name.startswith("kế hoạch triển khai về bồi dưỡng tin học cho đội ngũ cán bộ,")
    assert plans[0].issuer == "UBND tỉnh Hà Giang"
