"""Handles: the user names of a login, a game or a forum, with a cue or joined by "_"."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber import vocab as v
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold


def after_cue(m: re.Match[str], text: str, claims: Claims, lex: Lexicon) -> bool:
    """Is the id cue m done with: a handle claimed after it, or a cue of handles only?

    After "username", "gamertag", "login" letters alone are enough ("username
    xxshamrockxx"), but not a word ("login issue", "username reset"). After a soft cue
    ("user", "login for") a capitalised word is a person's or a product's name ("login for
    Richard Ford", "login for UID"), left to the other rules. Never across a claim (the
    cue stops at it: vocab.ID_SEP): "user <e-mail> - LankaQR login" names no handle.
    """
    cue = m.group(0).lower()
    if not cue.startswith(p.HANDLE_CUES):
        return False
    soft = cue.rstrip(": #").strip() in p.HANDLE_ONLY
    found = p.ID_HANDLE.match(text, m.end())
    if found is not None:
        word = found.group(0).lower()
        is_word = lex.is_word(word) or lex.is_typo(word) or word in v.STOP or word in lex.brands
        if not (word.isalpha() and (is_word or (soft and not found.group(0).islower()))):
            claims.add(found.start(), found.end(), "id")
            return True
    return soft


_LEET = re.compile(r"[a-z]+[0-9][a-z]+[0-9a-z]*")


def underscored(text: str, claims: Claims, lex: Lexicon) -> None:
    """Claim the handles joined by underscores ("valcin_eve", "dark_wolf_77")."""
    if "_" in text:
        for m in p.UNDERSCORED.finditer(text):
            if _underscored_handle(m.group(0), lex):
                claims.add(m.start(), m.end(), "id")


def _underscored_handle(value: str, lex: Lexicon) -> bool:
    """A handle ("valcin_eve", "dark_wolf_77"), not a queue or a setting ("NL_RES_TECH",
    "q_cards_tr", "error_code"): a part in no list, or a number at the end."""
    if value.isupper():
        return False
    low = value.lower()
    if low.startswith("xx_") and low.endswith("_xx"):
        return True  # "xX_D4rkKnight_Xx": a gamer's frame
    parts = [fold(part) for part in value.split("_") if part]
    if any(_LEET.fullmatch(part) for part in parts):
        return True  # "sne4ky_noob": a digit for a letter
    if len(parts[-1]) >= 2 and parts[-1].isdigit():
        return True
    return any(
        len(part) >= 4 and part.isalpha() and not (lex.is_word(part) or part in lex.keep)
        for part in parts
    )


def handle_style(value: str) -> bool:
    """Two words and a number a plan would not have: a gamer's handle ("WolfKing75",
    "bunnyking32", "goatslayer08"), not "gosurf50" or "windows10"."""
    if p.CAMEL_HANDLE.fullmatch(value):
        return True
    if not p.LOWER_HANDLE.fullmatch(value):
        return False  # "EU261", "ROAM-01", "Sixty60": a regulation, a macro, a plan
    number = value[len(value.rstrip("0123456789")) :]
    return len(number) >= 2 and (number[0] == "0" or int(number) % 5 != 0)
