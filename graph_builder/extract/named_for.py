"""Bodies a guest list names for someone or something else, not as guests: the body of a
post ("Ủy viên Ban Thường vụ, Phó Chủ tịch HĐND huyện") and the issuer of a document
cited ("Quyết định số 12, ngày 17/10/2023 của UBND tỉnh"). Used by
extract/event_participants.py, per body mention, by its start in the article's text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.text import alternation

# "Đại diện UBND tỉnh X cho rằng": who speaks for a body brings the body there
_SPEAKS_FOR = re.compile(r"[Đđ]ại diện")
POST_REACH = 40  # the longest post before a body ("Phó Chủ tịch Thường trực ")
_OF = re.compile(r"\s+của\s+$")
CITED_REACH = 30  # a document's date between its number and "của" ("ngày 17/10/2023")


def after_a_post(text: str, start: int, lex: Lexicon) -> bool:
    """ "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ X", "bà Y –, Phó Chủ tịch UBND huyện":
    a body written right after a post (posts.ttl) is someone's post, even where the
    person's post was read shorter; its holder took part, not the body."""
    return _post_before(lex).search(text, max(0, start - POST_REACH), start) is not None


def issuer_of_cited(text: str, start: int, name_ends: Sequence[int]) -> bool:
    """ "thông qua Quyết định số 12, ngày 17/10/2023 của UBND tỉnh": a body written after
    "của" a few characters after a document's name (`name_ends`, sorted) issued it."""
    of = _OF.search(text, max(0, start - len(" của ") - 2), start)
    if of is None:
        return False
    last = bisect.bisect_right(name_ends, of.start()) - 1
    return last >= 0 and of.start() - name_ends[last] <= CITED_REACH


@per_lexicon
def _post_before(lex: Lexicon) -> re.Pattern[str]:
    """The posts of a lexicon, but a representative's, ending a window; compiled once."""
    labels = [e.label for e in lex.posts if not _SPEAKS_FOR.match(e.label)]
    # "Đồng chí X, ủy viên Ban Thường vụ Tỉnh ủy, ...": a post may open in lower case
    posts = alternation({*labels, *(label[:1].lower() + label[1:] for label in labels)})
    return re.compile(rf"(?<![\wÀ-ỹ])(?:{posts})\s+$")
