"""Mentions of one event grouped: the full names and the bare head words that refer back
to them ("Hội thảo ... " then "Hội thảo"), and when two full mentions are one event."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.extract.event_name_match import edition, shortened, starts, within
from graph_builder.extract.policy_names import jaccard
from graph_builder.nlp.lexicon import norm
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.text import Span, longer_of


@dataclass
class EventGroup:
    kind: str
    mentions: list[EventMention] = field(default_factory=list)

    _named: tuple[int, str | None, str | None] = field(
        default=(0, None, None), init=False, repr=False, compare=False
    )

    @property
    def name(self) -> str:
        """The longest full form, kept up to date as mentions are added (they only grow);
        one in capitals (a title) only when the text has no other: it is written as the
        article writes names, "Hội thảo ..." for "HỘI THẢO ...". So too one written inside
        another event's name ("Lễ phát động Tháng hành động X của tỉnh"): the words after
        it may be the ceremony's, not the campaign's."""
        count, best, loud = self._named
        if count != len(self.mentions):
            new = [m for m in self.mentions[count:] if not m.bare]
            best = longer_of(best, (m.text for m in new if not (m.text.isupper() or m.inner)))
            loud = longer_of(loud, (m.text for m in new if m.text.isupper() or m.inner))
            self._named = (len(self.mentions), best, loud)
        return best or loud or self.mentions[0].text


# "Hội nghị thứ nhất", "Đại hội lần thứ VI": the number tells sessions apart
_ORDINAL = re.compile(r"(?<![\wÀ-ỹ])thứ\s+([\wÀ-ỹ]+)", re.IGNORECASE)
# "Hội nghị thứ 2" is a session; "Hội nghị lần thứ 3" an edition, the event itself
_SESSION = re.compile(r"(.+?)(?<!lần)\s+thứ\s+[\wÀ-ỹ]+", re.IGNORECASE)
MAX_CEREMONY = 25  # "họp mặt kỷ niệm ", "lễ phát động ": the head words before the event
_YEAR_END = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d{2}$")


def same_event(g: EventGroup, m: EventMention, *, loose: bool = False) -> bool:
    """Two full mentions of one event: same name, same quoted title, the one's words the
    start of the other's, or mostly same words; never two sessions numbered apart."""
    if g.kind != m.kind:
        return any(_compound(o, m) or _compound(m, o) for o in g.mentions if not o.bare) and any(
            jaccard(o.text, m.text) >= (0.4 if loose else 0.6) for o in g.mentions if not o.bare
        )
    title = re.search(r"[“\"']{1,2}([^”\"']{3,})", m.text)
    if any(edition(o.text, m.text) for o in g.mentions if not o.bare):
        return True
    if _ordinal(m.text) is None and any(_title_unquoted(o.text, m.text) for o in g.mentions):
        return True
    return any(
        _ordinal(o.text) == _ordinal(m.text)
        and (
            o.text.lower() == m.text.lower()
            or (
                title is not None
                and title.group(1).lower().replace(" ", "") in o.text.lower().replace(" ", "")
            )
            or starts(o.text, m.text)
            or within(o.text, m.text)
            or shortened(o, m)
            or jaccard(o.text, m.text) >= (0.4 if loose else 0.6)  # a headline paraphrases
        )
        for o in g.mentions
        if not o.bare
    )


# A headline is a line of its own, not a sentence: it ends with no full stop
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def headline_twin(
    groups: list[EventGroup], m: EventMention, text: str, headline_end: int
) -> EventGroup | None:
    """ "Hội thảo về bình đẳng giới tại trường Đại học X" (the headline), then "... Trường
    đã tổ chức Hội thảo với chủ đề “...”": news names its event in the headline and again,
    in other words, the first time the body names an event of that kind; the two are one
    event. Only a headline (a line with no full stop: a lead sentence on the first line may
    cite another meeting), only the body's first full mention of that kind, never a session
    ("Hội nghị thứ nhất") of the event the headline names."""
    if m.start <= headline_end or _SENTENCE_END.search(text[:headline_end]):
        return None
    if _SESSION.fullmatch(m.text):
        return None
    kin = [g for g in groups if g.kind == m.kind]
    if len(kin) != 1 or any(o.start > headline_end and not o.bare for o in kin[0].mentions):
        return None
    return kin[0] if all(o.start < headline_end for o in kin[0].mentions if not o.bare) else None


def join(g: EventGroup, m: EventMention) -> None:
    """Add a mention of the group's event; a compound name ("Hội nghị tập huấn ...") gives
    the event its outer kind."""
    if any(_compound(m, o) for o in g.mentions if not o.bare):
        g.kind = m.kind
    g.mentions.append(m)


