"""Who organised an event: the bodies before "tổ chức" ("Sở X phối hợp với Y tổ chức
Hội thảo ..."), after "do"/"được" ("... do Sở X tổ chức"), named in a sentence opening
"Đây là"/"Hoạt động"/"Sự kiện" right after, and the body whose numbered session it is.
A unit organises, not the parent written with it; who asks a body to hold it does not.

A mixin of EventBuilder (extract/events.py), over the participants' mixin it builds on.
"""

from __future__ import annotations

import re
from functools import cached_property

from graph_builder.extract.event_groups import EventGroup
from graph_builder.extract.event_participants import ParticipantRules
from graph_builder.extract.session_bodies import session_body
from graph_builder.nlp.rules.event_contexts import held_with
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.inspections import inspection_kinds
from graph_builder.nlp.rules.orgs import org_covering
from graph_builder.nlp.rules.text import Span
from graph_builder.nlp.rules.verb_events import (
    AWARD_KIND,
    GIFT_KIND,
    GIFT_VISIT_KIND,
    HANDOVER_KIND,
    INAUGURATION_KINDS,
    MEETING_KIND,
)
from graph_builder.textnorm import UPPER

# "... tổ chức Hội thảo X", "... tổ chức sự kiện Trại hè X", "tổ chức chương trình họp mặt
# ...", "tổ chức buổi tọa đàm ...": a word for an event or a classifier between, as the head
# words' own context allows (nlp/rules/events.py)
ORGANISE = re.compile(
    r"(?:phối hợp\s+|đồng\s+)?(?:chủ trì\s+)?(?:tổ chức|chủ trì)\s*(?:0?[1-9]\s+)?"
    r"(?:(?:sự kiện|chương trình|buổi|cuộc)\s+)?"
    r"[“\"]?$"
    # "UBND quận tổ chức đoàn đến thăm, tặng quà ...", "... thành lập 02 đoàn đến thăm": the
    # body that sent the delegation organised its visit
    r"|(?:tổ chức|thành lập)\s+(?:0?[1-9]\s+)?đoàn\s+$"
)


# "Bộ Y tế triển khai “Tuần lễ X”", "Hội Y phát động Tháng hành động Z": who launches a
# campaign, or carries it out, holds it (not so a meeting: "triển khai hội nghị" is rare)
LAUNCH = re.compile(r"(?:phối hợp\s+|đồng\s+)?(?:triển khai|phát động)\s*[“\"]?$")
_PLAN = re.compile(r"(?<![\wÀ-ỹ])[Kk]ế hoạch(?![\wÀ-ỹ])")


# "Đoàn công tác Hội X thăm, làm việc tại Y": the body named after it sent the delegation
_DELEGATION = re.compile(r"[Đđ]oàn công tác\s+(?:của\s+)?")
# "Thủ tướng yêu cầu Bộ X chủ trì, tổ chức ...": who asks does not organise; "Với sự hỗ trợ
# của Quỹ X, Ủy ban Y đã tổ chức ...": nor does who funds it
_ASKED = re.compile(
    r"(?<![\wÀ-ỹ])(?:yêu cầu|giao|đề nghị|chỉ đạo)\s|sự\s+(?:hỗ trợ|tài trợ|giúp đỡ)\s+của\s[^,]*,"
)
# "... do Sở X tổ chức", "... được Sở X phối hợp với Y tổ chức" (a body right after "được")
# ("... phối hợp với Tỉnh đoàn và tổ chức Plan International tổ chức": the noun "tổ chức"
# before a name is a body, not the verb)
_BY = re.compile(
    r"\b(do|được)\s+(.{3,200}?)(?:đồng\s+)?(?:chủ trì\s+)?"
    rf"(?:tổ chức(?!\s+[{UPPER}])|(?<=phối hợp )phát động)"
)


# an award, gifts, a gift visit or a handover told by the verb: "Báo X, Tỉnh đoàn và Sở Y đã
# trao học bổng ...", "Hội X phối hợp Công ty Y thăm, tặng quà ...", the bodies before the
# verb gave them (verb_events.py)
GIVEN = (AWARD_KIND, GIFT_KIND, HANDOVER_KIND, GIFT_VISIT_KIND, MEETING_KIND, *INAUGURATION_KINDS)

# what joins two events held together: "A và B", "A, đồng thời phát động B"
_JOINED = re.compile(
    r"\s*,?\s*(?:và|cùng|đồng thời)(?:\s+(?:phát động|tổ chức|khai mạc))?\s+[“\"]?"
)


def joined_verb(text: str, sent: Span, m: EventMention) -> re.Match[str] | None:
    return ORGANISE.search(text[sent.start : m.start])


