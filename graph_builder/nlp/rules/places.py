"""Places: gazetteer names (provinces, regions, countries, foreign cities) and administrative
units named by their head word ("quận Hải Châu", "xã Tân Hiệp", "Quận 1") that no gazetteer
lists: Vietnam has some 10,000 communes, too many to list, but each is written after its
head word.

A unit's name is one to four capitalised syllables after the head (data/lexicon/
place_heads.txt), on one line. When the name is a gazetteer place ("tỉnh Hà Tĩnh"), the
gazetteer's span stands, so a province keeps one name across articles.

Some gazetteer names are also common words or given names (data/lexicon/
ambiguous_places.txt: "Anh" is a pronoun and a given name, "Đức" a given name). Matching
is case-sensitive, so "anh" never matches; a capitalised ambiguous name counts only when
it stands alone (no capitalised word right before or after it: "Nguyễn Thị Nga",
"Mỹ Tho", "Anh Tuấn" are names) and a cue marks it as a place: a word of
data/lexicon/place_cues.txt right before it ("tại Anh", "Vương quốc Anh"), or a list
with another place ("Nhật Bản, Anh và Pháp").
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.bare_names import clause_start_before, family_name_before
from graph_builder.nlp.rules.place_context import (
    after_acronym,
    credited,
    hamlet_number_end,
    in_a_body,
    in_particulars,
    quoted,
    whose,
    word_of_prose,
)
from graph_builder.nlp.rules.place_lists import colon_lists, dateline, listed_units
from graph_builder.nlp.rules.place_lookup import is_district
from graph_builder.nlp.rules.place_patterns import cue_patterns, place_pattern, unit_pattern
from graph_builder.nlp.rules.sites import find_sites
from graph_builder.nlp.rules.text import NAME_SYLLABLE, Span

PERSON_SYLLABLES = 3
_CAPITAL_BEFORE = re.compile(rf"{NAME_SYLLABLE}[ \t]+$")
_CAPITAL_AFTER = re.compile(rf"[ \t]+{NAME_SYLLABLE}")
# "Paris (Pháp)": the country; "Lý Nhân 337, Bình Lục 15": a count after each item
_LIST_GAP = re.compile(r"\s*(?:\d{1,3}(?:\.\d{3})*[ \t]*)?(?:,|và|cùng|-|–|\()\s*")
# the province's head word the gazetteer's name leaves out: "ở Bảo Yên, tỉnh Lào Cai";
# the unit a place lies in may follow in brackets: "ở Đông Xá (thành phố Hải Dương)"
_ADDRESS_PART = re.compile(
    rf"(?<![\wÀ-ỹ])({NAME_SYLLABLE}(?:[ \t]+{NAME_SYLLABLE}){{0,2}})[ \t]*[,(][ \t]*"
    r"(?:(?:tỉnh|thành phố|TP\.?)[ \t]*)?$"
)
_AFTER_A_PLACE = re.compile(r"[ \t]*,[ \t]*$")
_GAP_AFTER = re.compile(r"[ \t]*,[ \t]*(?:(?:tỉnh|thành phố|TP\.?)[ \t]*)?")
# "tại 193 Phước Long", "số 12A Hà Nội": after a house number, a place's name is a street's
_HOUSE_NUMBER = re.compile(
    r"(?<![\wÀ-ỹ])(?:số|tại|ở|trú)[ \t]+\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?)?[ \t]+$"
)
HOUSE_NUMBER_REACH = 40  # "tại 193A/12 " and its cue fit; searching from 0 was quadratic
_UNIT_AFTER = re.compile(r"[ \t]*[,-][ \t]*")


def find_places(text: str, lex: Lexicon) -> list[Span]:
    """Every place named in `text`, longest first where two overlap, in text order."""
    named = _gazetteer(text, lex)
    units = [u for unit in admin_units(text, lex) if (u := _before_known(unit, text, named, lex))]
    known = named + units + listed_units(text, units, lex) + dateline(text, lex)
    known += colon_lists(text, lex) + find_sites(text, lex)
    known += _address_parts(text, known, lex)
    found = [
        s
        for s in known
        if not whose(text, s, lex)
        and not (quoted(text, s) and not _listed(text, s, [k for k in known if k != s]))
        and not credited(text, s)
        and not after_acronym(text, s)
    ]
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in found:
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out


def _address_parts(text: str, known: list[Span], lex: Lexicon) -> list[Span]:
    """ "sống ở Phúc Xá, Ba Đình", "xã Tân Mỹ, Lục Ngạn, Bắc Giang": a capitalised name
    that a comma joins to a known place is a smaller place in it, a ward or a district no
    gazetteer lists, when a cue of place opens it (data/lexicon/place_cues.txt) or a
    known place comes before it in the same comma chain; before the unit in brackets, only
    after a cue or a comma ("ở Đông Xá (TP Hải Dương)"): a person's address follows in
    brackets too ("Bà Lan (xã X)"). Not three syllables starting with a family name: that
    is a person's ("tại Lê Văn An, Hà Nội")."""
    out: list[Span] = []
    seen: set[Span] = set()  # a list's `in` was quadratic in the places of a long text
    ends, starts = {p.end for p in known}, {p.start for p in known}
    todo = list(known)
    while todo:  # each part found may have another before it
        place = todo.pop()
        m = _ADDRESS_PART.search(text, max(0, place.start - 40), place.start)
        if m is None or _person_shaped(m.group(1), lex):
            continue
        span = Span(m.start(1), m.end(1), m.group(1))
        comma = _AFTER_A_PLACE.search(text, max(0, span.start - 4), span.start)
        chained = comma is not None and comma.start() in ends  # spaces before the comma too
        chained = chained or _two_levels_after(text, span, place, starts)
        chained = chained and ("(" not in m.group() or in_particulars(text, span, lex))
        if span not in seen and (chained or _cued(text, span, lex)):
            seen.add(span)
            out.append(span)
            todo.append(span)
    return out


