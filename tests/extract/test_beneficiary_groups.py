"""A goal's beneficiary group is the gazetteer's concept named in its words."""

from __future__ import annotations

import pytest

from graph_builder.extract.beneficiary_groups import with_beneficiary_groups
from graph_builder.extract.model import Target
from graph_builder.nlp.lexicon import Lexicon

V = "https://w3id.org/policykg/vocab/beneficiaries-"


def group(lex: Lexicon, text: str, beneficiary: str | None = None) -> str | None:
    goal = Target(text=text, key=text, value=1, unit="%", beneficiary=beneficiary)
    (found,) = with_beneficiary_groups([goal], lex)
    return found.group


@pytest.mark.parametrize(
    ("text", "beneficiary", "concept"),
    [
        ("90% trẻ em có hoàn cảnh đặc biệt được trợ giúp", None, "tre-em-co-hoan-canh-dac-biet"),
        ("95% trẻ em dưới 6 tuổi được cấp thẻ", "trẻ em dưới 6 tuổi", "tre-em"),
        (  # the goal names a narrower group than its beneficiary
            "90% trẻ em có hoàn cảnh đặc biệt được trợ giúp",
            "trẻ em",
            "tre-em-co-hoan-canh-dac-biet",
        ),
        ("hỗ trợ 500 trẻ em và người cao tuổi", "trẻ em", "tre-em"),  # not another group
        ("giảm tỷ lệ hộ nghèo xuống dưới 3%", None, "ho-ngheo"),
        ("80% NKT được tiếp cận dịch vụ", None, "nguoi-khuyet-tat"),
        ("70% lao động nông thôn qua đào tạo", None, "lao-dong-nong-thon"),
        ("đào tạo nghề cho 5.000 người", "người cao tuổi ở nông thôn", "nguoi-cao-tuoi"),
    ],
)
def test_the_longest_group_named_in_the_goal(
    lex: Lexicon, text: str, beneficiary: str | None, concept: str
) -> None:
    assert group(lex, text, beneficiary) == V + concept


@pytest.mark.parametrize(
    "text",
    [
        "thu hút 60% giới trẻ tham gia",  # "trẻ" alone names no group
        "tăng trưởng kinh tế đạt 7%",
        "90% xã đạt chuẩn nông thôn mới",
    ],
)
def test_no_group_when_the_goal_names_none(lex: Lexicon, text: str) -> None:
    assert group(lex, text) is None
