"""Which people's committee a district's office belongs to: a "Phòng ... huyện" is a
specialised office of the district's people's committee (UBND huyện), the way a ministry's
Vụ is the ministry's, so "Phòng Lao động - TB&XH huyện Yên Thế" is part of "UBND huyện Yên
Thế" when the article names that committee, though the office's name does not close with
the committee's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graph_builder.nlp.lexicon import norm

if TYPE_CHECKING:
    from graph_builder.extract.agents import OrgGroup

# the district levels that have "Phòng" offices (a province's are "Sở", a commune has none)
_OFFICE_UNIT = re.compile(r"^phòng .+? (huyện|quận|thị xã)((?: \S+){0,3})$")
_COMMITTEE = re.compile(r"^(?:ubnd|ủy ban nhân dân) (huyện|quận|thị xã)((?: \S+){0,3})$")
COMMITTEE_KIND = "people's committee"


def district_committee(group: OrgGroup, groups: list[OrgGroup]) -> OrgGroup | None:
    """The committee of the district the office names ("huyện Yên Thế"), or, when it names
    only its level ("Phòng LĐ-TB&XH huyện"), the one committee of that level the article
    names; None when the article names none, or several for a bare level."""
    office = _OFFICE_UNIT.match(norm(group.name))
    if office is None:
        return None
    unit, place = office.group(1), office.group(2).strip()
    found = []
    for g in groups:
        if g is group or g.kind != COMMITTEE_KIND:
            continue
        written = [_COMMITTEE.match(norm(m.text)) for m in g.mentions]
        levels = [w for w in written if w and w.group(1) == unit]
        if place and any(w.group(2).strip() == place for w in levels):
            return g
        if levels:
            found.append(g)
    return found[0] if not place and len(found) == 1 else None
