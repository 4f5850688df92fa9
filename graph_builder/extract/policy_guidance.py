"""Legal texts that guide others: "Thông tư 01/2016/TT-BLĐTBXH hướng dẫn thi hành Luật Bảo
hiểm xã hội ...", "Nghị định này quy định chi tiết một số điều của Luật X". A circular or
decree that guides or details a law or a decree carries it out: it `implements` every
policy its clause names after the cue, up to the clause's end.

Not in a preamble ("Căn cứ Nghị định A ... quy định chi tiết Luật B"): there the text
describes the documents it rests on, and the article links none of them to each other.
"""

from __future__ import annotations

import bisect
import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.text import sentence_at

GUIDES = re.compile(
    r"\s*,?\s*(?:này\s+)?(?:[Hh]ướng dẫn(?: thi hành| thực hiện| chi tiết)?|"
    r"[Qq]uy định chi tiết(?: thi hành)?)\s+"
)
_PREAMBLE = re.compile(r"\s*(?:[-–•]\s*|\d+\.\s*)?Căn cứ\b")
_CLAUSE_END = re.compile(r"[;:\n]")


def link_guidance(pb: PolicyBuilder) -> None:
    """Each mention followed by the cue links its entity to the policies named after it.
    The other mentions are looked up by binary search (in text order), not scanned."""
    starts = sorted((m.start, i) for i, e in enumerate(pb.entities) for m in e.mentions)
    keys = [s for s, _ in starts]
    for e in pb.entities:
        for m in e.mentions:
            cue = GUIDES.match(pb.text, m.end)
            sent = sentence_at(pb.sents, m.start)
            if cue is None or sent is None or _PREAMBLE.match(sent.text):
                continue
            stop = _CLAUSE_END.search(pb.text, cue.end(), sent.end)
            end = stop.start() if stop else sent.end
            lo, hi = bisect.bisect_left(keys, cue.end()), bisect.bisect_left(keys, end)
            for i in dict.fromkeys(i for _, i in starts[lo:hi]):
                _relate(pb, e, pb.entities[i])


def _relate(pb: PolicyBuilder, e: PolicyEntity, other: PolicyEntity) -> None:
    if other is not e:
        pb.relate(e.name, Predicate.IMPLEMENTS, other.name)
