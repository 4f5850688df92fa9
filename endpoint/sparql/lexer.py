"""SPARQL tokens read the way pyoxigraph 0.5 reads them, so a check on tokens is a check
on what the engine will run.

What pyoxigraph 0.5.13 does, measured (tests/endpoint/sparql/test_lexer.py pins each point, so an
upgrade that changes one fails there first):

- `\\u`/`\\U` escapes are decoded inside strings (all four forms) and IRIs, and nowhere
  else: in keywords, variables, prefixed names, numbers, language tags or between tokens
  they are syntax errors. A decoded character is content: `'\\u0027'` is a one-character
  string, never a quote that ends or opens one. So we decode inside tokens, never before
  tokenising (the old check did both, and the two readings hid SERVICE between them).
- Comments run from `#` to CR or LF; whitespace is space, tab, CR and LF only.
- Keywords are matched case-insensitively and without a word boundary:
  `SERVICE:x`, `SERVICEx:y` and `SERVICESILENT<...>` are SERVICE calls, and so is
  `SERVICE` right after a number or `true`. Callers look for the keyword inside words.
- `<` opens an IRI where a term may stand and is less-than after an operand in an
  expression. Where both readings are possible (inside parentheses, right after a
  value) and they would tokenise the rest differently (the IRI reading hides `#`, `'`
  or brackets), the query is refused as ambiguous rather than guessed.

Anything else that is not a SPARQL token is a LexError: refusing what we cannot read is
the only safe answer for a check that guards the network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"\\[tbnrf\\\"']"
_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_CHARS = _BASE + "_\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = rf"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = rf"(?:[{_BASE}_:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_NAME = _BASE + "_0-9\u00b7\u0300-\u036f\u203f-\u2040"  # variables and words: no "-"
_WORD_CHARS = rf"[{_NAME}]|{_UCHAR}"

# Order matters as in the engine's grammar: long strings before short ones, prefixed
# names before bare words. Quantifiers are possessive: the engine's grammar (PEG) never
# gives back what a repetition took, and neither may we.
_TOKEN = re.compile(
    rf"""
    (?P<ws>[ \t\r\n]++)
  | (?P<comment>\#[^\r\n]*+)
  | (?P<string>'''(?:(?:''|')?+(?:[^'\\]|{_ECHAR}|{_UCHAR}))*+'''
              | \"\"\"(?:(?:\"\"|\")?+(?:[^\"\\]|{_ECHAR}|{_UCHAR}))*+\"\"\"
              | '(?:[^'\\\r\n]|{_ECHAR}|{_UCHAR})*+'
              | \"(?:[^\"\\\r\n]|{_ECHAR}|{_UCHAR})*+\")
  | (?P<iri><(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*+>)
  | (?P<var>[?$][{_NAME}]++)
  | (?P<bnode>_:[{_CHARS}](?:[{_CHARS}.]*[{_CHARS}])?)
  | (?P<lang>@[A-Za-z]++(?:-{{1,2}}[A-Za-z0-9]++)*+)
  | (?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)
  | (?P<number>(?:[0-9]++(?:\.[0-9]++)?+|\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+)
  | (?P<word>(?:{_WORD_CHARS})++)
  | (?P<punct>\^\^|\|\||&&|!=|<=|>=|<<\(|\)>>|<<|>>|\{{\||\|\}}|[{{}}()\[\];,.*/+\-!=<>|^?~])
    """,
    re.VERBOSE,
)
_ESCAPE = re.compile(_UCHAR + "|" + _ECHAR)
_ECHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}
OPENERS = {"(": ")", "[": "]", "{": "}", "<<": ">>", "<<(": ")>>", "{|": "|}"}
CLOSERS = frozenset(OPENERS.values())
_OPERANDS = frozenset({"var", "iri", "pname", "string", "number", "lang", "bnode"})
_SHIFTY = re.compile(r"[#'()\[\]]|service", re.IGNORECASE)


class LexError(ValueError):
    """Text that is not a SPARQL token, at `pos` (a character offset); `tokens` are those
    read before it, so a caller can still refuse what they show (SERVICE: 403 first)."""

    def __init__(self, text: str, pos: int, reason: str) -> None:
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{reason} at line {line}, column {column}")
        self.pos = pos
        self.tokens: list[Token] = []


@dataclass(frozen=True, slots=True)
class Token:
    """`text` as written; `value` with escapes decoded (strings without their quotes)."""

    kind: str  # string iri var bnode lang pname number word punct
    text: str
    value: str
    pos: int


def tokenize(text: str) -> list[Token]:
    """Every token of `text`, comments and whitespace left out.

    :raise LexError: a character that starts no token, or an ambiguous `<`.
    """
    tokens: list[Token] = []
    brackets: list[str] = []  # open brackets; "values" for a VALUES data block
    pos = 0
    try:
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if match is None:
                raise LexError(text, pos, f"Cannot read the query at {text[pos : pos + 12]!r}")
            kind = match.lastgroup or ""
            if kind not in ("ws", "comment"):
                token = Token(kind, match.group(), _value(kind, match.group()), pos)
                _check_ambiguous(text, token, tokens, brackets)
                _track(token, tokens, brackets)
                tokens.append(token)
            pos = match.end()
    except LexError as e:
        e.tokens = tokens
        raise
    return tokens


def _value(kind: str, text: str) -> str:
    if kind == "string":
        quote = 3 if text[:3] in ("'''", '"""') else 1
        return _ESCAPE.sub(_decode, text[quote:-quote])
    if kind in ("iri", "word"):
        return _ESCAPE.sub(_decode, text)
    return text


def _decode(match: re.Match[str]) -> str:
    escape = match.group()
    if escape[1] in "uU":
        code = int(escape[2:], 16)
        return chr(code) if code <= 0x10FFFF else escape
    return _ECHARS.get(escape[1], escape[1])


def _check_ambiguous(text: str, token: Token, before: list[Token], brackets: list[str]) -> None:
    """:raise LexError: an IRI that could also be read as `<` less-than, and whose two
    readings would cut the rest of the query differently."""
    if token.kind != "iri" or not before or not brackets or brackets[-1] != "(":
        return
    if len(brackets) > 1 and brackets[-2] == "values":
        return  # a row of a VALUES block holds terms only, never an expression
    last = before[-1]
    after_operand = last.kind in _OPERANDS or last.text in (")", "]")
    after_operand |= last.kind == "word" and last.text.lower() in ("true", "false")
    if after_operand and _SHIFTY.search(token.text):
        raise LexError(
            text,
            token.pos,
            "Ambiguous '<' (an IRI, or less-than?): write less-than with a space after it, "
            "or the IRI as a prefixed name,",
        )


def _track(token: Token, before: list[Token], brackets: list[str]) -> None:
    if token.kind != "punct":
        return
    if token.text in OPENERS:
        values = token.text == "{" and _after_values_header(before)
        brackets.append("values" if values else token.text)
    elif token.text in CLOSERS and brackets:
        brackets.pop()


def _after_values_header(before: list[Token]) -> bool:
    """`VALUES ?x {` or `VALUES (?x ?y) {`: the brace opens a data block. Walks back over
    variables only, so each brace costs at most its own header."""
    i = len(before) - 1
    if i >= 0 and before[i].text == ")":
        i -= 1
        while i >= 0 and before[i].kind == "var":
            i -= 1
        if i < 0 or before[i].text != "(":
            return False
        i -= 1
    elif i >= 0 and before[i].kind == "var":
        i -= 1
    return i >= 0 and before[i].kind == "word" and before[i].text.upper() == "VALUES"
