"""Where an organisation's key splits off its place: a place closes a name capitalised."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.keys import organisation_key, split_place


def place_of(name: str, lex: Lexicon) -> str | None:
    return split_place(organisation_key(name), lex, name)[1]


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Sở Tư pháp tỉnh Nghệ An", "nghệ an"),
        ("Đại sứ quán Pháp", "pháp"),
        ("Hội Khuyến học Việt Nam và", "việt nam"),  # a name read on to "và": still its place
        ("Sở Tư pháp", None),  # justice, not France
        ("Học viện Tư pháp", None),
    ],
)
def test_only_a_capitalised_place_closes_a_name(name: str, place: str | None, lex: Lexicon) -> None:
    assert place_of(name, lex) == place
