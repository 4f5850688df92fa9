"""spaCy's Vietnamese tokenizer with a linear word-to-text alignment.

spaCy's vi tokenizer gets words from pyvi (or str.split) and aligns them with the text
through `spacy.util.get_words_and_spaces`, which slices "the rest of the text" for every
word: quadratic in the article's length (a million characters took minutes). This is the
same alignment, searching from a position instead of copying, so it gives the same
words and spaces in linear time. Tokenisation itself (pyvi's model) is unchanged.
"""

from __future__ import annotations

from spacy.lang.vi import VietnameseTokenizer
from spacy.tokens import Doc


class AlignedTokenizer:
    """Callable like a spaCy tokenizer; wraps the pipeline's own VietnameseTokenizer."""

    def __init__(self, inner: VietnameseTokenizer) -> None:
        self.inner = inner

    @classmethod
    def around(cls, tokenizer: object) -> AlignedTokenizer:
        """:raise TypeError: the pipeline's tokenizer is not spaCy's Vietnamese one."""
        if not isinstance(tokenizer, VietnameseTokenizer):
            raise TypeError(f"expected spaCy's VietnameseTokenizer, got {type(tokenizer)}")
        return cls(tokenizer)

    def __call__(self, text: str) -> Doc:
        words = self.inner.pyvi_tokenize(text) if self.inner.use_pyvi else text.split()
        aligned, spaces = words_and_spaces(words, text)
        return Doc(self.inner.vocab, words=aligned, spaces=spaces)


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """What `spacy.util.get_words_and_spaces` gives, without copying the text per word.

    :raise ValueError: the words do not spell the text (whitespace aside)."""
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError("the tokenizer's words do not match the text")
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for word in (w for w in words if not w.isspace()):
        start = text.find(word, pos)
        if start < 0:
            raise ValueError(f"word {word!r} not found in the text after offset {pos}")
        if start > pos:
            out.append(text[pos:start])
            spaces.append(False)
        out.append(word)
        spaces.append(False)
        pos = start + len(word)
        if pos < len(text) and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < len(text):
        out.append(text[pos:])
        spaces.append(False)
    return out, spaces
