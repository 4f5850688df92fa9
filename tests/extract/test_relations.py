"""Relations as real articles state them, on short sentences in news style: units and their
parents, posts written with their body, speakers and attendees, goals and their policy."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text


@pytest.fixture(scope="module")
def nlp(plain_nlp: Language) -> Language:
    return plain_nlp


def run(nlp: Language, text: str) -> Extraction:
    return extract_text(nlp, text)


def rel(ex: Extraction, predicate: Predicate) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is predicate}


MINISTRY = "Bộ Lao động - Thương binh và Xã hội"


def test_a_unit_that_belongs_to_a_ministry_is_part_of_it(nlp: Language) -> None:
    ex = run(nlp, f"Vụ Kế hoạch - Tài chính thuộc {MINISTRY} báo cáo kết quả thực hiện.")
    assert ("Vụ Kế hoạch - Tài chính", MINISTRY) in rel(ex, Predicate.PART_OF)
    assert not ex.policies  # "Kế hoạch" inside a unit's name is no plan


def test_a_un_agency_is_part_of_the_un(nlp: Language) -> None:
    ex = run(
        nlp,
        "UNICEF cùng các tổ chức khác của Liên Hợp Quốc hỗ trợ tỉnh xây dựng mô hình bảo vệ "
        "trẻ em.",
    )
    assert ("UNICEF", "Liên Hợp Quốc") in rel(ex, Predicate.PART_OF)


def test_a_post_written_with_its_body_gives_role_and_membership(nlp: Language) -> None:
    ex = run(
        nlp,
        "Ông Nguyễn Văn Hùng, Cục trưởng Cục Việc làm cho biết số lao động có việc làm tăng. "
        "Viện trưởng Viện Khoa học Lao động và Xã hội Trần Thị Hoa trình bày báo cáo.",
    )
    assert ("Nguyễn Văn Hùng", "Cục trưởng Cục Việc làm") in rel(ex, Predicate.HOLDS_ROLE)
    assert ("Nguyễn Văn Hùng", "Cục Việc làm") in rel(ex, Predicate.MEMBER_OF)
    assert ("Trần Thị Hoa", "Viện Khoa học Lao động và Xã hội") in rel(ex, Predicate.MEMBER_OF)


def test_a_role_ends_before_the_next_person_in_a_list(nlp: Language) -> None:
    ex = run(
        nlp,
        f"Hội nghị có sự tham dự của ông Lê Văn Thanh, Thứ trưởng {MINISTRY}, bà Trần Thị Hoa, "
        "Viện trưởng Viện Khoa học Lao động và Xã hội.",
    )
    roles = rel(ex, Predicate.HOLDS_ROLE)
    assert ("Lê Văn Thanh", f"Thứ trưởng {MINISTRY}") in roles
    assert ("Lê Văn Thanh", "Viện trưởng Viện Khoa học Lao động và Xã hội") not in roles
    assert ("Trần Thị Hoa", "Viện trưởng Viện Khoa học Lao động và Xã hội") in roles


LEAD = (
    "Hội nghị tổng kết công tác giảm nghèo năm 2024\n"
    f"Sáng 12/12, tại Hà Nội, {MINISTRY} tổ chức Hội nghị tổng kết công tác giảm nghèo năm "
    "2024.\n"
)


def test_speakers_and_attendees_later_in_the_article_take_part_in_its_event(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        LEAD + "Phát biểu khai mạc, ông Nguyễn Văn Hùng, Cục trưởng Cục Việc làm nhấn mạnh "
        "vai trò của các địa phương.\nNăm 2024, cả nước có 1,2 triệu lao động có việc làm.\n"
        "Tại hội nghị, Giám đốc Sở Y tế tỉnh Nghệ An Phạm Văn Đức trình bày tham luận.\n"
        "Với sự tham dự của đại diện Hội Nông dân Việt Nam, hội nghị đã thống nhất kiến nghị.",
    )
    event = next(e for e in ex.events if e.kind == "Hội nghị")
    taking_part = rel(ex, Predicate.PARTICIPATED_IN)
    for who in ("Nguyễn Văn Hùng", "Phạm Văn Đức", "Hội Nông dân Việt Nam"):
        assert (who, event.name) in taking_part


def test_a_session_within_the_event_is_part_of_it(nlp: Language) -> None:
    ex = run(
        nlp,
        LEAD + "Trong khuôn khổ Hội nghị, Phiên thảo luận chuyên đề về giảm nghèo đa chiều "
        "đã diễn ra sôi nổi.",
    )
    main = next(e for e in ex.events if e.kind == "Hội nghị")
    assert any(p == main.name for _, p in rel(ex, Predicate.PART_OF))


def test_goals_under_a_goal_header_belong_to_the_policy_they_follow(nlp: Language) -> None:
    ex = run(
        nlp,
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 được triển "
        "khai trên cả nước.\nMục tiêu cụ thể:\nTỷ lệ hộ nghèo giảm 1-1,5%/năm.\n"
        "Phấn đấu đến năm 2025, 100% trẻ em được tiêm chủng đầy đủ.",
    )
    programme = next(p for p in ex.policies if p.kind.startswith("Chương trình"))
    goals = {t.text for t in ex.targets if t.policy == programme.name}
    assert len(goals) == 2, [(t.text, t.policy) for t in ex.targets]


def test_issued_by_from_do_ban_hanh_and_from_a_provincial_number(nlp: Language) -> None:
    ex = run(
        nlp,
        "Kế hoạch thực hiện Đề án trợ giúp xã hội do Ủy ban nhân dân tỉnh Quảng Nam ban hành "
        "năm 2023. Quyết định số 512/QĐ-UBND ngày 3/3/2023 phê duyệt Đề án.",
    )
    issued = rel(ex, Predicate.ISSUED_BY)
    assert any(
        s.startswith("Kế hoạch") and o == "Ủy ban nhân dân tỉnh Quảng Nam" for s, o in issued
    )
    assert any(
        s.endswith("512/QĐ-UBND") and o == "Ủy ban nhân dân tỉnh Quảng Nam" for s, o in issued
    )


def test_in_a_list_of_officials_each_post_is_the_next_persons(nlp: Language) -> None:
    ex = run(
        nlp,
        "Dự lễ có Thủ tướng Chính phủ Nguyễn Văn An, Bộ trưởng Bộ Y tế Trần Thị Bình, "
        "Tổng cục trưởng Tổng cục Dân số Lê Văn Cường.",
    )
    roles = rel(ex, Predicate.HOLDS_ROLE)
    assert ("Trần Thị Bình", "Bộ trưởng Bộ Y tế") in roles
    assert ("Lê Văn Cường", "Tổng cục trưởng Tổng cục Dân số") in roles
    assert not any(s == "Nguyễn Văn An" and "Bộ Y tế" in o for s, o in roles)


def test_the_body_in_a_guests_post_does_not_take_part_itself(nlp: Language) -> None:
    ex = run(
        nlp,
        "Sáng 5/3, Sở Y tế tổ chức Hội thảo về chăm sóc người cao tuổi. Tham dự hội thảo có "
        "ông Nguyễn Văn Hải, Vụ trưởng Vụ Bảo hiểm y tế.",
    )
    event = next(e for e in ex.events if e.kind == "Hội thảo")
    assert "Nguyễn Văn Hải" in event.participants
    assert "Vụ Bảo hiểm y tế" not in event.participants


def test_units_by_rank_and_bodies_named_after_their_parent(nlp: Language) -> None:
    ex = run(
        nlp,
        "Ông Lê Văn Hải, Vụ trưởng Vụ Đào tạo thường xuyên, Tổng cục Giáo dục nghề nghiệp "
        "cho biết. Bộ Y tế giao Văn phòng Bộ Y tế chủ trì. Thủ tướng Chính phủ yêu cầu "
        "Chính phủ hoàn thiện hồ sơ.",
    )
    parts = rel(ex, Predicate.PART_OF)
    assert ("Vụ Đào tạo thường xuyên", "Tổng cục Giáo dục nghề nghiệp") in parts
    assert ("Văn phòng Bộ Y tế", "Bộ Y tế") in parts
    assert ("Thủ tướng Chính phủ", "Chính phủ") not in parts


def test_a_board_set_up_with_its_members_posts(nlp: Language) -> None:
    ex = run(
        nlp,
        "Ban Chỉ đạo giảm nghèo bền vững tỉnh do ông Trần Quốc Việt - Phó Chủ tịch UBND "
        "tỉnh làm Trưởng ban; ông Lê Minh Hòa - Giám đốc Sở Nông nghiệp làm Phó Trưởng ban "
        "thường trực cùng 20 thành viên.",
    )
    roles, members = rel(ex, Predicate.HOLDS_ROLE), rel(ex, Predicate.MEMBER_OF)
    assert ("Trần Quốc Việt", "Trưởng ban") in roles
    assert ("Lê Minh Hòa", "Phó Trưởng ban thường trực") in roles
    board = "Ban Chỉ đạo giảm nghèo bền vững tỉnh"
    assert {("Trần Quốc Việt", board), ("Lê Minh Hòa", board)} <= members


def test_meetings_working_sessions_and_congresses_are_events(nlp: Language) -> None:
    ex = run(
        nlp,
        "Chiều 3/4, Phó Chủ tịch UBND tỉnh Lê Văn Phúc chủ trì cuộc họp về công tác chuẩn bị "
        "kỳ thi. Trong buổi làm việc với Sở Y tế, ông đề nghị đẩy nhanh tiến độ. Đại hội đại "
        "biểu Hội Nông dân tỉnh lần thứ X diễn ra tại Nghệ An.",
    )
    kinds = {e.kind for e in ex.events}
    assert {"Cuộc họp", "Buổi làm việc", "Đại hội"} <= kinds
    meeting = next(e for e in ex.events if e.kind == "Cuộc họp")
    assert "Lê Văn Phúc" in meeting.participants or "Lê Văn Phúc" in meeting.organisers


def test_a_venue_named_after_conferences_is_no_event(nlp: Language) -> None:
    ex = run(nlp, "Đại hội diễn ra tại Trung tâm Hội nghị Quốc gia, Thủ đô Hà Nội.")
    assert [e.kind for e in ex.events] == ["Đại hội"]


def test_documents_cited_by_a_short_number_and_their_issuer(nlp: Language) -> None:
    ex = run(
        nlp,
        "Thực hiện Nghị quyết 26 của Chính phủ và quyết định 2150 của UBND tỉnh Long An, "
        "ngành giáo dục đã tuyển sinh 300 học sinh.",
    )
    names = {p.name for p in ex.policies}
    assert {"Nghị quyết 26", "quyết định 2150"} <= names
    issued = rel(ex, Predicate.ISSUED_BY)
    assert ("Nghị quyết 26", "Chính phủ") in issued
    assert ("quyết định 2150", "UBND tỉnh Long An") in issued


def test_a_commune_lies_in_its_district_and_the_district_in_its_province(nlp: Language) -> None:
    ex = run(nlp, "Người dân xã Tân Hiệp, huyện Châu Thành, tỉnh Kiên Giang được hỗ trợ.")
    located = rel(ex, Predicate.LOCATED_IN)
    assert ("xã Tân Hiệp", "huyện Châu Thành") in located
    assert ("huyện Châu Thành", "Kiên Giang") in located
    assert ("xã Tân Hiệp", "Kiên Giang") not in located


def test_communes_joined_by_and_share_the_district_written_after_them(nlp: Language) -> None:
    ex = run(nlp, "Đoàn đã trao quà tại xã Bình Lợi và xã An Phú, huyện Vĩnh Thạnh vào sáng nay.")
    located = rel(ex, Predicate.LOCATED_IN)
    assert ("xã Bình Lợi", "huyện Vĩnh Thạnh") in located
    assert ("xã An Phú", "huyện Vĩnh Thạnh") in located
    assert ("xã Bình Lợi", "xã An Phú") not in located


def test_a_district_joined_by_and_to_a_commune_does_not_take_the_province(
    nlp: Language,
) -> None:
    ex = run(nlp, "Mô hình có ở huyện Phú Lộc và xã Lộc Thủy, tỉnh Quảng Bình từ năm nay.")
    located = rel(ex, Predicate.LOCATED_IN)
    assert ("huyện Phú Lộc", "Quảng Bình") not in located


def test_the_venue_of_an_event_is_no_participant(nlp: Language) -> None:
    ex = run(
        nlp,
        "Sáng 8/3, Hội nghị biểu dương phụ nữ tiêu biểu khai mạc tại Trung tâm Văn hóa tỉnh "
        "với sự tham dự của bà Trần Thị Lan, Phó Chủ tịch UBND tỉnh.",
    )
    event = next(e for e in ex.events if e.kind == "Hội nghị")
    assert "Trần Thị Lan" in event.participants
    assert not any(p.startswith("Trung tâm Văn hóa") for p in event.participants)


def test_a_person_at_a_meeting_takes_part_in_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "Văn phòng Chính phủ thông báo kết luận của Phó Thủ tướng Lê Minh Khải tại cuộc họp "
        "về giá điện.\nNăm nay giá điện tăng 3%.",
    )
    meeting = next(e for e in ex.events if e.kind == "Cuộc họp")
    assert "Lê Minh Khải" in meeting.participants


def test_a_post_the_gazetteer_lists_as_an_authority_is_no_membership(nlp: Language) -> None:
    ex = run(
        nlp, "Chủ tịch nước Trần Văn Lâm dự lễ khai giảng. Bộ trưởng Bộ Y tế Lê Hoa phát biểu."
    )
    members = rel(ex, Predicate.MEMBER_OF)
    assert not any(s == "Trần Văn Lâm" for s, _ in members), members


def test_party_and_council_documents_issued_by_the_bodies_the_article_names(
    nlp: Language,
) -> None:
    ex = run(
        nlp,
        "Thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy Hà Giang, Kế hoạch số 12-KH/TU và Nghị "
        "quyết số 25/NQ-HĐND của Hội đồng nhân dân tỉnh Hà Giang, Hướng dẫn số 03-HD/BTGTW "
        "được triển khai. Ban Tuyên giáo Trung ương sẽ kiểm tra.",  # a code's body, written
    )
    issued = rel(ex, Predicate.ISSUED_BY)
    assert any(s.endswith("12-KH/TU") and o == "Tỉnh ủy Hà Giang" for s, o in issued), issued
    assert any(s.endswith("03-HD/BTGTW") and o == "Ban Tuyên giáo Trung ương" for s, o in issued)


def test_an_events_name_ends_before_what_is_said_of_it(nlp: Language) -> None:
    ex = run(
        nlp,
        "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII thành công tốt đẹp. Hội nghị "
        "nhằm đánh giá kết quả năm 2023.",
    )
    names = {e.name for e in ex.events}
    assert "Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII" in names, names
    assert not any("thành công" in n or "nhằm" in n for n in names), names


def test_a_ministrys_name_written_with_a_comma_in_a_post_before_a_name(nlp: Language) -> None:
    ex = run(nlp, "Thứ trưởng Bộ Lao động, Thương binh và Xã hội Trần Văn Sơn dẫn đầu đoàn.")
    assert ("Trần Văn Sơn", "Thứ trưởng Bộ Lao động, Thương binh và Xã hội") in rel(
        ex, Predicate.HOLDS_ROLE
    )
    assert ("Trần Văn Sơn", "Bộ Lao động, Thương binh và Xã hội") in rel(ex, Predicate.MEMBER_OF)


def test_two_bodies_that_sign_together(nlp: Language) -> None:
    ex = run(
        nlp,
        "Sáng nay, Cục Việc làm và Tổng cục Giáo dục nghề nghiệp (trực thuộc Bộ Lao động - "
        "Thương binh và Xã hội) đã ký kết chương trình phối hợp giai đoạn 2021 - 2025. "
        "Bộ Y tế và Bộ Tài chính cùng dự lễ ký kết.",
    )
    signed = rel(ex, Predicate.SIGNED_AGREEMENT_WITH)
    assert ("Cục Việc làm", "Tổng cục Giáo dục nghề nghiệp") in signed
    assert ("Tổng cục Giáo dục nghề nghiệp", "Cục Việc làm") in signed
    assert ("Bộ Y tế", "Bộ Tài chính") not in signed  # they attend, the verb is not theirs


def test_a_centre_is_not_located_in_the_place_its_name_ends_with(nlp: Language) -> None:
    """The place in "Trung tâm ... tỉnh Hà Giang" is part of the name, though the article
    names it as a place too: the gold gives such a link at most as optional (no credit),
    and mostly not at all, so the centre gets none."""
    ex = run(
        nlp,
        "Trung tâm Bảo trợ xã hội tỉnh Hà Giang tiếp nhận 20 trẻ em. Người dân Hà Giang "
        "đã ủng hộ trung tâm nhiều nhu yếu phẩm.",
    )
    assert "Hà Giang" in [p.name for p in ex.places]
    assert rel(ex, Predicate.LOCATED_IN) == set()
