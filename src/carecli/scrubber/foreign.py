"""Pass 2, with the word classes: a note written (or half written) in another language.

Agents in Bogotá, Dakar, Warsaw or Manila write notes in Spanish, French, Polish or
Taglish, or Hindi in Latin letters (29 languages are read: see
benchmarks/build_foreign_words.py). Read as
English, their every word is in no list, and "cliente llamó por la factura" would come
back as a row of names. A note with two or more function words of one language
(data/foreign_stop.txt: "que", "por", "não", "yang", "ang"; none an English word) is
read as that language:
its common words (data/foreign_words.txt) are then rare words, kept unless a title or a
strong cue says a person is meant ("spoke to Paloma"), and its function words in lower
case are no names, though some are surnames ("a las 10:30"). The word lists of both
files come from wordfreq (see benchmarks/build_foreign_words.py); any other word of the
shipped name lists stays a name whatever the language.
"""

from __future__ import annotations

import bisect
import functools
import os

from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok

_DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")
# Classes a common word of the note's language replaces: words no English list has.
_REPLACEABLE = frozenset(("unknown", "typo", "compound"))
# Classes that count as the language's evidence: not "de", "la", "da" (name particles);
# one-letter words ("à", "e") are read as initials.
_EVIDENCE = frozenset(("unknown", "typo", "compound", "rare", "stop", "word", "initial",
                       "keep", "keep_name"))  # fmt: skip
# Name classes a function word may have ("las", "con", "til" are surnames too).
_NAMES = frozenset(("name", "ambig_a", "ambig_b"))


# Longer than 40 lines: the evidence, the languages it shows, and the words they reclass.
def mark_foreign(toks: list[Tok], lex: Lexicon) -> None:
    """Give the common words of the note's languages, if it is not English, the class
    "rare"; their function words the class "stop"."""
    stops = _function_words()
    # Evidence: lower-case words that are no English word ("con", "no", "in" are English
    # too; "Haben Ghebreyesus" is a name).
    plain = [
        t
        for t in toks
        if (t.cls in _EVIDENCE or (t.cls in _NAMES and not t.cap and t.base in stops))
        and not (t.cap and not t.sent_start)
        and not lex.is_english(t.base)  # keep words may count: "med", "kunde", "fornøyd"
    ]
    function: dict[str, set[str]] = {}
    for tok in plain:
        for lang in stops.get(tok.base, ()):
            function.setdefault(lang, set()).add(tok.base)
    seen = {t.base for t in plain}
    # German capitalises its nouns: "Kunde fragt nach Plus, Preis ..., 24 Monate".
    nouns = {t.base for t in toks if t.cap and not t.sent_start and t.cls == "unknown"}
    # Two function words of one language, or one and two of its common words: a few
    # foreign names in an English note ("for hai ta", "ah ma soi ngor") are not enough.
    # Only the languages with a function word here have their common words read.
    langs = [
        lang
        for lang, found in function.items()
        if len(found) >= 2 or len(_common_in(lang, seen, nouns)) >= 2
    ]
    long = {w for w in seen | nouns if len(w) >= 4}
    if not langs and len(long) >= 3:  # fewer: no language's word lists need be read
        # Three common words of four letters or more: "Paketstation am Hauptbahnhof voll,
        # Sendungen gehen zurück an Depot" (its function words are English ones too).
        langs = [lang for lang in _LANGS if len(_common_in(lang, long & seen, long & nouns)) >= 3]
    for tok in toks:
        tok.abroad = tuple(langs)
        if tok.cls in _NAMES and not tok.cap:
            # "a las 10:30", "listo en 3 min": a function word of the note's language,
            # though also a surname in the lists; capitalised ("Las", "En") it stays one.
            if any(lang in stops.get(tok.base, ()) for lang in langs):
                tok.cls = "stop"
            continue
        if tok.cls not in _REPLACEABLE:
            continue
        if any(lang in stops.get(tok.base, ()) for lang in langs):
            tok.cls = "stop"
        elif any(tok.base in _common(lang) for lang in langs):
            tok.cls = "rare"
        elif any(_near_common(tok.base, lang) for lang in langs):
            tok.cls = "rare"  # "werkdagen", "uitgelegd", "Selbstbeteiligung"


def _common_in(lang: str, seen: set[str], nouns: set[str]) -> set[str]:
    """The note's words that are common words of `lang`; in German its capitalised words
    too, since German capitalises every noun."""
    return (seen | nouns if lang == "de" else seen) & _common(lang)


# The languages of long words, where three common words of four letters or more are not a
# few names by chance: a note of them may show no function word that is no English word.
_LANGS = ("de", "nl", "fr", "it", "es", "pt")


def _near_common(word: str, lang: str) -> bool:
    """Is `word` a form of the language's common words that the list lacks: an inflection
    ("faltan" of "falta", "verhoogd" of "verhoogde"), or in German and Dutch a compound of
    two of them ("termijn|bedrag", "wasser|schaden", "vertrag|s|laufzeit")?"""
    if len(word) < 6:
        return False
    if lang in _LANGS:
        # All but the last two letters (five at least) begin a common word of about the
        # same length.
        ordered = _sorted_common(lang)
        prefix = word[: max(5, len(word) - 2)]
        j = bisect.bisect_left(ordered, prefix)
        near = j < len(ordered) and ordered[j].startswith(prefix)
        if near and abs(len(ordered[j]) - len(word)) <= 3:
            return True
    if lang not in ("de", "nl"):
        return False
    common = _common(lang)
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if tail in common and (head in common or (head[-1] == "s" and head[:-1] in common)):
            return True
    return False


@functools.cache
def _sorted_common(lang: str) -> list[str]:
    return sorted(_common(lang))


@functools.cache
def _function_words() -> dict[str, tuple[str, ...]]:
    """word -> the languages it is a function word of."""
    out: dict[str, tuple[str, ...]] = {}
    for lang, word in _read("foreign_stop.txt"):
        out[word] = (*out.get(word, ()), lang)
    return out


@functools.cache
def _common(lang: str) -> frozenset[str]:
    """One language's common words: the file is read once, each language's set built
    only when a note needs it (all 27 at once cost about 270 ms)."""
    prefix = lang + " "
    return frozenset(line[len(prefix) :] for line in _common_lines() if line.startswith(prefix))


@functools.cache
def _common_lines() -> tuple[str, ...]:
    with open(os.path.join(_DATA_DIR, "foreign_words.txt"), encoding="utf-8") as handle:
        return tuple(line for line in handle.read().split("\n") if line and line[0] != "#")


def _read(name: str) -> list[tuple[str, str]]:
    with open(os.path.join(_DATA_DIR, name), encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    pairs = [line.split(" ", 1) for line in lines if line and line[0] != "#"]
    return [(lang, word) for lang, word in pairs]


def common_anywhere(word: str) -> bool:
    """Is `word` a function word or common word of any of the languages? (Reads every
    language's words: only for the rare question "is this letter-only code a word?")"""
    return word in _function_words() or word in _all_common()


@functools.cache
def _all_common() -> frozenset[str]:
    return frozenset(line.split(" ", 1)[1] for line in _common_lines())
