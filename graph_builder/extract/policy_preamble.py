"""The preamble of a plan published in full: the lines that open with "Thực hiện" say
what the plan carries out.

    KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH X TRÊN ĐỊA BÀN TỈNH
    Thực hiện Quyết định số 12/QĐ-TTg ngày ... của Thủ tướng Chính phủ phê duyệt ...;
    Thực hiện Kế hoạch số 5-KH/TU ngày ... của Ban Thường vụ Tỉnh ủy ...; Kế hoạch số ...

The document (its header's number, or the plan the text issues "như sau:") implements
the policy such a line names first. What that policy says about others ("... về thực hiện
Chỉ thị số 3") is its own, not the plan's; the documents listed after a ";" on one line
(a circular on funding, a letter) are cited with it, and the gold does not record them as
carried out. "Căn cứ" lines are the legal basis (policy_links.py).
"""

from __future__ import annotations

import re

from graph_builder.extract.model import Predicate
from graph_builder.extract.own_document import issued_here
from graph_builder.extract.policies import PolicyBuilder
from graph_builder.extract.policy_headers import own_document
from graph_builder.extract.policy_names import PolicyEntity

PREAMBLE_REACH = 3_000  # the preamble follows the header, at the top of the document
# a line that opens with the cue, then the policy right after it
_CARRY_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–•][ \t]*)?(?:Thực hiện|Triển khai(?: thực hiện)?)[ \t]+(?=\S)"
)


def link_preamble(pb: PolicyBuilder) -> None:
    """Relate the document to the policies its "Thực hiện ..." lines name: a numbered
    document there, not a longer instrument name that starts with it."""
    own = _own_plan(pb)
    if own is None:
        return
    by_number_last = sorted(pb.entities, key=lambda e: e.number is not None)
    starts = {m.start: e for e in by_number_last for m in e.mentions if not m.bare}
    for line in _CARRY_LINE.finditer(pb.text, 0, PREAMBLE_REACH):
        carried = starts.get(line.end())
        if carried is not None and carried is not own and not _approves(pb, carried, own):
            pb.relate(own.name, Predicate.IMPLEMENTS, carried.name)


def _own_plan(pb: PolicyBuilder) -> PolicyEntity | None:
    name = own_document(pb)
    if name is not None:
        return next(e for e in pb.entities if e.name == name)
    return issued_here(pb.entities, pb.text, pb.sents)


def _approves(pb: PolicyBuilder, decision: PolicyEntity, plan: PolicyEntity) -> bool:
    """ "Thực hiện Quyết định số 5 phê duyệt Kế hoạch này": the decision approves the plan,
    the plan carries nothing of it out."""
    return any(
        r.predicate is Predicate.APPROVED_BY
        and r.subject == plan.name
        and r.object == decision.name
        for r in pb.relations
    )
