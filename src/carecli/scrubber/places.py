"""Pass 2, between classes and names: the words that name a place are kept.

"Customer from Gdansk" says where, not who. Cities, countries and US states come from
GeoNames (data/places.txt, data/towns.txt); a place that is also in the name lists
("Adelaide", "Ali"), a smaller town, or a capitalised word in no list needs a place's
context: "in/near/at <place>", "<place> depot", "customer from <place>", "moved to
<place>", or another place beside it ("Adelaide and Kampala stores").
"""

from __future__ import annotations

import re

from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok, next_tok, possessive, prev_tok
from carecli.scrubber.vocab import FOLLOW_VERBS, NOUN_CUES, TITLES, words
from carecli.scrubber.where_words import (
    AT_PERSON,
    FROM_PERSON,
    IN_PERSON,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_VERBS,
    TRAVEL_VERBS,
)

# Classes a place name may replace: a place is kept even when it looks like a name.
_PLACEABLE = frozenset(("name", "ambig_a", "ambig_b", "unknown", "compound", "keep_name", "rare"))
# A word in no list, or two run together ("Castlebar"): a place only in a place's context.
_IN_NO_LIST = frozenset(("unknown", "compound"))
# Between an address (or its postcode) and the town after it: a comma, maybe a postcode.
_TOWN_GAP = re.compile(r"[ \t]*,[ \t]*(?:\x1f+[ \t]*,?[ \t]*)?")
_SPACE_GAP = re.compile(r"[ \t]+")
# Things that come from a place: "booking from Castlebar", "parcel from Garowe".
_FROM_THINGS = words("booking bookings order orders parcel parcels delivery shipment")
# Words that join places in a list or a trip ("Bergen and Chiang Mai", "Ballarat to Penrith").
_AND = frozenset(("and", "or", "to"))


def mark_places(toks: list[Tok], lex: Lexicon, text: str) -> None:
    """Mark the words of every place as keep words.

    Two rounds: places that need no context first, so that a place that does can lean
    on one beside it ("Wellington and Antwerp stores").
    """
    found = [_listed(toks, i, lex) if toks[i].cls not in ("keep", "hardkeep") else (0, False)
             for i in range(len(toks))]  # fmt: skip
    placed: set[int] = set()
    waiting: list[tuple[int, int]] = []
    for i, (span, minor) in enumerate(found):
        tok = toks[i]
        # Not a surname in capitals ("look at COUCEIRO, Ledicia"); airport codes may be.
        unknown = tok.cls in _IN_NO_LIST and tok.cap and (not tok.allcaps or len(tok.base) <= 3)
        if not span and unknown and not possessive(tok):
            span = int(_unknown_context(toks, i))
            minor = False  # its context is already checked
        elif not span and tok.cls in _IN_NO_LIST and not tok.cap and _lower_place(toks, i):
            span = 1  # "cx rang from clifden", "cust in stornoway": lower case, stricter
            minor = False
        elif not span and _in_capital(toks, i):
            span = 1  # "a caller in Sunshine", "a home in Harris Park"
        elif not span and _prefixed_place(toks, i):
            placed.update((i, i + 1))  # "in St Elizabeth", "from Port Antonio"
            continue
        if not span:
            continue
        window = toks[i : i + span]
        if minor or _name_like(window, lex):
            waiting.append((i, span))
        else:
            placed.update(range(i, i + span))
    for i, span in waiting:
        if _place_context(toks, i, span) or _beside_place(toks, i, span, placed):
            placed.update(range(i, i + span))
    if _TRAVEL.search(text):
        placed.update(_route_ends(toks, text, lex))
    placed.update(_after_landmark(toks, lex))
    for i in _run_on(toks, placed):
        toks[i].cls = "keep"


# Squares, stations, hospitals, schools, markets named after a person or a place, in the
# Romance order: "Plaza San Martín", "aeropuerto Jose Marti", "Place Lumumba", "Gare du Nord".
# Not streets and estates ("rue", "cité"): with a number they are addresses.
_LANDMARKS = words("""plaza praça praca piazza place aeropuerto aeroporto aéroport
aeroport estación estacion estação estacao gare stazione bahnhof hospital hôpital hopital
ospedale clínica clinica clinique colegio colégio lycée lycee collège college universidad
universidade université universite università parque parc parco mercado marché marche
mercato centro shopping iglesia igreja église eglise chiesa puerto porto puente ponte
estadio estádio stade stadio museo museu musée""")
_LANDMARK_JOINS = frozenset(("de", "del", "la", "las", "los", "do", "da", "dos", "das", "di",
                             "du", "des", "le", "les", "el"))  # fmt: skip


