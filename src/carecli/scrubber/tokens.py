"""Pass 2, first half: the words of the text, and what each is without context."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber.dob_words import MONTHS_ABROAD, WEEKDAYS_ABROAD
from carecli.scrubber.lexicon import APOSTROPHES, Lexicon, PhraseIndex, fold
from carecli.scrubber.vocab import (
    IN_LAWS,
    LOWER_CUES,
    MODALS,
    MONTH_CONTEXT,
    MONTHS,
    PARTICLES,
    STOP,
    TITLES,
    WEEKDAYS,
    words,
)


class Tok:
    """A word of the text with what the name rules need to know about it."""

    __slots__ = ("abroad", "allcaps", "base", "cap", "cls", "cue_after", "dotted", "end",
                 "fold", "gap_before", "glued", "is_name", "link", "low", "sent_start",
                 "start", "text")  # fmt: skip

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end  # end of the name part (a possessive "'s" is left outside)
        self.low = ""  # lower-case full word ("o'brien", "sarah's")
        self.base = ""  # lower-case word without a possessive ("sarah", "müller")
        self.fold = ""  # base without accents, for the name lists ("muller")
        self.cap = False
        self.allcaps = False
        self.sent_start = False
        self.gap_before = "hard"  # "space", "soft" (comma, colon) or "hard"
        self.cls = ""
        self.is_name = False
        self.glued = False  # touches a digit: part of a code or a model ("S23", "4K")
        self.link = False  # one name with the next word across a comma ("TAUFA, Tevita")
        self.cue_after = False  # "<word> at <address>": a person is where an address is
        self.dotted = False  # one letter and a full stop: an initial ("Temirlan T.", "saqil i.")
        # The languages of the note, if not English (foreign.py): "klient dzwonił".
        self.abroad: tuple[str, ...] = ()


def possessive(tok: Tok) -> bool:
    """Did the word end in "'s" or "'" ("sarah's", "james'")? Tok.end leaves it outside."""
    return tok.end < tok.start + len(tok.text)


def months_as_names(text: str, toks: list[Tok], lex: Lexicon) -> None:
    """ "june" next to a date word or a number is a month; elsewhere it may be a name.

    "Jan" is a common given name and "jan 5" a date: a month word with no date
    context around it is treated like any other common word that is a name.
    """
    for i, tok in enumerate(toks):
        if tok.cls != "month" or not (lex.is_name(tok.fold) or tok.base in MODALS):
            continue
        prev = prev_tok(toks, i)
        before = text[max(0, tok.start - 4) : tok.start]
        after = text[tok.end : tok.end + 4]
        dated = any(ch.isdigit() for ch in before + after) or (
            prev is not None and prev.base in MONTH_CONTEXT
        )
        if not dated:
            tok.cls = "modal" if tok.base in MODALS else "ambig_a"


def tokens(text: str) -> list[Tok]:
    """The words of the (masked) text; claimed spans are gaps between words."""
    toks: list[Tok] = []
    prev_end = 0
    for m in p.TOKEN.finditer(text):
        start, end = m.start(), m.end()
        tok = Tok(m.group(0), start, end)
        word = m.group(0).translate(APOSTROPHES)
        tok.low = word.casefold()
        base = tok.low
        if base.endswith("'s") and base not in STOP:
            base = base[:-2]
            tok.end = end - 2
        elif base.endswith("'"):
            base = base[:-1]
            tok.end = end - 1
        tok.base = base
        tok.fold = fold(base)
        tok.cap = word[:1].isupper()
        # isupper: every cased letter is a capital (apostrophes and hyphens aside).
        tok.allcaps = word.isupper() and sum(ch.isalpha() for ch in word) > 1
        gap = text[prev_end:start]
        tok.gap_before = gap_kind(gap) if toks else "hard"
        tok.sent_start = sentence_start(text, start)
        tok.glued = (start > 0 and text[start - 1].isdigit()) or (
            end < len(text) and text[end].isdigit()
        )
        tok.dotted = end - start == 1 and text[end : end + 1] == "."
        toks.append(tok)
        prev_end = end
    return toks


def _forms(tok: Tok) -> set[str]:
    return {tok.low, tok.base, tok.fold}


def mark_phrases(toks: list[Tok], index: PhraseIndex, cls: str) -> None:
    """Mark every word of a matching phrase (single words included) with `cls`."""
    if not index:
        return
    n = len(toks)
    for i, tok in enumerate(toks):
        for form in _forms(tok):
            by_second = index.get(form)
            if by_second is None:
                continue
            seconds = [""]
            if i + 1 < n and toks[i + 1].gap_before == "space":
                seconds += _forms(toks[i + 1])
            for second in seconds:
                for phrase in by_second.get(second, ()):
                    _mark_if(toks, i, phrase, cls)


def _mark_if(toks: list[Tok], i: int, phrase: tuple[str, ...], cls: str) -> None:
    window = toks[i : i + len(phrase)]
    if (
        len(window) == len(phrase)
        and all(w in (t.low, t.base, t.fold) for t, w in zip(window, phrase, strict=True))
        and all(t.gap_before == "space" for t in window[1:])
    ):
        if cls == "keep_name" and len(phrase) > 1 and phrase[0] in TITLES:
            cls = "keep"  # "Mr Price", "Mr DIY": the title is the brand's own
        for t in window:
            t.cls = cls


# Not the short ones that are given names or surnames in no list ("Mei", "Mai", "Di Maio").
_DATE_WORDS_ABROAD = frozenset(
    fold(w) for w in MONTHS_ABROAD | WEEKDAYS_ABROAD if len(w) > 3 and w != "maio"
)


# Longer than 40 lines: one test per word class, in the order the classes are tried.
def classify(tok: Tok, lex: Lexicon) -> str:
    """What a word is without context: stop, modal, month, word, name, unknown..."""
    low, base, fold = tok.low, tok.base, tok.fold
    if tok.dotted and tok.gap_before == "space":
        return "initial"  # "Temirlan T.", "saqil i.": not the particle "t", nor "I"
    if low in STOP or base in STOP or (not tok.cap and low in LOWER_CUES):
        return "stop"
    if base in PARTICLES:
        return "particle"
    if len(base) == 1 or tok.glued:
        return "initial"  # "J. Smith", "Series X", the "S" of "S23"
    if base in MONTHS or (fold in _DATE_WORDS_ABROAD and not lex.is_name(fold)):
        return "month"  # "juin", "mardi": a name only after a strong cue ("Mei" a name)
    if base in MODALS:
        return "modal"
    if base in WEEKDAYS or base in TITLES:
        return "stop"
    if low in lex.keep and low != base:
        return "keep"  # "domino's", "sainsbury's": the "'s" is the brand's own
    if low in lex.keep or base in lex.keep:
        return "keep_name" if lex.is_name(fold) else "keep"
    if low in lex.brands or base in lex.brands or fold in lex.brands:
        # A brand is kept, but a person's cue still wins ("Mr Ola", "customer Harvey Norman").
        return "keep" if low in lex.brands and low != base else "keep_name"
    if _ACRONYM_PLURAL.fullmatch(tok.text):
        return "keep"  # "IPs", "SIMs", "FCRs": an acronym's plural
    if _CAMEL.search(tok.text) and _camel_brand(tok.text, lex):
        return "keep_name"  # "TotalEnergies", "NeXXt", "iCloud": a brand's spelling
    if low.endswith("'d") and (lex.is_word(low[:-2]) or low[:-2] in lex.keep):
        return "word"  # "thx'd", "msg'd", "cc'd"
    if fold.startswith(("o'", "d'")) and len(fold) > 3:
        return "name"  # o'brien, d'angelo
    if not tok.cap and _NO_VOWEL.fullmatch(base) and not base.endswith("ng"):
        return "rare"  # "wnts", "cnfrmd": shorthand, a word unless a cue says a person
    if "-" in base:
        if base in IN_LAWS:
            return "word"  # "kaji's mother-in-law": a person noun, no name
        if all(len(part) == 3 for part in base.split("-")) and tok.text.isupper():
            return "keep"  # "AKL-ZQN", "LIM-PNH": a route between airports
        if _route(base, tok.text, lex):
            return "keep"  # "Khorog-Lisbon", "Kulob-Lisbon": a route between places
        if _ward(base):
            return "keep"  # "Toshima-ku", "Gangnam-gu", "Musashino-shi": a city's ward
        return _classify_hyphenated(base, lex)
    return _classify_plain(base, fold, lex)


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
_CAMEL = re.compile(r"[a-z][A-Z]")
_CAMEL_PART = re.compile(r"[A-Z]+[a-z]*|[a-z]+")
# What a name may hold before a capital inside it: "McKenzie", "DeShawn", "LaToya", "DiMaggio".
_NAME_PREFIXES = words("""mc mac o d de da di du la le lo van von st fitz ben al el abu bin
ja ke ra sha ta tre ty ka ma na jo""")
_CAPITALS = re.compile(r"[A-Z]{2}")


def _camel_brand(text: str, lex: Lexicon) -> bool:
    """A capital inside a word where no name has one, and a word of ours in it:
    "TotalEnergies" (a long first part), "MyTIM" (capitals in a row), "iCloud" (one small
    letter first). A gamer tag of a name ("ElikiaTTV") or two glued names are no brand."""
    word = text.split("'")[0]
    first = next((j for j in range(1, len(word)) if word[j].isupper() and word[j - 1].islower()), 0)
    prefix = word[:first]
    if prefix.lower() in _NAME_PREFIXES:
        return False
    if not (
        (len(prefix) == 1 and prefix.islower())
        or len(prefix) >= 4
        or _CAPITALS.search(word, 1) is not None
    ):
        return False
    parts = (part.lower() for part in _CAMEL_PART.findall(word))
    return any(len(part) > 1 and (lex.is_word(part) or part in lex.keep) for part in parts)
_SHORT_PREFIXES = words("re co de un ex in up on bi tv pc hd il")


_WARDS = frozenset(("ku", "shi", "cho", "machi", "mura", "ken", "gun"))
_WARDS_LONG = frozenset(("gu", "si", "dong", "eup", "myeon"))  # given names too: "Seong-gu"


def _ward(base: str) -> bool:
    """A Japanese or Korean ward, city or district: "Toshima-ku", "Yeonsu-gu"."""
    head, _, tail = base.rpartition("-")
    return len(head) >= 3 and (tail in _WARDS or (tail in _WARDS_LONG and len(head) >= 6))


def _route(base: str, text: str, lex: Lexicon) -> bool:
    """Two capitalised places joined by a hyphen, one of them a known city."""
    pieces = base.split("-")
    if len(pieces) != 2 or not all(part[:1].isupper() for part in text.split("-")):
        return False
    folded = [fold(part) for part in pieces]
    known = [part in lex.places for part in folded]
    # The other end may be an airport's or city's code: "Melaka-JB", "Kulob-LIS".
    coded = [len(part) <= 3 and part.isupper() for part in text.split("-")]
    if any(coded) and not all(coded):
        # A place in title case and a code: "Melaka-JB"; not the surname "CHEUNG-KA".
        named = [p for p, c in zip(text.split("-"), coded, strict=True) if not c]
        return all(not p.isupper() and not lex.is_name(fold(p.lower())) for p in named)
    return any(known) and all(k or not lex.is_word(w) for k, w in zip(known, folded, strict=True))


def _classify_plain(base: str, fold: str, lex: Lexicon) -> str:
    # Names are looked up without accents ("jozef" = "józef"); English words with
    # them, so "Aleš" and "Antić" are not the English "ales" and "antic".
    name = lex.is_name(fold)
    if name and fold in lex.name_words:
        return "ambig_a"
    word = lex.is_word(base)
    if name:
        return "ambig_b" if word else "name"
    if word or prefixed_word(base, lex) or _stretched_word(base, lex):
        return "word"
    if _LAUGH.fullmatch(fold):
        return "word"  # "haha", "jajaja", "wkwkwk", "kkkk": laughter in a chat
    if len(fold) >= 7 and _DRUG_STEM.search(fold):
        return "keep"  # "atorvastatin", "ramipril", "sertraline": a medicine, no person
    if lex.is_rare(base):
        return "rare"  # "cuppa", "secs": a word, unless a cue says a person is meant
    if lex.is_typo(base) or _inflected_typo(base, lex):
        return "typo"  # an English word with two letters swapped: a word, unless a cue
    return "compound" if lex.is_compound(base) else "unknown"


_LAUGH = re.compile(r"a?(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:hi){2,}|k{3,}|(?:wk){2,}|(?:ks){2,}")
# The stems of generic medicine names (WHO INN): few names of people end so.
_DRUG_STEM = re.compile(
    r"(?:pril|sartan|statin|olol|dipine|prazole|tidine|cillin|mycin|floxacin|cycline|conazole"
    r"|tinib|gliptin|glitazone|formin|navir|ciclovir|parin|oxetine|traline|triptan|dronate"
    r"|semide|thiazide|profen|azepam|zolam|olone|terol|tropium|lukast|setron|pramine"
    r"|triptyline|glutide|cetamol|butamol|xaban|gatran|ximab|zumab|mumab)$"
)
_STRETCH = re.compile(r"(\w)\1{2,}")
# Shorthand with its vowels left out ("wnts", "snt", "rcvd"): few names are written so
# (Hokkien "Chng" is; a capitalised one, Hmong "Tswb", is left to the other rules).
_NO_VOWEL = re.compile(r"[b-df-hj-np-tv-xz]{3,}")


def _stretched_word(word: str, lex: Lexicon) -> bool:
    """A word typed with a letter held down: "sooo", "pleaseee", "thaaanks"."""
    if _STRETCH.search(word) is None:
        return False
    return any(lex.is_word(_STRETCH.sub(keep, word)) for keep in (r"\1", r"\1\1"))


# Prefixes that make a word from a word: "unfrozen", "rebooking", "preauthorised".
_PREFIXES = ("un", "re", "pre", "mis", "dis", "non", "over", "under", "out", "co", "de", "sub",
             "super", "anti", "multi", "self", "auto", "tele", "e")  # fmt: skip


def prefixed_word(word: str, lex: Lexicon) -> bool:
    """A prefix and an English word of four letters or more ("unfrozen", "rebooking")."""
    return word.isascii() and any(
        word.startswith(pre) and len(word) - len(pre) >= 4 and lex.is_word(word[len(pre) :])
        for pre in _PREFIXES
    )


def _inflected_typo(word: str, lex: Lexicon) -> bool:
    """Two letters swapped in an inflected word ("disupted", "mvoed", "coevring")."""
    if len(word) < 6 or not word.isascii():
        return False
    return any(
        lex.is_word(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    )


def _classify_hyphenated(base: str, lex: Lexicon) -> str:
    if lex.is_name(fold(base)):
        return _classify_plain(base, fold(base), lex)
    pieces = [part for part in base.split("-") if part]
    parts = [_classify_plain(part, fold(part), lex) for part in pieces]
    parts = ["word" if c in ("typo", "rare") else c for c in parts]
    # "e-transfer", "t-mobile", "x-ray", "co-op": a letter or a prefix before an English
    # word; not the syllables of a Korean given name ("ji-woo", "ha-eun").
    short = "word" in parts
    parts = [
        "word" if short and (len(w) == 1 or w in _SHORT_PREFIXES) else c
        for w, c in zip(pieces, parts, strict=True)
    ]
    if not parts or all(c == "word" for c in parts):
        return "word"  # "follow-up", "e-mail"
    if any(c in ("name", "ambig_b") for c in parts):
        return "name"  # "jean-luc", "smith-jones"
    if all(c == "unknown" for c in parts):
        return "unknown"
    return "ambig_b"


def gap_kind(gap: str) -> str:
    """How two words are joined: "space", "colon" ("name: sarah"), "soft" (a comma or a
    dash: a new clause may start) or "hard" (anything else, a sentence end included).
    A claimed span (U+001F, which str.strip takes for white space) is "hard": "moved to
    <address>, Anna" has no "moved to Anna" in it; so is a harmless number (U+001E)."""
    if "\x1f" in gap or "\x1e" in gap:
        return "hard"
    if not gap.strip():
        return "space" if "\n" not in gap else "soft"
    if "\n" in gap:
        return "hard"
    if gap.strip() == ":":
        return "colon"
    # A dash or semicolon starts a new clause in notes ("sorted - zanele happy").
    return "soft" if gap.strip() == "," else "hard"


def sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“\u2018(["):
        if text[i] == "\n":
            return True
        i -= 1
    if i >= 1 and text[i] == "." and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalnum()):
        return False  # "M. Soumaré", "k. agyapong": after an initial, not a sentence's end
    return i < 0 or text[i] in ".!?:;•*-\u2013>"


def prev_tok(toks: list[Tok], i: int) -> Tok | None:
    if i == 0 or toks[i].gap_before == "hard":
        return None
    return toks[i - 1]


def next_tok(toks: list[Tok], i: int) -> Tok | None:
    if i + 1 >= len(toks) or toks[i + 1].gap_before != "space":
        return None
    return toks[i + 1]
