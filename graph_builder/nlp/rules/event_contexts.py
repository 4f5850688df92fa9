"""Whether an event head word names an event held, where the sentence writes it.

A head in lower case is often a common noun ("các hội nghị", "như tổ chức hội nghị, tập
huấn"), a task a plan lists, or the predicate of a sentence about the article's one contest;
it names the event only in a frame that says one was held ("tổ chức", "dự", "tại"), with a
quoted title, or right after the body holding it. Split from nlp/rules/events.py, which
asks these questions for every head it finds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph_builder.nlp.lexicon import Head
from graph_builder.nlp.rules.event_name_ends import named
from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.textnorm import UPPER

_HELD = re.compile(r"(?<![\wÀ-ỹ])tổ chức\s+$")  # "tổ chức chương trình ...", not "tại"
# "X tổ chức Hội nghị A lần thứ VI và Chương trình B": a programme named after a named event
# held, joined to it by "và", is held too
# (not "tổ chức Hội nghị sơ kết Chương trình A và Chương trình B": the policies it reviewed)
_HELD_WITH = re.compile(
    rf"(?<![\wÀ-ỹ])tổ chức\s+[{UPPER}]"
    r"(?:(?!(?i:chương trình|kế hoạch|đề án|nghị quyết|quyết định|dự án))[^.;:\n]){2,220}?"
    r"\s+và\s+$"
)
# a title in curly quotes, or in straight ones opening with a capital ("tọa đàm "Hướng ...")
_QUOTED_NEXT = re.compile(rf"(?:\s+[^\s“”\".,;:]+){{0,2}}\s+(?:“|\"(?=[{UPPER}]))")
_NTH = re.compile(r"\s+thứ\s+(?:\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\wÀ-ỹ])")
_PLURAL = re.compile(r"(?<![\wÀ-ỹ])(các|những|nhiều|mỗi|mọi|hàng loạt)\s+$", re.IGNORECASE)
# "tại buổi tọa đàm ...", "dự cuộc hội thảo ...": a classifier between the verb and the head;
# "đã chủ trì phiên họp ...": the meeting a leader chaired was held; "tổ chức 02 lớp tập huấn
# ...": a few classes held as one training ("319 lớp tập huấn" over ten years is a tally)
# a guest list may open the sentence ("Dự khai giảng lớp học có ..."); a quote may open the
# name held ("tổ chức “Kỷ niệm Ngày X”"); "hưởng ứng tháng hành động ..." names the campaign
_CONTEXT = re.compile(
    r"(?<![\wÀ-ỹ])(tổ chức|khai mạc|[Dd]ự|tại|chủ trì|hưởng ứng)\s+(?:0?[1-9]\s+)?"
    r"(?:(?:buổi|cuộc)\s+)?“?$"
)
# "các hoạt động như: tổ chức Kỷ niệm Ngày ...", "các hình thức như tổ chức hội nghị, tập
# huấn": kinds of work listed, colon or not, no event held
_ACTIVITIES = re.compile(r"(?:như|gồm|bao gồm)\s*:?\s*(?:tổ chức|phối hợp tổ chức)\s+$")


# "Các sở, phòng giáo dục tổ chức tập huấn cho giáo viên": many bodies of a kind, each holding
# its own, name no one event
_MANY_HOLD = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;:] ))(?:Các|Những|Nhiều)\s[^.;:\n]{2,60}?\s(?:đã\s+)?tổ chức\s+"
    r"(?:(?:buổi|cuộc|lớp)\s+)?$"
)


def refers(head: Head, name: str) -> bool:
    """ "Kỳ thi tiếp tục phân cấp ...", "tại hội giảng đa dạng": a head the article writes
    alone for its one exam, contest or fair (event_heads.txt: refers) names it only with a
    capital, a year or a quote after it; otherwise its words are the sentence's predicate."""
    return "refers" in head.flags and not named(name[len(head.label) :])


def task(text: str, start: int, rest: str) -> bool:
    """ "... tại cộng đồng. Tập huấn nghiệp vụ, nâng cao năng lực cán bộ ...": an activity's
    head capitalised only for opening a sentence, with no name (no capital, no year) after
    it, is a task a plan lists, not a training held."""
    return text[max(0, start - 2) : start] == ". " and not named(rest)


