"""Pass 1, early: numbers that are no one's data, claimed as harmless so that no later
detector takes them: times, plain dates, amounts, promotion codes, flight numbers and
product models ("QF1026", "ZTE MF286"). Later detectors see them masked out."""

from __future__ import annotations

import re

from carecli.scrubber import patterns as p
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.vocab import AIRLINE_CODES, ID_MORE_WORDS, SAFE, words

# A flight number whose airline no list has ("QG324", "B7-671", "VZ 575") is one only in
# a flight's context: one of these words near it.
_FLIGHT_WORDS = re.compile(
    r"(?<!\w)(?:flights?|flt|pax|re-?book(?:ed|ing)?|reboked|delayed|delay|boarding|gate"
    r"|layover|airlines?|airways|air|jet|depart(?:s|ed|ure)?|arriv(?:al|ed|es)|cabin"
    r"|lounge|miles|seat|check-?in|baggage|bag|landed|cancell?ed|overbooked|upgrade)(?!\w)",
    re.IGNORECASE,
)
_FLIGHT_ANY = re.compile(
    r"(?<![\w#/.-])(?P<code>[A-Za-z][A-Za-z0-9]|[0-9][A-Za-z])(?P<sep>-|\s)?\d{2,4}(?![\w/-]|[.,]\d)"
)
# Words before a number that make it a reference, not a flight: "ref QG324".
_REF_BEFORE = re.compile(
    r"(?:ref|reference|booking|pnr|ticket|case|order|acct|account|id|no|number|#|code)\W{0,3}$",
    re.IGNORECASE,
)
# A model after its brand: "ZTE MF286", "Oppo Reno11", "Huawei B535", "itel A70",
# "Samsung 55Q60C", "Huawei HG8145V5", "Samsung SM-A546B"; the brand may have a product
# line between ("Netgear Nighthawk RAX50").
_MODEL = re.compile(
    r"(?<![\w-])(?P<brand>[A-Za-z][\w&+!-]*)\s(?:(?P<line>[A-Z][a-z]{2,12})\s)?"
    r"(?P<m>(?P<l>[A-Za-z]{0,6})-?(?:[A-Za-z]{1,2})?\d{1,5}(?:[A-Za-z]{1,3}\d{0,4}){0,2})"
    r"(?![\w@-])"
)
# Devices whose model follows them: "router DIR-842", "model H369A", "impresora L3250".
_DEVICE_NOUNS = words("""router modem model tv printer impresora ont laptop handset mifi
dongle tablet ruoter routeur""")
# A product's or a business's number, not a person's: "sku 607901", "paybill 247247" (a
# company's M-Pesa number), "part no 1K0-615", "EAN 4006381333931", "ASIN B08N5WRWNW".
_PRODUCT_CUES = ("sku", "paybill", "part", "ean", "upc", "asin", "article", "art.")
_PRODUCT_REF = re.compile(
    r"(?<!\w)(?:sku|paybill|part\s?(?:no|number|#)|ean|upc|asin|article|art\.?\s?nr)"
    r"\.?[ \t]*[:#]?[ \t]*(?P<c>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,19})(?![\w-])",
    re.IGNORECASE,
)
_NUMBER_ONLY = re.compile(r"\d+(?:st|nd|rd|th)?", re.IGNORECASE)  # "4111", "135th"
_LETTER_DIGIT = re.compile(r"[A-Za-z][ -]?\d")
_NOT_BRANDS = words("order ticket case ref booking account acct id policy card flight")


