"""Who organised an event (extract/event_organisers.py): the bodies before "tổ chức", not
the venue after "tại", not the parent written with an organising unit, not who asked; the
body of a numbered session. And who took part in a session, a working visit, a signing."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_the_venue_organises_nothing_and_a_parent_elsewhere_still_does(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 12/4, tại Trường Đại học Hàng hải Việt Nam, Bộ Giáo dục và Đào tạo phối hợp với "
        "Bộ Công an tổ chức Hội nghị tập huấn công tác thi tốt nghiệp năm 2024.\n"
        "Ông Phạm Văn Khánh, Phó Cục trưởng Cục Quản lý chất lượng (Bộ Giáo dục và Đào tạo) "
        "trình bày báo cáo.",
    )
    [event] = ex.events
    assert "Bộ Giáo dục và Đào tạo" in event.organisers
    assert not any(o.startswith("Trường Đại học Hàng hải") for o in event.organisers)


def test_a_unit_organises_and_not_the_parent_written_with_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 9/5, Cục Việc làm (Bộ Lao động - Thương binh và Xã hội) tổ chức Hội thảo về thị "
        "trường lao động.",
    )
    [event] = ex.events
    assert event.organisers == ("Cục Việc làm",)


def test_organised_in_the_passive_with_a_partner(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Lễ phát động Tháng hành động vì người cao tuổi được Sở Y tế tỉnh Hà Tĩnh phối hợp "
        "với UBND huyện Can Lộc tổ chức sáng nay. Hội thảo về dinh dưỡng được tổ chức tại "
        "Trung tâm Y tế huyện, do các chuyên gia trình bày rồi tổ chức thảo luận.",
    )
    by_kind = {e.kind: e for e in ex.events}
    assert set(by_kind["Lễ phát động"].organisers) >= {"Sở Y tế tỉnh Hà Tĩnh", "UBND huyện Can Lộc"}
    assert not by_kind["Hội thảo"].organisers


def test_a_body_holding_a_training_named_as_a_verb_organises_it(plain_nlp: Language) -> None:
    """ "Hội X tập huấn ... cho ...": the training in lower case, its body as the subject."""
    ex = extract_text(
        plain_nlp,
        "Sáng 15/3, Hội Nông dân tỉnh tập huấn kỹ năng chuyển đổi số cho hội viên. Phát biểu "
        "khai mạc lớp tập huấn, ông Trần Văn Bình cảm ơn các hội viên.",
    )
    [event] = ex.events
    assert event.name == "tập huấn kỹ năng chuyển đổi số"
    assert event.organisers == ("Hội Nông dân tỉnh",)
    assert event.date == "2024-03-15"


def test_a_training_in_lower_case_after_no_body_is_no_event(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, "Cán bộ được tập huấn kỹ năng chuyển đổi số cho hội viên.")
    assert not ex.events


def test_the_body_in_the_chairs_post_does_not_organise(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/4/2024, Hội Nông dân tỉnh do ông Trần Văn Bình, Phó Chủ tịch UBND huyện Tân "
        "Phú chủ trì, tổ chức Hội thảo về chăn nuôi an toàn sinh học.",
    )
    [event] = ex.events
    assert event.organisers == ("Hội Nông dân tỉnh",)


def test_the_body_whose_hall_hosts_the_event_does_not_organise(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 12/5/2024, tại hội trường Hội Cựu chiến binh tỉnh, Trung tâm Dạy nghề tỉnh tổ "
        "chức lễ bế giảng lớp sửa chữa xe máy.",
    )
    [event] = ex.events
    assert event.organisers == ("Trung tâm Dạy nghề tỉnh",)


def test_the_word_su_kien_may_stand_between_to_chuc_and_the_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Trong hai ngày 3 - 4/7, Sở Giáo dục và Đào tạo tỉnh Nghệ An tổ chức sự kiện Trại hè "
        "Thắp sáng ước mơ năm 2024.",
    )
    [event] = ex.events
    assert event.organisers == ("Sở Giáo dục và Đào tạo tỉnh Nghệ An",)


def test_people_before_tai_buoi_take_part_in_the_session_it_names(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bà Nguyễn Thị Lan, Chủ tịch Hội Phụ nữ huyện, phát biểu tại buổi tọa đàm “Mẹ và "
        "con” do Hội Phụ nữ huyện tổ chức.",
    )
    [event] = ex.events
    assert "Nguyễn Thị Lan" in event.participants


def test_who_went_on_a_working_visit_takes_part_with_whom_they_met(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Chiều 4/3, tại Hà Nội, Phó Thủ tướng Chính phủ Lê Văn Thành đã làm việc với Bộ Tư "
        "pháp về công tác xây dựng pháp luật.",
    )
    [event] = ex.events
    assert {"Lê Văn Thành", "Bộ Tư pháp"} <= set(event.participants)


def test_the_body_written_after_a_sessions_number_holds_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tại Kỳ họp thứ Tám, Quốc hội khóa XV, Bộ trưởng Bộ Tài chính trình bày báo cáo.",
    )
    [event] = ex.events
    assert event.organisers == ("Quốc hội",)


def test_a_body_after_an_unnumbered_meeting_holds_nothing(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tại Hội nghị tổng kết năm, Quốc hội được nhắc đến nhiều lần trong các tham luận.",
    )
    assert all(not e.organisers for e in ex.events)


def test_whom_a_request_asks_to_hold_a_quoted_event_organises_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Thiết thực Ngày Pháp luật Việt Nam\n"
        "Thủ tướng Chính phủ yêu cầu Bộ Tư pháp chủ trì, hướng dẫn, tổ chức “Ngày Pháp luật "
        "Việt Nam” bảo đảm thiết thực.",
    )
    organisers = {o for e in ex.events for o in e.organisers}
    assert organisers == {"Bộ Tư pháp"}


def test_who_signed_takes_part_in_the_signing(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 5/3, tại Hà Nội, Cục Việc làm và Tổng cục Thống kê đã ký kết quy chế phối hợp "
        "về thông tin thị trường lao động. Tại lễ ký kết, hai bên cam kết chia sẻ dữ liệu.",
    )
    [event] = ex.events
    assert {"Cục Việc làm", "Tổng cục Thống kê"} <= set(event.participants)


def test_a_headline_of_a_signing_names_no_parties(plain_nlp: Language) -> None:
    """A headline drops "đã" and often shortens the parties' names."""
    ex = extract_text(
        plain_nlp,
        "Cục Việc làm và Tổng cục Thống kê ký kết quy chế phối hợp\n"
        "Tại lễ ký kết, lãnh đạo hai đơn vị cam kết chia sẻ dữ liệu.",
    )
    [event] = ex.events
    assert not event.participants


