"""One article -> one `Extraction`: the rules' mentions assembled into entities and relations.

`build_nlp()` (graph_builder/nlp/pipeline.py) runs the rule components over the spaCy `Doc`; this
module turns what they found into the gold schema's entities, with character offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from graph_builder.extract.addresses import address_hamlets, address_places
from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.agreements import agreements
from graph_builder.extract.approving_bodies import laws_are_passed, link_active_approvals
from graph_builder.extract.beneficiary_groups import with_beneficiary_groups
from graph_builder.extract.board_roles import board_roles
from graph_builder.extract.body_roles import body_roles
from graph_builder.extract.drafts import add_drafts
from graph_builder.extract.events import EventBuilder
from graph_builder.extract.founding import founding_decisions
from graph_builder.extract.goals import goals
from graph_builder.extract.issuer_refs import merge_issuer_refs
from graph_builder.extract.joint_issuers import link_joint_issuers
from graph_builder.extract.model import (
    Extraction,
    Person,
    Predicate,
    Relation,
    Target,
)
from graph_builder.extract.org_entities import home_province, organisations
from graph_builder.extract.own_document import adopt_own_number
from graph_builder.extract.persons import people
from graph_builder.extract.place_entities import keyed_places
from graph_builder.extract.place_links import place_links
from graph_builder.extract.plan_titles import merge_titled_plans
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_asides import merge_bracketed_numbers
from graph_builder.extract.policy_guidance import link_guidance
from graph_builder.extract.policy_headers import (
    implements_by_title,
    name_own_document,
    own_document,
)
from graph_builder.extract.policy_links import PolicyLinker
from graph_builder.extract.policy_merge import link_numbered_plans, merge_numbered_plans
from graph_builder.extract.policy_names import jaccard
from graph_builder.extract.policy_preamble import link_preamble
from graph_builder.extract.policy_twins import link_local_twins
from graph_builder.extract.recognitions import add_recognitions
from graph_builder.ingest.article import Article
from graph_builder.nlp.pipeline import Found, found_in
from graph_builder.nlp.rules.congress_resolutions import find_resolutions
from graph_builder.nlp.rules.drafts import find_drafts
from graph_builder.nlp.rules.inspections import verb_told_kinds
from graph_builder.nlp.rules.subject_refs import find_by_subject
from graph_builder.nlp.rules.text import sentence_at


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
    province = home_province(index, f.places, lex)
    orgs = organisations(index, text, province=province, article_id=article.id)
    persons = people(f.people, f.orgs, index, lex)
    pb = PolicyBuilder(text, f.sentences, lex, f.orgs, index, year)
    pb.add_legal(f.legal)
    instruments = sorted(
        f.instruments
        + founding_decisions(text, f.orgs)
        + find_resolutions(text)
        + find_by_subject(text),
        key=lambda m: m.start,
    )
    pb.add_instruments(instruments)
    add_drafts(pb.entities, find_drafts(text))
    add_recognitions(pb.entities, text, f.orgs, index)
    adopt_own_number(pb.entities, text, f.sentences)
    name_own_document(pb)
    links = PolicyLinker(pb)
    links.link_approvals()
    link_active_approvals(pb)
    laws_are_passed(pb)
    link_joint_issuers(pb)
    pb.attach_references()
    links.link_implements(instruments)
    implements_by_title(pb)
    link_guidance(pb)
    link_numbered_plans(pb)
    merge_numbered_plans(pb)
    merge_titled_plans(pb)
    merge_bracketed_numbers(pb)
    merge_issuer_refs(pb)
    link_preamble(pb)
    link_local_twins(pb)
    own = own_document(pb)
    policies = pb.policies()
    policy_names = [(m.start, m.end) for m in f.legal + f.instruments if not m.bare]
    eb = EventBuilder(
        text,
        f.sentences,
        lex,
        f.orgs,
        index,
        f.people,
        year,
        article.id,
        policy_names,
        published=article.date,
        places=f.places,
    )
    eb.group(f.events)
    events = eb.events()
    targets = goals(text, f.sentences, policies, published=year, own=own)
    targets = with_beneficiary_groups(targets, lex)
    told_by_verb = verb_told_kinds(lex)  # a place in the phrase is a place
    taken = (
        [(o.start, o.end) for o in f.orgs]
        + [(m.start, m.end) for m in f.events if not m.bare and m.kind not in told_by_verb]
        + policy_names
        + [(p.start, p.end) for p in f.people]  # "ông Đỗ Văn Vĩnh Châu" names no town
        + address_hamlets(text, f.places, [p.end for p in f.people], lex)
        + address_places(text, f.places, lex)
    )
    places = keyed_places(f.places, taken, lex, province=province, article_id=article.id)
    relations = [
        *pb.relations,
        *eb.relations,
        *_people_relations(persons),
        *_target_relations(targets),
        *agreements(text, f.sentences, index, f.orgs, f.places),
        *body_roles(text, f.orgs, index, lex),
        *board_roles(text, f.people, f.orgs, index),
        *place_links(text, places, lex),
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


def _people_relations(persons: list[Person]) -> list[Relation]:
    out = []
    for p in persons:
        out += [Relation(p.name, Predicate.HOLDS_ROLE, r) for r in p.roles]
        for body in dict.fromkeys([*([p.organisation] if p.organisation else []), *p.memberships]):
            out.append(Relation(p.name, Predicate.MEMBER_OF, body))
    return out


def _target_relations(targets: list[Target]) -> list[Relation]:
    return [Relation(t.policy, Predicate.HAS_TARGET, t.text) for t in targets if t.policy]


__all__ = ["extract", "extract_many", "jaccard", "sentence_at"]
