"""Pass 1, addresses: streets in three word orders, PO boxes, and postcodes."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.vocab import (
    AIRLINE_CODES,
    GERMANIC_SUFFIXES,
    NOT_STREET_WORDS,
    PARTICLES,
    ROMANCE_ABBREVIATED,
    ROMANCE_ENGLISH,
    STOP,
    STREET_SUFFIX_STRONG,
    STREET_SUFFIX_WEAK,
    US_STATES,
)


def addresses(text: str, claims: Claims, lex: Lexicon) -> None:
    """Street addresses (English, Germanic, Romance word orders) and PO boxes."""
    low = text.lower()
    for m in p.PO_BOX.finditer(claims.masked(but_safe=True)):
        # A box number wins over a harmless reading ("BP 3981 RP": no rupiahs).
        claims.add(m.start(), m.end(), "address", over_safe=True)
    if "lot" in low:
        for m in p.BLOCK_LOT.finditer(text):
            claims.add(m.start(), m.end(), "address")
    if any(cue in low for cue in ("addr", "adress", "lives", "living", "moved", "moving")):
        for m in p.CUED_STREET.finditer(text):
            claims.add(m.start("a") if m.group("a") else m.start("s"), m.end(), "address")
    # Street numbers and a word next to them: nothing below matches a note with no
    # digit but the Romance order ("rue de la Paix"), looked for only if one of its
    # street types is there.
    if p.ANY_DIGIT.search(text):
        _numbered(text, claims, lex)
    if not p.ROMANCE_WORDS.isdisjoint(p.WORD.findall(low)):
        for m in p.ROMANCE_TYPE.finditer(text):
            _romance_address(text, m.start(), m.end(), m.group("type"), claims, lex)


def _numbered(text: str, claims: Claims, lex: Lexicon) -> None:
    """English and Germanic street addresses: a house number beside the street."""
    for m in p.ADDRESS_HEAD.finditer(text):
        end = _english_street_end(text, m, lex)
        if end is None and m.group("unit") and m.group("num1") is None:
            named = p.UNIT_NAMED.match(text, m.end())  # "Apt 4, The Maltings"
            if named and "," in text[m.start() : m.end()]:
                claims.add(m.start(), named.end(), "address")
                continue
        if end is not None:
            route = p.ROUTE_NUMBER.match(text, end)  # "Old Hwy 51 S", "Navajo Route 12"
            end = route.end() if route and p.ROUTE_TYPE.search(text, 0, end) else end
            direction = p.STREET_DIRECTION.match(text, end)
            end = direction.end() if direction else end
            tail = p.UNIT_TAIL.match(text, end)
            claims.add(m.start(), tail.end() if tail else end, "address")
    for m in p.GERMANIC.finditer(text):
        street = fold(m.group("street"))
        if street in GERMANIC_SUFFIXES:
            # The type as a word of its own after the name: "Váci utca 42", "Barona iela 5".
            named = p.PLACE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if street in p.TYPE_AFTER_NAME and named and not lex.is_word(fold(named.group(1))):
                claims.add(named.start(1), _stair_flat(text, m.end()), "address")
            continue  # or the bare type ("ring 5")
        if not street.endswith(GERMANIC_SUFFIXES):
            continue  # no street type
        stem = street.rstrip(".")
        # "during 2", "bring 3": an English word ending in "ring" is no street.
        if "-" in stem or not lex.is_word(stem):
            claims.add(m.start(), _stair_flat(text, m.end()), "address")


def _stair_flat(text: str, end: int) -> int:
    """After the house number, a stair and a flat: "Mannerheimintie 26 A 38"."""
    stair = p.STAIR_FLAT.match(text, end)
    return stair.end() if stair else end


def _english_street_end(text: str, head: re.Match[str], lex: Lexicon) -> int | None:
    """End of "<number> <1-3 street words> <street type>" after `head`, if any.

    The furthest street type wins ("25 church park way"); the words before it may
    not be function words or measures ("40 minute walk", "2 items in the way").
    An Indian "H.No. 33, Sharma" has no street type: the unit alone is enough.
    """
    words: list[re.Match[str]] = []
    pos = head.end()
    while len(words) < 4:
        wm = p.STREET_WORD.match(text, pos)
        if wm is None:
            break
        words.append(wm)
        nxt = wm.end()
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt == wm.end():
            break
        pos = nxt
    folded = [fold(w.group(0).rstrip(".")) for w in words]
    for k in range(min(len(words) - 1, 3), 0, -1):
        if not _is_street_type(folded[k]):
            continue
        before = folded[:k]
        if any(w in NOT_STREET_WORDS or (w in STOP and w not in _STREET_STOP_OK) for w in before):
            continue
        if any(w.isdigit() for w in before) and folded[k] not in STREET_SUFFIX_STRONG:
            continue  # "122 ave", "27th pl", but not "12 20 way"
        if not _plausible_street(words[k].group(0), folded[k], before, lex):
            continue
        # A full stop after "st." may end the sentence: leave it in the text.
        return words[k].end() - words[k].group(0).endswith(".")
    unit = head.group("unit")
    if unit and unit.lower().startswith("h") and words and head.group("num1") is None:
        if folded[0] in ("sector", "block", "phase", "road", "street", "ward", "gali", "lane"):
            return None  # "h no 45, sector 15": the sector is the next part, with its number
        return words[0].end()
    return None


# Function words that begin street names: "Old Hwy 51", "Upper Serangoon Road", "St".
_STREET_STOP_OK = frozenset(("st", "old", "new", "upper", "lower", "north", "south", "east",
                             "west", "little", "great", "high"))  # fmt: skip


def _plausible_street(raw: str, street_type: str, before: list[str], lex: Lexicon) -> bool:
    """Strong types always; weak and plural ones need a name-like street name or
    some capital ("27521, promo runs" is text, "12 Devin Brooks" an address)."""
    if street_type in STREET_SUFFIX_STRONG:
        return True
    if street_type in STREET_SUFFIX_WEAK and not any(w in lex.keep for w in before):
        return True
    return raw[:1].isupper() or any(lex.is_name(w) or not lex.is_word(w) for w in before)


def _is_street_type(word: str) -> bool:
    if word in STREET_SUFFIX_STRONG or word in STREET_SUFFIX_WEAK:
        return True
    # Plurals: "Forks", "Mills", "Anna Streets" (Faker-style US street names).
    return word.endswith("s") and (
        word[:-1] in STREET_SUFFIX_WEAK or word[:-1] in STREET_SUFFIX_STRONG
    )


def _romance_address(
    text: str, start: int, end: int, street_type: str, claims: Claims, lex: Lexicon
) -> None:
    """ "[12,] rue|calle|via <street name> [, 12] [piso 3]"."""
    before = p.NUM_BEFORE.search(text, max(0, start - 12), start)
    words, last_end = _street_name_after(text, end, lex)
    if not words:
        return
    after = p.NUM_AFTER.match(text, last_end)
    if after is not None and _counted(text, after.end()):
        after = None  # "via Sameday, 66-96 working days": a count, no house number
    kind = fold(street_type)
    numbered = before is not None or after is not None
    if kind in ROMANCE_ABBREVIATED and not numbered:
        return
    if kind == "via" and not numbered:
        return  # "rerouted via Da Nang": in an English note, "via" is a preposition
    if kind in ROMANCE_ENGLISH and words[0] not in PARTICLES:
        name_like = any(not lex.is_word(w) or lex.is_name(w) for w in words if w not in PARTICLES)
        if not (numbered and name_like):
            return  # "via email 5 times", "place order 2"
    stop = after.end() if after else last_end
    tail = p.UNIT_TAIL.match(text, stop)
    claims.add(before.start() if before else start, tail.end() if tail else stop, "address")


# A measure after a number ("66-96 working days"), not a house number.
_MEASURES = frozenset(NOT_STREET_WORDS - STOP)
_COUNTED = re.compile(r"[ \t]*(?:[-\u2013][ \t]*\d+[ \t]*)?(?:working[ \t]+|business[ \t]+)?(\w+)")


def _counted(text: str, pos: int) -> bool:
    """Does a measure follow the number ("66-96 working days", "30 mins")?"""
    m = _COUNTED.match(text, pos)
    return m is not None and m.group(1).lower() in _MEASURES


def _street_name_after(text: str, pos: int, lex: Lexicon) -> tuple[list[str], int]:
    """Up to five words after a street type, stopping at a function word, a comma or an
    English verb's form ("Plaza San Martín delayed 3h": a square, and a delay)."""
    words: list[str] = []
    last_end = pos
    while len(words) < 5:
        wm = p.WORD_AFTER.search(text, pos)
        if wm is None or text[pos : wm.start()].strip() or wm.group(0) == ",":
            break
        word = wm.group(0)
        low = fold(word.rstrip("."))
        if (low in STOP or low in NOT_STREET_WORDS) and low not in PARTICLES:
            break
        if low.endswith(("ed", "ing")) and lex.is_english(low) and not lex.is_name(low):
            break
        if low in ("nr", "no", "nº", "n°", "num"):
            break  # "str. Victoriei nr. 12": the number follows its marker
        words.append(low)
        last_end = pos = wm.end()
        if word.endswith("."):
            last_end -= 1
            break  # "rue Yves Langlois. closed acct ...": the sentence ended
    return words, last_end


