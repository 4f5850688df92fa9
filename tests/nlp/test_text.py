"""Sentence spans over news text and over hard-wrapped text copied from PDFs."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.text import sentences

# fmt: off
CASES = [
    # a line break inside a sentence: the next line goes on in lower case
    ("Quyết định số 924/QĐ-TTg của Thủ tướng phê duyệt Chương trình chuyển đổi số\n"
     "trong xây dựng nông thôn mới.", 1),
    # ... or with the day that "ngày" announces
    ("Căn cứ Quyết định số 641/QĐ-TTg ngày\n28/4/2011 của Thủ tướng Chính phủ.", 1),
    # a title before its dateline, a line ending with ";" and a new line in capitals
    ("Hội nghị tổng kết năm 2024\n12/12/2024 08:00", 2),
    ("Căn cứ Luật Tổ chức chính quyền địa phương;\nthực hiện Nghị quyết số 12", 2),
    ("Tỉnh có 20 xã\nHuyện có 3 thị trấn", 2),
    ("Ông Nguyễn Văn An, TS. Trần Văn Bình dự họp. Bà Lê Thị Hoa phát biểu.", 2),
    ("", 0),
    ("   \n  ", 0),
]
# fmt: on


@pytest.mark.parametrize(("text", "count"), CASES)
def test_sentences(text: str, count: int) -> None:
    found = sentences(text)
    assert len(found) == count, [s.text for s in found]
    assert all(text[s.start : s.end] == s.text for s in found)
