"""A congress's resolution named by the congress: "Nghị quyết Đại hội XIII của Đảng",
"Nghị quyết Đại hội XIII Đảng bộ khối các cơ quan Trung ương", "Nghị quyết Đại hội XVII của
Đảng bộ Thành phố", an association's ("Nghị quyết Đại hội đại biểu lần thứ VI Hội X", or
with the ordinal after whose congress it was: "Nghị quyết Đại hội Công đoàn tỉnh X lần thứ I"). It
has no number an article would write; the congress's ordinal (in Roman numerals) and whose
congress it was name it.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.policies import PolicyMention

KIND = "Nghị quyết"
RESOLUTION = re.compile(
    r"(?<![\wÀ-ỹ])Nghị quyết\s+Đại hội\s+(?:(?:đại biểu\s+(?:toàn quốc\s+)?)?lần thứ\s+)?[IVXL]+"
    r"(?![\wÀ-ỹ])"
    # whose: a Party committee or an association named to the clause's end or to "và ...",
    # or "của Đảng"
    r"(?:\s+(?:của\s+)?(?:Đảng bộ|Hội)\s+[^,.;:()\n]{2,60}?(?=\s*[,.;:()\n]|\s+(?:và|gắn)\s)"
    r"|\s+của\s+Đảng(?![\wÀ-ỹ]))?"
    # or whose first, its ordinal after: "Nghị quyết Đại hội Công đoàn tỉnh X lần thứ I",
    # "Nghị quyết Đại hội của Hội X lần thứ VI", "Nghị quyết Đại hội Đảng toàn quốc lần thứ
    # XIII": any body written with a capital; a term written on ("... lần thứ I nhiệm kỳ
    # 2013 - 2018") is the name's, one after a comma is not
    r"|(?<![\wÀ-ỹ])Nghị quyết\s+Đại hội\s+(?:đại biểu\s+)?(?:của\s+)?[A-ZĐ]"
    r"[^,.;:()\n]{2,60}?\s+lần thứ\s+(?:[IVXL]+|\d{1,2})(?![\wÀ-ỹ])"
    r"(?:\s+nhiệm kỳ\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})?"
)


def find_resolutions(text: str) -> list[PolicyMention]:
    return [PolicyMention(m.start(), m.end(), m.group(), KIND) for m in RESOLUTION.finditer(text)]