def _two_levels_after(text: str, name: Span, place: Span, starts: set[int]) -> bool:
    """ "40 tuổi, Hòa Khánh, Liên Chiểu, Đà Nẵng": two known places follow a name of two or
    more syllables that opens a clause (no word before it: "đường Hùng Vương, TP Tam Kỳ,
    Quảng Nam" is a street), the address of a commune, its district and its province."""
    gap = _GAP_AFTER.match(text, place.end)
    before = text[max(0, name.start - 3) : name.start].rstrip()
    opens = not before or before[-1] in ",:;(\n"
    return opens and gap is not None and gap.end() in starts and len(name.text.split()) >= 2


def admin_units(text: str, lex: Lexicon) -> list[Span]:
    """ "huyện Nam Đàn", "Phường 5": a head word, then its capitalised name or number."""
    out = []
    for m in unit_pattern(lex).finditer(text):
        name_on = text[m.start("name") : m.start("name") + 30] if m.group("name") else ""
        name = m.group("name")
        if in_a_body(m.group(), name, name_on, lex) or word_of_prose(name, lex):
            continue
        if not _person_shaped(m.group("name"), lex) or _address(text, m, lex):
            end = hamlet_number_end(text, Span(m.start(), m.end(), m.group()), lex)
            out.append(Span(m.start(), end, text[m.start() : end]))
    return out


def _person_shaped(name: str | None, lex: Lexicon) -> bool:
    """ "UBND tỉnh Trần Văn Nam đánh giá": a family name and two or more syllables after a
    generic "tỉnh" is the official's name; units are named in one or two syllables."""
    words = (name or "").split()
    return len(words) >= PERSON_SYLLABLES and words[0] in lex.surnames


def _address(text: str, m: re.Match[str], lex: Lexicon) -> bool:
    """Wards and communes are often named after people ("phường Trần Hưng Đạo"): such a
    name is the unit's where the text says where ("ở phường ...", a cue of
    data/lexicon/place_cues.txt) or goes on with the unit it lies in (", quận ...")."""
    if _cued(text, Span(m.start(), m.end(), m.group()), lex):
        return True
    after = _UNIT_AFTER.match(text, m.end())
    return after is not None and unit_pattern(lex).match(text, after.end()) is not None


