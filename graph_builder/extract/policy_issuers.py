"""Who issued a policy, by what the article writes around it: "X của <body>", "<body> ký /
ban hành X", "X do <body> ban hành", and the issuer a legal number's suffix names
(data/lexicon/issuer_codes.txt: "QĐ-TTg" the Prime Minister, "QĐ-UBND" the people's
committee the article names, "/TU" the one Tỉnh ủy it names), when the article writes
that body somewhere: a code alone states no issuer.

A mixin of PolicyBuilder (extract/policies.py): it reads the builder's text, sentences,
organisations and their index.
"""

from __future__ import annotations

import re
from functools import cached_property

from graph_builder.extract.agents import OrgIndex
from graph_builder.nlp.lexicon import Lexicon, norm
from graph_builder.nlp.rules.issuer_codes import issuer_from_code, local_issuers
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.policies import PolicyMention
from graph_builder.nlp.rules.text import Span, sentence_at

# "UBND tỉnh vừa có quyết định ...": "có" after an aspect word says the body issued it
ISSUE_VERB = re.compile(
    r"(?:(?:đã\s+)?(?:ký|ban hành|thông qua|phê duyệt)|(?:vừa|đã|mới)\s+có)\s*$"
    # "Bộ vừa có văn bản gửi các Sở, ..., về việc ...": a letter named by its subject
    r"|(?:vừa|đã|mới)\s+có\s+(?:văn bản|công văn)\s+gửi\s+[^.;:\n]{3,200}?,\s*$"
)
# "Kế hoạch ... do UBND tỉnh X ban hành": the issuer named after the policy; a legal
# database's title puts the year and the whole subject between ("Hướng dẫn 5/HD-SYT năm
# 2010 về quy trình ... do Sở Y tế tỉnh X ban hành"); the passive too ("Luật X được Quốc
# hội thông qua")
ISSUED_BY_DO = re.compile(r"[^.;:\n]{0,120}?\b(?:do|được)\s+")
# "Chương trình công tác của Thành ủy X", "Đề án 1336 của Chính phủ": the body after "của"
# among the first words of an instrument's own name; not the congress of "Nghị quyết Đại
# hội XIII của Đảng", nor the subject of "Quy chế về tổ chức và hoạt động của Trung tâm X"
# or of "Kế hoạch hoạt động của Ban Chỉ đạo" (its activities: another body may plan them)
OWN_OF = re.compile(r"(?:(?!về\s|[Đđ]ại hội\s|hoạt động\s)\S+\s+){1,6}?của\s+")
# A convention or programme "của Liên Hợp Quốc" is adopted by the member states: no issuer
NOT_ISSUING = {"international"}
UNISSUED_KINDS = {"dự án"}
ISSUE_AFTER = re.compile(
    r"\s*(?:vừa\s+|đã\s+|mới\s+)?(?:ký\s+)?(?:ban hành|ký|phê duyệt|thông qua)\b"
)


_OF_BODY = re.compile(r"(?:[^.;]|(?<=\d)\.(?=\d)){0,25}?của\s+")


