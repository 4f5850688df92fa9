"""Place spans -> Place entities, keyed so that one resource is one place.

A province, a country or a region has one name in the country or the world: its
gazetteer concept is its key. A district, commune or village does not: "huyện Tân Phú"
is in Đồng Nai and "quận Tân Phú" in Thành phố Hồ Chí Minh, and a "xã Vĩnh An" is in
several provinces. Keyed by its name alone, each would be one resource for all of them
across articles, so such a place is keyed with the article's one province (the one every
place it names lies in, `home_province`), else with the article.
"""

from __future__ import annotations

from graph_builder.extract.model import Mention, Place
from graph_builder.nlp.lexicon import Entry, Lexicon, norm
from graph_builder.nlp.rules.place_context import numbered_hamlet
from graph_builder.nlp.rules.place_lists import unit_key_name
from graph_builder.nlp.rules.place_lookup import place_entry
from graph_builder.nlp.rules.text import Intervals, Span

NAMED_ONCE = frozenset({"province", "city", "country", "region", "territory", "airport"})


def keyed_places(
    found: list[Span],
    taken: list[tuple[int, int]],
    lex: Lexicon,
    *,
    province: str | None,
    article_id: str,
) -> list[Place]:
    """One place per key, named as first written; none inside other names (`taken`), and
    no hamlet named by its number alone ("ấp 5", "tổ dân phố 3"): a part of an address,
    not a place a reader lists (it stays in the span, for an event's venue)."""
    by_key: dict[str, list[Span]] = {}
    labels: dict[str, str] = {}
    known: dict[str, Entry] = {}  # key -> the gazetteer's concept, for its English name
    inside_names = Intervals(taken)
    for span in found:
        if inside_names.covers(span.start) or numbered_hamlet(span.text, lex):
            continue
        entry = place_entry(span.text, lex)
        name = entry.canonical if entry else norm(unit_key_name(span.text, lex))
        if entry is not None and entry.kind in NAMED_ONCE:
            key, label = name, name  # the gazetteer's prefLabel
            known.setdefault(key, entry)
        else:
            key, label = _local(name, span.text, lex, province, article_id)
        by_key.setdefault(key, []).append(span)
        labels.setdefault(key, label)
    return [
        Place(
            name=spans[0].text,
            key=key,
            mentions=tuple(Mention(s.start, s.end, s.text) for s in spans),
            label=labels[key],
            english=known[key].english if key in known else None,
            concept=known[key].concept if key in known else None,
        )
        for key, spans in by_key.items()
    ]


def _local(
    name: str, written: str, lex: Lexicon, province: str | None, article_id: str
) -> tuple[str, str]:
    """The key and label of a place below a province: "tân phú @đồng nai", labelled
    "huyện Tân Phú, tỉnh Đồng Nai"; with no one province, the article's, as written."""
    entry = lex.place(province) if province else None
    if entry is None:
        return f"{name} @article {article_id}", written
    return f"{name} @{norm(entry.canonical)}", f"{written}, {with_unit(entry)}"


def with_unit(province: Entry) -> str:
    """A province named with its unit's word: "tỉnh Nghệ An", "thành phố Đà Nẵng", and
    "Thành phố Hồ Chí Minh" as the gazetteer already writes it."""
    if province.canonical.lower().startswith(("tỉnh ", "thành phố ")):
        return province.canonical
    return f"{'thành phố' if province.kind == 'city' else 'tỉnh'} {province.canonical}"
