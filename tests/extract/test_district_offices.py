"""partOf: a district's "Phòng" office is a unit of the district's people's committee
(extract/district_offices.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


def parts(ex: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.PART_OF}


def test_an_office_naming_its_district_is_the_committees(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "UBND huyện Tân Hòa họp bàn. Phòng Nội vụ huyện Tân Hòa báo cáo kết quả.",
        )
    )
    assert ("Phòng Nội vụ huyện Tân Hòa", "UBND huyện Tân Hòa") in found


def test_an_office_of_a_bare_district_is_the_one_committees(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "UBND huyện Tân Hòa họp bàn. Phòng Nội vụ huyện báo cáo kết quả.",
        )
    )
    assert ("Phòng Nội vụ huyện", "UBND huyện Tân Hòa") in found


def test_no_committee_when_the_article_names_two(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "UBND huyện Tân Hòa và UBND huyện Bình An họp bàn. Phòng Nội vụ huyện báo cáo.",
        )
    )
    assert not any(s.startswith("Phòng Nội vụ") for s, _ in found)


def test_an_office_of_another_district_is_not_this_committees(plain_nlp: Language) -> None:
    found = parts(
        extract_text(
            plain_nlp,
            "UBND huyện Tân Hòa họp bàn. Phòng Nội vụ huyện Bình An báo cáo kết quả.",
        )
    )
    assert ("Phòng Nội vụ huyện Bình An", "UBND huyện Tân Hòa") not in found
