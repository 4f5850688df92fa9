"""Where an event's name ends: before a verb, a time, a venue or a clause
("Hội thảo về X được tổ chức tại ..."), with a title in quotes after "chủ đề"/"nội dung"
kept in it and an abbreviation in brackets ("(ILO)") or the dot of "TP.HCM" not ending it.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.org_ends import across_comma
from graph_builder.textnorm import UPPER

_STOP = re.compile(
    r"\s+(?:được tổ chức|được|diễn ra|do |tại |sẽ |có sự|với sự|đã |từ ngày|ngày \d|"
    r"vào (?:ngày|sáng|chiều|tối|lúc|năm|thứ)|"
    r"(?:sáng|chiều) (?=nay|qua|mai|hôm|ngày|cùng|thứ|\d)|"  # a time, not "đa chiều"
    r"hôm |có(?= |:)|là |và các|cho |của các|để |cũng |gồm|chụp|tổ chức|tập trung|"
    r"về phía |"  # "Dự hội nghị về phía tỉnh X có ...": who came, on whose part
    r"thu hút|vừa |"  # "Hội thi X thu hút 13 thí sinh", "Hội giảng X vừa tổ chức tại ..."
    r"quan trọng|ý nghĩa|thiết thực|bổ ích|"  # a judgement: "Đây là Hội thảo ... quan trọng"
    r"thảo luận|kết thúc|thống nhất|nhất trí|đánh giá|ghi nhận|bế mạc|khai mạc|"
    r"nhằm |nhấn mạnh|vinh dự|thành công|khẳng định|kêu gọi|yêu cầu|truyền đi|chúc mừng|tặng |"
    r"chỉ là |với (?:bài|lời|phần) )|"  # "khai mạc hội thảo với bài phát biểu ...": how, not which
    r"[,;:()!?\n]|\.(?!\w)"  # not the dot inside "TP.HCM"
)
_SHORT_BRACKETS = re.compile(r"\([^()\s]{1,12}\)")
_TITLE = re.compile(
    r"\s*(?:với\s+)?(?:chủ đề|nội dung)\s*:?\s*(“[^”]{2,200}”|''[^']{2,200}''|\"[^\"]{2,200}\")"
)
_THEME = re.compile(r"\s+với\s+chủ đề\b")
_NAME_WORD = re.compile(rf"(?:19|20)\d{{2}}|(?<![\wÀ-ỹ])[{UPPER}]")
MAX_CHARS = 260


def _stop(text: str, pos: int, limit: int) -> int:
    """Where the name ends; an abbreviation in brackets ("(CS2)", "(ILO)"), the dot inside
    "TP.HCM" and the comma of a fixed phrase ("phòng, chống") belong to it."""
    start = pos
    while stop := _STOP.search(text, start, limit):
        short = _SHORT_BRACKETS.match(text, stop.start())
        past = short.end() if short else across_comma(text, stop.start())
        if past is None:
            return stop.start()
        start = past
    return limit


def name_end(text: str, pos: int) -> int:
    title = _TITLE.match(text, pos)
    if title:
        return title.end()
    limit = min(len(text), pos + MAX_CHARS)
    end = _stop(text, pos, limit)
    end = _past_quote(text, pos, end, limit)
    theme = _THEME.search(text, pos, end)
    if theme and named(text[pos : theme.start()]):
        return theme.start()
    title = re.search(_TITLE.pattern, text[pos : end + 250])
    if title and pos + title.start() <= end + 1:
        with_theme = title.group().lstrip().startswith("với")
        return end if with_theme and named(text[pos : pos + title.start()]) else pos + title.end()
    return end


def _past_quote(text: str, pos: int, end: int, limit: int) -> int:
    """A stop inside a quoted title ("“... cho ...”", "cuộc thi "Những tấm gương tâm huyết,
    sáng tạo ..."") is a word of the title: the name runs past the closing quote."""
    opened = text.rfind("“", pos, end)
    if opened > text.rfind("”", pos, end):
        closed = text.find("”", end, limit)
    elif text.count('"', pos, end) % 2:
        closed = text.find('"', end, limit)
    else:
        return end
    return _stop(text, closed + 1, limit) if closed != -1 else end


def named(words: str) -> bool:
    """ "Tháng hành động vì trẻ em năm 2025 với chủ đề “...”": a name with a year or a
    capitalised word is the event's name already, its theme ("with the theme") is what it
    is about; after generic words ("Hội thảo khoa học quốc tế với chủ đề “...”") the theme
    names it, as does a title set off by "chủ đề:" ("hội thảo nhân Ngày X chủ đề: “...”")."""
    return bool(_NAME_WORD.search(words))


def line_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a line (the headline, or a paragraph)."""
    return pos == 0 or text[pos - 1] == "\n"


def headline_name(text: str, start: int) -> str:
    """ "Tập huấn, giao ban công tác trẻ em năm 2023 khu vực phía Nam": a headline that
    joins the head to more work after a comma is the event's name, to the line's end."""
    end = text.find("\n", start, start + MAX_CHARS)
    return text[start : end if end != -1 else min(len(text), start + MAX_CHARS)].rstrip(" .")


def after_space(text: str, pos: int) -> int:
    """Where the spaces after `pos` end."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def after_quote(text: str, pos: int) -> int:
    """Where the spaces and an opening quote after `pos` end: "chương trình “Ngày hội ..."."""
    pos = after_space(text, pos)
    return pos + 1 if text.startswith("“", pos) else pos
