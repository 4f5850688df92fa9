"""Where an organisation's name ends: across dotted abbreviations, with a branch's number,
and before the verb that follows it."""

from __future__ import annotations

import unicodedata

import pytest

from graph_builder.config import VOCAB_DIR
from graph_builder.nlp.lexicon import Lexicon, load_lexicon
from graph_builder.nlp.rules.orgs import find_orgs


def orgs(text: str, lex: Lexicon) -> list[str]:
    return [m.text for m in find_orgs(unicodedata.normalize("NFC", text), lex)]


# fmt: off
CASES = [
    # a council's standing board is a body; after a post its first words go on the post
    ("Thường trực HĐND huyện chủ trì buổi giám sát.", ["Thường trực HĐND huyện"]),
    ("Dự có Thường trực HĐND, UBND huyện.", ["Thường trực HĐND", "UBND huyện"]),
    ("Bà Lan, Phó Chủ tịch Thường trực HĐND huyện phát biểu.", ["HĐND huyện"]),
    # the national broadcaster's name holds a verb ("nói") that elsewhere ends a name
    ("Bản tin phát trên Đài Tiếng nói Việt Nam sáng nay.", ["Đài Tiếng nói Việt Nam"]),
    # an office posted away keeps "tại" and its seat; no seat, no "tại"
    ("Đại sứ quán Pháp tại Hà Nội và Bộ Y tế ký kết.", ["Đại sứ quán Pháp tại Hà Nội", "Bộ Y tế"]),
    ("Văn phòng UNICEF tại Việt Nam tài trợ dự án.", ["Văn phòng UNICEF tại Việt Nam"]),
    ("Đại sứ quán Pháp tại buổi lễ trao quà.", ["Đại sứ quán Pháp"]),
    ("Sở Y tế tại Hà Nội họp báo.", ["Sở Y tế"]),
    ("Trung tâm Y tế TP. HCM vừa ban hành hướng dẫn.", ["Trung tâm Y tế TP. HCM"]),
    ("Trung tâm Công tác xã hội TP.HCM tiếp nhận 20 trẻ.", ["Trung tâm Công tác xã hội TP.HCM"]),
    ("Chúng tôi đồng hành với Sở Y tế TP.HCMcùng chăm lo người bệnh.", ["Sở Y tế TP.HCM"]),
    ("Bệnh viện Đa khoa Tp. Thủ Đức tiếp nhận người cao tuổi.",
     ["Bệnh viện Đa khoa Tp. Thủ Đức"]),
    ("Đoàn chuyên gia của Bệnh viện St. Paul Hàn Quốc sang làm việc.",
     ["Bệnh viện St. Paul Hàn Quốc"]),
    ("Sinh viên Trường Đại học Hà Nội cơ sở 2 tham gia tình nguyện.",
     ["Trường Đại học Hà Nội cơ sở 2"]),
    ("Trường Tiểu học số 1 Quảng Điền khai giảng năm học mới.",
     ["Trường Tiểu học số 1 Quảng Điền"]),
    ("Viện Vệ sinh dịch tễ Trung ương xét nghiệm 300 mẫu.", ["Viện Vệ sinh dịch tễ Trung ương"]),
    ("Trung tâm Kiểm soát bệnh tật tỉnh tiếp nhận hồ sơ.", ["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    ("Hội Chữ thập đỏ huyện vận động quyên góp.", ["Hội Chữ thập đỏ huyện"]),
    ("Phó Chủ tịch Hội Chữ thập đỏ tỉnh Nguyễn Văn Bình phát biểu.", ["Hội Chữ thập đỏ tỉnh"]),
    ("Tổng cục trưởng Tổng cục Thống kê cho biết số liệu.", ["Tổng cục Thống kê"]),
    ("UBND huyện Lục Yên phối hợp với UBND huyện Mai Sơn tổ chức phát động.",
     ["UBND huyện Lục Yên", "UBND huyện Mai Sơn"]),
    # the Youth Union written with "đoàn", alone or with its place; the Front, the police
    ("Báo Tuổi Trẻ, Tỉnh đoàn và Sở Y tế trao quà.", ["Báo Tuổi Trẻ", "Tỉnh đoàn", "Sở Y tế"]),
    ("Đại diện Thành đoàn Hà Nội phát biểu.", ["Thành đoàn Hà Nội"]),
    ("Lãnh đạo Mặt trận Tổ quốc tỉnh và Công an huyện dự lễ.",
     ["Mặt trận Tổ quốc tỉnh", "Công an huyện"]),
    ("Công an đã vào cuộc điều tra.", []),
    # a head glued to a document's number is its issuer's code, not a body's name, even with
    # a portal's next field in capitals after it; a body glued by a dash to another is one
    ("Số hiệu: 25/KH-UBND Loại văn bản: Kế hoạch", []),
    ("Số: 08/2021/QĐ-UBND Nơi Nhận: Sở Tư pháp", ["Sở Tư pháp"]),
    ("Đoàn công tác của HĐND-UBMTTQ tỉnh Hòa Bình đến thăm.", ["UBMTTQ tỉnh Hòa Bình"]),
    # an inspectorate is a body; "thanh tra" in lower case, or before a common noun, the verb
    ("Thanh tra Sở Xây dựng phối hợp kiểm tra công trình.", ["Thanh tra Sở Xây dựng"]),
    ("Thanh tra các cơ sở giáo dục nghề nghiệp trên địa bàn.", []),
    ("Đoàn đã thanh tra Sở Y tế trong tháng 3.", ["Sở Y tế"]),
    # mass organisations and the policy bank by their initials, with their place or unit
    ("HND xã Tân Lập phối hợp tổ chức tập huấn.", ["HND xã Tân Lập"]),
    ("NHCSXH huyện giải ngân 20 tỷ đồng cho hộ nghèo.", ["NHCSXH huyện"]),
    ("Liên đoàn lao động huyện trao 50 suất quà.", ["Liên đoàn lao động huyện"]),
    ("Các cấp HND cần vận động hội viên.", []),
    ("Liên đoàn lao động là tổ chức của người lao động.", []),
    # an ellipsis ends a name as a full stop does; verbs of running text end it
    ("Đoàn đến thăm Sở Nội vụ… và các đơn vị khác.", ["Sở Nội vụ"]),
    ("Sở Tư pháp căn cứ Nghị định số 5 để hướng dẫn.", ["Sở Tư pháp"]),
    ("Bà Lan, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn.", ["Hội LHPN tỉnh"]),
    ("Trường Đại học Mở Hà Nội tuyển sinh 3.000 chỉ tiêu.", ["Trường Đại học Mở Hà Nội"]),
    # a specialised school named after a person, "chuyên" between its level and the name
    ("Học sinh Trường THPT chuyên Lê Quý Đôn đạt 5 giải.", ["Trường THPT chuyên Lê Quý Đôn"]),
    # "kể từ" (since) ends a name, like "từ ngày"
    ("Bà Hoa công tác tại Trung tâm Y tế huyện kể từ ngày 1/6.", ["Trung tâm Y tế huyện"]),
    # a verb of running text after a proper name ends the name (data/lexicon/verbs.txt)
    ("Quỹ Thiện Nguyện Sao Mai tài trợ 50 suất quà.", ["Quỹ Thiện Nguyện Sao Mai"]),
    ("Đoàn công tác của Hội LHPN tỉnh Nghệ An thăm trẻ mồ côi.", ["Hội LHPN tỉnh Nghệ An"]),
    ("Sở Y tế thành lập hội đồng chuyên môn.", ["Sở Y tế"]),
    ("Công ty Điện lực Phú Thọ vinh dự nhận cờ thi đua.", ["Công ty Điện lực Phú Thọ"]),
    # a head wanting a capital after it, then only a unit and its name
    ("Công đoàn tỉnh Lạng Sơn tổ chức hội nghị.", ["Công đoàn tỉnh Lạng Sơn"]),
    ("Câu lạc bộ xã Tân Lập ra mắt.", ["Câu lạc bộ xã Tân Lập"]),
    ("Công đoàn tỉnh sẽ hỗ trợ.", []),
    # the schools of two levels as one group, with a comma (data/lexicon/fixed_phrases.txt)
    ("Ban Thường vụ Đảng ủy khối cao đẳng, đại học TP.HCM họp.",
     ["Ban Thường vụ Đảng ủy khối cao đẳng, đại học TP.HCM"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_organisation_name_boundaries(text: str, expected: list[str], lex: Lexicon) -> None:
    assert orgs(text, lex) == expected


def test_a_sentence_ending_after_an_abbreviation_does_not_run_on(lex: Lexicon) -> None:
    text = "Đại diện có Sở Y tế. Bà Lan phát biểu."
    assert orgs(text, lex) == ["Sở Y tế"]


# fmt: off
BEYOND_THE_ADMINISTRATION = [
    ("Công ty Cổ phần Sữa Việt Nam tài trợ 1.000 suất học bổng.", ["Công ty Cổ phần Sữa Việt Nam"]),
    ("Theo Báo Nhân Dân, Tỉnh ủy Quảng Bình đã chỉ đạo.", ["Báo Nhân Dân", "Tỉnh ủy Quảng Bình"]),
    ("Ngân hàng Chính sách xã hội cho vay hộ nghèo.", ["Ngân hàng Chính sách xã hội"]),
    ("Báo cáo của tỉnh nêu rõ kết quả.", []),
    ("Trẻ em ở Đài Loan được hỗ trợ.", []),
    ("Sở GD&ĐT tỉnh Lạng Sơn nêu vấn đề.", ["Sở GD&ĐT tỉnh Lạng Sơn"]),
    ("UBND tỉnh giao HĐND xã và Ủy ban nhân dân huyện thống nhất danh sách.",
     ["UBND tỉnh", "HĐND xã", "Ủy ban nhân dân huyện"]),
    ("Sinh viên trường đại học Văn Lang và trường Cao đẳng Y tế Đồng Nai tham gia.",
     ["trường đại học Văn Lang", "trường Cao đẳng Y tế Đồng Nai"]),
    ("Tổ chức Ngày hội việc làm cho thanh niên. Bộ luật Lao động quy định rõ.", []),
    ("Luật Tổ chức Chính quyền địa phương được sửa đổi.", []),
    ("Theo Pacific Airlines, chuyến bay hoãn; Masan Group và Ngân hàng Thế giới tài trợ.",
     ["Pacific Airlines", "Masan Group", "Ngân hàng Thế giới"]),
    ("Tại Air đó không có ai.", []),
    ("Anh làm việc cho công ty Viglacera rồi tổng công ty Viglacera; các công ty may đóng cửa.",
     ["công ty Viglacera", "tổng công ty Viglacera"]),
    ("Ban chỉ đạo phòng chống dịch COVID-19 tỉnh Bình Định họp khẩn.",
     ["Ban chỉ đạo phòng chống dịch COVID-19 tỉnh Bình Định"]),
    ("Ban chỉ đạo của tỉnh họp.", []),
    ("Hãng hàng không Pacific Airlines và Đại sứ quán Nhật Bản tài trợ.",
     ["Hãng hàng không Pacific Airlines", "Đại sứ quán Nhật Bản"]),
    # firms after a lower-case word for their trade, named after their owner too; a bare
    # "hãng" or "nhà xe" is no name
    ("Khách đi xe của nhà xe Hoàng Long; theo hãng tin AFP, hãng Boeing đã hoãn giao hàng.",
     ["nhà xe Hoàng Long", "hãng tin AFP", "hãng Boeing"]),
    ("Các hãng đều giảm giá; nhà xe vẫn chạy.", []),
    ("Học sinh Trường THPT Nguyễn Trãi đạt giải nhất.", ["Trường THPT Nguyễn Trãi"]),
    ("Bệnh viện 175 tiếp nhận thương binh; Sở 3 lần kiểm tra.", ["Bệnh viện 175"]),
    ("UBND quận 10 và UBND phường 5, UBND huyện cùng ký.",
     ["UBND quận 10", "UBND phường 5", "UBND huyện"]),
    ("Đoàn từ Tây Ban Nha thăm quần đảo Trường Sa và Hội Nông dân tỉnh Quảng Nam.",
     ["Hội Nông dân tỉnh Quảng Nam"]),
]

# A function word or verb after a proper name ends the name; after a common noun in
# lower case, inside a name, it does not.
AFTER_A_PROPER_NAME = [
    ("Bệnh viện Xanh Pôn lại tiếp nhận thêm 30 ca.", ["Bệnh viện Xanh Pôn"]),
    ("Bệnh viện Đại học Y Hà Nội cơ sở 2 sau đó nhận ca; Bệnh viện Nhi Trung ương kết quả tốt.",
     ["Bệnh viện Đại học Y Hà Nội cơ sở 2", "Bệnh viện Nhi Trung ương"]),
    ("Nhờ Ban chỉ đạo xây dựng XHHT từ tỉnh đến cơ sở, Trung tâm CDC ở Huế hoạt động tốt.",
     ["Ban chỉ đạo xây dựng XHHT", "Trung tâm CDC"]),
    ("Ban Chỉ đạo quốc gia phòng chống thiên tai họp.",
     ["Ban Chỉ đạo quốc gia phòng chống thiên tai"]),
    ("Bệnh nhân chuyển từ Bệnh viện Hữu Nghị về Bệnh viện Xanh Pôn ở Hà Nội.",
     ["Bệnh viện Hữu Nghị", "Bệnh viện Xanh Pôn"]),
    ("Bệnh viện Việt Đức cách ly 20 người.", ["Bệnh viện Việt Đức"]),
    # verbs of judging a body states: "xác định", "nhận định", "quán triệt" (verbs.txt)
    ("Do đó, Bộ GD-ĐT xác định cần sửa quy chế thi.", ["Bộ GD-ĐT"]),
    ("Sở Tài chính nhận định nguồn thu sẽ giảm; Tỉnh ủy Bình Định quán triệt nghị quyết.",
     ["Sở Tài chính", "Tỉnh ủy Bình Định"]),
    ("Quỹ Phát triển nhà ở thành phố cho vay.", ["Quỹ Phát triển nhà ở thành phố"]),
    ("Trường Cao đẳng Nghề Du lịch Huế tuyển sinh.", ["Trường Cao đẳng Nghề Du lịch Huế"]),
    ("Sở Tài chính tỉnh này cho biết đã có kết quả âm tính.", ["Sở Tài chính tỉnh"]),
    ("Phó Giám đốc Đỗ Trường Xuân và ông Lê Hội làm việc với Sở Y tế.", ["Sở Y tế"]),
    ("Từ Bệnh viện Hữu Nghị, bệnh nhân được chuyển đi.", ["Bệnh viện Hữu Nghị"]),
    ("Theo anh Trường Lâm, Sở Y tế đối với việc này rất quan tâm.", ["Sở Y tế"]),
    ("Theo CDC Cần Thơ, số ca tăng; CDC cho biết thêm.", ["CDC Cần Thơ"]),
    ("Bệnh viện Quận 11 và Trung tâm Y tế phường 4 lấy mẫu; Sở Y tế 3 lần kiểm tra.",
     ["Bệnh viện Quận 11", "Trung tâm Y tế phường 4", "Sở Y tế"]),
    ("Công an Tp.HCM đã vào cuộc.", ["Công an Tp.HCM"]),
    ("Đại sứ quán Anh, Ban chỉ đạo phòng, chống dịch tỉnh Long An cùng dự.",
     ["Đại sứ quán Anh", "Ban chỉ đạo phòng, chống dịch tỉnh Long An"]),
    ("UBND tỉnh Kiên Giang Trường Đại học Kiên Giang ký kết.",
     ["UBND tỉnh Kiên Giang", "Trường Đại học Kiên Giang"]),
    # a letter closes a name as a number does; "ở" and a street's or unit's head end one
    ("Bệnh nhân chuyển từ Bệnh viện K vào sáng nay.", ["Bệnh viện K"]),
    ("Lớp học mở tại Trường Quân sự Quân khu 5 năm nay.", ["Trường Quân sự Quân khu 5"]),
    ("Chị khám tại Trung tâm Y tế dự phòng ở đường Lê Lợi, sau đó về nhà.",
     ["Trung tâm Y tế dự phòng"]),
    ("Quỹ Hỗ trợ nhà ở xã hội cho vay.", ["Quỹ Hỗ trợ nhà ở xã hội"]),
    # a dash after a proper name, then prose; a dash inside a name goes on
    ("Nhiều người đến Bệnh viện Xanh Pôn - nơi có ca bệnh đầu tiên.", ["Bệnh viện Xanh Pôn"]),
    ("Viện Huyết học - truyền máu Trung ương nhận mẫu.",
     ["Viện Huyết học - truyền máu Trung ương"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AFTER_A_PROPER_NAME)
def test_a_name_ends_where_the_sentence_goes_on(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


@pytest.mark.parametrize(("text", "expected"), BEYOND_THE_ADMINISTRATION)
def test_companies_newspapers_banks_and_party_committees(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


def test_a_capitalised_verb_after_a_units_word_is_no_place() -> None:
    """ "... của Ủy ban nhân dân tỉnh Phê duyệt Đề án ...": the source's stray capital."""
    from graph_builder.nlp.rules.orgs import find_orgs

    text = "Quyết định số 605/QĐ-UBND của Ủy ban nhân dân tỉnh Phê duyệt Đề án Chính quyền số."
    assert [o.text for o in find_orgs(text, load_lexicon(VOCAB_DIR))] == ["Ủy ban nhân dân tỉnh"]


def test_a_date_after_a_name_is_no_part_of_it() -> None:
    from graph_builder.nlp.rules.orgs import find_orgs

    text = "Lãnh đạo tỉnh làm việc với Trung tâm Bảo trợ xã hội tỉnh năm 2017 và tháng 5 năm sau."
    assert [o.text for o in find_orgs(text, load_lexicon(VOCAB_DIR))] == [
        "Trung tâm Bảo trợ xã hội tỉnh"
    ]


# fmt: off
AFTER_A_UNIT_WORD = [
    ("Hội Nông dân huyện tập huấn kỹ thuật cho hội viên.", ["Hội Nông dân huyện"]),
    ("Trung tâm Y tế thành phố rà soát hồ sơ tiêm chủng.", ["Trung tâm Y tế thành phố"]),
    ("Hội Cựu chiến binh phường thăm hỏi các gia đình.", ["Hội Cựu chiến binh phường"]),
    ("Trung tâm Bảo trợ xã hội tiếp nhận 12 cụ già.", ["Trung tâm Bảo trợ xã hội"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), AFTER_A_UNIT_WORD)
def test_a_word_in_lower_case_after_a_units_word_ends_the_name(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


# fmt: off
FRONT_AND_FRIENDSHIP = [
    ("Phó Chủ tịch Uỷ ban MTTQ, Chủ tịch Hội Nông dân tỉnh dự lễ.",
     ["Uỷ ban MTTQ", "Hội Nông dân tỉnh"]),
    ("Lãnh đạo Uỷ ban Mặt trận TQVN tỉnh; đại diện các sở dự lễ.", ["Uỷ ban Mặt trận TQVN tỉnh"]),
    ("Liên hiệp các tổ chức Hữu nghị tỉnh Nam Định trao quà.",
     ["Liên hiệp các tổ chức Hữu nghị tỉnh Nam Định"]),
    ("Huyện Đoàn Tam Nông ra quân chiến dịch.", ["Huyện Đoàn Tam Nông"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FRONT_AND_FRIENDSHIP)
def test_front_committees_youth_unions_and_friendship_unions(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


def test_an_events_organising_committee_is_no_organisation(lex: Lexicon) -> None:
    assert orgs("Ban Tổ chức trao 20 suất quà cho các em.", lex) == []
    assert orgs("Ban Tổ chức Trung ương ban hành hướng dẫn.", lex) == ["Ban Tổ chức Trung ương"]


def test_a_word_in_lower_case_after_a_wards_name_ends_the_name(lex: Lexicon) -> None:
    text = "Hội Cựu chiến binh phường Tân Định long trọng tổ chức lễ kỷ niệm."
    assert orgs(text, lex) == ["Hội Cựu chiến binh phường Tân Định"]
    text = "UBND xã Tân Lập huyện Châu Thành họp."  # the district the commune lies in
    assert orgs(text, lex) == ["UBND xã Tân Lập huyện Châu Thành"]
    text = "Trường Đại học Khoa học Xã hội và Nhân văn tuyển sinh."  # "Xã hội" is no unit
    assert orgs(text, lex) == ["Trường Đại học Khoa học Xã hội và Nhân văn"]


def test_a_board_post_right_before_a_board_is_no_board(lex: Lexicon) -> None:
    text = "Trưởng ban Ban Tuyên giáo Huyện ủy phát biểu."
    assert orgs(text, lex) == ["Ban Tuyên giáo Huyện ủy"]


def test_schools_by_their_level_alone(lex: Lexicon) -> None:
    text = "Học sinh THCS Tân Lập và THPT Lê Lợi tham gia; học sinh cấp THCS trên địa bàn."
    assert orgs(text, lex) == ["THCS Tân Lập", "THPT Lê Lợi"]


def test_a_verb_of_funding_ends_a_name(lex: Lexicon) -> None:
    text = "Giao Trung tâm Dịch vụ việc làm bố trí kinh phí."
    assert orgs(text, lex) == ["Trung tâm Dịch vụ việc làm"]


def test_a_tables_cell_ends_a_name(lex: Lexicon) -> None:
    text = "Số: 45/KH-UBND | Đà Nẵng, ngày 3 tháng 5 năm 2024 |\nSở Y tế | Sở Tài chính"
    assert "UBND | Đà Nẵng" not in orgs(text, lex)
    assert orgs("Sở Nội vụ | Sở Xây dựng", lex) == ["Sở Nội vụ", "Sở Xây dựng"]


def test_a_department_in_lower_case_with_its_field_written_with_a_comma(lex: Lexicon) -> None:
    text = "Đại diện phòng Lao động, thương binh và xã hội huyện Tân Phước dự lễ."
    assert orgs(text, lex) == ["phòng Lao động, thương binh và xã hội huyện Tân Phước"]
    assert orgs("Các em ngồi trong phòng học mới.", lex) == []


def test_or_ends_a_name(lex: Lexicon) -> None:
    text = "Hồ sơ gửi Trung tâm Dịch vụ việc làm hay gửi trực tiếp cho xã?"
    assert orgs(text, lex) == ["Trung tâm Dịch vụ việc làm"]


def test_a_law_named_by_the_body_it_organises_names_no_body(lex: Lexicon) -> None:
    text = (
        "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức Quốc hội ngày 19/6/2015; theo đề nghị "
        "của Bộ trưởng Bộ Nội vụ, Chính phủ ban hành Nghị định."
    )
    assert orgs(text, lex) == ["Bộ Nội vụ", "Chính phủ"]


def test_a_verb_of_knowing_after_a_name_ends_it_and_a_syndrome_is_no_body(lex: Lexicon) -> None:
    text = "Người dân gọi cho Trung tâm Y tế TP biết tin; Hội chứng Down hiếm gặp."
    assert orgs(text, lex) == ["Trung tâm Y tế TP"]
    assert orgs("Hội Chữ thập đỏ tỉnh Nghệ An trao quà.", lex) == ["Hội Chữ thập đỏ tỉnh Nghệ An"]
    # a consultation of doctors and the authorities in general are no bodies' names
    text = "Hội chẩn Quốc gia họp sáng nay; Lực lượng chức năng Hà Tĩnh phun khử khuẩn."
    assert orgs(text, lex) == []


def test_short_forms_of_a_committee_and_of_the_front(lex: Lexicon) -> None:
    text = "UB Kinh tế xem xét đề án; UB Tài chính biểu quyết tán thành."
    assert orgs(text, lex) == ["UB Kinh tế", "UB Tài chính"]
    text = "Lãnh đạo Huyện ủy, UBMT, các ban, ngành dự. MTTQ xã Tân Lập trao quà."
    assert "UBMT" in orgs(text, lex) and "MTTQ xã Tân Lập" in orgs(text, lex)
    assert orgs("Bệnh nhân được chuyển lên BVĐK tỉnh điều trị.", lex) == ["BVĐK tỉnh"]


def test_prevent_and_a_disease_is_no_room(lex: Lexicon) -> None:
    text = "Trung tâm Y tế huyện tiêm vắc xin phòng Covid-19 và tư vấn phòng HIV cho dân."
    assert orgs(text, lex) == ["Trung tâm Y tế huyện"]


# fmt: off
PARTY_COMMITTEES = [
    # a town's or an urban district's Party committee is a name by itself, like "Huyện ủy"
    ("Dự có ông Lê Văn Hòa – Phó Bí thư Thường trực Thị ủy.", ["Thị ủy"]),
    ("Quận ủy Hoàn Kiếm ban hành nghị quyết.", ["Quận ủy Hoàn Kiếm"]),
    # a commune's Party committee written with the commune's word only
    ("Đồng chí Hà Văn Lâm – Phó Bí thư Đảng ủy xã làm trưởng đoàn.", ["Đảng ủy xã"]),
    # a seat on the committee is a post, and the common noun is no name
    ("Bà Trần Thị Mai - Quận ủy viên dự họp.", []),
    ("Các đảng ủy viên dự họp.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), PARTY_COMMITTEES)
def test_party_committees_of_towns_urban_districts_and_communes(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


def test_a_dash_before_a_post_ends_the_body_of_the_post_before(lex: Lexicon) -> None:
    """ "Bí thư Huyện ủy – Chủ tịch UBND huyện": two posts joined by a dash; a dash inside
    a name ("Lao động - Thương binh") goes on, as it opens no post."""
    assert orgs("Dự có ông Lê Văn Tư – Bí thư Huyện ủy – Chủ tịch UBND huyện.", lex) == [
        "Huyện ủy",
        "UBND huyện",
    ]
    assert orgs("Sở Lao động - Thương binh và Xã hội tỉnh chủ trì.", lex) == [
        "Sở Lao động - Thương binh và Xã hội tỉnh"
    ]


# fmt: off
COINED_FIRM_NAMES = [
    # a firm's own name begins with a syllable that alone is a head word
    ("Hợp đồng được ký với Công ty TNHH Trường Phúc An vào tháng trước.",
     ["Công ty TNHH Trường Phúc An"]),
    ("Công ty Cổ phần Thực phẩm Sở Hà trao 500 suất quà cho học sinh.",
     ["Công ty Cổ phần Thực phẩm Sở Hà"]),
    # outside a firm's name, the head word still opens the next name of a list
    ("Đoàn đã làm việc với Sở Tài chính Sở Nội vụ về việc này.",
     ["Sở Tài chính", "Sở Nội vụ"]),
    ("Buổi lễ có đại diện Công ty Điện lực Phú Thọ, Trường Đại học Hùng Vương.",
     ["Công ty Điện lực Phú Thọ", "Trường Đại học Hùng Vương"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), COINED_FIRM_NAMES)
def test_a_firms_name_may_begin_with_a_head_word(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


def test_a_hospital_by_its_number_alone(lex: Lexicon) -> None:
    """ "số 2" after the head names the hospital; a count of hospitals does not."""
    assert orgs("Hai ca bệnh được chuyển lên Bệnh viện số 3 để theo dõi.", lex) == [
        "Bệnh viện số 3"
    ]
    assert orgs("Tỉnh có 2 Bệnh viện tuyến huyện đang quá tải.", lex) == []


# fmt: off
BRANDS_THEN_VERBS = [
    # a brand's word closes a firm's name as two syllables of a Vietnamese name do, and
    # a verb of news after it is the sentence
    ("Tập đoàn Toyota đầu tư thêm một nhà máy ở Vĩnh Phúc.", ["Tập đoàn Toyota"]),
    ("Công ty Tân Phát sản xuất lô khẩu trang này.", ["Công ty Tân Phát"]),
    # words in lower case after a Vietnamese syllable go on with the name, up to the verb
    ("Công ty Điện lực miền Trung mở rộng lưới điện.", ["Công ty Điện lực miền Trung"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BRANDS_THEN_VERBS)
def test_a_firms_name_ends_before_a_verb_of_news(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert orgs(text, lex) == expected


# fmt: off
FOREIGN_BODIES = [
    # a national body with a foreign country's name: that country's body, even a country
    # that is also a given name
    ("Chính phủ Đức vừa công bố gói viện trợ mới.", [("Chính phủ Đức", None)]),
    ("Theo Bộ Y tế Hàn Quốc, số ca mắc đã giảm.", [("Bộ Y tế Hàn Quốc", None)]),
    ("Quốc hội Pháp thông qua dự luật về khí hậu.", [("Quốc hội Pháp", None)]),
    # Vietnam's own body, and a province a country's name begins
    ("Bộ Y tế Việt Nam khuyến cáo người dân.", [("Bộ Y tế Việt Nam", "Bộ Y tế")]),
    ("Đoàn của Bộ Y tế Lào Cai về xã.", [("Bộ Y tế Lào Cai", "Bộ Y tế")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), FOREIGN_BODIES)
def test_a_body_with_a_foreign_countrys_name_is_that_countrys(
    text: str, expected: list[tuple[str, str | None]], lex: Lexicon
) -> None:
    found = find_orgs(unicodedata.normalize("NFC", text), lex)
    assert [(m.text, m.canonical) for m in found] == expected


def test_supreme_bodies_named_in_lower_case_and_world_bodies_by_initials(lex: Lexicon) -> None:
    """The supreme court and procuracy end with their level in lower case, which no head
    phrase reads as a name; world bodies are mostly written by their initials."""
    text = "Viện Kiểm sát nhân dân tối cao kháng nghị bản án; IMF và WTO dự báo tăng trưởng."
    assert orgs(text, lex) == ["Viện Kiểm sát nhân dân tối cao", "IMF", "WTO"]


def test_a_stop_word_that_ends_a_compound_written_capitalised_goes_on(lex: Lexicon) -> None:
    found = orgs(
        "Hội phối hợp với Trung tâm Nghiên cứu và Chuyển giao công nghệ tỉnh biên soạn tài "
        "liệu. Sở Y tế giao Bệnh viện tỉnh chuẩn bị.",
        lex,
    )
    assert found[0] == "Trung tâm Nghiên cứu và Chuyển giao công nghệ tỉnh"
    assert "Sở Y tế" in found  # alone, "giao" still ends a name
