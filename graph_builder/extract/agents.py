"""Organisation mentions -> groups: one per body however the article writes it, and which
group is written as the parent of which. The entities are made in extract/org_entities.py;
people are assembled from the groups in extract/persons.py."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from graph_builder.extract.parent_gaps import (
    LIST_GOES_ON,
    PARENT_GAP,
    SPACE_GAP,
    committee_listed,
    posted,
    stated,
)
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.head_words import HeadWords
from graph_builder.nlp.rules.keys import (
    PLACE_MARK,
    expand,
    key_base,
    key_place,
    organisation_key,
    placed_key,
    split_place,
)
from graph_builder.nlp.rules.org_ends import UNIT_ENDS
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.text import longer_of, upper_first

PARENT_KINDS = {"ministry", "university", "people's committee", "government", "international"}


@dataclass
class OrgGroup:
    mentions: list[OrgMention] = field(default_factory=list)
    key: str = ""
    kind: str = "other"
    canonical: str | None = None

    _named: tuple[int, str | None] = field(default=(0, None), init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The longest form, kept up to date as mentions are added (they only grow): it is
        asked per mention, and a group of a long article holds thousands."""
        count, best = self._named
        if count != len(self.mentions):
            best = longer_of(best, (m.text for m in self.mentions[count:]))
            self._named = (len(self.mentions), best)
        return best or ""


