"""Every compiled pattern of the scrubber, built from the fragments in vocab.

Compiled when this module is first imported, which is inside the first call to
carecli.scrub.scrub (importing carecli.scrub itself compiles nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from carecli.scrubber import vocab as v
from carecli.scrubber.dob_words import DOB_CUES_ABROAD, MONTHS_ABROAD

_I, _X = re.IGNORECASE, re.VERBOSE


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of word phrases, longest first, any white space between words."""
    ordered = sorted(set(phrases), key=lambda x: (-len(x), x))
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in ordered)


PLACEHOLDER = re.compile(r"\[(?:{}) (\d+)\]".format("|".join(v.KINDS)))
NON_ASCII = re.compile(r"[^\x00-\x7f]")
GLUED = re.compile(r"[0-9][^\x00-\x7f]|[^\x00-\x7f][0-9]")  # to a digit
# Free-phone numbers of businesses, in digits only: not a person's ("ring NAB on 1800 120
# 838"). North America 1-8xx, UK, NZ and South Africa 0800/0808/0508, Australia 1800/1300
# and 13 xx xx, Ireland 1800/1850, the Philippines and Malaysia 1-800/1-300, the UAE 800.
TOLL_FREE = re.compile(
    # 808 and 508 need their 0: without it they are US area codes (Hawaii, Massachusetts).
    r"1?8(?:00|33|44|55|66|77|88)\d{7}|0?800\d{6,7}|0(?:808|508)\d{6,7}|44(?:800|808)\d{6,7}"
    r"|1[38]00\d{6,8}|13\d{4}|1850\d{6}|800\d{4,5}"
)
# A flight number: an airline's code, glued or after "flight" ("QF1026", "flight AC 2135");
# the code is checked against vocab.AIRLINE_CODES in detectors.py.
FLIGHT = re.compile(r"\b(?:(?:flight|flt)\s+)?(?P<code>[A-Za-z0-9]{2})\s?\d{1,4}\b", _I)
HANDLE = re.compile(r"(?<![\w.+'%@/-])@(?P<h>[^\W_](?:[\w.\-]*[^\W_])?)")
# A UPI payment address ("rahul.sharma@okaxis", "9876543210@ybl"): an e-mail with no dot
# after the "@"; a person's, like an e-mail address.
UPI = re.compile(r"(?<![\w.+'%-])[\w.\-]{2,64}@[a-z]{2,12}(?![\w.@-])", _I)
EMAIL = re.compile(r"(?<![\w.+'%-])[\w.+'%-]+@[\w-]+(?:\.[\w-]+)+")
URL_SCHEME = re.compile(r"\b(?:https?|ftp)://[^\s<>\"']+|\bwww\.[^\s<>\"']+", _I)
URL_BARE = re.compile(
    rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>{v.TLDS})\b"
    r"(?P<path>/[^\s<>\"']*)?",
    _I,
)
IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}"
    r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?!\w|\.\d)"
)
IPV6 = re.compile(
    r"(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}:){1,6}(?::[0-9a-f]{1,4}){1,6}"
    r"|(?:[0-9a-f]{1,4}:){1,7}:|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])",
    _I,
)
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\ ?[A-Z0-9]){11,32}", _I | _X)
# Months of any language the dates of birth are written in ("15 agosto 1967", "6 yanvarya
# 1979"); only inside a date of birth, as "marta" or "maja" are names too.
_MON_ANY = rf"(?:{v.MON}|(?:{alternation(MONTHS_ABROAD)})\.?)"
_DAY_MON_YEAR = (
    rf"\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:of\s+|de\s+)?{_MON_ANY},?\s+(?:de\s+)?"
)
DOB = re.compile(
    r"(?<!\w)(?P<cue>d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?date|birthday|born"
    # "b. 25 february '51": "b." is "born" only right before a date.
    rf"|b[.\-]?\s?day|bdate|b\.(?=\s*\d)|{DOB_CUES_ABROAD})"
    # What agents write between the cue and the date: "dob on file was wrong (23/2/61)",
    # "no dob on file, added 11/21/71", "dob updated to"; "nato il", "geboren am".
    r"(?!\w)\s*(?:[:\-\u2013=(,]\s*|(?:is|was|on|in|the|file|to|added|updated|corrected"
    r"|changed|wrong|listed|as|showing|shows|should|be|crm|system|record|our|of|le|il|am|op"
    r"|em|el|den)(?=[\s,(:])\s*)*"
    rf"(?P<d>{v.NUMERIC_DATE}|{_DAY_MON_YEAR}'?\d{{2,4}}|{v.WORD_DATE}"
    rf"|{_MON_ANY}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+'?\d{{2}}"
    rf"|{_MON_ANY}\s+\d{{4}}|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{{2}}"
    r"|(?:19|20)\d{2}|'\d{2}"
    r"|\d{1,2}\s\d{1,2}\s(?:19|20)?\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{_MON_ANY}(?:,?\s+\d{{2,4}})?)(?!\d)",
    _I,
)
CARD_FULL = re.compile(
    r"(?<![\w+])(?:\d{4}[ -]?\d{6}[ -]?\d{5}|(?:\d{4}[ -]?){3}\d{1,7}|\d{13,19})(?![\w])"
)
CARD_MASKED = re.compile(
    r"(?<![\w*•#])(?:[\d*xX•#]{4}[ -]?){2,3}[\d*xX•#]{2,4}(?![\w*•])"
    r"|[*xX•#]{2,}[ -]?\d{4}\b"
)
# "born in 67": a two-digit year after "born" (after a dob cue it may be a day).
BORN_YEAR = re.compile(r"(?<!\w)born\s+(?:in\s+)?(?P<d>'?\d{2})(?![\w/.:'])", _I)
# A full date of a year before 2010, cue or no cue ("no dob on file, added 03/19/1947"):
# in a note of a customer's win, a date that old is a date of birth.
_OLD_YEAR = r"(?:19\d\d|200\d)"
YEARISH = re.compile(_OLD_YEAR)
OLD_DATE = re.compile(
    rf"(?<![\w/.\-])(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_OLD_YEAR}|{_OLD_YEAR}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}"
    rf"|{_DAY_MON_YEAR}{_OLD_YEAR}"
    rf"|{v.MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_OLD_YEAR})(?![\w/.\-]\d|\d)",
    _I,
)
CARD_CUE = re.compile(
    r"\b(?:(?:ending|ends)(?:\s+(?:in|with))?|last\s?(?:4|four)(?:\s+digits?)?"
    r"(?:\s+(?:of|on)\s+(?:the\s+|her\s+|his\s+|their\s+)?card)?(?:\s+(?:are|is|were|was))?"
    # Not a "health card": its number is an id (the id cues read it, version code too).
    r"|card\s+digits(?:\s+(?:are|were))?|(?<!health )card(?:\s+(?:no\.?|number|#))?"
    r"|(?:visa|master\s?card|amex|maestro|discover|debit\s+card|credit\s+card)(?:\s+(?:no\.?|#))?"
    r"|cvv2?|cvc|csc|security\s+code|exp(?:iry|ires|\.)?(?:\s+date)?|expiration(?:\s+date)?)"
    r"\s*[:\-]?\s*(?:[xX*]|\.{2,}|\u2026)?(?P<d>\d{1,2}\s?/\s?\d{2,4}|\d{3,4})\b",
    _I,
)
HARMLESS = re.compile(
    # A date, but not a piece of a dotted number ("06.12.34.56.78" is a phone).
    rf"\b(?<!\d[/.\-])(?:{v.NUMERIC_DATE})\b(?![/.\-]\d)"
    # Thousands between dots ("14.773.000", "2.740.000 dram"; not the street "rue 5.596"),
    # and an amount with its currency sign after it ("35.50 €", "23,99€"): no phone's groups.
    r"|(?<![\d.,/#])(?<!rue )\d{1,3}(?:\.\d{3}){1,4}(?:,\d{1,2})?(?![.,]?\d|-\d)"
    r"|(?<![\d.,/])\d[\d.,]*\s?[€£$¥₹₫₺₽₩](?!\w)"
    # A time has an hour and minutes: "90.26.78" of "0480/90.26.78" is a phone's.
    r"|\b(?<!\d[:./])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?![:.]?\d)(?:\s?[ap]\.?m\b\.?)?"
    r"|\b\d{1,2}\s?[ap]\.?m\b\.?|\b\d{1,2}ish\b"
    # Amounts, unless they are part of a longer number: "$020 7946 0958",
    # "$4111 1111 1111 1111", "07700 900123p", "07700 900123%".
    r"|[£$€¥₹₦₵₱₩₫₺₴₪₸₼₾৳฿₽₡₲₭₮₨]\s?(?!0\d)\d[\d,]*(?:\.\d+)?(?![ \-/]?\d)(?:\s?(?:k|m|bn)\b)?"
    # Dots between thousands too ("5.696.000 rupiah", "1.250,50 EUR").
    r"|\b(?<!\d[ .\-/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d[\d,]*(?:\.\d+)?)\s?"
    r"(?:gbp|usd|eur|aud|cad|inr|pounds?|quid"
    r"|euros?|dollars?|rupees?|pence|p|zar|myr|php|aed|sar|kes|ngn|ghs|jmd|ttd|bbd|xcd|fjd"
    r"|idr|thb|vnd|krw|jpy|cny|hkd|twd|sgd|nzd|pkr|lkr|bdt|npr|try|rub|uah|kzt|gel|amd|azn"
    r"|ron|huf|czk|pln|bgn|rsd|egp|mad|dhs?|rand|ringgit|baht|dirhams?|pesos?|shillings?"
    # More currencies agents write after the amount: "12000 rs", "208 toman", "376 cfa";
    # and glued only, as they are words too: "16510nt", "86550yen", "538,500won".
    r"|(?<=\d)(?:yen|won|nt|ntd)"
    r"|rs|tk|rp|ksh|tsh|ugx|tzs|rwf|etb|birr|zmw|kwacha|mwk|naira|cedis?"
    r"|toman|tomans|rials?|riyals?|dinars?|sr|qr|qar|bhd|kwd|omr|jod|lbp|dzd|tnd|ils|nis"
    r"|shekels?|cfa|fcfa|xof|xaf|mvr|rf|rufiyaa|yuan|rmb|rupiah|lari|manat|uzs|som|sum"
    r"|z\u0142|zl|lei|kr|sek|nok|dkk|chf|brl|mxn|ars|clp|mur|mga|mzn|aoa|cve|lak|khr|mmk"
    r"|tenge|soles?|reais|colones|quetzales|lempiras|bolivianos|guarani)\b"
    # Amounts with the currency before them ("Rs 500", "Ksh 2,000"), and times "17h00".
    r"|\b(?:rs|ksh|kes|php|dhs?|aed|tk|rp|jmd|ttd|zar|myr"
    # ISO codes before the amount ("USD 145532", "IDR 1250000"); not "try", "pen", "cop",
    # "mad" or "bob", which are words too.
    r"|usd|eur|gbp|aud|cad|nzd|inr|idr|vnd|lak|khr|mmk|thb|krw|jpy|cny|hkd|twd|ntd|sgd"
    r"|pkr|lkr|bdt|npr|rub|uah|kzt|uzs|pln|czk|huf|ron|bgn|brl|mxn|ars|clp|egp|ngn|ghs"
    r"|sar|qar|omr|kwd|bhd|jod|mur|mga|xof|xaf|ugx|tzs|rwf|etb|zmw|chf|sek|nok|dkk)\.?\s?"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d[\d,]*(?:\.\d{2})?)\b"
    # Not glued, since they start codes too ("plate CFA167", "ref RF92136103").
    r"|\b(?:rf|mvr|cfa|fcfa|nrs|ngn|ghs|kd|bd)(?:\.\s?|\s)\d[\d,]*(?:\.\d{2})?\b"
    r"|\b\d{1,2}h\d{2}\b"
    # Hours in the French way, alone or as a range ("7H-17H", "13h-11h"); a day glued to
    # its month as airlines write it ("12NOV", "17aug"; with a year it may be a birth date).
    r"|\b\d{1,2}h(?:\d{2})?\s?[-\u2013]\s?\d{1,2}h(?:\d{2})?\b"
    r"|\b\d{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b"
    # Error codes: Windows' hex ("0xc00007b"), PlayStation's ("CE-108255-1", "NW-102650-3").
    r"|\b0x[0-9a-f]{4,8}\b|\b(?:ce|nw|ws|su|np|wc|wv|e1|e2)-\d{5,6}-\d\b"
    r"|\b(?<!\d[ .\-/])\d{1,3}(?:\.\d+)?\s?%"
    r"|\b(?:19|20)\d{2}\s?[-\u2013/]\s?(?:19|20)?\d{2}\b",
    _I,
)
# A house or flat number's marker right before a number: "H.No 12-3-45", "D.No 4-5-6".
UNIT_BEFORE = re.compile(r"(?<!\w)(?:[hd]\.?\s?no|house\s+no|door\s+no|flat|plot)\.?\s*$", _I)
# A promotion's code is the company's, not the customer's: "promo code SIXTY60FREE". The
# cue words are one list, which detectors also ask before running the pattern.
PROMO_CUES = ("promo", "coupon", "discount", "referral", "voucher")
PROMO_CODE = re.compile(
    rf"(?<!\w)(?:{alternation(PROMO_CUES)})(?:\s+code)?\s*[:#]?\s*"
    r"(?P<c>(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,20})(?!\w)",
    _I,
)
# Rand and ringgit glued to the amount ("R1550 p/m", "rm1,433"): see harmless.claim.
GLUED_AMOUNT = re.compile(
    r"(?<![\w/#-])(?:r|rm)(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?)"
    r"(?![\w/-]|[.,]\d)",
    _I,
)
MONEY_BEFORE = re.compile(
    r"(?:refund(?:ed)?|paid|pay|credit(?:ed)?|fee|bill|charged?|shock|back|worth|cost|owes?"
    r"|balance|top\s?up|topup|sent|of|for|waived|reversed|voucher|cashback|debit|rebate"
    r"|saves?|saved|savings|cheaper\s+by|credits|discount)\W{1,3}$",
    _I,
)
ID_CUE = re.compile(
    rf"(?<![\w/])(?:(?P<strong>{v.ID_CUES_STRONG})|(?P<weak>{v.ID_CUES_WEAK}))(?!\w)"
    rf"{v.ID_SEP}",
    _I,
)
ID_CUE_MORE = re.compile(
    rf"(?<![\w/])(?P<strong>{alternation(v.ID_CUES_MORE_PHRASES)})(?!\w){v.ID_SEP}", _I
)
ID_TOKEN = re.compile(v.ID_TOKEN + r"(?![\w@])")
ID_CAPS = re.compile(r"[A-Za-z]{5,10}\b")
# The cues a letter-only reference follows: "ref QXWTRZ", "booking ref gexauw", "PNR KJHGFD".
BOOKING_CUE = re.compile(
    r"(?:ref|reference|booking|pnr|confirmation|conf|locator|e-?ticket|ticket|trip|ride|"
    r"accounts?|acct)",
    _I,
)
# After "username", "gamertag", "login": a handle, letters alone too ("xxshamrockxx").
ID_HANDLE = re.compile(r"[A-Za-z][\w.\-]{2,31}(?<![.\-])(?![\w@])")
HANDLE_CUES = ("username", "user name", "gamertag", "gamer tag", "handle", "login", "user",
               "pseudo", "identifiant", "gebruikersnaam", "benutzername", "nome utente", "ign",
               "discord", "psn", "battletag")
