"""Person mentions -> Person entities: one per name, with their posts, the bodies they hold
them at, and the body a post implies when the article names none."""

from __future__ import annotations

import re
from collections import defaultdict

from graph_builder.extract.agents import OrgGroup, OrgIndex
from graph_builder.extract.model import Mention, Person
from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, norm, per_lexicon, word_list
from graph_builder.nlp.rules.keys import key_text, organisation_key
from graph_builder.nlp.rules.orgs import OrgMention, org_starting_in
from graph_builder.nlp.rules.people import PersonMention, organisations_of
from graph_builder.nlp.rules.posts import FORMER
from graph_builder.nlp.rules.text import alternation
from graph_builder.textnorm import fold

# A chair's post written with a place, not a body: "Chủ tịch tỉnh X", "Phó Chủ tịch TP Y"
_CHAIR_OF_PLACE = re.compile(
    r"(?:Phó\s+)?Chủ tịch\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*(.*)$"
)

_NEAR = 200  # a bare head word's body is written in the same passage, before the post
_OFFICE_OF_GOVERNMENT = re.compile(r"Thủ tướng(?: Chính phủ)?", re.IGNORECASE)
_BARE_HEAD = re.compile(
    rf"\s(?:[Nn]hà\s+)?({alternation(word_list(LEXICON_DIR / 'bare_heads.txt'))})$"
)


def people(
    mentions: list[PersonMention], orgs: list[OrgMention], index: OrgIndex, lex: Lexicon
) -> list[Person]:
    by_name: dict[str, list[PersonMention]] = defaultdict(list)
    known = {m.name for m in mentions}
    for m in mentions:
        by_name[_known_prefix(m.name, known)].append(m)
    out = []
    for name, group in by_name.items():
        roles = _distinct_roles(group, orgs, index, lex)
        richest = max(group, key=lambda m: sum(map(len, m.roles)))
        named = [
            body
            for m in group
            for o in organisations_of(m, orgs)
            if (body := _member_body(index.group_of(o).name, lex))
        ]
        headed = _named_by_head(group, index, lex)  # "Giám đốc Sở": the article's one Sở
        bodies = named + ([headed] if headed else [])
        body = (
            named[0]
            if named
            else _implied_body(roles, index, lex) or _committee_of(roles, index) or headed
        )
        out.append(
            Person(
                name=name,
                key=_person_key(name, body, index),
                title=next((m.title for m in group if m.title), None),
                role=", ".join(richest.roles) or None,
                roles=tuple(roles),
                organisation=body,
                mentions=tuple(Mention(m.start, m.end, m.name) for m in group),
                memberships=tuple(dict.fromkeys(bodies)),
                also_known_as=(name,) if body else (),
            )
        )
    return out


def _known_prefix(name: str, known: set[str]) -> str:
    """ "Bà Nguyễn Thị Hoa Tuyên truyền ..." (a caption, its verb capitalised): a name that
    is another name of the article plus one word is that name."""
    shorter = name.rsplit(" ", 1)[0]
    return shorter if shorter != name and shorter in known else name


def _member_body(name: str, lex: Lexicon) -> str | None:
    """ "Phó Thủ tướng Chính phủ X": the Prime Minister is an office, not a body; its
    holder and deputies are members of the Government. An authority the gazetteer also
    lists as a post ("Chủ tịch nước": posts.ttl) is the post itself, in no body: neither
    its holder, its deputy ("Phó Chủ tịch nước") nor a person written before it in a list
    ("Tổng Bí thư A, Chủ tịch nước B") is its member."""
    if _OFFICE_OF_GOVERNMENT.fullmatch(name):
        return "Chính phủ"
    return None if norm(name) in _post_labels(lex) else name


@per_lexicon
def _post_labels(lex: Lexicon) -> frozenset[str]:
    return frozenset(norm(p.label) for p in lex.posts)


