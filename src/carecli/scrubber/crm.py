"""The CRM form of a name, "SURNAME, Given" ("TUILAEPA, Bronwen", "njoroge, sindri").

Records copied from a CRM put the surname first, then a comma. The two words are a
name when neither is an English word (or the first is in capitals) and the pair sits
where a record does: at the start of a note or line, after "(", after a cue
("account holder", "crm shows", "verified"), or before what a record goes on with
("born", "dob", "on the system", "called", "- verified", an address, a claimed span).
"""

from __future__ import annotations

import re

from carecli.scrubber.abroad_words import CUSTOMER_ABROAD
from carecli.scrubber.tokens import Tok
from carecli.scrubber.vocab import CRM_AFTER, CRM_AFTER_PAIRS, CRM_BEFORE, NOUN_CUES

# Classes of a word that may be either half of the pair.
_NAMEISH = frozenset(("unknown", "name", "ambig_b"))
# A common word may be the given name after a surname in capitals ("BAKER, Rose").
_COMMON = frozenset(("ambig_a", "keep_name"))
_NOT_NAME = frozenset(("stop", "hardkeep", "keep", "particle", "initial", "word", "compound"))

_COMMA = re.compile(r"[ \t]*,[ \t]*\Z")
# What follows a record's given name: another field, a claimed span (\x1f), a digit.
_AFTER = re.compile(r"[ \t]*(?:[,:\-\u2013)/][ \t]*)*(?P<w>\x1f|\d|[^\W\d_]+(?:\.[^\W\d_]+)*\.?)?")


def crm_pairs(text: str, toks: list[Tok]) -> list[int]:
    """Indexes i where toks[i], toks[i + 1] is a "SURNAME, Given" pair."""
    out: list[int] = []
    for i in range(len(toks) - 1):
        last, given = toks[i], toks[i + 1]
        if given.gap_before != "soft" or not _COMMA.match(text[last.end : given.start]):
            continue
        if last.end != last.start + len(last.text):
            continue  # "sarah's, ..." is no surname
        halves = _halves(last, given)
        if not halves:
            continue
        before, after = _before_ok(text, toks, i), _after_ok(text, given)
        # An English given name ("NJOROGE, Ploy") needs a capital surname or both sides.
        if (before or after) and (halves == 2 or (before and after)):
            out.append(i)
        elif halves == 2 and _capital_pair(last, given):
            out.append(i)  # "bounced, QULIYEV, Eldar to resend": the form says it all
    return out


def _halves(last: Tok, given: Tok) -> int:
    """0: no pair; 1: a pair only if the context says so on both sides; 2: a pair."""
    if last.allcaps and given.cap and not given.allcaps and len(given.base) >= 3:
        # A record's typography, with a surname that is a word too ("(DO, Adilson)",
        # "SHEIKH, Ruqia - order", "MUIANGA, Argentina dob"): only with context both sides.
        if last.cls in ("stop", "particle", "keep") and given.cls in _NAMEISH | _COMMON:
            return 1
        if last.cls in _NAMEISH and given.cls in ("keep", "keep_name"):
            return 1
    if last.cls in _NOT_NAME and not (last.allcaps and last.cls in ("word", "compound")):
        # "trotman, rajindra": a surname that splits into two words, before a given
        # name in no list, is a pair only if the context says so on both sides.
        return 1 if last.cls == "compound" and given.cls == "unknown" else 0
    if given.cls in ("stop", "hardkeep", "keep", "particle", "initial", "modal", "month"):
        return 0
    if len(given.base) < 3 or len(last.base) < 2:
        return 0  # "denver, il": a state code
    if not last.allcaps and last.cls not in _NAMEISH:
        return 0
    if given.allcaps and not last.allcaps:
        return 0
    title_given = last.allcaps and given.cap and not given.allcaps
    if given.cls in _COMMON or given.cls in ("word", "compound"):
        return 2 if title_given else int(given.cls == "word" and last.cls in _NAMEISH)
    return 2


def _capital_pair(last: Tok, given: Tok) -> bool:
    """A surname in capitals, a given name in title case, both in no English list."""
    return (
        last.allcaps
        and len(last.base) >= 4
        and last.cls in ("unknown", "name")
        and given.cap
        and not given.allcaps
        and given.cls in ("unknown", "name")
    )


def _before_ok(text: str, toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    head = text[: tok.start].rstrip(" \t\x1f")
    if not head or head[-1] in "\n([{:>\u2022*-":
        return True
    while i > 0 and toks[i - 1].cls == "particle" and toks[i].gap_before == "space":
        i -= 1  # "account holder NÍ CHINNÉIDE, MUIREANN"
        head = text[: toks[i].start].rstrip(" \t\x1f")
        if not head or head[-1] in "\n([{:>\u2022*-":
            return True
    if i == 0 or toks[i - 1].end < len(head) - 1:
        return False
    prev = toks[i - 1]
    return prev.base in CRM_BEFORE or prev.base in NOUN_CUES


def _after_ok(text: str, given: Tok) -> bool:
    rest = text[given.end : given.end + 40]
    if not rest.strip(" \t,.") or rest.lstrip(" \t")[:1] in ("\n", ")", "?", "!", ";", "|"):
        return True
    m = _AFTER.match(rest)
    word = m.group("w") if m else None
    if not word:
        return False
    if word == "\x1f" or word[0].isdigit():
        return True
    word = word.casefold().rstrip(".")
    if word in CRM_AFTER:
        return True
    tail = rest[m.end() : m.end() + 12].split() if m else []
    return (word, tail[0].casefold() if tail else "") in CRM_AFTER_PAIRS


# A record's head: the note opens with the person, then their contact details or date of
# birth ("guerby innocent - <email> - <phone>", "Lucky Seibokuro on <phone> confirmed",
# "manoucheka laguerre (dob <date>, <phone>)"). Claimed text reads as U+001F.
_DETAILS_AFTER = re.compile(
    r"(?:[ \t]*[-\u2013|(,][ \t]*|[ \t]+(?:on|tel|ph|mob|at)\.?[ \t:]*)"
    r"(?:(?:dob|d\.o\.b\.?|born|b\.|callback[ \t]*#?)[ \t:]*)?\x1f"
)
_HEAD_CLASSES = frozenset(("unknown", "name", "ambig_b", "ambig_a", "compound", "rare", "typo",
                           "keep_name", "word"))  # fmt: skip
_HEAD_SURE = frozenset(("unknown", "name", "ambig_b"))


def record_head(text: str, toks: list[Tok], personal: frozenset[int]) -> list[int]:
    """The indexes of a record head's words: one to three words at the note's start, one
    of them in no list or a name, with the person's details right after them (a claim
    starting at one of `personal`; not a time or an amount)."""
    head: list[int] = []
    for i, tok in enumerate(toks[:3]):
        if tok.cls not in _HEAD_CLASSES or (i and tok.gap_before not in ("space", "soft")):
            break
        if tok.base in NOUN_CUES or tok.base in CUSTOMER_ABROAD:
            return []  # "caller ingvild lie (...)": the cue's rules decide
        head.append(i)
        m = _DETAILS_AFTER.match(text, tok.end)
        if m is not None and m.end() - 1 in personal:
            sure = any(toks[j].cls in _HEAD_SURE for j in head)
            # After "on", "at" the words are all name-like: not "X lives at", "called X on".
            worded = m.group(0).strip(" \t\x1f")[:1].isalpha()
            if worded and any(toks[j].cls in ("word", "rare", "typo") for j in head):
                return []
            return head if sure and text[: toks[0].start].strip() == "" else []
    return []
