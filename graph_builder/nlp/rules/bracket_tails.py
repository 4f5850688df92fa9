"""A body whose abbreviation is bracketed inside its name: "Tổng Liên đoàn Lao động (LĐLĐ)
Việt Nam", "Bảo hiểm Xã hội (BHXH) Việt Nam", "Ban Đại diện Hội Người cao tuổi (NCT) thành
phố".

Vietnamese news brackets the initials right after the words they stand for, even when the
name goes on with its territory (the country, a unit word, "tỉnh X"). The name is the whole
run as written, brackets included (gold README: names are surface strings), so the
territory is part of the name and not a place of its own, and the short form the article
goes on to write with the initials ("Tổng LĐLĐ Việt Nam", "BHXH Việt Nam") is that body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.text import NAME_SYLLABLE

_BRACKET = re.compile(r"[ \t]*\([ \t]*([A-ZĐ]{2,8})[ \t]*\)[ \t]+")
_NAMES = re.compile(rf"{NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{0,3}}(?![\wÀ-ỹ])")
_WORD = re.compile(r"[^\s()]+")
# "Tổng Liên đoàn ...": the prefix that makes a body's name the national federation's
_PREFIXES = ("Tổng",)


def with_bracket_tails(text: str, mentions: list[OrgMention], lex: Lexicon) -> list[OrgMention]:
    """The mentions, a name broken by its bracketed initials joined back over its
    territory, and the short forms with the initials marked as that body."""
    out = list(mentions)
    for m in _BRACKET.finditer(text):
        tail_end = _tail_end(text, m.end(), lex)
        start = _initialled_start(text, m.start(), m.group(1))
        if start is None:  # initials of the name in another language: "... bệnh tật (CDC)"
            start = next((o.start for o in out if o.end == m.start()), None)
        if tail_end is None or start is None:
            continue
        before = next((o for o in out if o.start <= start < o.end or o.end == m.start()), None)
        if before is not None and before.end != m.start():
            continue  # the initials belong to a longer name already read
        begin = _with_prefix(text, min(start, before.start) if before else start)
        if not text[begin].isupper():
            continue
        full = OrgMention(
            begin,
            tail_end,
            text[begin:tail_end],
            before.kind if before else "other",
            before.canonical if before else None,
        )
        out = [o for o in out if o.end <= begin or o.start >= tail_end] + [full]
        out = _short_forms(out, full, before, text[start : m.start()], m.group(1), lex)
    return sorted(out, key=lambda o: o.start)


def _tail_end(text: str, at: int, lex: Lexicon) -> int | None:
    """Where the territory after the bracket ends: a gazetteer place ("Việt Nam") or a unit
    head word with the name that follows it, if any ("thành phố", "tỉnh Cà Mau")."""
    names = _NAMES.match(text, at)
    if names and lex.place(names.group()) is not None:
        return names.end()
    rest = text[at : at + 20].lower()
    for head in sorted((h.label for h in lex.place_heads), key=len, reverse=True):
        if rest.startswith(head) and not rest[len(head) : len(head) + 1].isalnum():
            named = _NAMES.match(text, at + len(head) + 1)
            return named.end() if named else at + len(head)
    return None


def _initialled_start(text: str, end: int, letters: str) -> int | None:
    """Where the words the initials stand for begin: as many words before the bracket as
    there are letters, each opening with its letter ("Liên đoàn Lao động" for LĐLĐ)."""
    line_start = text.rfind("\n", 0, end) + 1
    words = list(_WORD.finditer(text, line_start, end))[-len(letters) :]
    if len(words) != len(letters):
        return None
    if "".join(w.group()[0].upper() for w in words) != letters:
        return None
    return words[0].start()


def _with_prefix(text: str, start: int) -> int:
    for prefix in _PREFIXES:
        at = start - len(prefix) - 1
        if at >= 0 and text[at:start] == prefix + " " and (at == 0 or not text[at - 1].isalnum()):
            return at
    return start


def _short_forms(
    mentions: list[OrgMention],
    full: OrgMention,
    cut: OrgMention | None,
    run: str,
    letters: str,
    lex: Lexicon,
) -> list[OrgMention]:
    """ "Tổng LĐLĐ Việt Nam" for "Tổng Liên đoàn Lao động (LĐLĐ) Việt Nam": the name
    without its brackets, the words the initials stand for written as the initials (the
    place's own name after its unit word may be left out: "Hội LHPN tỉnh"); and
    what graph_builder.nlp.rules.abbreviations already read as the name cut at the
    bracket, or the name written again without its territory ("Hội LHPN", "Hội Liên hiệp
    Phụ nữ")."""
    plain = re.sub(r"\s*\([^)]*\)", "", full.text)
    short = re.sub(r"\s+", " ", plain.replace(run.strip(), letters, 1)).casefold()
    return [
        replace(o, kind=full.kind, canonical=full.canonical, abbreviates=full.text)
        if o is not full
        and (
            (not o.abbreviates and _shortened(o.text.casefold(), short, lex))
            or (cut is not None and cut.text in (o.abbreviates, o.text))
        )
        else o
        for o in mentions
    ]


def _shortened(written: str, short: str, lex: Lexicon) -> bool:
    rest = short[len(written) :]
    return short == written or (
        short.startswith(written + " ") and lex.place(rest.strip()) is not None
    )
