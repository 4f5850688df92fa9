"""Relations between the policies of one article: a decision approves a programme, a
local plan implements a national one, a plan's headline name and its numbered document
are one entity. Run after PolicyBuilder has grouped the mentions into entities."""

from __future__ import annotations

import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity, jaccard
from graph_builder.nlp.rules.dates import find_period
from graph_builder.nlp.rules.policies import INSTRUMENTS, PolicyMention
from graph_builder.nlp.rules.text import sentence_at

APPROVES = re.compile(r"phê duyệt|triển khai|ban hành|về việc", re.IGNORECASE)
# "Quyết định 468/QĐ-TTg Đề án kiểm soát ...", "Quyết định 442/QĐ-TTg về Chương trình công
# tác năm 2017": a decision whose subject is the instrument right after it approves it
ITS_SUBJECT = re.compile(r"\s*(?:[:\-–]|về)?\s*$")
# "Nghị quyết số 49-NQ/TW của Bộ Chính trị về Chiến lược X", "Quyết định số 479/QĐ-TTg ngày
# 3/6/2020 của Thủ tướng về “Chương trình Y”": a decision or resolution about an instrument
ABOUT_IT = re.compile(
    r"(?:\s+ngày\s+\d{1,2}/\d{1,2}/(?:19|20)\d{2})?(?:\s+của\s+[^,.;:“”\"()]{2,60}?)?"
    r"\s+về\s*[“\"]?\s*$"
)
ATTACHED = re.compile(r"^\s*(?:được\s+)?ban hành kèm theo\s*$")
PASSIVE_APPROVAL = re.compile(r"^[^.;]{0,80}?phê duyệt (?:tại|theo|bằng)\s+$")
# "UBND thành phố ban hành Kế hoạch X tại Quyết định số 5/QĐ-UBND": the decision carries
# the instrument named before it: it approves X, it carries out nothing X carries out
# (after what the name leaves out: "... trên địa bàn tỉnh tại Quyết định số 5")
CARRIED_IN = re.compile(r"[^.;:]{0,60}?,?\s*(?:tại|kèm theo|bằng)\s+$")
ISSUING_VERB = re.compile(r"(?:ban hành|phê duyệt|thông qua)\s+$")
# "(Nghị quyết số 20-NQ/TW, Nghị quyết số 28-NQ/TW, Chỉ thị số 52-CT/TW)": documents cited
# in one list are siblings, none carries out the one before it
LISTED_AFTER = re.compile(r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)$")
_SUBJECT_OF = re.compile(r"\s+về\s*[“\"]?\s*$")
_BY_BODY = re.compile(r"\s*,?\s*(?:(?:vừa|đã|mới)\s+)?được\s+")
_APPROVE_VERB = re.compile(r"\s*(?:thông qua|phê duyệt|quyết định|quyết|ban hành)(?![\wÀ-ỹ])")
_ARTICLE_ONE = re.compile(
    r"Điều 1\s*[.:]\s*(?:Phê duyệt|Ban hành kèm theo\s*(?:Quyết định|Nghị quyết) này(?:\s+là)?)\s*"
)
# "Căn cứ Nghị định A ... sửa đổi Nghị định B": the documents a preamble cites are the
# basis of the one being issued, they carry out none of each other
_LEGAL_BASIS = re.compile(r"\s*(?:[-–•]\s*|\d+\.\s*)?Căn cứ\b")
# Letters, notices and reports approve nothing: "về việc triển khai Đề án X" is their subject
LETTERS = {"công văn", "văn bản", "thông báo", "báo cáo", "tờ trình", "hướng dẫn", "công điện"}
CARRIED_REACH = 80  # the rest of a name, ", kèm theo " between an instrument and its decision
LIST_REACH = 14  # ", và " or " kèm theo " before a decision
# a resolution of the National Assembly approves the investment policy of a programme
INVESTMENT_POLICY = re.compile(r"chủ trương đầu tư", re.IGNORECASE)
# ", Hướng dẫn số 03-HD/BTGTW": the next item of a list, its kind written before its number
_NEXT_BY_KIND = re.compile(r"[;,]\s*(?:[^\W\d_]+\s+){1,3}số\s*$")
CARRIED_OUT = re.compile(r"(?:triển khai|thực hiện)\s+$")
VERB_REACH = 30  # "phê duyệt điều chỉnh Đề án X"; not "ban hành Bộ tiêu chí ... Chương trình X"
ISSUES = re.compile(r"ban hành|phê duyệt")
IMPLEMENT_CUE = re.compile(r"[Tt]riển khai|[Tt]hực hiện|[Gg]ắn với|[Cc]ăn cứ|[Tt]rên cơ sở")


def _name_of(e: PolicyEntity) -> PolicyMention | None:
    """The mention that names an instrument: its first; for a numbered plan (a document's
    header, extract/policy_headers.py), its first mention by name in the body."""
    if not e.number:
        return e.mentions[0]
    if e.kind not in INSTRUMENTS:
        return None
    return next((m for m in e.mentions if m.number is None and not m.bare), None)


