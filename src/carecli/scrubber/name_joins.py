"""Pass 2, after the first decisions: the neighbours of a name that are part of it.

"sarah van der berg", "zanele dlamini", "Mr Hser Nay Nu", "nguyen van hung", "anna m
kowalska", "Vilaró i Sunyer": a word joins the name beside it by its class, asked again
until nothing changes (see names._decide_names).
"""

from __future__ import annotations

import re

from carecli.scrubber.cues import title_case_run
from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok, possessive
from carecli.scrubber.vocab import (
    FOLLOW_VERBS,
    NOUN_CUES,
    PARTICLE_SURNAMES,
    POST_TITLES,
    VIET_MIDDLE,
    WEAK_CUES,
)


# Longer than 40 lines: one branch per word class, a table that reads best in one place.
def joins_name(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    cls = tok.cls
    prev = toks[i - 1] if i > 0 and tok.gap_before == "space" else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].gap_before == "space" else None
    if tok.text == "i" and prev is not None and nxt is not None:
        # Catalan "Vilaró i Sunyer": surnames joined by "i", in capitals, or in lower case
        # before a word no list has ("neus xirau i camprubí"; not "sarah i think").
        if not prev.is_name or prev.cap != nxt.cap:
            return False
        return nxt.is_name if prev.cap else nxt.is_name or nxt.cls in ("unknown", "name")
    if cls in ("word", "keep", "rare", "compound") and title_case_run(toks, i):
        return True  # "Mr Hser Nay Nu", "Customer Zarghuna Safi,"
    if prev is not None and prev.base in VIET_MIDDLE and cls not in ("stop", "hardkeep"):
        before = toks[i - 2] if i >= 2 and prev.gap_before == "space" else None
        if before is not None and before.is_name and before.cap == tok.cap == prev.cap:
            prev.is_name = True
            return True  # "nguyen van hung": the given name after a middle name
    if cls in ("stop", "keep", "hardkeep", "modal", "month"):
        return False
    if tok.base in NOUN_CUES or (tok.base in POST_TITLES and not tok.cap):
        return False  # "her sister Fedna", "Tanaka san": the cue is no part of the name
    prev_name = prev is not None and prev.is_name and not possessive(prev)
    next_name = nxt is not None and nxt.is_name
    if cls == "particle":
        if prev_name and tok.text.isupper() and len(tok.text) == 1 and _name_ends(toks, i):
            return True  # "Delen T and Delroy": an initial, not Dutch "'t"
        if prev_name and not next_name:
            return tok.fold in PARTICLE_SURNAMES  # "bahadurjit das"
        if not next_name:
            return False
        # "de", "la" in lower case start a name after a cue, a function word or a word
        # that may be a name ("spoke to de la cruz", "liezl van der merwe"), not after an
        # English or care word ("recibo de luz", "fin de mes").
        before = toks[i - 1] if i > 0 and tok.gap_before == "space" else None
        if before is None or prev_name or tok.cap:
            return True
        return before.cls not in _NOT_BEFORE_PARTICLE or before.base in NOUN_CUES
    if cls == "initial":
        # "J Smith", "J. Smith", "anna m kowalska"; not the "X" of "Series X", nor the
        # "w" of "chat w siobhan".
        if tok.glued:
            return False
        if (prev_name and next_name) or (tok.dotted and prev_name):
            return True  # "anna m kowalska", "Temirlan T.", "saqil i."
        after = toks[i + 1] if i + 1 < len(toks) else None
        if tok.dotted and after is not None and after.is_name and after.start - tok.end == 2:
            tok.link = True  # "k. anjaneyulu", "U. Ravindra": one name across the stop
            return True
        if prev_name and tok.base not in ("a", "i", "u") and _name_ends(toks, i):
            return True  # "ezriel w and delroy j", "thx balwinder r!!": a surname's initial
        return tok.cap and (next_name or prev_name)
    if cls == "word" and _surname_after(toks, i, prev, nxt):
        return True  # "Merline Ebanks wants", "Delroy Ebanks (...)": a surname that is a word
    if cls == "word":
        # "Sonata Ginzburgas": a capitalised word right before a capitalised name,
        # not at a sentence start and not a cue ("Customer Sarah", "Thanks Sarah").
        return (
            next_name
            and nxt is not None
            and tok.cap
            and nxt.cap
            and not tok.sent_start
            and not tok.allcaps
            and tok.base not in NOUN_CUES
            and tok.base not in WEAK_CUES
        )
    if cls == "typo":  # "Neema Tupou": a given name that looks like a slip, then a surname
        after_word = prev is not None and prev.cls in ("word", "keep")  # not "account hloder"
        if prev_name and prev is not None and tok.cap == prev.cap:
            return True  # "parminder sohal": a surname that looks like a slip ("shoal")
        return next_name and nxt is not None and tok.cap == nxt.cap and not after_word
    if cls == "unknown" and not tok.cap and _beside_capital_name(toks, i):
        return False  # "Wan Aiman Sulaiman ph", "Sarah thx": a name is written alike
    if cls in ("name", "ambig_b", "unknown") or (cls in ("compound", "rare") and tok.cap):
        return prev_name or next_name or _name_before(toks, i)
    if cls == "compound" and not tok.cap:
        # "manjot aulakh", "kateri goodstriker": two words run together beside a
        # lower-case name in no English list.
        beside = [t for t, named in ((prev, prev_name), (nxt, next_name)) if named and t]
        return any(not t.cap and t.cls in ("name", "unknown") for t in beside)
    if cls in ("ambig_a", "keep_name"):
        # "sarah king", "grace kowalska": a common-word surname after a given name,
        # or a common-word given name before a surname.
        if prev_name and (tok.cap or tok.fold in lex.last):
            return True
        return next_name and (tok.cap or tok.fold in lex.first)
    return False


