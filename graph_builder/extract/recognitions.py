"""Decisions named by what they recognise or approve, when the article gives no number:
"Bộ GD&ĐT ký Quyết định phê duyệt Danh mục sách giáo khoa ...", "Bộ X có quyết định công
nhận Hiệu trưởng Y đối với TS Z" (named up to whom it is for), "công bố quyết định của
Thủ tướng Chính phủ công nhận huyện X đạt chuẩn nông thôn mới năm 2020". The gold
conventions list such a decision, issued by a body: the one after "của", or the subject
that signs or issues it. A decision a person hands over ("bà X công bố quyết định công
nhận hoàn thành khóa học ...") is no policy of the article, and one approving a named
programme ("Quyết định phê duyệt Chương trình ...") is read by the approval rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph_builder.extract.agents import OrgIndex
from graph_builder.extract.policy_names import PolicyEntity
from graph_builder.nlp.rules.orgs import OrgMention
from graph_builder.nlp.rules.policies import HEAD, PolicyMention

KIND = "Quyết định"
MAX_CHARS = 200
_DECISION = re.compile(
    r"(?<![\wÀ-ỹ])(ký|ban hành|công bố|trao|có)\s+([Qq]uyết định)\s+(?:(của)\s+)?"
)
_ACT = re.compile(r"(?:công nhận|phê duyệt)\s+")
# What a signed decision does may be any act ("ký Quyết định bổ nhiệm ...", "ký Quyết định
# chi 67,5 tỷ đồng ..."): a decision signed is one document
_SIGNED_ACT = re.compile(r"(?!số\s)(?:công nhận|phê duyệt|bổ nhiệm|[a-zđà-ỹ]+)\s+")
# the name runs to the clause's end (a comma inside a figure aside), to "và" before a second
# act of the same decision, or to its purpose ("để hỗ trợ ...")
_END = re.compile(
    r"[.;:!?()\n]|,(?!\d)|\s+và\s+(?:công nhận|phê duyệt)(?![\wÀ-ỹ])|\s+(?:đối với|để|nhằm)\s"
)
_SIGNER_GAP = re.compile(r"\s+(?:(?:vừa|đã|mới)\s+)?$")
# "Phó Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký ...": the signer's name after his body's
_SIGNER_NAME = re.compile(r"\s+[A-ZĐ][a-zà-ỹđ]*(?:\s+[A-ZĐ][a-zà-ỹđ]*){1,3}")


def add_recognitions(
    entities: list[PolicyEntity], text: str, orgs: Sequence[OrgMention], index: OrgIndex
) -> None:
    for mention, issuer in _recognitions(text, orgs, index):
        entity = PolicyEntity(KIND, issuer=issuer)
        entity.mentions.append(mention)
        entities.append(entity)


def _recognitions(
    text: str, orgs: Sequence[OrgMention], index: OrgIndex
) -> list[tuple[PolicyMention, str]]:
    starts = {o.start: o for o in orgs}
    out = []
    for m in _DECISION.finditer(text):
        pos, issuer = m.end(), None
        if m.group(3):  # "quyết định của <body> công nhận ..."
            body = starts.get(pos)
            if body is None:
                continue
            issuer, pos = index.group_of(body).name, body.end + 1
        else:  # "<body> (vừa) ký Quyết định phê duyệt ..."
            issuer = _signer(text, m.start(), orgs, index)
        act = (_SIGNED_ACT if m.group(1) == "ký" else _ACT).match(text, pos)
        if issuer is None or act is None or HEAD.match(text, act.end()):
            continue
        stop = _END.search(text, act.end(), act.end() + MAX_CHARS)
        if stop is None:
            continue
        start = m.start(2)
        out.append((PolicyMention(start, stop.start(), text[start : stop.start()], KIND), issuer))
    return out


def _signer(text: str, verb: int, orgs: Sequence[OrgMention], index: OrgIndex) -> str | None:
    """The body whose name ends right before the verb ("vừa" or "đã" aside), or right
    before the name of the person who signs ("Chủ tịch UBND tỉnh X Nguyễn Văn A ký ...")."""
    gap = _SIGNER_GAP.search(text, max(0, verb - 12), verb)
    end = gap.start() if gap else verb
    body = next((o for o in orgs if o.end == end), None)
    if body is None:  # the person who signs, after the post of his body
        body = next(
            (
                o
                for o in orgs
                if end - 40 < o.end < end and _SIGNER_NAME.fullmatch(text, o.end, end)
            ),
            None,
        )
    return index.group_of(body).name if body else None
