"""Extraction on text written for these tests (unseen styles), rule by rule, and on the
development articles against their gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from graph_builder.build.exporting import write_extractions
from graph_builder.evaluate.scoring import score_dirs
from graph_builder.extract.extractor import extract
from graph_builder.extract.model import Extraction, Predicate
from graph_builder.ingest.article import Article
from graph_builder.ingest.reader import read_article
from graph_builder.nlp.pipeline import build_nlp
from tests.conftest import DATA, SHARED

UNSEEN = DATA / "unseen"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(use_pyvi=False)


def run(nlp: Language, name: str) -> Extraction:
    return extract(read_article(UNSEEN / name), nlp)


def relations(ex: Extraction, predicate: Predicate) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in ex.relations if r.predicate is predicate}


def test_pipeline_has_no_problems(nlp: Language) -> None:
    problems = nlp.analyze_pipes()["problems"]
    assert not any(problems.values()), problems
    assert "pkg_rules" in nlp.pipe_names


def test_local_decision_plan_and_national_decision(nlp: Language) -> None:
    ex = run(nlp, "lead_decision.txt")
    by_number = {p.number: p for p in ex.policies if p.number}
    local = by_number["1045/QĐ-UBND"]
    assert local.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert local.date == "2024-05-03"
    assert by_number["112/QĐ-TTg"].issuer == "Thủ tướng Chính phủ"
    plan = next(p for p in ex.policies if p.kind == "Kế hoạch")
    assert plan.period == "2024-2030"
    assert (plan.name, local.name) in relations(ex, Predicate.APPROVED_BY)


def test_targets_are_goals_not_statistics(nlp: Language) -> None:
    ex = run(nlp, "lead_decision.txt")
    assert [(t.value, t.unit, t.deadline) for t in ex.targets] == [(95.0, "%", "2030")]


def test_event_with_organisers_date_place_and_speaker(nlp: Language) -> None:
    ex = run(nlp, "lead_decision.txt")
    event = next(e for e in ex.events if e.kind == "Hội thảo")
    assert event.name.startswith("Hội thảo tham vấn về mô hình quản lý trường hợp")
    assert event.date == "2024-06-11"
    assert set(event.organisers) >= {"Sở Lao động - Thương binh và Xã hội Hà Tĩnh"}
    assert any("Tầm nhìn Thế giới" in o for o in event.organisers)
    assert "Trần Thị Mai" in event.participants
    person = next(p for p in ex.people if p.name == "Trần Thị Mai")
    assert person.role and person.role.startswith("Phó Giám đốc Sở Lao động")


def test_decree_circular_and_boilerplate(nlp: Language) -> None:
    ex = run(nlp, "national_decree.txt")
    kinds = {p.number: (p.kind, p.issuer) for p in ex.policies if p.number}
    assert kinds["76/2024/NĐ-CP"] == ("Nghị định", "Chính phủ")
    assert kinds["20/2021/NĐ-CP"][0] == "Nghị định"
    assert kinds["02/2021/TT-BLĐTBXH"] == ("Thông tư", "Bộ Lao động - Thương binh và Xã hội")
    assert next(p for p in ex.policies if p.number == "76/2024/NĐ-CP").date == "2024-07-01"
    assert not ex.targets  # a raised allowance is a fact, not a forward-looking goal
    assert not ex.events  # the related-news teaser after "Tin liên quan" is cut at ingest
    assert {p.name for p in ex.people} == {"Lê Văn Thanh"}


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_empty_text_gives_empty_extraction(nlp: Language, text: str) -> None:
    from graph_builder.extract.extractor import assemble
    from graph_builder.ingest.article import Article
    from graph_builder.nlp.pipeline import found_in

    article = Article(id="x", path="x.txt", text=text, sha256="0" * 64)
    ex = assemble(article, found_in(nlp(text)))
    assert not (ex.policies or ex.organisations or ex.people or ex.events or ex.targets)


def test_nfd_input_is_normalised_before_matching(nlp: Language, tmp_path: Path) -> None:
    import unicodedata

    source = (UNSEEN / "national_decree.txt").read_text(encoding="utf-8")
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", source), encoding="utf-8")
    ex = extract(read_article(nfd), nlp)
    assert {p.number for p in ex.policies if p.number} >= {"76/2024/NĐ-CP"}


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared/gold is not beside the repo")
def test_development_articles_reach_the_bar(tmp_path: Path) -> None:
    failures = write_extractions(
        [SHARED / "seeds"], fmt="gold-json", out=tmp_path, base_iri="https://w3id.org/policykg/"
    )
    assert not failures
    report = score_dirs(SHARED / "gold", tmp_path)
    assert report.macro_f1 >= 0.85, report.format_table()
    for kind in report.counts:
        assert report.scores(kind)[2] >= 0.70, report.format_table()
    sample = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert set(sample) >= {
        "doc",
        "policies",
        "organisations",
        "people",
        "events",
        "targets",
        "locations",
        "relations",
    }


def test_html_article_programme_attached_to_decision(nlp: Language) -> None:
    ex = run(nlp, "forum_html.html")
    programme = next(p for p in ex.policies if p.kind == "Chương trình")
    assert programme.name.endswith("sáng tạo trên môi trường mạng giai đoạn 2021-2025")
    assert programme.period == "2021-2025"
    decision = next(p for p in ex.policies if p.number == "830/QĐ-TTg")
    assert decision.date == "2021-06-01"
    assert (programme.name, decision.name) in relations(ex, Predicate.APPROVED_BY)
    [target] = ex.targets  # "đã tiếp nhận hơn 3.000 cuộc gọi" is a result, not a goal
    assert (target.value, target.deadline, target.policy) == (100.0, "2025", programme.name)
    unit = next(o for o in ex.organisations if o.name == "Cục Trẻ em")
    assert unit.parent == "Bộ Lao động - Thương binh và Xã hội"
    event = next(e for e in ex.events if e.kind == "Tọa đàm")
    assert (event.date, event.location) == ("2024-09-19", "Hà Nội")
    assert "Bộ Lao động - Thương binh và Xã hội" not in event.organisers  # the unit's parent
    assert not any("Cần Thơ" in p.name for p in ex.places)  # only in the related-news box


def test_party_documents_numbered_plans_and_two_goals_in_one_sentence(nlp: Language) -> None:
    ex = run(nlp, "party_resolution.txt")
    by_number = {p.number: p for p in ex.policies if p.number}
    assert by_number["42-NQ/TW"].kind == "Nghị quyết"
    assert by_number["42-NQ/TW"].issuer == "Ban Chấp hành Trung ương Đảng"
    assert by_number["125/KH-UBND"].kind == "Kế hoạch"
    assert by_number["125/KH-UBND"].issuer == "UBND tỉnh Nghệ An"
    assert by_number["18/CT-TTg"].kind == "Chỉ thị"
    assert not any(p.kind == "Kế hoạch" and not p.number for p in ex.policies)
    goals = sorted((t.value, t.unit, t.deadline) for t in ex.targets)
    assert goals == [(3.0, "%", "2030"), (100.0, "%", "2030")]  # not "2030 tỉnh", not 3,3 triệu
    assert {p.name for p in ex.people} == {"Đào Ngọc Dung", "Nguyễn Thị Lan"}


def test_forum_signing_ranges_and_about_names(nlp: Language) -> None:
    ex = run(nlp, "forum_signing.txt")
    names = {o.name for o in ex.organisations}
    assert "Ủy ban Quốc gia về người cao tuổi Việt Nam" in names
    assert "Tổ chức Hỗ trợ người cao tuổi quốc tế" in names
    forum = next(e for e in ex.events if e.kind == "Diễn đàn")
    assert forum.name.endswith("dựa vào cộng đồng")  # the headline merged into it
    assert (forum.date, forum.location) == ("2024-10-10", "TP.HCM")
    signing = next(e for e in ex.events if e.kind == "Lễ ký kết")
    assert signing.parent == forum.name
    assert ("Hội Người cao tuổi Việt Nam", "Tổ chức Hỗ trợ người cao tuổi quốc tế") in relations(
        ex, Predicate.SIGNED_AGREEMENT_WITH
    )
    goals = sorted((t.value, t.value_max, t.deadline) for t in ex.targets)
    assert goals == [(20.0, 25.0, "2025"), (100.0, None, "2025")]  # not "16 triệu", not 16%
    assert next(t for t in ex.targets if t.value == 100.0).text.startswith("tỷ lệ người cao tuổi")


def test_laws_representatives_and_two_goals_joined_by_and(nlp: Language) -> None:
    ex = run(nlp, "law_consultation.txt")
    law = next(p for p in ex.policies if p.kind == "Luật")
    assert law.name.startswith("Luật Trẻ em")
    person = next(p for p in ex.people if p.name == "Nguyễn Thị Nga")
    assert person.role == "Phó Trưởng Đại diện UNICEF tại Việt Nam"
    assert person.organisation == "UNICEF"
    assert sorted((t.value, t.deadline) for t in ex.targets) == [(5.0, "2025"), (100.0, "2025")]
    event = next(e for e in ex.events)
    assert event.organisers == ("Bộ LĐTBXH", "Tổ chức Lao động Quốc tế")


def test_minority_names_places_closing_an_org_and_per_mille_goals(nlp: Language) -> None:
    ex = run(nlp, "month_of_action.txt")
    assert {o.name for o in ex.organisations} == {"UBND tỉnh Lào Cai", "Thủ tướng Chính phủ"}
    person = next(p for p in ex.people)
    assert (person.name, person.role) == ("Giàng Thị Dung", "Phó Chủ tịch UBND tỉnh Lào Cai")
    event = next(e for e in ex.events)
    assert event.date == "2025-06-01"  # year from the event's name
    assert event.location is None  # a campaign runs everywhere; "tại Lào Cai": its launch
    assert [(t.value, t.unit, t.deadline) for t in ex.targets] == [(20.0, "‰", "2030")]
    assert next(p for p in ex.policies).number == "23/CT-TTg"


def test_attendance_and_chair_sentences_after_the_event(nlp: Language) -> None:
    ex = run(nlp, "anniversary_attendance.txt")
    event = next(e for e in ex.events)
    assert event.organisers == ("Bộ Lao động - Thương binh và Xã hội", "Quỹ Nhi đồng Liên hợp quốc")
    assert event.participants[0] == "Nguyễn Thị Hà"  # "... chủ trì buổi lễ"
    assert {"Bộ Y tế", "Bộ Giáo dục và Đào tạo"} <= set(event.participants)  # "Tham dự có ..."
    assert "Đào Ngọc Dung" not in event.participants  # two sentences on: not about the event
    goals = sorted((t.value, t.deadline) for t in ex.targets)
    assert goals == [(60.0, "2025"), (100.0, "2030")]  # "hơn 420 cơ sở" is a statistic


def test_numbered_plan_implements_a_strategy_approved_in_passive_voice(nlp: Language) -> None:
    ex = run(nlp, "provincial_plan_for_strategy.txt")
    plan = next(p for p in ex.policies if p.number == "456/KH-UBND")
    assert "Kế hoạch thực hiện Chiến lược quốc gia về người cao tuổi" in plan.aliases  # headline
    strategy = next(p for p in ex.policies if p.kind == "Chiến lược")
    assert strategy.name == "Chiến lược quốc gia về người cao tuổi đến năm 2030"  # scope cut
    assert relations(ex, Predicate.IMPLEMENTS) == {(plan.name, strategy.name)}
    assert relations(ex, Predicate.APPROVED_BY) == {(strategy.name, "Quyết định số 1579/QĐ-TTg")}
    assert {(t.value, t.deadline, t.beneficiary) for t in ex.targets} == {
        (90.0, "2025", "người cao tuổi"),
        (5.0, "2030", "người cao tuổi nghèo"),  # the rate's subject, not "vào năm 2030"
    }
    assert {t.policy for t in ex.targets} == {plan.name}
    assert "Hà Tĩnh" not in {place.name for place in ex.places}  # only in the related-news box


def test_training_course_speaker_and_affiliation_without_a_post(nlp: Language) -> None:
    ex = run(nlp, "training_course.txt")
    course = next(e for e in ex.events)
    assert (course.kind, course.date, course.date_end) == ("Tập huấn", "2024-11-10", "2024-11-12")
    assert course.location == "TP Đà Nẵng"
    assert course.organisers == ("Cục Trẻ em", "Tổ chức Cứu trợ trẻ em")
    assert course.participants == ("Đặng Hoa Nam",)  # "Phát biểu khai mạc, TS. ..."
    lecturer = next(p for p in ex.people if p.name == "Lê Thị Mai")
    assert (lecturer.role, lecturer.organisation) == (None, "Trường Đại học Lao động - Xã hội")
    assert next(o for o in ex.organisations if o.name == "Cục Trẻ em").parent == "Bộ LĐTBXH"
    assert [(t.value, t.deadline) for t in ex.targets] == [(10.0, "2025")]  # not "hơn 80 cán bộ"


def test_peoples_council_issues_a_resolution(nlp: Language) -> None:
    text = (
        "Ngày 8/12/2023, HĐND tỉnh Quảng Ninh thông qua Nghị quyết số 15/2023/NQ-HĐND quy định "
        "chính sách hỗ trợ người khuyết tật trên địa bàn tỉnh."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    council = next(o for o in ex.organisations)
    assert (council.name, council.kind) == ("HĐND tỉnh Quảng Ninh", "government")
    resolution = next(p for p in ex.policies)
    assert (resolution.issuer, resolution.date) == ("HĐND tỉnh Quảng Ninh", "2023-12-08")


@pytest.mark.parametrize(
    ("text", "goals"),
    [
        ("Năm 2023, tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT đạt 98%.", []),
        ("Năm 2024, tỉnh phấn đấu giảm tỷ lệ hộ nghèo xuống còn 2%.", [(2.0, "2024", "hộ nghèo")]),
        (
            "Phấn đấu đến năm 2025 có 100% xã đạt chuẩn. Năm 2020, tỷ lệ này mới đạt 60%.",
            [(100.0, "2025", "xã đạt chuẩn")],
        ),
        (
            "Kế hoạch phấn đấu mỗi năm giải quyết việc làm cho 1.500 lao động.",
            [(1500.0, None, None)],
        ),
    ],
)
def test_a_year_in_front_reports_a_result_unless_it_pledges(
    nlp: Language, text: str, goals: list[tuple[float, str | None, str | None]]
) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [(t.value, t.deadline, t.beneficiary) for t in ex.targets] == goals
    assert not ex.policies  # "Kế hoạch phấn đấu ..." is not a plan's name


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Đồng chí Nguyễn Văn Được, Phó Bí thư Thành ủy, Chủ tịch UBND TP.HCM dự và chỉ đạo.",
            "Phó Bí thư Thành ủy, Chủ tịch UBND TP.HCM",  # "dự" (attended) ends the role
        ),
        (
            "Ông Trần Văn Nam, Giám đốc Ban Quản lý dự án Công trình Xã hội tỉnh cho biết thêm.",
            "Giám đốc Ban Quản lý dự án Công trình Xã hội tỉnh",  # "dự án" does not
        ),
    ],
)
def test_a_role_ends_at_the_verb_attend(nlp: Language, text: str, role: str) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [p.role for p in ex.people] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a comma before a lower-case word ends the post ...
            "Bà Lê Thị Hạnh, Giám đốc Sở Y tế tỉnh Bến Tre, được hội nghị biểu dương.",
            "Giám đốc Sở Y tế tỉnh Bến Tre",
        ),
        (  # ... unless a place follows it
            "Ông Phạm Văn Tài, Giám đốc Sở Lao động - Thương binh và Xã hội, tỉnh Bến Tre nói.",
            "Giám đốc Sở Lao động - Thương binh và Xã hội, tỉnh Bến Tre",
        ),
        (  # a verb that ends a body's name ends the post
            "Ông Đỗ Minh Quân, Phó Chủ tịch tỉnh Bến Tre giao cho các sở hoàn thiện kế hoạch.",
            "Phó Chủ tịch tỉnh Bến Tre",
        ),
        (  # a line break ends it
            "Tham dự có ông Võ Văn Lâm, Trưởng Phòng Nội vụ huyện Ba Tri\n12/05/2023 09:30",
            "Trưởng Phòng Nội vụ huyện Ba Tri",
        ),
        (  # "và" before a capital ("và Đào tạo") is inside the body's name
            "Ông Hồ Văn Sơn, Trưởng Phòng Giáo dục và Đào tạo huyện Ba Tri phát biểu.",
            "Trưởng Phòng Giáo dục và Đào tạo huyện Ba Tri",
        ),
    ],
)
def test_a_post_after_a_name_ends_where_the_sentence_goes_on(
    nlp: Language, text: str, role: str
) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [p.role for p in ex.people] == [role]


def test_a_policy_named_inside_the_name_of_what_carries_it_out(nlp: Language) -> None:
    """ "Lộ trình thực hiện Chiến lược X": X is a policy too (named again later), which the
    roadmap implements; "triển khai" and "thực hiện" name one roadmap; "Lộ trình này"
    refers back and is no name."""
    ex = run(nlp, "roadmap_for_declaration.txt")
    by_kind = {p.kind: p for p in ex.policies}
    assert set(by_kind) == {"Lộ trình", "Chiến lược"}
    roadmap, strategy = by_kind["Lộ trình"], by_kind["Chiến lược"]
    assert (
        roadmap.name
        == "Lộ trình thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030"
    )
    assert "Lộ trình triển khai Chiến lược quốc gia về bình đẳng giới" in roadmap.aliases
    assert strategy.name == "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030"
    assert strategy.period == "2021-2030"
    assert relations(ex, Predicate.IMPLEMENTS) == {(roadmap.name, strategy.name)}


def test_what_a_plan_carries_out_is_a_policy_of_its_own_even_named_once(
    nlp: Language,
) -> None:
    """The gold lists the programme a plan carries out, and the plan implements it, though
    the article names it only inside the plan's name; a name inside another that is not
    carried out ("Đề án ... của Chương trình ...") is no policy of its own."""
    text = (
        "Ngày 2/5/2024, UBND tỉnh Bình Phước ban hành Kế hoạch thực hiện Đề án hỗ trợ "
        "người cao tuổi giai đoạn 2024-2030 trên địa bàn tỉnh."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    by_kind = {p.kind: p.name for p in ex.policies}
    assert set(by_kind) == {"Kế hoạch", "Đề án"}
    assert by_kind["Đề án"] == "Đề án hỗ trợ người cao tuổi giai đoạn 2024-2030"
    assert relations(ex, Predicate.IMPLEMENTS) == {(by_kind["Kế hoạch"], by_kind["Đề án"])}
    text = "Tỉnh triển khai Đề án nâng cao năng lực của Chương trình giảm nghèo bền vững."
    ex = extract(Article(id="y", path="y.txt", text=text, sha256="0" * 64), nlp)
    assert [p.kind for p in ex.policies] == ["Đề án"]


@pytest.mark.parametrize(
    ("second_ministry", "parent"), [("", "Bộ Y tế"), (" và Bộ Tài chính", None)]
)
def test_a_ministry_unit_belongs_to_the_one_ministry_the_article_names(
    nlp: Language, second_ministry: str, parent: str | None
) -> None:
    text = (
        f"Ngày 3/6/2024, Bộ Y tế{second_ministry} tổ chức hội thảo góp ý dự thảo Luật Phòng bệnh. "
        "Phó Vụ trưởng Vụ Pháp chế Trần Quang Vinh trình bày những điểm mới của dự thảo."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    unit = next(o for o in ex.organisations if o.name == "Vụ Pháp chế")
    assert unit.parent == parent


def test_a_unit_named_after_an_international_body_is_part_of_it(nlp: Language) -> None:
    text = (
        "Đại diện Ban Thư ký ASEAN và Hiệp hội Điều dưỡng ASEAN đã tham dự hội nghị. "
        "ASEAN cam kết hỗ trợ các nước thành viên."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    parents = {o.name: o.parent for o in ex.organisations}
    assert parents["Ban Thư ký ASEAN"] == "ASEAN"
    assert parents["Hiệp hội Điều dưỡng ASEAN"] is None  # an association of its own


def test_ceremonies_in_lower_case_with_no_head_word_before_them(nlp: Language) -> None:
    """ "lễ ra mắt ...", "sự kiện ký kết ...": events even in lower case with no "tổ chức"
    before them."""
    ex = run(nlp, "network_launch.txt")
    by_kind = {e.kind: e for e in ex.events}
    assert set(by_kind) == {"Hội nghị", "Lễ ra mắt", "Lễ ký kết"}
    launch, signing = by_kind["Lễ ra mắt"], by_kind["Lễ ký kết"]
    assert launch.name.startswith("lễ ra mắt Mạng lưới nữ doanh nhân trẻ")
    assert launch.parent == by_kind["Hội nghị"].name
    assert signing.name == (
        "sự kiện ký kết hợp tác giữa Trường Đại học Kinh tế và Quản trị kinh doanh (TNU) "
        "với Hội Liên hiệp Phụ nữ tỉnh Thái Nguyên về đào tạo kỹ năng quản trị"
    )  # an abbreviation in brackets belongs to the name


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay tỉnh đã tổ chức các lễ ra mắt mô hình câu lạc bộ ở nhiều xã.",
        "Cán bộ được tập huấn kỹ năng tư vấn cho người dân.",
    ],
)
def test_plural_ceremonies_and_verbs_are_no_events(nlp: Language, text: str) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert ex.events == ()


def test_a_place_inside_a_name_is_no_place_of_its_own(nlp: Language) -> None:
    """A place written only inside names is not listed, and is no evidence of where an
    event was ("UBND tỉnh Nghệ An" of a participant) nor of where a centre is (the place
    its name ends with is no entity here); "tại Đà Nẵng" is."""
    ex = run(nlp, "places_in_names.txt")
    assert [p.name for p in ex.places] == ["Đà Nẵng"]
    by_kind = {e.kind: e for e in ex.events}
    assert by_kind["Hội nghị"].location is None
    assert by_kind["Tọa đàm"].location == "Đà Nẵng"
    centre = "Trung tâm Kiểm soát bệnh tật tỉnh Hà Tĩnh"  # "Hà" is a surname, not a person here
    assert centre in {o.name for o in ex.organisations}
    assert (centre, "Hà Tĩnh") not in relations(ex, Predicate.LOCATED_IN)


def test_a_town_inside_a_persons_name_is_no_place(nlp: Language) -> None:
    """ "Vĩnh Châu" is a town, and here the given name of a doctor; "Sóc Trăng" is a place."""
    text = (
        "Bác sĩ Đỗ Văn Vĩnh Châu, Giám đốc bệnh viện, cho biết bệnh nhân đã về Sóc Trăng. "
        "Bà Trần Thị Cần Thơ phát biểu tại hội nghị."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [p.name for p in ex.places] == ["Sóc Trăng"]
    assert {p.name for p in ex.people} >= {"Đỗ Văn Vĩnh Châu", "Trần Thị Cần Thơ"}


def test_the_town_that_seats_a_district_is_one_place_with_it(nlp: Language) -> None:
    """ "thị trấn Cam Lộ (huyện Cam Lộ)": the seat and its district, one place; a ward
    named like a town is another ("phường Phước Long" is no town Phước Long)."""
    text = "Tuyến đường đi qua thị trấn Cam Lộ (huyện Cam Lộ) và phường Phước Long, Phước Long."
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [p.name for p in ex.places] == ["thị trấn Cam Lộ", "phường Phước Long", "Phước Long"]


def test_a_place_in_the_paragraph_before_is_not_where_an_event_was(nlp: Language) -> None:
    text = (
        "Đại biểu dự họp tại điểm cầu Hà Nội\n"
        "Phát biểu tại Hội nghị, ông Trần Văn Minh cho biết tỉnh sẽ mở rộng mô hình."
    )
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    assert [e.location for e in ex.events] == [None]


def test_universities_named_after_people_in_a_list(nlp: Language) -> None:
    """ "Trường ĐH Võ Trường Toản; Trường Đại học Nam Cần Thơ; ...": a person's name right
    after a university's head word is its name, even with "Trường" inside it."""
    ex = run(nlp, "university_list.txt")
    names = {o.name for o in ex.organisations if o.kind == "university"}
    assert names == {
        "Trường Đại học Y Dược Cần Thơ",
        "Trường ĐH Võ Trường Toản",
        "Trường Đại học Nam Cần Thơ",
        "Trường ĐH Tây Đô",
        "Trường Đại học Phan Châu Trinh",
        "Trường ĐH Nguyễn Tất Thành",
    }
    assert ex.people == ()
    event = next(e for e in ex.events)
    assert "Trường ĐH Võ Trường Toản" in event.participants


