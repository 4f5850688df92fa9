"""Text folding shared by extraction (name keys) and the endpoint (accent-free search),
and the Vietnamese letter classes that ingest and the rules both test case with.

One small module with no dependencies, so that the endpoint can fold a query the way
the builder folded a name without importing anything of the extraction.
"""

from __future__ import annotations

import unicodedata

# Regex character-class bodies, listed: the range à-ỹ also holds capitals (Đ, Ạ, Ấ ...).
UPPER = "A-ZÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
LOWER = "a-zàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
# The words of the administrative units a body or a heading is named with ("UBND tỉnh",
# "Hội Nông dân huyện", "ỦY BAN NHÂN DÂN TỈNH"), longest first so that "thị xã" is read
# before "xã". Here, not read from data/lexicon/place_heads.txt, because ingest and rdf
# read no lexicon; a test keeps the two alike (the heads of levels 1-3 written in full).
ADMINISTRATIVE_UNITS = ("thành phố", "thị trấn", "thị xã", "phường", "huyện", "quận", "tỉnh", "xã")
_D_STROKE = str.maketrans({"đ": "d", "Đ": "D"})  # đ does not decompose under NFKD


def fold(text: str) -> str:
    """Strip Vietnamese diacritics, keep case: "Bộ Lao động" -> "Bo Lao dong"."""
    text = unicodedata.normalize("NFC", text).translate(_D_STROKE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def in_capitals(text: str) -> bool:
    """Written all in capitals, as letterheads and signature blocks are: four letters at
    least (an acronym such as "UBND" alone is no such line), none in lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
