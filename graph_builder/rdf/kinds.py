"""Head words and kind names to ontology classes.

The mapping is small, closed general knowledge of Vietnamese policy vocabulary
(the same table as ontology/MAPPING.md); matching ignores case and diacritics so
"quyết định", "QUYẾT ĐỊNH" and "Quyet dinh" agree.
"""

from __future__ import annotations

from rdflib import URIRef

from graph_builder.rdf.vocab import PKG
from graph_builder.textnorm import fold

_POLICY = {
    "quyet dinh": PKG.Decision,
    "nghi dinh": PKG.Decree,
    "thong tu": PKG.Circular,
    "thong tu lien tich": PKG.Circular,
    "luat": PKG.Law,
    "bo luat": PKG.Law,
    "nghi quyet": PKG.Resolution,
    "chi thi": PKG.Directive,
    "de an": PKG.Scheme,
    "chuong trinh": PKG.Programme,
    "chuong trinh muc tieu quoc gia": PKG.Programme,
    "ke hoach": PKG.Plan,
    "chien luoc": PKG.Strategy,
    "tuyen bo": PKG.Declaration,
    "lo trinh": PKG.Roadmap,
}
_ORGANISATION = {
    "government": PKG.GovernmentBody,
    "ministry": PKG.Ministry,
    "department": PKG.Department,
    "people's committee": PKG.PeoplesCommittee,
    "university": PKG.University,
    "centre": PKG.Centre,
    "international": PKG.InternationalOrganisation,
    "union": PKG.Union,
    "association": PKG.Association,
}
_EVENT = {
    "hoi thao": PKG.Workshop,
    "hoi nghi": PKG.Conference,
    "dien dan": PKG.Forum,
    "toa dam": PKG.RoundTable,
    "phien hop": PKG.Session,
    "ky hop": PKG.Session,
    "phien": PKG.Session,
}
ORGANISATION_KINDS = (*_ORGANISATION, "other")


def _key(word: str) -> str:
    return " ".join(fold(word).casefold().split())


def policy_class(kind: str) -> URIRef | None:
    """The subclass of pkg:Policy for a head word, or None (plain pkg:Policy)."""
    return _POLICY.get(_key(kind))


def organisation_class(kind: str) -> URIRef | None:
    return _ORGANISATION.get(kind.strip().casefold())


def event_class(kind: str) -> URIRef | None:
    key = _key(kind)
    if key.startswith("le "):  # Lễ ký kết, Lễ khai mạc, Lễ phát động ...
        return PKG.Ceremony
    return _EVENT.get(key)
