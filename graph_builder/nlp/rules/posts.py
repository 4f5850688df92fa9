"""Posts written around a person's name: "Thứ trưởng Bộ X Nguyễn Văn A" before it, ",
Thành ủy viên, Phó Chủ tịch UBND TP.HCM (Trưởng ban ...)" after it.

A post is a label of the posts gazetteer and what follows it up to where the sentence goes
on (ROLE_END); it never ends inside a body's name, and a comma inside one ("Bộ Lao động,
Thương binh và Xã hội") does not end it either.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, Lexicon, word_list
from graph_builder.nlp.rules.orgs import OrgMention, org_covering, org_starting_in
from graph_builder.nlp.rules.text import LOWER, Span, alternation, whole_word

# What separates a name from an earlier post: punctuation, or "và" before another person
# ("Phó Chủ tịch Hội X và ông Y": the post is not Y's).
_LAST_CLAUSE = re.compile(r"[;:\n“”\",]|\.(?![A-ZĐ])|\svà\s+(?=(?:[ÔôBb]à|[Ôô]ng|[Nn]gài)\s)")
_OF = re.compile(r"(?:trực )?thuộc$").match
# A post ends where the sentence goes on: a verb (those of speech are data, shared with
# extract/participants.py), a dash before a lower-case word ("Phó Chủ tịch tỉnh X - yêu
# cầu ..."; "Bộ Lao động - Thương binh" goes on in capitals), punctuation.
ROLE_END = re.compile(
    r"\s+(?:cho biết|phát biểu|chia sẻ|nêu|nhấn mạnh|khẳng định|cho rằng|"
    r"tiếp thu|đã|đang|và các|tặng|trao|chủ trì|thông tin|nói|tham dự|giao(?! dịch)|"
    r"chụp|giới thiệu|trình bày|báo cáo|dự(?! án| thảo| toán| báo| kiến| bị)|đến dự|về dự|"
    r"được giao|giữ chức|làm|là|cùng(?! cấp)|"
    + alternation(word_list(LEXICON_DIR / "speech_verbs.txt"))
    + r")\b|"
    rf"\s+[-–]\s+(?=[{LOWER}])|"
    rf"\s+và\s+(?=[{LOWER}])|"
    r"[:;“\"(\n]|\.(?![A-ZĐ])|$|"
    # ", được đại hội bầu ...": a comma before a lower-case word ends the post, unless a
    # place follows (", tỉnh Quảng Nam"); a body's own commas come before capitals.
    rf",\s*(?=[{LOWER}])(?!\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b)|"
    r",\s*(?=(?:[ÔôBb]à|[Ôô]ng|[Nn]gài|[Aa]nh|[Cc]hị)\s+[A-ZĐ])|"  # ", bà Trần Thị Hoa, ..."
    # "Phó Chủ tịch tỉnh X giao cho ...": a verb that ends a body's name ends the post too
    # (verbs.txt; "thuộc" is left out: "Giám đốc Trung tâm X thuộc Sở Y" is one post).
    r"\s+(?:" + alternation(v for v in word_list(LEXICON_DIR / "verbs.txt") if not _OF(v)) + r")"
    r"(?![\wÀ-ỹ])"
)
FORMER = re.compile(r"(?:[Nn]guyên|[Cc]ựu)\s+")
_FORMER_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:[Nn]guyên|[Cc]ựu)\s+$")
_COMMA_END = re.compile(r"\s*,\s*$")
_POST_SEP = re.compile(r",\s*|\s*[-–]\s*")
_ROLE_SEP = re.compile(r"\s*[,–-]\s*")
_ROLE_PAREN = re.compile(r"\s*\(([^()]{3,120})[)]?")


# An appointment between a post and a name: the post is who appoints, the name who is
# appointed ("Bộ trưởng ... về việc điều động và bổ nhiệm TS Nguyễn Văn A"; "Chủ tịch UBND
# tỉnh điều động Giám đốc Sở Y tế Trần B": B's post is the one after the verb)
_APPOINTS = re.compile(
    r"(?<![\wÀ-ỹ])(?:về việc|bổ nhiệm|điều động|miễn nhiệm|luân chuyển)(?![\wÀ-ỹ])"
)


def post_before(before: str, lex: Lexicon) -> str | None:
    """ "Thứ trưởng Bộ LĐ-TB&XH " right before the name: the role is that whole phrase."""
    line = _LAST_CLAUSE.split(before)[-1]
    best = None
    for post in lex.posts:
        if post.label not in line:
            continue
        for m in whole_word(post.label).finditer(line):
            if m.start() < len(line) and (best is None or m.start() < best):
                best = m.start()
    if best is None:
        return None
    former = _FORMER_BEFORE.search(line, 0, best)  # "nguyên Ủy viên Bộ Chính trị"
    role = line[former.start() if former else best :].strip(" -–")
    given = _GIVEN_TO.search(role)  # "giao nhiệm vụ Phó Chánh Thanh tra Bộ tới TS "
    role = role[: given.start()] if given else role
    appoints = list(_APPOINTS.finditer(role))
    if appoints:  # the appointer's post; the appointee's, if any, is written after the verb
        return post_before(role[appoints[-1].end() :], lex)
    if not role or len(role.split()) > 20:
        return None
    went_on = _went_on(role)  # the name's post, if any, is written after the verb
    return role if went_on is None else post_before(role[went_on:], lex)


def _went_on(role: str) -> int | None:
    """ "Bí thư Tỉnh ủy đề nghị với huyện " or "Thủ tướng giao Phó Thủ tướng " before a
    name: the sentence went on past the first post (a verb of ROLE_END), so that post is
    not the name's. Where the last such verb ends, or None."""
    last = None
    for stop in ROLE_END.finditer(role):
        word = stop.group().lstrip()
        if stop.start() < len(role.rstrip()) and stop.group()[:1].isspace() and word[:1].isalpha():
            last = stop.end()
    return last


