"""Pass 2, with the word classes: a note written (or half written) in another language.

Agents in Bogotá, Dakar, Warsaw or Manila write notes in Spanish, French, Polish or
Taglish (27 languages are read: see benchmarks/build_foreign_words.py). Read as
English, their every word is in no list, and "cliente llamó por la factura" would come
back as a row of names. A note with two or more function words of one language
(data/foreign_stop.txt: "que", "por", "não", "yang", "ang") is read as that language:
its common words (data/foreign_words.txt) are then rare words, kept unless a title or a
strong cue says a person is meant ("spoke to Paloma"). The word lists of both files come
from wordfreq (see benchmarks/build_foreign_words.py); a name in the shipped lists stays
a name whatever the language.
"""

from __future__ import annotations

import functools
import os

from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok

_DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
# Classes a common word of the note's language replaces: words no English list has.
_REPLACEABLE = frozenset(("unknown", "typo", "compound"))
# Classes that count as the language's evidence: not "de", "la", "da" (name particles);
# one-letter words ("à", "e") are read as initials.
_EVIDENCE = frozenset(("unknown", "typo", "compound", "rare", "stop", "word", "initial"))


def mark_foreign(toks: list[Tok], lex: Lexicon) -> None:
    """Give the common words of the note's languages, if it is not English, the class
    "rare"; their function words the class "stop"."""
    stops = _function_words()
    # Evidence: lower-case words that are no English word ("con", "no", "in" are English
    # too; "Haben Ghebreyesus" is a name): a function word first, then two in all.
    plain = [t for t in toks if t.cls in _EVIDENCE and not (t.cap and not t.sent_start)]
    foreign = [t for t in plain if t.base in stops and not lex.is_word(t.base)]
    if not foreign:
        return
    common = _common_words()
    function: dict[str, set[str]] = {}
    content: dict[str, set[str]] = {}
    for tok in plain:
        if lex.is_word(tok.base):
            continue
        for lang in stops.get(tok.base, ()):
            function.setdefault(lang, set()).add(tok.base)
        for lang, words in common.items():
            if tok.base in words:
                content.setdefault(lang, set()).add(tok.base)
    # Two function words of one language, or one and two of its common words: a few
    # foreign names in an English note ("for hai ta", "ah ma soi ngor") are not enough.
    langs = [
        lang
        for lang, found in function.items()
        if len(found) >= 2 or len(content.get(lang, ())) >= 2
    ]
    for tok in toks:
        if tok.cls not in _REPLACEABLE:
            continue
        if any(lang in stops.get(tok.base, ()) for lang in langs):
            tok.cls = "stop"
        elif any(tok.base in common.get(lang, ()) for lang in langs):
            tok.cls = "rare"


@functools.cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """word -> the languages it is a function word of."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, word in _read("foreign_stop.txt"):
        out[word] = (*out.get(word, ()), lang)
    return out


@functools.cache
def _common_words() -> dict[str, frozenset[str]]:
    """lang -> its common words (read only when a note is in another language)."""
    out: dict[str, set[str]] = {}
    for lang, word in _read("foreign_words.txt"):
        out.setdefault(lang, set()).add(word)
    return {lang: frozenset(words) for lang, words in out.items()}


def _read(name: str) -> list[tuple[str, str]]:
    with open(os.path.join(_DATA_DIR, name), encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    pairs = [line.split(" ", 1) for line in lines if line and line[0] != "#"]
    return [(lang, word) for lang, word in pairs]
