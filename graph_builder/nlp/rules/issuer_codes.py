"""Who issued a legal document, read from its number's suffix: "32/2010/QĐ-TTg" is the
Prime Minister's, "555/LĐTBXH-BTXH" the ministry's. The table is data
(data/lexicon/issuer_codes.txt); a ministry's code is also read through the gazetteer.
"""

from __future__ import annotations

import re
from functools import cache

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, word_list

ISSUER_FILE = "issuer_codes.txt"  # suffix -> issuer, as data


def _lines(name: str) -> tuple[str, ...]:
    return tuple(word_list(LEXICON_DIR / name))


@cache
def issuer_codes() -> dict[str, str]:
    """ "code = issuer" lines of data/lexicon/issuer_codes.txt."""
    pairs = (line.partition("=") for line in _lines(ISSUER_FILE))
    return {code.strip(): issuer.partition(";")[0].strip() for code, _, issuer in pairs}


@cache
def local_issuers() -> frozenset[str]:
    """Issuers flagged "local" in issuer_codes.txt: a province's or district's body."""
    pairs = (line.partition("=")[2].partition(";") for line in _lines(ISSUER_FILE))
    return frozenset(issuer.strip() for issuer, _, flags in pairs if "local" in flags)


def issuer_from_code(code: str | None, lex: Lexicon) -> str | None:
    if not code:
        return None
    base = re.sub(r"\d+$", "", code)
    codes = issuer_codes()
    if base in codes:
        return codes[base]
    # a ministry's code is "B" + its initials in a legal number ("TT-BLĐTBXH") and its
    # initials alone in a letter's ("555/LĐTBXH-BTXH")
    entry = lex.canonical_org(base.lstrip("/")) or lex.canonical_org("B" + base)
    return entry.canonical if entry else None


KIND_FILE = "kind_codes.txt"  # code -> kind of document, as data


def kind_codes(flag: str) -> dict[str, str]:
    """ "code = kind; flags" lines of kind_codes.txt whose flags hold `flag` ("76/2024/NĐ-CP"
    a Nghị định: the number's kind code, beside the issuer's)."""
    out: dict[str, str] = {}
    for line in _lines(KIND_FILE):
        code, _, rest = line.partition("=")
        kind, *flags = (part.strip() for part in rest.split(";"))
        if flag in flags:
            out[code.strip()] = kind
    return out
