"""A goal sentence cut into clauses, one figure each, and the figure a clause counts.

Why apart from the target rules (nlp/rules/targets): "100% ... và giảm tỷ lệ ... xuống
còn 5%", "12,8 triệu lao động, trong đó ... 3,2 triệu người" hold two goals in one
sentence; where to cut is its own question, asked before any clause is read as a goal.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.target_numbers import in_period
from graph_builder.nlp.rules.text import Span, alternation

UNITS = alternation(word_list(LEXICON_DIR / "target_units.txt"))  # data: what goals count
FIGURE = re.compile(
    r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*((?:(?:triệu|nghìn|ngàn)\s+(?!đồng))?"
    rf"(?:{UNITS}))?(?![\wÀ-ỹ]|/(?!năm\b))"
)


def clauses(sentence: Span) -> list[Span]:
    out, start = [], sentence.start
    for m in re.finditer(
        # "... trên thị trường.Đến năm 2035, ...": a stop with no space after it ends too
        r";|\.\s|\.$|(?<=[a-zà-ỹđ]{2})\.(?=[A-ZÀ-ỸĐ][a-zà-ỹđ])|:\s*[\"“]?|"
        r"\s+và\s+(?=(?:từ\s+)?\d[\d.,]*\s*%)|\s+(?=tiến (?:đến|tới)\s+\d)|"
        # ", qua đó góp phần nâng tỷ lệ ... đạt 70%": what the goal leads to, a goal of its own
        r",\s+(?:qua đó\s+|từ đó\s+)?(?=góp phần\s)",
        sentence.text,
    ):
        out.append(
            Span(
                start, sentence.start + m.start(), sentence.text[start - sentence.start : m.start()]
            )
        )
        start = sentence.start + m.end()
    out.append(Span(start, sentence.end, sentence.text[start - sentence.start :]))
    return [part for c in out if c.text.strip() for part in _split_on_and(c)]


_AND = re.compile(
    r"\s+và\s+|\s*,\s*trong đó\s+|\s*\((?:trong đó\s+)?|"
    r",\s+(?=(?:khoảng\s+|trên\s+|hơn\s+|gần\s+|ít nhất\s+|từ\s+)?\d)|"  # ", 4000 người ..."
    # ", phấn đấu từ 90% hộ ...": a pledge after a comma
    r",\s+(?=phấn đấu\s+(?:đạt\s+)?(?:từ\s+|ít nhất\s+)?\d)|"
    # ", cán bộ nữ đạt tối thiểu 15%", ", thu hút ít nhất 50% hội viên": a goal of its own
    # and ", công nghiệp chiếm khoảng 31%", a share of a list of shares; the group may take
    # up to eight words (", xã đặc biệt khó khăn giảm trên 3%")
    r",\s+(?=(?:[^\W\d]+\s+){0,8}(?:đạt|tối thiểu|ít nhất|giảm|tăng|chiếm)\s+"
    r"(?:[^\W\d]+\s+){0,2}\d)"
)


def _split_on_and(clause: Span) -> list[Span]:
    """ "100% ... được hỗ trợ và giảm tỷ lệ ... xuống còn 5%": two goals, two clauses; so
    are "đào tạo 12,8 triệu lao động, trong đó trình độ cao đẳng là 3,2 triệu người",
    "60% viên chức (trong đó 50% đối tượng lãnh đạo)" and a list of figures after commas
    ("38% lực lượng lao động, trên 93,7% dân số có thẻ BHYT")."""
    for m in _AND.finditer(clause.text):
        left, right = clause.text[: m.start()], clause.text[m.end() :]
        if "(" in m.group():  # the aside ends at its ")"; what follows is said of the left
            close = right.find(")")
            right = right[:close] if close >= 0 else right
        if first_figure(left) and first_figure(right):
            first = Span(clause.start, clause.start + m.start(), left)
            rest = Span(clause.start + m.end(), clause.start + m.end() + len(right), right)
            return [first, *_split_on_and(rest)]
    return [clause]


def first_figure(text: str) -> re.Match[str] | None:
    """The first figure of `text` with its unit that is no year, month or day."""
    for m in FIGURE.finditer(text):
        is_year = re.search(r"(năm|tháng)\s*$", text[: m.start()]) is not None or in_period(text, m)
        if m.group(2) and not is_year and not re.match(r"\s*(năm|tháng|ngày)", text[m.end() :]):
            return m
    return None
