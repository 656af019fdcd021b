"""Pass 1, before the id cues: addresses in fixed national forms that have no street type
where the street detectors (addresses.py) look for one, or numbers inside them.

Singapore's HDB flats ("blk 686 woodlands dr 14 #17-414"), Taiwan's floor, number, lane
and section ("8F., No. 89, Ln. 269, Sec. 3, Guangfu S. Rd."), Hong Kong's flat and floor
("Flat F, 26/F, Block 12, Taikoo Shing"), Japan's district and chome ("Tenjin 3-26-20",
"Nishi-Shinjuku 2-chome 4-3"), Korea's road names and dong-ho ("Olympic-ro 239, Jugong Apt
107-dong 1704-ho"), Vietnam's số and ngõ, Thailand's moo and soi, the street, house and
flat of the former USSR ("ul. Profsoyuznaya, d. 52, kv. 57"), and US rural routes and
trailer parks ("HC 68 Box 1413", "Lot 79 Pine Ridge Mobile Home Park").
"""

from __future__ import annotations

import re

from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.vocab import STOP

_W = r"[^\W\d_][\w'\u2019]*"  # a word
_TO_END = r"(?=[ \t]*(?:[,;|)]|[ \t]-[ \t]|$))"  # up to the part's comma or the note's end
# A function word that starts the note's next clause: "Lucky Building for CHENG".
_BEFORE_CLAUSE = r"(?=[ \t]+(?:for|after|to|in|at|on|by|with|and|n|pls|done|is|was)\b)"
_NO_CUE = r"(?!(?:addr|address|new|to|at|in|the|and|moved|lives|is)[ \t])"  # no address cue
_FORMS = (
    # Singapore: a block and a street, an optional number, the unit "#09-662".
    (
        ("#",),
        rf"(?:(?:blk|block)[ \t]?)?\d{{1,4}}[A-Z]?[ \t]+(?:{_W}[ \t]+){{1,4}}(?:\d{{1,2}}[ \t]+)?"
        r"#\d{1,3}-\d{1,5}[A-Z]?",
    ),
    # Taiwan: floor, number, alley, lane, section, then the road.
    (
        ("no.",),
        r"(?:\d{1,2}F\.?,?[ \t]*|(?:House|Plot|Flat|Door)[ \t]+)?"
        r"No\.[ \t]?\d{1,4}(?:-\d{1,3})?,[ \t]*"
        r"(?:(?:Aly|Ln|Lane|Alley|Sec|Section)\.?[ \t]?\d{1,4},[ \t]*)*"
        rf"(?:{_W}[ \t]+){{1,3}}(?:[NSEW]\.[ \t]+)?(?:Rd|St|Blvd|Road|Street|Ave)\.?",
    ),
    # Hong Kong: flat, floor, block, then the estate up to the comma.
    (
        ("/f",),
        r"(?:Flat|Rm|Room|Unit)[ \t]?[A-Z0-9]{1,4},[ \t]*\d{1,2}/F,?(?:[ \t]*(?:Block|Blk|Tower)"
        rf"[ \t]?\w{{1,3}},?)?(?:[ \t]*(?:{_W}[ \t]+){{0,3}}?{_W}(?:{_TO_END}|{_BEFORE_CLAUSE}))?",
    ),
    # Mainland China: room, building, number and road; or road, number "hao", building.
    (
        ("room", "rm"),
        r"(?:Room|Rm)[ \t]?\d{2,5},[ \t]*(?:Building|Bldg|Block|Tower)[ \t]?\d{1,3},[ \t]*"
        rf"No\.[ \t]?\d{{1,4}}[ \t]+(?:{_W}[ \t]+){{1,2}}(?:Road|Rd|Street|St|Lu)\.?",
    ),
    (
        ("hao",),
        rf"{_W}[ \t]+(?:Road|Lu|Jie)[ \t]+\d{{1,4}}[ \t]?hao(?:,?[ \t]*\d{{1,3}}[ \t]?dong)?"
        r"(?:[ \t]*\d{1,2}[ \t]?danyuan)?(?:[ \t]*\d{2,5})?",
    ),
    # Japan: the chome written out, the district before it ("Umeda 1-chome 3-5"); the
    # number first, with no district before it, is address_parts._CHOME's (it runs after
    # the phones: "ph 8 65 50-41-10" is no address).
    (
        ("chome",),
        r"(?:(?!(?:address|addr|to|at|in|new|and|the|of|jusho)[ \t])"
        r"[A-Za-z]+(?:-[A-Za-z]+)?[ \t]+)?"
        r"\d{1,2}-chome[ \t,]+\d{1,3}(?:-\d{1,3}){0,2}"
        rf"(?:[ \t]+(?:{_W}[ \t]+){{1,2}}\d{{3,4}}(?![\w-]))?",
    ),
    # Korea: a road ("-ro", "-gil", "-daero") and its number, a flat's dong and ho.
    (
        ("-ro", "-gil", "-daero"),
        r"(?:\d{1,4}[ \t]+[A-Za-z]+-(?:ro|gil|daero)(?![\w-])"
        r"|(?-i:[A-Z][a-z]+[ \t]+){0,2}[A-Za-z]+-(?:ro|gil|daero)[ \t]+\d{1,4}(?:-\d{1,3})?"
        r"(?![\w-]))"
        rf"(?:,[ \t]*(?:{_W}[ \t]+){{0,2}}\d{{1,4}}-dong[ \t]+\d{{1,4}}-ho)?",
    ),
    (("-dong",), rf"(?:{_W}[ \t]+){{0,2}}\d{{1,4}}-dong[ \t]+\d{{1,4}}-ho"),
    # The Caribbean and South Asia: the road, then the house ("soldier road, house 58").
    (
        ("house",),
        rf"(?:{_NO_CUE}{_W}[ \t]+){{1,3}}(?:road|rd|street|st|lane|avenue|drive)\.?,?[ \t]+house"
        r"[ \t]+(?:no\.?[ \t]*)?\d{1,4}[A-Za-z]?",
    ),
    # Malaysia: a unit "block-floor-flat", the building, then the jalan (road).
    (
        ("jalan", "jln", "lorong", "lrg", "persiaran", "lebuh"),
        rf"[A-Z]{{1,2}}-\d{{1,3}}-\d{{1,3}},[ \t]*(?:{_W}[ \t]+){{0,3}}{_W},[ \t]*"
        rf"(?:Jalan|Jln|Lorong|Lrg|Persiaran|Lebuh)[ \t]+(?:[\w/]+[ \t]+){{0,3}}[\w/]+{_TO_END}",
    ),
    # Vietnam: số (number), ngõ / ngách / hẻm (lane), the street up to the comma.
    (
        ("ng", "hẻm", "hem", "kiệt", "đường", "phố"),
        r"(?:số|so)[ \t]\d{1,4}[A-Za-z]?(?:/\d{1,4})*[ \t]+(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt"
        rf"|đường|phố)[ \t]+(?:\d{{1,4}}(?:/\d{{1,4}})*[ \t]+)?{_W}(?:[ \t]+{_W}){{0,2}}{_TO_END}",
    ),
    # Thailand: house number, moo (village), soi (lane).
    (
        ("moo",),
        r"\d{1,4}(?:/\d{1,4})?[ \t]+Moo[ \t]?\d{1,2}"
        rf"(?:,[ \t]*(?:Soi|Thanon|Th\.)[ \t]+{_W}(?:[ \t]+{_W}){{0,2}}(?:[ \t]+\d{{1,3}})?)?",
    ),
    # Russia, Ukraine, Belarus: street, house (d.), building, flat (kv.).
    (
        ("kv",),
        r"(?:(?:ul|vul|prosp|pr-t|per|bul)\.|ulitsa|vulytsia)[ \t]+[^\W\d_][\w'\-]+,?[ \t]+"
        r"(?:d\.[ \t]?)?\d{1,4}[A-Za-z]?(?:,?[ \t]+(?:kv|k|korp|str)\.?[ \t]?\d{1,4})+",
    ),
    # The rural US: highway contract and rural routes, trailer parks.
    (
        ("box",),
        r"(?:HC|RR|R\.R\.|Rural[ \t]+Route|Star[ \t]+Route|PSC|CMR)[ \t]?\d{1,4}[ \t,]+"
        r"Box[ \t]?\d{1,6}",
    ),
    (
        ("park", "mhp", "estates"),
        rf"Lot[ \t]+\d{{1,4}}[ \t]+(?:{_W}[ \t]+){{1,3}}(?:Mobile[ \t]+Home[ \t]+Park|MHP"
        r"|Trailer[ \t]+Park|RV[ \t]+Park|Estates)",
    ),
)
# Each form with the words one of which it needs: most notes hold none, and the patterns
# are long.
_COMPILED = tuple(
    (needs, re.compile(rf"(?<![\w#/.\-])(?:{form})(?![\w#])", re.IGNORECASE))
    for needs, form in _FORMS
)
# A district before chome, block and house: "Tenjin 3-26-20", "Ebisu 2-13-16"; not a word
# ("since 3-26-20", "on 2-13-16": a date).
_DISTRICT_CHOME = re.compile(
    r"(?<![\w/.\-])(?P<w>[A-Za-z]+(?:-[A-Za-z]+)?)[ \t]+\d{1,2}-\d{1,2}-\d{1,3}(?![\w/.\-]|-\d)"
    rf"(?:[ \t]+(?:{_W}[ \t]+){{1,2}}\d{{3,4}}(?![\w-]))?"
)


def claim(claims: Claims, lex: Lexicon) -> None:
    """Claim the addresses in these forms; over dates and times read in their numbers."""
    low = claims.text.lower()
    forms = [form for needs, form in _COMPILED if any(word in low for word in needs)]
    chome = "-" in low
    if not (forms or chome):
        return
    text = claims.masked(but_safe=True)  # "Tenjin 3-26-20" is no date
    for form in forms:
        for m in form.finditer(text):
            claims.add(m.start(), m.end(), "address", over_safe=True)
    if chome:
        for m in _DISTRICT_CHOME.finditer(text):
            word = fold(m.group("w").lower())
            if word in STOP or lex.is_word(word.split("-")[-1]):
                continue
            claims.add(m.start(), m.end(), "address", over_safe=True)
