"""What an article's graph depends on besides its bytes: the extraction code and its data.

The build skips an article whose bytes are unchanged. After an upgrade (`git pull`, then
`make run`) the bytes are the same but the rules, word lists and gazetteers are not, and a
store that kept the old graphs would serve yesterday's extraction beside today's code. So
the store records this fingerprint, and a build that finds another one rebuilds every
article. Hashing ~150 small files costs a few milliseconds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from graph_builder import __version__
from graph_builder.config import PROJECT_ROOT, BuildConfig

# The packages whose code decides an article's triples; the endpoint's and the store's do not.
EXTRACTION_PACKAGES = ("ingest", "nlp", "extract", "rdf")
EXTRACTION_MODULES = ("config.py", "textnorm.py")
DATA_FILES = ("data/lexicon/**/*.txt", "data/boilerplate*.txt")


def extraction_fingerprint(config: BuildConfig) -> str:
    """A digest of the extraction code, its data files and the options that shape IRIs."""
    digest = hashlib.sha256()
    options = f"{__version__}|{config.base_iri}|pyvi={config.use_pyvi}"
    digest.update(options.encode())
    for path in _inputs(config):
        digest.update(str(path.relative_to(path.anchor)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _inputs(config: BuildConfig) -> list[Path]:
    package = PROJECT_ROOT / "graph_builder"
    files: list[Path] = [package / name for name in EXTRACTION_MODULES]
    for name in EXTRACTION_PACKAGES:
        files += (package / name).rglob("*.py")
    files += _globbed(PROJECT_ROOT, DATA_FILES)
    files += Path(config.vocab_dir).glob("*.ttl")
    return sorted(p for p in files if p.is_file())


def _globbed(root: Path, patterns: Iterable[str]) -> list[Path]:
    return [p for pattern in patterns for p in root.glob(pattern)]