def test_the_body_after_doan_cong_tac_sent_the_delegation(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Đoàn công tác Hội Nông dân tỉnh Bến Tre thăm, làm việc tại Trà Vinh\n"
        "Ngày 3-5, đoàn đến thăm Hội Nông dân tỉnh Trà Vinh.",
    )
    assert [(e.name, e.organisers) for e in ex.events] == [
        (
            "Đoàn công tác Hội Nông dân tỉnh Bến Tre thăm, làm việc tại Trà Vinh",
            ("Hội Nông dân tỉnh Bến Tre",),
        )
    ]


def test_who_funds_a_training_does_not_organise_it(plain_nlp: Language) -> None:
    """ "Với sự hỗ trợ của Quỹ X, Sở Y đã tổ chức 02 lớp tập huấn ...": Sở Y holds the
    classes (a count between the verb and the head), the fund pays for them."""
    ex = extract_text(
        plain_nlp,
        "Với sự hỗ trợ của Quỹ Vì trẻ em Việt Nam, Sở Y tế tỉnh Nghệ An đã tổ chức 02 lớp "
        "tập huấn về sơ cứu ban đầu cho giáo viên mầm non.",
    )
    assert [e.organisers for e in ex.events] == [("Sở Y tế tỉnh Nghệ An",)]
    ex = extract_text(
        plain_nlp,
        "Với sự tài trợ của Quỹ Vì trẻ em Việt Nam, Hội Chữ thập đỏ tỉnh tổ chức Hội thảo "
        "về phòng chống đuối nước.",
    )
    assert [e.organisers for e in ex.events] == [("Hội Chữ thập đỏ tỉnh",)]


def test_a_programme_or_a_classifier_between_the_verb_and_the_head(plain_nlp: Language) -> None:
    for written in ("chương trình họp mặt", "buổi tọa đàm"):
        ex = extract_text(
            plain_nlp,
            f"Sáng 6/6, Hội Nông dân tỉnh Hà Nam tổ chức {written} kỷ niệm ngày truyền thống "
            "của Hội.",
        )
        [event] = ex.events
        assert event.organisers == ("Hội Nông dân tỉnh Hà Nam",), written


def test_who_asks_for_a_programme_to_be_held_organises_nothing(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "UBND tỉnh yêu cầu Sở Y tế tỉnh Hà Nam tổ chức chương trình họp mặt các bác sĩ nghỉ hưu.",
    )
    assert all("UBND" not in o for e in ex.events for o in e.organisers)


def test_a_programme_held_with_a_named_event_has_its_organisers(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 2/6, Sở Giáo dục và Đào tạo tỉnh Nam Định tổ chức Hội nghị Biểu dương gia đình "
        "hiếu học lần thứ III và Chương trình Thắp sáng ước mơ năm 2024.",
    )
    programme = next(e for e in ex.events if e.name.startswith("Chương trình"))
    assert programme.organisers == ("Sở Giáo dục và Đào tạo tỉnh Nam Định",)
    assert not [p for p in ex.policies if p.name.startswith("Chương trình")]


def test_who_launches_or_carries_out_a_campaign_organises_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 1/10, Sở Y tế tỉnh Phú Yên triển khai Tuần lễ Dinh dưỡng năm 2024 tại 20 xã.",
    )
    assert [e.organisers for e in ex.events] == [("Sở Y tế tỉnh Phú Yên",)]


def test_who_issues_a_plan_to_carry_out_a_campaign_does_not_organise_it(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/5, Sở Y tế tỉnh Phú Yên ban hành Kế hoạch triển khai Tuần lễ Dinh dưỡng năm "
        "2024 trên địa bàn tỉnh.",
    )
    assert [e.organisers for e in ex.events] == [()]
