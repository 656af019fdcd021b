"""Pass 1, after the street detectors: the rest of an address line.

Agents type an address the way the customer said it, in the customer's country's
order: a flat before the street ("flat 2/1, 81 Lozells Grove", "4F1, 9 Willow Lane"),
an entrance, a flat or a floor after it ("rr. Nene Tereze 31, hyrja 2", "Lenina 14,
kv 77"), a locality ("brgy. Lahug", "Section N"), a landmark ("near the mosque"), or a
street with no street type at all after an address cue ("shipped to caya frans
figaroa 13"). The parts join the street that carecli.scrubber.addresses claimed; an
address with no street type needs a cue, a number at one end and a word that is not
plain English, so "sent to 3 stores" and "moved to tier 2" stay text.
"""

from __future__ import annotations

import re
from itertools import pairwise

from carecli.scrubber import patterns as p
from carecli.scrubber.address_cued import cued
from carecli.scrubber.address_words import JOINERS, LOCALITY, TOKEN, UNIT, is_unit, ordinary
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.vocab import (
    STOP,
    words,
)

# A unit's number, or its letter after a space or a stop ("Block A", "bl. A3"; not the
# "w" of "now").
_NUMBER = (
    r"(?:\.?[ \t]?[:#]?[ \t]?\d{1,5}[A-Za-z]?(?:[ \t]?[/-][ \t]?\d{1,4}[A-Za-z]?)*"
    r"|(?:\.[ \t]?|[ \t]|[:#][ \t]?)[A-Za-z]\d{0,3}(?![\w'\u2019]))"
)
# "flat 2/1", "Block A", "kv. 77", "D:4", "No:257"; Edinburgh's "4F1" (floor 4, flat 1);
# Hong Kong's floors ("23/F", "5F"); Bangalore's "2nd cross", "4th main".
_PIECE = (
    rf"(?:(?:{UNIT})(?:[ \t]?(?:no|number)\.?)?{_NUMBER}|\d{{1,2}}[fF]\d{{1,2}}|\d{{1,3}}/?[fF]"
    r"|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:cross|main|block|stage|phase|sector|floor|street|road"
    r"|lane|avenue))(?![\w]|/\d)"
)
_BEFORE = re.compile(rf"(?<![\w/.-]){_PIECE}[ \t]*,?[ \t]*$", re.IGNORECASE)
# A unit word alone right before the number the street begins with: "no 474 jalan ...".
_BARE_BEFORE = re.compile(rf"(?<![\w/.-])(?:{UNIT})\.?[ \t]*$", re.IGNORECASE)
# A building, an estate or a road with no number, after an address part: "sunrise
# apartments", "Harbour View Garden", "MG road", "laxmi nagar", Indian and Maldivian
# buildings ("Kamdhenu CHS", "Gokul Dham chawl", "Sosun Villa"). One list for the pattern
# and for the check that skips it in notes with none of its words.
_BUILDING_WORDS = words("""apartment apartments residency residences heights tower towers
enclave complex society nagar colony layout vihar garden gardens court mansion mansions plaza
building bldg estate village road rd street st marg lane ln chs chawl bhavan bhawan niwas
niketan dham baug villa mahal mawatha magu hingun nivas nilayam sadan kunj""")
_NAMED_PART = re.compile(
    r"[ \t]*,[ \t]*(?:[^\W\d_][\w'\u2019.\-]*[ \t]+){1,3}"
    rf"(?:{p.alternation(_BUILDING_WORDS)})\.?"
    r"(?=[ \t]*(?:[,;/|)(]|[ \t]-[ \t]|$|\.[ \t]))",
    re.IGNORECASE,
)
_AFTER = re.compile(
    rf"[ \t]*[,/]?[ \t]*(?:(?:{LOCALITY})\.?[ \t]+(?:the[ \t]+)?"
    r"[^\W_][\w'\u2019.\-]*(?:[ \t]+(?!(?:in|at|on|to|for|of|and|by|from|with|now)\b)"
    r"(?![\w'\u2019]*\d)(?=[^\W\d_])[\w'\u2019.\-]+){0,2}"
    # A locality runs to the next comma or stop; a unit's number may have words after it.
    rf"(?=[ \t]*(?:[,;/|)(]|[ \t]-[ \t]|$|\.[ \t]))|{_PIECE}(?![\w'\u2019]))",
    re.IGNORECASE,
)



