"""Slips in the words the name rules read as cues: "claler", "aksed", "adress".

A cue word typed with two letters swapped, a letter missing or a letter doubled reads
as a word in no list, and a word in no list next to a name is taken for part of it
("claler nattapong" became one name, and lost its cue). Such slips of the rules' own
vocabulary and of a few words every note has ("address", "received", "customer") are
read as the word meant, unless the slip is itself an English word or a name ("form",
"from"). Only these words: slips of any English word would take names ("derlis" is
"delis" with an "r", "folake" is "flake" with an "o").
"""

from __future__ import annotations

import functools

from carecli.scrubber.abroad_words import CUSTOMER_ABROAD, PLEASED_ABROAD
from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok
from carecli.scrubber.vocab import (
    CRM_AFTER,
    CRM_BEFORE,
    FOLLOW_VERBS,
    NOTE_WORDS,
    NOUN_CUES,
    PERSON_VERBS,
    STOP,
    STRONG_CUES,
)
from carecli.scrubber.where_words import (
    FROM_PERSON,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_VERBS,
    TEAM_WORDS,
)

# Classes a slip may have: it is in no list as typed.
_SLIPPABLE = frozenset(("typo", "unknown", "compound"))


@functools.cache
def _slips() -> dict[str, str]:
    """Each two-letter swap of a vocabulary word of four letters or more -> the word."""
    vocab = (STOP | NOUN_CUES | PERSON_VERBS | FOLLOW_VERBS | PLACE_VERBS | PLACE_NOUNS
             | PLACE_PREPS | FROM_PERSON | CRM_BEFORE | CRM_AFTER | TEAM_WORDS
             | {w for cue in STRONG_CUES for w in cue.split()})  # fmt: skip
    vocab |= NOTE_WORDS
    # Not the other languages' words: their slips are names too often ("senan", "senang").
    vocab -= CUSTOMER_ABROAD | PLEASED_ABROAD
    out: dict[str, str] = {}
    for word in sorted(vocab):
        if len(word) < 4 or not word.isalpha():
            continue
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                out.setdefault(word[:i] + word[i + 1] + word[i] + word[i + 2 :], word)
        if len(word) < 6:
            continue  # "thnks" is clear, "cal" is not
        for i in range(1, len(word)):
            out.setdefault(word[:i] + word[i + 1 :], word)  # "adress", "recived"
            out.setdefault(word[:i] + word[i] + word[i:], word)  # "custommer"
    return out


def mend(toks: list[Tok], lex: Lexicon) -> None:
    """Read slipped cue words as the words meant (their class becomes stop or word)."""
    table = _slips()
    for tok in toks:
        if tok.cls not in _SLIPPABLE:
            continue
        meant = table.get(tok.base)
        if meant is None or lex.is_name(tok.fold) or lex.is_word(tok.base):
            continue
        tok.low = tok.base = tok.fold = meant
        tok.cls = "stop" if meant in STOP else "word"
