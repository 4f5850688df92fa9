"""A province's name with its unit's word, for the labels of what is keyed by it."""

from __future__ import annotations

import pytest

from graph_builder.extract.place_entities import with_unit
from graph_builder.nlp.lexicon import Lexicon


@pytest.mark.parametrize(
    ("province", "named"),
    [
        ("nghệ an", "tỉnh Nghệ An"),
        ("đà nẵng", "thành phố Đà Nẵng"),
        ("thành phố hồ chí minh", "Thành phố Hồ Chí Minh"),  # the unit is in the name
    ],
)
def test_a_province_is_named_with_its_unit_once(lex: Lexicon, province: str, named: str) -> None:
    entry = lex.place(province)
    assert entry is not None
    assert with_unit(entry) == named
