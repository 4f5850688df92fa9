"""Targets of one article: forward-looking goals (graph_builder.nlp.rules.targets) with
their deadline and the policy they belong to.

A goal names its policy in its own sentence, or follows it: an article states a plan, then
"Mục tiêu cụ thể:" and the goals, without naming the plan again.
"""

from __future__ import annotations

import bisect
import re

from graph_builder.extract.goal_followers import said_before
from graph_builder.extract.goal_owners import is_drafted
from graph_builder.extract.goal_single import to_the_one_instrument
from graph_builder.extract.goal_twins import headline_once, once
from graph_builder.extract.model import Mention, Policy, Target
from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.dates import find_period
from graph_builder.nlp.rules.target_tables import table_goals
from graph_builder.nlp.rules.targets import TargetMention, find_targets, is_goal_header
from graph_builder.nlp.rules.text import Span, alternation, paragraphs, spans_starting_in

GOAL_BLOCK_PARAGRAPHS = 4
# Legal documents cited by a short number ("Nghị quyết 08") are no instruments with goals,
# nor are laws and conventions a goal statement cites ("thực hiện Luật Người khuyết tật")
LAWS = {"Luật", "Bộ luật", "Pháp lệnh", "Công ước", "Hiệp định"}
LEGAL_KINDS = {
    *("Quyết định", "Nghị định", "Nghị quyết", "Thông tư", "Chỉ thị"),
    *("Luật", "Bộ luật", "Pháp lệnh", "Công ước", "Hiệp định"),
}
HEADING_CHARS = 60
# "Nội dung ...:", "Nhiệm vụ và giải pháp": a section of tasks or means after the goals
_OTHER_SECTION = re.compile(
    rf"(?<![\wÀ-ỹ])(?:{alternation(word_list(LEXICON_DIR / 'plan_sections.txt'))})(?![\wÀ-ỹ])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# A section number before a heading: "2. ", "II. ", "2.1. ", "b) "
_NUMBERED = re.compile(r"(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?|[a-zđ])[.)]\s+\S")
# "Đồng thời, ...", "Đối với cán bộ cấp xã, ...": a paragraph going on with the one before
_GOES_ON = re.compile(
    r"\s*(?:Đồng thời|Bên cạnh đó|Ngoài ra|Cùng với đó|Đối với [^,.;]{3,60}?)\s*,"
)
_BACK_REFERENCE = re.compile(r"(?:(?:Các|Những)\s+)?[Mm]ục tiêu\s+(?:này|trên|đó|nói trên)\b")
# "Kế hoạch đặt ra mục tiêu ...": capitalised only because it opens the sentence
_OPENING_HEAD = re.compile(r"\s*(Kế hoạch|Đề án|Chương trình|Chiến lược) (?=\w)")
MAX_GAP = 200  # from one sentence to the next: blank lines, a caption
# A policy's head word in lower case, no name after it: "theo kế hoạch", "đề án đặt ra"
_HEAD_WORD = re.compile(
    r"(?<![\wÀ-ỹ])(kế hoạch|đề án|chương trình|chiến lược)(?![\wÀ-ỹ]| [A-ZĐ\d“\"])"
)


def goals(
    text: str,
    sents: list[Span],
    policies: list[Policy],
    *,
    published: int | None = None,
    own: str | None = None,
) -> list[Target]:
    """Goals of the article; one due before the year it was published in ("đạt 80% trong
    năm 2020" in a 2021 report) is a result, not a goal, unless it is a policy's (a report
    recalls what a 2011-2015 scheme set out to do). `own`: the plan the article is
    (its header's number), whose goals they are unless a sentence names another policy; a
    policy cited in passing before them ("các mục tiêu của Chương trình nghị sự 2030") is
    not where they belong."""
    mine = next((p for p in policies if p.name == own), None)
    headline_end = text.find("\n")
    found = once(_goals(text, sents, policies, mine), headline_end=headline_end)
    found = headline_once(found, headline_end)
    if published is not None:
        found = [t for t in found if t.policy or not (t.deadline and int(t.deadline) < published)]
    return to_the_one_instrument(found, policies)


def _goals(
    text: str, sents: list[Span], policies: list[Policy], own: Policy | None
) -> list[Target]:
    out: list[Target] = []
    block_until = -1
    header_period: int | None = None
    named = _PoliciesNamed(policies, text)
    paras = paragraphs(text)
    carried: Policy | None = None  # the policy of the goals in the paragraphs just before
    stated_before = False  # did the paragraph before state goals?
    for number, para in enumerate(paras):
        header = is_goal_header(para.text) and (
            re.search(r"(19|20)\d{2}", para.text) or _is_heading(para.text)
        )
        if header:
            block_until = number + GOAL_BLOCK_PARAGRAPHS
            period = find_period(para.text)
            header_period = period[1] if period else None
        elif _is_heading(para.text) and _OTHER_SECTION.search(para.text):
            block_until = -1  # "Nội dung tuyên truyền gồm:": another list, of no goals
        # "... đặt mục tiêu ... 12,8 triệu lao động. Thu hút 40% ..."; a paragraph opening
        # with "Đồng thời," goes on with the goals of the one before
        goal_stated = stated_before and _GOES_ON.match(para.text) is not None
        last_deadline: str | None = None  # "... đến năm 2030 ... Thu hút 55% ...": 2030
        stated_here = False
        for sent in spans_starting_in(sents, para.start, para.end):
            if not _DIGIT.search(sent.text):
                continue  # no figure, so no target: skip the costlier checks
            period = find_period(sent.text)
            policy = named.first_in(sent)
            year = int(last_deadline) if last_deadline else None  # the year just stated
            end = period[1] if period else (policy.period_end if policy else header_period)
            end = end if period else (year or end)
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
                before = said_before(sent, sents)
                policy = (
                    (named.first_in(before) if before else None)
                    or _named_next(sent, sents, named)
                    or _named_by_head(sent, policies, found)
                    or carried
                    or own
                    or _policy_before(sent, policies, [t.deadline for t in found])
                )
            if found:
                stated_here, carried = True, policy
            for t in found:  # no year stated: the end of its policy's period (gold README)
                if t.deadline is None and policy is not None and policy.period_end:
                    t.deadline = str(policy.period_end)
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
        if not stated_here and _DIGIT.search(para.text):
            carried = None  # a paragraph of figures that are no goals ends the list
        stated_before = stated_here
    return out + _tables(paras, policies)


