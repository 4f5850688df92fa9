"""Policies named in lower case, as explanatory news often writes them: laws cited by
their subject ("Luật người khuyết tật", "Luật bảo hiểm y tế 2014") and programmes named
with their period ("chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030"), and
the law that amends others ("Luật sửa đổi, bổ sung một số điều của Luật ...").

A capitalised "Luật" with a word in lower case after it is mostly no law's name: "Luật sư"
(a lawyer), "Luật pháp" (law in general), "Luật quy định ..." opening a sentence. So the
words after it name a law only when they are a subject of data/lexicon/law_subjects.txt,
and the name ends with that subject (and a year written right after it): what follows
("... nhằm cải thiện ...") is the sentence, which a capitalised name's rules would run on.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.text import LOWER, alternation


def _comma_optional(subject: str) -> str:
    """ "phòng, chống bạo lực gia đình" is also written "phòng chống bạo lực gia đình"."""
    return re.escape(subject).replace(",", ",?")


SUBJECTS = tuple(sorted(word_list(LEXICON_DIR / "law_subjects.txt"), key=len, reverse=True))
_BY_SUBJECT = re.compile(
    r"[ \t]+(?:"
    + ("|".join(_comma_optional(subject) for subject in SUBJECTS) or "(?!)")
    + r")(?![\wÀ-ỹ])(?:[ \t]+(?:năm[ \t]+)?(?:19|20)\d{2}(?![\d/]))?",
    re.IGNORECASE,
)


# "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": an amending law is named by
# the laws it amends, up to its date or the clause's end
_AMENDING = re.compile(
    r"[ \t]+sửa đổi,?[ \t]+bổ sung[ \t]+(?:một số điều[ \t]+)?của[ \t]+Luật[^;.\n]{3,160}?"
    r"(?=[ \t]*,?[ \t]+(?:ngày|năm)[ \t]+\d|[ \t]*[;.\n]|$)"
)


def law_by_subject(text: str, pos: int) -> int | None:
    """Where a law's name ends when its words in lower case start at `pos` (right after
    "Luật"): an amending law's, or a subject's; None when the words name no law."""
    m = _AMENDING.match(text, pos) or _BY_SUBJECT.match(text, pos)
    return m.end() if m else None


# "chương trình học", "dự án của gia đình" are common words; with a period or a year it is
# due by within a few words, the words name one programme. Bounded: no scan past 80 chars.
# "kế hoạch từ năm 2022 đến năm 2030", "kế hoạch của tỉnh ...": a time or an owner, no name
_DATED = re.compile(
    r"[ \t]+(?!(?:từ|năm|trong|giai|đến|tới|cho|của|này|đó|sẽ|đã|được|là)(?![\wÀ-ỹ]))"
    r"[^.;:,“”\"()\n]{3,80}?(?:giai đoạn|đến năm)[ \t]+(?:19|20)\d{2}(?!\d)"
)


def dated_name(text: str, pos: int) -> bool:
    """Whether the words from `pos` (right after a head in lower case) run on to the
    programme's period ("... giai đoạn 2016 – 2020", "... đến năm 2030")."""
    return _DATED.match(text, pos) is not None


# "kế hoạch nhà ở tình nghĩa năm 2023", "chương trình an sinh xã hội (ASXH) năm 2020": a
# plan or programme for one year is named with that year, and the name ends there ("... năm
# 2019 và chiến dịch ..." goes on to another thing). Not "chương trình mới từ năm 2020" or
# "... đến hết năm 2021" (a word of time before "năm": when something happens), a title in
# capitals ("chương trình Tỏa sáng ...": a show), a percentage ("giảm giá 10%": an offer)
# or a law cited on the way ("chương trình ... theo Luật Giáo dục năm 2019")
_YEARLY_HEADS = ("kế hoạch", "chương trình")
_YEARLY = re.compile(
    r"[ \t]+(?!(?:từ|năm|trong|giai|đến|tới|cho|của|này|đó|sẽ|đã|được|là|mới)(?![\wÀ-ỹ]))"
    rf"[{LOWER}][^.;:,“”\"\n%]{{2,60}}?[ \t]+năm[ \t]+(?:19|20)\d{{2}}(?![\d/])"
)
_NOT_IN_YEARLY = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?:từ|trong|vào|hết|sau|trước|đến|tới|cuối|đầu|giữa|của|cả|mỗi|các)"
    r"[ \t]+năm[ \t]+\d{4}$|(?:Luật|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị)\b)"
)


