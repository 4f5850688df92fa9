"""Agreements between bodies: "ký kết ... giữa A với B", and "A và B (đã) ký kết ..."; each
signed an agreement with the other (signedAgreementWith, both ways). Provinces sign too:
"3 tỉnh A – B – C đã ký kết ..." (each pair of the places listed)."""

from __future__ import annotations

import bisect
import itertools
import re

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.model import Predicate, Relation
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.text import Span

_BETWEEN = re.compile(r"ký kết[^.;]{0,40}? giữa (.+?) (?:với|và) (.+?)(?: về|[,.;]|$)")
_SIGN = re.compile(r"(?<![\wÀ-ỹ])ký kết(?![\wÀ-ỹ])")
# From the second body to "ký kết": an aside in parentheses, "đã", "vừa", "cùng"
_TO_SIGN = re.compile(r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:đã|vừa|cùng|chính thức)\s+)*$")
_AND = re.compile(r"\s+(?:và|với|cùng)\s+")
# "3 tỉnh", "hai tỉnh", "các tỉnh, thành phố" right before a list of places
_PROVINCES = re.compile(
    r"(?<![\wÀ-ỹ])(?:\d+|hai|ba|bốn|năm|các)\s+(?:tỉnh|thành phố|địa phương)"
    r"(?:\s*,\s*thành(?: phố)?)?\s+$",
    re.IGNORECASE,
)
_PLACE_SEP = re.compile(r"\s*[,–-]\s*|\s+(?:và|với)\s+")


def agreements(
    text: str, sents: list[Span], index: OrgIndex, orgs: list[OrgMention], places: list[Span]
) -> list[Relation]:
    out = []
    for sent in sents:
        if "ký kết" not in sent.text:
            continue
        for x, y in _places_signing(text, sent, places):
            out.append(Relation(x, Predicate.SIGNED_AGREEMENT_WITH, y))
        first = bisect.bisect_left(orgs, sent.start, key=lambda o: o.start)  # text order
        inside = orgs[first : bisect.bisect_left(orgs, sent.end, key=lambda o: o.start)]
        for a, b in _between(sent, inside) or _pairs_before(text, sent, inside):
            x, y = index.group_of(a).name, index.group_of(b).name
            if x != y:
                out += [
                    Relation(x, Predicate.SIGNED_AGREEMENT_WITH, y),
                    Relation(y, Predicate.SIGNED_AGREEMENT_WITH, x),
                ]
    return out


def _between(sent: Span, inside: list[OrgMention]) -> list[tuple[OrgMention, OrgMention]]:
    """ "ký kết thỏa thuận giữa A với B": the first body of each side."""
    m = _BETWEEN.search(sent.text)
    if not m:
        return []
    left = [o for o in inside if sent.start + m.start(1) <= o.start < sent.start + m.end(1)]
    right = [o for o in inside if sent.start + m.start(2) <= o.start < sent.start + m.end(2)]
    return [(left[0], right[0])] if left and right else []


def _pairs_before(
    text: str, sent: Span, inside: list[OrgMention]
) -> list[tuple[OrgMention, OrgMention]]:
    """ "A và B (trực thuộc Bộ X) đã ký kết chương trình phối hợp": two bodies joined by
    "và" right before the verb, as its subject."""
    out = []
    for sign in _SIGN.finditer(sent.text):
        at = sent.start + sign.start()
        aside = _TO_SIGN.search(text, sent.start, at)  # "(trực thuộc Bộ X) đã": skipped
        at = aside.start() if aside else at
        before = [o for o in inside if o.end <= at]
        if len(before) < 2:
            continue
        a, b = before[-2], before[-1]
        if _AND.fullmatch(text[a.end : b.start]) and not text[b.end : at].strip():
            out.append((a, b))
    return out


def _places_signing(text: str, sent: Span, places: list[Span]) -> list[tuple[str, str]]:
    """ "3 tỉnh Nghệ An – Thanh Hóa – Hà Tĩnh đã ký kết kế hoạch ...": the places listed
    right before the verb, after "N tỉnh", are its subject; each pair both ways."""
    out = []
    for sign in _SIGN.finditer(sent.text):
        at = sent.start + sign.start()
        aside = _TO_SIGN.search(text, sent.start, at)
        end = aside.start() if aside else at
        chain: list[Span] = []
        for place in reversed([p for p in places if sent.start <= p.start and p.end <= end]):
            gap = text[place.end : end]
            if gap.strip() if not chain else not _PLACE_SEP.fullmatch(gap):
                break
            chain.insert(0, place)
            end = place.start
        if len(chain) >= 2 and _PROVINCES.search(text, sent.start, end):
            out += [(a.text, b.text) for a, b in itertools.permutations(chain, 2)]
    return out
