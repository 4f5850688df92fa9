"""Frozen dataclasses passed between extraction, resolution and RDF conversion.

They mirror the gold annotation schema (../shared/gold/README.md) so that
`extract --format gold-json` is a plain projection, and they carry character offsets
into the NFC article text so that every fact can point back to its sentence.
Entities refer to each other by `name` (as the gold schema does); `key` is the
resolution key from which IRIs are minted (legal number or canonical folded name).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class EntityKind(Enum):
    """What an entity is; `path` is the IRI segment (`id/{path}/{slug}`)."""

    POLICY = "policy"
    ORGANISATION = "organisation"
    PERSON = "person"
    EVENT = "event"
    TARGET = "target"
    PLACE = "place"
    POST = "post"

    @property
    def path(self) -> str:
        return self.value


class Predicate(Enum):
    """Relation names of the gold schema."""

    ISSUED_BY = "issuedBy"
    APPROVED_BY = "approvedBy"
    ORGANISED_BY = "organisedBy"
    PARTICIPATED_IN = "participatedIn"
    HOLDS_ROLE = "holdsRole"
    MEMBER_OF = "memberOf"
    PART_OF = "partOf"
    HAS_TARGET = "hasTarget"
    IMPLEMENTS = "implements"
    SIGNED_AGREEMENT_WITH = "signedAgreementWith"
    LOCATED_IN = "locatedIn"


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the NFC article text: `text == article.text[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    kind: str  # Vietnamese head word as written: "Quyết định", "Đề án", ...
    key: str
    number: str | None = None
    issuer: str | None = None  # organisation name
    date: str | None = None  # YYYY-MM-DD
    period_start: int | None = None
    period_end: int | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    also_known_as: tuple[str, ...] = ()  # other keys naming it in other articles (iris.Minter)

    @property
    def period(self) -> str | None:
        if self.period_start and self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return None


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    kind: str  # gold kinds: government, ministry, department, people's committee, ...
    key: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None  # name of the parent organisation
    mentions: tuple[Mention, ...] = ()
    canonical: str | None = None  # the gazetteer's prefLabel, or the name with its province
    english: str | None = None  # the gazetteer's English prefLabel
    concept: str | None = None  # the gazetteer concept's IRI (ontology/vocab)
    also_known_as: tuple[str, ...] = ()  # abbreviations the article introduces for it


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    key: str
    title: str | None = None  # TS., PGS.TS, ThS. as written
    role: str | None = None  # the full role as written
    roles: tuple[str, ...] = ()  # separate posts ("Thành ủy viên", "Phó Chủ tịch UBND TP.HCM")
    organisation: str | None = None
    mentions: tuple[Mention, ...] = ()
    memberships: tuple[str, ...] = ()  # every body named in a role (organisation first)
    also_known_as: tuple[str, ...] = ()  # the bare name, when the key names a body too


@dataclass(frozen=True, slots=True)
class Event:
    name: str
    kind: str  # Vietnamese head word: "Hội thảo", "Hội nghị", "Phiên họp", ...
    key: str
    date: str | None = None
    date_end: str | None = None
    location: str | None = None
    organisers: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    parent: str | None = None  # the event this one is part of
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Target:
    text: str
    key: str
    value: float
    unit: str
    value_max: float | None = None
    beneficiary: str | None = None
    group: str | None = None  # the beneficiary group's concept IRI (ontology/vocab)
    deadline: str | None = None  # YYYY
    policy: str | None = None  # policy name
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    key: str
    mentions: tuple[Mention, ...] = ()
    label: str | None = None  # the gazetteer's prefLabel, else the name as first written
    english: str | None = None  # the gazetteer's English prefLabel
    concept: str | None = None  # the gazetteer concept's IRI (ontology/vocab)


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str  # entity name (target text for targets)
    predicate: Predicate
    object: str  # entity name, or the role string for holdsRole
    evidence: Mention | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    doc_id: str
    policies: tuple[Policy, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    events: tuple[Event, ...] = ()
    targets: tuple[Target, ...] = ()
    places: tuple[Place, ...] = ()
    relations: tuple[Relation, ...] = ()
    notes: tuple[str, ...] = field(default=())


def all_relations(ex: Extraction) -> list[Relation]:
    """Relations stated explicitly plus those implied by entity fields, without repeats."""
    implied: list[Relation] = []
    for p in ex.policies:  # a body approving a policy itself is its approver, no issuer
        if p.issuer and Relation(p.name, Predicate.APPROVED_BY, p.issuer) not in ex.relations:
            implied.append(Relation(p.name, Predicate.ISSUED_BY, p.issuer))
    for o in ex.organisations:
        if o.parent:
            implied.append(Relation(o.name, Predicate.PART_OF, o.parent))
    for person in ex.people:
        if person.organisation:
            implied.append(Relation(person.name, Predicate.MEMBER_OF, person.organisation))
        implied.extend(Relation(person.name, Predicate.HOLDS_ROLE, r) for r in person.roles)
        if person.role and not person.roles:
            implied.append(Relation(person.name, Predicate.HOLDS_ROLE, person.role))
    for e in ex.events:
        implied.extend(Relation(e.name, Predicate.ORGANISED_BY, o) for o in e.organisers)
        implied.extend(Relation(a, Predicate.PARTICIPATED_IN, e.name) for a in e.participants)
        if e.location:
            implied.append(Relation(e.name, Predicate.LOCATED_IN, e.location))
        if e.parent:
            implied.append(Relation(e.name, Predicate.PART_OF, e.parent))
    for t in ex.targets:
        if t.policy:
            implied.append(Relation(t.policy, Predicate.HAS_TARGET, t.text))
    seen: set[tuple[str, Predicate, str]] = set()
    out: list[Relation] = []
    for rel in (*ex.relations, *implied):
        key = (rel.subject, rel.predicate, rel.object)
        if key not in seen:
            seen.add(key)
            out.append(rel)
    return out
