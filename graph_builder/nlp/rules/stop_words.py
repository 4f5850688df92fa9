"""The stop words of running text (data/lexicon/stopwords.txt) as one pattern per lexicon.

Why a module of its own: the name readers (org_ends, country_units, local_bodies) each
ask whether running text starts at a point; one compiled alternation serves them all.
"""

from __future__ import annotations

import re

from graph_builder.nlp.lexicon import Lexicon, per_lexicon
from graph_builder.nlp.rules.text import words_at_start


@per_lexicon
def stop_pattern(lex: Lexicon) -> re.Pattern[str]:
    """One alternation per lexicon instead of a loop over the list."""
    return words_at_start(lex.stopwords)
