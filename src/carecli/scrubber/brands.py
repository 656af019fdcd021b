"""Pass 2, beside the places: a word in no list before a product's noun is a brand.

"the Freeview box", "Nothing Phone update", "Fenix watch": brands keep being invented,
so no list knows them all, but a person's name does not stand right before "box",
"app" or "router" without a possessive ("Njeri's router" keeps its "'s"). Nouns a
name does stand before in shorthand ("njeri acct", "wambui order") are left out. A
capitalised word before a company's noun ("Copa Airlines") is a company's name too.
"""

from __future__ import annotations

import re

from carecli.scrubber.cues import after_strong_cue, after_title
from carecli.scrubber.tokens import Tok, next_tok, possessive
from carecli.scrubber.vocab import AIRLINE_CODES, words
from carecli.scrubber.where_words import (
    BRAND_NAMES,
    BRAND_NOUNS,
    ORG_NOUNS,
    PLACE_NOUNS,
    PRODUCT_NOUNS,
    SERVICE_NOUNS,
)

# Classes a brand may have: in no list, or two English words run together ("Freeview").
_BRANDABLE = frozenset(("unknown", "compound", "rare"))
# Before a company's noun in capitals a brand may look like a name too ("Kotak Mahindra Bank").
_ORG_NAMEABLE = _BRANDABLE | {"name", "ambig_b", "keep_name", "typo"}


_FLIGHT_AFTER = re.compile(r"\s([A-Za-z0-9]{2})\s?\d{1,4}(?!\w)")


def mark_brands(toks: list[Tok], original: str) -> None:
    """Mark the brands the words around them show: a word in no list before a product's
    noun, a brand that is a name before what it sells, a company before its noun."""
    _before_nouns(toks)
    # "Rex rebook", "Felix visit", "on Rex ZL 1492": a brand that is a name, before what
    # it sells or a flight number; not after a person's cue ("spoke to Felix").
    for i, tok in enumerate(toks):
        if tok.fold not in BRAND_NAMES or possessive(tok):
            continue
        nxt = next_tok(toks, i)
        sells = nxt is not None and (
            nxt.base in SERVICE_NOUNS or nxt.base in PRODUCT_NOUNS or nxt.base in PLACE_NOUNS
        )
        # The flight number may be claimed as harmless already, so it is read from the
        # text itself ("Rex ZL 1492", "Rex ZL617").
        after = _FLIGHT_AFTER.match(original, tok.end)
        flight = after is not None and after.group(1).upper() in AIRLINE_CODES
        cue = after_title(toks, i, strict=False) or after_strong_cue(toks, i, tok.cls)
        if (sells or flight) and not cue:
            tok.cls = "keep"
    _compared_or_ported(toks)
    # "Copa Airlines", "Kotak Mahindra Bank": one or two capitalised words before a
    # capitalised company noun; not after a possessive ("Curiel's Bank" is the bank's).
    for i, tok in enumerate(toks):
        if not (tok.cap and tok.base in ORG_NOUNS and not tok.allcaps) or i == 0:
            continue
        j = i - 1
        while j >= max(0, i - 2) and toks[j + 1].gap_before == "space":
            prev = toks[j]
            named = prev.cls in _ORG_NAMEABLE or prev.cls in ("keep", "keep_name")
            if not prev.cap or not named or possessive(prev):
                break
            if after_title(toks, j, strict=False) or after_strong_cue(toks, j, prev.cls):
                break  # "thanks Sarah Bank ...": a person's cue says who
            prev.cls = tok.cls = "keep"  # "Uzbekistan Airways": a place's airline too
            j -= 1


def _before_nouns(toks: list[Tok]) -> None:
    """A word in no list right before a product's noun ("Freeview box"), or capitalised
    before a company's noun ("Biman flight"; not "added for Aminu cashback")."""
    for i, tok in enumerate(toks):
        if tok.cls not in _BRANDABLE or possessive(tok):
            continue  # a possessive ("Njeri's app") belongs to a person
        nxt = next_tok(toks, i)
        if nxt is None:
            continue
        company = (
            nxt.base in BRAND_NOUNS
            and tok.cap
            and not nxt.cap
            and not (after_title(toks, i, strict=False) or after_strong_cue(toks, i, tok.cls))
            and not _for_someone(toks, i)
        )
        if nxt.base in PRODUCT_NOUNS or company:
            tok.cls = "keep"


def _for_someone(toks: list[Tok], i: int) -> bool:
    """ "added for Aminu cashback", "for Koffi Yeboah refund": a person's refund."""
    j = i
    while j > 0 and i - j < 3 and toks[j].gap_before in ("space", "soft"):  # "for BÂ, Alioune"
        prev = toks[j - 1]
        if prev.base == "for":
            return True
        if not (prev.cap and prev.cls in ("unknown", "name", "ambig_b")):
            return False
        j -= 1
    return False


# Words a brand may be compared with or a number ported between.
_VERSUS = words("vs vs. versus")
_PORTING = words("port porting ported")  # not "switched (the holder) from Kofi to Ama"
_NETWORKISH = frozenset(("unknown", "compound", "rare", "keep_name", "name", "ambig_b"))


def _compared_or_ported(toks: list[Tok]) -> None:
    """ "Bank Audi vs JEPCO", "port from zain ksa to jawwy": products and networks, not
    people. One side of "vs" must be a known brand or an acronym ("Ana vs Kofi" may be
    people), and a person's cue still wins."""
    for i, tok in enumerate(toks):
        if tok.base in _VERSUS:
            sides = [j for j in (i - 1, i + 1) if 0 <= j < len(toks)]
            known = any(toks[j].cls in ("keep", "keep_name") or toks[j].allcaps for j in sides)
            if len(sides) == 2 and known and all(toks[j].cap for j in sides):
                # The product's name goes on over capitalised words: "vs Vodacom Smart Kitochi".
                j = i + 2
                while j <= min(i + 3, len(toks) - 1) and toks[j].gap_before == "space":
                    if not toks[j].cap:
                        break
                    sides.append(j)
                    j += 1
                for j in sides:
                    if toks[j].cls in _NETWORKISH and not after_strong_cue(toks, j, toks[j].cls):
                        toks[j].cls = "keep"
        elif tok.base in _PORTING:
            nxt = next_tok(toks, i)
            if nxt is None or nxt.base not in ("from", "to", "out"):
                continue
            j, turns = i + 2, 0
            while j < len(toks) and toks[j].gap_before == "space" and j - i <= 8:
                if toks[j].base in ("to", "from"):
                    turns += 1
                    if turns > 1:
                        break
                elif toks[j].cls in _NETWORKISH:
                    toks[j].cls = "keep"
                elif toks[j].cls not in ("keep", "word"):
                    break
                j += 1
