"""Bodies written with a generic place word are the bodies of the article's place.

"Sở Lao động - Thương binh và Xã hội tỉnh" in an article about Nghệ An and in one about
Quảng Ngãi are two departments; in an article about Nghệ An it is the one another article
names in full ("... tỉnh Nghệ An"). "UBND xã" names no commune a gazetteer could know, so
each article's is its own. In one article, "UBND huyện" is never "UBND tỉnh X".
"""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from graph_builder.build.builder import build
from graph_builder.config import BuildConfig
from graph_builder.store.generations import GenerationStore
from tests.conftest import DATA

MENTIONED = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?a WHERE {{ ?s a pkg:Organisation ; rdfs:label ?l ; pkg:mentionedIn ?a
                      FILTER(STRSTARTS(?l, {text})) }}"""
ALT_LABELS = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?l WHERE {{ <{iri}> skos:altLabel ?l }}"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> GenerationStore:
    folder = tmp_path_factory.mktemp("local_bodies")
    shutil.copytree(DATA / "local_bodies", folder / "raw")
    report = build([folder / "raw"], BuildConfig(store_path=folder / "store", use_pyvi=False))
    assert not report.failed
    return GenerationStore(folder / "store")


def articles_of(store: GenerationStore, label: str) -> dict[str, set[str]]:
    """Each resource labelled `label...` -> the articles that mention it."""
    out: dict[str, set[str]] = {}
    for row in store.select(MENTIONED.format(text=ox.Literal(label))):
        out.setdefault(row["s"], set()).add(row["a"].rsplit("/", 1)[-1])
    return out


def test_a_provincial_department_is_the_one_of_the_article_province(
    store: GenerationStore,
) -> None:
    departments = articles_of(store, "Sở Lao động - Thương binh và Xã hội")
    assert sorted(departments.values(), key=len) == [{"quang_ngai"}, {"nghe_an_1", "nghe_an_2"}]
    assert all(iri.endswith(("-nghe-an", "-quang-ngai")) for iri in departments)


def test_a_commune_committee_is_each_article_own(store: GenerationStore) -> None:
    communes = articles_of(store, "UBND xã")
    assert sorted(map(sorted, communes.values())) == [["nghe_an_1"], ["quang_ngai"]]


def test_a_district_committee_is_not_the_province_committee(store: GenerationStore) -> None:
    (district,) = articles_of(store, "UBND huyện Nghi Lộc")
    forms = {row["l"] for row in store.select(ALT_LABELS.format(iri=district))}
    assert forms == {"UBND huyện"}
    (province,) = articles_of(store, "UBND tỉnh Quảng Ngãi")
    assert not store.select(ALT_LABELS.format(iri=province))


def test_a_department_written_with_no_place_is_the_article_province_one(
    store: GenerationStore,
) -> None:
    departments = articles_of(store, "Sở Y tế")
    assert sorted(map(sorted, departments.values())) == [["nghe_an_2"], ["quang_ngai"]]


def test_a_party_committee_written_bare_is_the_article_province_one(
    store: GenerationStore,
) -> None:
    committees = articles_of(store, "Tỉnh ủy")
    assert sorted(map(sorted, committees.values())) == [["nghe_an_2"], ["quang_ngai"]]
    assert all(iri.endswith(("-nghe-an", "-quang-ngai")) for iri in committees)


def test_a_district_party_committee_written_bare_is_each_article_own(
    store: GenerationStore,
) -> None:
    committees = articles_of(store, "Huyện ủy")
    assert sorted(map(sorted, committees.values())) == [["nghe_an_1"], ["quang_ngai"]]


def test_the_justice_department_is_no_body_of_france(store: GenerationStore) -> None:
    """ "Pháp" is France, "pháp" in "Sở Tư pháp" is justice: the department goes on to its
    province and is the one the other article writes bare."""
    (department,) = articles_of(store, "Sở Tư pháp").items()
    assert department[0].endswith("/so-tu-phap-nghe-an")
    assert department[1] == {"nghe_an_1", "nghe_an_2"}


LABEL = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?l WHERE {{ <{iri}> rdfs:label ?l }}"""


def test_a_body_keyed_by_the_article_province_is_labelled_with_it(
    store: GenerationStore,
) -> None:
    """The resource is that province's department in every article: its one label says
    which, the bare form each article writes stays an altLabel."""
    labels = {
        row["l"]
        for iri in articles_of(store, "Sở Y tế")
        for row in store.select(LABEL.format(iri=iri))
    }
    assert labels == {"Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Quảng Ngãi"}


def test_an_association_of_no_named_place_is_each_article_branch(
    store: GenerationStore,
) -> None:
    branches = articles_of(store, "Hội Phụ nữ")
    assert sorted(map(sorted, branches.values())) == [["nghe_an_1"], ["quang_ngai"]]
    (provincial,) = articles_of(store, "Hội Người cao tuổi tỉnh Nghệ An").values()
    assert provincial == {"nghe_an_1"}


def test_an_executive_committee_of_no_named_body_is_each_article_own(
    store: GenerationStore,
) -> None:
    """ "Ban Chấp hành khóa I" is the board of whatever the article is about: not one board
    for every article that elects one."""
    boards = articles_of(store, "Ban Chấp hành")
    assert sorted(map(sorted, boards.values())) == [["nghe_an_2"], ["quang_ngai"]]


