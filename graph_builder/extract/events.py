"""Event mentions -> Event entities with date, place, organisers, participants, parent.

Who took part is read by the ParticipantRules mixin (extract/event_participants.py)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.event_dates import event_dates, lead_day
from graph_builder.extract.event_groups import (
    NAME_REACH,
    EventGroup,
    caption,
    captions_folded,
    framed_by,
    headline_twin,
    inside_another,
    join,
    same_event,
    session_of,
)
from graph_builder.extract.event_organisers import OrganiserRules
from graph_builder.extract.event_places import Blanks, event_place, visited_area
from graph_builder.extract.event_refs import kin_of, refers_to_none
from graph_builder.extract.event_winners import Named, winners, works_at
from graph_builder.extract.model import Event, Mention, Predicate, Relation
from graph_builder.extract.participants import doers, framed_main, in_running_text, main_event_index
from graph_builder.extract.venues import Venues, committee_venue
from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, word_list
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.observed_days import held_day
from graph_builder.nlp.rules.orgs import OrgMention, org_covering
from graph_builder.nlp.rules.people import PersonMention
from graph_builder.nlp.rules.text import Span
from graph_builder.nlp.rules.verb_events import GIFT_KIND, GIFT_VISIT_KIND

CITED_AUTHORITIES = frozenset(
    w.casefold() for w in word_list(LEXICON_DIR / "cited_authorities.txt")
)  # named as whose policy a meeting discusses, never as attending it
# "Ban tổ chức", "BTC cuộc thi": the event's organising committee runs it, never attends it
COMMITTEE = re.compile(r"(?:Ban [Tt]ổ chức|BTC)(?![\wÀ-ỹ])(?!\s+[Tt]rung ương)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")  # a campaign's name holding its year


@dataclass
class EventBuilder(OrganiserRules):
    text: str
    sents: list[Span]
    lex: Lexicon
    orgs: list[OrgMention]
    index: OrgIndex
    people: list[PersonMention]
    year: int | None
    article_id: str = ""
    names: list[tuple[int, int]] = field(default_factory=list)  # policies' names
    published: str | None = None  # YYYY-MM-DD: dates "hôm qua", "sáng nay"
    places: list[Span] = field(default_factory=list)  # every place mention (find_places)
    groups: list[EventGroup] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    _by_start: tuple[int, list[EventMention]] = field(
        default=(-1, []), init=False, repr=False, compare=False
    )
    _blank_index: tuple[int, tuple[Blanks, Blanks]] = field(
        default=(-1, (Blanks([]), Blanks([]))), init=False, repr=False, compare=False
    )

    def group(self, mentions: list[EventMention]) -> None:
        """ "Trung tâm Hội nghị Quốc gia" is a venue: a head word inside a body's name names
        no event."""
        mentions = [m for m in mentions if not _inside_a_body(self.orgs, m.start)]
        headline_end = self.text.find("\n")
        # Whether an event is named in the headline; kept as mentions are added (they only
        # are), since asking every group's mentions anew per mention was quadratic.
        loose = any(o.start < headline_end for g in self.groups for o in g.mentions)
        for m in mentions:
            if not m.bare:
                same = next(
                    (
                        g
                        for g in self.groups
                        if same_event(g, m, loose=loose or caption(self.text, m))
                    ),
                    None,
                ) or headline_twin(self.groups, m, self.text, headline_end)
                if same is None:
                    self.groups.append(EventGroup(m.kind, [m]))
                else:
                    join(same, m)
                loose = loose or m.start < headline_end
        named = list(self.groups)
        for m in (m for m in mentions if m.bare):
            kin = kin_of(m, named, self.groups, self.lex)
            earlier = [g for g in kin if g.mentions[0].start < m.start]
            candidates = earlier or kin
            target = candidates[-1] if candidates else None
            if target is None and refers_to_none(m, named):
                continue
            if target is None:
                target = EventGroup(m.kind, [])
                self.groups.append(target)
            target.mentions.append(m)
        self.groups = captions_folded(self.groups, self.text)

    def events(self) -> list[Event]:
        out = []
        starts = [min(m.start for m in g.mentions) for g in self.groups]
        main = main_event_index(starts, self.text)
        if main is None and len(starts) == 1 and in_running_text(self.text, starts[0]):
            main = 0  # the article's one event, named in running text later, is what it reports
        main = framed_main(main, self.groups, self._parent)
        won = self._winners(starts)
        for number, g in enumerate(self.groups):
            organisers = self._organisers(g)
            date, date_end = self._dates(g)
            place = self._place(g)
            reported = self._reported(g) + self._doers(g) if number == main else []
            participants = [
                p
                for p in dict.fromkeys(self._participants(g) + reported + won.get(number, []))
                if p not in organisers
                and p.casefold() not in CITED_AUTHORITIES
                and not COMMITTEE.match(p)
            ]
            parent = self._parent(g) or session_of(
                g, self.groups[main] if main is not None else None
            )
            out.append(
                Event(
                    name=g.name,
                    kind=g.kind,
                    key=self._key(g, date),
                    date=date,
                    date_end=date_end,
                    location=place,
                    organisers=tuple(organisers),
                    participants=tuple(participants),
                    parent=parent,
                    mentions=tuple(Mention(m.start, m.end, m.text) for m in g.mentions),
                )
            )
        return out

    def _doers(self, g: EventGroup) -> list[str]:
        people = [(p.start, p.name) for p in self.people]
        names = [(m.start, m.end) for m in g.mentions]
        return doers(self.text, self.sents, people, g.name, gifts=g.kind in GIFT_KINDS, names=names)

    def _winners(self, starts: list[int]) -> dict[int, list[str]]:
        """Prize winners of each contest (extract/event_winners.py), by event number."""
        kinds = self.lex.event_kinds("contest")
        contests = {n: starts[n] for n, g in enumerate(self.groups) if g.kind in kinds}
        ends = sorted(p.end for p in self.people)
        named = [Named(p.start, p.name) for p in self.people] + [
            Named(o.start, self.index.group_of(o).name)
            for o in self.orgs
            if not self._no_part(o) and not works_at(self.text, ends, o.start)
        ]
        return winners(self.text, self.sents, contests, named) if contests else {}

    def groups_mentions(self) -> list[EventMention]:
        return [m for g in self.groups for m in g.mentions]

    def _mentions_starting_in(self, lo: int, hi: int) -> list[EventMention]:
        """Event mentions starting in [lo, hi), by binary search over them in text order
        (sorted again only when groups gained mentions)."""
        count = sum(len(g.mentions) for g in self.groups)
        if self._by_start[0] != count:
            self._by_start = (count, sorted(self.groups_mentions(), key=lambda o: o.start))
        ordered = self._by_start[1]
        first = bisect.bisect_left(ordered, lo, key=lambda o: o.start)
        last = bisect.bisect_left(ordered, hi, key=lambda o: o.start)
        return ordered[first:last]

    def _next_sentence(self, g: EventGroup) -> Span | None:
        later = self._following(g, 1)
        return later[0] if later else None

    def _dates(self, g: EventGroup) -> tuple[str | None, str | None]:
        """A day observed each year ("lấy ngày 25/3 hằng năm là Ngày X") has no one date:
        the dates near it are of the decision that set it; unless the day is held ("tổ chức
        “Ngày Sách ...”")."""
        if g.kind in self.lex.event_kinds("named") and not any(
            held_day(self.text, m.start) for m in g.mentions
        ):
            return None, None
        spans = [s for s, _ in self._sentences(g)]
        found = event_dates(
            g.name, spans, self._next_sentence(g), year=self.year, published=self.published
        )
        if found[0] is None and len(self.groups) == 1 and not self._campaign(g):
            return lead_day(self.text, year=self.year, published=self.published), None
        return found

    def _key(self, g: EventGroup, date: str | None) -> str:
        """ "Hội nghị" recurs: an event is its name on its date (or in its article). A
        campaign named with its year ("Tháng hành động vì trẻ em năm 2015") is one across
        the articles that date its launches differently."""
        if self._campaign(g) and YEAR.search(g.name):
            return g.name
        return f"{g.name} {date or self.article_id}"

    def _campaign(self, g: EventGroup) -> bool:
        return g.kind in self.lex.event_kinds("campaign")

    def _place(self, g: EventGroup) -> str | None:
        """The places listed after "tại" (the first is the location, each is locatedIn),
        else a gazetteer place near the event; none for a campaign (event_heads.txt)."""
        if self._campaign(g):
            return None
        gifts = g.kind in GIFT_KINDS
        if gifts and (visited := visited_area([m for m in g.mentions if not m.bare], self.places)):
            return visited
        names, everything = self._blanks()
        venues = self._venues
        spans = [
            (s.start, m.start, m.end, self._own_end(g, s, m))
            for s, m in self._sentences(g)
            if not inside_another(g, m, self._mentions_starting_in(m.start - NAME_REACH, m.start))
        ]
        for span in spans:
            listed = venues.listed_at(self.text, span, everything)
            if listed:
                self.relations += [Relation(g.name, Predicate.LOCATED_IN, p) for p in listed[1:]]
                return listed[0]
        return committee_venue(self.text, spans, self.lex, names) or event_place(
            self.text, self.lex, sentences=spans, names=names, everything=everything
        )

    @cached_property
    def _venues(self) -> Venues:
        return Venues(self.places, self.lex)

    def _blanks(self) -> tuple[Blanks, Blanks]:
        """Names blanked when looking for an event's place: policies' and events' names,
        and those plus organisations' (built again only when groups gained mentions)."""
        count = sum(len(g.mentions) for g in self.groups)
        if self._blank_index[0] != count:
            named = [*self.names, *((m.start, m.end) for m in self.groups_mentions())]
            bodies = [(o.start, o.end) for o in self.orgs]
            self._blank_index = (count, (Blanks(named), Blanks([*named, *bodies])))
        return self._blank_index[1]

    def _parent(self, g: EventGroup) -> str | None:
        return framed_by(self.text, self._sentences(g), g, self.groups)


GIFT_KINDS = (GIFT_KIND, GIFT_VISIT_KIND)  # not "làm việc với UBND tỉnh X": a body, no place


def _inside_a_body(orgs: list[OrgMention], pos: int) -> bool:
    org = org_covering(orgs, pos)
    return org is not None and org.start < pos