def _after_landmark(toks: list[Tok], lex: Lexicon) -> list[int]:
    """The capitalised words naming a landmark after its noun (see _LANDMARKS); an English
    noun ("place", "hospital") only when capitalised itself ("place Maria on hold")."""
    out: list[int] = []
    for i in range(1, len(toks)):
        noun, tok = toks[i - 1], toks[i]
        if noun.base not in _LANDMARKS or not tok.cap or tok.gap_before != "space":
            continue
        if not noun.cap and lex.is_english(noun.base):
            continue
        run = [i - 1, i] if noun.cap else [i]  # "Plaza" itself is no one's name either
        j = i + 1
        while j < len(toks) and len(run) < 5 and toks[j].gap_before == "space":
            joins = toks[j].base in _LANDMARK_JOINS and j + 1 < len(toks) and toks[j + 1].cap
            if not (toks[j].cap or joins):  # "Gare du Nord", "Plaza de Mayo"
                break
            run.append(j)
            j += 1
        out.extend(run)
    return out


# A trip in the note: "fare dispute Trincomalee to Kandy", "one-way Lisboa to Cluj".
_TRAVEL = re.compile(
    r"(?<!\w)(?:fares?|flights?|flt|one-?way|route|ride|trip|cab|taxi|bus|train|ferry"
    r"|re-?book(?:ed)?|delayed|cancell?ed|surcharge|parcel|shipment|pax|journey"
    r"|travel(?:l?ing|l?ed)?|flying|flew|boarding)(?!\w)",
    re.IGNORECASE,
)
# Between the two ends of a trip: "to", an arrow; "between X and Y" (a dash is too
# often a separator: "OTHMAN, Mastura - Felix video consult").
_ROUTE_GAP = re.compile(r"[ \t]*(?:->|→|>)[ \t]*")
_ROUTE_END = frozenset(("unknown", "compound", "rare", "keep_name", "name", "ambig_b", "keep"))


def _route_ends(toks: list[Tok], text: str, lex: Lexicon) -> set[int]:
    """The two ends of a trip, capitalised words in no list or places: "Trincomalee to
    Kandy", "Ulsan -> Incheon", "between Crete and Cluj"; not "from Anna to Ben"."""
    out: set[int] = set()
    for i in range(len(toks) - 1):
        a = toks[i]
        j = i + 1
        joiner = toks[j].base if toks[j].base in ("to", "and") else ""
        if joiner:
            j += 1
        if j >= len(toks):
            break
        b = toks[j]
        if not (a.cap and b.cap) or a.cls not in _ROUTE_END or b.cls not in _ROUTE_END:
            continue
        if a.allcaps != b.allcaps or possessive(a) or possessive(b):
            continue
        prev = prev_tok(toks, i)
        if joiner == "and" and (prev is None or prev.base != "between"):
            continue
        if not joiner and not _ROUTE_GAP.fullmatch(text[a.end : b.start]):
            continue
        if prev is not None and (prev.base == "from" or (prev.cap and prev.cls != "keep")):
            continue  # "from X to Y" is read by the place rules; "Guljemal Atamuradova to"
        if prev is not None and (prev.base in NOUN_CUES or prev.base in TITLES):
            continue  # "pax Aoife to Dublin", "Mr Tane to Rotorua": a person and a place
        if a.fold in lex.first and a.fold not in lex.places and a.fold not in lex.towns:
            continue  # "Aoife to Dublin": a given name first
        known = any(t.fold in lex.places or t.fold in lex.towns for t in (a, b))
        nxt = next_tok(toks, j)
        trip = (prev is not None and _TRAVEL.fullmatch(prev.base) is not None) or (
            nxt is not None and _TRAVEL.fullmatch(nxt.base) is not None
        )
        if known or trip or _after_claim(toks, text, i):
            out.update((i, j))
    return out