# The words of the patterns below, in one place: each pattern is built from its list, and
# a note with none of the words skips the pattern (most notes have none).
_SEED_UNITS = words("flat apt apartment villa plot erf lp lot blk bldg suite house ward appt")
_SECTIONS = words("section zone sector ext extension")
_SEED_WORDS = _SEED_UNITS | _SECTIONS | {"h", "d", "door", "no", "holding"}
# Street types written after the name: abbreviations need their full stop ("thank u 2" is
# no Hungarian street), whole words do not.
_TYPES_ABBREVIATED = words("g ul cd cad sk sok mah pr str u krt blv bul al küç kuc")
_TYPES_WRITTEN_OUT = words(
    """iela tanav t\u00e4nav ulitsa caddesi cadde sokak sokagi soka\u011fi soka\u011f\u0131
    sokag\u0131 mahallesi bulvari bulvar\u0131 utca ut \u00fat ulica prospekt korut
    k\u00f6rut kor\u00fat k\u00f6r\u00fat ter t\u00e9r"""
)
_TYPE_WORDS = _TYPES_ABBREVIATED | _TYPES_WRITTEN_OUT
# A flat, plot or lot with its number is an address on its own ("apt 71, cois cladaigh",
# "Erf 9578", "Lot 437 Greater Portmore"), and so is a numbered section ("203 section q").
_SEED = re.compile(
    rf"(?<![\w/.-])(?<!\ba[ \t])(?<!\bthe[ \t])(?:(?:{p.alternation(_SEED_UNITS)}"
    r"|[hd]\.?[ \t]?no|(?:house|door)[ \t]+no|h\#|holding)\.?[ \t]?"
    r"(?:(?:no|number)\.?[ \t]?)?#?[ \t]?"
    r"\d{1,5}(?:[-/]\d{1,4}){0,3}(?:/?[A-Za-z](?![\w']))?(?![\d.,]\d|\d)"
    rf"|\d{{1,5}}[ \t]+(?:{p.alternation(_SECTIONS)})[ \t]+(?:[A-Za-z]|\d{{1,3}}))"
    r"(?![\w%.,/]\w)",
    re.IGNORECASE,
)
# The street's name, then its type, then the number: Lithuanian "Vilniaus g. 12-5",
# Turkish "Atatürk Cad. No:12", Latvian "Brīvības iela 55", Hungarian "Váci utca 12".
_NAME_TYPE_NUMBER = re.compile(
    r"(?<![\w'\u2019.-])(?P<name>(?:[^\W\d_][\w'\u2019\-]*[ \t]){1,3})"
    rf"(?:(?:{p.alternation(_TYPES_ABBREVIATED)})\.|{p.alternation(_TYPES_WRITTEN_OUT)})"
    r"[ \t]+(?:(?:no|nr|n[º°])[:.]?[ \t]?)?\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?(?![\w/])",
    re.IGNORECASE,
)
# A Japanese address: chome-block-house, then the district ("1-2-3 Shibuya"), or the
# chome written out ("3-chome 4-5").
_CHOME = re.compile(
    r"(?<![\w/-])(?:\d{1,2}-\d{1,2}-\d{1,3}[ \t]+[A-Z][a-z]+(?:-[a-z]{2,5})?"
    r"|\d{1,2}-chome(?:[ \t,]+\d{1,3}(?:-\d{1,3})?)?)",
    re.IGNORECASE,
)