class IssuerRules:
    text: str
    sents: list[Span]
    lex: Lexicon
    orgs: list[OrgMention]
    index: OrgIndex

    def _issuer(self, m: PolicyMention) -> str | None:
        sent = sentence_at(self.sents, m.start)
        of = self._org_of(m)
        if of:
            return of
        by_verb = self._org_before_verb(m, sent) or self._org_by_do(m)
        if by_verb:
            return by_verb
        code = issuer_from_code(m.issuer_code, self.lex)
        if code:
            local = self._local(code) if code in local_issuers() else None
            return self._org_named(code) or local or (code if self._written(code) else None)
        if m.issuer_code and "UBND" in m.issuer_code:
            return self._first_committee()
        if m.issuer_code and "HĐND" in m.issuer_code:  # the province's council, if named
            return self._local("Hội đồng nhân dân") or self._local("HĐND")
        return None

    def _written(self, issuer: str) -> bool:
        """The article writes the body a number's code names, in full or by its first two
        words or a capitalised last word ("Thủ tướng", "Đảng"): the issuer is the article's.
        A circular "TT-BGDĐT" in an article that never names the ministry has none (the
        gold records only issuers the text states)."""
        words = issuer.split()
        forms = [issuer, " ".join(words[:2])] + ([words[-1]] if words[-1][:1].isupper() else [])
        text = self._normed_text
        return any(re.search(rf"(?<!\w){re.escape(norm(f))}(?!\w)", text) for f in forms)

    @cached_property
    def _normed_text(self) -> str:
        """The article folded once, not once per numbered policy that asks."""
        return norm(self.text)

    def _local(self, head: str) -> str | None:
        """ "/TU" is the Tỉnh ủy the article names ("Tỉnh ủy Quảng Bình"), if one."""
        named = [g for g in self.index.groups if g.name.startswith(head + " ")]
        return named[0].name if len(named) == 1 else None

    def _org_before_verb(self, m: PolicyMention, sent: Span | None) -> str | None:
        if sent is None:
            return None
        head = self.text[sent.start : m.start]
        verb = ISSUE_VERB.search(head)
        if not verb:
            return None
        candidates = [
            o for o in self.orgs if sent.start <= o.start and o.end <= sent.start + verb.start()
        ]
        if candidates:
            return self.index.group_of(candidates[-1]).name
        if re.search(r"(Thành phố|tỉnh)\s*(đã\s*)?$", head[: verb.start()]):
            return self._first_committee()
        return None

    def _first_committee(self) -> str | None:
        """The people's committee the article names first: the one a "-UBND" code or "tỉnh
        ban hành" speaks of when the article gives no other."""
        committees = [g for g in self.index.groups if g.kind == "people's committee"]
        return committees[0].name if committees else None

    def _org_of(self, m: PolicyMention) -> str | None:
        """ "Nghị quyết 19 của Ban Chấp hành Trung ương Đảng": the body after "của"; a date
        may stand between, its parts joined by dots ("(ngày 15.1.2019) của Bộ Chính trị")."""
        of = _OF_BODY.match(self.text[m.end : m.end + 60])
        if of is None:
            return None
        org = self._org_at(m.end + of.end()) or self._org_after_post(m.end + of.end())
        return self.index.group_of(org).name if org else None

    def _org_at(self, pos: int) -> OrgMention | None:
        return next((o for o in self.orgs if o.start == pos), None)

    def _org_after_post(self, pos: int) -> OrgMention | None:
        """ "Chỉ thị số 17/CT-UBND của Chủ tịch UBND tỉnh X": the head of a body signs for
        it, so the body after the post (a gazetteer post, data ontology/vocab/posts.ttl)
        is the issuer."""
        for post in self.lex.posts:
            if self.text.startswith(post.label + " ", pos):
                org = self._org_at(pos + len(post.label) + 1)
                if org is not None:
                    return org
        return None

    def _org_within(self, m: PolicyMention) -> str | None:
        """ "Kế hoạch của UBND tỉnh X": a body its own name says the instrument is of. A
        project is carried out, not issued ("dự án Tiếp nhận học bổng của Tổ chức X": the
        scholarship's): no project of the gold has an issuer."""
        if m.kind.casefold() in UNISSUED_KINDS:
            return None
        of = OWN_OF.match(self.text, m.start, m.end)
        org = next((o for o in self.orgs if of and o.start == of.end() and o.end <= m.end), None)
        group = self.index.group_of(org) if org else None
        return group.name if group and group.kind not in NOT_ISSUING else None

    def _org_by_do(self, m: PolicyMention) -> str | None:
        """ "... do Ủy ban nhân dân tỉnh X ban hành": a body right after "do", then the verb."""
        do = ISSUED_BY_DO.match(self.text, m.end)
        if do is None:
            return None
        org = next((o for o in self.orgs if o.start == do.end()), None)
        verb = ISSUE_AFTER.match(self.text, org.end) if org else None
        if org is None or verb is None:
            return None
        if do.group().rstrip().endswith("được") and verb.group().rstrip().endswith("phê duyệt"):
            return None  # "dự án X được UBND tỉnh phê duyệt khoản viện trợ": approved, not issued
        return self.index.group_of(org).name

    def _org_named(self, name: str) -> str | None:
        key = norm(name)
        for g in self.index.groups:
            if norm(g.canonical or "") == key or any(norm(m.text) == key for m in g.mentions):
                return g.name
        return None
