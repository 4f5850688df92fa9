"""Organisations: gazetteer names plus head-word phrases ("Sở ...", "Trung tâm ...").

A phrase runs from a head word to the first stop word, punctuation, person name or new
head word. Abbreviated and full forms ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã
hội") share one key by expanding abbreviations through the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import Lexicon, norm
from .text import Span, words_at_start

HEADS: dict[str, str] = {
    "Thủ tướng Chính phủ": "government",
    "Chính phủ": "government",
    "Quốc hội": "government",
    "Bộ": "ministry",
    "Tổng cục": "department",
    "Cục": "department",
    "Vụ": "department",
    "Sở": "department",
    "Phòng": "department",
    "Khoa": "department",
    "Văn phòng": "department",
    "Trung tâm": "centre",
    "Cơ sở": "centre",
    "Bệnh viện": "centre",
    "Làng trẻ": "centre",
    "Trường Đại học": "university",
    "Trường ĐH": "university",
    "Trường": "university",
    "Đại học": "university",
    "Học viện": "university",
    "Phân hiệu": "university",
    "Viện": "other",
    "Ban": "other",
    "Hiệp hội": "association",
    "Hội": "association",
    "Quỹ": "other",
    "Ủy ban nhân dân": "people's committee",
    "Uỷ ban nhân dân": "people's committee",
    "UBND": "people's committee",
    "Hội đồng nhân dân": "government",  # an elected council: issues resolutions, like Quốc hội
    "HĐND": "government",
    "Ủy ban": "other",
    "Hội đồng": "other",
    "Thành Đoàn": "union",
    "Tỉnh Đoàn": "union",
    "Liên đoàn": "union",
    "Công đoàn": "union",
    "Lực lượng": "other",
    "Tổ chức": "other",
}
NOT_ORGS = re.compile(
    r"^(\S+ (trưởng|phó)\b|Hội (thảo|nghị|thi|chợ|viên)|Ban (hành|đầu|ngày)|Phòng,? chống|"
    r"Cơ sở (dữ liệu|vật chất|pháp lý|lý luận|hạ tầng))",
    re.IGNORECASE,
)
_HEAD_RE = re.compile(
    r"(?<![\wÀ-ỹ])("
    + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True))
    + r")(?=[\s,])"
)
_WORD = re.compile(r"[^\s,.;:()“”\"'!?]+(?:\.[A-Z][^\s,.;:()“”\"'!?]*)*")
MAX_WORDS = 14
ABOUT_HEADS = {"Ủy ban", "Hội đồng", "Ban"}
ABOUT = "về"
AND = "và"


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    text: str
    kind: str
    canonical: str | None  # gazetteer prefLabel


def find_orgs(text: str, lex: Lexicon) -> list[OrgMention]:
    found = _gazetteer(text, lex) + _phrases(text, lex)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for m in found:
        clash = next((k for k in kept if m.start < k.end and k.start < m.end), None)
        if clash is None:
            kept.append(m)
            continue
        long, short = (m, clash) if m.end - m.start > clash.end - clash.start else (clash, m)
        if short.canonical is not None and long.canonical is None and short.start == long.start:
            if _extends(short, long, lex):
                best = OrgMention(long.start, long.end, long.text, short.kind, short.canonical)
            else:
                best = short
        else:
            best = long
        kept[kept.index(clash)] = best
    return sorted(kept, key=lambda m: m.start)


def _extends(short: OrgMention, long: OrgMention, lex: Lexicon) -> bool:
    """A gazetteer name followed by a place ("Bộ ... Việt Nam") is the same body."""
    if short.canonical is None:
        return True
    tail = long.text[short.end - long.start :].strip(" -–")
    return lex.place(tail) is not None or not tail


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


def _gazetteer_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """Two alternations compiled once per lexicon: acronyms match case-sensitively, long
    names ignoring case (the first letter is checked after matching)."""
    cached = lex.__dict__.get("_org_patterns")
    if cached is None:
        labels = sorted({e.label for e in lex.organisations}, key=len, reverse=True)
        exact = [x for x in labels if len(x) <= 6 or x.isupper()]
        loose = [x for x in labels if x not in exact]
        cached = tuple(
            re.compile(
                r"(?<![\wÀ-ỹ/-])(?:" + "|".join(_loose(x) for x in labels) + r")(?![\wÀ-ỹ])", flags
            )
            for labels, flags in ((exact, 0), (loose, re.IGNORECASE))
            if labels
        )
        lex.__dict__["_org_patterns"] = cached
    return cached


def _loose(label: str) -> str:
    """Dashes and spaces around them vary in writing."""
    parts = [re.escape(p) for p in re.split(r"\s*[-–—]\s*", label)]
    return r"\s*[-–—]\s*".join(parts)


def _phrases(text: str, lex: Lexicon) -> list[OrgMention]:
    out = []
    for m in _HEAD_RE.finditer(text):
        head = m.group(1)
        before = text[max(0, m.start() - 6) : m.start()].lower()
        if re.search(r"(các|những)\s$", before):
            continue
        end = _phrase_end(text, m.end(), lex, about=head in ABOUT_HEADS)
        name = text[m.start() : end].rstrip(" -–&")
        tail = name[len(head) :].split()
        if not tail or NOT_ORGS.match(name) or not any(w[:1].isupper() for w in tail):
            continue
        if head in {"Tổ chức", "Công đoàn", "Đại học", "Trường"} and not tail[0][:1].isupper():
            continue
        entry = lex.canonical_org(name)
        out.append(
            OrgMention(
                m.start(),
                m.start() + len(name),
                name,
                entry.kind if entry and entry.kind else HEADS[head],
                entry.canonical if entry else None,
            )
        )
    return out


def _phrase_end(text: str, pos: int, lex: Lexicon, *, about: bool = False) -> int:
    """`about`: "Ủy ban Quốc gia về người cao tuổi" keeps its "về ..." complement."""
    end = pos
    words = 0
    while words < MAX_WORDS:
        gap = _GAP.match(text, end)  # always matches (maybe empty); never slices the text
        sep = gap.group(1) if gap else None
        cursor = gap.end() if gap else end
        word = _WORD.match(text, cursor)
        if not word or cursor >= len(text) or text[end:cursor].count("\n"):
            break
        token = word.group()
        glued = _GLUED.match(token)
        if glued:  # "TP.HCMcùng": a missing space in the source
            end = cursor + len(glued.group(1))
            break
        if about and token == ABOUT:
            end = word.end()
            words += 1
            continue
        if token.isdigit() or _starts_with_stopword(text, cursor, lex):
            break
        if (
            _ends_with_place(text[pos:end], lex)
            and not _starts_place(text, cursor, lex)
            and not _place_goes_on(text[pos:end], token, lex)
        ):
            break  # "UBND tỉnh Lào Cai" is complete: what follows is not its name
        new_head = sep or token in {"Bộ", "Sở", "Cục", "Trường", "UBND", "HĐND"}
        if _HEAD_RE.match(text, cursor) and words and new_head:
            break
        if token == AND:
            nxt = _WORD.match(text, word.end() + 1)
            if not nxt or not nxt.group()[:1].isupper() or _HEAD_RE.match(text, nxt.start()):
                break
        if token in lex.surnames and _is_person_name(text, cursor, lex):
            break
        end = word.end()
        words += 1
    return end


_GAP = re.compile(r"[ \t]*([-–&][ \t]*)?")
_GLUED = re.compile(r"^([A-ZĐ][A-ZĐ.&-]+)[a-zà-ỹđ]")


def _place_goes_on(phrase: str, token: str, lex: Lexicon) -> bool:
    """ "... tỉnh Lào" + "Cai": the place is longer than what is read so far."""
    words = phrase.split()
    return any(lex.place(" ".join([*words[-n:], token])) for n in (1, 2, 3) if len(words) >= n)


def _starts_place(text: str, pos: int, lex: Lexicon) -> bool:
    words = text[pos : pos + 60].split()
    return any(lex.place(" ".join(words[:n])) for n in (1, 2, 3, 4) if len(words) >= n)


def _ends_with_place(phrase: str, lex: Lexicon) -> bool:
    """A name that already ends with its province ("... tỉnh Hà Tĩnh") is complete."""
    words = phrase.split()
    return any(lex.place(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n)


def _starts_with_stopword(text: str, pos: int, lex: Lexicon) -> bool:
    """Stop words are verbs and prepositions of running text: written in lower case."""
    if not text[pos : pos + 1].islower():
        return False
    pattern = lex.__dict__.get("_stop_pattern")
    if pattern is None:  # one alternation per lexicon instead of a loop over the list
        pattern = lex.__dict__["_stop_pattern"] = words_at_start(lex.stopwords)
    return pattern.match(text[pos : pos + 40].lower()) is not None


def _is_person_name(text: str, pos: int, lex: Lexicon) -> bool:
    following = re.match(r"(\S+)\s+([A-ZÀ-ỸĐ]\S*)(\s+[A-ZÀ-ỸĐ]\S*)?", text[pos:])
    if not following:
        return False
    two = following.group(1) + " " + following.group(2)
    three = two + (following.group(3) or "")
    return lex.place(two) is None and lex.place(three) is None


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
