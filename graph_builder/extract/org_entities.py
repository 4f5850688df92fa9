"""Organisation groups -> Organisation entities, with the parent each is a unit of: written
side by side ("Cục X (Bộ Y)", OrgIndex.parents), implied ("Vụ X" of the article's one
ministry) or named within its own name ("Ban Thư ký ASEAN", "Ban Tổ chức Thành ủy X")."""

from __future__ import annotations

import re
from functools import cache

from graph_builder.extract.agents import OrgGroup, OrgIndex
from graph_builder.extract.district_offices import district_committee
from graph_builder.extract.model import Mention, Organisation
from graph_builder.extract.place_entities import with_unit
from graph_builder.extract.standing_bodies import standing_body
from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, norm, word_list
from graph_builder.nlp.rules.head_words import HeadWords
from graph_builder.nlp.rules.keys import (
    GENERIC_PLACES,
    PLACE_MARK,
    TERM,
    key_place,
    key_text,
    organisation_key,
    placed_key,
)
from graph_builder.nlp.rules.org_ends import UNIT_ENDS
from graph_builder.nlp.rules.place_lookup import place_entry
from graph_builder.nlp.rules.text import Span, upper_first
from graph_builder.textnorm import in_capitals

WITHIN_KINDS = {"international", "government", "ministry", "people's committee", "university"}
INDEPENDENT_KINDS = {"association", "union", "university"}
MINISTRY_UNITS = ("Vụ ", "Tổng cục ", "Cục ")  # units of a ministry (a Cục of no province)
PROVINCE_KINDS = ("province", "city")  # dcterms:type of ontology/vocab/places.ttl
ARTICLE_WIDE = " #"  # marks the key of a body that is the article's own (`_placed`)
_GENERIC_END = re.compile(rf"\s+(?:{'|'.join(GENERIC_PLACES)}|tp\.?)$", re.IGNORECASE)
_TERM_WRITTEN = re.compile(rf"^\s*{TERM}$", re.IGNORECASE)  # "khóa I" after a head
MAX_BOARD_WORDS = 4  # "Ban Quan hệ lao động <body>": at most this many words of its own


def organisations(
    index: OrgIndex, text: str, *, province: str | None, article_id: str
) -> list[Organisation]:
    """`province` (`home_province`) and `article_id` place the bodies written with a
    generic place word (`_local_key`)."""
    parents = index.parents(text)
    heads = HeadWords.of(index.lex)
    ministries = [g for g in index.groups if g.kind == "ministry" and g.canonical]  # gazetteer's
    out = []
    for g in index.groups:
        parent = parents.get(id(g))
        provincial = key_place(g.key)  # "Cục Thống kê tỉnh X"
        if (
            parent is None
            and len(ministries) == 1
            and g.name.startswith(MINISTRY_UNITS)
            and not provincial
        ):
            parent = ministries[0]  # a Vụ is a ministry's; the article names one (of ours)
        parent = (
            parent
            or _named_within(g, index.groups)
            or _body_closing(g, index)
            or standing_body(g, index.groups)
            or district_committee(g, index.groups)
        )
        aliases = tuple(sorted({m.text for m in g.mentions} - {g.name}))
        short = sorted({organisation_key(m.text) for m in g.mentions if m.abbreviates})
        placed = _placed(g, heads)
        known = index.lex.canonical_org(g.canonical) if g.canonical else None
        out.append(
            Organisation(
                name=g.name,
                kind=g.kind,
                key=g.canonical or _local_key(placed, province, article_id),
                aliases=aliases,
                parent=parent.name if parent else None,
                canonical=g.canonical or _placed_label(g.name, placed, province, index.lex),
                english=known.english if known else None,
                concept=known.concept if known else None,
                mentions=tuple(Mention(m.start, m.end, m.text) for m in g.mentions),
                also_known_as=tuple(short),
            )
        )
    return out


def _placed(group: OrgGroup, heads: HeadWords) -> str:
    """The key of a body named with no place, where its head says it has one: a "Sở ..."
    or a bare "Tỉnh ủy" is a province's, a bare "UBND" or "HĐND" the article's committee
    (head flags "provincial", "of_place": keyed as a generic place word, "sở y tế @"), a
    bare "Huyện ủy" or "Thành Đoàn" the article's district's or city's (flag "local"), and
    a body with a branch in every place, named with none ("Hội Phụ nữ", "Phòng Tư pháp"),
    the article's branch (data/lexicon/branch_bodies.txt)."""
    if PLACE_MARK in group.key:
        return group.key
    head = heads.pattern.match(group.name) or heads.pattern.match(_sentence_case(group.name))
    flags = heads.by_label[head.group(1)].flags if head else frozenset()
    bare = head is not None and not _TERM_WRITTEN.sub("", group.name[head.end() :]).strip()
    if (bare and "local" in flags) or group.key in branch_bodies():
        return group.key + ARTICLE_WIDE
    of_place = "provincial" in flags or (bare and "of_place" in flags)
    return placed_key(group.key, "") if of_place else group.key


@cache
def branch_bodies() -> frozenset[str]:
    """The keys of data/lexicon/branch_bodies.txt."""
    return frozenset(organisation_key(n) for n in word_list(LEXICON_DIR / "branch_bodies.txt"))


