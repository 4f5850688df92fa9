"""People's posts and the bodies they hold them at (extract/persons.py, nlp/rules/people.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


def test_the_chair_of_a_province_is_a_member_of_its_peoples_committee(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "UBND tỉnh Quảng Nam vừa họp về tuyển sinh.\n"
        "Ông Trần Văn Tâm - Phó Chủ tịch tỉnh Quảng Nam - yêu cầu các trường sớm sáp nhập.",
    )
    [person] = ex.people
    assert person.roles == ("Phó Chủ tịch tỉnh Quảng Nam",)  # the post ends at "- yêu cầu"
    assert person.organisation == "UBND tỉnh Quảng Nam"


def test_a_chair_of_a_place_with_two_committees_named_goes_to_the_places(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "UBND tỉnh Hà Tĩnh và UBND tỉnh Nghệ An ký kết hợp tác.\n"
        "Phó Chủ tịch tỉnh Nghệ An Lê Hồng Vinh giao các sở xây dựng kế hoạch.",
    )
    [person] = ex.people
    assert person.roles == ("Phó Chủ tịch tỉnh Nghệ An",)  # the post ends before "giao"
    assert person.organisation == "UBND tỉnh Nghệ An"


def test_a_dash_inside_a_bodys_name_does_not_end_the_post(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ông Lê Văn Thanh, Thứ trưởng Bộ Lao động - Thương binh và Xã hội cho biết năm nay "
        "tăng thêm 10 trung tâm.",
    )
    [person] = ex.people
    assert person.roles == ("Thứ trưởng Bộ Lao động - Thương binh và Xã hội",)


def test_a_post_ending_with_a_bare_head_word_names_the_articles_one_body(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Trường Cao đẳng Công nghiệp Huế tổ chức hội nghị về đào tạo nghề.\n"
        "Ông Trần Hữu Giang, Phó Hiệu trưởng nhà trường phát biểu về mô hình 9+.",
    )
    [person] = ex.people
    assert person.organisation == "Trường Cao đẳng Công nghiệp Huế"


def test_a_post_at_a_unit_of_the_bare_head_is_no_post_at_the_body(
    plain_nlp: Language,
) -> None:
    """ "Chủ tịch Công đoàn Trường" chairs the school's union, not the school; "Phó Hiệu
    trưởng Nhà trường" (capital "Nhà") is at the school."""
    ex = extract_text(
        plain_nlp,
        "Trường Đại học Thủy lợi tổ chức hội thảo về việc làm.\n"
        "Dự có TS. Lê Thị Hoa – Chủ tịch Công đoàn Trường; TS. Phan Văn Nam – Phó Hiệu "
        "trưởng Nhà trường.",
    )
    found = {p.name: p for p in ex.people}
    assert "Trường Đại học Thủy lợi" not in found["Lê Thị Hoa"].memberships
    assert "Trường Đại học Thủy lợi" in found["Phan Văn Nam"].memberships


# fmt: off
PARTY_AND_COMMITTEE_POSTS = [
    ("Tỉnh ủy Hải Dương ban hành Chương trình hành động.\nÔng Trần Văn Bình, Phó Bí thư "
     "Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo.", "Tỉnh ủy Hải Dương"),
    ("UBND xã Hòa Phú tổ chức lễ trao quà cho người cao tuổi.\nBà Lê Thị Thu, Phó Chủ tịch "
     "UBND phát biểu tại buổi lễ.", "UBND xã Hòa Phú"),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), PARTY_AND_COMMITTEE_POSTS)
def test_a_party_or_committee_post_names_the_articles_one_such_body(
    plain_nlp: Language, text: str, body: str
) -> None:
    ex = extract_text(plain_nlp, text)
    [person] = ex.people
    assert body in (person.organisation, *person.memberships), person


def test_a_bare_head_word_with_two_bodies_of_that_head_names_neither(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Sở Y tế và Sở Tài chính họp bàn kinh phí.\nÔng Lê Văn Nam, Giám đốc Sở phát biểu.",
    )
    [person] = ex.people
    assert person.organisation is None


def test_a_deputy_prime_minister_is_a_member_of_the_government(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Phó Thủ tướng Chính phủ Trần Hồng Hà chủ trì cuộc họp về nhà ở xã hội."
    )
    [person] = ex.people
    assert person.organisation == "Chính phủ"
    assert "Thủ tướng Chính phủ" not in person.memberships


def test_the_state_presidents_post_is_no_body_its_holders_are_members_of(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Phó Chủ tịch nước Nguyễn Thị Lan thăm Trung tâm Bảo trợ xã hội tỉnh Gia Lai.\n"
        "Buổi lễ có Tổng Bí thư Lê Văn Hải, Chủ tịch nước Trần Minh Đức cùng dự.",
    )
    by_name = {p.name: p for p in ex.people}
    assert by_name["Nguyễn Thị Lan"].roles == ("Phó Chủ tịch nước",)
    for person in by_name.values():  # the deputy, the holder, and the one listed before
        assert person.organisation is None
        assert "Chủ tịch nước" not in person.memberships


def test_a_body_after_a_post_still_makes_its_holder_a_member(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, "Phó Chủ tịch Quốc hội Trần Thanh Bình phát biểu tại hội nghị.")
    [person] = ex.people
    assert person.organisation == "Quốc hội"


