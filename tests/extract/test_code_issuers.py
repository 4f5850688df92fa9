"""The issuer a legal number's code names counts only when the article writes that body."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import extract_text


def _issuers(text: str, nlp: Language) -> dict[str, str | None]:
    return {p.number: p.issuer for p in extract_text(nlp, text).policies if p.number}


def test_a_code_names_no_issuer_the_article_never_writes(plain_nlp: Language) -> None:
    text = (
        "Từ tháng 7, các trường áp dụng Thông tư 15/2023/TT-BGDĐT về tuyển sinh và "
        "Nghị định số 81/2021/NĐ-CP về học phí."
    )
    assert _issuers(text, plain_nlp) == {"15/2023/TT-BGDĐT": None, "81/2021/NĐ-CP": None}


def test_a_code_names_the_issuer_the_article_writes(plain_nlp: Language) -> None:
    """Written in full elsewhere, or as its office ("Thủ tướng")."""
    text = (
        "Theo Nghị định số 81/2021/NĐ-CP, học phí được miễn cho học sinh vùng khó khăn. "
        "Chính phủ giao các địa phương rà soát. Thủ tướng cũng yêu cầu thực hiện Quyết định "
        "số 90/QĐ-TTg đúng hạn."
    )
    issuers = _issuers(text, plain_nlp)
    assert issuers["81/2021/NĐ-CP"] == "Chính phủ"
    assert issuers["90/QĐ-TTg"] == "Thủ tướng Chính phủ"


def test_a_body_that_vua_co_a_document_issued_it(plain_nlp: Language) -> None:
    """ "UBND thành phố X đã có quyết định 57 ...": "có" after an aspect word is "issued"."""
    ex = extract_text(
        plain_nlp,
        "Về dự án này, UBND thành phố Hải Phòng đã có quyết định 57 về duyệt quy hoạch khu "
        "công nghiệp ven biển.",
    )
    assert [p.issuer for p in ex.policies] == ["UBND thành phố Hải Phòng"], ex.policies


def test_codes_written_without_the_stroke_of_d_are_the_same_codes(plain_nlp: Language) -> None:
    text = (
        "Lớp học mở theo quyết định số 1234/QD-TTg của Thủ tướng Chính phủ và Nghị định "
        "số 61/2015/ND-CP của Chính phủ."
    )
    policies = {p.number: p for p in extract_text(plain_nlp, text).policies if p.number}
    assert policies["1234/QD-TTg"].kind == "Quyết định"
    assert policies["1234/QD-TTg"].issuer == "Thủ tướng Chính phủ"
    assert policies["61/2015/ND-CP"].issuer == "Chính phủ"


def test_the_body_whose_head_signs_is_the_issuer_not_the_first_committee(
    plain_nlp: Language,
) -> None:
    text = (
        "UBND XÃ AN BÌNH ĐÃ LẬP 3 CHỐT KIỂM SOÁT\nThực hiện Chỉ thị số 17/CT-UBND của Chủ tịch "
        "UBND tỉnh Nam Định, UBND xã đã lập chốt."
    )
    assert _issuers(text, plain_nlp) == {"17/CT-UBND": "UBND tỉnh Nam Định"}
