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
