"""Drafts (nlp/rules/drafts.py) as policies: one per kind and replaced document, whatever
number format each mention writes ("... thay thế Nghị định 86/2015/NĐ-CP", "... thay thế
Nghị định 86"). Added beside, not through, PolicyBuilder.add_instruments: there a name
holding "Nghị định 86" would be taken for that decree, and the decree cited inside it
for no policy of its own."""

from __future__ import annotations

from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.drafts import Draft


def add_drafts(entities: list[PolicyEntity], drafts: list[Draft]) -> None:
    seen: dict[tuple[str, str], PolicyEntity] = {}
    for d in drafts:
        key = (d.mention.kind, d.replaces)
        if key not in seen:
            seen[key] = PolicyEntity(d.mention.kind)
            entities.append(seen[key])
        seen[key].mentions.append(d.mention)
