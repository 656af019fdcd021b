"""What the detectors read: a normalised copy of the text, and the way back to it."""

from __future__ import annotations

import unicodedata

from carecli.scrubber.patterns import GLUED, NON_ASCII
from carecli.scrubber.vocab import DIGITS

# What the detectors read. The patterns are written for ASCII digits and punctuation, and
# their boundaries are `\w` lookarounds, which match "¹", "½", "①" and "Ⅻ" but `\d`
# does not: a phone glued to a "¹", typed in full-width digits or with a zero-width space
# inside slipped past them. So the detectors run on a normalised copy of the text, and
# the spans they find are mapped back to the original characters:
#
# - invisible format characters (zero-width spaces and joiners, soft hyphens, BOM, bidi
#   marks) and private-use or unassigned code points are dropped; combining marks go
#   onto their letter ("e" + U+0301 -> "é") or are dropped ("1" + U+0301 -> "1");
# - other scripts' digits ("٣" -> "3") and the full-width and mathematical forms of
#   ASCII letters, digits and punctuation are read as ASCII, odd spaces as a space;
# - a superscript, subscript or circled digit next to another digit is that digit
#   ("900123¹" -> "9001231"); every other number form is dropped: a lone "¹", "½", "①",
#   "Ⅻ" ("Smith¹" -> "Smith", "½GB82 WEST..." -> "GB82 WEST...");
# - punctuation, symbols and control characters touching a digit become one space (an
#   en dash in "07700\u2013900123", "n°12"); currency signs stay ("₩101150" is money).
#
# Letters are left alone, as ASCII letters are: a number glued to one ("900123é") fails
# its pattern and is caught by the last net for digit runs (`detectors.digit_runs`).
# ASCII text (nearly every note) is read as it is.

# Characters that belong to the one before them: combining marks, invisible format
# characters, and code points that mean nothing to a detector (private use, unassigned
# in this Python's Unicode tables, lone surrogates).
_ATTACHED = frozenset(("Mn", "Mc", "Me", "Cf", "Co", "Cn", "Cs"))
# Categories whose compatibility form (NFKC) is not read as ASCII: modifier letters
# (Lm: "ʰ"), circled letters (So: "Ⓐ"), and number forms (No, Nl), which are settled by
# their neighbours instead. "ª" and "º" are read as "a" and "o", like "nº" -> "no".
_KEEP_AS_TYPED = frozenset(("Lm", "So", "Nl", "No"))
_READ_CACHE: dict[str, str] = {}
_AS_TYPED_CACHE: dict[str, bool] = {}

# A unit of the text: (what it reads as, start, end of the original characters).
_Unit = tuple[str, int, int]


def normalised(text: str) -> tuple[str, tuple[list[int], list[int]] | None]:
    """The text as the detectors read it (see above) and, unless it is the text itself,
    for each of its characters the start and end of the original characters it stands
    for."""
    if text.isascii():
        return text, None
    # Fast path: accented letters and punctuation away from digits ("Müller") read as
    # they are.
    if all(map(_as_typed, set(NON_ASCII.findall(text)))) and not GLUED.search(text):
        return text, None
    units = _settle_number_forms(*_read_units(text))
    _space_symbols(units)
    read = "".join(u[0] for u in units)
    if read == text:
        return text, None
    return read, ([u[1] for u in units], [u[2] for u in units])


def _read_units(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """Units: a character with the marks and invisible characters after it, read."""
    category = unicodedata.category
    reads: list[str] = []
    bounds: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and not text[j].isascii() and category(text[j]) in _ATTACHED:
            j += 1
        ch = text[i]
        if j > i + 1 and category(ch) not in _ATTACHED:
            marks = "".join(c for c in text[i + 1 : j] if category(c)[0] == "M")
            composed = unicodedata.normalize("NFC", ch + marks) if marks else ch
            ch = composed if len(composed) == 1 else ch
        reads.append(ch if ch.isascii() else _read_char(ch))
        bounds.append((i, j))
        i = j
    return reads, bounds


def _settle_number_forms(reads: list[str], bounds: list[tuple[int, int]]) -> list[_Unit]:
    """Number forms are settled by their neighbours: a digit or nothing."""
    category = unicodedata.category
    values = [_digit_value(r) for r in reads]  # "3" for "3" and "³", "" otherwise
    m = len(reads)
    units: list[_Unit] = []  # (read, start, end) of what is left
    for k, r in enumerate(reads):
        if r and not r.isascii() and category(r) in ("No", "Nl"):
            near = (k > 0 and bool(values[k - 1])) or (k + 1 < m and bool(values[k + 1]))
            r = values[k] if values[k] and near else ""  # "900123¹"; "Smith¹", "½GB82"
        if r:
            units.append((r, *bounds[k]))
    return units


def _space_symbols(units: list[_Unit]) -> None:
    """Symbols and punctuation touching a digit become one space (in place)."""
    k, m = 0, len(units)
    while k < m:
        last = k
        if _is_symbol(units[k][0]):
            while last + 1 < m and _is_symbol(units[last + 1][0]):
                last += 1
            before = units[k - 1][0] if k > 0 else ""
            after = units[last + 1][0] if last + 1 < m else ""
            if before in DIGITS or after in DIGITS:
                # "07700\u2013900123", "n°12345", "07700°° 900123"
                units[k : last + 1] = [(" ", units[k][1], units[last][2])]
                m -= last - k
                last = k
        k = last + 1


def _as_typed(ch: str) -> bool:
    """Is this non-ASCII character read as it is, unless it touches a digit?"""
    typed = _AS_TYPED_CACHE.get(ch)
    if typed is None:
        cat = unicodedata.category(ch)
        typed = cat[0] in "LPS" and _read_char(ch) == ch  # not "ª" or a full-width "@"
        if len(_AS_TYPED_CACHE) < 10_000:
            _AS_TYPED_CACHE[ch] = typed
    return typed


def _is_symbol(ch: str) -> bool:
    """A non-ASCII punctuation mark, symbol (a dash, "°", "•") or control character; not a
    currency sign, which says the number is an amount ("₩101150", "₦157742")."""
    if len(ch) != 1 or ch.isascii():
        return False
    category = unicodedata.category(ch)
    return category[0] in "PSC" and category != "Sc"


def _read_char(ch: str) -> str:
    """One non-ASCII character as read before its neighbours are looked at."""
    read = _READ_CACHE.get(ch)
    if read is None:
        cat = unicodedata.category(ch)
        if cat in _ATTACHED:
            read = ""  # a mark or invisible character at the very start
        elif cat == "Nd":
            read = str(unicodedata.digit(ch))  # Arabic-Indic, full-width... digits
        elif cat == "Zs":
            read = " "
        else:
            compat = unicodedata.normalize("NFKC", ch)
            ascii_form = len(compat) == 1 and compat.isascii() and cat not in _KEEP_AS_TYPED
            read = compat if ascii_form else ch
        if len(_READ_CACHE) < 10_000:
            _READ_CACHE[ch] = read
    return read


def _digit_value(ch: str) -> str:
    if ch in DIGITS:
        return ch
    if ch.isascii() or unicodedata.category(ch) != "No":
        return ""
    value = unicodedata.digit(ch, None)
    return "" if value is None else str(value)
