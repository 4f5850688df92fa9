"""IRI minting: readable, stable, valid for any Unicode input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graph_builder.extract.model import EntityKind
from graph_builder.rdf.iris import IRIError, Minter, check_iri, slug
from graph_builder.textnorm import fold

BASE = "https://w3id.org/policykg/"

# fmt: off
SLUGS = [
    ("32/2010/QĐ-TTg", "32-2010-qd-ttg"),
    ("Bộ Lao động - Thương binh và Xã hội", "bo-lao-dong-thuong-binh-va-xa-hoi"),
    (unicodedata.normalize("NFD", "Đề án phát triển"), "de-an-phat-trien"),
    ("TP.HCM", "tp-hcm"),
    ("...", ""),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SLUGS)
def test_slug(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_fold_keeps_case_and_drops_marks() -> None:
    assert fold("Đà Nẵng") == "Da Nang"


def test_legal_number_iri_is_readable() -> None:
    iri = Minter(BASE).entity(EntityKind.POLICY, "32/2010/QĐ-TTg")
    assert str(iri) == BASE + "id/policy/32-2010-qd-ttg"


def test_same_key_in_nfc_and_nfd_gives_one_iri() -> None:
    mint = Minter(BASE)
    a = mint.entity(EntityKind.ORGANISATION, "Sở Y tế")
    b = mint.entity(EntityKind.ORGANISATION, unicodedata.normalize("NFD", "Sở Y tế"))
    assert a == b


def test_colliding_keys_get_distinct_stable_iris() -> None:
    mint = Minter(BASE)
    first = mint.entity(EntityKind.PLACE, "Hà Nam")
    second = mint.entity(EntityKind.PLACE, "Hà Năm")
    assert first != second
    assert str(second).startswith(str(first) + "-")
    again = Minter(BASE, known=mint.owners)
    assert again.entity(EntityKind.PLACE, "Hà Năm") == second


def test_punctuation_only_key_still_gets_an_iri() -> None:
    iri = Minter(BASE).entity(EntityKind.ORGANISATION, "—")
    assert str(iri).startswith(BASE + "id/organisation/")
    assert len(str(iri)) > len(BASE + "id/organisation/")


@pytest.mark.parametrize("bad", ["no scheme", "http://a b", 'http://a"b', "http://a<b>"])
def test_check_iri_rejects_invalid(bad: str) -> None:
    with pytest.raises(IRIError):
        check_iri(bad)


@given(st.text(min_size=1, max_size=120))
def test_any_unicode_key_gives_a_valid_stable_iri(key: str) -> None:
    iri = Minter(BASE).entity(EntityKind.EVENT, key)
    assert check_iri(str(iri)) == iri
    assert str(iri).isascii()
    assert Minter(BASE).entity(EntityKind.EVENT, key) == iri


@given(st.text(max_size=40))
def test_article_graph_iri_is_valid_for_any_id(article_id: str) -> None:
    iri = Minter(BASE).article_graph(article_id or "x")
    assert check_iri(str(iri)) == iri