# Cues of a handle only: "user 2 of 3" holds no id.
HANDLE_ONLY = ("user", "pseudo", "ign", "login for", "discord", "psn", "battletag")
# Letters that begin an id after its cue: "policy HM 9515 5504", "case SR 1-1330490".
ID_PREFIX = re.compile(r"[A-Za-z]{1,4} (?=\d)")
# A weak cue made sure: "medicare id", "policy no.", "claim number", "licence #".
ID_SAID = re.compile(r"\b(?:id|no|num|number)\b|#", _I)
# A UK sort code and account number: bank details, never a date ("05-03-69 59410111").
SORT_ACCOUNT = re.compile(r"(?<![\w-])\d{2}-\d{2}-\d{2} \d{8}(?!\w)")
ID_MORE = re.compile(r"\s*(?:,|and|&|/|or)\s*#?\s*", _I)
# More groups of an id read out in groups: "acct 187 709 872", "# 1167 9965 40".
# The groups after an id's first ("187 709 872"), a check letter or digit at the end too
# ("crn 781 318 486X", "HKID V529095(1)").
ID_GROUPS = re.compile(r"(?: \d{3,6})*(?: \d{1,6})?(?:[A-Za-z]|\(\w\))?(?![\w/.,:]\d|\w)")
A_DATE = re.compile(v.NUMERIC_DATE)
# A social security number masked but for its last four: "xxx-xx-5853".
SSN_MASKED = re.compile(r"(?<![\w*#])[xX*#]{3}-[xX*#]{2}-\d{4}(?!\w)")
STREET_TYPE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(v.STREET_SUFFIX_STRONG | v.STREET_SUFFIX_WEAK))})\.?,?\s*$", _I
)
# "#1" and "#12" rank ("retention win #1"); an id has three characters or more.
# A UK National Insurance number, spaced or not ("QQ 12 34 56 C", "rx 78 97 13 d").
NI_NUMBER = re.compile(
    r"(?<![\w-])[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w-])", _I
)
# A Hong Kong or Macau identity card with its check digit: "A758968(1)", "1514515(9)".
CHECKED_ID = re.compile(r"(?<![\w(])[A-Z]{0,2}\d{6,7}\s?\([0-9A]\)(?!\w)", _I)
# A Discord tag ("TinyViper#3171", no masked card "r#3171") and a Google Play order
# ("GPA.6544-2146-2907-93236", no card): claimed before the cards.
DISCORD_TAG = re.compile(r"(?<![\w#@.])[A-Za-z][\w.]{1,31}#\d{4}(?!\w)")
PLAY_ORDER = re.compile(r"(?<![\w.])GPA?\.\d{4}-\d{4}-\d{4}-\d{5}(?!\w)")
# The last four digits of a US social security number: "L4S: 5598", "last 4 of soc 2779".
SSN_LAST4 = re.compile(
    r"(?<!\w)(?:l4s|l4\s?ssn|last\s?(?:4|four)\s+(?:digits\s+)?(?:of\s+)?(?:the\s+|her\s+|his\s+)?"
    r"(?:ssn|soc|social)(?:\s+security)?(?:\s+(?:no|number))?|ssn\s+last\s?(?:4|four))"
    r"\s*(?:is\s+)?[:#\-]?\s*(?P<d>\d{4})(?!\w)",
    _I,
)
SSN_WORDS = "l4|last|ssn"  # the pattern runs only where one of these is
# Cues whose ids read as dates: a sort code or a BSB ("32-30-79") is taken even so.
DATE_SHAPED_ID_CUES = ("sort", "bsb")
# A handle in a gamer's style, no cue needed: "WolfKing75", "DarkDragon098".
CAMEL_HANDLE = re.compile(r"[A-Z][a-z]{2,}[A-Z][a-z]{2,}\d{2,4}")
LOWER_HANDLE = re.compile(r"[a-z]{6,}\d{2,4}")  # "bunnyking32", not "gosurf50" (see _codes)
# A Maltese postcode ("VLT 1117", "qrm 6339"): three letters, four digits.
POSTCODE_MT = re.compile(r"(?<![\w-])(?P<l>[A-Z]{3})\s?\d{4}(?![\w-])", _I)
HASH_ID = re.compile(r"(?<!\w)#\s?(?P<v>(?=[\w-]*\d)[A-Za-z0-9][\w-]{2,})")
ADDRESS_HEAD = re.compile(
    rf"(?<![\w/])(?:(?P<unit>{v.UNIT}\s*\d+[a-z]?)(?:\s*,?\s*|\s*/\s*)"
    r"(?P<num1>\d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,4}[a-z]?)?)?"
    r"|(?P<num2>\d{1,5}[a-z]?(?:\s?[/-]\s?\d{1,4}[a-z]?)?)),?\s+",
    _I,
)
# A word of a street's name; numbered streets too ("46th ave", "122 st"): addresses.py
# takes a plain number only before a strong street type ("27th pl", not "12 2 way").
STREET_WORD = re.compile(r"(?:\d{1,4}(?:st|nd|rd|th)|\d{2,4})(?=\s)|[^\W\d_][\w'\u2019\-]*\.?", _I)
# After the street type: a compass point ("Crowchild Trail W", "122 ave sw"), then units.
# A highway's or route's number after its type: "Old Hwy 51", "Navajo Route 12".
ROUTE_TYPE = re.compile(r"(?:hwy|highway|route|rte)\.?$", _I)
ROUTE_NUMBER = re.compile(r"[ \t]+\d{1,4}[A-Za-z]?(?![\w/.:,-]\d|[\w/:-])")
STREET_DIRECTION = re.compile(r"\s+(?:n|s|e|w|ne|nw|se|sw)\b(?![.'\u2019]\w)", _I)
UNIT_TAIL = re.compile(rf"(?:,?\s*{v.UNIT}\s*(?:\d+[a-z]?|[a-z](?![\w']))(?![\w/]))+", _I)
# The Philippines' subdivisions: "Blk 4 Lot 12 Phase 2", "block 7, lot 3".
BLOCK_LOT = re.compile(
    r"(?<!\w)(?:(?:blk|block)\.?\s*\d+[a-z]?\s*,?\s*(?:lot|l)\.?\s*\d+[a-z]?"
    r"|lot\.?\s*\d+[a-z]?\s*,?\s*(?:blk|block)\.?\s*\d+[a-z]?)"
    r"(?:\s*,?\s*(?:phase|ph)\.?\s*\d+[a-z]?)?(?!\w)",
    _I,
)
# After a flat's unit and number: a named building ("Apt 4, The Maltings") or a numbered
# street ("Villa 23, Street 14").
UNIT_NAMED = re.compile(
    r"(?:(?i:the)\s+[A-Z][\w'\u2019\-]+(?:\s+[A-Z][\w'\u2019\-]+)?"
    r"|(?i:street|st|road|rd|building|bldg|block|tower)\.?\s*\d{1,3}\b"
    # ... or a named building: "Flat 2, Seaview House", "apt 1203, marina heights tower".
    r"|(?:[^\W\d_][\w'\u2019\-]*\s+){1,3}(?i:house|court|tower|towers|heights|building|block"
    r"|mansions|apartments|residences|residence|lodge|villas|gardens|estate|complex|plaza"
    r"|centre|center|flats|hall|close)\b)"
)
# A named street after an address cue, with no house number ("addr: Rose Cottage, Mill
# Lane"): capitalised words, then a strong street type.
CUED_STREET = re.compile(
    r"(?<!\w)(?:address(?:\s+is)?|addr|adress|lives\s+(?:at|on)|living\s+(?:at|on)|moved\s+to"
    r"|moving\s+to)\s*[:\-]?\s*"
    r"(?P<a>(?:[A-Z][\w'\u2019\-]+\s+){0,2}[A-Z][\w'\u2019\-]+\s*,\s*)?"
    r"(?P<s>(?:[A-Z][\w'\u2019\-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr"
    r"|Close|Crescent|Terrace|Way|Court|Grove|Gardens|Place|Row|Hill|Park|Walk|Square))\b\.?",
)
# Post office boxes in the languages of the markets served: "PO Box 12", French "B.P.
# 8909" (with the zone before it in Abidjan: "08 BP 1533"), "Postfach", "Caixa Postal",
# "Private Bag"; not a blood pressure ("bp 140/90") nor the brand ("BP Connect").
PO_BOX = re.compile(
    r"(?<![\w.])(?:(?:p\.?[ \t]?o\.?[ \t]?box|pob|gpo[ \t]+box|bo[iî]te[ \t]+postale|postfach"
    r"|apartado(?:[ \t]+postal)?|caixa[ \t]+postal|casilla|private[ \t]+bag|p\.?[ \t]?o\.?[ \t]?bag"
    r"|locked[ \t]+bag)[ \t]*[:#]?[ \t]*(?:[A-Z]{1,2}-)?\d{1,6}"
    r"|(?:\d{2}[ \t]+)?(?:b\.[ \t]?p\.?|bp)[ \t]*[:#]?[ \t]*(?:[A-Z][ \t])?\d{3,6})"
    r"(?![\w/]|[.,]\d)",
    _I,
)
ROMANCE_TYPE = re.compile(rf"(?<!\w)(?P<type>{v.ROMANCE_TYPES})(?!\w)", _I)


