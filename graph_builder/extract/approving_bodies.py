"""An instrument a body approves itself, no decision named: "Chính phủ đã phê duyệt chương
trình chuyển đổi số quốc gia ...". The instrument is approved by the body (the gold's
approvedBy with the approver), not issued by it; the passive form ("vừa được Chính phủ
thông qua") is policy_links.py's. Either way the approver is then no issuer as well.
"""

from __future__ import annotations

import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.nlp.rules.text import sentence_at

# From the body's name to the instrument's: the verb of approval, an aspect word before it
# ("Quốc hội thông qua Luật X" passes a law: its issuer, so only "phê duyệt" counts)
_APPROVES = re.compile(r"\s+(?:(?:đã|vừa|mới)\s+)?phê duyệt\s+$")
REACH = 30  # characters before the instrument that the verb and its aspect word take


def link_active_approvals(pb: PolicyBuilder) -> None:
    """ "<body> (đã|vừa) phê duyệt <instrument>": the instrument approvedBy the body."""
    ends = {o.end: o for o in pb.orgs}
    numbered = [m.start for e in pb.entities if e.number for m in e.mentions]
    for inst in [e for e in pb.entities if not e.number]:
        for im in (m for m in inst.mentions if not m.bare):
            window = max(0, im.start - REACH)
            verb = _APPROVES.search(pb.text, window, im.start)
            org = ends.get(verb.start()) if verb else None
            sent = sentence_at(pb.sents, im.start)
            if org is None or sent is None:
                continue
            if any(sent.start <= n < im.start for n in numbered):
                continue  # "Quyết định số 12/QĐ-TTg của Thủ tướng phê duyệt X": the decision's
            pb.relate(inst.name, Predicate.APPROVED_BY, pb.index.group_of(org).name)


# A law "được Quốc hội thông qua" is passed by its issuer: no approval by a body
LAWS = {"Luật", "Bộ luật", "Pháp lệnh"}


def laws_are_passed(pb: PolicyBuilder) -> None:
    """Drop a law's approval by a body (kept: its issuer, and approval by a document)."""
    laws = {e.name for e in pb.entities if e.kind in LAWS}
    documents = {e.name for e in pb.entities}
    pb.relations = [
        r
        for r in pb.relations
        if not (
            r.predicate is Predicate.APPROVED_BY and r.subject in laws and r.object not in documents
        )
    ]
