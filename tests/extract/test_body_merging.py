"""Two forms of one body made one: an office with and without its seat ("Đại sứ quán Pháp
tại Hà Nội"), a ministry with half its name in initials ("Bộ Lao động – TBXH")."""

from __future__ import annotations

from graph_builder.extract.agents import OrgIndex
from graph_builder.nlp.pipeline import build_nlp, found_in


def test_an_office_and_the_same_office_with_its_seat_are_one_body() -> None:
    found = found_in(
        build_nlp(use_pyvi=False)("Đại sứ quán Pháp tại Hà Nội tài trợ. Đại sứ quán Pháp cho biết.")
    )
    groups = OrgIndex(found.orgs, found.lexicon).groups
    assert [g.name for g in groups] == ["Đại sứ quán Pháp tại Hà Nội"]


def test_a_seat_is_no_place_of_its_own() -> None:
    from graph_builder.extract.extractor import extract
    from graph_builder.ingest.article import Article

    text = "Văn phòng UNICEF tại Việt Nam tài trợ dự án ở tỉnh Lào Cai."
    article = Article(id="a", path="a.txt", text=text, sha256="0")
    places = [p.name for p in extract(article, build_nlp(use_pyvi=False)).places]
    assert places == ["Lào Cai"]


def test_a_ministry_with_half_its_name_in_initials_is_the_gazetteers() -> None:
    text = "Bộ Lao động - Thương binh và Xã hội chủ trì. Cục Trẻ em (Bộ Lao động – TBXH) dự."
    found = found_in(build_nlp(use_pyvi=False)(text))
    names = [g.name for g in OrgIndex(found.orgs, found.lexicon).groups]
    assert names.count("Bộ Lao động - Thương binh và Xã hội") == 1
    assert not any("TBXH" in n for n in names)


def test_an_office_posted_somewhere_is_no_unit_of_the_body_listed_next() -> None:
    text = "Văn phòng UNICEF tại Việt Nam, UBND huyện Mường Tè tổ chức hội nghị."
    found = found_in(build_nlp(use_pyvi=False)(text))
    index = OrgIndex(found.orgs, found.lexicon)
    assert [g.name for g in index.groups] == [
        "Văn phòng UNICEF tại Việt Nam",
        "UBND huyện Mường Tè",
    ]
    assert index.parents(text) == {}


def test_a_provinces_branch_is_not_the_national_body_of_its_name() -> None:
    """ "Hội Làm vườn tỉnh" and "Hội Làm vườn Việt Nam" are two bodies; with a
    province named, "Sở Y tế tỉnh" still joins the one "Sở Y tế tỉnh Lâm Đồng"."""
    text = (
        "Hội Làm vườn tỉnh và Trung tâm Hiến máu (Hội Làm vườn Việt Nam) tổ chức hội "
        "nghị. Sở Y tế tỉnh Lâm Đồng dự. Sở Y tế tỉnh cho biết."
    )
    found = found_in(build_nlp(use_pyvi=False)(text))
    names = [g.name for g in OrgIndex(found.orgs, found.lexicon).groups]
    assert "Hội Làm vườn tỉnh" in names
    assert "Hội Làm vườn Việt Nam" in names
    assert "Sở Y tế tỉnh" not in names


def test_an_inspectorate_written_three_ways_is_one_body() -> None:
    text = (
        "Thanh tra Sở GD-ĐT công bố kết luận. Chánh Thanh tra Sở GDĐT cho biết sẽ xử lý. "
        "Thanh tra Sở sẽ kiểm tra lại vào tháng sau."
    )
    found = found_in(build_nlp(use_pyvi=False)(text))
    groups = OrgIndex(found.orgs, found.lexicon).groups
    assert [g.name for g in groups] == ["Thanh tra Sở GD-ĐT"]


def test_a_foreign_countrys_body_is_not_the_bare_body_of_the_article() -> None:
    """ "Quốc hội Nhật Bản" is Japan's parliament: the article's bare "Quốc hội" stays
    Vietnam's; "Hiệp hội Da giày Việt Nam" and a bare "Hiệp hội Da giày" stay one body."""
    text = (
        "Đoàn Quốc hội Nhật Bản thăm Việt Nam. Quốc hội đã tiếp đoàn. "
        "Bộ Ngoại giao Pháp và Bộ Ngoại giao trao đổi ý kiến."
    )
    found = found_in(build_nlp(use_pyvi=False)(text))
    names = [g.name for g in OrgIndex(found.orgs, found.lexicon).groups]
    assert names == ["Quốc hội Nhật Bản", "Quốc hội", "Bộ Ngoại giao Pháp", "Bộ Ngoại giao"]
    text = "Hiệp hội Da giày Việt Nam lo ngại. Hiệp hội Da giày cũng kiến nghị giảm thuế."
    found = found_in(build_nlp(use_pyvi=False)(text))
    assert [g.name for g in OrgIndex(found.orgs, found.lexicon).groups] == [
        "Hiệp hội Da giày Việt Nam"
    ]
