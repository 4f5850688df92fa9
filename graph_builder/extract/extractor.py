"""One article -> one `Extraction`: the rules' mentions assembled into entities and relations.

`build_nlp()` (graph_builder/nlp/pipeline.py) runs the rule components over the spaCy `Doc`; this
module turns what they found into the gold schema's entities, with character offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.language import Language

from graph_builder.extract.agents import OrgIndex, organisations, people
from graph_builder.extract.body_roles import body_roles
from graph_builder.extract.events import EventBuilder
from graph_builder.extract.model import (
    Extraction,
    Mention,
    Organisation,
    Person,
    Place,
    Policy,
    Predicate,
    Relation,
    Target,
)
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_links import PolicyLinker
from graph_builder.extract.policy_names import jaccard
from graph_builder.ingest.article import Article
from graph_builder.nlp.lexicon import Lexicon, norm
from graph_builder.nlp.pipeline import Found, found_in
from graph_builder.nlp.rules.dates import find_period
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.targets import find_targets, is_goal_header
from graph_builder.nlp.rules.text import (
    Intervals,
    Span,
    paragraphs,
    sentence_at,
    spans_starting_in,
)

GOAL_BLOCK_PARAGRAPHS = 4
_DIGIT = re.compile(r"\d")


def extract(article: Article, nlp: Language) -> Extraction:
    doc = nlp(article.text)
    return assemble(article, found_in(doc))


def extract_many(articles: Sequence[Article], nlp: Language) -> list[Extraction]:
    docs = nlp.pipe(a.text for a in articles)
    return [assemble(a, found_in(doc)) for a, doc in zip(articles, docs, strict=True)]


def assemble(article: Article, f: Found) -> Extraction:
    text, lex = article.text, f.lexicon
    year = int(article.date[:4]) if article.date else None
    index = OrgIndex(f.orgs, lex)
    orgs = organisations(index, text)
    persons = people(f.people, f.orgs, index, lex)
    pb = PolicyBuilder(text, f.sentences, lex, f.orgs, index, year)
    pb.add_legal(f.legal)
    pb.add_instruments(f.instruments)
    links = PolicyLinker(pb)
    links.link_approvals()
    pb.attach_references()
    links.link_implements(f.instruments)
    links.link_numbered_plans()
    links.merge_numbered_plans()
    policies = pb.policies()
    policy_names = [(m.start, m.end) for m in f.legal + f.instruments if not m.bare]
    eb = EventBuilder(
        text, f.sentences, lex, f.orgs, index, f.people, year, article.id, policy_names
    )
    eb.group(f.events)
    events = eb.events()
    targets = _targets(text, f.sentences, policies)
    taken = (
        [(o.start, o.end) for o in f.orgs]
        + [(m.start, m.end) for m in f.events if not m.bare]
        + policy_names
    )
    places = _places(f.places, taken, lex)
    relations = [
        *pb.relations,
        *_people_relations(persons),
        *_target_relations(targets),
        *_signed(text, f.sentences, index, f.orgs),
        *body_roles(text, f.orgs, index, lex),
        *_located(orgs, lex),
    ]
    return Extraction(
        doc_id=article.id,
        policies=tuple(policies),
        organisations=tuple(orgs),
        people=tuple(persons),
        events=tuple(events),
        targets=tuple(targets),
        places=tuple(places),
        relations=tuple(dict.fromkeys(relations)),
    )


def _targets(text: str, sents: list[Span], policies: list[Policy]) -> list[Target]:
    out: list[Target] = []
    block_until = -1
    header_period: int | None = None
    named = _PoliciesNamed(policies)
    paras = paragraphs(text)
    for number, para in enumerate(paras):
        header = is_goal_header(para.text) and re.search(r"(19|20)\d{2}", para.text)
        if header:
            block_until = number + GOAL_BLOCK_PARAGRAPHS
            period = find_period(para.text)
            header_period = period[1] if period else None
        for sent in spans_starting_in(sents, para.start, para.end):
            if not _DIGIT.search(sent.text):
                continue  # no figure, so no target: skip the costlier checks
            period = find_period(sent.text)
            policy = named.first_in(sent)
            end = period[1] if period else (policy.period_end if policy else header_period)
            found = find_targets(
                sent,
                in_goal_block=number <= block_until and not header,
                period_end=end,
            )
            for t in found:
                out.append(
                    Target(
                        text=t.text,
                        value_max=t.value_max,
                        key=t.text,
                        value=t.value,
                        unit=t.unit or "đơn vị",
                        beneficiary=t.beneficiary,
                        deadline=t.deadline,
                        policy=policy.name if policy else None,
                        mentions=(Mention(t.start, t.end, t.text),),
                    )
                )
    return out


class _PoliciesNamed:
    """Which policies a sentence names, found by binary search over every mention's start
    (the targets rule asks it for each sentence with a figure)."""

    def __init__(self, policies: list[Policy]) -> None:
        self.policies = policies
        self._starts = sorted((m.start, i) for i, p in enumerate(policies) for m in p.mentions)

    def first_in(self, sent: Span) -> Policy | None:
        """The policy a goal in this sentence belongs to: a named instrument before a
        decision, the first in the article's policy order among each."""
        first = bisect.bisect_left(self._starts, (sent.start, -1))
        last = bisect.bisect_left(self._starts, (sent.end, -1))
        named = [self.policies[i] for i in sorted({i for _, i in self._starts[first:last]})]
        instruments = [p for p in named if not p.number]
        candidates = instruments or named
        return candidates[0] if candidates else None


