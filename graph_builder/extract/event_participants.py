"""Who took part in an event, from the sentences that name it and the two after: people and
bodies near "tham dự", "phát biểu", "với sự hỗ trợ của"; guests listed after "Tham dự
có ..."; speakers of the main event anywhere (extract/participants.py). A body in a
guest's post, or the venue, takes no part.

A mixin of EventBuilder (extract/events.py): it reads the builder's text, sentences,
people, organisations and event groups, and gives it the sentence helpers it shares.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cached_property

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.event_groups import EventGroup
from graph_builder.extract.event_subjects import bodies_opening
from graph_builder.extract.named_for import after_a_post, issuer_of_cited
from graph_builder.extract.participants import Named, reported_participants
from graph_builder.extract.signing_parties import signing_span
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.people import PersonMention
from graph_builder.nlp.rules.text import Intervals, Span, sentence_at, spans_starting_in
from graph_builder.nlp.rules.verb_events import GIFT_KIND, GIFT_VISIT_KIND, VISIT_VERB
from graph_builder.nlp.rules.verb_events import SIGNING_KIND as SIGNING

PARTICIPATE = re.compile(
    r"[Tt]ham dự|tham gia|[Pp]hát biểu|chủ trì|khai mạc|tham luận|"
    r"(?<![\wÀ-ỹ])(?<!vinh )[Dd]ự (?!án|thảo|kiến|báo|toán|bị)|đại biểu|[Cc]hia sẻ tại"
)
# "buổi làm việc với Sở X", "hội nghị cùng các thành viên Ban chỉ đạo Y": who it was held with
_WITH = re.compile(
    r"(?:(?:làm việc|họp|gặp gỡ|gặp mặt|hội đàm)\s+với|"
    r"(?<![\wÀ-ỹ])cùng(?:\s+các)?(?:\s+(?:thành viên|đại diện|lãnh đạo))?)\s+",
    re.IGNORECASE,
)
GIFTS = (GIFT_KIND, GIFT_VISIT_KIND)  # a visit to give gifts, gifts given: told by the verb
SUPPORT = re.compile(r"(?:với\s+)?sự hỗ trợ (?:từ|của)")
# "Tham dự có đại diện Bộ ...", "Đến tham dự Hội nghị có ông ..."
ATTENDANCE = re.compile(
    r"\s*(?:(?:Đến|Về|Tới|Cùng)\s+)?(?:[Tt]ham dự|[Dd]ự(?! kiến| án| thảo| báo| toán))\b"
)
SPEAKER = re.compile(r"\s*(?:Phát biểu (?:khai mạc|bế mạc|chỉ đạo|tại)|Chủ trì|Đồng chủ trì)")
# "Phó Thủ tướng X tại buổi tọa đàm", "Bộ trưởng X đã có cuộc gặp mặt ...": who was there
_AT_EVENT = re.compile(
    r"(?<![\wÀ-ỹ])(?:tại\s+(?:(?:buổi|cuộc)\s+)?|(?:đã|vừa)\s+có\s+(?:(?:buổi|cuộc)\s+)?)$"
)
# "Thứ trưởng X cho biết, tại Hội nghị Cấp cao ...": what the speaker reports of another event
_REPORTED_AT = re.compile(r"(?:cho biết|nhấn mạnh|khẳng định|nói|thông tin)\s*[,:]?\s*tại\s+$")
# the sentence opens "Tại <event>, ..." or "Phát biểu tại <event>, bà X ...": who speaks
# there took part
_OPENS_AT = re.compile(
    r"\s*(?:(?:Thông tin|Phát biểu|Báo cáo|Chia sẻ|Trao đổi)\s+)?(?:[Tt]ại|[Tt]rong)\s+"
    r"(?:(?:buổi|cuộc|phiên)\s+)?"
)
# "tại Trung tâm X", "tại hội trường Hội Y", "tại trụ sở UBND xã Z": where, not who
_VENUE = re.compile(
    r"(?<![\wÀ-ỹ])(?:tại|ở)\s+"
    r"(?:(?:[Hh]ội trường|[Tt]rụ sở|[Vv]ăn phòng|[Nn]hà văn hóa|[Tt]òa nhà|[Tt]oà nhà)\s+)?$"
)
# "của 31 Sở Lao động ...", "các Hội Nông dân": many bodies of a kind, none named
_MANY = re.compile(r"(?<![\wÀ-ỹ/.,])(?:\d+|các|những|nhiều)[ \t]+$", re.IGNORECASE)
MANY_REACH = 12
# "Ban Bảo vệ trẻ em các cấp", "phòng Trẻ em của 31 Sở": a kind of body at every level
_EVERY_LEVEL = re.compile(r"\s+(?:các cấp|(?:của|thuộc)\s+(?:\d+|các|những)\s)", re.IGNORECASE)
VENUE_REACH = 24  # "tại " and a hall's word before the body
BACK_REFERENCE = re.compile(  # "... chủ trì buổi lễ": the sentence is about the event
    r"(?:buổi|tại) (?:lễ|hội thảo|hội nghị|tọa đàm|toạ đàm|diễn đàn|sự kiện|chương trình)\b"
)


class ParticipantRules:
    text: str
    sents: list[Span]
    lex: Lexicon
    orgs: list[OrgMention]
    names: list[tuple[int, int]]  # policies' names
    index: OrgIndex
    people: list[PersonMention]
    groups: list[EventGroup]
    _mentions_starting_in: Callable[[int, int], list[EventMention]]  # EventBuilder's
    _parent: Callable[[EventGroup], str | None]  # EventBuilder's

    def _sentences(self, g: EventGroup) -> list[tuple[Span, EventMention]]:
        pairs = [(sentence_at(self.sents, m.start), m) for m in g.mentions]
        return [(s, m) for s, m in pairs if s is not None]

    def _org_names(self, start: int, end: int, *, venues: bool = True) -> list[str]:
        """Organisations named in [start, end): `orgs` is in text order (find_orgs).
        Without `venues`, not those after "tại" ("tại trường Đại học X, Bộ Y tổ chức"),
        nor the body in a person's post ("Sở X do ông Y, Phó Giám đốc Sở chủ trì")."""
        first = bisect.bisect_left(self.orgs, start, key=lambda o: o.start)
        last = bisect.bisect_left(self.orgs, end, key=lambda o: o.start)
        return [
            self.index.group_of(o).name
            for o in self.orgs[first:last]
            if venues or not self._in_a_role(o)
        ]

    def _following(self, g: EventGroup, count: int) -> list[Span]:
        first = sentence_at(self.sents, g.mentions[0].start)
        if first is None:
            return []
        return list(spans_starting_in(self.sents, first.end, len(self.text) + 1)[:count])

    @cached_property
    def _people_in_order(self) -> list[PersonMention]:
        return sorted(self.people, key=lambda p: p.start)

    def _people_in(self, lo: int, hi: int) -> list[str]:
        """Names of the people named in [lo, hi), by binary search over them in text order
        (asked per event mention: a scan of every person each time was quadratic)."""
        ordered = self._people_in_order
        first = bisect.bisect_left(ordered, lo, key=lambda p: p.start)
        last = bisect.bisect_left(ordered, hi, key=lambda p: p.start)
        return [p.name for p in ordered[first:last]]

    def _participants(self, g: EventGroup) -> list[str]:
        out: list[str] = self._counterparts(g) + self._signatories(g)
        for sent, m in self._sentences(g):
            # around the event's name, not in it: "Đại hội đại biểu phụ nữ" says no "đại biểu"
            window = (
                self.text[max(sent.start, m.start - 40) : m.start]
                + " … "
                + self.text[m.end : min(sent.end, m.end + 40)]
            )
            if _AT_EVENT.search(self.text, sent.start, m.start) and not _REPORTED_AT.search(
                self.text, sent.start, m.start
            ):  # "Phó Thủ tướng X tại cuộc họp"
                out += self._people_in(sent.start, m.start)
            if _OPENS_AT.fullmatch(self.text, sent.start, m.start):  # "Tại cuộc họp, ông X ..."
                out += self._people_in(m.end, sent.end) + bodies_opening(
                    self.text, self.orgs, lambda o: self.index.group_of(o).name, m.end, sent.end
                )
            if m.back or not (PARTICIPATE.search(window) or SUPPORT.search(window)):
                continue  # "Tại hội nghị, nhiều đại biểu cho rằng ... Bộ X": what was said
            out += self._people_in(sent.start, sent.end)
            out += [  # a body named inside the event's own name is what it is about
                self.index.group_of(o).name
                for o in self.orgs
                if sent.start <= o.start < sent.end
                and not any(e.start <= o.start < e.end for e in g.mentions)
                and not self._no_part(o)
            ]
        for nxt in self._following(g, 2):
            if any(o not in g.mentions for o in self._mentions_starting_in(nxt.start, nxt.end)):
                continue  # "Tham dự Hội thảo có ...": the guests of another event
            support = SUPPORT.search(nxt.text)
            named = self._people_in(nxt.start, nxt.end)
            if support:
                out += self._org_names(nxt.start + support.end(), nxt.end)
            elif ATTENDANCE.match(nxt.text):
                out += named + [
                    self.index.group_of(o).name
                    for o in self.orgs
                    if nxt.start <= o.start < nxt.end and not self._no_part(o)
                ]
            elif SPEAKER.match(nxt.text) or (
                PARTICIPATE.search(nxt.text) and BACK_REFERENCE.search(nxt.text)
            ):
                out += named
        return list(dict.fromkeys(out))

    def _counterparts(self, g: EventGroup) -> list[str]:
        """ "buổi làm việc với UBND tỉnh X", "cuộc họp với Bộ Y": the body a working session
        is held with, named in the event's own name, takes part in it."""
        out = []
        for m in g.mentions:
            for w in _WITH.finditer(self.text, m.start, m.end):
                o = next((o for o in self.orgs if o.start == w.end() and o.end <= m.end), None)
                out += [self.index.group_of(o).name] if o else []
        for sent, m in self._sentences(g):  # "Phó Thủ tướng X đã làm việc với Y": X went
            if m.text.startswith(VISIT_VERB) or (g.kind in GIFTS and not m.bare):
                out += self._people_in(sent.start, m.start)  # "Bộ trưởng X đến thăm, tặng quà"
        return out

    def _signatories(self, g: EventGroup) -> list[str]:
        """The parties of a signing (extract/signing_parties.py), where the text names them."""
        span = signing_span(self.sents) if g.kind == SIGNING else None
        if span is None:
            return []
        lo, hi = span
        bodies = [o for o in self.orgs if lo <= o.start and o.end <= hi and not self._no_part(o)]
        return self._people_in(lo, hi) + [self.index.group_of(o).name for o in bodies]

    def _own_end(self, g: EventGroup, sent: Span, m: EventMention) -> int:
        """Where what the sentence says of `m` ends: at the next other event it names.
        "Ngay sau Lễ ra quân, Sở X tổ chức hội nghị Y tại xã Z": Z is where Y was held."""
        later = self._mentions_starting_in(m.end, sent.end)
        others = [o.start for o in later if all(o is not x for x in g.mentions)]
        return others[0] if others else sent.end

    def _reported(self, g: EventGroup) -> list[str]:
        """Speakers and guests of the main event reported anywhere (extract/participants.py),
        not in a sentence that names another event: by its full name, or, for a session of
        the main event, by its head alone ("Phát biểu khai mạc Phiên họp, bà X ...")."""
        return reported_participants(
            self.sents,
            [Named(p.start, p.name) for p in self.people],
            [
                Named(o.start, self.index.group_of(o).name)
                for o in self.orgs
                if not self._no_part(o)
            ],
            [
                (m.start, m.end)
                for o in self.groups
                if o is not g
                for m in o.mentions
                if not m.bare or self._parent(o) == g.name
            ],
            text=self.text,
            since=min(m.start for m in g.mentions),
        )

    def _no_part(self, org: OrgMention) -> bool:
        """In a role (below), or the parent in brackets after a guest unit ("lãnh đạo Cục X
        (Bộ Y)"): it says whose the unit is; the unit came, not the ministry. Nor the
        issuer of a document cited (extract/named_for.py)."""
        return (
            org.start in self._bracketed_parents
            or self._in_a_role(org)
            or issuer_of_cited(self.text, org.start, self._name_ends)
        )

    @cached_property
    def _bracketed_parents(self) -> set[int]:
        """Where the parents named in brackets after a unit start, read once per article."""
        pairs = self.index.parent_pairs(self.text)
        return {b.start for a, b in pairs if "(" in self.text[a.end : b.start]}

    def _in_a_role(self, org: OrgMention) -> bool:
        """ "ông X, Vụ trưởng Vụ Y": the body in a guest's post is where they work; the
        guest takes part, the body does not (unless the article says so of it). A body
        after "tại" is the venue; one after a count ("cán bộ của 31 Sở Lao động ...",
        "các Sở") is a class of bodies, no one body named."""
        if after_a_post(self.text, org.start, self.lex):
            return True
        venue = _VENUE.search(self.text, max(0, org.start - VENUE_REACH), org.start)
        many = _MANY.search(self.text, max(0, org.start - MANY_REACH), org.start)
        many = many or _EVERY_LEVEL.match(self.text, org.end)
        return venue is not None or many is not None or self._role_spans.covers(org.start)

    @cached_property
    def _role_spans(self) -> Intervals:
        return Intervals([(r.start, r.end) for p in self.people for r in p.role_spans])

    @cached_property
    def _name_ends(self) -> list[int]:
        """Where the policies' names end, sorted, read once per article."""
        return sorted(b for _, b in self.names)