PLACE_LABELS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?l WHERE { ?p a pkg:Place ; rdfs:label ?l }"""


def test_a_place_no_gazetteer_knows_keeps_its_written_label(store: GenerationStore) -> None:
    """Its key is folded ("vinh") for identity; the label is the name as written, with the
    province it is keyed by."""
    labels = {row["l"] for row in store.select(PLACE_LABELS)}
    assert "thành phố Vinh, tỉnh Nghệ An" in labels
    assert all(any(c.isupper() for c in label) for label in labels), labels


PLACES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?a WHERE {{ ?s a pkg:Place ; pkg:mentionedIn ?a ; skos:altLabel|rdfs:label ?l
                      FILTER(STRSTARTS(?l, {text})) }}"""


def places_of(store: GenerationStore, label: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    query = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + PLACES
    for row in store.select(query.format(text=ox.Literal(label))):
        out.setdefault(row["s"], set()).add(row["a"].rsplit("/", 1)[-1])
    return out


def test_a_commune_is_the_one_of_the_article_province(store: GenerationStore) -> None:
    """A commune's name repeats across provinces: "xã Tân Hiệp" of Nghệ An and of Quảng
    Ngãi are two places; a district named in two articles of its province is one."""
    communes = places_of(store, "xã Tân Hiệp")
    assert sorted(map(sorted, communes.values())) == [["nghe_an_1"], ["quang_ngai"]]
    (district,) = places_of(store, "huyện Nghi Lộc").values()
    assert district == {"nghe_an_1", "nghe_an_2"}


ENGLISH = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?l WHERE {{ ?s rdfs:label ?l ; rdfs:label ?vi
                      FILTER(lang(?l) = "en" && lang(?vi) = "vi" && STRSTARTS(?vi, {text})) }}"""


def english_labels(store: GenerationStore, label: str) -> set[str]:
    return {row["l"] for row in store.select(ENGLISH.format(text=ox.Literal(label)))}


def test_what_the_gazetteer_knows_has_its_english_name_too(store: GenerationStore) -> None:
    """For systems reading the dumps in English: the province and the national body the
    gazetteer names in English; a department keyed by its province has no English name."""
    assert english_labels(store, "Nghệ An") == {"Nghe An"}
    assert english_labels(store, "Sở Y tế") == set()


CONCEPTS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?l ?concept ?name WHERE {{ ?s rdfs:label ?l FILTER(lang(?l) = "vi" && STRSTARTS(?l, {text}))
    OPTIONAL {{ ?s skos:exactMatch ?concept . ?concept skos:prefLabel ?name
                FILTER(lang(?name) = "vi") }} }}"""


def gazetteer_concepts(store: GenerationStore, label: str) -> dict[str, str | None]:
    """Each resource labelled `label...` -> the prefLabel of the concept it matches."""
    rows = store.select(CONCEPTS.format(text=ox.Literal(label)))
    return {row["l"]: row.get("name") for row in rows}


def test_what_the_gazetteer_knows_links_to_its_concept(store: GenerationStore) -> None:
    """A province is the gazetteer's concept, whose page (/vocab/...) has every name it
    goes by; a department keyed by its province is no concept of the gazetteer."""
    assert gazetteer_concepts(store, "Nghệ An") == {"Nghệ An": "Nghệ An"}
    departments = gazetteer_concepts(store, "Sở Y tế")
    assert departments and set(departments.values()) == {None}


def test_a_concept_page_lists_what_matches_it(store: GenerationStore) -> None:
    """The place's page links to its concept here (not to w3id.org), and the concept's page
    names it in both languages and links back to every resource that is it."""
    from tests.conftest import endpoint_app

    client = endpoint_app(store.root).test_client()
    html = {"Accept": "text/html"}
    place = client.get("/id/place/nghe-an", headers=html).get_data(as_text=True)
    assert 'href="/vocab/places-nghe-an"' in place
    concept = client.get("/vocab/places-nghe-an", headers=html)
    body = concept.get_data(as_text=True)
    assert concept.status_code == 200
    assert "<h1>Nghệ An" in body and "Nghe An" in body
    assert 'href="/id/place/nghe-an"' in body  # incoming skos:exactMatch
    turtle = client.get("/vocab/places-nghe-an", headers={"Accept": "text/turtle"})
    assert "skos:exactMatch" in turtle.get_data(as_text=True)


EVENTS = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?s ?a WHERE {{ ?s a pkg:Event ; rdfs:label ?l ; pkg:mentionedIn ?a
                      FILTER(STRSTARTS(?l, {text})) }}"""


def test_a_campaign_named_with_its_year_is_one_across_articles(store: GenerationStore) -> None:
    """Two provinces launch the same month-long campaign on different days: one event."""
    rows = store.select(EVENTS.format(text=ox.Literal("Tháng hành động vì trẻ em năm 2024")))
    assert {row["s"] for row in rows} == {rows[0]["s"]}
    assert {row["a"].rsplit("/", 1)[-1] for row in rows} == {"nghe_an_1", "quang_ngai"}
