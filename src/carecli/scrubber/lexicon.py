"""The shipped word lists (data/*.txt) and how words are compared with them.

`fold` is the one way words are compared (case and accents dropped); `inflection_bases`
is public because benchmarks/build_name_lists.py builds english_words.txt with it.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from collections.abc import Iterable

from carecli.scrubber.abroad_words import ABROAD
from carecli.scrubber.dob_words import DOB_WORDS_ABROAD
from carecli.scrubber.virtue_names import VIRTUE_NAMES

# The word lists stay in carecli/data/, beside this package.
_DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "`": "'"})
FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "\u0131": "i",
                             "þ": "th", "ð": "d", "\u2019": "'", "\u2018": "'"})  # fmt: skip


# How the first word of a place is shortened: "St Andrews" is GeoNames' "Saint Andrews".
_PLACE_SHORT = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


def fold(word: str) -> str:
    """Lower-case and strip accents, so "Müller", "muller" and "MÜLLER" look alike."""
    word = word.casefold()
    if word.isascii():
        return word
    word = word.translate(FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def inflection_bases(word: str) -> list[str]:
    """Possible base forms of a regularly inflected word.

    english_words.txt stores base forms only; benchmarks/build_name_lists.py removed
    exactly the words these rules derive, so `Lexicon.is_word` is lossless.
    """
    out: list[str] = []
    n = len(word)

    def add(base: str) -> None:
        if len(base) >= 3:
            out.append(base)

    if word.endswith("ies"):
        add(word[:-3] + "y")
    if word.endswith("es") and word[-3:-2] in ("s", "x", "z", "h"):
        add(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        add(word[:-1])
    if word.endswith("ied"):
        add(word[:-3] + "y")
    if word.endswith("ed"):
        add(word[:-2])
        add(word[:-1])
        if n > 4 and word[-3] == word[-4] and word[-3] not in "aeiou":
            add(word[:-3])
    if word.endswith("ing"):
        add(word[:-3])
        add(word[:-3] + "e")
        if n > 5 and word[-4] == word[-5] and word[-4] not in "aeiou":
            add(word[:-4])
    if word.endswith("ily"):
        add(word[:-3] + "y")
    if word.endswith("ly"):
        add(word[:-2])
    return out


def phrases(items: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Normalise user word lists into tuples of folded words; blanks are dropped."""
    out = []
    for item in items:
        words = tuple(fold(w) for w in split_words(item))
        if words:
            out.append(words)
    return tuple(out)


# Phrases indexed by their first word, then their second ("" for one word): a note's
# words look up the few phrases they may start instead of trying 1,700 brand phrases.
PhraseIndex = dict[str, dict[str, list[tuple[str, ...]]]]


def phrase_index(phrases: Iterable[tuple[str, ...]]) -> PhraseIndex:
    index: PhraseIndex = {}
    for phrase in phrases:
        second = phrase[1] if len(phrase) > 1 else ""
        index.setdefault(phrase[0], {}).setdefault(second, []).append(phrase)
    return index


def split_words(text: str) -> list[str]:
    return [w.strip('.,;:!?"()[]') for w in text.split() if w.strip('.,;:!?"()[]')]


