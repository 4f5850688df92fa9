"""Posts written around a name (nlp/rules/posts.py): a chain of posts before it, each
ending at a comma, and where a post written after someone else's name belongs."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs
from graph_builder.nlp.rules.people import find_people, organisations_of


def roles(text: str, lex: Lexicon) -> dict[str, list[str]]:
    text = unicodedata.normalize("NFC", text)
    return {p.name: p.roles for p in find_people(text, lex, find_orgs(text, lex))}


def test_a_chain_of_posts_before_a_name(lex: Lexicon) -> None:
    found = roles(
        "Tham dự Hội nghị có Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ Lê Minh Khải.", lex
    )
    assert found["Lê Minh Khải"] == ["Phó Thủ tướng Chính phủ", "Ủy viên Bộ Chính trị"]


def test_a_post_after_the_previous_name_is_that_persons(lex: Lexicon) -> None:
    found = roles(
        "Dự có ông Lê Văn An, Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Tài chính Trần Văn Bình.", lex
    )
    assert found["Trần Văn Bình"] == ["Thứ trưởng Bộ Tài chính"]
    assert "Bộ trưởng Bộ Y tế" in found["Lê Văn An"]


def test_a_clause_that_is_no_post_ends_the_chain(lex: Lexicon) -> None:
    found = roles("Sáng nay, Thứ trưởng Bộ Tài chính Trần Văn Bình chủ trì cuộc họp.", lex)
    assert found["Trần Văn Bình"] == ["Thứ trưởng Bộ Tài chính"]


def test_a_former_post_and_an_abbreviated_one(lex: Lexicon) -> None:
    found = roles(
        "Dự có bà Nguyễn Thị Hằng, Nguyên Bộ trưởng Bộ Y tế; ông Trần Xuân Dưỡng, TUV, Phó Chủ "
        "tịch UBND tỉnh; nguyên Chủ tịch nước Lê Đức Anh.",
        lex,
    )
    assert found["Nguyễn Thị Hằng"] == ["Nguyên Bộ trưởng Bộ Y tế"]
    assert found["Trần Xuân Dưỡng"] == ["TUV", "Phó Chủ tịch UBND tỉnh"]
    assert found["Lê Đức Anh"] == ["nguyên Chủ tịch nước"]


def test_a_former_head_of_state_is_no_member_of_the_post(lex: Lexicon) -> None:
    text = "Nguyên Chủ tịch nước Lê Đức Anh gửi lẵng hoa."
    orgs = find_orgs(text, lex)
    [person] = find_people(text, lex, orgs)
    assert organisations_of(person, orgs) == []


def test_posts_joined_by_a_dash_are_two(lex: Lexicon) -> None:
    found = roles(
        "Dự hội nghị có ông Lê Quang Đạo, Bí thư Đảng ủy-Giám đốc Sở; ông Trần Văn Hòa - Phó "
        "Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh.",
        lex,
    )
    assert found["Lê Quang Đạo"] == ["Bí thư Đảng ủy", "Giám đốc Sở"]
    assert found["Trần Văn Hòa"] == ["Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh"]


def test_a_post_running_on_to_the_next_name_stops_at_the_comma_before_it(lex: Lexicon) -> None:
    found = roles(
        "Dự đại hội có ông Lê Văn An, Phó Chủ tịch UBND Thành phố Huế, Trần Văn Bình - Phó "
        "Chủ tịch Hội Nông dân thành phố.",
        lex,
    )
    assert found["Lê Văn An"] == ["Phó Chủ tịch UBND Thành phố Huế"]
    assert found["Trần Văn Bình"] == ["Phó Chủ tịch Hội Nông dân thành phố"]


def test_a_post_holding_the_next_name_with_no_comma_is_that_persons(lex: Lexicon) -> None:
    found = roles("Ông Lê Văn An, Giám đốc Sở Y tế Trần Văn Bình cùng dự lễ.", lex)
    assert found["Lê Văn An"] == []
    assert found["Trần Văn Bình"] == ["Giám đốc Sở Y tế"]


def test_a_caption_post_written_first_then_a_comma(lex: Lexicon) -> None:
    found = roles(
        "Ông Lê Văn Nam, Chủ tịch Hội Nông dân tỉnh (bên trái) và Phó Tổng Biên tập Báo Lao "
        "Động, Trần Quang Vinh trao quà. Trong ảnh: Giám đốc Sở Giáo dục và Đào tạo, Đinh Thị "
        "Mai phát biểu.",
        lex,
    )
    assert found["Trần Quang Vinh"] == ["Phó Tổng Biên tập Báo Lao Động"]
    assert found["Đinh Thị Mai"] == ["Giám đốc Sở Giáo dục và Đào tạo"]


@pytest.mark.parametrize(
    "text",
    [
        "Tại buổi làm việc, ông Lê Văn Nam, Giám đốc Sở Y tế, Trần Quang Vinh cho biết.",
        "Trả lời câu hỏi của Bộ trưởng Bộ Y tế, Trần Quang Vinh cho biết sẽ sửa quy định.",
        "Sau khi nghe Giám đốc Sở Y tế báo cáo, Trần Quang Vinh đề nghị làm rõ.",
    ],
)
def test_a_post_before_a_comma_that_opens_no_clause_is_not_the_names(
    text: str, lex: Lexicon
) -> None:
    assert roles(text, lex)["Trần Quang Vinh"] == []


def test_committee_seats_and_abbreviated_posts_open_a_chain(lex: Lexicon) -> None:
    """A chain after a name may open with a district committee seat or an abbreviation
    (posts.ttl): the posts after it are read, not dropped with it."""
    found = roles(
        "Đi cùng đoàn có ông Lý Văn Sáu - Huyện ủy viên, PCT UBND huyện; bà Đào Thị Mơ – "
        "UVTV, Phó Chủ tịch HĐND thị xã; ông Đỗ Văn Lộc - UVBTV, Trưởng ban Tuyên giáo.",
        lex,
    )
    assert found["Lý Văn Sáu"] == ["Huyện ủy viên", "PCT UBND huyện"]
    assert found["Đào Thị Mơ"] == ["UVTV", "Phó Chủ tịch HĐND thị xã"]
    assert found["Đỗ Văn Lộc"] == ["UVBTV", "Trưởng ban Tuyên giáo"]


def test_lecturers_counsellors_and_team_heads_are_posts(lex: Lexicon) -> None:
    found = roles(
        "Phát biểu có TS. Mai Thị Lan - Giảng viên Trường Đại học Luật Hà Nội; ông Hans "
        "Becker, Tham tán Thương mại Đại sứ quán Đức; ông Tạ Văn Hùng, Tổ trưởng Tổ công tác.",
        lex,
    )
    assert found["Mai Thị Lan"] == ["Giảng viên Trường Đại học Luật Hà Nội"]
    assert found["Hans Becker"] == ["Tham tán Thương mại Đại sứ quán Đức"]
    assert found["Tạ Văn Hùng"] == ["Tổ trưởng Tổ công tác"]


def test_a_word_that_only_begins_like_a_post_is_none(lex: Lexicon) -> None:
    """ "PCTT" (phòng chống thiên tai) is no "PCT": a label ends at a word's end."""
    found = roles("Ông Lê Văn Tám - PCTT huyện cho biết mưa lớn sẽ kéo dài.", lex)
    assert found.get("Lê Văn Tám", []) == []


