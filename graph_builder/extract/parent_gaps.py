"""How a unit and its parent body are written side by side ("Cục X – Bộ Y", "Viện X thuộc
Viện Y", "Quỹ X (đơn vị chủ quản Sở Y)"): the gaps and cues that extract/agents.py reads
between two organisation mentions, split from it to keep the grouping apart."""

from __future__ import annotations

import re

from graph_builder.nlp.rules.orgs import OrgMention

# "Cục X – Bộ Y", "Vụ X, Bộ Y", "Cục X (Bộ Y)", "Cục X thuộc Bộ Y", "Viện X trực thuộc Bộ Y"
# "Trung tâm X (trực thuộc Sở Y)", "Trung tâm X là đơn vị sự nghiệp công lập thuộc Sở Y",
# "Quỹ X (đơn vị chủ quản Sở Y)", "(cơ quan chủ quản: Bộ Y)": the body that runs the unit
MANAGED_BY = r"(?:đơn vị|cơ quan)\s+chủ quản:?\s+(?:là\s+)?"
PARENT_GAP = re.compile(
    rf"\s*[-–]\s*|\s*,\s*|\s*\(\s*(?:(?:trực\s+)?thuộc\s+|{MANAGED_BY})?|"
    r"\s*,?\s+(?:trực\s+)?thuộc\s+|"
    r"\s+là\s+(?:một\s+)?đơn vị(?:\s+sự nghiệp)?(?:\s+công lập)?\s+(?:trực\s+)?thuộc\s+|"
    r"\s+của\s+"  # "Ủy ban Văn hóa và Xã hội của Quốc hội", "Phòng X của UBND huyện"
)
# "Khoa X Trường Đại học Y", "Phòng X Sở Y": a unit whose head word has a rank, then its
# body with only a space between (a company or a party committee is no such unit)
SPACE_GAP = re.compile(r"[ \t]+")
LIST_GOES_ON = re.compile(r"\s+và\s")

# "Viện A thuộc Viện B", "Trung tâm A (trực thuộc Hội B)", "CLB A, trực thuộc Hội B", "Quỹ A
# (đơn vị chủ quản Sở B)": the unit is stated in words, so it holds whatever the kinds of the
# two bodies, which a comma or a dash alone would not
STATED = re.compile(rf"\s*[(,]?\s*(?:(?:trực\s+)?thuộc\s+|{MANAGED_BY})")
# what goes on a list of bodies: a comma, or "và" before the last
LIST_SEP = re.compile(r"\s*,\s*|\s+và\s+")


def committee_listed(
    text: str, gap: str, b: OrgMention, parent_kind: str, after: list[OrgMention]
) -> bool:
    """ "Huyện ủy, UBND huyện, Ủy ban MTTQ huyện ...": a people's committee between two
    commas of a list of bodies is one of the list, not the parent of the body before it
    (its units are written with "thuộc" or right before it: "Phòng X thuộc UBND huyện")."""
    if parent_kind != "people's committee" or not re.fullmatch(r"\s*,\s*", gap) or not after:
        return False
    return LIST_SEP.fullmatch(text[b.end : after[0].start]) is not None


def stated(gap: str) -> bool:
    """Does the gap between two bodies say in words that the first belongs to the second?"""
    return STATED.fullmatch(gap) is not None


def posted(name: str) -> bool:
    """ "Văn phòng Unicef tại Việt Nam, UBND huyện X": an office posted somewhere is its
    sender's, not a unit of the body written next to it (a list of partners)."""
    return " tại " in name
