"""Pass 1, with the id cues: a vehicle's plate after its cue ("plate 98 5614", "car 06 NT
9598", "vehicle no Ba 7 Cha 7288", "bike OD 10 SW 6187"). A plate names its owner.

Groups of one to five letters or digits, at least one of them a number; the words after
the plate are left out ("plate 98 5614 car rental"), and a count or a year is no plate
("car 2 days", "car 2019").
"""

from __future__ import annotations

import re

from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.vocab import STOP

_CUE = re.compile(
    r"(?<![\w-])(?:(?:number|licen[cs]e|reg(?:istration)?)[ \t]+plate|plate|rego|reg(?:istration)?"
    r"(?:[ \t]+no\.?)?|vehicle(?:[ \t]+(?:no\.?|number|reg))?|car|bike|motorbike|scooter|van"
    r"|truck)(?!\w)[ \t]*[:#\-]?[ \t]*"
    r"(?P<v>[A-Za-z0-9]{1,5}(?:[ \t\-][A-Za-z0-9]{1,5}){0,4})(?![\w])",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def claim(text: str, claims: Claims, lex: Lexicon) -> None:
    """Claim the plates after their cues (most notes have no cue: a quick look first)."""
    low = text.lower()
    if not any(cue in low for cue in ("plate", "reg", "vehicle", "car", "bike", "van", "truck")):
        return
    for m in _CUE.finditer(text):
        groups = re.split(r"([ \t\-])", m.group("v"))
        if _word(groups[0], lex):
            continue  # "car for 3 nights": no plate
        while groups and groups[-1].isalpha() and _word(groups[-1], lex):
            groups = groups[:-2]  # "98 5614 car rental": the words after the plate
        value = "".join(groups)
        alnum = sum(ch.isalnum() for ch in value)
        if alnum < 4 or not any(ch.isdigit() for ch in value) or _YEAR.fullmatch(value):
            continue
        if value.isdigit() and len(value) > 6:
            continue  # a long number is another id's, left to the other detectors
        claims.add(m.start("v"), m.start("v") + len(value), "id")


def _word(group: str, lex: Lexicon) -> bool:
    low = group.lower()
    return low in STOP or (len(low) >= 3 and lex.is_word(low))
