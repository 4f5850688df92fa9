"""Legal documents' letterheads and signature blocks, read as an article is ingested."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from graph_builder.extract.extractor import extract
from graph_builder.ingest.reader import article_from_bytes
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.pipeline import build_nlp
from graph_builder.nlp.rules.letterhead import letterhead_orgs, signers

# A page as portals print a decision: the letterhead is a two-cell table, each cell cut
# into lines, with rules and bars between the cells.
PAGE = """QUYẾT ĐỊNH PHÊ DUYỆT KẾ HOẠCH TRỢ GIÚP XÃ HỘI NĂM 2024
Bến Tre, ngày 05 tháng 3 năm 2024

ỦY BAN NHÂN
DÂN
TỈNH BẾN TRE
-------
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 512/QĐ-UBND
|
Bến Tre, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Điều 1. Phê duyệt Kế hoạch trợ giúp xã hội tỉnh Bến Tre năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
|
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Cảnh
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_nlp(use_pyvi=False)


def text_of(page: str) -> str:
    return article_from_bytes(page.encode(), path=Path("qd.txt")).text


def test_the_letterhead_cut_over_lines_is_one_body_above_the_number(lex: Lexicon) -> None:
    heads = letterhead_orgs(text_of(PAGE), lex)
    assert [(o.text, o.kind) for o in heads] == [
        ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "people's committee")
    ]


@pytest.mark.parametrize(
    "letterhead", ["ỦY BAN NHÂN DÂN |", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"]
)
def test_a_table_bar_ends_the_body_its_cell_holds(lex: Lexicon, letterhead: str) -> None:
    page = f"KẾ HOẠCH\nBến Tre, ngày 05 tháng 3 năm 2024\n\n{letterhead}\nSố: 41/KH-UBND |\n"
    heads = letterhead_orgs(text_of(page), lex)
    assert [(o.text, o.kind) for o in heads] == [("ỦY BAN NHÂN DÂN", "people's committee")]


def test_no_letterhead_without_a_number_line(lex: Lexicon) -> None:
    assert letterhead_orgs(text_of(PAGE.replace("Số: 512/QĐ-UBND", "")), lex) == []


def test_the_signer_holds_the_post_they_sign_as_at_the_issuer(lex: Lexicon) -> None:
    text = text_of(PAGE)
    found = signers(text, lex, letterhead_orgs(text, lex))
    assert [(p.name, p.roles) for p in found] == [("Nguyễn Minh Cảnh", ["Phó Chủ tịch"])]
    assert [s.text for s in found[0].affiliations] == ["ỦY BAN NHÂN DÂN TỈNH BẾN TRE"]


def test_a_name_under_a_line_that_is_no_post_is_no_signer(lex: Lexicon) -> None:
    text = text_of(PAGE.replace("PHÓ CHỦ TỊCH\n", "NƠI NHẬN\n"))
    assert signers(text, lex, letterhead_orgs(text, lex)) == []


def test_the_decision_is_issued_by_its_letterhead_and_signed_by_its_member(nlp: Language) -> None:
    article = article_from_bytes(PAGE.encode(), path=Path("qd.txt"))
    ex = extract(article, nlp)
    issued = {(r.subject, r.object) for r in ex.relations if r.predicate.value == "issuedBy"}
    assert ("512/QĐ-UBND", "ỦY BAN NHÂN DÂN TỈNH BẾN TRE") in issued
    person = next(p for p in ex.people if p.name == "Nguyễn Minh Cảnh")
    assert person.organisation == "ỦY BAN NHÂN DÂN TỈNH BẾN TRE"