def test_a_post_in_lower_case_after_a_name_and_a_comma(lex: Lexicon) -> None:
    """ ", giám đốc Viện X": news text often writes the post after a name in lower case;
    the same words with no name are common nouns and make no person."""
    found = roles(
        "Tại hội thảo, TS. Lê Thị Hương, giám đốc Viện Nghiên cứu Phát triển, và ông Trần "
        "Văn An, chuyên gia bảo trợ xã hội, trình bày báo cáo.",
        lex,
    )
    assert found["Lê Thị Hương"] == ["giám đốc Viện Nghiên cứu Phát triển"]
    assert found["Trần Văn An"] == ["chuyên gia bảo trợ xã hội"]
    assert roles("Các giám đốc sở và chủ tịch huyện đã họp với chuyên gia.", lex) == {}


def test_deputy_heads_of_boards_and_programme_heads_as_written(lex: Lexicon) -> None:
    """ "Phó trưởng Ban", "Phó Ban" (the deputy head of a steering board) and "Trưởng
    Chương trình" as newsrooms write them; "Phó Bang" is no "Phó Ban"."""
    found = roles(
        "Dự có ông Lê Văn Hải, Phó trưởng Ban Dân vận Tỉnh ủy; bà Trần Thị Hà, Phó Ban "
        "Chỉ đạo giảm nghèo tỉnh; ông Vũ Văn Kiên, Trưởng Chương trình nước sạch.",
        lex,
    )
    assert found["Lê Văn Hải"] == ["Phó trưởng Ban Dân vận Tỉnh ủy"]
    assert found["Trần Thị Hà"] == ["Phó Ban Chỉ đạo giảm nghèo tỉnh"]
    assert found["Vũ Văn Kiên"] == ["Trưởng Chương trình nước sạch"]
    assert roles("Ông Đỗ Văn Bình, Phó Bang Nam Hải, cho biết.", lex).get("Đỗ Văn Bình") in (
        None,
        [],
    )