def yearly_end(text: str, head_start: int, pos: int) -> int | None:
    """Where a plan or programme in lower case named with one year ends ("kế hoạch nhà ở
    tình nghĩa năm 2023"): after the year; None when no such name starts at `pos` (a time
    phrase, "từ năm 2023", or a law cited before the year is no name)."""
    """Where the name of a plan or programme for one year ends (at its year), when the head
    in lower case (from `head_start` to `pos`) is one and no period is written after it."""
    if text[head_start:pos] not in _YEARLY_HEADS or dated_name(text, pos):
        return None
    yearly = _YEARLY.match(text, pos)
    if yearly is None or _NOT_IN_YEARLY.search(yearly.group()):
        return None
    return yearly.end()


# "Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015": the date a law was passed follows its
# name and is no part of it; kept, two laws passed on one day would read as one name.
# "Luật Đất đai về những điểm mới": a law is named by its subject right after "Luật", never "về"
# a matter (that is how a resolution or a scheme is named), so "về" after the subject
# starts the sentence's prose
_PASSED_ON = re.compile(r"[ \t]*,?[ \t]+ngày[ \t]+\d|(?<=\S)[ \t]+về(?![\wÀ-ỹ])")


def undated_law(name: str) -> str:
    """A law's name without the date of its passing or the matter said of it after it."""
    m = _PASSED_ON.search(name)
    return name[: m.start()] if m else name


# "dự án Cơ sở dữ liệu quốc gia về dân cư", "dự án Tiếp nhận học bổng của ...": a project
# written with its head in lower case and its title capitalised; "vùng dự án ChildFund" (the
# area a donor works in) and an acronym alone ("dự án CCCD", a short name) are none
_TITLED_PROJECT = re.compile(r"[ \t]+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+[ \t]+[\wÀ-ỹ]")
_PROJECT_AREA = re.compile(r"(?<![\wÀ-ỹ])vùng\s+$")


# "vừa ban hành kế hoạch tuyển dụng giáo viên": an issuing verb right before the head, and
# two words at least after it (the title; "ban hành kế hoạch." names none)
_ISSUING = tuple(word_list(LEXICON_DIR / "issuing_verbs.txt"))
_ISSUED_BY_VERB = re.compile(rf"(?<![\wÀ-ỹ])(?:{alternation(_ISSUING)})[ \t]+$", re.IGNORECASE)
_TITLE_WORDS = re.compile(r"[ \t]+[\wÀ-ỹ]+[ \t]+[\wÀ-ỹ]")


def issued_object(text: str, head_start: int, pos: int) -> bool:
    """Whether a head in lower case is the object of an issuing verb ("ban hành", "phê
    duyệt"): what is issued is one document, so the words after the head are its name."""
    before = _ISSUED_BY_VERB.search(text, max(0, head_start - 24), head_start)
    return before is not None and _TITLE_WORDS.match(text, pos) is not None


def named_in_lower(text: str, head_start: int, pos: int) -> bool:
    """Whether a head in lower case (from `head_start` to `pos`) names one policy: by its
    period, as the object of an issuing verb, or, a project, by a capitalised title."""
    if dated_name(text, pos) or yearly_end(text, head_start, pos) is not None:
        return True
    if issued_object(text, head_start, pos):
        return True
    if text[head_start:pos] != "dự án" or _PROJECT_AREA.search(
        text, max(0, head_start - 6), head_start
    ):
        return False
    return _TITLED_PROJECT.match(text, pos) is not None
