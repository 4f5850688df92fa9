"""Who takes part in an article's main event, wherever the article says so.

News about an event names it in the title and the lead, then reports its speakers and
guests sentences later without naming it again: "Phát biểu khai mạc, ông X ...", "Tại
hội nghị, bà Y trình bày tham luận", "Tham dự có đại diện Z", "Với sự tham dự của ...".
Those people (and, for attendance, bodies) take part in the main event: the first event
named in the title or the first paragraph. So do the people quoted after it, by a verb of
data/lexicon/speech_verbs.txt ("Ông X, Giám đốc Sở Y cho biết ..."), and the body a
representative speaks for ("Đại diện UBND tỉnh Z cho rằng ..."): an event report quotes
what was said there. A sentence that names another event by its full name reports that
event instead, and is skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from graph_builder.extract.event_groups import EventGroup
from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.text import Span, alternation

LEAD_PARAGRAPHS = 2  # the title and the first paragraph of running text
LEAD_CHARS = 60
# Guests: the people and the bodies named after the cue
ATTENDING = re.compile(
    r"^\s*(?:(?:Đến|Về|Tới|Cùng)\s+)?(?:tham dự|dự(?! kiến| án| thảo| báo| toán))\b|"
    r"(?:có|với) sự (?:tham dự|tham gia|góp mặt) (?:của|có)\b",
    re.IGNORECASE,
)
# A delegation's visit: its leader ("Đoàn ... do bà X, Chủ tịch Hội Y làm trưởng đoàn") and
# those who went with it ("Tham gia cùng đoàn có đồng chí ...", "Cùng đi với đoàn có ...")
# take part; the people named in the sentence
DELEGATION = re.compile(
    r"^\s*(?:Tham gia cùng đoàn|Cùng tham gia đoàn|Cùng đi với đoàn|Đi cùng đoàn)\b|"
    r"(?<![\wÀ-ỹ])do\s(?:[^.;]|\.(?=\S)){3,200}?\slàm\s+[Tt]rưởng đoàn(?![\wÀ-ỹ])"
)
# "Về phía tỉnh Lào Cai, có các đồng chí: ...", "Về phía địa phương có bà ...": the host's
# side of the guest list just given, its people guests too
HOST_SIDE = re.compile(r"\s*Về phía [^.;:]{1,60}?,?\s*(?:có|gồm)\b")
# Speakers: the people named in the sentence
SPEAKING = re.compile(
    r"^\s*(?:Phát biểu|Chủ trì|Đồng chủ trì|Điều hành|Khai mạc|Bế mạc)\b|"
    r"^\s*(?:Tại|Trong khuôn khổ|Trong) (?:buổi |phiên |cuộc )?(?:lễ|hội thảo|hội nghị|tọa đàm|"
    r"toạ đàm|diễn đàn|sự kiện|chương trình|lớp tập huấn|làm việc|họp|gặp|đại hội)\b|"
    r"\b(?:phát biểu|trình bày|tham luận|chủ trì|điều phối)\b|"
    r"(?<![\wÀ-ỹ])tại (?:buổi |phiên |cuộc )?(?:lễ|hội thảo|hội nghị|tọa đàm|toạ đàm|diễn đàn|"
    r"sự kiện|lớp tập huấn)(?![\wÀ-ỹ])|^\s*Theo (?:ông|bà)\s|"
    # a visit's report: "Tại mỗi nơi đến thăm, Thứ trưởng X ân cần hỏi thăm ..."
    r"^\s*Tại (?:mỗi|những|các) nơi (?:đoàn )?(?:đến|ghé)(?: thăm)?\s*,",
    re.IGNORECASE,
)
# Quoted: the people named before the verb; "đại diện (lãnh đạo)" right before a body
SPEECH = re.compile(
    rf"(?<![\wÀ-ỹ])(?:{alternation(word_list(LEXICON_DIR / 'speech_verbs.txt'))})(?![\wÀ-ỹ])"
)
REPRESENTATIVE = re.compile(r"(?<![\wÀ-ỹ])[Đđ]ại diện(?: lãnh đạo)?\s+$")


@dataclass(frozen=True)
class Named:
    """A name the article gives to someone or something, by its character offset."""

    start: int
    name: str


def main_event_index(first_mentions: Sequence[int], text: str) -> int | None:
    """The event named in the title or the lead: the earliest one within the first
    paragraphs, else none (an article that only mentions events in passing)."""
    lead_end = _lead_end(text)
    in_lead = [(start, i) for i, start in enumerate(first_mentions) if start < lead_end]
    if not in_lead:
        in_lead = _in_next_paragraph(first_mentions, text, lead_end)
    return min(in_lead)[1] if in_lead else None


# the words that hold an event's act: "Lễ Trao quà ...", "Hội nghị tuyên truyền về ..."
_CONTAINER = re.compile(r"(?:Lễ|Buổi|Hội nghị|Hội thảo|Lớp)\s+", re.IGNORECASE)
# verbs of what is done at an event (data/lexicon/verbs.txt: "tuyên truyền", "bàn giao",
# "tập huấn", "tặng quà"), and giving ("trao quà", "tặng sách")
_ACTS = frozenset(word_list(LEXICON_DIR / "verbs.txt")) | {"trao", "tặng"}
DOER_REACH = 120  # from the end of a person's name to the act's verb (a post between)


def doers(
    text: str,
    sents: Sequence[Span],
    people: Sequence[tuple[int, str]],
    name: str,
    *,
    gifts: bool = False,
    names: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """ "Lễ Trao quà Ngày Quốc tế thiếu nhi", then the caption "Bà X - Chủ tịch Hội Y trao quà
    cho các cháu"; "Hội nghị tuyên truyền ...", then "Ông Z đã trực tiếp tuyên truyền ...": who
    does the act the main event is named for, anywhere in the article, takes part in it. At a
    visit to give gifts (`gifts`), who gives them ("X và nhà tài trợ Y trao quà cho ..."). The
    act inside the event's own `names` (their spans) is no one's doing."""
    act = _GIVING if gifts else _act(name)
    if act is None:
        return []
    out = []
    for sent in sents:
        for found in act.finditer(text, sent.start, sent.end):
            if not found.group().islower() or any(a <= found.start() < b for a, b in names):
                continue  # "Viện Khoa học ...", "tổ chức hội nghị tổng kết": a name, no act done
            out += [
                who
                for start, who in people
                if sent.start <= start < found.start() <= start + len(who) + DOER_REACH
            ]
    return out


_GIVING = re.compile(r"(?<![\wÀ-ỹ])(?:trao|tặng)(?:\s+tặng)?\s+quà(?![\wÀ-ỹ])", re.IGNORECASE)


def _act(name: str) -> re.Pattern[str] | None:
    """The act an event is named for, after its container word ("Hội nghị tuyên truyền ..."),
    when that is a verb of what is done at one."""
    opened = _CONTAINER.match(name)
    words = name[opened.end() :].casefold().split()[:2] if opened else []
    if len(words) < 2 or not (_ACTS & {words[0], " ".join(words)}):
        return None
    return re.compile(rf"(?<![\wÀ-ỹ]){re.escape(' '.join(words))}(?![\wÀ-ỹ])", re.IGNORECASE)


def framed_main(
    main: int | None, groups: Sequence[EventGroup], parent: Callable[[EventGroup], str | None]
) -> int | None:
    """ "Trong khuôn khổ Tuần lễ X, các đại biểu đã dự hội thảo Y": the lead opens with the
    frame, but what it reports is the event held within it; the speakers reported later
    are that one's."""
    if main is None:
        return None
    frame = groups[main].name
    inner = [n for n, g in enumerate(groups) if n != main and parent(g) == frame]
    return inner[0] if inner else main


