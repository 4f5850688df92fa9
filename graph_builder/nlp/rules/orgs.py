"""Organisations: gazetteer names plus head-word phrases ("Sở ...", "Trung tâm ...",
read by graph_builder.nlp.rules.org_phrases), the longer winning where they overlap.

Abbreviated and full forms ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã
hội") share one key by expanding abbreviations through the gazetteer.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from graph_builder.nlp.lexicon import Lexicon, norm, per_lexicon
from graph_builder.nlp.rules.brand_names import brand_names
from graph_builder.nlp.rules.country_units import branch_of_country
from graph_builder.nlp.rules.org_phrases import head_phrases
from graph_builder.nlp.rules.quoted_bodies import quoted_bodies
from graph_builder.nlp.rules.text import Span, alternation


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    text: str
    kind: str
    canonical: str | None  # gazetteer prefLabel
    abbreviates: str | None = None  # the full name this abbreviation stands for, as written


# "Luật Tổ chức Chính phủ", "Luật Tổ chức Quốc hội": a law named by the body it organises
_ORGANISED_BY_LAW = re.compile(r"(?<![\wÀ-ỹ])(?:luật|pháp lệnh)\s+tổ chức\s+$", re.IGNORECASE)


def find_orgs(text: str, lex: Lexicon) -> list[OrgMention]:
    brands = _brands(text, lex)
    quoted = [OrgMention(a, b, text[a:b], "other", None) for a, b in quoted_bodies(text, lex)]
    found = _gazetteer(text, lex) + _phrases(text, lex) + _suffixed(text, lex) + brands + quoted
    found = [m for m in found if not _ORGANISED_BY_LAW.search(text, max(0, m.start - 20), m.start)]
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []  # disjoint, in text order: only the last can clash
    for m in found:
        clash = kept[-1] if kept and m.start < kept[-1].end else None
        if clash is None:
            kept.append(m)
            continue
        long, short = (m, clash) if m.end - m.start > clash.end - clash.start else (clash, m)
        if short.canonical is not None and long.canonical is None and short.start == long.start:
            # another body than the gazetteer's: a foreign body's office ("Chính phủ Anh",
            # "World Vision Việt Nam"), a national body's branch ("... Việt Nam tỉnh X")
            tail = text[short.end : long.end].strip(" -–")
            if (
                long in brands
                or _country_after(lex).fullmatch(text, short.end, long.end)
                or branch_of_country(short.text, tail)
            ):
                best = OrgMention(long.start, long.end, long.text, short.kind, None)
            elif _extends(short, long, lex):
                best = OrgMention(long.start, long.end, long.text, short.kind, short.canonical)
            else:
                best = short
        else:
            best = long
        kept[-1] = best
    return sorted(_foreign_bodies(kept, text, lex), key=lambda m: m.start)


def _extends(short: OrgMention, long: OrgMention, lex: Lexicon) -> bool:
    """A gazetteer name followed by a place ("Bộ ... Việt Nam") is the same body."""
    if short.canonical is None:
        return True
    tail = long.text[short.end - long.start :].strip(" -–")
    return lex.place(tail) is not None or not tail


def _foreign_bodies(found: list[OrgMention], text: str, lex: Lexicon) -> list[OrgMention]:
    """ "Chính phủ Anh", "Bộ Ngoại giao Trung Quốc", "Quốc hội Mỹ": a body of the gazetteer
    (Vietnam's, or an international one) with a foreign country's name right after it is
    that country's body or office, another organisation than the gazetteer's. After a
    body's name a country is no given name, so the ambiguous ones count ("Anh", "Đức");
    not a province a country's name begins ("Sở Y tế Lào Cai")."""
    out = []
    for m in found:
        country = _country_after(lex).match(text, m.end) if m.canonical else None
        if country is None:
            out.append(m)
            continue
        end = country.end()
        out.append(OrgMention(m.start, end, text[m.start : end], m.kind, None))
    return out


@per_lexicon
def _country_after(lex: Lexicon) -> re.Pattern[str]:
    names = alternation(e.label for e in lex.places if lex.foreign_country(e))
    return re.compile(rf"[ \t]+(?:{names})(?![\wÀ-ỹ])(?![ \t]+[A-ZĐÀ-Ỹ])")


def _gazetteer(text: str, lex: Lexicon) -> list[OrgMention]:
    out = []
    for pattern in _gazetteer_patterns(lex):
        for m in pattern.finditer(text):
            entry = lex.canonical_org(m.group())
            if entry is None or m.group()[0] != entry.label[0]:
                continue  # "chính phủ" in "phi chính phủ" is no body
            out.append(
                OrgMention(m.start(), m.end(), m.group(), entry.kind or "other", entry.canonical)
            )
    return out


@per_lexicon
def _gazetteer_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """Two alternations compiled once per lexicon: acronyms match case-sensitively, long
    names ignoring case (the first letter is checked after matching)."""
    labels = sorted({e.label for e in lex.organisations}, key=len, reverse=True)
    exact = [x for x in labels if len(x) <= 6 or x.isupper()]
    loose = [x for x in labels if x not in exact]
    return tuple(
        re.compile(
            r"(?<![\wÀ-ỹ/-])(?:" + "|".join(_loose(x) for x in labels) + r")(?![\wÀ-ỹ])", flags
        )
        for labels, flags in ((exact, 0), (loose, re.IGNORECASE))
        if labels
    )


def _loose(label: str) -> str:
    """Dashes and spaces around them vary in writing, and a comma stands for a dash ("Bộ Lao
    động, Thương binh và Xã hội"; lexicon.loose reads both as one name)."""
    parts = [re.escape(p) for p in re.split(r"\s*[-–—]\s*", label)]
    return r"(?:\s*[-–—]\s*|,\s*)".join(parts)


def _phrases(text: str, lex: Lexicon) -> list[OrgMention]:
    out = []
    for phrase in head_phrases(text, lex):
        name = text[phrase.start : phrase.end]
        entry = lex.canonical_org(name)
        kind = entry.kind if entry and entry.kind else phrase.head.kind
        canonical = entry.canonical if entry else None
        out.append(OrgMention(phrase.start, phrase.end, name, kind, canonical))
    return out


def _suffixed(text: str, lex: Lexicon) -> list[OrgMention]:
    """ "Pacific Airlines", "Masan Group": a name in Latin letters that ends with a suffix of
    data/lexicon/org_suffixes.txt, written without a Vietnamese head word. A Vietnamese
    word that opens the run ("Theo", "Tại") is running text, not the name."""
    out = []
    sentence_words = {*lex.stopwords, *lex.after_names, *map(str.lower, lex.place_cues)}
    for m in _suffixed_pattern(lex).finditer(text):
        start = m.start()
        while (word := text[start:].split(" ", 1)[0]).lower() in sentence_words:
            start += len(word) + 1
        if text[start : m.end()].count(" ") >= 1:
            out.append(OrgMention(start, m.end(), text[start : m.end()], "other", None))
    return out


@per_lexicon
def _suffixed_pattern(lex: Lexicon) -> re.Pattern[str]:
    suffixes = alternation(lex.org_suffixes)
    return re.compile(
        rf"(?<![\wÀ-ỹ])(?:[A-Z][A-Za-z0-9&'-]*[ \t]+){{1,3}}(?:{suffixes})(?![\wÀ-ỹ])"
    )


def _brands(text: str, lex: Lexicon) -> list[OrgMention]:
    """ "Unicef Việt Nam", "Agribank Hà Giang": a foreign brand's office or branch."""
    return [OrgMention(a, b, text[a:b], "other", None) for a, b in brand_names(text, lex)]


def org_key(name: str, lex: Lexicon) -> str:
    """Abbreviations expanded, so short and full forms of one body share a key."""
    entry = lex.canonical_org(name)
    if entry is not None:
        return norm(entry.canonical)
    key = norm(name)
    for e in lex.organisations:
        if e.kind == "ministry" and e.label.startswith("Bộ ") and e.label != e.canonical:
            short = norm(e.label.removeprefix("Bộ "))
            full = norm(e.canonical.removeprefix("Bộ "))
            key = re.sub(r"(?<![\wÀ-ỹ])" + re.escape(short) + r"(?![\wÀ-ỹ])", full, key)
    return key


def spans(mentions: list[OrgMention]) -> list[Span]:
    return [Span(m.start, m.end, m.text) for m in mentions]


def org_starting_in(orgs: Sequence[OrgMention], lo: int, hi: int) -> OrgMention | None:
    """The first of `orgs` starting in [lo, hi). `orgs` as find_orgs gives them (disjoint,
    in text order), so a binary search: it runs per name and per role, thousands a text."""
    index = bisect.bisect_left(orgs, lo, key=lambda o: o.start)
    return orgs[index] if index < len(orgs) and orgs[index].start < hi else None


def org_covering(orgs: Sequence[OrgMention], offset: int) -> OrgMention | None:
    """The one of `orgs` (disjoint, in text order) whose span holds `offset`."""
    index = bisect.bisect_right(orgs, offset, key=lambda o: o.start) - 1
    return orgs[index] if index >= 0 and offset < orgs[index].end else None