def seeds(text: str, claims: Claims, lex: Lexicon) -> None:
    """Flats, plots and numbered sections on their own, and streets whose type comes
    after their name: run before the postcodes, so that "Erf 1123, Paarl" is not read
    as a postcode before a town."""
    if not p.ANY_DIGIT.search(text):
        return
    # The long patterns run only where one of their words is: most notes have none.
    present = set(p.WORD.findall(text.lower()))
    if not present.isdisjoint(_TYPE_WORDS):
        _streets_named_first(text, claims, lex)
    if "-" in text:
        for m in _CHOME.finditer(text):
            claims.add(m.start(), m.end(), "address")
    if "," in text and not present.isdisjoint(_BUILDING_WORDS):
        _units_before_buildings(text, claims, lex)
    if present.isdisjoint(_SEED_WORDS):
        return
    for seed in _SEED.finditer(text):
        # "flat 20 off" is a price; "611 section k tmrw" is still a section.
        seed_end = _seed_end(text, seed.end(), lex, strict=seed.group(0)[-1:].isdigit())
        if seed_end is not None:
            claims.add(seed.start(), seed_end, "address")


# A flat's number before its building: "room 52, Ananda Bhavan chawl", "C-61, Casa Bela
# apartments", "d-382, shivam apartments".
_UNIT_BEFORE_BUILDING = re.compile(
    rf"(?<![\w/.-])(?:{_PIECE}|[A-Za-z]-\d{{1,4}}[A-Za-z]?(?![\w/-]))(?={_NAMED_PART.pattern})",
    re.IGNORECASE,
)


def _units_before_buildings(text: str, claims: Claims, lex: Lexicon) -> None:
    """Only a building with a name no English list has: not "room 4, main building"."""
    for m in _UNIT_BEFORE_BUILDING.finditer(text):
        named = _NAMED_PART.match(text, m.end())
        if named is None:
            continue
        words = [fold(w) for w in named.group(0).strip(" \t,.").split()[:-1]]
        if any(not ordinary(w, lex) for w in words):
            claims.add(m.start(), named.end() - named.group(0).endswith("."), "address")


def _streets_named_first(text: str, claims: Claims, lex: Lexicon) -> None:
    """ "Vilniaus g. 12-5", "Atatürk Cad. No:12": the street's name, its type, a number."""
    for m in _NAME_TYPE_NUMBER.finditer(text):
        # The street's name is the run of words right before its type that are no
        # function word nor plain lower-case English ("shipped to İstiklal Cd. No:257").
        found = list(TOKEN.finditer(text, m.start("name"), m.end("name")))
        words: list[re.Match[str]] = []
        if found and fold(found[-1].group(0)) == "et":
            continue  # "Smith et al. 2019": a citation
        for w in reversed(found):
            low = fold(w.group(0))
            if low in STOP or (w.group(0).islower() and ordinary(low, lex)):
                break
            words.insert(0, w)
        if words and any(not ordinary(fold(w.group(0)), lex) for w in words):
            claims.add(words[0].start(), m.end(), "address")