def in_running_text(text: str, pos: int) -> bool:
    """Whether `pos` is in a paragraph of running text, not a caption or a headline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (end if end != -1 else len(text)) - start >= LEAD_CHARS


def _in_next_paragraph(
    first_mentions: Sequence[int], text: str, lead_end: int
) -> list[tuple[int, int]]:
    """A lead that sums the news up ("Sáng 1/11, X đã trao Huân chương ...") and names no
    event leaves it to the next paragraph of running text ("Phát biểu tại Đại hội ...",
    "Sáng 2/10, Hội X tổ chức Hội nghị ..."); a photo caption before it is no paragraph."""
    for m in re.finditer(r"[^\n]+", text[lead_end:]):
        if len(m.group()) >= LEAD_CHARS:
            lo, hi = lead_end + m.start(), lead_end + m.end()
            return [(start, i) for i, start in enumerate(first_mentions) if lo <= start < hi]
    return []


def _lead_end(text: str) -> int:
    """The end of the title and the first paragraph of running text: a dateline or a
    byline between them ("11/04/2021 12:45") is not the lead."""
    seen = 0
    for m in re.finditer(r"[^\n]+", text):
        if seen == 0 or len(m.group()) >= LEAD_CHARS:
            seen += 1
        if seen >= LEAD_PARAGRAPHS:
            return m.end()
    return len(text)


def reported_participants(
    sents: Sequence[Span],
    people: Sequence[Named],
    bodies: Sequence[Named],
    other_events: Sequence[tuple[int, int]],
    *,
    text: str = "",
    since: int = 0,
) -> list[str]:
    """Names of the people (and bodies, for guests) reported at the main event; quotes
    count from `since` on (the event's first mention: the lead names it before quoting).
    Names are looked up by binary search: this runs over every sentence of the article."""
    people, bodies = _ordered(people), _ordered(bodies)
    others = sorted(start for start, _ in other_events)
    out: list[str] = []
    listing = False  # the sentence before listed guests
    for sent in sents:
        if _in(others, sent.start, sent.end):
            listing = False
            continue
        guests = ATTENDING.search(sent.text)
        if listing and HOST_SIDE.match(sent.text):
            out += [p.name for p in _between(people, sent.start, sent.end)]
            continue
        listing = guests is not None
        if guests is not None or SPEAKING.search(sent.text) or DELEGATION.search(sent.text):
            out += [p.name for p in _between(people, sent.start, sent.end)]
            if guests is not None:
                out += [b.name for b in _between(bodies, sent.start + guests.start(), sent.end)]
        elif sent.start >= since:
            out += _quoted(sent, people, bodies, text)
    return list(dict.fromkeys(out))


def _quoted(sent: Span, people: Sequence[Named], bodies: Sequence[Named], text: str) -> list[str]:
    """Who is quoted in the sentence: the people named before its last verb of speech,
    and the bodies whose representative speaks ("Đại diện Bộ X cho biết")."""
    verbs = list(SPEECH.finditer(sent.text))
    if not verbs:
        return []
    end = sent.start + verbs[-1].start()
    named = [p.name for p in _between(people, sent.start, end)]
    spoken_for = [
        b.name
        for b in _between(bodies, sent.start, end)
        if REPRESENTATIVE.search(text, max(sent.start, b.start - 20), b.start)
    ]
    return named + spoken_for


def _ordered(named: Sequence[Named]) -> list[Named]:
    return sorted(named, key=lambda n: n.start)


def _between(named: Sequence[Named], lo: int, hi: int) -> Sequence[Named]:
    """The names (in text order) starting in [lo, hi)."""
    first = bisect.bisect_left(named, lo, key=lambda n: n.start)
    last = bisect.bisect_left(named, hi, key=lambda n: n.start)
    return named[first:last]


def _in(starts: list[int], lo: int, hi: int) -> bool:
    index = bisect.bisect_left(starts, lo)
    return index < len(starts) and starts[index] < hi
