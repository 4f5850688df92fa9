"""The shipped corpus: each article once, each with its source, each gold with its article.

Two collectors once took the same page (one under two names, b04 and b39): its gold counted
twice in a held-out score and the graph read it twice. An article's name ends with a hash
of its source (of its URL, in most sets), so a page taken twice shows as a repeated hash
as well as a repeated URL.
"""

from __future__ import annotations

import csv
from collections import Counter

from tests.conftest import REPO

RAW = REPO / "data" / "raw"
GOLD = REPO / "data" / "gold"
SEEDS = "00"  # the five development articles, written for the project: no source row
COLUMNS = ["file", "url", "site", "title", "date", "repository", "licence", "basis"]


def sources() -> list[dict[str, str]]:
    with (REPO / "data" / "SOURCES.tsv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows), "a row with a tab inside a field"
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def test_every_article_has_one_source_row_and_every_row_its_article() -> None:
    files = {p.name for p in RAW.glob("*.txt") if not p.name.startswith(SEEDS)}
    named = Counter(row["file"] for row in sources())
    assert not [name for name, n in named.items() if n > 1]
    assert set(named) == files


def test_no_page_is_in_the_corpus_twice() -> None:
    rows = sources()
    urls = Counter(row["url"] for row in rows)
    assert not [url for url, n in urls.items() if n > 1]
    hashes = Counter(p.stem.split("_", 1)[1] for p in RAW.glob("*.txt"))
    assert not [h for h, n in hashes.items() if n > 1]


def test_every_gold_file_has_its_article() -> None:
    missing = [g.name for g in GOLD.glob("*.json") if not (RAW / f"{g.stem}.txt").exists()]
    assert not missing
