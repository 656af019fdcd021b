"""A quick first look for the capture check: could this note hold personal data at all?

`win` is typed many times a shift, and the full scrubber costs about ten times Python's
start-up on its first call (its word lists and patterns). Most wins are plain words
("Sorted a refund that had been stuck for a week"), so this screen reads only the English
words and the names that are also English words (data/common_names.txt) and answers
"maybe" for anything the scrubber could find: a digit, an @ or a web address; a word in
no English list (a name, a brand, a typo); a capital inside a sentence; a word after a
title or a cue ("customer honey", "spoke to will"); a name-word next to a cue or a
person's verb ("will rang"); a word the agent always scrubs. Only "maybe" pays for the
scrubber. tests/test_capture_check.py holds the screen to the scrubber: on every
evaluation note the scrubber changes, the screen says "maybe".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from carecli.scrubber import vocab
from carecli.scrubber.lexicon import fold, inflection_bases, load

WORD = re.compile(r"[^\W\d_]+(?:['\u2019.-][^\W\d_]+)*")
MARKS = ("@", "://", "www.", "[at]", "(at)")
# After these the next word is taken as a name by the scrubber unless it is a function
# word: titles, person nouns and the last words of the strong cues ("spoke to").
_STRONG = vocab.TITLES | vocab.NOUN_CUES | frozenset(c[-1] for c in vocab.STRONG_CUE_WORDS)
# Next to these, a word that is also a name may be one ("with will", "will rang").
_NEAR = (vocab.WEAK_CUES | vocab.FOLLOW_VERBS | vocab.FOLLOW_UNKNOWN | vocab.SUBJECTS
         | _STRONG)
_FUNCTION = vocab.STOP | vocab.DETERMINERS


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(plain words: English and keep words, names that are also words), read as the
    lexicon reads its lists."""
    return load("english_words.txt") | load("keep_words.txt"), load("common_names.txt")


def _plain(word: str, english: frozenset[str]) -> bool:
    return word in english or any(base in english for base in inflection_bases(word))


def might_hold(text: str, always: Iterable[str] = ()) -> bool:
    """False only when the scrubber would certainly leave `text` as it is."""
    lower = text.casefold()
    if any(ch.isdigit() for ch in text) or any(mark in lower for mark in MARKS):
        return True
    folded = fold(text)
    if any(word and fold(word) in folded for word in always):
        return True
    english, names = _lists()
    found = [(m.group(), m.start()) for m in WORD.finditer(text)]
    words = [fold(w).replace("\u2019", "'") for w, _ in found]
    for i, (word, (raw, start)) in enumerate(zip(words, found, strict=True)):
        base = word.removesuffix("'s")
        if not _plain(base, english) and not all(_plain(p, english) for p in
                                                 re.split(r"['.-]", base) if p):
            return True
        if raw[:1].isupper() and not _sentence_start(text, start):
            return True
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in _STRONG and base not in _FUNCTION:
            return True
        if base in names and (before in _NEAR or after in _NEAR or raw[:1].isupper()):
            return True
    return False


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“\u2018(["):
        i -= 1
    return i < 0 or text[i] in ".!?:;•*-\u2013>\n"
