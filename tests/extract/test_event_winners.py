"""Prize winners of a contest take part in it (extract/event_winners.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.event_winners import Named, winners
from graph_builder.extract.model import Extraction, Predicate, all_relations
from graph_builder.nlp.rules.text import sentences
from tests.extract.conftest import extract_text


def taking_part(ex: Extraction) -> set[tuple[str, str]]:
    return {
        (r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.PARTICIPATED_IN
    }


def named_in(text: str, *names: str) -> list[Named]:
    return [Named(text.index(n), n) for n in names]


def test_winners_after_the_prize_word_and_before_dat_giai() -> None:
    text = (
        "Hội thi Nhà nông đua tài năm 2024 diễn ra sôi nổi. Ban tổ chức đã trao giải nhất "
        "cho Hội Nông dân xã An Phú; giải nhì thuộc về Hội Nông dân xã Bình Minh, Hội Nông "
        "dân xã Tân Lập đạt giải ba."
    )
    found = named_in(
        text,
        "Ban tổ chức",
        "Hội Nông dân xã An Phú",
        "Hội Nông dân xã Bình Minh",
        "Hội Nông dân xã Tân Lập",
    )
    assert winners(text, sentences(text), {0: 0}, found) == {
        0: ["Hội Nông dân xã An Phú", "Hội Nông dân xã Bình Minh", "Hội Nông dân xã Tân Lập"]
    }


def test_a_clause_subject_before_dat_giai_wins() -> None:
    text = "Cuộc thi Em yêu biển đảo kết thúc. Năm nay, Trường Tiểu học Kim Đồng đạt giải nhất."
    found = named_in(text, "Trường Tiểu học Kim Đồng")
    assert winners(text, sentences(text), {0: 0}, found) == {0: ["Trường Tiểu học Kim Đồng"]}


def test_a_prize_before_two_contests_or_a_giai_phap_has_no_winners() -> None:
    """A prize told before either of two contests is named belongs to neither; "giải pháp"
    is no prize. (An article naming one contest may open with its prizes.)"""
    text = (
        "Ông Trần Văn Nam từng đạt giải nhất năm 1998. Hội thi Tin học trẻ khai mạc hôm qua. "
        "Cuộc thi Viết thư quốc tế cũng bắt đầu."
    )
    contests = {0: text.index("Hội thi"), 1: text.index("Cuộc thi")}
    assert winners(text, sentences(text), contests, named_in(text, "Trần Văn Nam")) == {}
    text = "Hội thi Tin học trẻ khai mạc. Ông Trần Văn Nam nêu giải pháp nâng chất lượng."
    assert winners(text, sentences(text), {0: 0}, named_in(text, "Trần Văn Nam")) == {}


def test_the_winners_take_part_in_the_contest(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Hội thi Tuyên truyền viên giỏi năm 2024\n"
        "Sáng 12/4, Hội LHPN tỉnh tổ chức Hội thi Tuyên truyền viên giỏi năm 2024. "
        "Kết thúc hội thi, Ban tổ chức trao giải nhất cho Hội LHPN huyện Cam Lâm, giải nhì "
        "cho Hội LHPN huyện Diên Khánh.",
    )
    contest = "Hội thi Tuyên truyền viên giỏi năm 2024"
    assert {("Hội LHPN huyện Cam Lâm", contest), ("Hội LHPN huyện Diên Khánh", contest)} <= (
        taking_part(ex)
    )
    assert ("Hội LHPN tỉnh", contest) not in taking_part(ex)


def test_a_prize_in_an_article_with_no_contest_links_nothing(plain_nlp: Language) -> None:
    ex = extract_text(
        plain_nlp,
        "Sáng 12/4, Sở Y tế tổ chức Hội nghị tổng kết năm 2023. Dịp này, Bệnh viện Đa khoa "
        "tỉnh nhận giải nhất phong trào thi đua.",
    )
    assert not any(s == "Bệnh viện Đa khoa tỉnh" for s, _ in taking_part(ex))


def test_where_a_winner_works_takes_no_part_but_a_body_given_a_prize_does(
    plain_nlp: Language,
) -> None:
    ex = extract_text(
        plain_nlp,
        "Cuộc thi viết “Thầy cô trong mắt em” năm 2024 đã nhận được 900 bài dự thi.\n"
        "Giải Nhất thuộc về bài viết của tác giả Nguyễn Văn Hòa, Báo Nghệ An. Giải Nhì thuộc "
        "về tác giả Lê Thị Mai, giáo viên Trường Tiểu học Hưng Lộc.\n"
        "Ban tổ chức cũng trao giải tập thể cho Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh.",
    )
    contest = ex.events[0].name
    found = {who for who, event in taking_part(ex) if event == contest}
    assert {"Nguyễn Văn Hòa", "Lê Thị Mai", "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"} <= found
    assert not found & {"Báo Nghệ An", "Trường Tiểu học Hưng Lộc"}, found