class OrganiserRules(ParticipantRules):
    def _given(self, g: EventGroup) -> bool:
        """An award, gift or handover given, or an inspection done, told by its verb: the
        bodies before the verb did it ("Thường trực HĐND quận tiến hành khảo sát ...")."""
        return g.kind in GIVEN or g.kind in inspection_kinds(self.lex)

    def _done_by_subject(self, g: EventGroup, m: EventMention) -> bool:
        """ "Trường X phối hợp với Đồn Y khai giảng lớp ...": a head flagged `subject`
        (event_heads.txt), in lower case after the bodies that hold it, is done by them."""
        return m.text[:1].islower() and g.kind in self.lex.event_kinds("subject")

    def _organisers(self, g: EventGroup) -> list[str]:
        names: list[str] = []
        for sent, m in self._sentences(g):
            head = self.text[sent.start : m.start]
            verb = ORGANISE.search(head) or (
                LAUNCH.search(head) if self._launched(g, head) else None
            )
            if verb:
                names += self._before_verb(sent.start, m, verb)
            elif (joined := self._joined_to(sent.start, m)) is not None:
                names += self._before_verb(sent.start, joined, joined_verb(self.text, sent, joined))
            elif (held := held_with(self.text, m.start)) is not None and held > sent.start:
                names += self._org_names(sent.start, held, venues=False)  # "X tổ chức A và B"
            elif (self._given(g) or self._done_by_subject(g, m)) and not (
                self._mentions_starting_in(sent.start, m.start)
            ):
                names += self._org_names(sent.start, m.start, venues=False)  # who gave
            elif m.activity and m.text[:1].islower():  # "Hội Phụ nữ tỉnh tập huấn ..."
                body = org_covering(self.orgs, len(head.rstrip()) + sent.start - 1)
                names += [self.index.group_of(body).name] if body else []
            tail = self.text[m.end : sent.end]
            by = _BY.search(tail)
            if by and (
                by.group(1) == "do" or self._org_names(m.end + by.start(2), m.end + by.start(2) + 1)
            ):
                names += self._org_names(m.end + by.start(2), m.end + by.end(2))
        for nxt in self._following(g, 2):
            if re.match(r"(Đây là|Hoạt động|Sự kiện)", nxt.text):
                by = re.search(r"\bdo\s+(.{3,200}?)(?:đồng\s+)?(?:chủ trì\s+)?tổ chức", nxt.text)
                if by:
                    names += self._org_names(nxt.start + by.start(1), nxt.start + by.end(1))
        for m in g.mentions:
            sent_by = _DELEGATION.match(m.text)
            if sent_by:
                names += self._org_names(m.start + sent_by.end(), m.end, venues=False)[:1]
        sittings = (session_body(self.text, m.end, m.text, self.orgs) for m in g.mentions)
        names += [self.index.group_of(o).name for o in sittings if o is not None]
        return list(dict.fromkeys(self._without_parents(names)))

    def _launched(self, g: EventGroup, head: str) -> bool:
        """Whether the event is a campaign (event_heads.txt), which is launched, not held,
        by the sentence's subject: not by a plan ("UBND tỉnh ban hành Kế hoạch triển khai
        Tháng hành động ...": who issued the plan is not said to hold the campaign)."""
        return g.kind in self.lex.event_kinds("campaign") and _PLAN.search(head) is None

    def _before_verb(self, lo: int, m: EventMention, verb: re.Match[str] | None) -> list[str]:
        """The bodies between the sentence's start (or the event named before, or who asked)
        and "tổ chức" right before `m`."""
        if verb is None:
            return []
        head = self.text[lo : m.start]
        floor = max(
            [lo]
            + [o.end for o in self._mentions_starting_in(lo, m.start) if o is not m]
            + [lo + r.end() for r in _ASKED.finditer(head, 0, verb.start())]
        )
        return self._org_names(floor, lo + verb.start(), venues=False)

    def _joined_to(self, lo: int, m: EventMention) -> EventMention | None:
        """ "X tổ chức Lễ phát động A và Diễn đàn B", "tổ chức Hội nghị A đồng thời phát
        động Cuộc thi B": an event joined to the one named right before it shares its verb,
        and so its organisers."""
        earlier = [o for o in self._mentions_starting_in(lo, m.start) if o.end <= m.start]
        if not earlier:
            return None
        before = max(earlier, key=lambda o: o.end)
        return before if _JOINED.fullmatch(self.text, before.end, m.start) else None

    def _without_parents(self, names: list[str]) -> list[str]:
        """ "Cục X (Bộ Y) tổ chức": the unit organises, not the parent named with it; a
        parent of some unit elsewhere in the article still organises on its own. The
        units' parents are read once per article (from every mention)."""
        child_of = self._parent_of
        named_parents = {child_of[n] for n in names if n in child_of}
        return [n for n in names if n not in named_parents]

    @cached_property
    def _parent_of(self) -> dict[str, str]:
        parents = self.index.parents(self.text)
        return {g.name: parents[id(g)].name for g in self.index.groups if id(g) in parents}