_NOT_BEFORE_PARTICLE = frozenset(("word", "keep", "rare", "hardkeep", "modal", "month"))


def _surname_after(toks: list[Tok], i: int, prev: Tok | None, nxt: Tok | None) -> bool:
    """A capitalised word after a capitalised name in no list and before the clause's
    end, a verb or a function word: the surname ("Merline Ebanks wants")."""
    tok = toks[i]
    if prev is None or not (prev.is_name and prev.cap and prev.cls in ("unknown", "name")):
        return False
    if not tok.cap or tok.allcaps or possessive(prev):
        return False
    if nxt is None:
        return i + 1 >= len(toks) or toks[i + 1].gap_before != "space"
    return nxt.base in FOLLOW_VERBS or (nxt.cls == "stop" and not nxt.cap)


def _name_ends(toks: list[Tok], i: int) -> bool:
    """Does a name end after toks[i]: the note's end, a comma, "and", "in"? (Not a slash
    or a full stop: "w/ 20% off", "p/ Vodafone", "s/. 91".)"""
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is None:
        return True
    return after.gap_before == "soft" or (after.gap_before == "space" and after.cls == "stop")


def nicknames(toks: list[Tok], text: str) -> list[int]:
    """What a person goes by: a word in quotes beside a name ("tegen "bunny" trewin"), or
    after "prefers", "goes by", "aka" when quoted or capitalised ("(prefers Moose)")."""
    out = []
    for i, tok in enumerate(toks):
        if tok.is_name or tok.cls in ("stop", "hardkeep"):
            continue
        quoted = (
            tok.start > 0
            and text[tok.start - 1] in _QUOTES
            and tok.end < len(text)
            and text[tok.end] in _QUOTES
        )
        before = toks[i - 1] if i > 0 else None
        after = toks[i + 1] if i + 1 < len(toks) else None
        if quoted and (
            (before is not None and before.is_name and tok.start - before.end == 2)
            or (after is not None and after.is_name and after.start - tok.end == 2)
        ):
            out.append(i)
            continue
        if (quoted or (tok.cap and not tok.sent_start)) and _after_nick_cue(toks, i, text, quoted):
            out.append(i)
    return out


_QUOTES = "\"“”'"
_NICK_CUES = frozenset((("prefers",), ("goes", "by"), ("gos", "by"), ("known", "as"), ("aka",),
                        ("a.k.a",), ("nickname",), ("nicknamed",), ("call", "her"),
                        ("call", "him"), ("call", "me"), ("call", "them")))  # fmt: skip


