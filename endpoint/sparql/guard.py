"""What a query may not do here, decided on its tokens (endpoint/sparql/lexer).

- SERVICE anywhere, in any case, glued to other text or spelt with `\\u` escapes: 403.
  pyoxigraph matches keywords without a word boundary (`SERVICEx:y {...}` calls
  `x:y`), so any word, prefix of a prefixed name or language tag that contains the
  letters is refused; variables, local names, strings and IRIs may contain them.
- Update keywords (INSERT, LOAD, ...) as words: 403 (see endpoint/protocol).
- Complexity: the engine's parser and optimiser recurse, and a deep enough query
  overflows the worker's stack (SIGSEGV). Measured with pyoxigraph 0.5.13 on an 8 MiB
  stack, a fresh process dies at 4,000 nested braces, 8,000 nested parentheses,
  8,000 `+` or UNIONs in a chain, 16,000 `!` in a row or `||`/`|` in a chain; and
  time grows as the cube of a path's or an OPTIONAL chain's length (500 `/` steps
  3.5 s, 500 OPTIONALs 9.8 s on an empty store). The limits below stay far under
  each, and name themselves in the 400 so a client knows what to change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from endpoint.sparql.lexer import CLOSERS, OPENERS, Token

MAX_NESTING = 64  # brackets of any kind, open at once
MAX_UNARY_RUN = 8  # `!`, `+`, `-`, `^` in a row: `!!x` is already odd
MAX_OPERATORS = 1_000  # operator tokens in the whole query (8,000 `+` crash)
MAX_PATH_OPERATORS = 128  # `/`, `|`, `^` (path steps and alternatives; cubic time)
MAX_GROUP_OPERATORS = 128  # UNION, OPTIONAL, MINUS: each adds a join level
MAX_TOKENS = 20_000  # a 64 KiB query of short tokens; more is not a hand-written query

OPERATORS = frozenset(
    {"||", "&&", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "!", "|", "^", "?"}
)
UNARY = frozenset({"!", "+", "-", "^"})
PATH = frozenset({"/", "|", "^"})
GROUP_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS"})
QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
UPDATE_WORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
TOO_COMPLEX = "The query is too complex: {what} (limit {name} = {limit}). Simplify it."


class RefusedError(Exception):
    """A query we will not run: `status` 403 (policy) or 400 (too complex, unreadable)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(slots=True)
class _Counts:
    depth: int = 0
    unary_run: int = 0
    operators: int = 0
    path: int = 0
    groups: int = 0


def inspect(tokens: Sequence[Token], *, no_service: str, read_only: str) -> str:
    """The query form (select, ask, construct, describe) of a query we may run.

    :raise RefusedError: SERVICE (403, `no_service`), an update (403, `read_only`), over a
        complexity limit or no query form (400).
    """
    if len(tokens) > MAX_TOKENS:
        _too_complex(f"{len(tokens)} tokens", "MAX_TOKENS", MAX_TOKENS)
    form = None
    counts = _Counts()
    for token in tokens:
        _check_service(token, no_service)
        _count(token, counts)
        if token.kind != "word":
            continue
        word = token.value.upper()
        if token.value != token.text:
            raise RefusedError(
                400, f"\\u escapes are allowed only in strings and IRIs: {token.text}"
            )
        if word in UPDATE_WORDS:  # anywhere: `SELECT ... ; INSERT ...` is refused too
            raise RefusedError(403, read_only)
        if form is None and word in QUERY_FORMS:
            form = QUERY_FORMS[word]
    if form is None:
        raise RefusedError(400, "Not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE.")
    return form


def refuse_service(tokens: Sequence[Token], *, no_service: str) -> None:
    """:raise RefusedError: 403 if any of `tokens` is (or holds) the SERVICE keyword."""
    for token in tokens:
        _check_service(token, no_service)


def _check_service(token: Token, message: str) -> None:
    if token.kind == "word":
        text = token.value
    elif token.kind == "pname":
        text = token.text.partition(":")[0]
    elif token.kind == "lang":
        text = token.text
    else:
        return
    if "SERVICE" in text.upper():
        glued = "" if text.upper() == "SERVICE" else f" (in {text!r}: the engine reads it there)"
        raise RefusedError(403, message + glued)


def _count(token: Token, counts: _Counts) -> None:
    text = token.text
    if token.kind == "punct":
        if text in OPENERS:
            counts.depth += 1
            if counts.depth > MAX_NESTING:
                _too_complex("groups nested too deep", "MAX_NESTING", MAX_NESTING)
        elif text in CLOSERS:
            counts.depth = max(0, counts.depth - 1)
        _count_operator(text, counts)
    elif token.kind == "word" and token.value.upper() in GROUP_WORDS:
        counts.groups += 1
        if counts.groups > MAX_GROUP_OPERATORS:
            _too_complex(
                "too many UNION/OPTIONAL/MINUS", "MAX_GROUP_OPERATORS", MAX_GROUP_OPERATORS
            )
    if token.kind == "iri":  # brackets inside an IRI: see endpoint/sparql/lexer on `<`
        hidden = sum(token.text.count(c) for c in "([")
        if counts.depth + hidden > MAX_NESTING:
            _too_complex("groups nested too deep", "MAX_NESTING", MAX_NESTING)
    if text not in UNARY:
        counts.unary_run = 0


def _count_operator(text: str, counts: _Counts) -> None:
    if text in UNARY:
        counts.unary_run += 1
        if counts.unary_run > MAX_UNARY_RUN:
            _too_complex("too many operators in a row", "MAX_UNARY_RUN", MAX_UNARY_RUN)
    if text in OPERATORS:
        counts.operators += 1
        if counts.operators > MAX_OPERATORS:
            _too_complex("too many operators", "MAX_OPERATORS", MAX_OPERATORS)
    if text in PATH:
        counts.path += 1
        if counts.path > MAX_PATH_OPERATORS:
            _too_complex("too many path operators", "MAX_PATH_OPERATORS", MAX_PATH_OPERATORS)


def _too_complex(what: str, name: str, limit: int) -> None:
    raise RefusedError(400, TOO_COMPLEX.format(what=what, name=name, limit=limit))
