"""partOf from the words between two bodies (extract/agents.py): ", trực thuộc" states a
unit; a people's committee inside a comma list of bodies is one of the list."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


def parts(ex: Extraction) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.PART_OF}


def test_a_unit_stated_after_a_comma(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Câu lạc bộ Tình Nguyện Xanh, trực thuộc Hội Chữ thập đỏ tỉnh Nam Định, đã trao "
        "100 suất quà.",
    )
    assert ("Câu lạc bộ Tình Nguyện Xanh", "Hội Chữ thập đỏ tỉnh Nam Định") in parts(ex), [
        o.name for o in ex.organisations
    ]


def test_a_party_committee_listed_before_a_peoples_committee(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Huyện ủy, UBND huyện Kim Sơn, Ủy ban Mặt trận Tổ quốc Việt Nam huyện đã tổ chức "
        "lễ ra quân.",
    )
    assert not any(parent == "UBND huyện Kim Sơn" for _, parent in parts(ex)), parts(ex)


def test_a_unit_of_a_body_written_with_cua(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Phòng Nội vụ của UBND huyện Kim Sơn đã tổ chức tập huấn cho cán bộ xã."
    )
    found = parts(ex)
    assert any(c == "Phòng Nội vụ" and p.startswith("UBND huyện") for c, p in found), found


def test_a_member_university_written_before_a_national_universitys_short_name(
    plain_nlp: Language,
) -> None:
    ex = extract_text(plain_nlp, "Ông tốt nghiệp Trường ĐH Bách khoa ĐH Quốc gia TP.HCM năm 1998.")
    assert ("Trường ĐH Bách khoa", "ĐH Quốc gia TP.HCM") in parts(ex), [
        o.name for o in ex.organisations
    ]
