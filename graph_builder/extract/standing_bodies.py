"""Which body a standing board belongs to: "Thường trực HĐND quận" (the council's standing
board) is an organ of the district's council, "Thường trực Hội Cựu chiến binh tỉnh" of the
province's veterans' association. The board's name is the body's with "Thường trực" before
it, so the body is the one group the article names with the rest of that name: written as
the rest ("Hội Cựu chiến binh tỉnh"), or, where the rest names only a unit's level or a
generic place ("HĐND quận", "HĐND tỉnh"), the one body of that name with its place
("HĐND quận Cầu Giấy")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph_builder.nlp.rules.keys import key_base

if TYPE_CHECKING:
    from graph_builder.extract.agents import OrgGroup

STANDING = "thường trực "  # how a standing board's key opens (keys are folded to lower case)


def standing_body(group: OrgGroup, groups: list[OrgGroup]) -> OrgGroup | None:
    """The body `group` is the standing board of; None when it is no standing board, or the
    article names no such body, or several that its name could mean."""
    if not group.key.startswith(STANDING):
        return None
    body_key = group.key.removeprefix(STANDING)
    others = [g for g in groups if g is not group and not g.key.startswith(STANDING)]
    same = [g for g in others if g.key == body_key]
    if len(same) == 1:
        return same[0]
    base = key_base(body_key)
    placed = [g for g in others if key_base(g.key) == base]
    return placed[0] if len(placed) == 1 else None