def _after_claim(toks: list[Tok], text: str, i: int) -> bool:
    """Right after a claimed span, a flight number: "rebooked QG-150 to Solo"."""
    start = toks[i - 1].end if i else 0
    return "\x1f" in text[start : toks[i].start]


def _run_on(toks: list[Tok], placed: set[int]) -> set[int]:
    """A place goes on over capitalised words in no list: "Wagga Wagga", "Johor Bahru"."""
    out = set(placed)
    for i in sorted(placed):
        j = i + 1
        while j < len(toks) and j - i <= 2 and toks[j].gap_before == "space":
            if not (toks[j].cap and toks[j].cls in ("unknown", "compound", "rare")):
                break
            out.add(j)
            j += 1
    return out


# A place's first word: "St Elizabeth", "Port Antonio", "San Fernando", "Al Nahda".
_PLACE_PREFIXES = words("""st saint ste sainte port mount mt fort ft san santa santo sao são ras
al el""")


def _prefixed_place(toks: list[Tok], i: int) -> bool:
    """ "in St Elizabeth", "from Port Antonio", "to San Fernando": a place's first word
    and a capitalised word, where a place stands."""
    tok, nxt, prev = toks[i], next_tok(toks, i), prev_tok(toks, i)
    if tok.base not in _PLACE_PREFIXES or not tok.cap or nxt is None or not nxt.cap:
        return False
    if nxt.cls in ("stop", "hardkeep") or prev is None or tok.gap_before != "space":
        return False
    if tok.base in ("al", "el"):
        return prev.base in PLACE_PREPS  # "in Al Nahda"; not "thanks to Al Hassan"
    return prev.base in PLACE_PREPS or prev.base in ("from", "to")


def _in_capital(toks: list[Tok], i: int) -> bool:
    """A capitalised word in mid-sentence right after "in" or "near", no possessive."""
    tok = toks[i]
    if tok.cls not in ("name", "ambig_a", "ambig_b", "rare", "compound") or not tok.cap:
        return False
    if tok.allcaps or tok.sent_start or possessive(tok) or tok.gap_before != "space":
        return False
    prev = prev_tok(toks, i)
    if prev is None or prev.base not in ("in", "near"):
        return False
    before = prev_tok(toks, i - 1)
    return before is None or before.base not in IN_PERSON


def _listed(toks: list[Tok], i: int, lex: Lexicon) -> tuple[int, bool]:
    """(words, is a town) of the listed place starting at toks[i], or (0, False)."""
    tok = toks[i]
    if i + 1 < len(toks):
        for phrase, small in lex.place_phrases.get((tok.fold, toks[i + 1].fold), ()):
            window = toks[i : i + len(phrase)]
            if (
                len(window) == len(phrase)
                and all(t.fold == w for t, w in zip(window, phrase, strict=True))
                and all(t.gap_before == "space" for t in window[1:])
            ):
                return len(phrase), small
    if tok.cls not in _PLACEABLE:
        return 0, False
    if tok.fold in lex.places:
        return 1, False
    if tok.fold in lex.towns:
        return 1, True
    return 0, False


def _name_like(window: list[Tok], lex: Lexicon) -> bool:
    """Could these words be a person's name? "Adelaide" could; "São Paulo", "Da Nang"
    could not: a place of several words is a name only if every word is one."""
    if len(window) == 1:
        return lex.is_name(window[0].fold)
    return all(lex.is_name(t.fold) for t in window)


def _place_context(toks: list[Tok], i: int, span: int) -> bool:
    after = next_tok(toks, i + span - 1)
    if after is not None and after.base in PLACE_NOUNS:
        return True
    prev = prev_tok(toks, i)
    if prev is None:
        return False
    if prev.base in PLACE_PREPS or _all_over(toks, i):
        return True
    before = prev_tok(toks, i - 1) if prev.base in ("from", "to") else None
    if prev.base == "from":
        # "Kamau from Nitra", "rang from Cebu"; not "an email from Ali".
        return before is None or before.base not in FROM_PERSON
    return before is not None and (before.base in NOUN_CUES or before.base in PLACE_VERBS)


def _all_over(toks: list[Tok], i: int) -> bool:
    """ "orders late all over Giza": a place."""
    prev = prev_tok(toks, i)
    before = prev_tok(toks, i - 1) if prev is not None else None
    return prev is not None and prev.base == "over" and before is not None and before.base == "all"