def _literals(alternation: str) -> frozenset[str]:
    """The words an alternation of street types matches ("all[ée]e" -> allee, allée)."""
    out: set[str] = set()
    for alt in alternation.split("|"):
        alt = alt.replace("\\.?", "").replace("\\.", "").replace("/", "")
        forms = [""]
        for part in re.split(r"(\[[^\]]+\])", alt):
            choices = list(part[1:-1]) if part.startswith("[") else [part]
            forms = [f + c for f in forms for c in choices]
        out.update(f for f in forms if f)
    return frozenset(out)


# The words of ROMANCE_TYPE, so that notes with none of them skip the long pattern.
ROMANCE_WORDS = _literals(v.ROMANCE_TYPES)
WORD = re.compile(r"[^\W\d_]+")
# Any word followed by a house number; the street type is checked in Python
# (an alternation of suffixes after a lazy word backtracks on every word).
GERMANIC = re.compile(
    r"(?<!\w)(?P<street>[^\W\d_][\w'\u2019.\-]*)\s?"
    r"(?P<num>\d{1,4}[a-z]?(?:\s?[-/]\s?\d{1,4}[a-z]?)?)(?![\w])",
    _I,
)
# Street types written after the street's name as a word of their own.
TYPE_AFTER_NAME = frozenset(("utca", "iela", "sokak", "caddesi", "gatan", "tie", "katu"))
STAIR_FLAT = re.compile(r"\s[A-H]\s?\d{1,3}(?![\w.,/-]\d|\w)")
NUM_BEFORE = re.compile(r"(?<![\w/])\d{1,4}[a-z]?(?:\s?(?:bis|ter))?,?\s+$", _I)
WORD_AFTER = re.compile(r"[^\W\d_][\w'\u2019.\-]*|,", 0)
NUM_AFTER = re.compile(
    r",?\s*(?:(?:nr|no|n[º°])\.?\s?)?(\d{1,4}[a-z]?(?:\s?/\s?\d{1,4})?|s/n)(?![\w])", _I
)
POSTCODE_STRONG = re.compile(
    r"\b(?P<uk>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s?\d[A-Z]{2})\b"
    r"|\b(?P<ca>[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d)\b"
    r"|\b(?P<ie>(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})\b",
    _I,
)
POSTCODE_NL = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
POSTCODE_WEAK = re.compile(
    r"(?<![\w.,:/-])(?:[1-9]\d{3}\s?[a-z]{2}|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{2}-\d{3}"
    r"|\d{3}\s\d{3}|\d{3}\s\d{2}|\d{3}-\d{4}|\d{4,6})(?![\w-]|[.,]\d)",
    _I,
)
POSTCODE_CUE = re.compile(rf"\b{v.POSTCODE_CUE}\s*(?:[:\-]\s*|is\s+)?$", _I)
AFTER_ADDRESS = re.compile(r"^[\s,]*(?:[^\W\d_][\w'\u2019.\-]*[\s,]+){0,3}$")
STATE_BEFORE = re.compile(r"(?:^|[\s,])(?P<st>[A-Za-z]{2,3})[\s,]+$")
CITY_AFTER = re.compile(r"^\s+[A-ZÀ-Þ][\w'\u2019\-]+")
PLACE_BEFORE = re.compile(r"([^\W\d_][\w'\u2019\-]*),?\s+$")
PLACE_AFTER = re.compile(r"^,?\s+([^\W\d_][\w'\u2019\-]*)")
PHONE = re.compile(
    r"(?<![\w+/.#-])(?:(?:\+|00)\s?\d{1,3}(?:\s?\(0\))?[ .\-]?|\(\+\d{1,3}\)\s?)?"
    r"(?:\(\d{1,5}\)[ .\-]?)?\d{1,12}(?:(?:[ .\-/]|\ -\ )\(?\d{1,8}\)?){0,7}"
    r"(?:\s?(?:x|ext\.?|extn\.?|extension)\s?\d{1,6})?(?![\w/]|[.\-]\d)",
    _I,
)
CODE = re.compile(
    r"(?<![\w#@/.-])(?=[A-Za-z0-9\-/_]*[A-Za-z])(?=(?:[A-Za-z\-/_]*\d){2})"
    r"[A-Za-z0-9](?:[A-Za-z0-9\-/_]*[A-Za-z0-9])?(?![\w@]|[.\-/]\w)"
)
# A handle joined by underscores, digits or none ("valcin_eve", "dark_wolf_77").
UNDERSCORED = re.compile(r"(?<![\w#@/.\-])_*[^\W_]+(?:_+[^\W_]+)+_*(?![\w@]|[.\-/]\w)")
UNIT_SUFFIX = re.compile(v.UNIT_SUFFIX, _I)
# Is there a digit at all? (A regex search is many times faster than any(str.isdigit).)
ANY_DIGIT = re.compile(r"\d")
KB_ARTICLE = re.compile(r"kba?-?\d{3,6}", _I)
PER_PERIOD = re.compile(r"\d+(?:[.,]\d+)?/(?:month|mo|mth|year|yr|week|wk|day|night|hr|hour)", _I)
WORD_DIGITS = re.compile(r"^([a-z]+)[-_]?(\d{1,3})$", _I)
LONG_DIGITS = re.compile(r"(?<![\w#+/.,:-])\d{6,}(?![\w])")
# A run of digits with short separators between them: one or two spaces, a dot
# or dash with a space either side, a slash, parentheses ("+44 (0) 7700 900123",
# "07700  900123", "0 7 7 0 0 9 0 0 1 2 3"); not " / " ("page 12 / 13 / 14").
DIGIT_RUN = re.compile(r"[+(]?\d(?:\ ?\)?(?:\ \ ?|\ ?[.\-]\ ?|/)?\(?\d)*\)?")
TOKEN = re.compile(v.TOKEN)