def _person_key(name: str, body: str | None, index: OrgIndex) -> str:
    """The name and the body it holds a post at: one name at two bodies may be two
    people, so they get two keys (the Minter reports the pair) rather than one IRI."""
    group = next((g for g in index.groups if g.name == body), None)
    if group is None:
        return f"{name} @ {organisation_key(body)}" if body else name
    return f"{name} @ {group.canonical or key_text(group.key)}"


def _implied_body(roles: list[str], index: OrgIndex, lex: Lexicon) -> str | None:
    """ "Bộ trưởng Đào Ngọc Dung" with no ministry named in the phrase: a post that says
    the kind of its body (dcterms:type in posts.ttl) belongs to the one body of that kind
    the article names (of the gazetteer: a foreign ministry does not count)."""
    posts = {norm(p.label): p for p in lex.posts}
    kinds = {post.kind for r in roles if (post := posts.get(norm(r))) and post.kind}
    bodies = [g for g in index.groups if g.kind in kinds and g.canonical]
    return bodies[0].name if len(bodies) == 1 else None


def _committee_of(roles: list[str], index: OrgIndex) -> str | None:
    """ "Phó Chủ tịch tỉnh Quảng Nam": the chair of a province (a city, a district) chairs
    its people's committee: the committee the article names for that place, else its one
    committee."""
    places = [m.group(1) for r in roles if (m := _CHAIR_OF_PLACE.match(r))]
    if not places:
        return None
    committees = [g for g in index.groups if g.kind == "people's committee"]
    named = [g for g in committees if any(norm(g.name).endswith(norm(p)) for p in places)]
    chosen = named or committees
    return chosen[0].name if len(chosen) == 1 else None


def _named_by_head(group: list[PersonMention], index: OrgIndex, lex: Lexicon) -> str | None:
    """ "Giám đốc Sở", "Phó Hiệu trưởng nhà trường", "Bí thư Thành ủy": a post ending with a
    body's head word alone (data/lexicon/bare_heads.txt) names the one body of that head the
    article names; of several, the one written close before the post ("bà A, Giám đốc Sở
    Nội vụ; ông B, Phó Giám đốc Sở": the same Sở)."""
    labels = {p.label for p in lex.posts}
    for m in group:
        for span in m.role_spans:
            head = _BARE_HEAD.search(span.text)
            if head is None or FORMER.sub("", span.text[: head.start()]) not in labels:
                continue  # "Chủ tịch Công đoàn Trường": the post is at the unit, not the school
            word = head.group(1).casefold() + " "
            named = [g for g in index.groups if g.name.casefold().startswith(word)]
            chosen = named[0] if len(named) == 1 else _last_before(named, span.start)
            if chosen is not None:
                return chosen.name
    return None


def _last_before(groups: list[OrgGroup], pos: int) -> OrgGroup | None:
    """The one group with a mention ending within _NEAR characters before `pos`: two there
    ("Sở Y tế và Sở Tài chính họp ...; ông A, Giám đốc Sở") leave the post's body open."""
    near = {id(g): g for g in groups for o in g.mentions if pos - _NEAR <= o.end <= pos}
    return next(iter(near.values())) if len(near) == 1 else None


def _distinct_roles(
    group: list[PersonMention], orgs: list[OrgMention], index: OrgIndex, lex: Lexicon
) -> list[str]:
    """One role per (post, organisation): "GĐ Trung tâm CTXH" = "Giám đốc Trung tâm ..."."""
    best: dict[tuple[str, int | None], str] = {}
    for m in group:
        for span in m.role_spans:
            former = FORMER.match(span.text)  # "nguyên Bộ trưởng": a Bộ trưởng's post
            bare = span.text[former.end() :] if former else span.text
            post = next((p for p in lex.posts if bare.startswith(p.label)), None)
            inside = org_starting_in(orgs, span.start, span.end)
            org_id = id(index.group_of(inside)) if inside else None
            signature = (fold(post.canonical if post else span.text).lower(), org_id)
            loose = (signature[0], None)
            if org_id is not None and loose in best:
                best.pop(loose)
            if org_id is None and any(k[0] == signature[0] for k in best):
                continue
            if len(span.text) > len(best.get(signature, "")):
                best[signature] = span.text
    return list(best.values())
