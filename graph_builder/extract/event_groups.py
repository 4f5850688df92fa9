"""Mentions of one event grouped: the full names and the bare head words that refer back
to them ("Hội thảo ... " then "Hội thảo"), and when two full mentions are one event."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from graph_builder.extract.policy_names import jaccard
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.text import longer_of


@dataclass
class EventGroup:
    kind: str
    mentions: list[EventMention] = field(default_factory=list)

    _named: tuple[int, str | None] = field(default=(0, None), init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        """The longest full form, kept up to date as mentions are added (they only grow)."""
        count, best = self._named
        if count != len(self.mentions):
            best = longer_of(best, (m.text for m in self.mentions[count:] if not m.bare))
            self._named = (len(self.mentions), best)
        return best if best is not None else self.mentions[0].text


def same_event(g: EventGroup, m: EventMention, *, loose: bool = False) -> bool:
    """Two full mentions of one event: same name, same quoted title, or mostly same words."""
    if g.kind != m.kind:
        return False
    title = re.search(r"[“\"']{1,2}([^”\"']{3,})", m.text)
    return any(
        o.text.lower() == m.text.lower()
        or (
            title is not None
            and title.group(1).lower().replace(" ", "") in o.text.lower().replace(" ", "")
        )
        or jaccard(o.text, m.text) >= (0.4 if loose else 0.6)  # a headline paraphrases
        for o in g.mentions
        if not o.bare
    )
