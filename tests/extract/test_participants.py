"""Who takes part in an article's main event: speakers quoted after the lead names it, and
the bodies whose representatives speak (extract/participants.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Extraction, Predicate, all_relations
from tests.extract.conftest import extract_text

LEAD = (
    "Hội thảo về đào tạo nghề cho lao động nông thôn\n"
    "Sáng 9/5, tại Hà Nội, Tổng cục Giáo dục nghề nghiệp tổ chức Hội thảo về đào tạo nghề "
    "cho lao động nông thôn.\n"
)


def taking_part(ex: Extraction) -> set[str]:
    return {r.subject for r in all_relations(ex) if r.predicate is Predicate.PARTICIPATED_IN}


def test_people_quoted_after_the_lead_take_part_in_the_main_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        LEAD + "Ông Lê Văn Minh, Phó Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An "
        "nêu vấn đề: làm thế nào để giữ chân người học?\n"
        "Đại diện UBND tỉnh Hà Tĩnh cho rằng cần thêm kinh phí cho các lớp học.\n"
        "Bà Trần Thị Hoa nhấn mạnh vai trò của doanh nghiệp.",
    )
    assert {"Lê Văn Minh", "Trần Thị Hoa", "UBND tỉnh Hà Tĩnh"} <= taking_part(ex)


def test_whom_a_speaker_addresses_takes_no_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        LEAD + "Bà Trần Thị Hoa đề nghị ông Phạm Văn Đức sớm ban hành hướng dẫn.\n"
        "Ông Nguyễn Văn An cho biết năm nay tỉnh mở thêm 20 lớp.",
    )
    assert "Trần Thị Hoa" in taking_part(ex)
    assert "Phạm Văn Đức" not in taking_part(ex)


def test_quotes_in_an_article_about_no_event_make_no_participants(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Đào tạo nghề cho lao động nông thôn\n"
        "Năm nay tỉnh mở thêm nhiều lớp học nghề cho người lao động ở các xã vùng sâu.\n"
        "Ông Lê Văn Minh, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, tháng sau "
        "tỉnh tổ chức hội nghị tổng kết.",
    )
    assert "Lê Văn Minh" not in taking_part(ex)


def test_flowers_sent_to_a_congress_make_no_participant(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X\n"
        "Đại hội vinh dự được đón nhận lẵng hoa chúc mừng của Chủ tịch nước Lê Văn An.\n"
        "Đại hội đại biểu Hội Nông dân tỉnh Nghệ An lần thứ X bầu Ban Chấp hành gồm 45 người "
        "do ông Trần Văn Bình chủ trì.",
    )
    assert "Lê Văn An" not in taking_part(ex)
    assert "Trần Văn Bình" in taking_part(ex)


def test_people_after_at_the_meeting_take_part_in_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáp nhập các trường nghề của tỉnh\n"
        "Tỉnh sẽ sáp nhập năm trường nghề vào một trường cao đẳng có trụ sở tại thành phố.\n"
        "Các phương án tài chính, tài sản và nhân sự của các trường cũng đã được thảo luận.\n"
        "Tại cuộc họp, ông Trần Văn Tâm - Phó Chủ tịch tỉnh giao các sở hoàn thiện kế hoạch.",
    )
    meeting = next(e for e in ex.events if e.kind == "Cuộc họp")
    assert "Trần Văn Tâm" in meeting.participants


def test_the_guests_of_the_next_sentence_belong_to_the_event_it_names(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội thảo quốc tế về nghề công tác xã hội\n"
        "Ngày 23/3, Trường Đại học Khoa học tổ chức Lễ kỷ niệm Ngày Công tác xã hội năm 2024.\n"
        "Điểm nhấn của Lễ kỷ niệm là Hội thảo quốc tế về nghề công tác xã hội. Tham dự Hội "
        "thảo có ông Tô Văn Đức, Phó Cục trưởng Cục Bảo trợ xã hội.",
    )
    by_kind = {e.kind: e for e in ex.events}
    assert "Tô Văn Đức" in by_kind["Hội thảo"].participants
    assert "Tô Văn Đức" not in by_kind["Lễ kỷ niệm"].participants, [e.name for e in ex.events]


def test_guests_listed_after_den_tham_du(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 26/6/2024, Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long tổ chức hội nghị "
        "điển hình tiên tiến giai đoạn 2020 - 2024.\n"
        "Đến tham dự hội nghị có ông Võ Văn Minh, Phó Trưởng Ban Thi đua - Khen thưởng tỉnh.\n"
        "Dự kiến năm sau, ông Trần Văn Bình sẽ tổng kết phong trào.",
    )
    assert "Võ Văn Minh" in taking_part(ex)
    assert "Trần Văn Bình" not in taking_part(ex)


# fmt: off
HOST_SIDES = [
    "Dự hội nghị có ông Lê Văn Minh, Thứ trưởng Bộ Y tế.\n"
    "Về phía tỉnh, có các đồng chí: Trần Văn Bình, Chủ tịch UBND tỉnh; Phạm Thị Lan, "
    "Phó Chủ tịch UBND tỉnh.",
    "Tham dự có ông Lê Văn Minh, Thứ trưởng Bộ Y tế. Về phía địa phương có bà Phạm Thị Lan "
    "– Phó Chủ tịch UBND xã và ông Trần Văn Bình, Chủ tịch Hội Nông dân xã.",
]
# fmt: on


@pytest.mark.parametrize("guests", HOST_SIDES)
def test_the_host_side_of_a_guest_list_takes_part(guests: str, plain_nlp: Language) -> None:
    """ "Về phía tỉnh, có ...": the guest list goes on in the next sentence."""
    ex = extract_text(plain_nlp, LEAD + guests)
    assert {"Lê Văn Minh", "Trần Văn Bình", "Phạm Thị Lan"} <= taking_part(ex)


def test_a_host_side_without_a_guest_list_before_it_is_no_attendance(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        LEAD + "Năm nay tỉnh mở thêm 20 lớp học nghề.\n"
        "Về phía tỉnh, có ông Trần Văn Bình được giao theo dõi các lớp học.",
    )
    assert "Trần Văn Bình" not in taking_part(ex)


@pytest.mark.parametrize("opener", ["Phát biểu tại", "Thông tin tại", "Báo cáo tại"])
def test_who_speaks_after_a_verb_at_an_event_takes_part_in_it(
    opener: str, plain_nlp: Language
) -> None:
    ex = extract_text(
        plain_nlp,
        "Nhiều xã còn thiếu giáo viên dạy nghề\n"
        "Năm nay tỉnh mở thêm 20 lớp học nghề cho lao động nông thôn ở các xã vùng sâu.\n"
        "Cả tỉnh hiện có 15 trung tâm dạy nghề đang hoạt động.\n"
        f"{opener} Hội nghị tổng kết công tác dạy nghề năm 2024, sáng 5/1, bà Phạm Thị Lan "
        "- Giám đốc Sở khẳng định: cần thêm giáo viên.",
    )
    meeting = next(e for e in ex.events if e.kind == "Hội nghị")
    assert "Phạm Thị Lan" in meeting.participants


# fmt: off
COUNTED = [
    "Tới dự Hội thảo có ông Lê Văn Minh và cán bộ của 31 Sở Y tế khu vực phía Bắc, cùng "
    "đại diện Bộ Tài chính.",
    "Tới dự Hội thảo gồm ông Lê Văn Minh, lãnh đạo 12 Sở Y tế các tỉnh phía Nam và đại diện "
    "Bộ Tài chính.",
]
# fmt: on


@pytest.mark.parametrize("guests", COUNTED)
def test_a_class_of_bodies_counted_among_the_guests_is_no_participant(
    guests: str, plain_nlp: Language
) -> None:
    """ "cán bộ của 31 Sở Lao động ...": many bodies of a kind, none of them named."""
    ex = extract_text(plain_nlp, LEAD + guests)
    assert not any(name.startswith("Sở Y tế") for name in taking_part(ex))
    assert {"Lê Văn Minh", "Bộ Tài chính"} <= taking_part(ex)


@pytest.mark.parametrize("verb", ["cho biết,", "nhấn mạnh"])
def test_a_speaker_reporting_on_another_meeting_takes_no_part_in_it(
    verb: str, plain_nlp: Language
) -> None:
    """ "Thứ trưởng X cho biết, tại Hội nghị Y ...": what X says of Y, not X at Y."""
    ex = extract_text(
        plain_nlp,
        LEAD + f"Phát biểu khai mạc, Thứ trưởng Bộ Y tế Trần Văn Nam {verb} tại Hội nghị "
        "Bộ trưởng Y tế ASEAN lần thứ 15, các nước đã thống nhất kế hoạch chung.",
    )
    summit = next(e for e in ex.events if "ASEAN" in e.name)
    assert "Trần Văn Nam" not in summit.participants


def test_who_opens_a_session_of_the_main_event_takes_part_in_the_session(
    plain_nlp: Language,
) -> None:
    """ "Phát biểu khai mạc Phiên họp, bà X ...": X speaks at the session the article
    named, a part of the main event, not at the main event as a whole."""
    ex = extract_text(
        plain_nlp,
        "Hội nghị khu vực về bảo vệ trẻ em lần thứ 3\n"
        "Sáng 5/6, Bộ Y tế tổ chức Hội nghị khu vực về bảo vệ trẻ em lần thứ 3. Trong khuôn "
        "khổ Hội nghị khu vực về bảo vệ trẻ em lần thứ 3, Phiên họp chuyên đề về dinh dưỡng "
        "học đường đã diễn ra.\n"
        "Phát biểu khai mạc Phiên họp, Thứ trưởng Bộ Y tế Trần Thị Nga cho biết các nước đã "
        "thống nhất kế hoạch chung.",
    )
    main = next(e for e in ex.events if e.kind == "Hội nghị")
    session = next(e for e in ex.events if e.kind == "Phiên họp")
    assert session.parent == main.name, session
    assert "Trần Thị Nga" not in main.participants


# fmt: off
AT_EVENT_BODIES = [
    ("Tại lễ khai giảng, Hội Chữ thập đỏ tỉnh và Ngân hàng Chính sách xã hội tỉnh đã trao "
     "quà cho học viên.", {"Hội Chữ thập đỏ tỉnh", "Ngân hàng Chính sách xã hội tỉnh"}),
    ("Tại lễ khai giảng, Sở Lao động - Thương binh và Xã hội trao quà cho Hội Người mù tỉnh.",
     {"Sở Lao động - Thương binh và Xã hội"}),  # not whom it gave to
]
# fmt: on


@pytest.mark.parametrize(("sentence", "bodies"), AT_EVENT_BODIES)
def test_the_bodies_opening_a_clause_at_an_event_take_part(
    sentence: str, bodies: set[str], plain_nlp: Language
) -> None:
    ex = extract_text(
        plain_nlp,
        "Lễ khai giảng lớp học nghề may cho phụ nữ nông thôn\n"
        "Sáng 3/9, Trung tâm Giáo dục nghề nghiệp huyện tổ chức lễ khai giảng lớp học nghề may "
        "cho phụ nữ nông thôn.\n" + sentence,
    )
    opening = next(e for e in ex.events if e.kind == "Lễ khai giảng")
    assert bodies <= set(opening.participants), opening
    assert "Hội Người mù tỉnh" not in opening.participants


def test_a_session_followed_by_its_body_and_term_has_no_guest(plain_nlp: Language) -> None:
    """ "Tại Kỳ họp thứ Năm, Quốc hội khóa XV, ...": the body holding the session."""
    ex = extract_text(
        plain_nlp,
        "Tại Kỳ họp thứ Năm, Quốc hội khóa XV, Chính phủ trình bày báo cáo về giảm nghèo.",
    )
    assert all("Quốc hội" not in e.participants for e in ex.events), ex.events


# fmt: off
NO_ONE_BODY = [
    "Tới dự Hội thảo có ông Lê Văn Minh cùng cán bộ phòng Kế hoạch của 12 Sở Y tế.",
    "Tới dự Hội thảo có ông Lê Văn Minh và đại diện Hội Nông dân các cấp.",
    "Tới dự Hội thảo có ông Lê Văn Minh tại Tòa nhà Liên Hợp Quốc.",
]
# fmt: on


@pytest.mark.parametrize("guests", NO_ONE_BODY)
def test_a_kind_of_body_at_every_level_or_a_venue_takes_no_part(
    guests: str, plain_nlp: Language
) -> None:
    """ "phòng X của 12 Sở", "Hội Y các cấp": no one body; "tại Tòa nhà Z": where."""
    ex = extract_text(plain_nlp, LEAD + guests)
    bodies = {o.name for o in ex.organisations} - {"Tổng cục Giáo dục nghề nghiệp"}
    assert "Lê Văn Minh" in taking_part(ex)
    assert not bodies & taking_part(ex), (bodies, taking_part(ex))


SUMMING_LEAD = (
    "Ngành y tế tỉnh nhận Cờ thi đua của Chính phủ\n"
    "Sáng 3/6, thay mặt lãnh đạo tỉnh, Phó Chủ tịch UBND tỉnh Hoàng Văn An đã trao Cờ thi "
    "đua của Chính phủ cho ngành y tế tỉnh.\n"
)


def test_a_lead_naming_no_event_leaves_it_to_the_next_paragraph(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        SUMMING_LEAD
        + "Phát biểu tại Hội nghị tổng kết ngành y tế năm 2024 sáng 3/6, ông Hoàng Văn An nhấn "
        "mạnh những kết quả của ngành trong năm qua.\n"
        "Tại hội nghị, Giám đốc Sở Y tế Lê Thị Mai đã phát động phong trào thi đua năm 2025.",
    )
    assert "Lê Thị Mai" in taking_part(ex), [(e.name, e.participants) for e in ex.events]


def test_a_caption_after_such_a_lead_names_no_main_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        SUMMING_LEAD + "Các đại biểu dự hội nghị\n"
        "Giám đốc Sở Y tế Lê Thị Mai cho biết, năm nay ngành y tế tỉnh sẽ mở thêm hai bệnh "
        "viện tuyến huyện.",
    )
    assert "Lê Thị Mai" not in taking_part(ex), [(e.name, e.participants) for e in ex.events]


def test_the_parent_written_after_a_guest_unit_takes_no_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        LEAD + "Tham dự Hội thảo có lãnh đạo Cục Quản lý lao động ngoài nước (Bộ Lao động - "
        "Thương binh và Xã hội) và Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An.",
    )
    found = taking_part(ex)
    assert "Cục Quản lý lao động ngoài nước" in found, found
    assert not any(name.startswith("Bộ ") for name in found), found


def test_the_body_a_working_session_is_held_with_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 14/3, Phó Chủ tịch UBND tỉnh Lê Văn Hòa có buổi làm việc với Sở Y tế tỉnh "
        "Quảng Trị về công tác phòng, chống dịch.",
    )
    assert "Sở Y tế tỉnh Quảng Trị" in taking_part(ex), [
        (e.name, e.participants) for e in ex.events
    ]


def test_a_delegation_s_leader_and_companions_take_part_in_its_visit(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 20/1/2024, đoàn công tác của huyện do ông Trần Văn Hải, Phó Chủ tịch UBND huyện "
        "làm trưởng đoàn đã đến thăm, tặng quà cho các gia đình chính sách trên địa bàn xã.\n"
        "Tham gia cùng đoàn có bà Lê Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ huyện.\n"
        "Ông Nguyễn Văn Bình, một người dân trong xã, rất xúc động.",
    )
    assert {"Trần Văn Hải", "Lê Thị Mai"} <= taking_part(ex)
    assert "Nguyễn Văn Bình" not in taking_part(ex)


def test_a_leader_named_with_no_delegation_takes_no_part(plain_nlp: Language) -> None:
    """ "do ông X làm trưởng ban": who leads a board, not a delegation."""
    ex = extract_text(
        plain_nlp,
        LEAD + "Ban chỉ đạo do ông Trần Văn Hải, Phó Chủ tịch UBND huyện làm trưởng ban.",
    )
    assert "Trần Văn Hải" not in taking_part(ex)


def test_who_does_the_act_the_main_event_is_named_for_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội Liên hiệp Phụ nữ huyện tổ chức Hội nghị tuyên truyền pháp luật cho hội viên\n"
        "Sáng 4/3, Hội Liên hiệp Phụ nữ huyện Tân Lạc tổ chức Hội nghị tuyên truyền pháp luật "
        "cho 80 hội viên.\n"
        "Bà Nguyễn Thị Lan, Phó Chủ tịch Hội đã trực tiếp tuyên truyền về Luật Hôn nhân và gia "
        "đình.\nHội nghị kết thúc vào cuối buổi sáng.",
    )
    assert "Nguyễn Thị Lan" in ex.events[0].participants, ex.events
