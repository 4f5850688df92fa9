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


# --- fetch (policykg fetch): politeness and limits of the downloader ---
PROJECT_URL = "https://w3id.org/policykg/"  # in the User-Agent, so a site owner can find us
FETCH_ROBOTS_AGENT = "PolicyKG"  # the product token robots.txt rules are matched against
FETCH_DELAY_S = 1.0  # between two requests to one host (robots Crawl-delay wins when larger)
FETCH_CONNECT_TIMEOUT_S = 10.0
FETCH_READ_TIMEOUT_S = 30.0  # between two bytes; a page also gets FETCH_TOTAL_TIMEOUT_S in all
FETCH_TOTAL_TIMEOUT_S = 120.0
FETCH_MAX_BYTES = 10 * 1024 * 1024  # a news page is ~200 kB; more is not an article
FETCH_RETRIES = 2  # after the first try, on 5xx, 429 and connection errors; never on 4xx
FETCH_BACKOFF_S = 2.0  # first pause before a retry, doubled each time, capped below
FETCH_MAX_BACKOFF_S = 60.0
FETCH_MAX_REDIRECTS = 5
FETCH_MAX_CRAWL_DELAY_S = 60.0  # a robots Crawl-delay is honoured up to this
FETCH_MAX_SITEMAP_DEPTH = 3  # an index of indexes of sitemaps, no deeper
FETCH_MAX_SITEMAPS = 200  # sitemap files read in one run, all indexes together
FETCH_MAX_PAGES = 10_000  # pages one run downloads at most (feeds and sitemaps can be huge)