def postcodes(text: str, claims: Claims, lex: Lexicon) -> None:
    """UK, Canadian, Irish and Dutch postcodes; other numbers (US ZIP+4, Polish "00-950",
    Portuguese "1000-001", Swedish "123 45", Japanese "100-0001", Brazilian "01310-100",
    4- to 6-digit codes) only after a cue, a state, an address or before a known place."""
    for m in p.POSTCODE_STRONG.finditer(text):
        value = m.group(0)
        if m.group("ie") and not any(ch.isdigit() for ch in value[3:]) and value.islower():
            cued = p.POSTCODE_CUE.search(text[max(0, m.start() - 40) : m.start()])
            if not cued and lex.is_word(value[-4:]):
                continue  # "w12 face" is text; "v94 ndcw", "eircode v93 vcey" are not
        if value[-3:-2].isdigit() and value[-2:].lower() in ("st", "nd", "rd", "th"):
            continue  # "b2 2nd" is an ordinal
        claims.add(m.start(), m.end(), "postcode")
    for m in p.POSTCODE_NL.finditer(text):
        if m.group(0)[-2:] not in ("AM", "PM", "GB", "MB", "KB", "TB", "UK", "US", "EU",
                                   "OK", "ID", "TV", "PC", "HD", "PS", "XL"):  # fmt: skip
            claims.add(m.start(), m.end(), "postcode")
    for m in p.POSTCODE_MT.finditer(text):
        letters = m.group("l").lower()
        # Not "for 2024", "usd 1500", "QFA 1234": letters no list knows, or a cue.
        cued = p.POSTCODE_CUE.search(text[max(0, m.start() - 40) : m.start()])
        plain = lex.is_word(letters) or letters in lex.keep or letters.upper() in AIRLINE_CODES
        plain = plain or letters in ("reg", "rego", "plate", "ref", "inc", "ord", "tel", "mob")
        if cued or not plain:
            claims.add(m.start(), m.end(), "postcode")
    for m in p.POSTCODE_WEAK.finditer(text):
        if _postcode_context(text, m.start(), m.end(), claims, lex):
            claims.add(m.start(), m.end(), "postcode")


