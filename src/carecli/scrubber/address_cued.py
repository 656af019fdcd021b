"""Pass 1, with the rest of an address line: an address after a cue that has no street
type ("shipped to caya frans figaroa 13", "new addr on file: area 35/2/273"). It needs a
cue, a number at one end and a word that is not plain English, so "sent to 3 stores" and
"moved to tier 2" stay text."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber.address_words import JOINERS, STREETISH, TOKEN, is_unit, ordinary
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.vocab import AIRLINE_CODES, STOP, words

# Cues after which an address is expected: "address updated to", "shipped to", "living at".
_CUE = re.compile(
    r"(?<!\w)(?:(?:new[ \t]+|old[ \t]+)?(?:address|addr|adress)(?:es)?"
    r"(?:[ \t]+(?:on[ \t]+file|updated|changed|is|was|now|to|of|at))*"
    r"|(?:ship|shipped|send|sent|redirect|redirected|reroute|rerouted|deliver|delivered"
    r"|delivery|post|posted|mail|mailed|moved|moving|relocated)[ \t]+to(?:[ \t]+(?:family|her|his"
    r"|them|their|the)){0,2}(?:[ \t]+at)?"
    r"|(?:lives|living|located|based|installed|install|installation|staying)[ \t]+(?:at|on|in)"
    r"|street|at)[ \t]*[:\-]?[ \t]*",
    re.IGNORECASE,
)
# Words that end what was said of the address: "delivered to Rüütli 64 instead".
_ENDERS = words("instead pls please asap tmrw tomorrow today tonight again")
_PIECE_END = re.compile(r"[ \t][-\u2013/|][ \t]|[;!?()\x1f]|,|\.[ \t]|\.$|$")


def cued(masked: str, claims: Claims, lex: Lexicon) -> bool:
    """ "shipped to caya frans figaroa 13", "new addr on file: area 35/2/273", "barrio la
    isla, 5 calle": up to three comma-separated parts after a cue, the last with a number."""
    grew = False
    for m in _CUE.finditer(masked):
        pos = m.end()
        if pos >= len(masked) or masked[pos] in "\x1f \t":
            continue
        if not p.ANY_DIGIT.search(masked, pos, pos + 80):
            continue  # three parts, the last with a number, fit in 80 characters
        before: list[str] = []  # the parts before the numbered one ("barrio la isla")
        for _part in range(3):
            end = _PIECE_END.search(masked, pos)
            stop = end.start() if end else len(masked)
            words, stop = _words_until_stop(masked, pos, stop)
            if _looks_like_address(words, lex, cue=m.group(0), before=before):
                stop = _trim_plain_end(masked, pos, words, stop, lex)
                grew |= claims.add(m.end(), stop, "address")
                break
            if not end or end.group(0) != "," or not _may_lead(words, lex):
                break
            before += words
            pos = end.end()
            while pos < len(masked) and masked[pos] in " \t":
                pos += 1
    return grew


def _words_until_stop(text: str, start: int, stop: int) -> tuple[list[str], int]:
    """The words of text[start:stop] up to a function word ("kaya kanari 35 for ..."),
    and where they end."""
    words: list[str] = []
    end = start
    for w in TOKEN.finditer(text, start, stop):
        low = fold(w.group(0).rstrip(".:"))
        if (low in STOP and low not in JOINERS) or low in _ENDERS:
            break
        words.append(w.group(0))
        end = w.end()
    return words, end - text[start:end].endswith(".")


def _trim_plain_end(text: str, start: int, words: list[str], stop: int, lex: Lexicon) -> int:
    """Leave out plain lower-case English after the number: "611 section k tmrw"."""
    if not words or not any(ch.isdigit() for ch in words[0]):
        return stop
    found = list(TOKEN.finditer(text, start, stop))
    while len(found) > 1:
        word = found[-1].group(0)
        low = fold(word.rstrip(".:"))
        if not word.islower() or not ordinary(low, lex) or is_unit(low) or low in STREETISH:
            break
        found.pop()
    return found[-1].end() if found else stop


def _may_lead(words: list[str], lex: Lexicon) -> bool:
    """Can this part come before the numbered one: a locality or a street's name
    ("barrio la isla", "Kira Rd")? One to three words, none plain English."""
    if not 1 <= len(words) <= 3:
        return False
    folded = [fold(w.rstrip(".:")) for w in words]
    if is_unit(folded[0]):
        return True
    return all(w in JOINERS or not ordinary(w, lex) for w in folded)


def _looks_like_address(
    words: list[str], lex: Lexicon, *, cue: str, before: list[str]
) -> bool:
    """A number at one end, at most six words, and a word no English list has (or a
    unit word): "caya frans figaroa 13", "kg 148 st", "area 35/2/273"."""
    if not 1 <= len(words) <= 6 or len(words) + len(before) < 2:
        return False
    folded = [fold(w.rstrip(".:")) for w in words]
    digit_at = [i for i, w in enumerate(folded) if any(ch.isdigit() for ch in w)]
    if not digit_at:
        return False
    if words[0].upper() in AIRLINE_CODES and len(words) > 1 and words[1].isdigit():
        return False  # "moved to FZ 1823": a flight
    unit = is_unit(folded[0])
    # The house number first or last ("13 caya frans", "kaya kanari 35"), or after a
    # unit ("kg 148 st"); not "Sipho 2 times".
    if not (digit_at[0] == 0 or digit_at[-1] == len(words) - 1 or (unit and digit_at[0] == 1)):
        return False
    plain = [fold(w.rstrip(".:")) for w in before] + [
        w for w in folded if not any(ch.isdigit() for ch in w)
    ]
    if not plain:
        return False
    strange = [w for w in plain if w not in JOINERS and not ordinary(w, lex)]
    units = any(is_unit(w) for w in plain)
    streetish = any(w in STREETISH for w in plain)
    if cue.strip(" :-").lower() in ("at", "street"):
        # The weakest cues: a street's name that is no place, brand or plain English,
        # or a unit after the number ("at 297 section l").
        return (bool(strange) and (streetish or units or len(strange) >= 2)) or (
            units and digit_at[0] == 0
        )
    return bool(strange) or units or streetish
