"""A body written in full and by its abbreviation is one organisation."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Sở Lao động - Thương binh và Xã hội tỉnh Khánh Hòa", "Sở LĐ-TB-XH tỉnh Khánh Hòa"),
        ("Hội Người cao tuổi tỉnh Ninh Bình", "Hội NCT tỉnh Ninh Bình"),
        ("Ủy ban Mặt trận Tổ quốc tỉnh Lào Cai", "Ủy ban MTTQ tỉnh Lào Cai"),
    ],
)
def test_full_and_abbreviated_names_are_one_body(
    plain_nlp: Language, full: str, short: str
) -> None:
    text = f"{full} tổ chức hội nghị. Đại diện {short} phát biểu tại hội nghị."
    orgs = extract_text(plain_nlp, text).organisations
    assert len(orgs) == 1 and set(orgs[0].aliases) | {orgs[0].name} == {full, short}
