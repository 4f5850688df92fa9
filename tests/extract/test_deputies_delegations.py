"""A province's delegation of deputies to the National Assembly ("Đoàn đại biểu Quốc hội
tỉnh X", "Đoàn ĐBQH tỉnh") is a body of its own, head word of data/lexicon/org_heads.txt:
its head and members are memberOf it, and it is no unit of the Assembly."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def test_the_delegation_is_a_body_its_deputy_head_is_member_of(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ông Trần Văn Minh, Phó trưởng Đoàn đại biểu Quốc hội tỉnh Nam Định dự lễ. "
        "Đoàn đại biểu Quốc hội tỉnh Nam Định trao 100 suất quà.",
    )
    assert [o.name for o in ex.organisations] == ["Đoàn đại biểu Quốc hội tỉnh Nam Định"]
    relations = {(r.subject, r.predicate, r.object) for r in all_relations(ex)}
    assert ("Trần Văn Minh", Predicate.MEMBER_OF, "Đoàn đại biểu Quốc hội tỉnh Nam Định") in (
        relations
    )


def test_the_delegation_written_short_and_alone_is_no_unit_of_the_assembly(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp, "Hôm qua Đoàn ĐBQH tỉnh tiếp xúc cử tri. Quốc hội sẽ họp vào tháng 10."
    )
    assert "Đoàn ĐBQH tỉnh" in [o.name for o in ex.organisations]
    assert not [r for r in all_relations(ex) if r.predicate is Predicate.PART_OF]