class OrgIndex:
    """Organisation groups of one article, and which mention belongs to which group."""

    def __init__(self, mentions: list[OrgMention], lex: Lexicon) -> None:
        self.lex = lex
        self.groups: list[OrgGroup] = []
        self._of: dict[int, OrgGroup] = {}
        for mention in mentions:
            self._add(mention)
        self._merge_generic_places()
        self._merge_short_forms()

    def _key(self, m: OrgMention) -> tuple[str, str | None]:
        if m.canonical:  # keyed as other names are: "Bộ Lao động – TBXH" is the gazetteer's
            return organisation_key(m.canonical), None
        written = m.abbreviates or m.text
        return split_place(organisation_key(written), self.lex, written)

    def _add(self, m: OrgMention) -> None:
        base, place = self._key(m)
        key = base if place is None else placed_key(base, place)
        group = next((g for g in self.groups if g.key == key), None)
        if group is None:
            group = OrgGroup(key=key, kind=m.kind, canonical=m.canonical)
            self.groups.append(group)
        group.mentions.append(m)
        self._of[m.start] = group

    def _merge_generic_places(self) -> None:
        """ "Sở LĐ-TB&XH" and "Sở LĐ-TB&XH Thành phố" join the one "Sở ... TP.HCM"; with
        no named place, "Trung tâm X" joins the one "Trung tâm X tỉnh" (the article's)."""
        for group in list(self.groups):
            base = key_base(group.key)
            if key_place(group.key):
                continue
            named = [
                g
                for g in self.groups
                if g is not group
                and g.key.startswith(placed_key(base, ""))
                and key_place(g.key)
                and not (PLACE_MARK in group.key and self._national(g))
                and not self._abroad(g)
            ]
            generic = [g for g in self.groups if g is not group and g.key == placed_key(base, "")]
            if len(named) == 1:
                self._move(group, named[0])
            elif not named and PLACE_MARK not in group.key and len(generic) == 1:
                self._move(group, generic[0])
        self._merge_unit_words()

    def _national(self, group: OrgGroup) -> bool:
        """ "Hội Khuyến học Việt Nam": a body named with a country. "Hội Khuyến học tỉnh"
        (a province's or a city's, by its generic word) is its local branch, not it."""
        entry = self.lex.place(key_place(group.key))
        return entry is not None and entry.kind == "country"

    def _abroad(self, group: OrgGroup) -> bool:
        """ "Chính phủ Anh", "Bộ Y tế Singapore": a body named with a foreign country is
        that country's, never the article's bare "Chính phủ" or "Bộ Y tế"."""
        return self.lex.foreign_country(self.lex.place(key_place(group.key)))

    def _merge_unit_words(self) -> None:
        """ "Hội Người cao tuổi phường" is the one "Hội Người cao tuổi phường Tân Định" of
        the article: a name ending with a unit's word joins the one name that goes on with
        that unit's name (no gazetteer knows most wards and communes)."""
        for group in list(self.groups):
            if not group.key.endswith(UNIT_ENDS):
                continue
            longer = [g for g in self.groups if g.key.startswith(group.key + " ")]
            if len(longer) == 1:
                self._move(group, longer[0])

    def _merge_short_forms(self) -> None:
        """ "Ban Chỉ đạo Tỉnh" is the one "Ban Chỉ đạo Chương trình 135 – Tỉnh":
        a board (head flagged "short" in org_heads.txt) whose words are all in exactly one
        longer name of the same head is that body; with two such names it stays apart."""
        heads = HeadWords.of(self.lex)
        for group in list(self.groups):
            head = heads.pattern.match(group.name)
            if head is None or "short" not in heads.by_label[head.group(1)].flags:
                continue
            words = set(_words(group.name))
            longer = [
                g
                for g in self.groups
                if g is not group
                and _words(g.name)[:2] == _words(group.name)[:2]
                and words < set(_words(g.name))
            ]
            if len(longer) == 1:
                self._move(group, longer[0])

    def _move(self, source: OrgGroup, target: OrgGroup) -> None:
        target.mentions.extend(source.mentions)
        for m in source.mentions:
            self._of[m.start] = target
        self.groups.remove(source)

    def group_of(self, m: OrgMention) -> OrgGroup:
        return self._of[m.start]

    def _outranks(self, parent: OrgGroup, child: OrgGroup) -> bool:
        """By the head words' ranks (data/lexicon/unit_ranks.txt)."""
        high, low = self._rank(parent), self._rank(child)
        return high is not None and low is not None and high > low

    def _rank(self, group: OrgGroup) -> int | None:
        ranks = {h.label: int(h.kind) for h in self.lex.unit_ranks}
        name = upper_first(group.name)  # "phòng Công tác xã hội" too
        heads = [h for h in ranks if name.startswith(h + " ")]
        return ranks[max(heads, key=len)] if heads else None

    def _listed_on(self, text: str, b: OrgMention, after: list[OrgMention]) -> bool:
        """ "Vụ A, Cục B, Cục C": a comma, then a body no higher than B, goes on a list of
        units; "Vụ A, Tổng cục B, Bộ C" climbs to each one's parent."""
        if not after or not re.fullmatch(r"\s*,\s*", text[b.end : after[0].start]):
            return False
        high, low = self._rank(self.group_of(after[0])), self._rank(self.group_of(b))
        return high is not None and low is not None and high <= low

    def _committees(self, m: OrgMention) -> bool:
        """A body each unit has one of (head flagged `of_place` or `local`: "UBND", "HĐND",
        "Đảng ủy", "Thành ủy"); two of them listed are siblings, neither a unit of the other."""
        heads = HeadWords.of(self.lex)
        head = heads.pattern.match(m.text)
        flags = heads.by_label[head.group(1)].flags if head else frozenset()
        return "of_place" in flags or "local" in flags

    def parents(self, text: str) -> dict[int, OrgGroup]:
        """Child group id -> parent: "Cục X – Bộ Y", "Cơ sở II, Trường ĐH ..."."""
        return {id(self.group_of(a)): self.group_of(b) for a, b in self.parent_pairs(text)}

    def parent_pairs(self, text: str) -> list[tuple[OrgMention, OrgMention]]:
        """(unit, parent) mentions written side by side: "Cục X (Bộ Y)", "Vụ X, Bộ Y"."""
        out: list[tuple[OrgMention, OrgMention]] = []
        ordered = sorted((m for g in self.groups for m in g.mentions), key=lambda m: m.start)
        for i, (a, b) in enumerate(itertools.pairwise(ordered)):
            gap = text[a.end : b.start]
            child, parent = self.group_of(a), self.group_of(b)
            branch = child.kind == "university" and a.text.startswith(("Cơ sở", "Phân hiệu"))
            unlikely = parent.kind not in PARENT_KINDS or child.kind in PARENT_KINDS
            if unlikely and (self._outranks(parent, child) or stated(gap)):
                unlikely = False  # "Vụ X, Tổng cục Y"; "Viện X thuộc Viện Y"
            if child is parent or (unlikely and not branch) or posted(a.text):
                continue
            if "," in gap and parent.kind not in PARENT_KINDS and LIST_GOES_ON.match(text, b.end):
                continue  # "của Trung tâm X, Hội Y và ...": a list, no unit and its body
            if "," in gap and self._listed_on(text, b, ordered[i + 2 : i + 3]):
                continue
            if "," in gap and child.kind == "association" and not stated(gap):
                continue  # "Hội Nhà báo X, Tổng cục Y, ...": an association is no unit
            if "," in gap and self._committees(a) and self._committees(b):
                continue  # "Đảng ủy, UBND xã X": the commune's bodies side by side
            if committee_listed(text, gap, b, parent.kind, ordered[i + 2 : i + 3]):
                continue
            ranked = SPACE_GAP.fullmatch(gap) and self._rank(child) is not None
            if PARENT_GAP.fullmatch(gap) or ranked:
                out.append((a, b))
        return out


def _words(name: str) -> list[str]:
    return re.findall(r"[^\W_]+", expand(name))
