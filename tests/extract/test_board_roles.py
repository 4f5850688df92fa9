"""Members of a board set up with "làm <post>" (extract/board_roles.py)."""

from __future__ import annotations

from spacy.language import Language

from graph_builder.extract.model import Predicate, all_relations
from tests.extract.conftest import extract_text


def members(nlp: Language, text: str) -> set[tuple[str, str]]:
    ex = extract_text(nlp, text)
    return {(r.subject, r.object) for r in all_relations(ex) if r.predicate is Predicate.MEMBER_OF}


BOARD = "Ban Chỉ đạo phòng chống thiên tai tỉnh"


def test_a_list_of_members_over_paragraphs_is_one_boards(plain_nlp: Language) -> None:
    found = members(
        plain_nlp,
        f"{BOARD} gồm 25 thành viên do ông Trần Quốc Việt, Chủ tịch UBND tỉnh làm Trưởng ban.\n"
        "Ông Lê Minh Hòa, Phó Chủ tịch UBND tỉnh làm Phó Trưởng ban thường trực.\n\n"
        "Ông Phạm Văn Đức, Giám đốc Sở Nông nghiệp làm Phó Trưởng ban.\n"
        "Năm nay tỉnh có 12 đợt mưa lớn.\n"
        "Ông Đỗ Văn Nam, Giám đốc Sở Xây dựng làm Trưởng ban Quản lý dự án.",
    )
    for who in ("Trần Quốc Việt", "Lê Minh Hòa", "Phạm Văn Đức"):
        assert (who, BOARD) in found
    assert ("Đỗ Văn Nam", BOARD) not in found  # the list ended before him


def test_a_body_in_a_members_post_is_no_board(plain_nlp: Language) -> None:
    found = members(
        plain_nlp,
        f"{BOARD} do ông Trần Quốc Việt, Phó Chủ tịch Ủy ban nhân dân tỉnh làm Trưởng ban; "
        "ông Lê Minh Hòa, Trưởng Ban Dân tộc tỉnh làm Phó Trưởng ban Thường trực; ông Phạm "
        "Văn Đức, Giám đốc Sở Tài chính làm Phó Trưởng ban.",
    )
    assert ("Phạm Văn Đức", BOARD) in found
    assert not {b for who, b in found if who == "Phạm Văn Đức"} & {
        "Ban Dân tộc tỉnh",
        "Ban Thường trực",
        "Ủy ban nhân dân tỉnh",
    }


def test_a_post_that_goes_on_with_a_bodys_name_is_of_that_body(plain_nlp: Language) -> None:
    text = (
        "Ban Thường vụ Tỉnh ủy điều động ông Lê Văn Tâm, nguyên Giám đốc Sở Y tế, giữ chức "
        "Phó Trưởng Ban Tổ chức Tỉnh ủy. Ban Dân vận Tỉnh ủy do ông Đinh Văn Hùng làm Trưởng ban."
    )
    ex = extract_text(plain_nlp, text)
    rels = {(r.subject, r.predicate, r.object) for r in all_relations(ex)}
    assert ("Lê Văn Tâm", Predicate.HOLDS_ROLE, "Phó Trưởng Ban") not in rels
    assert ("Lê Văn Tâm", Predicate.HOLDS_ROLE, "Phó Trưởng Ban Tổ chức Tỉnh ủy") in rels
    assert ("Lê Văn Tâm", Predicate.MEMBER_OF, "Ban Tổ chức Tỉnh ủy") in rels
    assert ("Đinh Văn Hùng", Predicate.MEMBER_OF, "Ban Dân vận Tỉnh ủy") in rels
