"""A local instrument named after the national one it carries out.

"Chương trình hành động vì trẻ em tỉnh Bến Tre giai đoạn 2013-2020" and "Chương trình hành
động quốc gia vì trẻ em giai đoạn 2012-2020": the same words, but for a place instead of
"quốc gia" and for its own period. A province adapts the national programme (strategy,
plan) to itself: the local one `implements` the national one. Two names of one kind are
compared once the place, the period and "quốc gia" are set aside; the one naming a place
is the local one. Numbered documents keep to their numbers and are left out.
"""

from __future__ import annotations

import itertools
import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.lexicon import norm
from graph_builder.nlp.rules.policies import INSTRUMENTS

# "(trên địa bàn) tỉnh Bến Tre", "thành phố Đà Nẵng": the place a local instrument is for
_PLACE_HEAD = re.compile(
    r"(?:\s(?:trên|tại)\s+địa\s+bàn)?\s(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+"
)
_PERIOD = re.compile(  # "giai đoạn 2021-2025", "giai đoạn2013-2020" (glued), "đến năm 2030"
    r"\s(?:giai\s*đoạn|đến năm|đến|năm|tầm nhìn|định hướng)(?![^\W\d_]).*$|\s(?:19|20)\d{2}.*$",
    re.IGNORECASE,
)
_NATIONAL = re.compile(r"\bquốc gia\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
MIN_WORDS = 4  # "Chương trình hành động vì trẻ em": a name, not a head word and a topic


def link_local_twins(pb: PolicyBuilder) -> None:
    """Relate each local instrument to the national one of the same words."""
    named = [e for e in pb.entities if not e.number and e.kind in INSTRUMENTS]
    for a, b in itertools.permutations(named, 2):
        if a.kind.casefold() == b.kind.casefold() and _adapts(a, b):
            pb.relate(a.name, Predicate.IMPLEMENTS, b.name)


def _adapts(local: PolicyEntity, national: PolicyEntity) -> bool:
    place = _place(local.name)
    if place is None or _place(national.name) is not None:
        return False
    core = _core(local.name.replace(place, " "))
    words = len(_WORD.findall(_PERIOD.sub("", national.name)))
    return words >= MIN_WORDS and core == _core(national.name)


def _place(name: str) -> str | None:
    """The place phrase of the name: the unit word and the capitalised words after it (a
    name, not "tỉnh ta")."""
    for head in _PLACE_HEAD.finditer(name):
        words = name[head.end() :].split()
        place = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
        if place:
            return head.group() + " ".join(place)
    return None


def _core(name: str) -> str:
    """The letters of the name without its period, its years and "quốc gia", spaces
    aside ("vìtrẻ em", glued in the source, is "vì trẻ em")."""
    text = _NATIONAL.sub(" ", _PERIOD.sub("", name))
    return "".join(_WORD.findall(norm(text)))
