"""Events: head words (Hội thảo, Hội nghị, Phiên họp ...; data/lexicon/event_heads.txt)
and the phrase that names them.

A title in quotes after "chủ đề"/"nội dung" belongs to the name. A bare head word
("Hội nghị") later in the text refers back to the event already named.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from graph_builder.nlp.lexicon import Head, Lexicon, per_lexicon
from graph_builder.nlp.rules.event_contexts import (
    CEREMONY_KIND,
    ceremonies_alone,
    done_by,
    held_by,
    names_one,
    refers,
    task,
    titled,
)
from graph_builder.nlp.rules.event_name_ends import (
    after_quote,
    after_space,
    headline_name,
    line_start,
    name_end,
)
from graph_builder.nlp.rules.held_actions import action_end
from graph_builder.nlp.rules.observed_days import days_alone, observed
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.text import alternation
from graph_builder.nlp.rules.told_events import (
    first_done,
    told_before_actions,
    told_beside_occasions,
)
from graph_builder.nlp.rules.verb_events import delegation_visit

_JOINED_TITLE = re.compile(r",\s*[a-zà-ỹđ]")  # "Tập huấn, giao ban ...", not "Hội nghị, Sở ..."
_OPENER = re.compile(r"(?:^|(?<=\. ))(?:Tại|Trong)\s+(?:buổi\s+)?", re.MULTILINE)
# "Hội thảo nói trên", "hội nghị này": the event named before, by its head word
_BACK = re.compile(r"\s+(?:nói trên|kể trên|trên|này|đó)")
_THIS = re.compile(r"\s+(?:nói trên|kể trên|này|đó)(?![\wÀ-ỹ])")
# "Nghị quyết Đại hội XIII", "văn kiện Hội nghị": a document the meeting adopted, cited
_DOCUMENT_OF = re.compile(r"(?<![\wÀ-ỹ])(?:[Nn]ghị quyết|[Vv]ăn kiện)\s+$")
_DANGLING_AND = re.compile(r"\s+và\s*$")  # "... trẻ em và" before a stop word ("đánh giá")
# "A và B", "A đồng thời phát động B": two events held together
_AND = re.compile(r"\s*,?\s+(?:và|đồng thời)(?:\s+(?:phát động|tổ chức|khai mạc))?\s+")
# "tại hội nghị các đại biểu đã ...": a plural right after a meeting's head word opens the
# next clause's subject; the head word alone refers to the meeting (a ceremony's head is a
# verb and takes one as its object: "lễ bế giảng các khóa đào tạo ...")
_PLURAL_NEXT = re.compile(r"\s+(?:các|những)\s")
# "các kỳ Đại hội của Hội", "những cuộc Hội thảo": a classifier after a plural counts
# meetings of a series, none of them the article's one event
_SEVERAL = re.compile(
    r"(?<![\wÀ-ỹ])(?:các|những|nhiều|mỗi|mọi)\s+(?:kì|kỳ|cuộc|buổi)\s+$", re.IGNORECASE
)
# "tặng Đại hội lẵng hoa", "chúc Hội nghị thành công": the meeting named before is the one
# given or wished to; what follows its head word is the gift or the wish
_GIVEN_TO = re.compile(r"(?<![\wÀ-ỹ])(?:tặng|chúc|chúc mừng)\s+$", re.IGNORECASE)
# "Dự hội nghị có ...": a guest list opening the sentence by a bare head refers back
_GUESTS_OPEN = re.compile(r"(?:^|(?<=\n)|(?<=\. ))(?:Tham d|D)ự\s+(?:(?:buổi|cuộc)\s+)?$")
# a sentence opening at an event: "Tại hội nghị, ...", "Tại buổi lễ, ..."
_OPENS_AT = re.compile(r"(?:^|(?<=\n)|(?<=\. ))Tại\s+(?:(?:buổi|cuộc)\s+)?$")
# "Đại hội đồng Liên Hợp Quốc": a General Assembly is a body, not a congress held
_ASSEMBLY = re.compile(r"\s+đồng(?![\wÀ-ỹ])")


@dataclass
class EventMention:
    start: int
    end: int
    text: str
    kind: str
    bare: bool
    activity: bool = False  # "tập huấn": also what another head's event does
    inner: bool = False  # written inside the name of the event found before it
    back: bool = False  # "Tại hội nghị, ...": refers back to an event of its kind, opens none


def find_events(text: str, lex: Lexicon, bodies: Sequence[OrgMention] = ()) -> list[EventMention]:
    """Head words in text order. In a title in capitals every word is capitalised, so a head
    inside the name just found is a word of that name ("HỘI THẢO THAM VẤN TÀI LIỆU TẬP
    HUẤN ..."), while "Lễ phát động Tháng hành động ..." names a campaign inside a ceremony."""
    out: list[EventMention] = []
    heads = _heads(lex)
    day_kinds = {h.kind for h in heads.by_label.values() if "named" in h.flags}
    for m in heads.pattern.finditer(text):
        head = m.group(1)
        if head.isupper() and out and m.start() < out[-1].end:
            continue
        if _DOCUMENT_OF.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _SEVERAL.search(text, max(0, m.start() - 20), m.start()):
            continue
        entry = heads.by_label[head.casefold()]
        if entry.kind == "Đại hội" and _ASSEMBLY.match(text, m.end()):
            continue
        lower_or_context = head[0].islower() or bool(entry.flags & {"context", "held"})
        if (
            lower_or_context
            and not names_one(text, m.start(), entry)
            and not titled(text, m.end(), entry)
            and not done_by(text, m.start(), entry, bodies)
            and not (held_by(text, m.end(), entry) and not (out and m.start() < out[-1].end))
        ):
            if _opens_at(text, m.start(), m.end()):  # "Tại hội nghị, đại diện Sở X ..."
                out.append(EventMention(m.start(), m.end(), head, entry.kind, True, back=True))
            continue
        if "held" in entry.flags and heads.pattern.match(text, after_quote(text, m.end())):
            continue  # "tổ chức chương trình (“)họp mặt ...": the inner head names it
        days = [e.text for e in out if e.kind in day_kinds]
        if "named" in entry.flags and not observed(text, m, out[-1].end if out else 0, days):
            continue
        kind = entry.kind
        plural_next = "ceremony" not in entry.flags and _PLURAL_NEXT.match(text, m.end())
        end = m.end() if plural_next else name_end(text, m.end())
        if "action" in entry.flags:
            held = action_end(text, m.start(), m.end(), bodies)
            if held is None:
                continue
            end = held
        end = _before_another(text, m.end(), end, heads)
        if head[0].islower() and _post_pattern(lex).match(text, m.end()):
            end = m.end()  # "Phát biểu tại cuộc họp Phó Chủ tịch UBND X ...": who spoke
        name = _DANGLING_AND.sub("", text[m.start() : end]).rstrip(" ,-–")
        name = name[:-1] if name.endswith('"') and name.count('"') % 2 else name  # a quote closed
        if "ceremony" in entry.flags and _of_a_meeting(name, len(head), heads):
            continue  # "Lễ khai mạc Đại hội": the congress's opening; its head word follows
        if _GIVEN_TO.search(text, max(0, m.start() - 12), m.start()) or refers(entry, name):
            name = head  # "tặng Đại hội lẵng hoa": the meeting receives; the gift follows
        if this := _THIS.match(name, len(head)):
            name = name[: this.end()]  # "diễn đàn này trong vai trò ...": this forum, then its talk
        bare = name.lower() == head.lower() or bool(_BACK.fullmatch(name, len(head)))
        if bare and _JOINED_TITLE.match(text, m.end()) and line_start(text, m.start()):
            name, bare = headline_name(text, m.start()), False
        activity = "activity" in entry.flags
        if activity and task(text, m.start(), name[len(head) :]):
            continue
        if (quote := text[m.start() - 1 : m.start()]) in ("“", '"'):
            name = name.split("”" if quote == "“" else '"')[0]  # "“Ngày X” năm 2018"
        inner = bool(out) and m.start() < out[-1].end
        back = (  # a meeting's general word ("cuộc họp") stays apart: which one is not told
            bare
            and "generic" not in entry.flags
            and bool(_GUESTS_OPEN.search(text, max(0, m.start() - 16), m.start()))
        )
        out.append(
            EventMention(m.start(), m.start() + len(name), name, kind, bare, activity, inner, back)
        )
    kept = days_alone(text, out, day_kinds)
    if not any(e.kind not in day_kinds for e in kept):
        # "nhân kỷ niệm Ngày Người khuyết tật Việt Nam, UBND quận tổ chức đoàn đến thăm, tặng
        # quà ...": what was done is the event, the day named in the headline its occasion
        told = _visited(text, delegation_visit) or _opened(text, heads)
        kept = told or _visited(text, lambda t: first_done(t, lex)) or kept
    elif told_first := told_before_actions(text, lex, [(e.start, e.kind) for e in kept], day_kinds):
        occasions = [e for e in kept if e.kind in day_kinds]  # a day held beside it
        kept = sorted([*_visited(text, lambda _: told_first), *occasions], key=lambda e: e.start)
    elif given := told_beside_occasions(text, lex, [(e.kind, e.bare) for e in kept]):
        kept = sorted([*kept, *_visited(text, lambda _: given)], key=lambda e: e.start)
    alone = [
        EventMention(a, b, text[a:b], CEREMONY_KIND, bare=True)
        for a, b in ceremonies_alone(text, [(e.start, e.end) for e in kept])
    ]
    return sorted(kept + alone, key=lambda e: e.start) if alone else kept


def _opens_at(text: str, start: int, end: int) -> bool:
    """ "Tại hội nghị, ...": a sentence opening at an event its head alone refers back to."""
    return text.startswith(",", end) and bool(_OPENS_AT.search(text, max(0, start - 12), start))


def _before_another(text: str, pos: int, end: int, heads: _Heads) -> int:
    """ "Tháng hành động vì trẻ em năm 2019 và chiến dịch truyền thông “...”": a name
    ends before "và" and another event's head word, which names an event of its own."""
    for joined in _AND.finditer(text, pos, end):
        other = heads.pattern.match(text, joined.end())
        if other and "action" not in heads.by_label[other.group(1).casefold()].flags:
            return joined.start()  # not "vinh danh và trao học bổng ...": one more verb
    return end


def _of_a_meeting(name: str, pos: int, heads: _Heads) -> bool:
    """ "Lễ khai mạc Đại hội", "Lễ bế mạc Hội nghị này": a ceremony named by another event's
    head word alone is part of that event, which the article names elsewhere. A programme
    launched ("sự kiện khởi động chương trình") is no meeting: the ceremony is the event."""
    inner = heads.pattern.match(name, after_space(name, pos))
    if inner is None or "held" in heads.by_label[inner.group(1).casefold()].flags:
        return False
    return inner.end() == len(name) or bool(_BACK.fullmatch(name, inner.end()))


def _opened(text: str, heads: _Heads) -> list[EventMention]:
    """An article that names no event yet reports "Tại tọa đàm, TS X cho biết ...": the
    sentence's opening refers to the one event it reports from, by its head word alone.
    Beside a named event such an opening refers back to that one (event groups). A day
    observed is named, never alone: "Trong ngày, ..." is "during the day"."""
    out: list[EventMention] = []
    for opener in _OPENER.finditer(text):
        m = heads.pattern.match(text, opener.end())
        if m is not None and text.startswith(",", m.end()):
            head = heads.by_label[m.group(1).casefold()]
            if "named" not in head.flags:
                out.append(EventMention(m.start(), m.end(), m.group(1), head.kind, bare=True))
    return out


def _visited(
    text: str, told_by: Callable[[str], tuple[int, int, str] | None]
) -> list[EventMention]:
    """An article naming no event (or only actions held after it: told_events) that tells
    of a working visit or a signing done ("Phó Thủ tướng X đã làm việc với Ủy ban Y"), or
    whose headline is a delegation's visit: that is its event, named by the verb phrase or
    the headline."""
    found = told_by(text)
    if found is None:
        return []
    start, end, kind = found
    return [EventMention(start, end, text[start:end], kind, bare=False)]


@per_lexicon
def _post_pattern(lex: Lexicon) -> re.Pattern[str]:
    """A post written with its capital right after a head in lower case: the head is the
    meeting already spoken of, the post opens the speaker's name (posts.ttl), compiled once."""
    posts = alternation(e.label for e in lex.posts if e.label[:1].isupper())
    return re.compile(rf"\s+(?:{posts})(?![\wÀ-ỹ])")


@dataclass(frozen=True)
class _Heads:
    pattern: re.Pattern[str]
    by_label: dict[str, Head]  # casefolded label -> head


@per_lexicon
def _heads(lex: Lexicon) -> _Heads:
    """The event head words of a lexicon as one alternation, compiled once."""
    heads = alternation(h.label for h in lex.event_heads)
    return _Heads(
        re.compile(r"(?<![\wÀ-ỹ])(" + heads + r")(?![\wÀ-ỹ])", re.IGNORECASE),
        {h.label.casefold(): h for h in lex.event_heads},
    )
