"""A body in one term ("Thành ủy khóa XVII") is the body; an executive committee's name
takes no "về ..." complement and no "lần này"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.agents import OrgIndex
from graph_builder.nlp.pipeline import build_nlp, found_in
from graph_builder.nlp.rules.keys import organisation_key


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(use_pyvi=False)


def groups(nlp: Language, text: str) -> list[str]:
    found = found_in(nlp(text))
    return [g.name for g in OrgIndex(found.orgs, found.lexicon).groups]


def test_the_term_is_not_part_of_the_key() -> None:
    assert organisation_key("Tỉnh ủy khóa XV") == organisation_key("Tỉnh ủy")
    assert organisation_key("Hội đồng khóa 12") == organisation_key("Hội đồng")
    # a school year or a course is no term of office
    assert organisation_key("Lớp bồi dưỡng khóa học") != organisation_key("Lớp bồi dưỡng")


def test_a_word_typed_twice_is_not_part_of_the_key() -> None:
    assert organisation_key("Bệnh viện viện Nhi Trung ương") == organisation_key(
        "Bệnh viện Nhi Trung ương"
    )
    # two different words in a row are kept, and so is one word at two places
    assert organisation_key("Viện Nghiên cứu viện trợ") != organisation_key("Viện Nghiên cứu")
    assert organisation_key("Hội Nông dân xã Nông Sơn") == "hội nông dân xã nông sơn"


def test_a_body_and_the_body_in_one_term_are_one(nlp: Language) -> None:
    text = "Tỉnh ủy Nam Định họp. Chương trình công tác của Tỉnh ủy khóa XX đã được thông qua."
    assert groups(nlp, text) == ["Tỉnh ủy Nam Định"]


def test_an_executive_committee_takes_no_subject(nlp: Language) -> None:
    text = "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch được ban hành."
    assert groups(nlp, text) == ["Ban Chấp hành Đảng bộ tỉnh"]


def test_an_executive_committee_alone_is_named_but_not_this_time(nlp: Language) -> None:
    assert groups(nlp, "Với sự chỉ đạo của Ban Chấp hành, công việc tiến triển.") == [
        "Ban Chấp hành"
    ]
    assert groups(nlp, "Các nội dung trình Ban Chấp hành lần này rất quan trọng.") == [
        "Ban Chấp hành"
    ]


def test_initials_in_brackets_after_the_words_they_stand_for_add_nothing_to_the_key() -> None:
    """ "Hội Người cao tuổi (NCT) tỉnh" keyed "hội người cao tuổi người cao tuổi", and its
    IRI slug said the words twice; it is the "Hội NCT tỉnh" of the same article."""
    assert organisation_key("Hội Người cao tuổi (NCT) tỉnh") == "hội người cao tuổi tỉnh"
    assert organisation_key("Hội NCT tỉnh") == organisation_key("Hội Người cao tuổi tỉnh")
    # initials that say something else stay: they may be a second name
    assert organisation_key("Quỹ Nhi đồng Liên hợp quốc (UNICEF)").endswith("unicef")