def claim(masked: str, claims: Claims, lex: Lexicon) -> None:
    if not p.ANY_DIGIT.search(masked):
        return  # every one of them has a digit
    for m in p.HARMLESS.finditer(masked):
        if p.UNIT_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
            continue  # "H.No 12-3-45/A", "flat 10.2": a house number, not a date or time
        claims.add(m.start(), m.end(), SAFE)
    low = masked.lower()
    if any(cue in low for cue in _PRODUCT_CUES):
        for m in _PRODUCT_REF.finditer(masked):
            claims.add(m.start("c"), m.end("c"), SAFE)
    if any(cue in low for cue in p.PROMO_CUES):
        for m in p.PROMO_CODE.finditer(masked):
            claims.add(m.start("c"), m.end("c"), SAFE)
    for m in p.GLUED_AMOUNT.finditer(masked):
        # "R1,550", "rm1433.50", or up to five digits after a money word ("refund rm915");
        # not an RMA "r23392985" nor the postcode "R14 3TZ".
        digits = m.group("n")
        grouped = "," in digits or "." in digits
        money = p.MONEY_BEFORE.search(masked, max(0, m.start() - 16), m.start())
        if grouped or (len(digits) <= 5 and money):
            claims.add(m.start(), m.end(), SAFE)
    # "MK9 5NH", "F91 X2YW": a postcode's first half looks like a flight number.
    postcodes = [m.span() for m in p.POSTCODE_STRONG.finditer(masked)]
    for m in p.FLIGHT.finditer(masked):
        if any(s <= m.start() < e for s, e in postcodes):
            continue
        glued = m.group(0)[2:3].isdigit() or m.group(0).lower().startswith(("flight", "flt"))
        if glued and m.group("code").upper() in AIRLINE_CODES:
            claims.add(m.start(), m.end(), SAFE)
    # Both need letters and digits in one word, which most notes lack.
    if _LETTER_DIGIT.search(masked):
        if _FLIGHT_WORDS.search(masked):
            _flights(masked, claims, lex, postcodes)
        _models(masked, claims, lex, postcodes)


def _flights(masked: str, claims: Claims, lex: Lexicon, postcodes: list[tuple[int, int]]) -> None:
    """Flight numbers of any airline near a flight's word: "pax rebooked QG-150 to Solo",
    "B7-671 Tainan to Ximending delayed 3h"; not "ref QG324", nor a word ("at 1530")."""
    for m in _FLIGHT_ANY.finditer(masked):
        code, sep = m.group("code"), m.group("sep")
        if any(s <= m.start() < e for s, e in postcodes):
            continue
        if sep == " " and not code.isupper():
            continue  # "at 1530", "no 12": a word and a number
        if code.isalpha() and lex.is_word(code.lower()) and not code.isupper():
            continue
        if _REF_BEFORE.search(masked, max(0, m.start() - 12), m.start()):
            continue
        near = masked[max(0, m.start() - 40) : m.end() + 40]
        if _FLIGHT_WORDS.search(near):
            claims.add(m.start(), m.end(), SAFE)


def _models(masked: str, claims: Claims, lex: Lexicon, postcodes: list[tuple[int, int]]) -> None:
    """A model number right after a brand: "ZTE MF286", "Oppo Reno11", "tp-link c6"; in
    lower case only short letters ("zte mf286"), since "venmo jsmith85" is a handle."""
    for m in _MODEL.finditer(masked):
        # A brand, a device, or a keep word written as a brand ("Oppo", "Epson"; not "DOB");
        # the brand may be the second word ("and Nokia G-240W", "new Samsung SM-A546B").
        if not _brand_like(m.group("brand"), lex):
            line = m.group("line")
            if not (line and _brand_like(line, lex)):
                continue
            written = line
        else:
            written = m.group("brand")
        brand = fold(written)
        if p.ID_CUE.fullmatch(written) or brand in ID_MORE_WORDS:
            continue  # "PNR D48ABE", "NHI RMF4648": a cue, and its id
        if any(s <= m.start("m") < e for s, e in postcodes):
            continue  # "Glasgow AB19 0NF"
        model, letters = m.group("m"), m.group("l")
        if _NUMBER_ONLY.fullmatch(model) or sum(ch.isdigit() for ch in model) > 7:
            continue  # "Visa 4111...", "N 135th St": a number, not a model
        if not model[0].isupper() and len(letters) > 3:
            continue
        if lex.is_name(fold(letters)) and len(letters) > 3:
            continue  # "Venmo Sarah85": a handle
        claims.add(m.start("m"), m.end("m"), SAFE)


def _brand_like(written: str, lex: Lexicon) -> bool:
    brand = fold(written)
    if brand in _NOT_BRANDS:
        return False
    known = brand in lex.brands or brand in _DEVICE_NOUNS
    return known or (brand in lex.keep and written.istitle())


def not_an_id(value: str, lex: Lexicon) -> bool:
    """A code with no cue before it that is a measure or an article: "30-day", "10-seat"
    (a number and an English word), "KB4090", "KBA9366" (a knowledge-base article)."""
    head, _, tail = value.partition("-")
    if head.isdigit() and lex.is_word(tail.lower()):
        return True
    return p.KB_ARTICLE.fullmatch(value) is not None
