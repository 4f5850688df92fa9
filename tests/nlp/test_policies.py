"""Policy names as real articles write them: titles in quotes, numbers written loosely."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.congress_resolutions import find_resolutions
from graph_builder.nlp.rules.policies import find_instruments, find_legal

# fmt: off
QUOTED = [
    ('Tỉnh triển khai Đề án "Hỗ trợ người khuyết tật tìm việc làm giai đoạn 2023-2025" tại 5 xã.',
     'Đề án "Hỗ trợ người khuyết tật tìm việc làm giai đoạn 2023-2025"'),
    ("Sở thực hiện đề án “Phát triển nghề công tác xã hội giai đoạn 2021-2030” của Chính phủ.",
     "đề án “Phát triển nghề công tác xã hội giai đoạn 2021-2030”"),
    ("Chương trình “Tháng hành động vì trẻ em” được phát động.",
     "Chương trình “Tháng hành động vì trẻ em”"),
]
# fmt: on


@pytest.mark.parametrize(("text", "name"), QUOTED)
def test_a_title_in_quotes_after_the_head_word_is_the_name(text: str, name: str) -> None:
    assert [m.text for m in find_instruments(text)] == [name]


def test_a_quote_never_runs_across_lines() -> None:
    found = find_instruments("Đề án “Phát triển nghề công tác xã hội\nnăm nay” được triển khai.")
    assert [m.text for m in found] != ["Đề án “Phát triển nghề công tác xã hội\nnăm nay”"]


def test_a_number_written_with_a_space_for_the_hyphen() -> None:
    text = "Bộ trao Quyết định 1275/QĐ BGDĐT và Quyết định 1276/ QĐ BGDĐT cho hai trường."
    found = find_legal(text)
    assert [(m.number, m.issuer_code) for m in found] == [
        ("1275/QĐ BGDĐT", "BGDĐT"),
        ("1276/ QĐ BGDĐT", "BGDĐT"),
    ]


def test_a_space_before_an_ordinary_word_is_no_issuer() -> None:
    found = find_legal("Theo Quyết định 45/QĐ của UBND tỉnh, Kế hoạch 12/KH Sở ban hành.")
    assert [(m.number, m.issuer_code) for m in found] == [("45/QĐ", None), ("12/KH", None)]


def test_a_code_typed_without_its_stroke_and_a_joint_plan() -> None:
    """ "QD" for "QĐ" (the đ typed as d); "KHLT", a plan two bodies issue together, whose
    number is not cut after "KH"."""
    text = (
        "Theo quyết định số 1956/QD-TTg của Thủ tướng; Kế hoạch liên tịch số "
        "12/KHLT-SLĐTBXH-SYT của hai sở; Kế hoạch số 40/KH-UBND."
    )
    found = [(m.number, m.kind) for m in find_legal(text)]
    assert found == [
        ("1956/QD-TTg", "Quyết định"),
        ("12/KHLT-SLĐTBXH-SYT", "Kế hoạch liên tịch"),
        ("40/KH-UBND", "Kế hoạch"),
    ]


def test_an_official_letter_by_its_word_and_number() -> None:
    from graph_builder.config import VOCAB_DIR
    from graph_builder.nlp.lexicon import load_lexicon
    from graph_builder.nlp.rules.issuer_codes import issuer_from_code
    from graph_builder.nlp.rules.letters import find_letters

    text = "Theo Công văn số 2210/LĐTBXH- BTXH và công văn 318/UBND-VX, báo cáo 25/BC-SYT."
    found = find_letters(text)
    assert [(m.number, m.kind) for m in found] == [
        ("2210/LĐTBXH- BTXH", "Công văn"),
        ("318/UBND-VX", "Công văn"),
    ]
    lex = load_lexicon(VOCAB_DIR)
    assert issuer_from_code(found[0].issuer_code, lex) == "Bộ Lao động - Thương binh và Xã hội"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tham dự có bà Lê Thu Hà, Trưởng Chương trình bảo vệ trẻ em và ông Trần Văn Nam.",
            "Chương trình bảo vệ trẻ em",
        ),
        (
            "Chương trình Mục tiêu quốc gia giảm nghèo tiếp tục được triển khai ở 10 xã.",
            "Chương trình Mục tiêu quốc gia giảm nghèo",
        ),
    ],
)
def test_a_policy_name_ends_before_a_person_or_a_verb_going_on(text: str, name: str) -> None:
    assert [m.text for m in find_instruments(text) if not m.bare] == [name]


# fmt: off
PROJECTS_AND_PROGRAMMES = [
    ("Hội triển khai dự án 3 “Hỗ trợ phát triển sản xuất vùng khó khăn” tại 4 xã.",
     ["dự án 3 “Hỗ trợ phát triển sản xuất vùng khó khăn”"]),
    ("Tỉnh thực hiện Dự án Nước sạch nông thôn tại 12 xã.", ["Dự án Nước sạch nông thôn"]),
    ("Kinh phí lấy từ chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025.",
     ["chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025"]),
    ("Các em được học theo chương trình học mới.", []),  # a curriculum, no policy
    ("Mỗi dự án được hỗ trợ 50 triệu đồng.", []),
    # a land or network plan in lower case, named with its period; the verb is no plan
    ("Sở rà soát quy hoạch mạng lưới trường mầm non giai đoạn 2026-2035; báo cáo UBND tỉnh.",
     ["quy hoạch mạng lưới trường mầm non giai đoạn 2026-2035"]),
    ("Huyện sẽ quy hoạch lại khu dân cư ven sông trong năm 2026.", []),
    # where the project named before works is no project's name
    ("Tiền được chi cho hộ nghèo thuộc Dự án trên địa bàn 3 tỉnh miền núi phía Bắc.", []),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), PROJECTS_AND_PROGRAMMES)
def test_projects_and_programmes_written_in_lower_case(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text) if not m.bare or m.ref_number] == names


def test_a_short_reference_before_a_comma_and_an_old_style_directive() -> None:
    short = find_instruments("Các mục tiêu của Quyết định số 45, trong đó có giảm nghèo.")
    assert [m.text for m in short] == ["Quyết định số 45"]
    assert find_instruments("Tỷ lệ tăng theo Quyết định 12,5 lần.") == []  # a figure
    legal = find_legal("Ban được kiện toàn theo Chỉ thị 15/2006/TTg của Thủ tướng.")
    assert [(m.text, m.kind, m.number, m.issuer_code) for m in legal] == [
        ("Chỉ thị 15/2006/TTg", "Chỉ thị", "15/2006/TTg", "TTg")
    ]
    assert find_legal("Hồ sơ số 15/2006/TTg gửi lên.") == []  # no kind without its word


def test_a_short_reference_with_its_year_and_no_code() -> None:
    text = "Tỉnh thực hiện Nghị quyết số 07/2022 của Tỉnh ủy và sửa đổi Nghị định 31/2019."
    assert [m.text for m in find_instruments(text)] == [
        "Nghị quyết số 07/2022",
        "Nghị định 31/2019",
    ]
    # a full number with its code is find_legal's
    assert find_instruments("Theo Nghị quyết số 07/2022/NQ-HĐND của tỉnh.") == []


def test_a_list_of_kinds_and_a_relative_clause_are_no_part_of_a_name() -> None:
    text = "Tỉnh thực hiện Luật Người cao tuổi và các Hiệp định quốc tế mà Việt Nam đã ký."
    assert [m.text for m in find_instruments(text) if not m.bare] == ["Luật Người cao tuổi"]
    text = "Đề án Phát triển giáo dục mầm non mà tỉnh đang làm có 3 mục tiêu."
    assert [m.text for m in find_instruments(text)] == ["Đề án Phát triển giáo dục mầm non"]


def test_a_protocol_is_an_instrument_and_its_name_ends_before_its_signing_date() -> None:
    text = "Việt Nam phê chuẩn Nghị định thư về hợp tác hải quan ký ngày 12/3/2021 tại Hà Nội."
    found = find_instruments(text)
    assert [(m.text, m.kind) for m in found] == [
        ("Nghị định thư về hợp tác hải quan", "Nghị định thư")
    ]
    decree = "Chính phủ ban hành Nghị định số 20/2021/NĐ-CP về trợ giúp xã hội."
    assert find_instruments(decree) == []  # a decree by its number, found as a legal text
    assert [m.kind for m in find_legal(decree)] == ["Nghị định"]


def test_the_standing_socio_economic_plan_is_a_kind_of_work_not_a_policy() -> None:
    text = (
        "Tỉnh lồng ghép mục tiêu giới vào Kế hoạch phát triển kinh tế — xã hội giai đoạn "
        "2021-2025. Xã thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024."
    )
    assert [m.text for m in find_instruments(text) if not m.bare] == []
    own = "Tỉnh ban hành Kế hoạch phát triển kinh tế tập thể giai đoạn 2021-2025."
    assert [m.text for m in find_instruments(own)] == [
        "Kế hoạch phát triển kinh tế tập thể giai đoạn 2021-2025"
    ]


def test_the_verb_quyet_dinh_and_a_count_is_no_decision() -> None:
    text = "Chủ tịch nước quyết định 3 mức quà tặng; Quyết định 281 của Thủ tướng vẫn có hiệu lực."
    assert [m.text for m in find_instruments(text)] == ["Quyết định 281"]


def test_a_conjunction_after_the_head_word_is_no_part_of_a_name() -> None:
    found = find_instruments("Theo Quy chế và quy định hiện hành, trường được tự chủ.")
    assert [(m.text, m.bare) for m in found] == [("Quy chế", True)]


def test_a_head_word_opening_a_list_of_contents_refers_to_the_plan() -> None:
    text = "Kế hoạch đưa ra một số giải pháp: tuyên truyền, tập huấn và kiểm tra."
    assert [(m.text, m.bare) for m in find_instruments(text)] == [("Kế hoạch", True)]
    named = "Tỉnh ban hành Kế hoạch thực hiện một số nhiệm vụ trọng tâm năm 2024: ..."
    assert [m.bare for m in find_instruments(named)] == [False]


def test_a_programme_held_is_an_event_not_a_policy() -> None:
    held = "Sáng 5/1, Hội Chữ thập đỏ tổ chức chương trình “Xuân yêu thương cho người nghèo”."
    assert find_instruments(held) == []
    run = "Tỉnh triển khai chương trình “Xuân yêu thương cho người nghèo” tại 10 xã."
    assert [m.text for m in find_instruments(run)] == [
        "chương trình “Xuân yêu thương cho người nghèo”"
    ]


def test_a_congress_resolution_is_named_by_the_congress_and_whose_it_was() -> None:
    text = (
        "Hội nghị quán triệt Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội XV Đảng bộ "
        "tỉnh Nghệ An. Nghị quyết Đại hội XIV nhấn mạnh chuyển đổi số. Đại hội XIV thành công."
    )
    assert [(m.text, m.kind) for m in find_resolutions(text)] == [
        ("Nghị quyết Đại hội XIV của Đảng", "Nghị quyết"),
        ("Nghị quyết Đại hội XV Đảng bộ tỉnh Nghệ An", "Nghị quyết"),
        ("Nghị quyết Đại hội XIV", "Nghị quyết"),
    ]


def test_a_plan_with_a_party_number_is_found_by_its_number_not_as_a_name() -> None:
    text = "Thực hiện Kế hoạch số 120-KH/TU ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy về cải cách."
    assert find_instruments(text) == []
    assert [m.number for m in find_legal(text)] == ["120-KH/TU"]


def test_a_letter_by_its_number_a_dispatch_and_a_sender_code_with_digits() -> None:
    from graph_builder.nlp.rules.letters import find_letters

    text = (
        "Sở gửi văn bản số 512/UBND- VX tới các huyện, theo văn bản số 77/TB-VPCP và "
        "Công văn số 930/C06-P2 của Cục."
    )
    assert [(m.number, m.kind) for m in find_letters(text)] == [
        ("512/UBND- VX", "Công văn"),
        ("930/C06-P2", "Công văn"),
    ]  # 77/TB-VPCP is a Thông báo: find_legal's
    found = find_legal("Thực hiện Công điện số 88/CĐ-TTg ngày 2/3/2023 về phòng, chống lụt.")
    assert [(m.text, m.kind, m.issuer_code) for m in found] == [
        ("Công điện số 88/CĐ-TTg", "Công điện", "TTg")
    ]


def test_a_congress_resolution_of_a_party_committee_or_an_association() -> None:
    text = (
        "Tỉnh thực hiện Nghị quyết Đại hội XIV của Đảng gắn với Nghị quyết Đại hội XX của Đảng "
        "bộ tỉnh; Hội ban hành chương trình thực hiện Nghị quyết Đại hội đại biểu lần thứ IV "
        "Hội Cựu giáo chức tỉnh và kế hoạch của Sở."
    )
    assert [m.text for m in find_resolutions(text)] == [
        "Nghị quyết Đại hội XIV của Đảng",
        "Nghị quyết Đại hội XX của Đảng bộ tỉnh",
        "Nghị quyết Đại hội đại biểu lần thứ IV Hội Cựu giáo chức tỉnh",
    ]


def test_a_head_word_before_a_verb_of_focus_is_a_reference() -> None:
    found = find_instruments("Dự thảo Đề án chú trọng đến việc đào tạo lại lao động.")
    assert [(m.text, m.bare) for m in found] == [("Đề án", True)]


def test_a_head_word_followed_by_its_aim_names_no_policy() -> None:
    found = find_instruments(
        "Tỉnh triển khai Đề án đào tạo nhân lực giai đoạn 2011-2015 và định hướng đến năm "
        "2020. Đề án định hướng đến năm 2015 đào tạo 300 thạc sĩ. Kế hoạch phấn đấu giảm 2% "
        "hộ nghèo."
    )
    names = [m.text for m in found if not m.bare]
    assert names == ["Đề án đào tạo nhân lực giai đoạn 2011-2015 và định hướng đến năm 2020"]


def test_an_urgent_letter_and_a_law_by_its_subject_without_its_comma() -> None:
    from graph_builder.nlp.rules.letters import find_letters

    letters = find_letters(
        "Bộ Y tế có văn bản khẩn số 2978/BYT-BMTE và Công văn hỏa tốc số 5/BYT-KCB."
    )
    assert [m.number for m in letters] == ["2978/BYT-BMTE", "5/BYT-KCB"]
    laws = find_instruments("Xã tuyên truyền Luật phòng chống bạo lực gia đình cho người dân.")
    assert [m.text for m in laws] == ["Luật phòng chống bạo lực gia đình"]


def test_a_plan_of_land_use_and_a_charter_are_instruments() -> None:
    found = find_instruments(
        "Tỉnh điều chỉnh Quy hoạch chung xây dựng khu kinh tế Vân Phong đến năm 2040. Đại hội "
        "thông qua Điều lệ Hội Nông dân Việt Nam (sửa đổi)."
    )
    assert [m.kind for m in found if not m.bare] == ["Quy hoạch", "Điều lệ"]


def test_a_party_number_with_the_office_that_drafted_it_and_a_party_letter() -> None:
    text = (
        "Căn cứ Công văn số 215-CV/TWĐTN-VP của Trung ương Đoàn, Tỉnh Đoàn ban hành "
        "Kế hoạch 14-KH/TĐTN-TG và Chương trình số 05-CTr/TU."
    )
    assert [(m.number, m.kind) for m in find_legal(text)] == [
        ("215-CV/TWĐTN-VP", "Công văn"),
        ("14-KH/TĐTN-TG", "Kế hoạch"),
        ("05-CTr/TU", "Chương trình"),
    ]
    assert find_instruments(text) == []


def test_a_party_number_runs_to_the_end_of_its_organs_code() -> None:
    """The youth union's "TWĐTN" is no "TW" (the Party's Central Committee) cut short."""
    text = "Thực hiện Chỉ thị số 05-CT/TW và Nghị quyết số 12-NQ/TWĐTN, tỉnh triển khai."
    assert [m.number for m in find_legal(text)] == ["05-CT/TW", "12-NQ/TWĐTN"]


# fmt: off
NO_NAME_AFTER = [
    # a joint plan by its number is a legal document, no instrument named "Kế hoạch liên tịch"
    ("Thực hiện Kế hoạch liên tịch số 12/KHLT-SLĐTBXH-SYT của hai sở về tập huấn.", []),
    # in force now: said of the programme, no part of its name
    ("Chương trình hiện hành được thiết kế cho 35 tuần học.", []),
    ("Theo Luật Đất đai hiện hành, người dân được cấp sổ.", ["Luật Đất đai"]),
    # what the programme is tied to, right after its head: the head is the sentence's subject
    ("Chương trình gắn với thực hiện mục tiêu bảo hiểm y tế toàn dân.", []),
    ("Tỉnh triển khai Chương trình Gắn kết gia đình và nhà trường năm 2024.",
     ["Chương trình Gắn kết gia đình và nhà trường năm 2024"]),
]
LAWS_ABOUT = [
    # "về" after a law's subject starts the sentence's prose
    ("Luật Người cao tuổi về chế độ chăm sóc đã đi vào cuộc sống.", ["Luật Người cao tuổi"]),
    ("Hội nghị quán triệt Luật Đất đai về những điểm mới cho cán bộ xã.", ["Luật Đất đai"]),
    # a scheme is named by the matter it is about
    ("Tỉnh phê duyệt Đề án về phát triển du lịch cộng đồng.",
     ["Đề án về phát triển du lịch cộng đồng"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "names"), NO_NAME_AFTER)
def test_words_after_a_head_that_name_no_instrument(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text) if not m.bare] == names


@pytest.mark.parametrize(("text", "names"), LAWS_ABOUT)
def test_a_laws_name_ends_at_its_subject(text: str, names: list[str]) -> None:
    assert [m.text for m in find_instruments(text)] == names


def test_a_programme_named_with_its_ordinal_is_held_no_policy() -> None:
    text = "Tối qua, Chương trình Vì người nghèo quê hương lần thứ 12 đã quyên góp 5 tỷ đồng."
    assert find_instruments(text) == []


def test_a_question_asked_of_a_programme_is_no_part_of_its_name() -> None:
    text = "Sở đã chỉ đạo thực hiện Chương trình như thế nào?"
    assert [m.text for m in find_instruments(text) if not m.bare] == []


def test_a_congress_resolution_with_its_ordinal_after_whose_congress_it_was() -> None:
    text = (
        "Quán triệt Nghị quyết Đại hội Hội Nông dân huyện Yên Thế lần thứ IX, nhiệm kỳ "
        "2023-2028 và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 20."
    )
    assert [m.text for m in find_resolutions(text)] == [
        "Nghị quyết Đại hội Hội Nông dân huyện Yên Thế lần thứ IX",
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ 20",
    ]


def test_a_letter_whose_drafting_units_code_holds_a_small_letter() -> None:
    from graph_builder.nlp.rules.letters import find_letters

    text = "Thực hiện Công văn số 2041/BGDĐT-GDTrH ngày 5/4/2022 và văn bản số 77/UBND-VX tốt."
    assert [m.number for m in find_letters(text)] == ["2041/BGDĐT-GDTrH", "77/UBND-VX"]


def test_a_name_opened_by_a_quote_runs_to_the_closing_quote() -> None:
    text = "“Chương trình trao sách, vở cho học sinh vùng cao” được Hội phát động tháng 9."
    found = [m.text for m in find_instruments(text) if not m.bare]
    assert found == ["Chương trình trao sách, vở cho học sinh vùng cao"], found


def test_a_day_after_a_head_word_dates_the_sentence_no_name() -> None:
    text = "Từ khi Hội phát động Chương trình đến ngày 5/6/2026 đã trao 300 suất quà."
    assert [m.text for m in find_instruments(text) if not m.bare] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Sở Y tế vừa có công văn hỏa tốc đề nghị các bệnh viện dừng tiếp khách.",
            ["công văn hỏa tốc"],
        ),
        (
            "Bộ phát công điện khẩn yêu cầu các tỉnh ven biển chủ động ứng phó bão.",
            ["công điện khẩn"],
        ),
        # a letter with its number is find_letters'; a letter with no urgency is a noun
        ("Sở đã gửi công văn khẩn số 120/SYT-NV đến các huyện.", []),
        ("Cán bộ xử lý công văn đến trong ngày.", []),
    ],
)
def test_a_letter_named_by_its_urgency_alone(text: str, names: list[str]) -> None:
    """ "công văn hỏa tốc": an urgent letter is one letter, reported with no number."""
    from graph_builder.nlp.rules.letters import find_urgent_letters

    assert [m.text for m in find_urgent_letters(text)] == names