def _sentence_case(name: str) -> str:
    """A letterhead's "ỦY BAN NHÂN DÂN" as running text writes it, for its head word."""
    return name[:1] + name[1:].lower() if in_capitals(name) and " " in name else name


def _placed_label(name: str, placed: str, province: str | None, lex: Lexicon) -> str | None:
    """The label of a body keyed by the article's province: "UBND tỉnh" -> "UBND tỉnh Quảng
    Nam", "Sở Y tế" -> "Sở Y tế Nghệ An". The resource is that province's body in every
    article, and a bare label would say which to no one; the written form stays an
    altLabel."""
    entry = lex.place(province) if province and placed.endswith(PLACE_MARK) else None
    if entry is None:
        return None
    base = _GENERIC_END.sub("", _sentence_case(name))
    place = entry.canonical if base.startswith("Tỉnh") else with_unit(entry)
    return f"{base} {place}"  # "Tỉnh ủy Nghệ An", "Sở Y tế tỉnh Nghệ An"


def _local_key(key: str, province: str | None, article_id: str) -> str:
    """ "Sở Y tế tỉnh" is the department of the article's province, "UBND xã" the commune's
    of the article: keyed as written, each would be one resource for every province or
    commune across articles. The province when the article names one, else the article."""
    if key.endswith(PLACE_MARK):
        return key_text(key + (province or f"article {article_id}"))
    if key.endswith(UNIT_ENDS):  # "Hội Nông dân xã": which commune?
        return f"{key} article {article_id}"
    if key.endswith(ARTICLE_WIDE):
        return f"{key.removesuffix(ARTICLE_WIDE)} article {article_id}"
    return key_text(key)


def home_province(index: OrgIndex, places: list[Span], lex: Lexicon) -> str | None:
    """The one province or centrally-run city the article names, in a body's name or as a
    place: the province of its "Sở Y tế tỉnh", whose key would otherwise make the
    departments of every province one resource across articles. None when it names none
    or several."""
    named = {place for g in index.groups if (place := key_place(g.key))}
    named |= {norm(e.canonical) for span in places if (e := place_entry(span.text, lex))}
    provinces = {p for p in named if (e := lex.place(p)) and e.kind in PROVINCE_KINDS}
    return provinces.pop() if len(provinces) == 1 else None


def _named_within(group: OrgGroup, groups: list[OrgGroup]) -> OrgGroup | None:
    """ "Ban Thư ký ASEAN", "Văn phòng Quốc hội", "Hội đồng Đại học Huế": a unit whose name
    ends with the name of a body the article names (an international body, the state, a
    university) is part of it, in any of the ways the article writes the unit; also when
    the article writes the unit by its acronym ("UNICEF": the gazetteer's name ends with
    "Liên Hợp Quốc"); an association named after it ("Hiệp hội ... ASEAN") is a body of its
    own."""
    if group.kind in INDEPENDENT_KINDS or group.kind == "government":
        return None  # "Thủ tướng Chính phủ" heads the government, it is no unit of it
    return next(
        (
            g
            for g in groups
            if g is not group
            and g.kind in WITHIN_KINDS
            and any(
                name.endswith(" " + m.text) for m in g.mentions for name in _written_names(group)
            )
        ),
        None,
    )


def _written_names(group: OrgGroup) -> set[str]:
    """The unit's name, its gazetteer name and each way the article writes it ("Văn phòng
    Bộ Giáo dục và Đào tạo", then "văn phòng Bộ GD&ĐT": the ministry's short name)."""
    return {group.name, group.canonical or group.name, *(m.text for m in group.mentions)}


def _body_closing(group: OrgGroup, index: OrgIndex) -> OrgGroup | None:
    """ "Ban Tổ chức Thành ủy", "Ban Quan hệ lao động Tổng LĐLĐ Việt Nam": a board (head
    flagged "of_body" in org_heads.txt) whose name closes with a body the article names, a
    few plain words after its head, is that body's board, whatever the body's kind. A long
    name ("Ban Vận động ... thành lập Hội X") speaks of the body rather than belongs to it."""
    heads = HeadWords.of(index.lex)
    head = heads.pattern.match(upper_first(group.name))  # "ban" after a post
    if head is None or "of_body" not in heads.by_label[head.group(1)].flags:
        return None
    name = norm(group.name)
    opening = len(norm(group.name[: head.end()]))
    for unit_only in (False, True):  # the body written in full first
        for g in index.groups:
            for m in g.mentions if g is not group else ():
                at = _closing_at(name, norm(m.text), index.lex, unit_only=unit_only)
                between = name[opening:at] if at is not None else ""
                if (
                    at is not None
                    and len(between.split()) <= MAX_BOARD_WORDS
                    and not re.search(r"[^\w\s]", between)
                ):
                    return g
    return None


def _closing_at(name: str, body: str, lex: Lexicon, *, unit_only: bool) -> int | None:
    """Where `body` closes `name` (both normalised): at its end, or, when the body is
    written with its unit's word only ("ủy ban mttq việt nam tỉnh"), before that unit's
    place ("ban thường trực ủy ban mttq việt nam tỉnh hưng yên"). None when it does not."""
    if not unit_only:
        return len(name) - len(body) if name.endswith(" " + body) else None
    if not body.endswith(UNIT_ENDS):
        return None
    at = name.rfind(" " + body + " ")
    rest = name[at + len(body) + 2 :] if at >= 0 else ""
    return at + 1 if rest and lex.place(rest) is not None else None
