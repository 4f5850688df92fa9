"""Cross-document identity in the minter: one key whatever the punctuation, aliases that
unite keys only while unambiguous, and one label per resource."""

from __future__ import annotations

import pytest
from rdflib import RDFS, SKOS, Literal, URIRef

from graph_builder.extract.model import EntityKind
from graph_builder.rdf.iris import Minter, identity
from graph_builder.rdf.labels import one_label

BASE = "https://w3id.org/policykg/"
ORG, PERSON = EntityKind.ORGANISATION, EntityKind.PERSON

# fmt: off
SAME = [
    ("Thứ trưởng Bộ Lao động - Thương binh", "Thứ trưởng Bộ Lao động – Thương binh"),
    ("Thứ trưởng Bộ Lao động - Thương binh", "thứ trưởng bộ lao động, thương binh"),
    ("Sở  Y tế", "Sở Y tế."),
]
APART = [
    ("Hà Nam", "Hà Năm"),          # one diacritic: another word
    ("Sở Y tế", "Sở Y tế Hà Nội"),
]
# fmt: on


@pytest.mark.parametrize(("a", "b"), SAME)
def test_keys_differing_in_punctuation_or_case_are_one(a: str, b: str) -> None:
    mint = Minter(BASE)
    assert identity(a) == identity(b)
    assert mint.entity(EntityKind.POST, a) == mint.entity(EntityKind.POST, b)


@pytest.mark.parametrize(("a", "b"), APART)
def test_other_keys_stay_apart(a: str, b: str) -> None:
    mint = Minter(BASE)
    assert mint.entity(ORG, a) != mint.entity(ORG, b)


def test_a_registry_from_an_older_build_keeps_its_iris() -> None:
    """Older registries hold case-folded keys as owners and no identity entries."""
    old = {"post/thu-truong-bo-lao-dong-thuong-binh": "thứ trưởng bộ lao động - thương binh"}
    mint = Minter(BASE, known=old)
    iri = mint.entity(EntityKind.POST, "Thứ trưởng Bộ Lao động, Thương binh")
    assert str(iri) == BASE + "id/post/thu-truong-bo-lao-dong-thuong-binh"


def test_an_alias_finds_the_body_in_either_order() -> None:
    named_first, abbreviated_first = Minter(BASE), Minter(BASE)
    full = named_first.entity(ORG, "quỹ đọc sách", aliases=("qds",))
    assert named_first.entity(ORG, "qds") == full  # a later article names it by the alias
    alone = abbreviated_first.entity(ORG, "qds")  # an article that only has the alias
    assert abbreviated_first.entity(ORG, "quỹ đọc sách", aliases=("qds",)) == alone


def test_an_alias_claimed_twice_keeps_the_second_apart_and_reports_it() -> None:
    mint = Minter(BASE)
    first = mint.entity(PERSON, "trần an @ sở y tế", aliases=("trần an",))
    second = mint.entity(PERSON, "trần an @ sở giáo dục", aliases=("trần an",))
    assert first != second
    assert mint.candidates == [("trần an", str(second), str(first))]
    assert mint.entity(PERSON, "trần an") == first  # the name alone: the first claim


def test_registry_round_trip_keeps_aliases() -> None:
    mint = Minter(BASE)
    full = mint.entity(ORG, "quỹ đọc sách", aliases=("qds",))
    assert Minter(BASE, known=mint.owners).entity(ORG, "qds") == full


def test_one_label_per_resource_and_other_names_as_alt_labels() -> None:
    mint, iri = Minter(BASE), URIRef(BASE + "id/organisation/x")
    first = list(one_label([(iri, RDFS.label, Literal("Quỹ A", lang="vi"))], mint))
    later = list(one_label([(iri, RDFS.label, Literal("Quỹ A.", lang="vi"))], mint))
    assert first == [(iri, RDFS.label, Literal("Quỹ A", lang="vi"))]
    assert later == [
        (iri, RDFS.label, Literal("Quỹ A", lang="vi")),
        (iri, SKOS.altLabel, Literal("Quỹ A.", lang="vi")),
    ]