# What a caption's post may open with: a new sentence, a bracket or quote, or "và"/"cùng"
# after another person ("A và Phó Tổng Biên tập Báo X, B"); a comma ends the search.
_OPENINGS = re.compile(r"[;:\n“\"(,]|\.(?![A-ZĐ])|(?<![\wÀ-ỹ])(?:và|cùng|với)(?=\s)")
_COMMA_BEFORE_NAME = re.compile(r"[ \t]*,[ \t]*$")


def post_opening_clause(before: str, lex: Lexicon) -> str | None:
    """ "Phó Tổng Biên tập Báo X, Nguyễn Văn A trao ...": a caption's post written first, then
    a comma, then the name. Only a post that opens its clause: "A, Giám đốc Sở X, B" is A's
    post, and "câu hỏi của Bộ trưởng Bộ Y tế, B" is no post of B."""
    comma = _COMMA_BEFORE_NAME.search(before)
    if comma is None:
        return None
    head = before[: comma.start()]
    for opening in reversed(list(_OPENINGS.finditer(head))):  # "và" may be a body's own
        if opening.group() == ",":
            return None
        role = head[opening.end() :].strip(" -–")
        if role and len(role.split()) <= 12 and post_before(role, lex) == role:
            end = ROLE_END.search(role)
            return role if end is not None and end.start() == len(role) else None
    return None


# A lower-case word right before a post in lower case makes it that word's object
_OBJECT_BEFORE = re.compile(rf"(?<![\wÀ-ỹ])[{LOWER}][\wÀ-ỹ]*[ \t]+$")


def posts_chained(before: str, at: int, lex: Lexicon) -> list[tuple[int, str]]:
    """ "Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ X": the posts written before the post
    right before a name (at `at` in `before`), each ending at a comma, are the person's too.
    Nearest first, as (offset in `before`, post)."""
    out: list[tuple[int, str]] = []
    while (comma := _COMMA_END.search(before, 0, at)) is not None:
        role = post_before(before[: comma.start()], lex)
        start = before.rfind(role, 0, comma.start()) if role else -1
        if role is None or start < 0 or start + len(role) != comma.start():
            break
        if role[:1].islower() and _OBJECT_BEFORE.search(before, 0, start):
            break  # "đào tạo giáo viên, thứ trưởng A": what is trained, no post of A's
        out.append((start, role))
        at = start
    return out


