"""A national body's branch: the country in its name, then the territory of the branch
(invented sentences)."""

from __future__ import annotations

import pytest

from graph_builder.nlp.lexicon import Lexicon
from graph_builder.nlp.rules.orgs import find_orgs

# fmt: off
BRANCHES = [
    ("Sáng nay, Ủy ban MTTQ Việt Nam huyện Yên Thế trao 20 suất quà.",
     ["Ủy ban MTTQ Việt Nam huyện Yên Thế"]),
    ("Hội Cựu chiến binh Việt Nam TP. Hải Phòng phát động phong trào.",
     ["Hội Cựu chiến binh Việt Nam TP. Hải Phòng"]),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp với nhà trường.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]),
    # "xã hội" (society) is no commune
    ("Ủy ban MTTQ Việt Nam xã hội hóa các nguồn lực.", ["Ủy ban MTTQ Việt Nam"]),
    # a name ending with a province stays complete
    ("UBND tỉnh Lào Cai xã hội hóa các nguồn lực.", ["UBND tỉnh Lào Cai"]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), BRANCHES)
def test_a_national_bodys_branch_names_its_territory(
    text: str, expected: list[str], lex: Lexicon
) -> None:
    assert [m.text for m in find_orgs(text, lex)] == expected