def _after_nick_cue(toks: list[Tok], i: int, text: str, quoted: bool) -> bool:
    """After "goes by", "aka"; after "prefers" only a word in no list, or in brackets
    ("(prefers Tank)"): "prefers Email", "prefers WhatsApp" are how to reach them."""
    if i >= 1 and toks[i - 1].base == "prefers":
        cue = toks[i - 1]
        bracketed = cue.start > 0 and text[cue.start - 1] == "("
        return quoted or bracketed or toks[i].cls in ("unknown", "name", "ambig_b", "ambig_a")
    return any(
        i >= n and tuple(t.base for t in toks[i - n : i]) in _NICK_CUES for n in (1, 2)
    )


def _beside_capital_name(toks: list[Tok], i: int) -> bool:
    """Is the name word next to toks[i] capitalised (so a lower-case word is no part)?"""
    return any(0 <= j < len(toks) and toks[j].is_name and toks[j].cap for j in (i - 1, i + 1))


def _name_before(toks: list[Tok], i: int) -> bool:
    """A name right before, across particles: "maria ó fiannachta", "jan van dijk"."""
    j = i
    while j > 0 and toks[j].gap_before == "space" and toks[j - 1].cls == "particle":
        j -= 1
    if j == i or j == 0 or toks[j].gap_before != "space":
        return False
    return toks[j - 1].is_name and not possessive(toks[j - 1])


def next_is_name(toks: list[Tok], i: int) -> bool:
    j = i + 1
    while j < len(toks) and toks[j].gap_before == "space":
        if toks[j].cls != "particle":
            return toks[j].is_name
        j += 1
    return False


# Malay and Tamil names link a person to a parent: "Sharifah bt. Yusof", "Mawar binti
# Rashid", "siva a/l kuppusamy" (anak lelaki, son of), "Pavithra a/p Letchumanan".
_PATRONYM_WORDS = frozenset(("bt", "bte", "binti", "binte", "bin", "bint"))
_PATRONYM_SLASHED = frozenset(("a/l", "a/p", "s/o", "d/o"))
_PATRONYM_GAP = re.compile(r"\.? +")


def patronyms(toks: list[Tok], text: str) -> list[int]:
    """The words of each "<name> <link> <name>" whose one side is a name (any words for
    "a/l", "a/p") and neither a function word: all of it is the person's name."""
    found: list[int] = []
    n = len(toks)
    for i in range(1, n - 1):
        tok = toks[i]
        last = i  # the connector's last word
        if tok.base in ("a", "s", "d") and text[tok.end : tok.end + 1] == "/":
            if text[tok.start : tok.end + 2].lower() not in _PATRONYM_SLASHED:
                continue
            last = i + 1
        elif tok.base not in _PATRONYM_WORDS:
            continue
        if last + 1 >= n or tok.gap_before != "space":
            continue
        before, after = toks[i - 1], toks[last + 1]
        if not _PATRONYM_GAP.fullmatch(text[toks[last].end : after.start]):
            continue
        if before.cap != after.cap or "stop" in (before.cls, after.cls):
            continue
        # "a/l" and "a/p" say person whatever the words: "siva a/l kuppusamy".
        sure = last > i and "hardkeep" not in (before.cls, after.cls)
        if sure or before.is_name or after.is_name:
            for j in range(i - 1, last + 1):
                toks[j].link = True
            found.extend(range(i - 1, last + 2))
    return found


def dotted_initials(toks: list[Tok], text: str) -> list[int]:
    """An initial with a full stop beside a word in no list: "b. mugabo", "a. ogbeide",
    "anyango o.": both are the person's (the rules alone leave lower-case words open)."""
    found: list[int] = []
    for i, tok in enumerate(toks):
        if not (tok.dotted and tok.cls == "initial" and tok.base.isalpha()):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _open_word(nxt) and nxt is not None and text[tok.end : nxt.start] == ". ":
            found += [i, i + 1]
            tok.link = True
            continue
        prev = toks[i - 1] if i > 0 else None
        ends = text[tok.end + 1 : tok.end + 2] in ("", " ", ",")
        lower = prev is not None and not prev.cap and not tok.cap
        if _open_word(prev) and ends and lower and tok.gap_before == "space":
            found += [i - 1, i]
    return found


def _open_word(tok: Tok | None) -> bool:
    return tok is not None and tok.cls == "unknown" and len(tok.base) >= 3