def test_a_representative_of_a_body_holds_that_post(lex: Lexicon) -> None:
    """ "bà A, Đại diện Tổ chức Y tế Thế giới": the representative's post, whose body is the
    one represented; "Đại diện các sở" with no name makes no person."""
    found = roles("Bà Lê Thị Hà, Đại diện Tổ chức Y tế Thế giới (WHO), phát biểu.", lex)
    assert found["Lê Thị Hà"] == ["Đại diện Tổ chức Y tế Thế giới"]
    assert roles("Đại diện các sở, ngành tham dự hội nghị.", lex) == {}


def test_an_appointers_post_is_not_the_appointees(lex: Lexicon) -> None:
    found = roles(
        "Công bố Quyết định của Giám đốc Sở Nội vụ về việc bổ nhiệm bà Lê Thị Hoa giữ chức "
        "Phó Trưởng phòng.\n"
        "Chủ tịch UBND huyện điều động Trưởng phòng Tài chính Nguyễn Văn Khánh về công tác.",
        lex,
    )
    assert found["Lê Thị Hoa"] == ["Phó Trưởng phòng"]  # the post she is given
    assert found["Nguyễn Văn Khánh"] == ["Trưởng phòng Tài chính"]


def test_a_post_taken_after_the_name(lex: Lexicon) -> None:
    """ "do ông A, Phó Chủ nhiệm Ủy ban làm Trưởng đoàn", "bà B giữ chức vụ Chủ nhiệm": the
    verb ends the first post, and the post after it is the same person's."""
    found = roles(
        "Đoàn công tác do ông Trần Văn Lộc, Phó Chủ nhiệm Ủy ban làm Trưởng đoàn đến thăm "
        "xã. Ban chủ nhiệm có 5 người, bà Lê Thị Mận giữ chức vụ Chủ nhiệm.",
        lex,
    )
    assert found["Trần Văn Lộc"] == ["Phó Chủ nhiệm Ủy ban", "Trưởng đoàn"]
    assert found["Lê Thị Mận"] == ["Chủ nhiệm"]


def test_a_verb_of_work_gives_no_post(lex: Lexicon) -> None:
    found = roles("Ông Trần Văn Lộc làm việc với Sở Y tế về dự án.", lex)
    assert found["Trần Văn Lộc"] == []


def test_a_delegations_posts_are_read_apart(lex: Lexicon) -> None:
    """ "Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh": two posts (posts_missions.ttl), and the
    deputies' delegation is no membership of the National Assembly."""
    text = "Dự có ông Lê Văn Tâm, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh."
    orgs = find_orgs(text, lex)
    (person,) = find_people(text, lex, orgs)
    assert person.roles == ["Bí thư Tỉnh ủy", "Trưởng đoàn Đại biểu Quốc hội tỉnh"]
    assert "Quốc hội" not in [o.text for o in organisations_of(person, orgs)]


def test_a_post_one_is_elected_to(lex: Lexicon) -> None:
    found = roles(
        "Bà Lê Thị Hạnh, Giám đốc Sở Y tế tỉnh Bến Tre, được hội nghị bầu làm Chủ tịch Hội.",
        lex,
    )
    assert found["Lê Thị Hạnh"] == ["Giám đốc Sở Y tế tỉnh Bến Tre", "Chủ tịch Hội"]