def test_a_caption_capitalising_the_verb_after_a_name_names_the_same_person(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Bà Trần Thị Mai, Chủ tịch Hội Phụ nữ huyện, làm báo cáo viên.\n"
        "Bà Trần Thị Mai Tuyên truyền về phòng chống bạo lực gia đình",
    )
    assert [p.name for p in ex.people] == ["Trần Thị Mai"]


def test_a_party_committee_written_alone_is_the_body_of_its_secretary(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Dự lễ có bà Lò Thị Mai - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "ông Hà Văn Quân - Phó Bí thư Huyện ủy.",
    )
    names = {o.name for o in ex.organisations}
    assert {"Tỉnh ủy", "Huyện ủy"} <= names
    bodies = {p.name: set(p.memberships) for p in ex.people}
    assert "Tỉnh ủy" in bodies["Lò Thị Mai"] and "Huyện ủy" in bodies["Hà Văn Quân"]


def test_a_party_committee_member_post_is_no_committee(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, "Ông Hà Văn Quân, Tỉnh ủy viên, phát biểu tại hội nghị.")
    assert "Tỉnh ủy" not in {o.name for o in ex.organisations}


def test_a_front_committee_named_by_its_unit_word_is_a_body(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Bà Lò Thị Mai, Ủy viên BTV Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh phát biểu."
    )
    [person] = ex.people
    assert "Ủy ban MTTQ tỉnh" in person.memberships


def test_a_front_committee_before_a_lower_case_word_is_no_longer_name(
    plain_nlp: Language,
) -> None:
    ex = extract_text(plain_nlp, "Ủy ban MTTQ vận động nhân dân ủng hộ người nghèo.")
    assert [o.name for o in ex.organisations] == ["Ủy ban MTTQ"]


def test_a_bare_head_word_names_the_body_written_just_before_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Dự hội nghị có bà Lê Thị Hoa, Giám đốc Sở Nội vụ; ông Trần Văn Bình, Phó Giám đốc Sở "
        "cùng 80 đại biểu các xã.\nBáo cáo viên của Sở Tư pháp trình bày chuyên đề.",
    )
    person = next(p for p in ex.people if p.name == "Trần Văn Bình")
    assert person.roles == ("Phó Giám đốc Sở",)  # the post ends at "cùng"
    assert person.organisation == "Sở Nội vụ"


def test_a_bare_head_word_far_from_any_of_two_bodies_names_none(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sở Tư pháp và Sở Nội vụ phối hợp tổ chức hội nghị tập huấn cho cán bộ cấp xã về "
        "công tác hòa giải ở cơ sở, với sự tham gia của hơn 200 học viên đến từ các huyện, "
        "thị xã và thành phố trên địa bàn tỉnh trong ba ngày liền.\n"
        "Ông Trần Văn Bình, Phó Giám đốc Sở phát biểu khai mạc.",
    )
    person = next(p for p in ex.people if p.name == "Trần Văn Bình")
    assert person.organisation is None


def test_a_body_written_after_a_name_with_cua_is_the_persons(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tổ trưởng Tổ tiết kiệm Lê Thị Mai của Hội LHPN xã Tân Lập cho biết năm nay có "
        "thêm 20 hộ vay vốn. Bà Nguyễn Thị Thu chia sẻ niềm vui của gia đình.",
    )
    by_name = {p.name: p for p in ex.people}
    assert "Hội LHPN xã Tân Lập" in by_name["Lê Thị Mai"].memberships
    assert by_name["Nguyễn Thị Thu"].organisation is None


def test_a_monks_dharma_name_is_a_persons_name(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Hòa thượng Thích Minh Tâm, Trưởng Ban Trị sự tỉnh, trao 100 suất quà."
    )
    assert [p.name for p in ex.people] == ["Thích Minh Tâm"]


def test_a_delegation_named_after_a_post_is_a_body_not_a_person(plain_nlp: Language) -> None:
    """ "Đoàn" is a family name too: after a post, "Đoàn Kiểm tra" (an inspection team) read
    as the name "Đoàn Kiểm" of whoever leads it."""
    ex = extract_text(
        plain_nlp,
        "Bà Trương Thị Lan, Phó Chủ tịch tỉnh làm trưởng đoàn Đoàn Kiểm tra của Ban Chỉ đạo "
        "tỉnh đã làm việc với Hội Nông dân huyện.",
    )
    assert [p.name for p in ex.people] == ["Trương Thị Lan"]
    assert any(o.name.startswith("Đoàn Kiểm tra") for o in ex.organisations)


def test_two_syllables_after_tinh_that_name_no_province_are_a_person(
    plain_nlp: Language,
) -> None:
    """A two-syllable name after "huyện" may be a district's that no gazetteer knows; after
    "tỉnh" it is a person's unless a province has it."""
    ex = extract_text(
        plain_nlp,
        "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Trần Phát nhấn mạnh vai trò báo chí. "
        "Chủ tịch UBND tỉnh Hà Giang cũng dự.",
    )
    [person] = ex.people  # the article's one province's committee
    assert (person.name, person.organisation) == ("Trần Phát", "UBND tỉnh Hà Giang")
