"""Document numbers as written and in their standard form."""

from __future__ import annotations

import pytest

from graph_builder.rdf.quads import document_number


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("1179/ QĐ BGDĐT", "1179/QĐ-BGDĐT"),
        ("1848/LĐTBXH- TE", "1848/LĐTBXH-TE"),
        ("32/2010/QĐ-TTg", "32/2010/QĐ-TTg"),
        ("42-NQ/TW", "42-NQ/TW"),
        ("4235/UBND - KGVX", "4235/UBND-KGVX"),
    ],
)
def test_a_number_written_loosely_is_stored_in_its_standard_form(
    written: str, standard: str
) -> None:
    assert document_number(written) == standard
