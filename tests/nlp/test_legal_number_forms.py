"""Legal numbers in the less common ways articles write them: a spaced hyphen, a letter
after the serial, the older serial-issuer form."""

from __future__ import annotations

from graph_builder.nlp.rules.policies import find_instruments, find_legal


def test_a_hyphen_with_spaces_round_it_is_read_and_written_plain() -> None:
    [m] = find_legal("Hôm đó Bộ trưởng ký Quyết định số 118/2019/QĐ - BTC về việc này.")
    assert m.number == "118/2019/QĐ-BTC"
    assert m.issuer_code == "BTC"


def test_a_spaced_hyphen_before_an_ordinary_word_ends_the_number() -> None:
    [m] = find_legal("Theo Quyết định 77/QĐ - Thủ tướng đã ký.")
    assert m.number == "77/QĐ"


def test_a_letter_after_the_serial_number_belongs_to_it() -> None:
    text = "Căn cứ Nghị quyết số 52b/NQ-CP ngày 3/5/2019 của Chính phủ;"
    [m] = find_legal(text)
    assert (m.number, m.issuer_code) == ("52b/NQ-CP", "CP")
    assert find_instruments(text) == []  # no short "Nghị quyết số 52" beside it


def test_the_older_serial_issuer_form_after_a_kind_word() -> None:
    found = find_legal("Năm 1962 có Chỉ thị số 207-TTg và Thông tư số 9-NV/TT hướng dẫn.")
    assert [(m.number, m.kind, m.issuer_code) for m in found] == [
        ("207-TTg", "Chỉ thị", "TTg"),
        ("9-NV/TT", "Thông tư", "NV"),
    ]


def test_the_older_form_alone_is_no_document() -> None:
    assert find_legal("Lớp 12-CN học ở phòng 204-TTg.") == []


def test_a_ministry_code_alone_after_the_year_with_a_kind_word() -> None:
    [m] = find_legal("Thực hiện theo Thông tư số 18/2019/BGD&ĐT và điều lệ trường.")
    assert (m.number, m.kind, m.issuer_code) == ("18/2019/BGD&ĐT", "Thông tư", None)
    assert find_legal("Hồ sơ 18/2019/BGD&ĐT đã nộp.") == []
