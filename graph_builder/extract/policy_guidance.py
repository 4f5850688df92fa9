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
# "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 quy định chi tiết ...", "Thông tư 05/2022/TT-X
# ngày 25 tháng 7 năm 2022 của Bộ Y về hướng dẫn ...": its date, its issuer (a body's name)
# and "về" may stand between; the verb then in lower case ("..., Hướng dẫn số 03-HD/X" is
# the next document of a list, "và hướng dẫn của Ban Y" a noun)
_DATE = re.compile(
    r"\s*,?\s*ngày\s+\d{1,2}(?:\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}|"
    r"\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
)
_OF = re.compile(r"\s+của\s+")
_ABOUT = re.compile(r"\s+về(?:\s+việc)?")
_LOWER_CUE = re.compile(r"\s+(?:hướng dẫn|quy định chi tiết)(?!\s+(?:số|của)\b)")
_PREAMBLE = re.compile(r"\s*(?:[-–•]\s*|\d+\.\s*)?Căn cứ\b")
# a line the source wrapped goes on; a line after a stop or a blank line is another clause
_CLAUSE_END = re.compile(r"[;:]|(?<=[.;:])\s*\n|\n\s*\n|\n(?=\s*(?:\d+\.|[-–•]))")


def link_guidance(pb: PolicyBuilder) -> None:
    """Each mention followed by the cue links its entity to the policies named after it.
    The other mentions are looked up by binary search (in text order), not scanned."""
    starts = sorted((m.start, i) for i, e in enumerate(pb.entities) for m in e.mentions)
    keys = [s for s, _ in starts]
    for e in pb.entities:
        for m in e.mentions:
            cue = GUIDES.match(pb.text, m.end) or _cue_after_date(pb, m.end)
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


def _cue_after_date(pb: PolicyBuilder, pos: int) -> re.Match[str] | None:
    """The cue after a mention's date, issuer and "về", in lower case."""
    date = _DATE.match(pb.text, pos)
    pos = date.end() if date else pos
    of = _OF.match(pb.text, pos)
    body = next((o for o in pb.orgs if of and o.start == of.end()), None)
    pos = body.end if body else pos
    about = _ABOUT.match(pb.text, pos)
    pos = about.end() if about else pos
    if _LOWER_CUE.match(pb.text, pos) is None or (date is None and body is None):
        return None
    return GUIDES.match(pb.text, pos)
