"""partOf: a standing board ("Thường trực HĐND quận", "Thường trực Hội ... tỉnh") is an organ
of the body named by the rest of its name (extract/standing_bodies.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


def parts(ex: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.PART_OF}


def test_a_councils_standing_board_is_part_of_the_council_named_with_its_place(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "HĐND QUẬN BA ĐÌNH giám sát chợ. Sáng 4/5, Thường trực HĐND quận làm việc với các phường.",
    )
    assert ("Thường trực HĐND quận", "HĐND QUẬN BA ĐÌNH") in parts(ex)


def test_an_associations_standing_board_is_an_organisation_part_of_it(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Dự hội nghị có đại diện Thường trực Hội Nông dân tỉnh và các huyện. "
        "Hội Nông dân tỉnh trao 20 suất quà.",
    )
    assert "Thường trực Hội Nông dân tỉnh" in [o.name for o in ex.organisations]
    assert ("Thường trực Hội Nông dân tỉnh", "Hội Nông dân tỉnh") in parts(ex)


def test_a_post_before_the_standing_word_keeps_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Bà Lê Thị Hoa, Phó Chủ tịch Thường trực Hội Nông dân tỉnh, phát biểu."
    )
    assert [o.name for o in ex.organisations] == ["Hội Nông dân tỉnh"]


def test_two_councils_leave_a_bare_standing_board_without_parent(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Thường trực HĐND huyện họp. HĐND huyện Ba Vì và HĐND huyện Mỹ Đức trao đổi kinh nghiệm.",
    )
    assert not {p for p in parts(ex) if p[0].startswith("Thường trực")}
