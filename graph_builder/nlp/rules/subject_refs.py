"""A legal document named by its kind, its issuer and its subject, with no number: "Quyết
định của Bộ Chính trị về công tác cán bộ", "Chỉ thị về tăng cường các biện pháp ...",
"Nghị quyết của Tỉnh ủy về phát triển ...". News writes a text this way when it is new (a
draft, a decision announced at a meeting) or its number is left to the reader; the kind
word, capitalised, then "của" and a body or "về" right after it, says that a document is
meant and not the verb ("quyết định", to decide) or the work in general ("nghị quyết" in
lower case). The subject runs to the clause's end.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import LEXICON_DIR, word_list
from graph_builder.nlp.rules.policies import FIXED, INSTRUMENTS, STOPS, PolicyMention
from graph_builder.nlp.rules.text import alternation, words_at_start

KINDS = ("Nghị quyết", "Chỉ thị", "Quyết định", "Nghị định", "Thông tư", "Kết luận")
# "phòng, chống ...", "bảo vệ, chăm sóc ...": the comma of a fixed pair (fixed_phrases.txt)
# (all its words after the comma: ", thành phố" of "tỉnh, thành phố", never ", thành lập")
_PAIRED = alternation(p.split(", ", 1)[1] for p in FIXED if ", " in p)
_WORD = r"(?:[^.,;:()\n“”\"!?]|,(?= (?:" + _PAIRED + r")(?![\wÀ-ỹ])))"
# the issuer is a body's name: it starts with a capital ("của Tỉnh ủy", "của UBND tỉnh")
BY_SUBJECT = re.compile(
    r"(?<![\wÀ-ỹ])(?P<kind>" + "|".join(KINDS) + r")"
    r"(?:\s+của\s+[A-ZĐÀ-Ỹ][^.,;:()\n]{1,60}?)?"
    # "Quyết định của Thủ tướng về Chương trình X": the subject is a policy of its own, which
    # the decision approves (extract/policy_links.py)
    r"\s+về\s+(?!(?:" + "|".join(INSTRUMENTS) + r")(?![\wÀ-ỹ]))"
    r"(?P<subject>[^\s.,;:()“”\"!?]" + _WORD + r"{4,200})"
)
# "Bộ đã có văn bản về việc tăng cường quản lý ...", "công văn khẩn về việc ...": a letter
# named by its subject; "về việc" after the word says one letter is meant, in lower case too
# "Bộ vừa có văn bản gửi các Sở, ..., về việc tổ chức ôn tập ...": with its addressees
# between, the letter is named by its subject alone ("về việc ..."), where that starts
# (the kinds: data/lexicon/matter_titled_kinds.txt, in either case)
MATTER_KINDS = tuple(word_list(LEXICON_DIR / "matter_titled_kinds.txt"))
_EITHER_CASE = "|".join(
    f"[{k[0]}{k[0].lower()}]{re.escape(k[1:])}" for k in sorted(MATTER_KINDS, key=len, reverse=True)
)
LETTER_SUBJECT = re.compile(
    rf"(?<![\wÀ-ỹ])(?P<kind>{_EITHER_CASE})(?:\s+(?:khẩn|hỏa tốc|hoả tốc))?"
    r"(?P<sent_to>\s+gửi\s+[^.;:\n]{3,200}?,)?"
    r"\s+(?P<about>về việc)\s+(?P<subject>[^\s.,;:()“”\"!?]" + _WORD + r"{4,200})"
)
# "... về tổ chức chính quyền đô thị đang được Bộ Tư pháp thẩm định": the sentence goes on
# at a verb or a link word of data/lexicon/policy_stopwords.txt; the subject's first word
# is never one ("về tập trung xây dựng ..."). Who the subject is for stays in it ("về việc
# giao chỉ tiêu cho các tỉnh"), and so does what it goes with ("đầu tư gắn với giảm nghèo"),
# and who is meant ("chăm lo cho người có hoàn cảnh khó khăn", "hộ được hỗ trợ")
_GOES_ON = re.compile(
    r"\s+(?<!gắn\s)(?<!kết hợp\s)(?<!đi đôi\s)(?<!đối\s)(?<!người\s)(?<!hộ\s)(?:"
    + words_at_start(s for s in STOPS if s != "cho").pattern
    + ")",
    re.IGNORECASE,
)


def find_by_subject(text: str) -> list[PolicyMention]:
    out = []
    found = [*BY_SUBJECT.finditer(text), *LETTER_SUBJECT.finditer(text)]
    for m in sorted(found, key=lambda m: m.start()):
        after_first_word = text.find(" ", m.start("subject"), m.end())
        stop = _GOES_ON.search(text, after_first_word, m.end()) if after_first_word > 0 else None
        start = m.start("about") if "sent_to" in m.re.groupindex and m["sent_to"] else m.start()
        name = text[start : stop.start() if stop else m.end()].rstrip()
        out.append(PolicyMention(start, start + len(name), name, m.group("kind")))
    return out


def same_subject(name: str, other: str) -> bool:
    """ "Nghị quyết của Ban Chấp hành về tập trung xây dựng đội ngũ cán bộ các cấp ..." and,
    later, "Nghị quyết về tập trung xây dựng đội ngũ cán bộ": one document, its issuer left
    out the second time and its subject cut short."""
    first, second = BY_SUBJECT.match(name), BY_SUBJECT.match(other)
    if first is None or second is None or first["kind"] != second["kind"]:
        return False
    subjects = (" ".join(m["subject"].casefold().split()) for m in (first, second))
    short, long = sorted(subjects, key=len)
    return len(short.split()) >= 4 and long.startswith(short)