def test_a_national_universitys_short_form_is_the_body_of_a_post(lex: Lexicon) -> None:
    """ "ĐHQG Hà Nội", "ĐH Quốc gia TP.HCM" (org_heads.txt): the body the post is held at."""
    text = "Dự có Phó Giám đốc ĐHQG Hà Nội Trần Văn Khải và Giám đốc ĐH Quốc gia TP.HCM Lê An."
    orgs = find_orgs(text, lex)
    found = {
        p.name: [o.text for o in organisations_of(p, orgs)] for p in find_people(text, lex, orgs)
    }
    assert found == {"Trần Văn Khải": ["ĐHQG Hà Nội"], "Lê An": ["ĐH Quốc gia TP.HCM"]}


def test_a_post_before_a_verb_is_not_the_next_names(lex: Lexicon) -> None:
    """ "Bí thư Tỉnh ủy đề nghị ... huyện Kim Bảng": the post's sentence went on, and the
    name after it is a place's; "Thủ tướng giao Phó Thủ tướng X": X's post is after the verb."""
    found = roles(
        "Bí thư Tỉnh ủy đề nghị đối với địa bàn huyện Đinh Văn Lâm cần cách ly. Thủ tướng "
        "giao Phó Thủ tướng Chính phủ Lê Minh Khải chỉ đạo. Bà Phan Thị Hoa, Tổ trưởng Tổ "
        "giao dịch xã nói.",
        lex,
    )
    assert found.get("Đinh Văn Lâm", []) == []
    assert found["Lê Minh Khải"] == ["Phó Thủ tướng Chính phủ"]
    assert found["Phan Thị Hoa"] == ["Tổ trưởng Tổ giao dịch xã"]


def test_a_board_named_by_its_verb_in_lower_case(lex: Lexicon) -> None:
    found = roles(
        "Ông Trần Văn Lộc, Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo về công tác dân số "
        "huyện chủ trì hội nghị. Bà Lê Thị Mận, Trưởng ban đã phát biểu.",
        lex,
    )
    assert found["Trần Văn Lộc"] == [
        "Phó Chủ tịch UBND huyện",
        "Trưởng Ban chỉ đạo về công tác dân số huyện",
    ]
    assert found["Lê Thị Mận"] == ["Trưởng ban"]


def test_a_post_ends_with_its_body_when_the_sentence_goes_on(lex: Lexicon) -> None:
    """After the body, a long run of lower-case words is the sentence, not the post; "tới TS"
    after a post given is to whom it is given."""
    found = roles(
        "Ông Trần Văn Lộc, Phó chỉ huy trưởng Ban CHQS xã Tân Yên tự lập khống biên bản hội "
        "đồng xã không đúng quy định. Thứ trưởng giao nhiệm vụ Phó Chánh Thanh tra Bộ tới "
        "TS Lê An.",
        lex,
    )
    assert found["Trần Văn Lộc"] == ["Phó chỉ huy trưởng Ban CHQS xã Tân Yên"]
    assert found["Lê An"] == ["Phó Chánh Thanh tra Bộ"]


def test_a_representative_of_a_body_named_after_the_name(lex: Lexicon) -> None:
    """ "bà A, đại diện Hội Phụ nữ xã": the post is the body's representative; "đại diện
    một số cơ quan" names no body, so no post."""
    text = "Dự có bà Lê Thị Cúc, đại diện Hội Phụ nữ xã và ông Lê Văn Tú, đại diện một số sở."
    orgs = find_orgs(text, lex)
    found = {
        p.name: (p.roles, [o.text for o in organisations_of(p, orgs)])
        for p in find_people(text, lex, orgs)
    }
    assert found == {
        "Lê Thị Cúc": (["đại diện Hội Phụ nữ xã"], ["Hội Phụ nữ xã"]),
        "Lê Văn Tú": ([], []),
    }


def test_a_committee_member_post_written_in_lower_case(lex: Lexicon) -> None:
    found = roles(
        "Đồng chí Hoàng Văn Lâm, ủy viên Ban Thường vụ Huyện ủy, Chủ tịch UBND huyện dự họp.",
        lex,
    )
    assert "ủy viên Ban Thường vụ Huyện ủy" in found["Hoàng Văn Lâm"], found