def _compound(outer: EventMention, inner: EventMention) -> bool:
    """ "Hội nghị tập huấn về X" is a training held as a conference: the outer head, then
    the inner one, opens the name; "TẬP HUẤN VỀ X" or "tập huấn X" names the same event."""
    start = f"{outer.kind} {inner.kind}".casefold()
    return inner.activity and outer.kind != inner.kind and outer.text.casefold().startswith(start)


def session_of(g: EventGroup, main: EventGroup | None) -> str | None:
    """ "Hội nghị thứ nhất ... Hội nghị thứ 2 ...": an event named by its head and a number
    alone is one session of the article's main event of that kind (a series the lead
    names: "đã tổ chức 2 hội nghị tập huấn ...")."""
    alone = _SESSION.fullmatch(g.name)
    if main is None or main is g or alone is None:
        return None
    return main.name if norm(main.name).startswith(norm(alone.group(1))) else None


def _title_unquoted(named: str, later: str) -> bool:
    """ "hội thi “Học sinh, sinh viên giỏi nghề” lần thứ 15", then "Hội thi học sinh, sinh
    viên giỏi nghề là ...": the title, quotes dropped, names the numbered event again."""
    quoted = re.search(r"[“\"]([^”\"]{8,})[”\"]", named)
    return quoted is not None and quoted.group(1).casefold() in later.casefold()


def _ordinal(name: str) -> str | None:
    found = _ORDINAL.search(name)
    return found.group(1).casefold() if found else None


def named_inside(g: EventGroup, groups: list[EventGroup]) -> str | None:
    """ "Lễ phát động Tháng hành động vì trẻ em" is part of "Tháng hành động vì trẻ em năm
    2015": an event whose name holds another event's name (its year aside) right after its
    own head words is a ceremony or a session of that event ("X và Y" names two)."""
    name = norm(g.name)
    for other in groups:
        core = _YEAR_END.sub("", norm(other.name)).strip(' "“”')
        at = name.find(core) if other is not g and len(core.split()) >= 3 else -1
        if 0 < at <= MAX_CEREMONY and " và " not in name[:at]:
            return other.name
    return None


# "Trong khuôn khổ Hội nghị X, Phiên thảo luận Y ...", "Bên lề Diễn đàn X, ..."
_FRAME = re.compile(r"(?:[Tt]rong khuôn khổ|[Bb]ên lề)\s+")


def framed_by(
    text: str, pairs: list[tuple[Span, EventMention]], g: EventGroup, groups: list[EventGroup]
) -> str | None:
    """The event `g` is part of: the one its sentence frames it in, right after "trong khuôn
    khổ", "bên lề"; else the one whose name its own holds (named_inside)."""
    for sent, m in pairs:
        frame = _FRAME.search(text, sent.start, m.start)
        if frame:
            other = next(
                (
                    o
                    for o in groups
                    if o is not g and any(frame.end() == om.start for om in o.mentions)
                ),
                None,
            )
            if other:
                return other.name
    return named_inside(g, groups)


NAME_REACH = 60  # how far before a mention the name holding it may start


def inside_another(g: EventGroup, m: EventMention, before: list[EventMention]) -> bool:
    """ "tổ chức lễ phát động Tháng hành động X": `m` lies in another event's name (one
    of `before`, the mentions starting shortly before it); where the launch was held says
    nothing of where the month-long campaign its name holds takes place."""
    return any(
        o.start < m.start and m.end <= o.end for o in before if all(o is not x for x in g.mentions)
    )


# "Toàn cảnh hội nghị.", "Ông X phát biểu tại hội nghị.": a head word ending its line
_LINE_END = re.compile(r"\.?[ \t]*(?:\n|$)")


def caption(text: str, m: EventMention) -> bool:
    """ "Hội nghị thành lập CLB X lần thứ nhất" on a line of its own after the lead's "tổ chức
    hội nghị ra mắt CLB Y lần thứ nhất": a photo caption opening with a name, no full stop,
    names the event just told in other words (matched as loosely as a headline)."""
    start = text.rfind("\n", 0, m.start) + 1
    end = text.find("\n", m.start)
    line = text[start : end if end != -1 else len(text)].rstrip()
    return start > 0 and m.start == start and not _SENTENCE_END.search(line)


def captions_folded(groups: list[EventGroup], text: str) -> list[EventGroup]:
    """An article naming no event by its full name, whose photo captions call it by
    another head word ("Đồng chủ trì lễ ký kết có ..." and the captions "Toàn cảnh hội
    nghị.", "Ông X phát biểu tại hội nghị."): one event, the one the running text names;
    the captions' mentions join it."""
    if len(groups) < 2 or any(not m.bare for g in groups for m in g.mentions):
        return groups
    in_captions = [g for g in groups if all(_LINE_END.match(text, m.end) for m in g.mentions)]
    running = [g for g in groups if g not in in_captions]
    if len(running) != 1:
        return groups
    running[0].mentions.extend(m for g in in_captions for m in g.mentions)
    return running
