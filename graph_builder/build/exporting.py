"""`policykg extract`: one output file per article, without touching any store."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from graph_builder.build.builder import collect_files, run_info
from graph_builder.config import VOCAB_DIR
from graph_builder.extract.model import Extraction
from graph_builder.ingest.article import Article, IngestError
from graph_builder.ingest.reader import read_article
from graph_builder.rdf.iris import Minter
from graph_builder.rdf.oxconvert import to_ox_quads
from graph_builder.rdf.provenance import article_meta_quads
from graph_builder.rdf.quads import extraction_to_quads
from graph_builder.store.ops import PREFIXES

SUFFIX = {"gold-json": ".json", "trig": ".trig", "jsonld": ".jsonld"}


def write_extractions(
    paths: list[Path], *, fmt: str, out: Path, base_iri: str, use_pyvi: bool = True
) -> list[tuple[str, str]]:
    """Write `<stem><suffix>` per article into `out`; return (file, reason) failures."""
    from graph_builder.extract.extractor import extract_many
    from graph_builder.extract.goldjson import to_gold_json
    from graph_builder.nlp.pipeline import build_nlp

    out.mkdir(parents=True, exist_ok=True)
    articles: list[Article] = []
    failures: list[tuple[str, str]] = []
    for path in collect_files(paths):
        try:
            articles.append(read_article(path))
        except IngestError as e:
            failures.append((str(path), str(e)))
    nlp = build_nlp(vocab_dir=VOCAB_DIR, use_pyvi=use_pyvi)
    for article, ex in zip(articles, extract_many(articles, nlp), strict=True):
        target = out / f"{Path(article.path).stem}{SUFFIX[fmt]}"
        if fmt == "gold-json":
            text = json.dumps(to_gold_json(ex, article), ensure_ascii=False, indent=1)
            target.write_text(text + "\n", encoding="utf-8")
            continue
        target.write_bytes(serialize_article(ex, article, base_iri=base_iri, fmt=fmt))
    return failures


def serialize_article(ex: Extraction, article: Article, *, base_iri: str, fmt: str) -> bytes:
    """TriG or JSON-LD of one article's graph and its meta record (Oxigraph serialises:
    rdflib's TriG writer goes through deprecated Dataset APIs)."""
    mint = Minter(base_iri)
    quads = [
        *extraction_to_quads(ex, article=article, mint=mint),
        *article_meta_quads(article, mint=mint, run=run_info()),
    ]
    rdf_format = ox.RdfFormat.JSON_LD if fmt == "jsonld" else ox.RdfFormat.TRIG
    return ox.serialize(to_ox_quads(quads), format=rdf_format, prefixes=PREFIXES) or b""
