"""Goals an article states without naming their policy, when it names one plan only: "Thủ
tướng phê duyệt Chương trình X ... Phấn đấu giảm 1/2 số hộ nghèo" (the headline). A goal
whose policy goals.py found no cue for belongs to the article's one instrument (Chương
trình, Đề án, Kế hoạch ...), unless its year lies past the instrument's period.
"""

from __future__ import annotations

from dataclasses import replace

from graph_builder.extract.model import Policy, Target

# Documents that set no goals of their own (goals.py): laws, and the legal texts that
# approve or carry out the instruments
NOT_INSTRUMENTS = {
    *("Quyết định", "Nghị định", "Nghị quyết", "Thông tư", "Chỉ thị", "Công văn"),
    *("Luật", "Bộ luật", "Pháp lệnh", "Công ước", "Hiệp định", "văn bản", "công văn"),
}


def to_the_one_instrument(targets: list[Target], policies: list[Policy]) -> list[Target]:
    instruments = [p for p in policies if p.kind not in NOT_INSTRUMENTS]
    if len(instruments) != 1:
        return targets
    [plan] = instruments
    return [t if t.policy or _past(t, plan) else replace(t, policy=plan.name) for t in targets]


def _past(t: Target, plan: Policy) -> bool:
    """Is the goal due after the plan's period ends (another policy's, then)?"""
    return bool(t.deadline and plan.period_end and int(t.deadline) > plan.period_end)