def names_one(text: str, start: int, head: Head) -> bool:
    """A head in lower case names one event after "tổ chức", "dự", "tại" ...; a ceremony
    ("lễ ra mắt ...", "sự kiện ký kết ...") names one anywhere, unless it is a plural
    ("các lễ ký kết", "nhiều sự kiện ra mắt")."""
    before = text[max(0, start - 18) : start]
    if "held" in head.flags:
        return bool(_HELD.search(before)) or held_with(text, start) is not None
    if "ceremony" in head.flags:
        return not _PLURAL.search(before)
    return (
        bool(_CONTEXT.search(before))
        and not _ACTIVITIES.search(text, max(0, start - 40), start)
        and not _MANY_HOLD.search(text, max(0, start - 80), start)
    )


# "hưởng ứng đợt tuyên truyền X do BHXH Việt Nam và Bưu điện phối hợp phát động", "hội thảo về
# Y do Sở Z tổ chức": the body that held it is named after "do", in the same clause
_HELD_BY = re.compile(
    r"[^.;:\n“”]{0,120}?\sdo\s[^.;:\n]{2,120}?\s(?:phối hợp\s+|đồng\s+)?"
    r"(?:tổ chức|phát động)(?![\wÀ-ỹ])"
)


def held_with(text: str, start: int) -> int | None:
    """Where "tổ chức" is, when the name with its capital at `start` is joined by "và" to a
    named event that verb holds ("tổ chức Hội nghị A lần thứ VI và Chương trình B"): a
    programme held with it is an event, not a policy, and has its organisers."""
    if not text[start : start + 1].isupper():
        return None
    held = _HELD_WITH.search(text, max(0, start - 240), start)
    return held.start() if held else None


def held_by(text: str, end: int, head: Head) -> bool:
    """A head in lower case whose clause goes on "... do <body> tổ chức" names the event that
    body held (not a programme, nor an action named by its verb: event_heads.txt)."""
    return not head.flags & {"held", "action", "named"} and bool(_HELD_BY.match(text, end))


def titled(text: str, end: int, head: Head) -> bool:
    """ "chiến dịch truyền thông “Chấm dứt bạo lực ...”", "tọa đàm “Mẹ đỡ đầu”": a head in
    lower case followed by a quoted title, a word or two between, names that one event (a
    programme so titled may be a policy: "chương trình “Tặng thẻ ...”" needs "tổ chức")."""
    quoted = _QUOTED_NEXT.match(text, end)
    if quoted and quoted.group().endswith('"') and "context" in head.flags:
        quoted = None  # "hoạt động kỷ niệm "Ngày X"": straight quotes name no held event
    return "held" not in head.flags and bool(quoted or _NTH.match(text, end))


def done_by(text: str, start: int, head: Head, bodies: Sequence[OrgMention]) -> bool:
    """ "Hội Phụ nữ tỉnh tập huấn kỹ năng ... cho ...", "Trường X khai giảng lớp ...": an
    activity (or a head flagged `subject`) in lower case right after a body's name is what
    the body holds (the body is its subject)."""
    before = before_space(text, start)
    if not head.flags & {"activity", "subject"} or before in (0, start):
        return False
    body = org_covering(bodies, before - 1)
    return body is not None and body.end == before


def before_space(text: str, pos: int) -> int:
    """Where the spaces before `pos` begin."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


CEREMONY_KIND = "Buổi lễ"
# "Tại buổi lễ, ...", "Tham dự buổi lễ có ...", "phát biểu tại buổi lễ.": a ceremony's
# general word alone (not "buổi lễ bế giảng ...", whose own head names it)
_CEREMONY_ALONE = re.compile(
    r"(?<![\wÀ-ỹ])[Bb]uổi\s+[Ll]ễ(?=\s*[,.;:\n]|\s*$|\s+(?:có|còn|đã|này|nói trên|cũng|là)"
    r"(?![\wÀ-ỹ]))"
)


def ceremonies_alone(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where "buổi lễ" stands alone, outside the names found: it refers back to the
    ceremony the article names, or, naming none, is the ceremony it reports from (a
    contest's prize-giving: "Tại buổi lễ, Ban tổ chức đã trao giải ...")."""
    return [
        m.span()
        for m in _CEREMONY_ALONE.finditer(text)
        if not any(a <= m.start() < b for a, b in taken)
    ]
