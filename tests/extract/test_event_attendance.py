"""Who took part: the subject who "đã có cuộc gặp mặt ...", the speakers quoted in an article
whose one event is named only later ("Tại buổi họp báo, ông X cho biết ...")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_who_had_the_meeting_took_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Chiều 5/4, Bộ trưởng Bộ Y tế Lê Văn Hùng đã có cuộc gặp mặt lãnh đạo các bệnh viện.",
    )
    meeting = next(e for e in ex.events if e.name.startswith("cuộc gặp mặt"))
    assert "Lê Văn Hùng" in meeting.participants


def test_a_later_speaker_takes_part_in_the_articles_one_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ sẽ hướng dẫn việc dùng điện thoại trong lớp học\n\n"
        "Bộ Giáo dục và Đào tạo sẽ ban hành hướng dẫn mới về việc dùng điện thoại trong "
        "giờ học của học sinh phổ thông trên cả nước.\n\n"
        "Tại buổi họp báo chiều 30/9, ông Trần Văn Minh, Chánh Văn phòng Bộ, cho biết như vậy.\n\n"
        "Trao đổi thêm, ông Lê Quốc Bảo, Vụ trưởng Vụ Giáo dục trung học, cho biết sách "
        "giáo khoa là tài liệu chính.",
    )
    [event] = ex.events
    assert {"Trần Văn Minh", "Lê Quốc Bảo"} <= set(event.participants)


def test_a_body_presenting_at_the_event_named_before_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "UBND huyện An Phú tổ chức hội nghị đánh giá xã phù hợp với trẻ em năm 2024. "
        "Tại hội nghị, đại diện Phòng Văn hóa huyện trình bày các tiêu chí đánh giá.",
    )
    [event] = ex.events
    assert "Phòng Văn hóa huyện" in event.participants


def test_bodies_named_in_what_delegates_said_take_no_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sở Giáo dục tỉnh tổ chức hội nghị triển khai đào tạo giáo viên năm 2024. "
        "Tại hội nghị, nhiều đại biểu cho rằng cần làm rõ trách nhiệm của Bộ Tài chính.",
    )
    [event] = ex.events
    assert "Bộ Tài chính" not in event.participants


def test_who_is_reported_at_each_place_visited_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Lãnh đạo huyện thăm, tặng quà gia đình chính sách\n\n"
        "Sáng 20/7, đoàn lãnh đạo huyện Tân Phú đã đến thăm, tặng quà 20 gia đình chính "
        "sách trên địa bàn huyện.\n\n"
        "Tại mỗi nơi đến thăm, ông Trần Văn Lộc, Chủ tịch UBND huyện ân cần hỏi thăm sức "
        "khỏe các gia đình.",
    )
    [visit] = ex.events
    assert "Trần Văn Lộc" in visit.participants


def test_the_leader_of_a_delegation_from_a_city_with_a_dot_takes_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Đoàn công tác Hội Nông dân TP.Hà Nội thăm, làm việc tại Lào Cai\n\n"
        "Ngày 3/8, đoàn công tác Hội Nông dân TP.Hà Nội, do ông Lê Văn Tâm, Chủ tịch Hội Nông "
        "dân TP.Hà Nội làm trưởng đoàn đến thăm và làm việc tại tỉnh Lào Cai.",
    )
    [visit] = ex.events
    assert "Lê Văn Tâm" in visit.participants


def test_a_guest_list_by_a_bare_head_opens_no_event_of_its_own(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 26/4, Hội Cựu chiến binh tỉnh tổ chức kỷ niệm 35 năm Ngày thành lập Hội. "
        "Dự hội nghị có các đồng chí: Lê Văn Bình, Phó Chủ tịch Hội Cựu chiến binh Việt Nam.",
    )
    assert [e.kind for e in ex.events] == ["Lễ kỷ niệm"], ex.events
    assert "Lê Văn Bình" in ex.events[0].participants


def test_the_government_whose_policy_is_discussed_takes_no_part(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/3, Sở Tư pháp tổ chức Hội nghị triển khai công tác năm 2024. Tham dự Hội nghị "
        "có đại diện Chính phủ, Sở Nội vụ và các phòng, ban.",
    )
    [event] = ex.events
    assert "Chính phủ" not in event.participants, event.participants


def test_a_body_after_a_post_in_lower_case_is_the_guests_post(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 5/6, Sở Y tế tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác y tế dự phòng năm "
        "2023. Đồng chí Lê Văn An, ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh dự hội "
        "nghị.",
    )
    assert "Lê Văn An" in ex.events[0].participants
    assert "Ban Thường vụ Tỉnh ủy" not in ex.events[0].participants, ex.events


def test_the_organising_committee_never_attends(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 5/6, Sở Y tế tỉnh Thái Bình tổ chức Hội thi Bác sĩ trẻ năm 2024. Tham dự hội thi "
        "có Ban Tổ chức Hội thi và đại diện Bệnh viện Đa khoa tỉnh Thái Bình.",
    )
    assert ex.events[0].participants == ("Bệnh viện Đa khoa tỉnh Thái Bình",), ex.events
