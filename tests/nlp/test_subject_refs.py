"""Legal documents named by kind, issuer and subject with no number
(nlp/rules/subject_refs.py)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.rules.subject_refs import find_by_subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sáng nay, Sở quán triệt Quyết định của Ban Bí thư về công tác thi đua. Theo đó, ...",
            "Quyết định của Ban Bí thư về công tác thi đua",
        ),
        (
            "Bộ được giao chuẩn bị Chỉ thị về đẩy mạnh phòng, chống tai nạn thương tích trẻ em.",
            "Chỉ thị về đẩy mạnh phòng, chống tai nạn thương tích trẻ em",
        ),
        (
            "Hội nghị góp ý dự thảo Nghị quyết của Huyện ủy về phát triển cây chè hữu cơ.",
            "Nghị quyết của Huyện ủy về phát triển cây chè hữu cơ",
        ),
        # the sentence goes on at a verb: the name stops before it
        (
            "Nghị quyết của Quốc hội về thí điểm cơ chế đặc thù đang được Bộ thẩm định.",
            "Nghị quyết của Quốc hội về thí điểm cơ chế đặc thù",
        ),
        # a link word as the subject's first word is the subject's own
        (
            "Tỉnh ủy ban hành Nghị quyết về tập trung phát triển du lịch biển.",
            "Nghị quyết về tập trung phát triển du lịch biển",
        ),
    ],
)
def test_a_document_named_by_its_subject(text: str, name: str) -> None:
    assert [m.text for m in find_by_subject(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Hội đồng quyết định về mức thu học phí năm học mới.",  # the verb, in lower case
        "Các nghị quyết về phát triển kinh tế đã đi vào cuộc sống.",  # the work in general
        "Quyết định số 12/QĐ-UBND về thành lập Ban chỉ đạo.",  # numbered: find_legal's
        # a programme as the subject: a policy of its own, which the decision approves
        "Quyết định của Thủ tướng về Chương trình phát triển nhà ở xã hội được công bố.",
    ],
)
def test_no_document_by_subject(text: str) -> None:
    assert find_by_subject(text) == []


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # any kind of data/lexicon/matter_titled_kinds.txt, in lower case too, as written
        (
            "Tại công điện về việc tăng cường phòng chống cháy rừng, Chủ tịch UBND yêu cầu.",
            "công điện về việc tăng cường phòng chống cháy rừng",
            "công điện",
        ),
        (
            "Sở gửi Tờ trình về việc đề nghị khen thưởng tập thể xuất sắc.",
            "Tờ trình về việc đề nghị khen thưởng tập thể xuất sắc",
            "Tờ trình",
        ),
        # a comma ends the matter: what follows may be the sentence going on
        (
            "Thực hiện kế hoạch về việc sửa chữa nhà ở năm 2024, Hội đã trao 5 nhà.",
            "kế hoạch về việc sửa chữa nhà ở năm 2024",
            "kế hoạch",
        ),
        # who is meant stays in the matter, a link word after "người" or "hộ" too
        (
            "Ban ban hành Kế hoạch về việc thăm hỏi người được hỗ trợ nhà ở.",
            "Kế hoạch về việc thăm hỏi người được hỗ trợ nhà ở",
            "Kế hoạch",
        ),
    ],
)
def test_a_document_named_by_its_matter(text: str, name: str, kind: str) -> None:
    assert [(m.text, m.kind) for m in find_by_subject(text)] == [(name, kind)]


def test_a_comma_before_a_capital_ends_the_matter() -> None:
    found = find_by_subject("Hội có văn bản về việc tặng quà Tết, Ban Thường vụ đồng ý.")
    assert [m.text for m in found] == ["văn bản về việc tặng quà Tết"]