def roles_after(text: str, pos: int, lex: Lexicon, orgs: list[OrgMention]) -> list[Span]:
    """ ", Thành ủy viên, Phó Chủ tịch UBND TP.HCM (Trưởng ban ...)" after the name. A role
    never ends inside a body's name: "Cục trưởng Cục Việc làm" is not cut at "làm"."""
    sep = _ROLE_SEP.match(text, pos)
    if not sep:
        return []
    start = sep.end()
    if not _starts_with_post(text, start, lex):
        return []
    end = _role_end(text, start)
    cut = org_covering(orgs, end - 1) if end > start else None
    end = cut.end if cut is not None and cut.start >= start else end
    end = _body_then_clause(text, start, end, orgs)
    out = _split_roles(text, start, end, lex)
    paren = _ROLE_PAREN.match(text, end)
    if paren and _starts_with_post(text, paren.start(1), lex):
        inner_end = paren.end(1)
        stop = ROLE_END.search(text, paren.start(1) + 1, inner_end)
        inner_end = stop.start() if stop else inner_end
        out.extend(_split_roles(text, paren.start(1), inner_end, lex))
    if paren and paren.group().endswith(")"):  # "... TP HCM (HD Bank), Chủ tịch HĐQT X"
        out.extend(roles_after(text, paren.end(), lex, orgs))
    return out


# "Trưởng Ban chỉ đạo về công tác trẻ em huyện", "Ban vận động": a board named by what it
# does, in lower case; the verb right after the head word is its name, not where the
# sentence goes on
_BOARD_HEAD_BEFORE = re.compile(r"(?<![\wÀ-ỹ])[Bb]an$")
_BOARD_VERBS = ("chỉ đạo", "vận động")


def _role_end(text: str, start: int) -> int:
    """Where a post written after a name ends (ROLE_END), past a board's own verb."""
    pos = start
    while (stop := ROLE_END.search(text, pos)) is not None:
        word = stop.group().strip()
        if not (word in _BOARD_VERBS and _BOARD_HEAD_BEFORE.search(text, start, stop.start())):
            return stop.start()
        pos = stop.end()
    return len(text)


# "giao nhiệm vụ Phó Chánh Thanh tra Bộ tới TS A", "công nhận Hiệu trưởng X đối với TS A":
# the post given, then to whom
_GIVEN_TO = re.compile(r"\s+(?:tới|cho|đối với)(?:\s+(?:GS|PGS|TS|ThS|BS)\.?(?:\s?TS\.?)?)?\s*$")
# "Phó chỉ huy trưởng Ban CHQS xã Y tự lập khống biên bản ...": a long run of lower-case
# words right after the post's body is the sentence going on, not the post
_CLAUSE_AFTER_BODY = re.compile(rf"(?:[ \t]+[{LOWER}][^\s,;:.()]*){{6}}")


def _body_then_clause(text: str, start: int, end: int, orgs: list[OrgMention]) -> int:
    """The post's end: at the end of the body named in it when the sentence goes on after
    that body (_CLAUSE_AFTER_BODY) before any verb of ROLE_END."""
    body = org_starting_in(orgs, start, end)
    if body is not None and body.end < end and _CLAUSE_AFTER_BODY.match(text, body.end, end):
        return body.end
    return end


def _split_roles(text: str, start: int, end: int, lex: Lexicon) -> list[Span]:
    """Split on commas and dashes only where a new post starts ("Bí thư Đảng ủy-Giám đốc
    Sở", "Ủy viên Ban Chấp hành - Chủ tịch Hội X"): an org name may hold either."""
    cuts = [start]
    for m in _POST_SEP.finditer(text, start, end):
        if _starts_with_post(text, m.end(), lex):
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(end)
    spans = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        piece = text[a:b].strip(" ,-–")
        if piece:
            offset = text.index(piece, a)
            spans.append(Span(offset, offset + len(piece), piece))
    return spans


def _starts_with_post(text: str, pos: int, lex: Lexicon) -> bool:
    former = FORMER.match(text, pos)  # "Nguyên Bộ trưởng Bộ X": a former post is a post
    head = text[former.end() if former else pos : pos + 50]
    return any(
        head.startswith(p.label) and not head[len(p.label) : len(p.label) + 1].isalpha()
        for p in lex.posts
    )