def test_foreign_names_after_an_honorific_or_a_title(nlp: Language) -> None:
    """No Vietnamese family name, so only "ông", "bà", "ngài" or a title marks them;
    "Đại diện UNICEF, bà ..." speaks for UNICEF; "tỉnh Bà Rịa - Vũng Tàu" is no person."""
    ex = run(nlp, "foreign_guests.txt")
    people = {p.name: p for p in ex.people}
    assert set(people) == {"Rana Flowers", "Matthew Jackson", "Jean-Marc Olivé"}
    assert people["Rana Flowers"].organisation == "Quỹ Nhi đồng Liên Hợp Quốc"
    assert people["Matthew Jackson"].organisation == "Quỹ Dân số Liên Hợp Quốc"
    assert people["Matthew Jackson"].role.startswith("Trưởng Đại diện Quỹ Dân số")
    assert people["Jean-Marc Olivé"].title == "TS."
    assert "Rana Flowers" in next(e for e in ex.events).participants
    assert "Bà Rịa - Vũng Tàu" in {p.name for p in ex.places}


def test_a_post_before_and_another_person_is_not_the_next_persons(nlp: Language) -> None:
    ex = run(nlp, "forum_signing.txt")
    smith = next(p for p in ex.people if p.name == "John Smith")
    assert smith.roles == ("Giám đốc quốc gia HelpAge International tại Việt Nam",)