def _tables(paras: list[Span], policies: list[Policy]) -> list[Target]:
    """Goals laid out as a table (nlp/rules/target_tables.py), with the policy named last
    before each."""
    out = []
    for g in table_goals(paras):
        policy = _policy_before(Span(g.start, g.end, ""), policies, [g.deadline])
        out.append(
            Target(
                text=g.text,
                key=g.text,
                value=g.value,
                unit=g.unit,
                deadline=g.deadline,
                policy=policy.name if policy else None,
                mentions=(Mention(g.start, g.end, g.text),),
            )
        )
    return out


class _PoliciesNamed:
    """Which policies a sentence names, found by binary search over every mention's start
    (asked for each sentence with a figure)."""

    def __init__(self, policies: list[Policy], text: str) -> None:
        self.policies, self.text = policies, text
        self._starts = sorted((m.start, i) for i, p in enumerate(policies) for m in p.mentions)

    def first_in(self, sent: Span) -> Policy | None:
        """The policy a goal in this sentence belongs to: an instrument (a plan, numbered
        or not: "Theo Kế hoạch số 5/KH-UBND về thực hiện Chương trình X") before a
        decision, the first in the article's policy order among each."""
        first = bisect.bisect_left(self._starts, (sent.start, -1))
        last = bisect.bisect_left(self._starts, (sent.end, -1))
        named = [
            self.policies[i]
            for i in sorted(
                {i for start, i in self._starts[first:last] if not is_drafted(self.text, start)}
            )
        ]
        own_goals = [p for p in named if p.kind not in LAWS]  # a law sets no goals of its own
        instruments = [p for p in own_goals if not p.number or p.kind not in LEGAL_KINDS]
        candidates = instruments or own_goals
        return candidates[0] if candidates else None


def _named_next(sent: Span, sents: list[Span], named: _PoliciesNamed) -> Policy | None:
    """ "Việt Nam đặt mục tiêu có 60% ... Mục tiêu này được đề ra trong Chiến lược X": the
    next sentence names the policy of the goals just stated."""
    following = spans_starting_in(sents, sent.end, sent.end + MAX_GAP)[:1]
    if not following or not _BACK_REFERENCE.match(following[0].text):
        return None
    return named.first_in(following[0])


def _named_by_head(sent: Span, policies: list[Policy], found: list[TargetMention]) -> Policy | None:
    """ "Theo kế hoạch, tỉnh phấn đấu ...", "Kế hoạch đặt ra mục tiêu ...": a head word in
    lower case, or opening the sentence with no name after it, refers to a policy; the one
    policy of that kind the article names (before or after) is it."""
    before = max(0, found[0].start - sent.start)
    head = _HEAD_WORD.search(sent.text, 0, before)
    opening = _OPENING_HEAD.match(sent.text, 0, before)
    if head is None and opening is not None and sent.text[opening.end()].islower():
        head = opening
    if head is None:
        return None
    kind = head.group(1).casefold()
    of_kind = [p for p in policies if p.kind.casefold() == kind]
    unnumbered = [p for p in of_kind if not p.number]
    one = unnumbered if unnumbered else of_kind  # "Kế hoạch số 12/KH-UBND" then "Kế hoạch"
    return one[0] if len(one) == 1 else None


def _is_heading(line: str) -> bool:
    """ "Mục tiêu cụ thể:", "2. Các mục tiêu cụ thể" on a line of its own opens a block of
    goals: a short line that ends with a colon or is numbered as a section."""
    line = line.strip()
    return len(line) <= HEADING_CHARS and (line.endswith(":") or bool(_NUMBERED.match(line)))


def _policy_before(
    sent: Span, policies: list[Policy], deadlines: list[str | None]
) -> Policy | None:
    """A goal stated without its policy's name belongs to the instrument (Đề án, Kế hoạch,
    Chương trình ...) named last before it, numbered or not ("Kế hoạch số 151/KH-UBND"):
    an article states a plan, then its goals. A decision has no goals of its own, and a
    goal whose year lies past the instrument's period is another policy's."""
    years = [int(d) for d in deadlines if d]
    before = [
        (max(m.start for m in p.mentions if m.start < sent.start), p)
        for p in policies
        if p.kind not in LEGAL_KINDS
        and any(m.start < sent.start for m in p.mentions)
        and not (p.period_end and any(y > p.period_end for y in years))
    ]
    return max(before, key=lambda b: b[0])[1] if before else None