class PolicyLinker:
    """Adds relations to a PolicyBuilder (and merges twin plans), in the order extract runs."""

    def __init__(self, pb: PolicyBuilder) -> None:
        self.pb = pb

    def link_approvals(self) -> None:
        """A decision followed in its sentence by "phê duyệt <instrument>" approves it."""
        numbered = [m for e in self.pb.entities if e.number for m in e.mentions]
        for decision in [e for e in self.pb.entities if e.number]:
            for dm in decision.mentions:
                sent = sentence_at(self.pb.sents, dm.start)
                if sent is None:
                    continue
                after = [
                    e
                    for e in self.pb.entities
                    if not e.number
                    and any(dm.end <= im.start < sent.end for im in e.mentions if not im.bare)
                ]
                for inst in after[:1]:
                    first = min(im.start for im in inst.mentions if im.start >= dm.end)
                    between = self.pb.text[dm.end : first]
                    if INVESTMENT_POLICY.search(between):
                        continue  # "phê duyệt chủ trương đầu tư Chương trình X": not X itself
                    if any(
                        dm.end <= m.start < first for m in numbered if m not in decision.mentions
                    ):
                        continue  # "thực hiện QĐ 32, Thành phố ban hành QĐ 1511 phê duyệt X": 1511
                    if decision.kind in INSTRUMENTS and IMPLEMENT_CUE.search(between):
                        continue  # "Kế hoạch số 5/KH-UBND triển khai ...": link_numbered_plans
                    if decision.kind.casefold() in LETTERS:
                        continue  # "Công văn số 12/LĐTBXH về việc triển khai Đề án X"
                    verbs = list(APPROVES.finditer(between))
                    named_by = (decision.kind == "Quyết định" and ITS_SUBJECT.match(between)) or (
                        decision.kind in ("Quyết định", "Nghị quyết") and ABOUT_IT.match(between)
                    )
                    if named_by or (verbs and len(between) - verbs[-1].end() <= VERB_REACH):
                        self.pb.relate(inst.name, Predicate.APPROVED_BY, decision.name)
                        if decision.period is None and inst.period is None:
                            inst.period = find_period(self.pb.text[dm.end : sent.end])
        for inst in [e for e in self.pb.entities if not e.number]:  # "được ... phê duyệt tại QĐ"
            for im in inst.mentions:
                sent = sentence_at(self.pb.sents, im.start)
                for decision in [e for e in self.pb.entities if e.number and sent is not None]:
                    if any(
                        im.end <= dm.start < sent.end  # type: ignore[union-attr]
                        and PASSIVE_APPROVAL.search(self.pb.text[im.end : dm.start])
                        for dm in decision.mentions
                    ):
                        self.pb.relate(inst.name, Predicate.APPROVED_BY, decision.name)
        for inst in [e for e in self.pb.entities if not e.number]:  # "... ban hành kèm theo QĐ"
            for im in inst.mentions:
                for decision in [e for e in self.pb.entities if e.number]:
                    if any(
                        ATTACHED.match(self.pb.text[im.end : dm.start]) or self._carried(im, dm)
                        for dm in decision.mentions
                    ):
                        self.pb.relate(inst.name, Predicate.APPROVED_BY, decision.name)
        self._link_article_one()
        self._link_approving_bodies()
        for decision in [e for e in self.pb.entities if e.number and e.period is None]:
            if self.pb._approved_by(decision) is None:
                sent = sentence_at(self.pb.sents, decision.mentions[0].start)
                if sent is not None:
                    decision.period = find_period(self.pb.text[decision.mentions[0].end : sent.end])

    def _link_article_one(self) -> None:
        """The text of a decision: "Điều 1. Phê duyệt Đề án X", "Điều 1. Ban hành kèm theo
        Quyết định này (là) Kế hoạch Y": the instrument is approved by the document itself,
        the numbered one its header names first ("Số: 55/2007/CT-UBND")."""
        numbered = [e for e in self.pb.entities if e.number]
        if not numbered:
            return
        own = min(numbered, key=lambda e: min(m.start for m in e.mentions))
        for article in _ARTICLE_ONE.finditer(self.pb.text):
            for inst in (e for e in self.pb.entities if not e.number):
                if any(article.end() <= m.start <= article.end() + 3 for m in inst.mentions):
                    self.pb.relate(inst.name, Predicate.APPROVED_BY, own.name)

    def _link_approving_bodies(self) -> None:
        """ "Chiến lược X vừa được Chính phủ thông qua": approved by a body, no decision
        named: the body right after "được", then the verb."""
        starts = {o.start: o for o in self.pb.orgs}
        for inst in [e for e in self.pb.entities if not e.number]:
            for im in (m for m in inst.mentions if not m.bare):
                by = _BY_BODY.match(self.pb.text, im.end)
                org = starts.get(by.end()) if by else None
                if org is not None and _APPROVE_VERB.match(self.pb.text, org.end):
                    name = self.pb.index.group_of(org).name
                    self.pb.relate(inst.name, Predicate.APPROVED_BY, name)

    def link_implements(self, instruments: list[PolicyMention]) -> None:
        for e in self.pb.entities:  # "Kế hoạch thực hiện Đề án ..." implements that Đề án
            head = _name_of(e)
            cue = IMPLEMENT_CUE.search(head.text) if head else None
            if head is None or cue is None:
                continue
            inner = [m for m in instruments if head.start + cue.end() <= m.start < head.end]
            target = (
                self._best_match(inner[0], exclude=e)
                if inner
                else self._numbered_inside(e, head.start + cue.end(), head.end)
            )
            if target is not None:
                self.pb.relate(e.name, Predicate.IMPLEMENTS, target.name)
        ends = {m.end for e in self.pb.entities for m in e.mentions}
        for e in [e for e in self.pb.entities if e.number]:  # a local decision carries one out
            for m in e.mentions:
                sent = sentence_at(self.pb.sents, m.start)
                cue = IMPLEMENT_CUE.search(self.pb.text[sent.start : m.start]) if sent else None
                if sent is None or cue is None or _LEGAL_BASIS.match(sent.text):
                    continue
                if self._carrier_or_listed(m, ends) or CARRIED_OUT.search(
                    self.pb.text, max(0, m.start - 30), m.start
                ):
                    continue  # "... về việc thực hiện Chỉ thị số 18": what is carried out
                for other in self.pb.entities:
                    if other is e or not any(
                        sent.start + cue.end() <= om.start < m.start
                        and not _SUBJECT_OF.search(self.pb.text, max(0, om.start - 8), om.start)
                        # "triển khai đề án này ..., Bộ Y tế ban hành quyết định số 5": the
                        # cue carries out what it names, not what a later clause issues
                        and not ISSUES.search(self.pb.text, sent.start + cue.end(), om.start)
                        for om in other.mentions
                    ):
                        continue  # "Thực hiện Kế hoạch A về Chương trình B, ...": A, not B
                    national = self._decision_of(other) or other
                    if national is not e:
                        self.pb.relate(e.name, Predicate.IMPLEMENTS, national.name)

    def _numbered_inside(self, e: PolicyEntity, start: int, end: int) -> PolicyEntity | None:
        """ "Chương trình hành động thực hiện Nghị quyết số 72-NQ/TW": the first numbered
        document written inside the name after its cue is the one the plan carries out."""
        inside = [
            (m.start, other)
            for other in self.pb.entities
            if other is not e
            for m in other.mentions
            if m.number and start <= m.start < end
        ]
        return min(inside, key=lambda found: found[0])[1] if inside else None

    def _carried(self, im: PolicyMention, dm: PolicyMention) -> bool:
        """ "ban hành Kế hoạch X tại Quyết định số 5": the decision right after "tại" carries
        the instrument an issuing verb names just before."""
        if not (im.end <= dm.start <= im.end + CARRIED_REACH):
            return False
        if not CARRIED_IN.fullmatch(self.pb.text, im.end, dm.start):
            return False
        return bool(ISSUING_VERB.search(self.pb.text, max(0, im.start - 24), im.start))

    def _carrier_or_listed(self, m: PolicyMention, ends: set[int]) -> bool:
        """The decision carries the instrument before it ("... tại Quyết định số 5"), or is
        one more item of a list of documents cited ("Nghị quyết A, Nghị quyết B"): either way
        it is no subject that carries out the documents before it."""
        window = self.pb.text[max(0, m.start - LIST_REACH) : m.start]
        if re.search(r"(?:tại|kèm theo)\s+$", window):
            return True
        if re.search(r";\s*$", window) or _NEXT_BY_KIND.search(
            self.pb.text, max(0, m.start - 40), m.start
        ):
            return True  # "thực hiện Nghị quyết A của ... về ...; Nghị quyết B": the next item
        listed = LISTED_AFTER.search(window)
        return listed is not None and m.start - len(window) + listed.start() in ends

    def _decision_of(self, policy: PolicyEntity) -> PolicyEntity | None:
        for rel in self.pb.relations:
            if rel.predicate is Predicate.APPROVED_BY and rel.subject == policy.name:
                return next((e for e in self.pb.entities if e.name == rel.object), None)
        return None

    def _best_match(self, m: PolicyMention, exclude: PolicyEntity) -> PolicyEntity | None:
        """The policy `m` is a mention of, else the most similar one of its kind."""
        own = next((e for e in self.pb.entities if any(x is m for x in e.mentions)), None)
        if own is not None and own is not exclude:
            return own
        scored = [
            (jaccard(e.name, m.text), e)
            for e in self.pb.entities
            if e is not exclude and e.kind == m.kind
        ]
        scored = [s for s in scored if s[0] >= 0.3]
        return max(scored, key=lambda s: s[0])[1] if scored else None