def _places(found: list[Span], taken: list[tuple[int, int]], lex: Lexicon) -> list[Place]:
    """One place per gazetteer concept, named as first written; none inside other names."""
    by_key: dict[str, list[Span]] = {}
    inside_names = Intervals(taken)
    for span in found:
        if inside_names.covers(span.start):
            continue
        entry = lex.place(span.text)
        by_key.setdefault(entry.canonical if entry else norm(span.text), []).append(span)
    return [
        Place(
            name=spans[0].text,
            key=key,
            mentions=tuple(Mention(s.start, s.end, s.text) for s in spans),
        )
        for key, spans in by_key.items()
    ]


def _people_relations(persons: list[Person]) -> list[Relation]:
    out = []
    for p in persons:
        out += [Relation(p.name, Predicate.HOLDS_ROLE, r) for r in p.roles]
        for body in dict.fromkeys([*([p.organisation] if p.organisation else []), *p.memberships]):
            out.append(Relation(p.name, Predicate.MEMBER_OF, body))
    return out


def _target_relations(targets: list[Target]) -> list[Relation]:
    return [Relation(t.policy, Predicate.HAS_TARGET, t.text) for t in targets if t.policy]


def _signed(
    text: str, sents: list[Span], index: OrgIndex, orgs: list[OrgMention]
) -> list[Relation]:
    out = []
    for sent in sents:
        m = re.search(r"ký kết[^.;]{0,40}? giữa (.+?) (?:với|và) (.+?)(?: về|[,.;]|$)", sent.text)
        if not m:
            continue
        left = [o for o in orgs if sent.start + m.start(1) <= o.start < sent.start + m.end(1)]
        right = [o for o in orgs if sent.start + m.start(2) <= o.start < sent.start + m.end(2)]
        if left and right:
            a, b = index.group_of(left[0]).name, index.group_of(right[0]).name
            out += [
                Relation(a, Predicate.SIGNED_AGREEMENT_WITH, b),
                Relation(b, Predicate.SIGNED_AGREEMENT_WITH, a),
            ]
    return out


def _located(orgs: list[Organisation], lex: Lexicon) -> list[Relation]:
    out = []
    for o in orgs:
        if o.kind != "centre":
            continue
        words = o.name.split()
        for n in (3, 2, 1):
            entry = lex.place(" ".join(words[-n:])) if len(words) > n else None
            if entry is not None:
                out.append(Relation(o.name, Predicate.LOCATED_IN, " ".join(words[-n:])))
                break
    return out


__all__ = ["extract", "extract_many", "jaccard", "sentence_at"]