def _before_known(unit: Span, text: str, named: list[Span], lex: Lexicon) -> Span | None:
    """A gazetteer place inside the unit's name wins: "tỉnh Hà Tĩnh" is the province
    "Hà Tĩnh" and "tỉnh Bà Rịa - Vũng Tàu" is not "tỉnh Bà Rịa"; "huyện Nam Đàn Nghệ An"
    is the district, then the province. A district of the gazetteer keeps its head word
    ("huyện Hòa Vang"): districts are no level that names one body across articles; so
    does a name of one syllable ("TP Huế", the city; "Huế" alone may be the province)."""
    inside = [
        s.start
        for s in named
        if unit.start < s.start < unit.end
        and not is_district(s.text, lex)
        and not _one_syllable(s, unit)
    ]
    if not inside:
        return unit
    cut = len(text[: min(inside)].rstrip())
    short = unit_pattern(lex).fullmatch(text, unit.start, cut)
    return Span(unit.start, cut, text[unit.start : cut]) if short else None


def _one_syllable(name: Span, unit: Span) -> bool:
    return name.end == unit.end and " " not in name.text and "-" not in name.text


def _gazetteer(text: str, lex: Lexicon) -> list[Span]:
    ambiguous = set(lex.ambiguous_places)
    spans = [
        Span(m.start(), m.end(), m.group())
        for m in place_pattern(lex).finditer(text)
        if not family_name_before(text, m.start(), lex)
        and not _HOUSE_NUMBER.search(text, max(0, m.start() - HOUSE_NUMBER_REACH), m.start())
    ]
    clear = [s for s in spans if s.text not in ambiguous]
    kept = [s for s in spans if s.text in ambiguous and _stands_alone(text, s, lex)]
    changed = True
    while changed:  # "Anh, Pháp và Đức": each cued or listed next to a place
        changed = False
        for s in list(kept):
            if _cued(text, s, lex) or _listed(text, s, clear):
                clear.append(s)
                kept.remove(s)
                changed = True
    return clear


def _stands_alone(text: str, span: Span, lex: Lexicon) -> bool:
    """No capitalised syllable either side, but a cue opening the sentence ("Tại Mỹ, ...")."""
    before = _CAPITAL_BEFORE.search(text[max(0, span.start - 12) : span.start])
    cue = before is not None and before.group().strip() in lex.place_cues
    return (before is None or cue) and not _CAPITAL_AFTER.match(text, span.end)


def _cued(text: str, span: Span, lex: Lexicon) -> bool:
    """A cue of place right before `span`, itself no syllable of a name ("Bán trú X"). A
    place may stand before the cue: "từ Hà Nội sang Pháp" ends no name with "sang"."""
    before = text[max(0, span.start - 30) : span.start].rstrip()
    for cue in cue_patterns(lex):
        m = cue.search(before)
        name = _CAPITAL_BEFORE.search(before, 0, m.start()) if m else None
        if m and (
            name is None
            or clause_start_before(before, name.start())
            or _place_ends(before, m.start(), lex)
        ):
            return True
    return False


def _place_ends(text: str, pos: int, lex: Lexicon) -> bool:
    """A gazetteer name (no ambiguous one) ends right before `pos`, a space between."""
    end = len(text[:pos].rstrip())
    ambiguous = set(lex.ambiguous_places)
    return any(
        m.end() == end and m.group() not in ambiguous
        for m in place_pattern(lex).finditer(text, max(0, end - 30), end)
    )


def _listed(text: str, span: Span, places: list[Span]) -> bool:
    """A neighbour in a list ("Anh, Pháp", "Đức và Nhật Bản") is a place, and so is the
    country in brackets after its city ("Paris (Pháp)")."""
    for other in places:
        if other.end <= span.start and _LIST_GAP.fullmatch(text[other.end : span.start]):
            return True
        if span.end <= other.start and _LIST_GAP.fullmatch(text[span.end : other.start]):
            return True
    return False


def gazetteer_spans(text: str, lex: Lexicon) -> list[Span]:
    """Every gazetteer name in `text` but the ambiguous ones, out of context: where an
    organisation's head word is a syllable of a place ("Tây Ban Nha", "Trường Sa")."""
    ambiguous = set(lex.ambiguous_places)
    return [
        Span(m.start(), m.end(), m.group())
        for m in place_pattern(lex).finditer(text)
        if m.group() not in ambiguous
    ]
