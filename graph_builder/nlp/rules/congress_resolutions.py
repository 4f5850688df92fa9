"""A congress's resolution named by the congress: "Nghị quyết Đại hội XIII của Đảng",
"Nghị quyết Đại hội XIII Đảng bộ khối các cơ quan Trung ương". It has no number an article
would write; the congress's ordinal (in Roman numerals) and whose congress it was name it.
"""

from __future__ import annotations

import re

from graph_builder.nlp.rules.policies import PolicyMention

KIND = "Nghị quyết"
RESOLUTION = re.compile(
    r"(?<![\wÀ-ỹ])Nghị quyết\s+Đại hội\s+(?:(?:đại biểu toàn quốc\s+)?lần thứ\s+)?[IVXL]+"
    r"(?![\wÀ-ỹ])"
    # whose: "của Đảng", or a Party committee named to the clause's end
    r"(?:\s+của\s+Đảng(?![\wÀ-ỹ])|\s+Đảng bộ\s+[^,.;:()\n]{3,60}?(?=\s*[,.;:()\n]))?"
)


def find_resolutions(text: str) -> list[PolicyMention]:
    return [PolicyMention(m.start(), m.end(), m.group(), KIND) for m in RESOLUTION.finditer(text)]
