"""Which mentions are one event (extract/event_groups.py): a name shortened to its first
words is the event named in full; sessions numbered apart are two."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def test_a_name_shortened_to_its_first_words_is_the_same_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội Nông dân tổ chức Hội nghị tập huấn “Kỹ năng chuyển đổi số trong nông nghiệp” "
        "năm 2024\n"
        "Sáng 12/3, Hội Nông dân tỉnh tổ chức Hội nghị tập huấn, phổ biến kiến thức về "
        "thương mại điện tử. Các hội viên tham dự Hội nghị tập huấn rất đông.",
    )
    assert [e.name for e in ex.events] == [
        "Hội nghị tập huấn “Kỹ năng chuyển đổi số trong nông nghiệp” năm 2024"
    ]


def test_sessions_numbered_apart_are_two_events(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ Y tế tổ chức hai đợt tập huấn về an toàn thực phẩm. Hội nghị thứ nhất từ ngày "
        "4-5/9/2024 tại Đà Nẵng. Hội nghị thứ hai từ ngày 11-12/9/2024 tại Cần Thơ.",
    )
    assert {e.name: e.date for e in ex.events} == {
        "Hội nghị thứ nhất": "2024-09-04",
        "Hội nghị thứ hai": "2024-09-11",
    }


def test_a_training_held_as_a_conference_is_one_event(plain_nlp: Language) -> None:
    """The headline names the training, the lead the conference that holds it."""
    ex = extract_text(
        plain_nlp,
        "TẬP HUẤN VỀ PHÒNG CHỐNG BẠO LỰC GIA ĐÌNH CHO CÁN BỘ THÔN\n"
        "Ngày 14/5/2024, Hội Nông dân huyện tổ chức Hội nghị tập huấn về phòng chống bạo lực "
        "gia đình cho cán bộ thôn.",
    )
    [event] = ex.events
    assert (event.name, event.kind) == (
        "Hội nghị tập huấn về phòng chống bạo lực gia đình",
        "Hội nghị",
    )
    assert event.parent is None


def test_a_campaign_launched_by_a_ceremony_stays_an_event_of_its_own(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Tháng hành động vì người cao tuổi năm 2024 diễn ra từ ngày 1/10 đến 31/10. Sáng 1/10, "
        "huyện tổ chức Lễ phát động Tháng hành động vì người cao tuổi.",
    )
    assert {e.kind for e in ex.events} == {"Tháng hành động", "Lễ phát động"}


def test_a_training_called_a_conference_later_is_still_one_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 15/3, Hội Nông dân tỉnh tổ chức tập huấn kỹ năng chuyển đổi số cho hội viên.\n"
        "Các đại biểu dự hội nghị.",
    )
    assert [e.name for e in ex.events] == ["tập huấn kỹ năng chuyển đổi số"]


def test_a_bare_ceremony_beside_a_named_meeting_is_a_second_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 15/3, Bộ Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2023. Ngay sau đó, "
        "hai bên tổ chức lễ ký kết.",
    )
    assert {e.kind for e in ex.events} == {"Hội nghị", "Lễ ký kết"}


def test_numbered_sessions_are_part_of_the_series_the_lead_names(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị tập huấn về an toàn thực phẩm\nBộ Y tế vừa tổ chức hai hội nghị tập huấn "
        "cho cán bộ các tỉnh. Hội nghị thứ nhất từ ngày 4-5/9/2024 tại Đà Nẵng. Hội nghị thứ "
        "hai từ ngày 11-12/9/2024 tại Cần Thơ.",
    )
    parents = {e.name: e.parent for e in ex.events}
    assert parents == {
        "Hội nghị tập huấn về an toàn thực phẩm": None,
        "Hội nghị thứ nhất": "Hội nghị tập huấn về an toàn thực phẩm",
        "Hội nghị thứ hai": "Hội nghị tập huấn về an toàn thực phẩm",
    }


def test_an_edition_numbered_with_lan_is_no_session(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị hợp tác lao động hai nước\nNgày 1/7, hai Bộ tổ chức Hội nghị lần thứ 3.",
    )
    assert all(e.parent is None for e in ex.events)


def test_a_headline_that_leaves_words_out_names_the_same_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Tổ chức Hội nghị toàn quốc sơ kết 3 Chương trình phát triển nông nghiệp\n"
        "Bộ Nông nghiệp đồng ý tổ chức Hội nghị toàn quốc sơ kết việc thực hiện 03 Chương "
        "trình phát triển nông nghiệp về hữu cơ tuần hoàn sinh thái và giảm phát thải bền "
        "vững giai đoạn 2021 - 2025. Hội nghị sẽ diễn ra "
        "vào sáng ngày 21/4/2025.",
    )
    assert len(ex.events) == 1, [e.name for e in ex.events]
    assert ex.events[0].name.endswith("bền vững giai đoạn 2021 - 2025")


def test_a_name_whose_words_come_in_another_order_is_another_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 3/4, Sở tổ chức Hội nghị tổng kết công tác giảm nghèo năm 2024 của tỉnh. "
        "Chiều 3/4, Sở tổ chức Hội nghị triển khai công tác năm 2025 về giảm nghèo của tỉnh.",
    )
    assert len(ex.events) == 2, [e.name for e in ex.events]


def test_a_meeting_named_by_its_edition_is_the_one_the_headline_names(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Đại hội Đại biểu Hội Cựu thanh niên xung phong huyện\n"
        "Sáng 12/5, Hội Cựu thanh niên xung phong huyện tổ chức Đại hội Đại biểu lần thứ III "
        "- nhiệm kỳ 2024 - 2029.",
    )
    assert [e.name for e in ex.events] == ["Đại hội Đại biểu Hội Cựu thanh niên xung phong huyện"]


def test_two_editions_named_apart_stay_two_meetings(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Năm 2019, Hội tổ chức Đại hội Đại biểu lần thứ II. Sáng 12/5/2024, Hội tổ chức Đại "
        "hội Đại biểu lần thứ III.",
    )
    assert len(ex.events) == 2, [e.name for e in ex.events]


def test_captions_calling_the_one_event_by_another_head_word_name_no_second(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Hai tỉnh hợp tác đào tạo nghề\n"
        "Toàn cảnh hội nghị.\n"
        "Đồng chủ trì lễ ký kết có ông Trần Văn Nam, Giám đốc Sở Lao động tỉnh Nghệ An.\n"
        "Ông Trần Văn Nam phát biểu tại hội nghị.",
    )
    assert [e.name for e in ex.events] == ["lễ ký kết"]
    assert "Trần Văn Nam" in ex.events[0].participants


def test_two_meetings_named_in_running_text_stay_two(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hai tỉnh hợp tác đào tạo nghề\n"
        "Các đại biểu dự hội nghị, thảo luận về đào tạo nghề. Sau đó, tại buổi làm việc, "
        "hai bên thống nhất kế hoạch.",
    )
    assert sorted(e.kind for e in ex.events) == ["Buổi làm việc", "Hội nghị"]


def test_a_bare_cuoc_hop_is_the_one_meeting_the_article_names(plain_nlp: Language) -> None:
    """ "chủ trì phiên họp về X ... Tham dự cuộc họp có ...": the general word for a meeting
    refers back to the one event named, whatever its head word."""
    ex = extract_text(
        plain_nlp,
        "Sáng 9/6, Thứ trưởng Lê Văn Hòa đã chủ trì phiên họp về phòng chống đuối nước cho "
        "trẻ em. Tham dự cuộc họp có đại diện Bộ Y tế.",
    )
    assert [e.name for e in ex.events] == ["phiên họp về phòng chống đuối nước"]


def test_a_bare_cuoc_hop_beside_two_named_events_stays_apart(plain_nlp: Language) -> None:
    """With two events named, which one "cuộc họp" means is not told: it is not joined."""
    ex = extract_text(
        plain_nlp,
        "Sáng 9/6, Sở Y tế tổ chức Hội thảo về dinh dưỡng học đường. Chiều cùng ngày, Sở tổ "
        "chức Tọa đàm về bữa ăn bán trú. Tham dự cuộc họp có đại diện Bộ Y tế.",
    )
    names = [e.name for e in ex.events]
    assert "cuộc họp" in names
    assert len(names) == 3


def test_an_anniversary_is_dated_by_its_day_not_by_what_it_marks(plain_nlp: Language) -> None:
    """Published 2024-05-02: the founding date in brackets is decades before."""
    ex = extract_text(
        plain_nlp,
        "Hội Người cao tuổi tỉnh tổ chức lễ kỷ niệm 30 năm Ngày thành lập Hội (10/5/1994 – "
        "10/5/2024) với sự tham dự của 200 hội viên.",
    )
    [event] = ex.events
    assert event.date == "2024-05-10", event


def test_the_headline_and_the_body_name_one_event_in_other_words(plain_nlp: Language) -> None:
    """The headline calls the workshop by its subject, the body by its theme."""
    ex = extract_text(
        plain_nlp,
        "Hội thảo về chuyển đổi số trong giáo dục nghề nghiệp tại Cao Bằng\n"
        "Ngày 9/10/2024, Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng tổ chức Hội thảo "
        "với chủ đề “Ứng dụng công nghệ số trong đào tạo nghề cho lao động nông thôn”.",
    )
    assert len([e for e in ex.events if e.kind == "Hội thảo"]) == 1


def test_a_lead_sentence_on_the_first_line_is_no_headline(plain_nlp: Language) -> None:
    """A first line ending with a full stop is a sentence that may cite another meeting."""
    ex = extract_text(
        plain_nlp,
        "Sáng 3/4, tỉnh tham dự Hội nghị tổng kết công tác dân số năm 2023 của Bộ Y tế.\n"
        "Ngày 5/4, UBND tỉnh tổ chức Hội nghị triển khai nhiệm vụ bảo trợ xã hội năm 2024.",
    )
    assert len([e for e in ex.events if e.kind == "Hội nghị"]) == 2


def test_a_second_meeting_in_the_body_is_not_the_headline_event(plain_nlp: Language) -> None:
    """Only the body's first mention of the kind is the headline's event."""
    ex = extract_text(
        plain_nlp,
        "Hội nghị về an toàn thực phẩm tại Nghệ An\n"
        "Sáng 2/5/2024, UBND tỉnh Nghệ An tổ chức Hội nghị triển khai Tháng hành động vì "
        "an toàn thực phẩm. Trước đó, Sở Y tế đã tổ chức Hội nghị giao ban y tế cơ sở quý I.",
    )
    names = [e.name for e in ex.events if e.kind == "Hội nghị"]
    assert len(names) == 2 and any("giao ban" in n for n in names)


def test_a_numbered_session_is_not_the_headline_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội nghị tập huấn nghiệp vụ công tác trẻ em năm 2024\n"
        "Hội nghị thứ nhất diễn ra ngày 4/9/2024 tại Đà Nẵng.",
    )
    assert "Hội nghị thứ nhất" in [e.name for e in ex.events]


def test_sports_games_are_an_event_not_an_association(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp, "Sáng 3/5, Huyện đoàn tổ chức Hội thao thanh niên năm 2024 tại sân vận động."
    )
    assert [e.name for e in ex.events] == ["Hội thao thanh niên năm 2024"]
    assert not [o for o in ex.organisations if o.name.startswith("Hội thao")]


def test_the_speakers_of_the_lead_belong_to_the_event_held_within_its_frame(
    plain_nlp: Language,
) -> None:
    """The lead opens with the week it is held in; the seminar is what the article reports."""
    ex = extract_text(
        plain_nlp,
        "Ngày 8/3/2024, trong khuôn khổ Tuần lễ Bình đẳng giới, 50 sinh viên đã tham dự hội "
        "thảo “Phụ nữ trong khoa học” tại Hà Nội.\nHội thảo là nơi các nhà khoa học trẻ gặp "
        "gỡ.\nTrình bày tại hội thảo, TS Nguyễn Văn Minh chia sẻ kinh nghiệm nghiên cứu.",
    )
    taking_part = {e.name: e.participants for e in ex.events}
    assert taking_part["hội thảo “Phụ nữ trong khoa học”"] == ("Nguyễn Văn Minh",), taking_part
    assert taking_part["Tuần lễ Bình đẳng giới"] == ()


def test_a_later_mention_in_fewer_words_is_the_event_named_before(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Ngày 5/2, Hội Chữ thập đỏ huyện tổ chức Lễ trao 30 chiếc xe đạp mới cho học sinh "
        "nghèo tại xã Tân Lập. Dự Lễ trao xe có lãnh đạo Huyện đoàn.",
    )
    assert [e.name for e in ex.events] == ["Lễ trao 30 chiếc xe đạp mới"]


def test_either_act_of_a_ceremony_named_for_two_refers_back_to_it(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Lễ khởi công và khánh thành cầu dân sinh thôn Bản Phố\n"
        "Sáng 3/4, Ban quản lý dự án huyện tổ chức lễ khởi công cầu mới. Tại lễ khánh thành, "
        "nhân dân trong thôn rất phấn khởi.",
    )
    assert [e.name for e in ex.events] == ["Lễ khởi công và khánh thành cầu dân sinh thôn Bản Phố"]


def test_a_meetings_general_word_refers_back_to_the_one_session_referred_to(
    plain_nlp: Language,
) -> None:
    """No event is named in full: "buổi làm việc" and then "cuộc họp" are the same one."""
    ex = extract_text(
        plain_nlp,
        "Chiều 12/3, Bộ trưởng Bộ Y tế Trần Văn Nam đã làm việc với Sở Y tế tỉnh Hòa Bình.\n"
        "Tại buổi làm việc, ông Trần Văn Nam đề nghị Sở rà soát các trạm y tế.\n"
        "Tại cuộc họp, các ý kiến cho rằng cần thêm bác sĩ cho tuyến xã.",
    )
    assert len(ex.events) == 1, [e.name for e in ex.events]


def test_buoi_le_alone_refers_back_to_the_ceremony_named(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 9/9, Huyện đoàn Tân Hưng tổ chức Lễ ra quân Chiến dịch tình nguyện hè năm 2024.\n"
        "Tham dự buổi lễ có ông Lê Văn Bình, Phó Chủ tịch UBND huyện Tân Hưng.",
    )
    assert [e.name for e in ex.events][:1] == ["Lễ ra quân Chiến dịch tình nguyện hè năm 2024"]
    assert "Lê Văn Bình" in ex.events[0].participants
    assert "buổi lễ" not in [e.name for e in ex.events]


def test_buoi_le_beside_a_contest_is_its_own_ceremony(plain_nlp: Language) -> None:
    """The contest ran for months; the ceremony where its prizes were given is an event."""
    ex = extract_text(
        plain_nlp,
        "Cuộc thi “Em yêu khoa học” năm 2024 đã nhận được 900 bài dự thi của học sinh.\n"
        "Tại buổi lễ, Ban tổ chức đã trao giải Nhất cho em Trần Thu Hà.",
    )
    assert "buổi lễ" in [e.name for e in ex.events]


def test_buoi_le_in_an_article_naming_no_event_is_none(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, "Tham dự buổi lễ có ông Lê Văn Bình, Phó Chủ tịch UBND huyện.")
    assert ex.events == ()


def test_a_caption_naming_the_event_in_other_words_is_the_same_event(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Xã Tân Lập có câu lạc bộ nông dân\n"
        "Vừa qua, Hội Nông dân xã Tân Lập đã tổ chức hội nghị ra mắt câu lạc bộ nông dân sản "
        "xuất giỏi lần thứ nhất, nhiệm kỳ 2024 - 2029.\n"
        "Hội nghị thành lập câu lạc bộ nông dân xã Tân Lập lần thứ nhất\n"
        "Câu lạc bộ có 30 thành viên.",
    )
    assert len(ex.events) == 1, [e.name for e in ex.events]
