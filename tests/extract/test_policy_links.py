"""Approvals and implementations between the policies of one article, as decisions and
their PDF copies write them (extract/policy_links.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def links(nlp: Language, text: str, predicate: Predicate) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is predicate}


def test_an_approval_written_over_wrapped_lines(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2022 của Thủ tướng Chính phủ phê "
        "duyệt Chương trình chuyển đổi số\ntrong xây dựng nông thôn mới giai đoạn 2021-2025;",
        Predicate.APPROVED_BY,
    )
    assert any(
        s.startswith("Chương trình chuyển đổi số") and o.endswith("924/QĐ-TTg") for s, o in found
    ), found


def test_article_one_of_a_decision_approves_by_the_decision_itself(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "QUYẾT ĐỊNH BAN HÀNH ĐỀ ÁN PHÁT TRIỂN NGHỀ MUỐI\nSố: 120/QĐ-UBND\n"
        "Căn cứ Nghị định số 61/2011/NĐ-CP của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Phê duyệt Đề án phát triển nghề muối tỉnh Ninh Thuận giai đoạn 2021-2025.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        Predicate.APPROVED_BY,
    )
    assert any(s.startswith("Đề án phát triển nghề muối") for s, _ in found), found
    assert {o for _, o in found} <= {"120/QĐ-UBND", "Quyết định 120/QĐ-UBND"}


def test_the_documents_a_preamble_cites_implement_none_of_each_other(
    plain_nlp: Language,
) -> None:
    found = links(
        plain_nlp,
        "Căn cứ Nghị định số 61/2011/NĐ-CP ngày\n26/7/2011 của Chính phủ sửa đổi một số điều "
        "của Nghị định số 135/2004/NĐ-CP ngày 10/6/2004 của Chính phủ;",
        Predicate.IMPLEMENTS,
    )
    assert not found


PLAN = (
    "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN NGHỀ MUỐI GIAI ĐOẠN 2021 - 2025 TRÊN ĐỊA BÀN "
    "TỈNH NINH THUẬN\nNinh Thuận, ngày 25 tháng 3 năm 2021\nỦY BAN NHÂN\nDÂN\nTỈNH NINH THUẬN\n"
    "-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 151/KH-UBND\n"
    "Thực hiện Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt "
    "Chương trình phát triển nghề muối giai đoạn 2021 - 2025, Tỉnh ban hành Kế hoạch thực "
    "hiện như sau.\n"
    "Mục tiêu: đến năm 2025 có 80% diêm dân được hỗ trợ."
)


def test_a_documents_header_numbers_the_plan_its_title_names(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, PLAN)
    [plan] = [p for p in ex.policies if p.number == "151/KH-UBND"]
    assert plan.name.startswith("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN NGHỀ MUỐI")
    assert not [p for p in ex.policies if p.name == "Kế hoạch thực hiện"]  # one plan
    assert plan.issuer == "Ủy ban nhân dân tỉnh Ninh Thuận"  # the header's, as a name
    implemented = {o for s, o in links(plain_nlp, PLAN, Predicate.IMPLEMENTS) if s == plan.name}
    assert "Quyết định số 1190/QĐ-TTg" in implemented
    assert any(o.startswith("Chương trình phát triển nghề muối") for o in implemented)
    assert {t.policy for t in ex.targets} == {plan.name}


def test_a_title_in_lower_case_names_no_document(plain_nlp: Language) -> None:
    ex = extract_text(plain_nlp, PLAN.replace(PLAN.split("\n")[0], "Kế hoạch về nghề muối"))
    assert [p.name for p in ex.policies if p.number == "151/KH-UBND"] == ["151/KH-UBND"]


def test_a_short_name_by_a_decisions_number_is_what_it_approves(plain_nlp: Language) -> None:
    text = (
        "Bộ triển khai Quyết định 89/QĐ-TTg của Thủ tướng Chính phủ (gọi tắt là Đề án 89) giai "
        "đoạn 2019 - 2030. Theo đề án 89, các trường phải đào tạo thêm giảng viên."
    )
    ex = extract_text(plain_nlp, text)
    assert len([p for p in ex.policies if p.kind == "Đề án"]) == 1
    assert ("Đề án 89", "Quyết định 89/QĐ-TTg") in links(plain_nlp, text, Predicate.APPROVED_BY)


def test_an_instrument_approved_by_a_body_with_no_decision_named(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "Chiến lược quốc gia về người cao tuổi giai đoạn 2021-2030 vừa được Chính phủ thông qua. "
        "Chương trình việc làm giai đoạn 2021-2025 được Bộ Lao động - Thương binh và Xã hội giới "
        "thiệu.",
        Predicate.APPROVED_BY,
    )
    assert found == {("Chiến lược quốc gia về người cao tuổi giai đoạn 2021-2030", "Chính phủ")}


BARE_TITLE = (
    "THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN GIA ĐÌNH TỈNH BẮC NINH GIAI ĐOẠN 2021-2030\n"
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: 77/KH-UBND | Bắc Ninh, ngày 10 tháng 5 năm 2021 |\n"
    "Góp phần hoàn thành các mục tiêu của Chương trình nghị sự 2030 vì sự phát triển bền vững.\n"
    "- Chỉ tiêu 1: Tỷ lệ hộ gia đình được tư vấn về gia đình đạt 90% vào năm 2025.\n"
)


def test_a_plans_title_without_its_kind_word_names_it_and_owns_its_goals(
    plain_nlp: Language,
) -> None:
    """ "THỰC HIỆN ..." heads a plan numbered KH; a programme cited in passing has no goals."""
    ex = extract_text(plain_nlp, BARE_TITLE)
    [plan] = [p for p in ex.policies if p.number == "77/KH-UBND"]
    assert plan.name.startswith("THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN GIA ĐÌNH")
    assert [t.policy for t in ex.targets] == [plan.name]


def test_a_letter_about_carrying_out_a_scheme_approves_nothing(plain_nlp: Language) -> None:
    text = (
        "Thực hiện Công văn số 1520/LĐTBXH-BTXH ngày 12/4/2019 của Bộ Lao động - Thương binh "
        "và Xã hội về việc triển khai Đề án phát triển nghề công tác xã hội giai đoạn "
        "2010-2020; Quyết định số 32/2010/QĐ-TTg phê duyệt Đề án phát triển nghề công tác "
        "xã hội giai đoạn 2010-2020."
    )
    approvers = {o for _, o in links(plain_nlp, text, Predicate.APPROVED_BY)}
    assert not any("1520" in o for o in approvers), approvers


def test_the_issuer_above_the_motto_without_a_title_in_capitals(plain_nlp: Language) -> None:
    """A headline in running case above the header; the issuer written as the header has it."""
    text = (
        "Kế hoạch 45/KH-UBND năm 2019 thực hiện Đề án hỗ trợ người khuyết tật\n"
        "ỦY BAN NHÂN DÂN\nTHÀNH PH\nĐÀ NẴNG\n-------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 45/KH-UBND\nĐà Nẵng, ngày 10 tháng 3 năm 2019\n"
    )
    [plan] = [p for p in extract_text(plain_nlp, text).policies if p.number == "45/KH-UBND"]
    assert plan.issuer == "ỦY BAN NHÂN DÂN THÀNH PH ĐÀ NẴNG"


def test_the_header_issuer_is_the_body_named_with_a_table_bar(plain_nlp: Language) -> None:
    """ "ỦY BAN NHÂN DÂN |" (a table's bar) and the header's "ỦY BAN NHÂN DÂN" are one body:
    two names for one IRI gave it two kinds and failed SHACL."""
    text = (
        "THỰC HIỆN ĐỀ ÁN HỖ TRỢ NGƯỜI KHUYẾT TẬT NĂM 2019\n"
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/KH-UBND |\n"
    )
    ex = extract_text(plain_nlp, text)
    [plan] = [p for p in ex.policies if p.number == "45/KH-UBND"]
    assert plan.issuer in {o.name for o in ex.organisations}


# fmt: off
CARRIED = [
    "Ngày 5/3/2024, UBND tỉnh Nghệ An đã ban hành Kế hoạch thực hiện Chương trình phòng "
    "chống đuối nước trẻ em trên địa bàn tỉnh tại Quyết định số 512/QĐ-UBND.",
    "UBND tỉnh Nghệ An phê duyệt Kế hoạch thực hiện Chương trình phòng chống đuối nước trẻ "
    "em trên địa bàn tỉnh kèm theo Quyết định số 512/QĐ-UBND.",
]
# fmt: on


@pytest.mark.parametrize("text", CARRIED)
def test_the_decision_after_tai_carries_the_instrument_it_follows(
    text: str, plain_nlp: Language
) -> None:
    """ "ban hành Kế hoạch X tại Quyết định số 5": approved by it, not carrying out X."""
    approved = links(plain_nlp, text, Predicate.APPROVED_BY)
    assert any(s.startswith("Kế hoạch thực hiện") and "512/QĐ-UBND" in o for s, o in approved)
    implementing = links(plain_nlp, text, Predicate.IMPLEMENTS)
    assert not any("512/QĐ-UBND" in s for s, _ in implementing), implementing


@pytest.mark.parametrize("sep", [", ", "; ", " và ", ", và "])
def test_documents_cited_in_one_list_carry_out_none_of_each_other(
    sep: str, plain_nlp: Language
) -> None:
    text = (
        "Chương trình gắn với thực hiện các Nghị quyết của Đảng (Nghị quyết số 20-NQ/TW"
        f"{sep}Nghị quyết số 28-NQ/TW{sep}Chỉ thị số 52-CT/TW) về bảo hiểm y tế."
    )
    assert links(plain_nlp, text, Predicate.IMPLEMENTS) == set()


def test_a_local_decision_after_the_cue_still_carries_out_the_national_one(
    plain_nlp: Language,
) -> None:
    text = (
        "Để triển khai Quyết định số 1190/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh đã ban "
        "hành Quyết định số 45/QĐ-UBND."
    )
    found = links(plain_nlp, text, Predicate.IMPLEMENTS)
    assert any("45/QĐ-UBND" in s and "1190/QĐ-TTg" in o for s, o in found), found


# fmt: off
GUIDED = [
    ("Thông tư 05/2024/TT-BYT hướng dẫn thi hành Luật Khám bệnh, chữa bệnh và Nghị định "
     "96/2023/NĐ-CP về khám bệnh.", {"Luật Khám bệnh", "96/2023/NĐ-CP"}),
    ("Bộ đã ban hành Thông tư số 12/2023/TT-BLĐTBXH quy định chi tiết một số điều của Nghị "
     "định số 20/2021/NĐ-CP về trợ giúp xã hội.", {"20/2021/NĐ-CP"}),
    ("Nghị định số 20/2021/NĐ-CP, hướng dẫn Luật Người cao tuổi, có hiệu lực từ 1/7.",
     {"Luật Người cao tuổi"}),
]
# fmt: on


@pytest.mark.parametrize(("text", "guided"), GUIDED)
def test_a_text_that_guides_a_law_carries_it_out(
    text: str, guided: set[str], plain_nlp: Language
) -> None:
    found = links(plain_nlp, text, Predicate.IMPLEMENTS)
    for name in guided:
        assert any(name in o for _, o in found), (name, found)


def test_a_preamble_that_says_what_a_basis_details_links_nothing(plain_nlp: Language) -> None:
    text = (
        "Căn cứ Nghị định số 11/2016/NĐ-CP của Chính phủ quy định chi tiết thi hành một số "
        "điều của Bộ luật Lao động về lao động nước ngoài;"
    )
    assert links(plain_nlp, text, Predicate.IMPLEMENTS) == set()


def test_a_numbered_plan_carries_out_what_follows_its_date_and_issuer(
    plain_nlp: Language,
) -> None:
    """ "Kế hoạch số 5 ngày ... của <body> về thực hiện X": the date and the issuer stand
    between the plan and its cue."""
    found = links(
        plain_nlp,
        "Các sở căn cứ Kế hoạch số 217-KH/TU ngày 14/9/2022 của Ban Thường vụ Tỉnh ủy Nam Định "
        "về thực hiện Chỉ thị số 13-CT/TW ngày 05/01/2022 của Ban Bí thư để xây dựng kế hoạch.",
        Predicate.IMPLEMENTS,
    )
    assert ("Kế hoạch số 217-KH/TU", "Chỉ thị số 13-CT/TW") in found, found


def test_the_next_item_after_a_semicolon_carries_out_nothing_before_it(
    plain_nlp: Language,
) -> None:
    """ "theo tinh thần Nghị quyết A của ... về ...; Nghị quyết B ...": B is one more basis,
    cited after A's long subject, not a document carrying A out."""
    found = links(
        plain_nlp,
        "Việc sắp xếp được thực hiện theo tinh thần Nghị quyết số 19-NQ/TW của Ban Chấp hành "
        "Trung ương về đổi mới hệ thống tổ chức các đơn vị sự nghiệp công lập; Nghị định số "
        "120/2020/NĐ-CP của Chính phủ quy định về thành lập đơn vị sự nghiệp công lập.",
        Predicate.IMPLEMENTS,
    )
    assert ("Nghị định số 120/2020/NĐ-CP", "Nghị quyết số 19-NQ/TW") not in found, found


def test_the_nearer_decision_approves_the_instrument(plain_nlp: Language) -> None:
    """ "trên cơ sở thực hiện QĐ A, tỉnh đã ban hành QĐ B về phê duyệt Đề án X": B
    approves X, A is what B carries out."""
    found = links(
        plain_nlp,
        "Trên cơ sở triển khai thực hiện Quyết định số 45/2019/QĐ-TTg, tỉnh đã ban hành Quyết "
        "định số 812/2020/QĐ-UBND ngày 3/4/2020 về phê duyệt Đề án phát triển du lịch cộng "
        "đồng giai đoạn 2020-2025 trên địa bàn tỉnh.",
        Predicate.APPROVED_BY,
    )
    approvers = {o for s, o in found if s.startswith("Đề án phát triển du lịch")}
    assert approvers == {"Quyết định số 812/2020/QĐ-UBND"}, found


def test_approving_a_programmes_investment_policy_approves_no_programme(
    plain_nlp: Language,
) -> None:
    found = links(
        plain_nlp,
        "Căn cứ Nghị quyết số 88/2023/QH15 của Quốc hội phê duyệt chủ trương đầu tư Chương "
        "trình mục tiêu quốc gia phát triển văn hóa giai đoạn 2025 - 2030;",
        Predicate.APPROVED_BY,
    )
    assert not found, found


def test_a_decision_approves_what_its_verb_names_not_a_name_inside_it(
    plain_nlp: Language,
) -> None:
    """ "QĐ A về việc ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình X":
    the criteria are issued; the programme is only named in their title."""
    found = links(
        plain_nlp,
        "Căn cứ Quyết định số 77/QĐ-TTg ngày 2/3/2023 của Thủ tướng Chính phủ về việc ban "
        "hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình phát triển "
        "làng nghề giai đoạn 2023-2025;",
        Predicate.APPROVED_BY,
    )
    assert not found, found
    near = links(
        plain_nlp,
        "Quyết định số 77/QĐ-TTg ngày 2/3/2023 của Thủ tướng Chính phủ phê duyệt điều chỉnh "
        "Chương trình phát triển làng nghề giai đoạn 2023-2025.",
        Predicate.APPROVED_BY,
    )
    assert near, near


def test_a_document_listed_by_its_kind_and_number_carries_out_nothing_before_it(
    plain_nlp: Language,
) -> None:
    """ "thực hiện Chỉ thị A của ..., Hướng dẫn số B của ...": B is cited with A."""
    found = links(
        plain_nlp,
        "Ông Trần Văn Nam cho biết, thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII, "
        "Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương, Đảng ủy Bộ đã tổ chức hội "
        "nghị quán triệt cho cán bộ.",
        Predicate.IMPLEMENTS,
    )
    assert not any("12-HD/BTGTW" in s and "05-CT/TW" in o for s, o in found), found


def test_what_follows_thuc_hien_carries_out_nothing_named_before_it(
    plain_nlp: Language,
) -> None:
    """ "... tại Công văn số A và Kế hoạch số B của UBND tỉnh về việc thực hiện Chỉ thị số C":
    C is what B carries out; C carries out neither A nor B."""
    found = links(
        plain_nlp,
        "UBND tỉnh giao các sở căn cứ chỉ đạo của Bộ Y tế tại Công văn số 210/BYT-KCB và Kế "
        "hoạch số 77/KH-UBND ngày 3/4/2023 của UBND tỉnh về việc thực hiện Chỉ thị số 09/CT-TTg "
        "của Thủ tướng Chính phủ để triển khai nhiều hoạt động.",
        Predicate.IMPLEMENTS,
    )
    assert not any(s == "Chỉ thị số 09/CT-TTg" for s, _ in found), found


def test_a_policy_named_with_a_run_of_words_as_initials_is_one_policy(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Bộ xây dựng Đề án “Tăng cường công tác phổ biến giáo dục pháp luật trong trường "
        "học”. Đề án “Tăng cường công tác PBGDPL trong trường học” được lấy ý kiến rộng rãi.",
    )
    assert len(ex.policies) == 1, [p.name for p in ex.policies]


def test_a_headline_naming_a_plan_by_its_subject_is_the_numbered_plan(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Kế hoạch phát triển nghề công tác xã hội năm 2024\n"
        "Ngày 5/3/2024, UBND tỉnh ban hành Kế hoạch số 52/KH-UBND về phát triển nghề công "
        "tác xã hội năm 2024 trên địa bàn tỉnh.",
    )
    assert [(p.number, p.aliases) for p in ex.policies] == [
        ("52/KH-UBND", ("Kế hoạch phát triển nghề công tác xã hội năm 2024",))
    ]


def test_a_programme_carrying_out_a_congress_resolution_implements_it(
    plain_nlp: Language,
) -> None:
    """The resolution of a party congress is found by its own rule (congress_resolutions),
    yet it is as much an instrument inside the programme's name as a plan is."""
    found = links(
        plain_nlp,
        "Huyện ủy Yên Thành ban hành Chương trình hành động của Đảng bộ huyện thực hiện "
        "Nghị quyết Đại hội XIII của Đảng. Nghị quyết Đại hội XIII của Đảng đề ra 12 nhiệm "
        "vụ trọng tâm.",
        Predicate.IMPLEMENTS,
    )
    assert any(
        s.startswith("Chương trình hành động") and o == "Nghị quyết Đại hội XIII của Đảng"
        for s, o in found
    ), found


def test_a_decision_followed_by_its_subject_approves_it(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "Quyết định 468/QĐ-TTg Đề án phát triển nghề thủ công giai đoạn 2021-2025 được ban "
        "hành. Thủ tướng ký Quyết định 442/QĐ-TTg về Chương trình công tác năm 2017 của Ban "
        "Chỉ đạo. Công văn số 12/LĐTBXH-BTXH về Đề án trợ giúp xã hội được gửi các tỉnh.",
        Predicate.APPROVED_BY,
    )
    assert {(s.split()[0], o) for s, o in found} == {
        ("Đề", "Quyết định 468/QĐ-TTg"),
        ("Chương", "Quyết định 442/QĐ-TTg"),
    }, found


def test_a_plan_named_after_the_numbered_resolution_it_carries_out(plain_nlp: Language) -> None:
    found = links(
        plain_nlp,
        "Tỉnh ủy Bình Phước vừa ban hành Chương trình hành động thực hiện Nghị quyết số "
        "45-NQ/TW về xây dựng đội ngũ trí thức. Chương trình đặt mục tiêu đến năm 2030 mỗi "
        "huyện có một trung tâm đổi mới sáng tạo.",
        Predicate.IMPLEMENTS,
    )
    assert any(
        s.startswith("Chương trình hành động thực hiện") and "45-NQ/TW" in o for s, o in found
    ), found


def test_a_plan_merely_citing_a_resolution_after_its_name_carries_nothing_out(
    plain_nlp: Language,
) -> None:
    found = links(
        plain_nlp,
        "Sở Y tế ban hành Kế hoạch phòng chống dịch sốt xuất huyết năm 2025; Nghị quyết số "
        "20-NQ/TW cũng được nhắc lại tại hội nghị.",
        Predicate.IMPLEMENTS,
    )
    assert found == set()


def test_carrying_out_a_plan_on_a_programme(plain_nlp: Language) -> None:
    """ "Thực hiện Kế hoạch A ... về Chương trình B, Sở ban hành Công văn C": the plan on
    the programme implements it; the letter carries out the plan, not the plan's subject;
    the cue opens the sentence, capitalised."""
    text = (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh về Chương trình "
        "chăm sóc sức khỏe người cao tuổi đến năm 2030, Sở Y tế đã ban hành Công văn số "
        "880/SYT-NVY hướng dẫn các bệnh viện."
    )
    found = links(plain_nlp, text, Predicate.IMPLEMENTS)
    plan, letter = "Kế hoạch số 45/KH-UBND", "Công văn số 880/SYT-NVY"
    programme = "Chương trình chăm sóc sức khỏe người cao tuổi đến năm 2030"
    assert found == {(plan, programme), (letter, plan)}