def extend(text: str, claims: Claims, lex: Lexicon) -> bool:
    """Claim the parts around each street address, and cued addresses with no street
    type; True if anything new was claimed (postcodes beside it are looked for again)."""
    if not p.ANY_DIGIT.search(claims.text):
        return False
    grew = cued(text, claims, lex)
    for start, end, kind in claims.spans():
        if kind != "address":
            continue
        new_start, new_end = start, end
        bare = False  # "flat no 12": unit words may stand in a row before the number
        while True:
            m = _BEFORE.search(text, max(0, new_start - 40), new_start)
            if m is None and (bare or claims.text[new_start : new_start + 1].isdigit()):
                m = _BARE_BEFORE.search(text, max(0, new_start - 8), new_start)
                bare = m is not None
            if m is None:
                break
            new_start = m.start()
        while True:
            # The unmasked text: the next part may be an address claimed on its own
            # ("house no. 12/3, gali no 4, laxmi nagar"); widen takes it in.
            m = _AFTER.match(text, new_end) or _AFTER.match(claims.text, new_end)
            if m is not None and fold(m.group(0).strip(" ,")) not in lex.places:
                new_end = m.end()
            elif (locality := _locality_end(text, new_end, lex)) is not None:
                new_end = locality  # "Kira Rd, Kamwokya, Kampala": not the city
            elif (named := _NAMED_PART.match(text, new_end)) is not None:
                new_end = named.end() - named.group(0).endswith(".")  # "sunrise apartments"
            else:
                break
        if (new_start, new_end) != (start, end) and claims.widen(start, end, new_start, new_end):
            grew = True
    # Two parts claimed on their own, side by side, are one address: "flat 4, 17 Jalan
    # Ampang" (the flat by its own rule, the street by the street's).
    spans = [(s, e) for s, e, kind in claims.spans() if kind == "address"]
    for (s1, e1), (s2, e2) in pairwise(spans):
        if _JOIN_GAP.fullmatch(claims.text[e1:s2]):
            grew |= claims.widen(s2, e2, s1, e2)
    return grew


def _seed_end(text: str, pos: int, lex: Lexicon, *, strict: bool) -> int | None:
    """A flat's or a plot's building or estate after its number, up to the next comma:
    capitalised words or words no list has ("Lot 437 Greater Portmore", "apt 27 the
    maltings"); None if a plain English word follows ("flat 20 off" is a price)."""
    end = last = pos
    for n, w in enumerate(TOKEN.finditer(text, pos)):
        if n >= 3 or text[last : w.start()].strip():
            break
        last = w.start() + len(w.group(0).rstrip(".,"))
        word = fold(w.group(0).rstrip(".,"))
        named = n == 1 and text[pos:].lstrip().lower().startswith("the ")
        if n == 0 and word == "the":
            continue
        if not named and (word in STOP or is_unit(word)):
            break
        if not named and w.group(0)[:1].islower() and ordinary(word, lex):
            return None if strict and n == 0 and word not in STOP else end  # "flat 20 off"
        end = last
        if w.group(0).endswith(","):
            break
    return end


_JOIN_GAP = re.compile(r"[ \t]*,?[ \t]*")
_NEXT_PART = re.compile(
    r"[ \t]*,[ \t]*((?:[^\W\d_][\w'\u2019\-]*[ \t]?){1,3}?(?:\d{1,2}[ \t]?)?)"
    r"(?=[ \t]*(?:,|[ \t]-[ \t]|/|;|\||\(|\.(?:[ \t]|$)|$))"
)
_CITY_AFTER = re.compile(
    r"[ \t]*,[ \t]*([^\W\d_][\w'\u2019\-]*(?:[ \t][^\W\d_][\w'\u2019\-]*)?|\x1f)"
)


def _locality_end(text: str, pos: int, lex: Lexicon) -> int | None:
    """The end of ", <one to three words>[ number]" after an address when none of them is
    plain English or a known city ("..., Kamwokya, Kampala", "..., cois cladaigh",
    "..., Uttara Sector 7, pin ...")."""
    m = _NEXT_PART.match(text, pos)
    if m is None:
        return None
    words = [fold(w) for w in m.group(1).split() if not w.isdigit()]
    whole = fold(m.group(1).strip())
    if whole in lex.places:
        return None
    if any(w not in JOINERS and ordinary(w, lex) for w in words):
        return None
    end = m.start(1) + len(m.group(1).rstrip())
    nxt = _CITY_AFTER.match(text, end)
    if nxt is None:
        # Only between the street and its city, postcode or landmark: a suburb or town
        # last on the line is a place ("..., Woodbrook / contact ...") and is kept.
        return None
    city = fold(nxt.group(1))
    if city == "\x1f" or city in lex.places or city in lex.towns or _AFTER.match(text, end):
        return end  # "..., Manipal, Udupi 576104": the suburb before its city
    return None


