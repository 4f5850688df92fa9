"""Targets of one article: forward-looking goals (graph_builder.nlp.rules.targets) with
their deadline and the policy they belong to.

A goal names its policy in its own sentence, or follows it: an article states a plan, then
"Mục tiêu cụ thể:" and the goals, without naming the plan again.
"""

from __future__ import annotations

import bisect
import re

from graph_builder.extract.model import Mention, Policy, Target
from graph_builder.nlp.rules.dates import find_period
from graph_builder.nlp.rules.targets import TargetMention, find_targets, is_goal_header
from graph_builder.nlp.rules.text import Span, paragraphs, spans_starting_in

GOAL_BLOCK_PARAGRAPHS = 4
# Legal documents cited by a short number ("Nghị quyết 08") are no instruments with goals
LEGAL_KINDS = {"Quyết định", "Nghị định", "Nghị quyết", "Thông tư", "Chỉ thị"}
HEADING_CHARS = 60
_DIGIT = re.compile(r"\d")


def goals(text: str, sents: list[Span], policies: list[Policy]) -> list[Target]:
    out: list[Target] = []
    block_until = -1
    header_period: int | None = None
    named = _PoliciesNamed(policies)
    paras = paragraphs(text)
    for number, para in enumerate(paras):
        header = is_goal_header(para.text) and (
            re.search(r"(19|20)\d{2}", para.text) or _is_heading(para.text)
        )
        if header:
            block_until = number + GOAL_BLOCK_PARAGRAPHS
            period = find_period(para.text)
            header_period = period[1] if period else None
        goal_stated = False  # "... đặt mục tiêu ... 12,8 triệu lao động. Thu hút 40% ..."
        last_deadline: str | None = None  # "... đến năm 2030 ... Thu hút 55% ...": 2030
        for sent in spans_starting_in(sents, para.start, para.end):
            if not _DIGIT.search(sent.text):
                continue  # no figure, so no target: skip the costlier checks
            period = find_period(sent.text)
            policy = named.first_in(sent)
            carried = int(last_deadline) if last_deadline else None  # the year just stated
            end = period[1] if period else (policy.period_end if policy else header_period)
            end = end if period else (carried or end)
            found = find_targets(
                sent,
                in_goal_block=(number <= block_until and not header) or goal_stated,
                period_end=end,
            )
            goal_stated = goal_stated or bool(found)
            for t in found:
                t.deadline = t.deadline or last_deadline
                last_deadline = t.deadline
            if found and policy is None:
                policy = _policy_before(sent, policies, found)
            for t in found:
                out.append(
                    Target(
                        text=t.text,
                        value_max=t.value_max,
                        key=t.text,
                        value=t.value,
                        unit=t.unit or "đơn vị",
                        beneficiary=t.beneficiary,
                        deadline=t.deadline,
                        policy=policy.name if policy else None,
                        mentions=(Mention(t.start, t.end, t.text),),
                    )
                )
    return out


class _PoliciesNamed:
    """Which policies a sentence names, found by binary search over every mention's start
    (asked for each sentence with a figure)."""

    def __init__(self, policies: list[Policy]) -> None:
        self.policies = policies
        self._starts = sorted((m.start, i) for i, p in enumerate(policies) for m in p.mentions)

    def first_in(self, sent: Span) -> Policy | None:
        """The policy a goal in this sentence belongs to: a named instrument before a
        decision, the first in the article's policy order among each."""
        first = bisect.bisect_left(self._starts, (sent.start, -1))
        last = bisect.bisect_left(self._starts, (sent.end, -1))
        named = [self.policies[i] for i in sorted({i for _, i in self._starts[first:last]})]
        instruments = [p for p in named if not p.number]
        candidates = instruments or named
        return candidates[0] if candidates else None


def _is_heading(line: str) -> bool:
    """ "Mục tiêu cụ thể:" on a line of its own opens a block of goals."""
    return len(line) <= HEADING_CHARS and line.rstrip().endswith(":")


def _policy_before(sent: Span, policies: list[Policy], found: list[TargetMention]) -> Policy | None:
    """A goal stated without its policy's name belongs to the instrument (Đề án, Kế hoạch,
    Chương trình ...) named last before it: an article states a plan, then its goals. A
    numbered decision has no goals of its own, and a goal whose year lies past the
    instrument's period is another policy's."""
    years = [int(t.deadline) for t in found if t.deadline]
    before = [
        (max(m.start for m in p.mentions if m.start < sent.start), p)
        for p in policies
        if not p.number
        and p.kind not in LEGAL_KINDS
        and any(m.start < sent.start for m in p.mentions)
        and not (p.period_end and any(y > p.period_end for y in years))
    ]
    return max(before, key=lambda b: b[0])[1] if before else None