def test_a_bare_minister_belongs_to_the_one_ministry_the_article_names(nlp: Language) -> None:
    ex = run(nlp, "minister_later.txt")
    people = {p.name: p for p in ex.people}
    ministry = "Bộ Lao động - Thương binh và Xã hội"
    assert (people["Đào Ngọc Dung"].role, people["Đào Ngọc Dung"].organisation) == (
        "Bộ trưởng",
        ministry,
    )
    assert people["Lê Văn Thanh"].organisation == ministry
    assert ("Đào Ngọc Dung", ministry) in relations(ex, Predicate.MEMBER_OF)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (  # the full form first, the bare one later: one person, one post
            "Sáng 3/6/2024, Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung làm việc với UBND tỉnh "
            "Quảng Nam. Bộ trưởng Đào Ngọc Dung đề nghị tỉnh tăng cường kiểm tra.",
            "Bộ LĐ-TB&XH",
        ),
        (  # two ministries: which one is not said
            "Bộ Y tế và Bộ Tài chính họp bàn về giá dịch vụ. Thứ trưởng Trần Văn Thuấn "
            "cho biết dự thảo đã hoàn thành.",
            None,
        ),
    ],
)
def test_a_bare_minister_with_the_ministry_named_before_or_ambiguous(
    nlp: Language, text: str, organisation: str | None
) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    [person] = ex.people
    assert person.organisation == organisation
    assert len(person.roles) == 1


