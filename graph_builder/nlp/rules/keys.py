"""Keys that make different spellings of one name equal: abbreviations expanded, case,
dashes and spacing folded; a generic place word ("Thành phố", "tỉnh") yields to a named one."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, norm

GENERIC_PLACES = ("thành phố", "tỉnh", "huyện", "quận", "địa phương")


@cache
def abbreviations() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = LEXICON_DIR / "abbreviations.txt"
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            short, full = (part.strip() for part in line.split("=", 1))
            pattern = re.compile(r"(?<![\wÀ-ỹ])" + re.escape(norm(short)) + r"(?![\wÀ-ỹ])")
            pairs.append((pattern, norm(full)))
    return tuple(sorted(pairs, key=lambda p: -len(p[0].pattern)))


@lru_cache(maxsize=1 << 14)
def expand(name: str) -> str:
    """The name's key with abbreviations written out (cached: asked for every mention)."""
    key = norm(name)
    for pattern, full in abbreviations():
        key = pattern.sub(full, key)
    return re.sub(r"\s*-\s*", " ", key).replace("(", "").replace(")", "").strip()


def split_place(key: str, lex: Lexicon) -> tuple[str, str | None]:
    """("sở lao động ...", "quảng ngãi") for "sở lao động ... quảng ngãi"."""
    words = key.split()
    for n in (4, 3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if tail in GENERIC_PLACES:
                return " ".join(words[:-n]), ""
            entry = lex.place(tail)
            if entry is not None:
                base = " ".join(words[:-n])
                base = re.sub(r"\s(tỉnh|thành phố|tp)$", "", base)
                return base, norm(entry.canonical)
    return key, None
