"""Property-based tests of the character-level rules: legal numbers, dates, any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from graph_builder.nlp.rules.dates import find_dates, find_period
from graph_builder.nlp.rules.policies import find_instruments, find_legal
from graph_builder.nlp.rules.text import sentences, whole_word, words_at_start

CODES = st.sampled_from(["QĐ", "NĐ", "TT", "NQ", "CT", "KH", "TTLT"])
ISSUERS = st.sampled_from(["", "-TTg", "-CP", "-UBND", "-BLĐTBXH", "-BYT", "-BGDĐT"])
PREFIX = st.sampled_from(["Quyết định số ", "Nghị định ", "Thông tư số ", "", "QĐ số "])


@st.composite
def legal_numbers(draw: st.DrawFn) -> str:
    number = draw(st.integers(min_value=1, max_value=99999))
    year = draw(st.one_of(st.none(), st.integers(min_value=1990, max_value=2035)))
    code = draw(CODES) + draw(ISSUERS)
    return f"{number}/{year}/{code}" if year else f"{number}/{code}"


@given(legal_numbers(), PREFIX, st.sampled_from(["", ", ", " ngày 12/3/2021 ", ". "]))
def test_a_legal_number_in_a_sentence_is_found_whole(number: str, prefix: str, tail: str) -> None:
    text = f"Theo {prefix}{number}{tail}của cơ quan có thẩm quyền."
    found = find_legal(text)
    assert [m.number for m in found] == [number]
    assert found[0].text.endswith(number)


@given(st.integers(1, 28), st.integers(1, 12), st.integers(1950, 2090))
def test_dates_are_read_in_every_written_form(day: int, month: int, year: int) -> None:
    expected = f"{year:04d}-{month:02d}-{day:02d}"
    for text in (
        f"ngày {day}/{month}/{year}",
        f"ngày {day} tháng {month} năm {year}",
        f"ngày {day:02d}-{month:02d}-{year}",
    ):
        assert [d.iso for d in find_dates(text, default_year=None)] == [expected], text


@given(st.integers(1990, 2040), st.integers(0, 20), st.sampled_from([" - ", "-", " – ", " đến "]))
def test_periods(start: int, length: int, dash: str) -> None:
    assert find_period(f"giai đoạn {start}{dash}{start + length}") == (start, start + length)


@settings(max_examples=200)
@given(st.text(max_size=400))
def test_rules_never_crash_and_spans_point_into_the_text(text: str) -> None:
    for mention in find_legal(text) + find_instruments(text):
        assert text[mention.start : mention.end] == mention.text
    for sentence in sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


STOP_WORDS = ["của", "và", "tại", "về việc", "cho", "trên địa bàn", "đ"]
WORDS_AND_TEXT = st.text(alphabet="củavàtạiềệcho địbnđ_1,.", max_size=14)


@given(WORDS_AND_TEXT)
def test_words_at_start_agrees_with_the_startswith_loop_it_replaced(text: str) -> None:
    """The loop: a stop word at the start, followed by anything but a letter or digit."""
    loop = any(text.startswith(w) and not text[len(w) : len(w) + 1].isalnum() for w in STOP_WORDS)
    assert (words_at_start(STOP_WORDS).match(text) is not None) == loop


@given(st.text(alphabet="Hà Nộiàxy-_1", max_size=16))
def test_whole_word_never_matches_inside_a_longer_word(text: str) -> None:
    for m in whole_word("Hà Nội").finditer(text):
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        assert not (before.isalnum() or before == "_")
        assert not (after.isalnum() or after == "_")