def _postcode_context(text: str, start: int, end: int, claims: Claims, lex: Lexicon) -> bool:
    """A number is a postcode only next to an address, a state or a cue word."""
    before = text[max(0, start - 40) : start]
    if p.POSTCODE_CUE.search(before):
        return True
    state = p.STATE_BEFORE.search(before)
    # "TX 75001"; in lower case only right after a comma ("austin, tx 75001").
    if (
        state
        and state.group("st").upper() in US_STATES
        and (state.group("st").isupper() or before[: state.start("st")].rstrip().endswith(","))
    ):
        return True
    prev = claims.last_kind_before(start, ("address",), window=60)
    if prev is not None and p.AFTER_ADDRESS.match(text[prev:start]):
        between = {fold(w) for w in text[prev:start].replace(",", " ").split()}
        if not between & STOP:
            return True  # "12 Elm St, Springfield 12345"; not "..., logged in 2020"
    # "75001 paris", "8001 Zürich": four (not a year) or five digits before a known
    # place; "Lyon, 69003": five digits after one; "Tokyo 150-0002" too.
    value = text[start:end]
    japanese = len(value) == 8 and value[3] == "-" and value.replace("-", "").isdigit()
    if japanese or (
        value.isdigit() and (len(value) == 5 or (len(value) == 4 and value[:2] not in ("19", "20")))
    ):
        # "Durban 4001", "Umlazi, 4031", "Lyon, 69003" too.
        places = [p.PLACE_AFTER.match(text[end : end + 40]), p.PLACE_BEFORE.search(before)]
        for place in places:
            word = fold(place.group(1)) if place else ""
            # "mobile 07650 921716": Mobile (Alabama) is a word first.
            if (word in lex.places or word in lex.towns) and word not in lex.english:
                return True
    # ", 10115 Berlin" / ", 75001 Paris": a comma, the number, a capitalised town.
    return before.rstrip().endswith(",") and bool(p.CITY_AFTER.match(text[end:]))
