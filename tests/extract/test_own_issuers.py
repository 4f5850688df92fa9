"""issuedBy from an instrument's own name: "Kế hoạch của UBND tỉnh X", "Chương trình công
tác của Tỉnh ủy Y" (extract/policy_issuers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import extract_text


def _issuers(text: str, nlp: Language) -> dict[str, str | None]:
    return {p.name: p.issuer for p in extract_text(nlp, text).policies}


# fmt: off
OWN_BODY = [
    ("Các huyện quán triệt 5 Chương trình công tác của Tỉnh ủy Nghệ An khóa XIX. Tỉnh ủy "
     "Nghệ An giao các cấp ủy xây dựng kế hoạch cụ thể.", "Tỉnh ủy Nghệ An"),
    ("Quận tổng kết 3 năm triển khai Đề án 06 của Chính phủ về ứng dụng dữ liệu dân cư.",
     "Chính phủ"),
    ("Huyện triển khai Kế hoạch của UBND tỉnh Bến Tre về chăm sóc người cao tuổi. UBND tỉnh "
     "Bến Tre giao Sở Y tế theo dõi.", "UBND tỉnh Bến Tre"),
]
NO_ISSUER = [
    # the congress's resolution, the board's activities, a convention of the UN
    "Đảng bộ tỉnh quán triệt Nghị quyết Đại hội XIII của Đảng trong toàn tỉnh.",
    ("Tỉnh rà soát Kế hoạch hoạt động của Ban Chỉ đạo tỉnh về giảm nghèo. Ban Chỉ đạo tỉnh "
     "họp định kỳ hằng quý."),
    ("Việt Nam thực hiện Công ước của Liên Hợp Quốc về quyền trẻ em. Liên Hợp Quốc đánh giá "
     "cao nỗ lực này."),
    # a project is carried out, not issued; an aid approved for it issues nothing
    ("Lớp học thuộc dự án Trao học bổng của Tổ chức Vì trẻ em cho học sinh nghèo của tỉnh "
     "đã được UBND tỉnh Nam Định phê duyệt khoản viện trợ ngày 3/3/2024."),
]
# fmt: on


@pytest.mark.parametrize(("text", "body"), OWN_BODY)
def test_an_instrument_named_of_a_body_is_issued_by_it(
    plain_nlp: Language, text: str, body: str
) -> None:
    assert body in _issuers(text, plain_nlp).values(), _issuers(text, plain_nlp)


@pytest.mark.parametrize("text", NO_ISSUER)
def test_a_body_after_cua_that_did_not_issue_it(plain_nlp: Language, text: str) -> None:
    found = _issuers(text, plain_nlp)
    assert found and not any(found.values()), found


def test_a_legal_database_title_names_its_issuer_after_the_subject(plain_nlp: Language) -> None:
    text = (
        "Hướng dẫn 05/HD-BCĐ năm 2010 về quy trình bình xét hộ nghèo, hộ cận nghèo hằng năm "
        "trên địa bàn do Ban Chỉ đạo giảm nghèo tỉnh Quảng Trị ban hành\n"
        "Căn cứ kế hoạch của tỉnh, Ban Chỉ đạo hướng dẫn như sau."
    )
    found = {p.number: p.issuer for p in extract_text(plain_nlp, text).policies if p.number}
    assert found.get("05/HD-BCĐ") == "Ban Chỉ đạo giảm nghèo tỉnh Quảng Trị", found


def test_a_law_passed_by_a_body_in_the_passive_is_issued_by_it(plain_nlp: Language) -> None:
    text = "Luật Thanh niên được Quốc hội thông qua tháng 6/2020, có hiệu lực từ năm 2021."
    assert "Quốc hội" in _issuers(text, plain_nlp).values(), _issuers(text, plain_nlp)
