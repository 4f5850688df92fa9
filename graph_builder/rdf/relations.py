"""Relations (by entity name, as in the gold schema) to RDF properties.

The RDF property depends on what the names turn out to be: `partOf` is
org:subOrganizationOf between organisations, pkg:subEventOf between events and
pkg:partOf between policies. A name that matches no entity of an allowed kind
is dropped, except issuers/organisers/places, which become minimal typed
resources so the fact is not lost (and the graph still passes the shapes).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import ORG

from graph_builder.extract.model import EntityKind, Predicate, Relation
from graph_builder.ingest.article import Article
from graph_builder.rdf.annotations import EntityIndex, Quad, evidence_quads
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.labels import one_label
from graph_builder.rdf.vocab import PKG

K = EntityKind
AGENTS = (K.ORGANISATION, K.PERSON)
# predicate -> (subject kinds, object kinds)
SIGNATURES: dict[Predicate, tuple[tuple[K, ...], tuple[K, ...]]] = {
    Predicate.ISSUED_BY: ((K.POLICY,), AGENTS),
    Predicate.APPROVED_BY: ((K.POLICY,), (K.POLICY, K.ORGANISATION, K.EVENT)),
    Predicate.ORGANISED_BY: ((K.EVENT,), AGENTS),
    Predicate.PARTICIPATED_IN: (AGENTS, (K.EVENT,)),
    Predicate.MEMBER_OF: (AGENTS, (K.ORGANISATION,)),
    Predicate.PART_OF: ((K.ORGANISATION, K.EVENT, K.POLICY), (K.ORGANISATION, K.EVENT, K.POLICY)),
    Predicate.HAS_TARGET: ((K.POLICY,), (K.TARGET,)),
    Predicate.IMPLEMENTS: ((K.POLICY, K.EVENT), (K.POLICY,)),
    Predicate.SIGNED_AGREEMENT_WITH: ((K.ORGANISATION,), (K.ORGANISATION,)),
    Predicate.LOCATED_IN: ((K.EVENT, K.ORGANISATION, K.PERSON, K.POLICY), (K.PLACE,)),
}
SIMPLE = {
    Predicate.ISSUED_BY: PKG.issuedBy,
    Predicate.APPROVED_BY: PKG.approvedBy,
    Predicate.ORGANISED_BY: PKG.organisedBy,
    Predicate.PARTICIPATED_IN: PKG.participatedIn,
    Predicate.MEMBER_OF: ORG.memberOf,
    Predicate.HAS_TARGET: PKG.hasTarget,
    Predicate.IMPLEMENTS: PKG.implements,
    Predicate.SIGNED_AGREEMENT_WITH: PKG.signedAgreementWith,
    Predicate.LOCATED_IN: PKG.locatedIn,
}
PART_OF = {K.ORGANISATION: ORG.subOrganizationOf, K.EVENT: PKG.subEventOf, K.POLICY: PKG.partOf}
# objects that may be created when no extracted entity has that name
CREATE = {
    Predicate.ISSUED_BY: K.ORGANISATION,
    Predicate.ORGANISED_BY: K.ORGANISATION,
    Predicate.MEMBER_OF: K.ORGANISATION,
    Predicate.LOCATED_IN: K.PLACE,
}


def relation_quads(
    relations: Iterable[Relation],
    *,
    index: EntityIndex,
    article: Article,
    mint: Minter,
    graph: URIRef,
) -> Iterator[Quad]:
    for rel in relations:
        if rel.predicate is Predicate.HOLDS_ROLE:
            yield from _post(rel, index, article, mint, graph)
            continue
        subject_kinds, object_kinds = SIGNATURES[rel.predicate]
        subject = index.find(rel.subject, subject_kinds)
        if subject is None:
            continue
        found = index.find(rel.object, object_kinds)
        created = None if found else _created(rel, mint, graph)
        if found is None and created is None:
            continue
        s_kind, s = subject
        o_kind, o = found if found else (created[0], created[1])  # type: ignore[index]
        if created is not None:
            yield from created[2]
        if rel.predicate is Predicate.PART_OF:
            if s_kind is not o_kind:
                continue
            prop = PART_OF[s_kind]
        else:
            prop = SIMPLE[rel.predicate]
        yield s, prop, o, graph
        if rel.predicate is Predicate.HAS_TARGET:
            yield o, PKG.targetOf, s, graph
        if rel.evidence is not None:
            yield from evidence_quads(
                rel.evidence, statement=(s, prop, o), article=article, mint=mint, graph=graph
            )


def _created(rel: Relation, mint: Minter, graph: URIRef) -> tuple[K, URIRef, list[Quad]] | None:
    """A minimal typed, labelled resource for an object named but not extracted."""
    kind = CREATE.get(rel.predicate)
    if kind is None or not rel.object.strip():
        return None
    iri = mint.entity(kind, rel.object)
    labels = one_label([(iri, RDFS.label, Literal(rel.object, lang="vi"))], mint)
    quads: list[Quad] = [(s, p, o, graph) for s, p, o in labels]
    if kind is K.ORGANISATION:
        quads += [
            (iri, RDF.type, PKG.Organisation, graph),
            (iri, PKG.organisationKind, Literal("other"), graph),
        ]
    else:
        quads.append((iri, RDF.type, PKG.Place, graph))
    return kind, iri, quads


def _post(
    rel: Relation, index: EntityIndex, article: Article, mint: Minter, graph: URIRef
) -> Iterator[Quad]:
    """A role as written becomes a pkg:Post (an org:Membership) of the person or body."""
    holder = index.find(rel.subject, AGENTS)
    role = rel.object.strip()
    if holder is None or not role:
        return
    _, person = holder
    post = mint.entity(K.POST, f"{person.rsplit('/', 1)[-1]} {role}")
    label = Literal(role, lang="vi")
    yield from ((s, p, o, graph) for s, p, o in one_label([(post, RDFS.label, label)], mint))
    yield from (
        (post, RDF.type, PKG.Post, graph),
        (post, PKG.roleLabel, label, graph),
        (post, ORG.member, person, graph),
        (person, PKG.holdsPost, post, graph),
    )
    organisation = _organisation_in(role, index)
    if organisation is not None:
        yield post, ORG.organization, organisation, graph
    if rel.evidence is not None:
        yield from evidence_quads(
            rel.evidence,
            statement=(person, PKG.holdsPost, post),
            article=article,
            mint=mint,
            graph=graph,
        )


def _organisation_in(role: str, index: EntityIndex) -> URIRef | None:
    """The longest organisation name (or alias) written inside the role, if any."""
    from graph_builder.rdf.annotations import norm_name

    text = norm_name(role)
    best: tuple[int, URIRef] | None = None
    for name, iri in index.by_name.get(K.ORGANISATION, {}).items():
        if len(name) >= 3 and name in text and (best is None or len(name) > best[0]):
            best = (len(name), iri)
    return best[1] if best else None