def test_members_of_steering_committees(nlp: Language) -> None:
    """One membership per role that names a body: "Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ
    đạo Chương trình 135 tỉnh" is in the UBND and in the board (lower-case "ban" after the
    post, its programme number kept); a shorter name of the one board is that board."""
    ex = run(nlp, "steering_committee.txt")
    members = relations(ex, Predicate.MEMBER_OF)
    assert {
        ("Lâm Hải Giang", "UBND tỉnh Bình Định"),
        ("Lâm Hải Giang", "ban Chỉ đạo Chương trình 135 tỉnh"),
        ("Đặng Thị Hoa", "Sở Lao động - Thương binh và Xã hội"),
        ("Đặng Thị Hoa", "Ban Chỉ đạo công tác người cao tuổi tỉnh"),
    } == members
    hoa = next(p for p in ex.people if p.name == "Đặng Thị Hoa")
    assert hoa.roles == (
        "Giám đốc Sở Lao động - Thương binh và Xã hội",
        "Phó Trưởng Ban Chỉ đạo công tác người cao tuổi tỉnh",
    )
    board = next(o for o in ex.organisations if o.name.endswith("người cao tuổi tỉnh"))
    assert board.aliases == ("Ban Chỉ đạo công tác người cao tuổi",)
    assert "Hội Người cao tuổi tỉnh" in {o.name for o in ex.organisations}


def test_roles_held_by_bodies(nlp: Language) -> None:
    ex = run(nlp, "steering_committee.txt")
    roles = relations(ex, Predicate.HOLDS_ROLE)
    assert ("Sở Lao động - Thương binh và Xã hội", "cơ quan thường trực của Ban Chỉ đạo") in roles
    assert (
        "Hội Người cao tuổi tỉnh",
        "cơ quan đầu mối vận động nguồn lực chăm sóc người cao tuổi",
    ) in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bộ Y tế, với tư cách là Chủ tịch Hội đồng Y khoa Quốc gia, đã ký kết quy chế.",
            {("Bộ Y tế", "Chủ tịch Hội đồng Y khoa Quốc gia")},
        ),
        ("Sở Y tế là đơn vị có nhiều đóng góp cho phong trào.", set()),  # no role noun
    ],
)
def test_a_body_holds_a_role_only_when_a_role_noun_follows(
    nlp: Language, text: str, expected: set[tuple[str, str]]
) -> None:
    ex = extract(Article(id="x", path="x.txt", text=text, sha256="0" * 64), nlp)
    held = {(s, o) for s, o in relations(ex, Predicate.HOLDS_ROLE) if s.startswith(("Bộ", "Sở"))}
    assert held == expected
