"""Every default in one place. Library code takes a `BuildConfig`; only the CLI reads flags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE_IRI = "https://w3id.org/policykg/"
DEFAULT_STORE = Path("data/store")
DEFAULT_RAW = Path("data/raw")
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "policykg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
VOCAB_DIR = ONTOLOGY_DIR / "vocab"
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, kw_only=True)
class BuildConfig:
    """How one build runs: where IRIs live, which vocabularies feed the gazetteers."""

    base_iri: str = DEFAULT_BASE_IRI
    vocab_dir: Path = VOCAB_DIR
    store_path: Path | str = DEFAULT_STORE  # a directory, or sparql+http://... (remote)
    use_pyvi: bool = True
    validate: bool = True
