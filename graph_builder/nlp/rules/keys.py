"""Keys that make different spellings of one name equal: abbreviations expanded, spelling
variants ("Liên Hiệp Quốc" / "Liên Hợp Quốc") made one, case, dashes and spacing folded; a
generic place word ("Thành phố", "tỉnh") yields to a named one. Both word lists are data
(data/lexicon/abbreviations.txt, spelling_variants.txt). The IRI minter folds the rest
of the punctuation (graph_builder/rdf/iris.identity)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, norm

# "Sở Y tế tỉnh", "UBND thành phố": the province or city of the article, which the key
# leaves open ("sở y tế @"). A district's word stays in the key: "UBND huyện" is no
# "UBND tỉnh X", and joins the one "UBND huyện Y" of the article (extract/agents.py).
GENERIC_PLACES = ("thành phố", "tỉnh", "địa phương")
PLACE_MARK = " @"  # a body's key and the place it is named with: "sở y tế @hà nội"
ORG_GENERIC_HEAD = "tổ chức "  # "Tổ chức Y" and "Y" name one body: the head adds nothing
Pairs = tuple[tuple[re.Pattern[str], str], ...]


def _pairs(file: str) -> Pairs:
    """`written = standard` lines as (whole-word pattern, replacement), longest first."""
    pairs = []
    for line in (LEXICON_DIR / file).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            short, full = (part.strip() for part in line.split("=", 1))
            pattern = re.compile(r"(?<![\wÀ-ỹ])" + re.escape(norm(short)) + r"(?![\wÀ-ỹ])")
            pairs.append((pattern, norm(full)))
    return tuple(sorted(pairs, key=lambda p: -len(p[0].pattern)))


@cache
def abbreviations() -> Pairs:
    return _pairs("abbreviations.txt")


@cache
def spelling_variants() -> Pairs:
    return _pairs("spelling_variants.txt")


# "hội người cao tuổi (nct) tỉnh" written out: "... người cao tuổi (người cao tuổi) tỉnh";
# the initials in brackets say again the words before them, and are not more of the name
_SAID_AGAIN_IN_BRACKETS = re.compile(r"(?<![^\s(])((?:[^\s()]+ ){0,6}[^\s()]+) \(\1\)")


@lru_cache(maxsize=1 << 14)
def expand(name: str) -> str:
    """The name's key with spelling variants made one and abbreviations written out
    (cached: asked for every mention)."""
    key = norm(name)
    for pattern, standard in spelling_variants() + abbreviations():
        key = pattern.sub(standard, key)
    key = _SAID_AGAIN_IN_BRACKETS.sub(r"\1", key)
    return re.sub(r"\s*[-,]\s*", " ", key).replace("(", "").replace(")", "").strip()


# "Thành ủy khóa XVII", "Ban Chấp hành ... khóa XVII": the body in one term, the same body
TERM = r"kh(?:óa|oá)\s+(?:[ivxlc]+|\d{1,2})"  # "khóa XVII", "khoá 12"
_TERM = re.compile(rf"(?<=\S)\s+{TERM}$")
# "Bệnh viện viện Trung ương X": a word typed twice in a row is a slip, the body written once
_TYPED_TWICE = re.compile(r"(?<!\S)(\S+)(?: \1)+(?!\S)")


def organisation_key(name: str) -> str:
    """An organisation's key: `expand`, without a leading generic "Tổ chức", and without
    "và" and "&": "Sở Lao động-Thương binh-Xã hội" and "Sở Lao động - Thương binh và Xã
    hội" are one department, a dash often standing for the "và" (as in lexicon.loose);
    and without the term it is in ("Thành ủy khóa XVII" is the Thành ủy) or a word typed
    twice."""
    key = " ".join(w for w in expand(name).replace("&", " ").split() if w != "và")
    key = _TYPED_TWICE.sub(r"\1", _TERM.sub("", key))
    rest = key.removeprefix(ORG_GENERIC_HEAD)
    return rest if rest and rest != key else key


def split_place(key: str, lex: Lexicon, written: str = "") -> tuple[str, str | None]:
    """("sở lao động ...", "quảng ngãi") for "sở lao động ... quảng ngãi". A place closes a
    name capitalised: when the name as `written` ends in a lower-case word, that word is
    the name's own ("Sở Tư pháp": justice, not the "Sở Tư" of France, "Pháp")."""
    words = key.split()
    last = [w for w in written.rstrip(") ").split() if w not in ("và", "&")][-1:]  # as the key
    proper = not last or not last[0][:1].islower()
    for n in (4, 3, 2, 1):
        if len(words) > n:
            tail = " ".join(words[-n:])
            if tail in GENERIC_PLACES:
                return " ".join(words[:-n]), ""
            entry = lex.place(tail) if proper else None
            if entry is not None:
                base = " ".join(words[:-n])
                if base.endswith(" tại"):  # "Đại sứ quán Anh tại Hà Nội": where it is posted
                    return split_place(base.removesuffix(" tại"), lex)
                base = re.sub(r"\s(tỉnh|thành phố|tp)$", "", base)
                return base, norm(entry.canonical)
    return key, None


def placed_key(base: str, place: str) -> str:
    """A body's key with the place it is named with ("" for a generic place word)."""
    return f"{base}{PLACE_MARK}{place}"


def key_base(key: str) -> str:
    """A key without the place it is named with: "sở y tế" for "sở y tế @hà nội"."""
    return key.partition(PLACE_MARK)[0]


def key_place(key: str) -> str:
    """The place a key is named with: "hà nội" for "sở y tế @hà nội"; "" for a generic
    place word ("sở y tế @", the article's province) and for a key named with none."""
    return key.partition(PLACE_MARK)[2]


def key_text(key: str) -> str:
    """A group key as text: "sở y tế @hà nội" -> "sở y tế hà nội" (the place part joined)."""
    return key.replace(PLACE_MARK, " ")
