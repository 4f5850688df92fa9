"""A policy as the article names it (its mentions grouped) and how names are compared."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.extract.model import Predicate, Relation
from graph_builder.nlp.lexicon import norm
from graph_builder.nlp.rules.dates import find_period
from graph_builder.nlp.rules.keys import expand
from graph_builder.nlp.rules.policies import PolicyMention
from graph_builder.nlp.rules.text import longer_of


def same_verb(name: str) -> str:
    """ "Lộ trình triển khai X" and "Lộ trình thực hiện X" name one roadmap."""
    return name.replace("triển khai", "thực hiện")


_QUOTES = re.compile(r"[\"“”‘’]")


def same_name(a: str, b: str) -> bool:
    """One name is the other, or the start of it, once case, the verb and the quotes round a
    title are folded (the lead writes 'chương trình "Sữa học đường"', the headline
    "Chương trình Sữa học đường")."""
    x, y = (" ".join(_QUOTES.sub(" ", same_verb(norm(n))).split()) for n in (a, b))
    return x.startswith(y) or y.startswith(x)


def _tokens(text: str) -> set[str]:
    return {t for t in re.split(r"[\s\-–/,.;:()]+", norm(text)) if t}


def jaccard(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


_ORDINAL = re.compile(r"^(?:[ivxl]+|\d+)$")


def numbered_apart(a: str, b: str) -> bool:
    """ "Nghị quyết Đại hội XIII của Đảng" and "Nghị quyết Đại hội XVII của Đảng bộ": names
    alike in words but with different numbers or numerals are two documents."""
    na, nb = ({t for t in _tokens(x) if _ORDINAL.match(t)} for x in (a, b))
    return bool(na and nb and not na & nb)


def periods_apart(a: str, b: str) -> bool:
    """ "Tổng kết Đề án X giai đoạn 2017 - 2025; triển khai Đề án X giai đoạn 2026 - 2035":
    a programme's phases are named alike but for their periods, and each is a policy."""
    pa, pb = find_period(a), find_period(b)
    return pa is not None and pb is not None and pa != pb


def approving_number(
    e: PolicyEntity, entities: list[PolicyEntity], relations: list[Relation]
) -> str | None:
    """The number of the legal document approving instrument `e`, if one does."""
    numbers = {d.name: d.number for d in entities if d.number}
    approvals = (r for r in relations if r.predicate is Predicate.APPROVED_BY)
    return next(
        (numbers[r.object] for r in approvals if r.subject == e.name and r.object in numbers), None
    )


def policy_keys(entity: PolicyEntity, approved_by: str | None) -> tuple[str, tuple[str, ...]]:
    """The key and identity aliases of a policy, so that articles naming it by its number,
    its full name or its short name ("Đề án 32") give it one IRI (graph_builder/rdf/iris).

    A legal document is its number. An instrument a numbered document approves is "its
    kind + that number", with its names and "kind + the number's first part" (the short
    name articles use) as aliases; any other instrument is its fullest name.
    """
    if entity.number:
        return entity.number, ()
    names = [m.text for m in entity.mentions if not m.bare or m.ref_number]
    aliases = [expand(name) for name in dict.fromkeys(names)]
    if approved_by is None:
        return expand(entity.name), tuple(a for a in aliases if a != expand(entity.name))
    kind = norm(entity.kind)
    short = f"{kind} {approved_by.split('/', 1)[0]}"
    return f"{kind} {approved_by}", (*aliases, short)


@dataclass
class PolicyEntity:
    kind: str
    mentions: list[PolicyMention] = field(default_factory=list)
    number: str | None = None
    issuer: str | None = None
    date: str | None = None
    period: tuple[int, int] | None = None

    _named: tuple[int, str | None] = field(default=(0, None), init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """A numbered document keeps its first written form; an instrument its fullest
        (kept up to date as mentions are added: they only grow, and it is asked often)."""
        if self.number:
            return self.mentions[0].text
        count, best = self._named
        if count != len(self.mentions):
            best = longer_of(best, (m.text for m in self.mentions[count:] if not m.bare))
            self._named = (len(self.mentions), best)
        return best if best is not None else self.mentions[0].text


_SHORT_NUMBER = re.compile(r"(?<![\d/])(\d{1,5})$")


def numbered_by_short(text: str, kind: str, entities: list[PolicyEntity]) -> PolicyEntity | None:
    """ "Thông tư số 01" beside "Thông tư 01/2016/TT-BLĐTBXH", "Quyết định 1190" beside
    "Quyết định số 1190/QĐ-TTg": a legal document cited again by the first part of its
    number is that document, when one document of its kind alone has that number."""
    short = _SHORT_NUMBER.search(text)
    if short is None:
        return None
    alike = [
        e
        for e in entities
        if e.number
        and e.kind == kind
        and e.number.split("/")[0].lstrip("0") == short[1].lstrip("0")
    ]
    return alike[0] if len(alike) == 1 else None


_YEAR_PART = re.compile(r"/(?:19|20)\d{2}(?=/)")


def same_number(a: str | None, b: str | None) -> bool:
    """ "1848/LĐTBXH- TE" and "1848/LĐTBXH-TE": one number, written with and without a space;
    "116/2020/NĐ-CP" and "116/NĐ-CP": one, cited again without its year."""
    if a is None or b is None:
        return False
    a, b = re.sub(r"\s", "", a), re.sub(r"\s", "", b)
    return a == b or _YEAR_PART.sub("", a, count=1) == _YEAR_PART.sub("", b, count=1)


def has_year(number: str | None) -> bool:
    """ "116/2020/NĐ-CP" has its year; "116/NĐ-CP" does not."""
    return bool(number and _YEAR_PART.search(number))


# "Chương trình X giai đoạn 2021-2030 (Chương trình MTQG 1719)", "(sau đây gọi tắt là Đề
# án 06)": the short name an article will use, written in brackets right after the full one
_BRACKET_OPEN = re.compile(r"\s*\(\s*(?:(?:sau đây )?(?:gọi tắt|gọi|viết tắt) là:?\s*)?$")
_BRACKET_CLOSE = re.compile(r"\s*\)")


def bracketed_alias(
    text: str, m: PolicyMention, entities: list[PolicyEntity]
) -> PolicyEntity | None:
    """The policy whose full name `m`, in brackets right after it, is the short name of:
    one of the same head word ("Chương trình" for "Chương trình mục tiêu quốc gia")."""
    if not _BRACKET_CLOSE.match(text, m.end):
        return None
    for e in entities:
        if e.number or e.kind.split()[0].lower() != m.kind.split()[0].lower():
            continue
        for o in e.mentions:
            if o.end <= m.start and _BRACKET_OPEN.fullmatch(text, o.end, m.start):
                return e
    return None


def known_alias(m: PolicyMention, entities: list[PolicyEntity]) -> PolicyEntity | None:
    """The policy an earlier mention of which is written just as `m` is (its short name,
    used again), whatever head word each was read with."""
    key = norm(m.text)
    return next(
        (e for e in entities if not e.number and any(norm(o.text) == key for o in e.mentions)),
        None,
    )