class Lexicon:
    """The word lists from data/, loaded once."""

    def __init__(self) -> None:
        self.first = load("first_names.txt") | VIRTUE_NAMES  # "Testimony", "Obey": see there
        self.last = load("surnames.txt")
        self.name_words = load("name_words.txt") | VIRTUE_NAMES
        self.english = load("english_words.txt")
        self.rare = load("rare_words.txt")  # SCOWL 40-55: "cuppa", "sec" (see tokens.py)
        keep_lines = load("keep_words.txt")
        self.keep = ABROAD | DOB_WORDS_ABROAD | {w for w in keep_lines if " " not in w}
        self.keep_phrases = phrase_index(
            tuple(line.split()) for line in sorted(keep_lines) if " " in line
        )
        # Brands (data/brands.txt): read as keep words that a person's cue still scrubs.
        brand_lines = load("brands.txt")
        # A phrase run together is a brand too: "aircanada.com", "#ubereats".
        self.brands = frozenset(
            line.replace(" ", "") if " " in line else line for line in brand_lines
        )
        self.brand_phrases = phrase_index(
            tuple(line.split()) for line in sorted(brand_lines) if " " in line
        )
        # Cities, countries and US states (GeoNames via benchmarks/build_place_list.py):
        # single words in a set, phrases indexed by their first two words, longest first;
        # towns (smaller cities) are kept only in a place's context (see tokens.py).
        places, towns = load("places.txt"), load("towns.txt")
        self.places = frozenset(p for p in places if " " not in p)
        self.towns = frozenset(p for p in towns if " " not in p)
        by_first: dict[tuple[str, str], list[tuple[tuple[str, ...], bool]]] = {}
        for place in places | towns:
            if " " in place:
                words = tuple(place.split())
                for form in (words, (_PLACE_SHORT.get(words[0], ""), *words[1:])):
                    if form[0]:  # "St Andrews", "Mt Isa" as well as "Saint Andrews"
                        by_first.setdefault((form[0], form[1]), []).append((form, place in towns))
        # Longest first; of equal length a city before a town, then by name: the order
        # must not depend on the set's iteration order (it changes with the hash seed).
        self.place_phrases = {
            k: tuple(sorted(set(v), key=lambda p: (-len(p[0]), p[1], p[0])))
            for k, v in by_first.items()
        }
        self._cache: dict[str, bool] = {}

    def is_word(self, word: str) -> bool:
        """An English word, a keep word, or a regular inflection of one."""
        known = self._cache.get(word)
        if known is None:
            known = word in self.keep or _inflected_in(self.english, word)
            if len(self._cache) < 50_000:
                self._cache[word] = known
        return known

    def is_english(self, word: str) -> bool:
        """An English word or a regular inflection of one (not a keep word: "med", "alt")."""
        return _inflected_in(self.english, word)

    def is_rare(self, word: str) -> bool:
        """A rarer English word, slang or an abbreviation, or an inflection of one."""
        return _inflected_in(self.rare, word)

    def is_compound(self, word: str) -> bool:
        """Two English words run together ("doorbell", "upsold", "chargeback").

        Only 1% of the held-out names no list knows split like this ("godwin").
        """
        # English words only: keep words hold short codes ("ils", "aud") that would split
        # names ("ilsabet").
        return word.isascii() and any(
            _inflected_in(self.english, word[:i]) and _inflected_in(self.english, word[i:])
            for i in range(3, len(word) - 2)
        )

    def is_typo(self, word: str) -> bool:
        """An English word with two letters swapped ("custoemr", "hloder"), a letter
        typed twice ("direcct", "creddit"), or a vowel left out of a word of seven letters
        or more ("chnnel", "prepid"). Only words listed as they are: "tunde" is no
        "tuned", "achieng" no "acheing". Shorter slips would take names: a letter left out
        ("alam", "chai", "hoang"), a double letter typed once ("sherif", "rabi")."""
        english, keep = self.english, self.keep
        if len(word) < 5 or not word.isascii():
            return False
        if any(
            (swap := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in english or swap in keep
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
        ):
            return True  # swapped
        if len(word) < 6:
            return False
        return any(  # typed twice
            word[:i] + word[i + 1 :] in english
            for i in range(1, len(word))
            if word[i] == word[i - 1]
        ) or any(  # a vowel left out
            word[:i] + ch + word[i:] in english for i in range(1, len(word)) for ch in "aeiou"
        )

    def is_name(self, word: str) -> bool:
        return word in self.first or word in self.last

    def common_names(self) -> list[str]:
        """Names that are also English or keep words: what data/common_names.txt holds for
        the capture check (rebuilt by benchmarks/build_common_names.py, checked by a test)."""
        names = self.first | self.last | self.name_words
        return sorted(w for w in names if w.isascii() and self.is_word(w))


def _inflected_in(words: frozenset[str], word: str) -> bool:
    """Is `word` in `words`, as it is or as a regular inflection of one of them?"""
    return word in words or any(b in words for b in inflection_bases(word))


def load(name: str) -> frozenset[str]:
    path = os.path.join(_DATA_DIR, name)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    # One split and one pass: the lists hold 110,000 lines, read on every full scrub. The
    # files have no stray white space (tests/test_scrub_kept.py checks).
    words = {line for line in text.split("\n") if line and line[0] != "#"}
    # Agents rarely type accents: "jozef" must match "józef".
    if not text.isascii():
        words |= {fold(w) for w in words if not w.isascii()}
    return frozenset(words)


@functools.cache
def shared() -> Lexicon:
    """The lexicon, read on the first call and kept for the life of the process."""
    return Lexicon()