def _unknown_context(toks: list[Tok], i: int) -> bool:
    """A capitalised word in no list, where only a place stands: "the Tartu warehouse",
    "rerouted via Cebu", "customer from Hilo", "flying to Kona". Stricter than for a
    listed place: "kudos from Njeri" and "handed back to Njeri" name people."""
    after = next_tok(toks, i)
    if after is not None and after.base in PLACE_NOUNS:
        return True
    prev = prev_tok(toks, i)
    if prev is None or toks[i].gap_before != "space":
        return False
    if prev.base in PLACE_PREPS or _all_over(toks, i):
        before = prev_tok(toks, i - 1)
        person = IN_PERSON if prev.base == "in" else AT_PERSON if prev.base == "at" else ()
        return before is None or before.base not in person
    before = prev_tok(toks, i - 1)
    if before is None:
        return False
    if prev.base == "from":
        # "customer from Hilo", "booking from Castlebar", and a person from a place:
        # "Berhane from Dekemhare" (a person from a person is rarely written).
        someone = before.cap and not before.sent_start and before.cls in ("name", "unknown")
        return before.base in NOUN_CUES or before.base in TRAVEL_VERBS or (
            before.base in _FROM_THINGS or someone
        )
    return prev.base == "to" and before.base in TRAVEL_VERBS


# Calls come from places: "rang from clifden" ("a call from Florence" is a person's).
_CALLED = words("rang called calling phoned ringing writing wrote texted")


def _lower_place(toks: list[Tok], i: int) -> bool:
    """A lower-case word in no list after "<customer> from|in" or "rang from"."""
    prev = prev_tok(toks, i)
    if prev is None:
        return False
    before = prev_tok(toks, i - 1)
    if before is None or toks[i].gap_before != "space" or prev.gap_before != "space":
        return False
    if prev.base == "from":
        return before.base in NOUN_CUES or before.base in _CALLED
    return prev.base == "in" and before.base in NOUN_CUES


def _beside_place(toks: list[Tok], i: int, span: int, placed: set[int]) -> bool:
    """ "Wellington and Antwerp", "Ballarat to Penrith": beside another place."""
    after = next_tok(toks, i + span - 1)
    if after is not None and after.base in _AND and i + span + 1 in placed:
        return next_tok(toks, i + span) is not None
    prev = prev_tok(toks, i)
    return (
        prev is not None
        and prev.base in _AND
        and i - 2 in placed
        and prev_tok(toks, i - 1) is not None
    )


def mark_towns_after(
    toks: list[Tok],
    text: str,
    ends: list[int],
    lex: Lexicon,
    *,
    loose: frozenset[int] = frozenset(),
) -> None:
    """The town after an address is kept: "12 Mthembu St, Umlazi", "22 Main Street,
    Ballina", "Unit 5, 12 Hope Road, Kingston 10". It says where, as a city does; the
    street and number before it are the address. Up to three words, to the next comma.

    loose: the ends (postcodes) after which a capitalised town may follow a space alone.
    """
    if not ends:
        return
    for i, tok in enumerate(toks):
        gap_start = max((e for e in ends if e <= tok.start), default=None)
        if gap_start is None:
            continue
        gap = text[gap_start : tok.start]
        # After a postcode, the town may follow with no comma: "00-590 Warszawa".
        spaced = gap_start in loose and tok.cap and _SPACE_GAP.fullmatch(gap)
        if not (_TOWN_GAP.fullmatch(gap) or spaced):
            continue
        nxt = next_tok(toks, i)
        if tok.cls == "stop" or (tok.cls == "particle" and (nxt is None or not nxt.cap)):
            continue  # a particle only before a capital: "Al Barsha", "San Roque"
        # "12 elm st, Anna helped": a given name or a person's verb says who, not where.
        if tok.fold in lex.first and tok.fold not in lex.places and tok.fold not in lex.towns:
            continue
        j = i
        while j < len(toks) and j < i + 3 and (j == i or toks[j].gap_before == "space"):
            if toks[j].base in FOLLOW_VERBS or toks[j].cls == "stop":
                break
            j += 1
        if j < len(toks) and toks[j].gap_before == "space" and toks[j].base in FOLLOW_VERBS:
            continue
        for t in toks[i:j]:
            t.cls = "keep"
