"""What a bare head word refers back to ("Tại hội nghị, ...", "Tham dự buổi lễ có ...",
"Tại cuộc họp, ..."): an event of its kind, the one training or meeting the article names,
the ceremony it names, or the named event whose name holds the head. Split from
extract/event_groups.py, which groups the full mentions.
"""

from __future__ import annotations

import re

from graph_builder.extract.event_groups import EventGroup
from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.event_contexts import CEREMONY_KIND
from graph_builder.nlp.rules.events import EventMention
from graph_builder.nlp.rules.inspections import verb_told_kinds
from graph_builder.nlp.rules.verb_events import AWARD_KIND


def kin_of(
    m: EventMention, named: list[EventGroup], groups: list[EventGroup], lex: Lexicon
) -> list[EventGroup]:
    """The events a bare head may refer back to, the likeliest kind first."""
    return (
        (ceremonies(named, lex) if m.kind == CEREMONY_KIND else [])
        or [g for g in groups if g.kind == m.kind]
        or sole_training(named)
        or holding_its_head(named, m.kind)
        or (sole_meeting(named, groups) if m.kind in lex.event_kinds("generic") else [])
    )


def refers_to_none(m: EventMention, named: list[EventGroup]) -> bool:
    """A bare head with no event to refer back to that opens none of its own: "Tại hội
    nghị, ..." beside events of other kinds; "buổi lễ" in an article naming no event (its
    ceremony is named by what was done there, which the rules did not read)."""
    return bool(named) if m.back else m.kind == CEREMONY_KIND and not named


def sole_training(groups: list[EventGroup]) -> list[EventGroup]:
    """ "Các đại biểu dự hội nghị" in an article about one training: a bare head of
    another kind refers back to the one event the article names when that is a training
    (held as a conference, so called one); beside a named meeting, a bare "Lễ ký kết" or
    "Hội nghị" is a second event."""
    one = len(groups) == 1 and any(m.activity for m in groups[0].mentions)
    return groups if one else []


def sole_meeting(named: list[EventGroup], groups: list[EventGroup]) -> list[EventGroup]:
    """The one event a meeting's general word ("cuộc họp") refers back to: the one the
    article names, or, naming none, the one it has referred to by a head alone
    ("Tại buổi làm việc, ..." then "Tại cuộc họp, ...")."""
    ones = named or groups
    return ones if len(ones) == 1 else []


def ceremonies(groups: list[EventGroup], lex: Lexicon) -> list[EventGroup]:
    """ "Tại buổi lễ, ...": the ceremonies the article names (a head flagged ceremony, or a
    programme, a gift or a handover held), which the general word refers back to."""
    kinds = lex.event_kinds("ceremony", "held") | verb_told_kinds(lex) | {AWARD_KIND}
    return [g for g in groups if g.kind in kinds or g.kind.casefold().startswith("lễ ")]


def holding_its_head(groups: list[EventGroup], kind: str) -> list[EventGroup]:
    """ "Tại lớp tập huấn, ..." after "Hội nghị tập huấn công tác X": a bare head refers back to
    the named event whose name holds that head word (a training held as a conference)."""
    word = kind.casefold()
    return [
        g
        for g in groups
        if re.search(rf"(?<![\wÀ-ỹ]){re.escape(word)}(?![\wÀ-ỹ])", g.name.casefold())
        or _two_acts(g.name.casefold(), word)
    ]


def _two_acts(name: str, kind: str) -> bool:
    """ "Lễ khởi công và khánh thành cầu X", then "Tại lễ khánh thành, ...": a ceremony
    named for two acts is referred back to by either act's ceremony ("lễ" and its verb)."""
    act = kind.removeprefix("lễ ")
    return (
        act != kind
        and name.startswith("lễ ")
        and bool(re.search(rf"(?:,|\svà)\s+{re.escape(act)}(?![\wÀ-ỹ])", name))
    )
