"""Names of classes and properties for people: "Sự kiện · Event", not `pkg:Event`.

Our own terms are named by ontology/policykg.ttl (vi and en `rdfs:label` on every
term); it is read once per process, so pages show the same names as /ontology even
when a store was built without the ontology graph. The few external terms our graph
uses (rdfs:label, dcterms:title, org:memberOf...) have no labels in our ontology, so a
small table names them; any other term keeps its CURIE, which is still readable.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox

from endpoint.pages.labels import PREFIXES, short
from graph_builder.config import ONTOLOGY_FILE

RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")

# fmt: off
EXTERNAL = {  # CURIE -> (vi, en)
    "rdf:type": ("kiểu", "type"),
    "rdfs:label": ("tên", "label"),
    "rdfs:comment": ("chú thích", "comment"),
    "skos:altLabel": ("tên khác", "alternative name"),
    "skos:prefLabel": ("tên ưu tiên", "preferred name"),
    "skos:exactMatch": ("trong danh mục", "gazetteer entry"),
    "skos:inScheme": ("thuộc danh mục", "in gazetteer"),
    "skos:Concept": ("Mục danh mục", "Gazetteer entry"),
    "skos:ConceptScheme": ("Danh mục", "Gazetteer"),
    "dcterms:title": ("tiêu đề", "title"),
    "dcterms:date": ("ngày", "date"),
    "dcterms:type": ("loại", "type"),
    "schema:text": ("nội dung", "text"),
    "schema:NewsArticle": ("Bài báo", "News article"),
    "org:memberOf": ("thành viên của", "member of"),
    "org:member": ("thành viên", "member"),
    "org:organization": ("tổ chức", "organisation"),
    "org:subOrganizationOf": ("trực thuộc", "part of"),
    "prov:wasDerivedFrom": ("lấy từ", "derived from"),
    "prov:generatedAtTime": ("tạo lúc", "generated at"),
}
# fmt: on


@dataclass(frozen=True, slots=True)
class TermName:
    """A term's names; `text` is what a page shows, `curie` goes in a tooltip."""

    curie: str
    vi: str | None = None
    en: str | None = None

    @property
    def text(self) -> str:
        names = [n for n in (self.vi, self.en) if n]
        if len(names) == 2 and names[0].casefold() == names[1].casefold():
            names = names[:1]
        return " · ".join(names) or self.curie


def term_name(term: str) -> TermName:
    """Names of a term given as an IRI or as a CURIE of labels.PREFIXES."""
    iri = expand(term)
    curie = short(iri)
    found = ontology_labels().get(iri)
    if found is None and curie in EXTERNAL:
        found = EXTERNAL[curie]
    return TermName(curie, *found) if found else TermName(curie)


def expand(term: str) -> str:
    """`pkg:Event` -> its IRI; an IRI (or an unknown prefix) stays as it is."""
    for namespace, prefix in PREFIXES.items():
        if term.startswith(prefix) and "/" not in term:
            return namespace + term[len(prefix) :]
    return term


@cache
def ontology_labels() -> dict[str, tuple[str | None, str | None]]:
    """IRI -> (vi, en) for every term the ontology labels; read once per process."""
    found: dict[str, dict[str, str]] = {}
    for quad in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE):
        obj = quad.object
        if quad.predicate == RDFS_LABEL and isinstance(obj, ox.Literal):
            found.setdefault(quad.subject.value, {})[obj.language or ""] = obj.value
    return {iri: (names.get("vi"), names.get("en")) for iri, names in found.items()}