def test_a_teachers_post_after_a_name_holds_the_school(lex: Lexicon) -> None:
    found = roles("Giải Ba thuộc về cô Lê Thị Mai, giáo viên Trường Tiểu học Thanh Xuân.", lex)
    assert found["Lê Thị Mai"] == ["giáo viên Trường Tiểu học Thanh Xuân"], found


def test_a_post_in_lower_case_after_a_verb_is_its_object_no_post(lex: Lexicon) -> None:
    found = roles("Về việc tuyển dụng giáo viên, thứ trưởng Lê Văn Tâm cho biết sẽ họp.", lex)
    assert found["Lê Văn Tâm"] == ["thứ trưởng"], found


def test_a_post_recognised_for_someone_ends_before_doi_voi(lex: Lexicon) -> None:
    found = roles(
        "Bộ có quyết định công nhận Hiệu trưởng Trường Đại học Hòa Bình đối với TS Lê Văn Tâm.",
        lex,
    )
    assert found["Lê Văn Tâm"] == ["Hiệu trưởng Trường Đại học Hòa Bình"], found


def test_a_title_between_a_post_and_a_name_is_no_part_of_the_post(lex: Lexicon) -> None:
    found = roles("Dự lễ có Thứ trưởng Bộ Nội vụ PGS.TS Lê Văn Tâm và nhiều khách mời.", lex)
    assert found["Lê Văn Tâm"] == ["Thứ trưởng Bộ Nội vụ"], found


def test_posts_of_party_committees_deputies_and_hamlets(lex: Lexicon) -> None:
    """Posts of the posts gazetteer written in other common forms: a Party committee's
    member, a delegation's deputy head, an abbreviated deputy director, a hamlet's head."""
    found = roles(
        "Dự lễ có bà Lê Thị Hoa - Đảng uỷ viên, Phó Chủ tịch UBND Phường 3; ông Trần Văn Nam, "
        "Phó trưởng Đoàn đại biểu Quốc hội tỉnh; bà Đỗ Thị Lan - Phó GĐ Sở Tài chính; ông Vũ "
        "Văn Tư, Trưởng thôn Đông.",
        lex,
    )
    assert found["Lê Thị Hoa"] == ["Đảng uỷ viên", "Phó Chủ tịch UBND Phường 3"]
    assert found["Trần Văn Nam"] == ["Phó trưởng Đoàn đại biểu Quốc hội tỉnh"]
    assert found["Đỗ Thị Lan"] == ["Phó GĐ Sở Tài chính"]
    assert found["Vũ Văn Tư"] == ["Trưởng thôn Đông"]


def test_posts_go_on_after_a_bodys_initials_in_brackets(lex: Lexicon) -> None:
    found = roles(
        "Bà Lê Thị Mai, Tổng Giám đốc Ngân hàng TMCP Đông Á (DongA Bank), Chủ tịch HĐQT "
        "CTCP Sữa Hà Nội, phát biểu.",
        lex,
    )
    assert found["Lê Thị Mai"] == [
        "Tổng Giám đốc Ngân hàng TMCP Đông Á",
        "Chủ tịch HĐQT CTCP Sữa Hà Nội",
    ]


def test_a_bodys_staff_member_holds_a_post_of_that_body(lex: Lexicon) -> None:
    text = unicodedata.normalize(
        "NFC",
        "Chị Lê Thị Hoa - nhân viên Bệnh viện Đa khoa tỉnh Quảng Trị cho biết. "
        "Anh Trần Văn Nam, cán bộ Hội Nông dân xã Hải An, chia sẻ.",
    )
    orgs = find_orgs(text, lex)
    people = {p.name: p for p in find_people(text, lex, orgs)}
    assert people["Lê Thị Hoa"].roles == ["nhân viên Bệnh viện Đa khoa tỉnh Quảng Trị"]
    assert people["Trần Văn Nam"].roles == ["cán bộ Hội Nông dân xã Hải An"]
    assert [o.text for o in organisations_of(people["Lê Thị Hoa"], orgs)] == [
        "Bệnh viện Đa khoa tỉnh Quảng Trị"
    ]
