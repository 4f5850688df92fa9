"""The letterhead and the signature block of a legal document, written in capitals.

A decision or plan opens with its issuer in capitals above its number ("ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH" / "Số: 1528/QĐ-UBND") and closes with its signer under a capitalised post
("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Trần Châu"). The name rules read names in the case
running text writes them, so neither is found there; yet the issuer is whom the number's
"-UBND" names and the signer is the one person the document names. Both are read here, by
layout: capitalised lines above the number near the top; a name alone on its line under a
capitalised post.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from graph_builder.nlp.lexicon import Lexicon, norm
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.people import PersonMention
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Span
from graph_builder.textnorm import in_capitals

HEADER_LINES = 30  # the letterhead comes before the number and the title
_NUMBER_LINE = re.compile(r"Số\s*:?\s*\d")
_MOTTO = ("cộng hòa xã hội chủ nghĩa việt nam", "độc lập - tự do - hạnh phúc")
_NAME_LINE = re.compile(rf"{NAME_SYLLABLE}(?: {NAME_SYLLABLE}){{1,4}}")


def letterhead_orgs(text: str, lex: Lexicon) -> list[OrgMention]:
    """The issuing bodies: capitalised lines that an organisation head opens, above the
    document's number ("Số: 1528/QĐ-UBND") in its first lines."""
    lines = list(itertools.islice(_lines(text), HEADER_LINES))
    number = next((i for i, line in enumerate(lines) if _NUMBER_LINE.match(line.text)), None)
    out = []
    for line in lines[:number] if number is not None else []:
        kind = _body_kind(line.text, lex) if in_capitals(line.text) else None
        if kind is None:
            continue
        entry = lex.canonical_org(line.text)
        canonical = entry.canonical if entry else None
        out.append(OrgMention(line.start, line.end, line.text, kind, canonical))
    return out


def signers(text: str, lex: Lexicon, issuers: list[OrgMention]) -> list[PersonMention]:
    """Names alone on their line under a capitalised post: the document's signers, members
    of its issuer (the first letterhead body)."""
    lines = list(_lines(text))
    body = [Span(issuers[0].start, issuers[0].end, issuers[0].text)] if issuers else []
    out = []
    for post_line, name_line in itertools.pairwise(lines):
        name = name_line.text
        if not (_NAME_LINE.fullmatch(name) and name.split()[0] in lex.surnames):
            continue
        role = _signed_post(post_line, lex)
        if role is None:
            continue
        out.append(
            PersonMention(
                name_line.start,
                name_line.end,
                name,
                roles=[_post_name(role.text, lex)],
                role_spans=[role],
                affiliations=list(body),
            )
        )
    return out


def with_letterheads(orgs: list[OrgMention], text: str, lex: Lexicon) -> list[OrgMention]:
    """`orgs` (disjoint, in text order) with the letterhead bodies, which win where they
    overlap (an abbreviation read inside "UBND TỈNH X" is part of the letterhead)."""
    heads = letterhead_orgs(text, lex)
    if not heads:
        return orgs
    kept = [o for o in orgs if not any(o.start < h.end and h.start < o.end for h in heads)]
    return sorted(kept + heads, key=lambda m: m.start)


def with_signers(
    people: list[PersonMention], text: str, lex: Lexicon, orgs: list[OrgMention]
) -> list[PersonMention]:
    """`people` with the signers, who replace a bare reading of the same name (the post
    and the body are known only from the layout)."""
    header_end = _header_end(text)
    issuers = [o for o in orgs if o.start < header_end and in_capitals(o.text)]
    found = signers(text, lex, issuers)
    if not found:
        return people
    starts = {p.start for p in found}
    return sorted([p for p in people if p.start not in starts] + found, key=lambda p: p.start)


def _header_end(text: str) -> int:
    lines = list(itertools.islice(_lines(text), HEADER_LINES + 1))
    return lines[-1].end if lines else 0


def _lines(text: str) -> Iterator[Span]:
    """The non-blank lines, stripped, with their offsets; a table's bars split a line into
    its cells ("ỦY BAN NHÂN DÂN | CỘNG HÒA ...": the issuer, then the motto)."""
    for match in re.finditer(r"[^\n|]+", text):
        stripped = match.group().strip()
        if stripped:
            start = match.start() + match.group().index(stripped)
            yield Span(start, start + len(stripped), stripped)


def _body_kind(line: str, lex: Lexicon) -> str | None:
    """The kind the longest organisation head opening the line gives; None for the national
    motto or a line no head opens (a title such as "QUYẾT ĐỊNH")."""
    folded = norm(line)
    if folded in _MOTTO:
        return None
    heads = [h for h in lex.org_heads if f"{folded} ".startswith(norm(h.label) + " ")]
    return max(heads, key=lambda h: len(h.label)).kind if heads else None


def _signed_post(line: Span, lex: Lexicon) -> Span | None:
    """The post a signer signs as: the line's last words that make a post ("KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH": the deputy signs for the chair, so the post is "PHÓ CHỦ TỊCH")."""
    if not in_capitals(line.text):
        return None
    starts = [m.start() for m in re.finditer(r"\S+", line.text)]
    for offset in starts:  # the longest first
        post = line.text[offset:]
        if _is_post(post, lex):
            return Span(line.start + offset, line.end, post)
    return None


def _is_post(post: str, lex: Lexicon) -> bool:
    folded = norm(post)
    return any(folded == norm(p.label) for p in lex.posts)


def _post_name(post: str, lex: Lexicon) -> str:
    """The post as the gazetteer writes it ("PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"): the role is a
    label, and the capitals are only the signature block's layout."""
    folded = norm(post)
    return next((p.canonical for p in lex.posts if norm(p.label) == folded), post)
