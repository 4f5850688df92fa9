"""Policy mentions -> Policy entities with number, kind, issuer, date, period, and the
approvedBy / implements links between them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.model import Mention, Policy, Predicate, Relation
from graph_builder.extract.policy_enclosing import Enclosing
from graph_builder.extract.policy_issuers import IssuerRules
from graph_builder.extract.policy_names import (
    PolicyEntity,
    approving_number,
    bracketed_alias,
    has_year,
    jaccard,
    known_alias,
    numbered_apart,
    numbered_by_short,
    periods_apart,
    policy_keys,
    same_name,
    same_number,
    same_verb,
)
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.abbreviations import initialled
from graph_builder.nlp.rules.dates import find_dates, find_period
from graph_builder.nlp.rules.keys import expand
from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.nlp.rules.policies import PolicyMention
from graph_builder.nlp.rules.standing_plans import acts_as_body
from graph_builder.nlp.rules.subject_refs import same_subject
from graph_builder.nlp.rules.text import Span, sentence_at

CARRIES_OUT = re.compile(r"\s(?:thực hiện|triển khai)\s+$")


_DIGIT = re.compile(r"\d")
SHORT_KINDS = {"Quyết định", "Nghị định", "Nghị quyết", "Thông tư", "Chỉ thị"}


@dataclass
class PolicyBuilder(IssuerRules):
    text: str
    sents: list[Span]
    lex: Lexicon
    orgs: list[OrgMention]
    index: OrgIndex
    year: int | None
    entities: list[PolicyEntity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    pending: list[PolicyMention] = field(default_factory=list)  # "Đề án 32": after approvals

    def add_legal(self, mentions: list[PolicyMention]) -> None:
        for m in mentions:
            entity = next((e for e in self.entities if same_number(e.number, m.number)), None)
            if entity is None:
                entity = PolicyEntity(m.kind, number=m.number)
                self.entities.append(entity)
            elif m.year and not has_year(entity.number):
                entity.number = m.number  # the full number, year included, is the key
            entity.mentions.append(m)
            entity.issuer = entity.issuer or self._issuer(m)
            entity.date = entity.date or self._date(m)

    def add_instruments(self, mentions: list[PolicyMention]) -> None:
        carried_out = []
        enclosing = Enclosing(mentions)
        for m in sorted((m for m in mentions if not m.bare), key=lambda m: m.start):
            if self._in_org_name(m) or acts_as_body(self.text, m.start, m.kind):
                continue
            inside = enclosing.around(m)
            entity = bracketed_alias(self.text, m, self.entities) or self._similar(m)
            if entity is None and inside is not None:
                if self._carried_out(inside, m):
                    carried_out.append(m)
                continue  # named only inside another policy's name: see link_implements
            if entity is None:
                entity = PolicyEntity(m.kind, period=find_period(m.text))
                self.entities.append(entity)
                self._issuer_for_instrument(entity, m)
            entity.mentions.append(m)
        self._adopt(carried_out)
        for m in sorted((m for m in mentions if m.bare), key=lambda m: m.start):
            self._attach_bare(m)

    def _in_org_name(self, m: PolicyMention) -> bool:
        """ "Vụ Kế hoạch - Tài chính", "Sở Kế hoạch và Đầu tư": a head word inside a unit's
        name names no plan; "Ban Chỉ đạo Chương trình 135" keeps its numbered programme."""
        o = org_covering(self.orgs, m.start)  # orgs are disjoint: one at most holds it
        return o is not None and o.start < m.start and (m.end > o.end or not _DIGIT.search(m.text))

    def _adopt(self, carried_out: list[PolicyMention]) -> None:
        """ "Lộ trình thực hiện Tuyên bố X" names X inside its own name: what a plan carries
        out is a policy of its own (the gold lists it, the plan implements it), named once or
        again, unless a policy of the article already stands for it."""
        for m in carried_out:
            entity = self._similar(m)
            if entity is None:
                if any(
                    jaccard(e.name, m.text) >= 0.3 and not numbered_apart(e.name, m.text)
                    for e in self.entities
                    if e.kind == m.kind
                ):
                    continue
                entity = PolicyEntity(m.kind)
                self.entities.append(entity)
            entity.period = entity.period or find_period(m.text)
            entity.mentions.append(m)

    def _carried_out(self, outer: PolicyMention, inner: PolicyMention) -> bool:
        """ "Kế hoạch thực hiện Chiến lược X": X is a policy of its own, which the plan
        implements; other names inside a name ("Đề án ... của Chương trình") are not."""
        return CARRIES_OUT.search(self.text[outer.start : inner.start]) is not None

    def _similar(self, m: PolicyMention) -> PolicyEntity | None:
        if m.kind in SHORT_KINDS and (numbered := numbered_by_short(m.text, m.kind, self.entities)):
            return numbered
        if known := known_alias(m, self.entities):
            return known
        for e in self.entities:
            if e.kind != m.kind or e.number or periods_apart(e.name, m.text):
                continue
            folded = same_verb(expand(e.name)), same_verb(expand(m.text))  # "BĐG" written out
            if same_name(e.name, m.text) or jaccard(*folded) >= 0.7 or same_subject(e.name, m.text):
                return e
            if initialled(m.text, e.name) or initialled(e.name, m.text):
                return e  # "công tác PBGDPL" for "công tác phổ biến giáo dục pháp luật"
        return None

    def attach_references(self) -> None:
        """ "Đề án 32" is the Đề án that decision 32/... approves (known after linking); when
        the article names no such Đề án otherwise, the short name is it, approved by 32/..."""
        for m in self.pending:
            decision = next(
                (e for e in self.entities if e.number and e.number.startswith(f"{m.ref_number}/")),
                None,
            )
            approved = self._approved_by(decision) if decision else None
            target = approved or next((e for e in self.entities if e.name == m.text), None)
            if target is None:  # "Đề án 1336 của Chính phủ": a document's, by its number
                target = PolicyEntity(m.kind, issuer=None if decision else self._org_of(m))
                self.entities.append(target)
            target.mentions.append(m)
            if decision is not None and approved is None and decision.kind != m.kind:
                self.relate(target.name, Predicate.APPROVED_BY, decision.name)

    def _attach_bare(self, m: PolicyMention) -> None:
        if m.ref_number:
            self.pending.append(m)
            return
        before = [
            e
            for e in self.entities
            if e.kind == m.kind and not e.number and e.mentions[0].start < m.start
        ]
        if before:
            before[-1].mentions.append(m)

    def _approved_by(self, decision: PolicyEntity) -> PolicyEntity | None:
        name = decision.name
        for rel in self.relations:
            if rel.predicate is Predicate.APPROVED_BY and rel.object == name:
                return next((e for e in self.entities if e.name == rel.subject), None)
        return None

    def _date(self, m: PolicyMention) -> str | None:
        """ "... số 1045/QĐ-UBND ngày 3/5/2024" or "Ngày 25/3/2010, ... ký Quyết định ..."."""
        after = re.match(r",?\s*(?:được ban hành\s*)?ngày\s*", self.text[m.end : m.end + 30])
        if after:
            window = self.text[m.end + after.end() : m.end + after.end() + 30]
            dates = find_dates(window, default_year=None, fallback_year=m.year)
            if dates and dates[0].start == 0 and dates[0].iso:
                return dates[0].iso
        sent = sentence_at(self.sents, m.start)
        if sent is None or any(
            sent.start <= o.start < m.start for e in self.entities for o in e.mentions if o is not m
        ):
            return None
        lead = re.match(r"(?:Ngày|Hôm|Vào ngày)\s+", self.text[sent.start : m.start])
        if lead:
            dates = find_dates(
                self.text[sent.start + lead.end() : m.start],
                default_year=None,
                fallback_year=m.year,
            )
            if dates and dates[0].start == 0 and dates[0].iso:
                return dates[0].iso
        return None

    def _issuer_for_instrument(self, entity: PolicyEntity, m: PolicyMention) -> None:
        sent = sentence_at(self.sents, m.start)
        if sent is not None and any(
            sent.start <= e.mentions[0].start < m.start for e in self.entities if e.number
        ):
            return  # "... ban hành Quyết định số X phê duyệt Đề án": the decision is issued
        entity.issuer = self._org_before_verb(m, sent) or self._org_by_do(m)
        if entity.issuer is None:
            # "Nghị quyết 19 của Chính phủ"; "Kế hoạch ... của tỉnh" is rather a plan for
            short = self._org_of(m) if entity.kind in SHORT_KINDS else None
            entity.issuer = self._org_within(m) or short
            return
        if entity.issuer and sent is not None:
            dates = find_dates(self.text[sent.start : m.start], default_year=self.year)
            entity.date = next((d.iso for d in dates if d.iso), None)

    def relate(self, s: str, p: Predicate, o: str) -> None:
        rel = Relation(s, p, o)
        if rel not in self.relations and s != o:
            self.relations.append(rel)

    def policies(self) -> list[Policy]:
        out = []
        for e in self.entities:
            names = [m.text for m in e.mentions]
            key, also = policy_keys(e, approving_number(e, self.entities, self.relations))
            out.append(
                Policy(
                    name=e.name,
                    kind=e.kind,
                    key=key,
                    number=e.number,
                    issuer=e.issuer,
                    date=e.date,
                    period_start=e.period[0] if e.period else None,
                    period_end=e.period[1] if e.period else None,
                    aliases=tuple(dict.fromkeys(n for n in names if n != e.name)),
                    mentions=tuple(Mention(m.start, m.end, m.text) for m in e.mentions),
                    also_known_as=also,
                )
            )
        for policy in out:  # a body approving it itself is its approver, no issuer too
            approved = Relation(policy.name, Predicate.APPROVED_BY, policy.issuer or "")
            if policy.issuer and approved not in self.relations:
                self.relate(policy.name, Predicate.ISSUED_BY, policy.issuer)
        return out
