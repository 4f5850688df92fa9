"""Events told by their verb alone, in an article that names no event by a head word:
"Phó Thủ tướng X đã làm việc với Ủy ban Dân tộc về ..." (a working visit), "UBND Thành
phố và UNICEF chính thức ký kết dự án “...”" (a signing), "Hội Khuyến học tỉnh đã trao 70
suất học bổng ..." (an award), "Hội X đã tiến hành bàn giao nhà ..." (a handover). The
verb phrase names the event ("làm việc với Ủy ban Dân tộc", "ký kết dự án “...”", "trao 70
suất học bổng ..."), as a reader would list it. A
headline "Đoàn công tác X thăm, làm việc tại Y" names the delegation's visit, whole.

Only what was done ("đã", "chính thức"): "mong muốn có cơ hội làm việc với", "đang làm
việc với", "sẽ ký kết" and a headline "đến thăm, làm việc với ..." report nothing held.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.dates import DAY_OPENING
from graph_builder.nlp.rules.event_name_ends import name_end
from graph_builder.nlp.rules.text import upper_first

VISIT_KIND = "Buổi làm việc"
VISIT_VERB = "làm việc với"
SIGNING_KIND = "Lễ ký kết"  # the kind data/lexicon/event_heads.txt gives "Lễ ký kết"
# "A và B đã ký kết X", "... chính thức ký kết X": a signing done, told in running text (a
# headline "A và B ký kết X" drops "đã", and often shortens the parties' names)
SIGNED = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa|chính thức)\s+(ký kết)(?=\s+\S)")
# "Hội Khuyến học tỉnh đã trao 70 suất học bổng ...", "... tổ chức trao quà cho ...": an
# award given, told by its verb (what is given within a few words of it)
AWARD_KIND = "Trao học bổng"
GIFT_KIND = "Trao quà"
# what is given, a few words after the verb: gifts, scholarships, capital ("đã tổ chức trao
# nguồn vốn ..."), certificates of merit ("vừa trao giấy khen cho ..."); money right after
# it ("vừa trao tiền hỗ trợ xây nhà", not "trao 16 triệu đồng tiền mặt và 15 thùng bánh");
# a count may carry thousands dots ("trao tặng 1.000 suất quà", "trao 1.200 phần quà")
_GIVEN = r"(học bổng|quà|(?:nguồn\s+)?vốn|giấy khen|bằng khen)(?![\wÀ-ỹ])"
_WORD = r"(?:\d{1,3}(?:\.\d{3})+|[^\s.;,]+)"
_GIVE = (
    r"(trao(?:\s+tặng)?)(?=\s+(?:(?:số\s+)?(tiền)(?![\wÀ-ỹ])|"
    rf"(?:{_WORD}\s+){{0,3}}?(?:suất\s+|phần\s+)?" + _GIVEN + "))"
)
AWARDED = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa|tổ chức)\s+(?:tổ chức\s+)?(?:đến\s+)?" + _GIVE)
# "Trong 5 năm qua, toàn tỉnh đã tổ chức trao 12.400 suất học bổng": what a whole province
# (or the country) gave over years is a tally, no giving held
_TALLY = re.compile(
    r"(?<![\wÀ-ỹ])(?:toàn\s+(?:tỉnh|huyện|thành phố|quận|thị xã|xã|quốc|ngành)|cả\s+nước|"
    r"(?:trong|sau)\s+\S+\s+năm\s+qua|năm\s+qua|từ\s+đầu\s+năm)(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
# "Sáng 14/1, Hội X tỉnh trao tiền ủng hộ ...", "Ngày 3/9, A, B và C trao 400 phần quà ...":
# a report's lead opens with the day (DAY_OPENING), then who gave what; no "đã" is written
_DAY_LEAD = re.compile(DAY_OPENING + r"[^\n.]{3,160}?\s" + _GIVE)
# "Hội X tỉnh trao 3 suất quà cho ...": a headline (the first line, no full stop) drops "đã"
# (not "“Ươm mầm ...” trao quà ...": a programme, quoted, is the event its article names)
_AWARD_HEADLINE = re.compile(r"\A(?![“\"])[^\n]{3,80}?\s" + _GIVE + r"[^\n]*?(?<![.!?])(?=\n|\Z)")
# "Hội Chữ thập đỏ xã đã tiến hành bàn giao nhà nhân đạo cho ...", "... tiến hành nghiệm thu
# và bàn giao 03 nhà tình nghĩa cho ...": a handover done, told by its verb (not "sẽ bàn giao",
# "được bàn giao": what will be or was received)
HANDOVER_KIND = "Bàn giao"
HANDED = re.compile(
    r"(?<![\wÀ-ỹ])(?:đã|vừa|tổ chức|tiến hành)\s+(?:tiến hành\s+)?"
    r"((?:nghiệm thu(?:\s*,\s*|\s+và\s+))?bàn giao)(?=\s+[^\s.,;:])"
)
# "Đoàn cán bộ huyện đã đến thăm, chúc Tết và tặng quà cho ...", "UBND xã tổ chức 02 đoàn
# đến thăm, tặng quà cho ...": a visit to give gifts, done, told by its two verbs
# (not "Câu lạc bộ còn tổ chức thăm, tặng quà ...", "sẽ tổ chức ...": what it does, or will)
GIFT_VISIT_KIND = "Thăm và tặng quà"
# the wishes a visit brings besides its gifts, in any order: "đi thăm, tặng quà, chúc thọ",
# "đến thăm, chúc thọ, tặng quà", "thăm tặng quà"
_AND_THEN = r"(?:\s*,\s*|\s+và\s+|\s+)"
_WISH = r"chúc\s+(?:[Tt]ết|thọ|mừng|sức\s+kho[ẻẻ])"
_GIFTS = (
    rf"((?:đến\s+|đi\s+)?thăm(?:\s+hỏi)?(?:{_AND_THEN}{_WISH})*{_AND_THEN}"
    rf"(?:trao(?:\s+tặng)?|tặng)\s+quà(?:{_AND_THEN}{_WISH})*)(?![\wÀ-ỹ])"
)
# "UBND Quận X tổ chức đoàn đến thăm ...", "... thành lập đoàn đến thăm ...": a delegation sent
GIFT_VISITED = re.compile(
    r"(?<![\wÀ-ỹ])(?<!còn )(?<!sẽ )(?<!thường )(?:đã|vừa|tổ chức|thành lập)\s+"
    r"(?:(?:0?[1-9]\s+)?đoàn\s+)?(?:trực tiếp\s+)?" + _GIFTS
)
# "Chiều 18-1, Đoàn X phối hợp Y thăm, tặng quà trẻ em ...": a lead opening with its day
# tells the visit done, with no "đã"
_GIFT_DAY_LEAD = re.compile(DAY_OPENING + r"[^\n.]{3,250}?\s" + _GIFTS)
# "Thứ trưởng X thăm và tặng quà gia đình chính sách huyện Y": a headline (a line with no
# full stop) drops "đã"; it names the visit, to the line's end
_GIFT_HEADLINE = re.compile(r"\A[^\n]*?(?<![\wÀ-ỹ])" + _GIFTS + r"[^\n]*?(?<![.!?])(?=\n|\Z)")
# up to the clause's end, or to where and when it was given ("tại xã X", "vào sáng nay",
# "nhân dịp Tết", not the "nhân" of "bệnh nhân")
_CLAUSE = re.compile(
    r"(?:[ \t]+(?!(?:tại|ở|vào|nhân\s+(?:dịp|ngày|kỷ niệm|kỉ niệm)|trong|sáng|chiều|ngày)"
    r"(?![\wÀ-ỹ]))(?:\d+[.,]\d+|[^\s.,;:()])+){1,24}"  # "1.161 người": a number's dot
)
_OBJECT = re.compile(
    r"(?:ký kết|làm việc với|trao(?: tặng)?|quà|bàn giao|khánh thành|khởi công|họp)"
    r"(?:,?\s+chúc\s+\S+)*\s+\S"
)
# "Tuổi trẻ quận X khánh thành sân chơi thiếu nhi", "Hội Y đã khởi công cầu dân sinh ...":
# an inauguration or a groundbreaking done, told by its verb; a headline drops "đã" (not
# "dự kiến khánh thành", "sẽ khởi công"; "Lễ khánh thành ...", "nghi thức khánh thành" are
# a ceremony's head, or a caption)
INAUGURATION_KINDS = frozenset({"Khánh thành", "Khởi công"})  # each verb, capitalised
_OPENING = r"(khánh thành|khởi công)(?=\s+[^\s.,;:])"
INAUGURATED = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa|tổ chức)\s+" + _OPENING)
_OPENING_HEADLINE = re.compile(
    r"\A[^\n]{3,80}?\s(?<![Ll]ễ )(?<!thức )" + _OPENING + r"[^\n]*?(?<![.!?])(?=\n|\Z)"
)
# "Ban Thường vụ Tỉnh Đoàn đã tổ chức họp đoàn giám sát ...", "Chiều 1/5, Ban chỉ đạo X tiến
# hành họp trực tuyến với ...": a meeting held, told by its verb; "cuộc họp" later refers to
# it (not "họp mặt", a gathering's own head; "họp báo"; "sẽ tổ chức họp", a task listed)
MEETING_KIND = "Họp"
_MEET = r"(?:tổ chức|tiến hành)\s+(họp)(?!\s+(?:mặt|báo)(?![\wÀ-ỹ]))(?=\s+[^\s.,;:])"
_MET = re.compile(r"(?<![\wÀ-ỹ])(?:đã|vừa)\s+" + _MEET)
_MET_DAY_LEAD = re.compile(DAY_OPENING + r"[^\n.]{3,160}?\s" + _MEET)
_VISITED = re.compile(rf"(?<![\wÀ-ỹ])đã\s+(?:đến\s+)?({VISIT_VERB})(?=\s+\S)")
DELEGATION_KIND = "Thăm và làm việc"
# "Đoàn công tác Hội X thăm, làm việc tại tỉnh Y": a headline telling of a delegation's visit
# names it, the whole line ("Đoàn công tác của Bộ Y tế làm việc với tỉnh Z")
_DELEGATION = re.compile(
    r"\A[ \t]*(Đoàn công tác[ \t]+[^\n]{3,120}?[ \t](?:đến[ \t]+)?"
    r"(?:thăm(?:,|[ \t]+và)[ \t]+làm việc|thăm|làm việc)[ \t]+(?:tại|với)[ \t]+[^\n.]+)"
)


# Visits and gifts named by their verb phrase ("trao tặng quà cho các gia đình ... trên địa
# bàn xã X"): a place in the phrase is named as a place, not inside an event's proper name
# (unlike "trao học bổng Châu Á ...", "ký kết dự án “...”", whose object is a name)
TOLD_BY_VERB = frozenset(
    {VISIT_KIND, GIFT_KIND, GIFT_VISIT_KIND, HANDOVER_KIND, MEETING_KIND, *INAUGURATION_KINDS}
)


def delegation_visit(text: str) -> tuple[int, int, str] | None:
    """The headline of a delegation's visit, as the span and kind of that event, or None:
    a sentence in running text ("đoàn công tác ... đã đến thăm") is read by verb_event."""
    found = _DELEGATION.match(text)
    return (*found.span(1), DELEGATION_KIND) if found else None


def verb_event(text: str) -> tuple[int, int, str] | None:
    """The span and kind of the first visit, signing or award done, or None."""
    found = [
        (m.start(1), name_end(text, m.end(1)), kind)
        for pattern, kind in ((_VISITED, VISIT_KIND), (SIGNED, SIGNING_KIND))
        if (m := pattern.search(text)) is not None
    ]
    handed = HANDED.search(text)
    if handed is not None:
        found.append((handed.start(1), given_to(text, handed.end(1)), HANDOVER_KIND))
    found.extend(_awards(text))
    found.extend(_inaugurations(text))
    if (met := _MET.search(text) or _MET_DAY_LEAD.search(text)) is not None:
        found.append((met.start(1), given_to(text, met.end(1)), MEETING_KIND))
    headline = _GIFT_HEADLINE.match(text)
    gifts = headline or GIFT_VISITED.search(text) or _GIFT_DAY_LEAD.search(text)
    if gifts is not None:
        end = headline.end() if headline else given_to(text, gifts.end(1))
        found.append((gifts.start(1), end, GIFT_VISIT_KIND))
    # "các Công ước mà Việt Nam đã ký kết có liên quan": a verb with no object names nothing
    named = [(start, end, kind) for start, end, kind in found if _OBJECT.search(text, start, end)]
    return min(named) if named else None


def given_to(text: str, pos: int) -> int:
    """Where the phrase of what is given, and to whom, ends (at most the clause)."""
    clause = _CLAUSE.match(text, pos)
    return clause.end() if clause else pos


def _inaugurations(text: str) -> list[tuple[int, int, str]]:
    """The first inauguration or groundbreaking done in running text, to its clause's end,
    and one told by the headline, to the line's end; its kind is its verb ("Khánh thành")."""
    out: list[tuple[int, int, str]] = []
    if (done := INAUGURATED.search(text)) is not None:
        out.append((done.start(1), given_to(text, done.end(1)), upper_first(done.group(1))))
    if (headline := _OPENING_HEADLINE.match(text)) is not None:
        out.append((headline.start(1), headline.end(), upper_first(headline.group(1))))
    return out


def _awards(text: str) -> list[tuple[int, int, str]]:
    """The first award or gift given told with "đã"/"vừa"/"tổ chức", in a lead that opens
    with its day, or in the headline: each names the giving ("trao tiền hỗ trợ ...")."""
    out: list[tuple[int, int, str]] = []
    for pattern in (AWARDED, _DAY_LEAD, _AWARD_HEADLINE):
        award = pattern.search(text)
        if award is not None and not _tallied(text, award.start(1)):
            kind = (
                AWARD_KIND
                if award.group(3) in ("học bổng", "giấy khen", "bằng khen")
                else GIFT_KIND
            )
            out.append((award.start(1), given_to(text, award.end(1)), kind))
    return out


def _tallied(text: str, pos: int) -> bool:
    """Whether the sentence up to `pos` counts what a whole area gave over a period."""
    opening = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    return bool(_TALLY.search(text, opening, pos))
