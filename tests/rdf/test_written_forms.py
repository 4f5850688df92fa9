"""Document numbers and capitalised names: as written, and in the form the graph stores."""

from __future__ import annotations

import pytest

from graph_builder.rdf.labels import readable_capitals
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


@pytest.mark.parametrize(
    ("written", "readable"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", "Ủy ban nhân dân tỉnh Bình Định"),
        ("UBND THỊ XÃ SƠN TÂY", "UBND thị xã Sơn Tây"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở lao động - thương binh và xã hội"),
        ("HĐND HUYỆN BA TRI", "HĐND huyện Ba Tri"),
        ("Bộ Y tế", "Bộ Y tế"),
        ("TP.HCM", "TP.HCM"),
    ],
)
def test_a_name_in_capitals_gets_a_label_in_the_case_of_running_text(
    written: str, readable: str
) -> None:
    assert readable_capitals(written) == readable
