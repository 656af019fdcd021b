"""The words of addresses that carecli.scrubber.address_parts and address_cued share:
units, localities, and what is no street's name."""

from __future__ import annotations

import re

from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.vocab import (
    MONTHS,
    PARTICLES,
    STREET_SUFFIX_STRONG,
    STREET_SUFFIX_WEAK,
    WEEKDAYS,
)

# Units, entrances, floors and plots, in the languages of the markets served.
UNIT = (
    r"flat|apt|apartment|unit|suite|ste|studio|room|rm|floor|fl|block|blk|bldg|building"
    r"|house|hse|villa|plot|lot|shop|office|door|no|nr|erf|lp|stand|hyrja|ap|apto|kv|kvartira"
    r"|d|entrance|etaj|et|sc|scara|bl|bloc|piso|dpto|depto|int|esc|puerta|lgh|whg|top|bus"
    r"|casa|lote|mz|mza|manzana|lt|korpus|section|zone|area|phase|purok|sector|km"
    # Numbered roads and the wards of Asian addresses: "road 5", "RT 03/RW 05", "Quan 1".
    r"|road|rd|street|lane|avenue|soi|moo|rt|rw|quan|phuong|district|ward|gu|dong"
    # Towers, wings and sections of Asian buildings and roads: "Tower 2", "Sec. 4", lanes
    # of Hanoi and Delhi ("ngo 36", "gali no 4").
    r"|tower|twr|wing|level|lvl|sec|ngo|ngõ|ngach|hem|hẻm|gali|galli|mirpur"
    # Francophone Africa's numbered streets and doors ("rue 990 porte 31", "imm C, appt 73"),
    # Greek flats ("diam. 58"), Bangladesh's house and road numbers ("H# 77, R# 14").
    r"|rue|porte|imm|appt|diam|h\#|r\#"
)
# Localities and landmarks after the street: "brgy. Sto. Nino", "Section G", "near the mosque".
LOCALITY = (
    r"brgy|barangay|purok|sitio|poblacion|subd|subdivision|sector|mkr|mikrorayon"
    r"|microdistrict|taman|bandar|kampung|kg|desa|section|zone|township|extension|ext"
    r"|phase|estate|colonia|col|fracc|fraccionamiento|barrio|bo|urb|urbanizaci[oó]n|ward"
    r"|near|opp|opposite|behind|beside"
    # The localities of Thai, Indonesian, Vietnamese and Japanese addresses.
    r"|tambon|amphoe|khet|khwaeng|kel|kelurahan|kec|kecamatan|kab|kabupaten|huyen|xa|thon"
    # Indonesian neighbourhood units, Cambodian and Vietnamese districts, Lao villages.
    r"|rt|rw|dusun|sangkat|khan|phum|quan|phuong|ban"
)
TOKEN = re.compile(r"[^\W_][\w'\u2019./:#-]*")
JOINERS = PARTICLES | {"e", "na", "an", "il", "ng", "sa", "ta", "al", "el"}
# The address patterns write spaces as [ \t]: the text they read has claimed spans masked
# as U+001F, which \s would match.
STREETISH = STREET_SUFFIX_STRONG | STREET_SUFFIX_WEAK
_UNIT_WORD = re.compile(rf"(?:{UNIT}|{LOCALITY})", re.IGNORECASE)


def is_unit(word: str) -> bool:
    return _UNIT_WORD.fullmatch(word) is not None


def ordinary(word: str, lex: Lexicon) -> bool:
    """English, a keep word or brand, or a known place: not the name of a street."""
    return (
        lex.is_word(word)
        or word in lex.keep
        or word in lex.brands
        or word in lex.places
        or word in MONTHS
        or word in WEEKDAYS
        or len(word) <= 1
    )
