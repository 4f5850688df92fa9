"""Abbreviations an article introduces for a body: "Quỹ Nhi đồng Liên Hợp Quốc (UNICEF)".

The article itself says the two names are one body, so the abbreviation in brackets and
its later uses in the same article are mentions of that body (they carry its full name
in `abbreviates`, which gives them its key). Nothing is guessed across articles here: the
abbreviation becomes one of the body's identity aliases (graph_builder/rdf/iris.Minter).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from graph_builder.nlp.rules.orgs import OrgMention

INTRODUCED = re.compile(r"\s*\(\s*([A-ZĐ][A-ZĐ&.\-]{1,11})\s*\)")
LINKING_WORDS = frozenset({"và", "của", "về", "-"})


def with_abbreviations(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions plus each introduced abbreviation's occurrences, as mentions of the
    body that introduced it (none inside another mention)."""
    introduced: dict[str, OrgMention] = {}
    for m in mentions:
        found = INTRODUCED.match(text, m.end)
        if found and not m.text.isupper() and not _names_a_part(found.group(1), m.text):
            introduced.setdefault(found.group(1), m)
    extra = []
    for abbreviation, full in introduced.items():
        word = re.compile(r"(?<![\wÀ-ỹ])" + re.escape(abbreviation) + r"(?![\wÀ-ỹ])")
        for hit in word.finditer(text):
            if not any(o.start <= hit.start() < o.end for o in mentions):
                extra.append(
                    replace(
                        full,
                        start=hit.start(),
                        end=hit.end(),
                        text=hit.group(),
                        abbreviates=full.text,
                    )
                )
    return _initialled(_bracketed_names(text, sorted(mentions + extra, key=lambda m: m.start)))


def _initialled(mentions: list[OrgMention]) -> list[OrgMention]:
    """ "Hội NCT Việt Nam" where the article also writes "Hội Người cao tuổi Việt Nam": a
    name that is another's with a run of its words written as their initials is that body."""
    full = [m for m in mentions if not m.abbreviates and not m.text.isupper()]
    out = []
    for m in mentions:
        named = None if m.abbreviates or m.canonical else _initials_of(m.text, full)
        if named is not None:
            m = replace(m, kind=named.kind, canonical=named.canonical, abbreviates=named.text)
        out.append(m)
    return out


def _initials_of(short: str, mentions: list[OrgMention]) -> OrgMention | None:
    return next((m for m in mentions if initialled(short, m.text)), None)


def initialled(short: str, full: str) -> bool:
    """ "Hội NCT Việt Nam" for "Hội Người cao tuổi Việt Nam", "Đề án “Tăng cường công tác
    PBGDPL ...”" for "... phổ biến giáo dục pháp luật ...": the same words but for one
    run of them written as their initials (a word in capitals, not the first)."""
    words, other = short.split(), full.split()
    for i, letters in enumerate(words):
        if not i or not re.fullmatch(r"[A-ZĐ]{2,}", letters):
            continue
        head, tail = words[:i], words[i + 1 :]
        run = other[len(head) : len(other) - len(tail)]
        if (
            len(run) == len(letters)
            and other[: len(head)] == head
            and other[len(other) - len(tail) :] == tail
            and "".join(w[0].upper() for w in run) == letters
        ):
            return True
    return False


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


def _bracketed_names(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "Sở Lao động - Thương binh và Xã hội (Sở LĐTB-XH)": a short name that is itself a
    head word and an acronym, in brackets right after the full name, is the article's short
    name for that body, there and wherever the article writes it again."""
    short: dict[str, OrgMention] = {}
    for full, nxt in itertools.pairwise(mentions):
        opened = _OPEN.match(text, full.end)
        bracketed = opened and opened.end() == nxt.start and _CLOSE.match(text, nxt.end)
        plain = nxt.canonical is None and not (full.abbreviates or nxt.abbreviates)
        if bracketed and plain and _shortens(nxt.text, full.text):
            short.setdefault(nxt.text, full)
    return [
        replace(m, kind=short[m.text].kind, abbreviates=short[m.text].text)
        if m.text in short and not m.abbreviates
        else m
        for m in mentions
    ]


def _names_a_part(abbreviation: str, name: str) -> bool:
    """ "Bộ Giáo dục và Đào tạo (GDĐT)", "Ban Chỉ đạo Chương trình mục tiêu quốc gia
    (MTQG)": the initials of the name's last words are a field or a programme, which the
    article goes on to use for other things ("ngành GDĐT"), not the body itself."""
    letters = re.sub(r"[^A-ZĐ]", "", abbreviation)
    words = [w for w in name.split() if w.lower() not in LINKING_WORDS]
    initials = "".join(w[0].upper() for w in words)
    return any(initials[i:] == letters for i in range(1, len(initials)))


def _shortens(short: str, full: str) -> bool:
    """The same head word and an acronym: "Sở LĐTB-XH" for "Sở Lao động ...". A body in
    brackets is more often the one the first belongs to ("Trường X (Đại học Quốc gia Hà
    Nội)", "Cục X (Bộ Y)"), which opens with another head word and has no acronym."""
    acronym = re.search(r"(?<![\wÀ-ỹ])[A-ZĐ]{2,}", short) is not None
    return acronym and len(short) < len(full) and short.split()[0] == full.split()[0]
