"""The beneficiary group of the gazetteer (ontology/vocab/beneficiaries.ttl) a goal is for.

A goal names its group in the words of its sentence ("90% trẻ em có hoàn cảnh đặc biệt
được ..."); a researcher asking for every goal about children across articles cannot
gather them from free text, but can from one concept (`pkg:beneficiary`). The longest
label of a group written inside the goal's beneficiary, else inside the goal itself,
names it. One-syllable labels ("trẻ") say too little alone ("giới trẻ" is the young in
general); acronyms ("NKT") are kept.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from graph_builder.extract.model import Target
from graph_builder.nlp.lexicon import Entry, Lexicon, norm


def with_beneficiary_groups(targets: list[Target], lex: Lexicon) -> list[Target]:
    """Each goal with the concept of the group it is for, when the gazetteer has it."""
    groups = _groups(tuple(lex.beneficiaries))
    return [dataclasses.replace(t, group=_group_of(t, groups)) for t in targets]


Group = tuple[str, re.Pattern[str], str]  # normalised label, its whole-word pattern, concept


def _group_of(target: Target, groups: tuple[Group, ...]) -> str | None:
    """The beneficiary's group, or a narrower one the goal's own words name ("trẻ em" the
    beneficiary, "trẻ em có hoàn cảnh đặc biệt" the goal); else the goal's own."""
    whole = norm(target.text)
    if target.beneficiary:
        written = norm(target.beneficiary)
        for label, pattern, concept in groups:
            if pattern.search(written):
                narrower = (g for g in groups if label in g[0] and g[1].search(whole))
                return next(narrower, (label, pattern, concept))[2]
    return next((concept for _, pattern, concept in groups if pattern.search(whole)), None)


@cache
def _groups(entries: tuple[Entry, ...]) -> tuple[Group, ...]:
    """Each usable label with its pattern and concept, longest label first."""
    usable = [e for e in entries if " " in e.label.strip() or e.label.isupper()]
    usable.sort(key=lambda e: -len(e.label))
    return tuple(
        (norm(e.label), re.compile(rf"(?<!\w){re.escape(norm(e.label))}(?!\w)"), e.concept)
        for e in usable
    )
