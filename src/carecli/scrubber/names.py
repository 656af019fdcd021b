"""Pass 2, second half: which words are names, decided from their context.

The classes come from carecli.scrubber.tokens; the lexicon is passed in by the caller.
"""

from __future__ import annotations

import re
from itertools import pairwise

from carecli.scrubber import model
from carecli.scrubber.brands import mark_brands
from carecli.scrubber.claims import Claims
from carecli.scrubber.crm import crm_pairs, record_head
from carecli.scrubber.cues import (
    after_strong_cue,
    after_title,
    any_cue,
    before_family,
    before_post_title,
    common_full_name,
    listed_name_place,
    mark_context_after,
    mark_post_titles,
    owners_in_brackets,
    said_by_customer,
    second_of_pair,
    title_after,
    title_case_phrase,
)
from carecli.scrubber.echoes import spelled_in_contacts
from carecli.scrubber.foreign import mark_foreign
from carecli.scrubber.lexicon import Lexicon, phrase_index
from carecli.scrubber.name_joins import (
    dotted_initials,
    joins_name,
    next_is_name,
    nicknames,
    patronyms,
)
from carecli.scrubber.name_runs import cued_runs, word_as_name
from carecli.scrubber.places import mark_places, mark_towns_after
from carecli.scrubber.slips import mend
from carecli.scrubber.teams import mark_teams
from carecli.scrubber.tokens import (
    Tok,
    classify,
    mark_phrases,
    months_as_names,
    next_tok,
    possessive,
    prev_tok,
    tokens,
)
from carecli.scrubber.vocab import (
    CARE_AMBIGUOUS,
    DETERMINERS,
    FOLLOW_VERBS,
    KIN_NOUNS,
    NOUN_CUES,
    PARTICLE_SURNAMES,
    PERSON_VERBS,
    STOP,
    STRONG_FOLLOW_VERBS,
    SUBJECTS,
    words,
)
from carecli.scrubber.where_words import ORG_NOUNS, PRODUCT_NOUNS, TEAM_NOUNS, TEAM_WORDS

_W_SLASH = re.compile(r"(?<![\w/])w/(?=[ \t])", re.IGNORECASE)


def find_names(
    text: str,
    claims: Claims,
    lex: Lexicon,
    *,
    keep: tuple[tuple[str, ...], ...],
    common_own: frozenset[str],
) -> None:
    """Pass 2: claim every word (or run of words) the name rules take for a name."""
    # "spoke w/ anna": read "w/" as "w" (same length, so every span stays put).
    toks = tokens(_W_SLASH.sub("w ", text) if "w/" in text else text)
    if not toks:
        return
    mark_phrases(toks, lex.brand_phrases, "keep_name")  # "harvey norman": a cue still wins
    mark_phrases(toks, lex.keep_phrases, "keep")
    mark_phrases(toks, phrase_index(keep), "hardkeep")  # the agent's own list: a few words
    _classify_all(toks, text, lex, common_own)
    mark_foreign(toks, lex)  # "cliente llamó por la factura": a note in Spanish
    mend(toks, lex)
    spans = claims.spans()
    mark_context_after(toks, text, [s for s, _e, kind in spans if kind == "address"])
    mark_places(toks, lex, text)
    # The town after an address or its postcode: "12 Mthembu St, Umlazi", "VLT 1117, Sliema".
    ends = [e for _s, e, kind in spans if kind in ("address", "postcode")]
    loose = frozenset(e for _s, e, kind in spans if kind == "postcode")
    mark_towns_after(toks, text, ends, lex, loose=loose)
    mark_brands(toks, claims.text)
    mark_teams(toks)
    _storms(toks)
    months_as_names(text, toks, lex)
    mark_post_titles(toks)
    _decide_names(toks, lex, text, frozenset(s for s, _e, _kind in spans))
    for i in spelled_in_contacts(toks, claims):  # "jailson évora ... jailson.evora@..."
        toks[i].is_name = True
    for start, end in _merge_names(toks):
        claims.add(start, end, "name")
    if "." in text:
        for m in _DOTTED_PAIR.finditer(text):
            if m.group(0).replace(".", "").lower() not in _DOTTED_ABBREVIATIONS:
                claims.add(m.start(), m.end(), "name")  # "R.A. says", "note for Z.A.:"


_STORM_WORDS = frozenset(("hurricane", "storm", "typhoon", "cyclone"))


def _storms(toks: list[Tok]) -> None:
    """A storm's name is no person's: "Hurricane Ida", "Tropical Storm Fiona"."""
    for prev, tok in pairwise(toks):
        if prev.base in _STORM_WORDS and prev.cap and tok.cap and tok.gap_before == "space":
            prev.cls = tok.cls = "keep"


def _classify_all(toks: list[Tok], text: str, lex: Lexicon, common_own: frozenset[str]) -> None:
    """Each word's class (tokens.classify), but for the phrases marked before."""
    for tok in toks:
        if (
            tok.low == "w"
            and text[tok.end : tok.end + 1] == "/"
            and any(mark in text[tok.end : tok.end + 3] for mark in "\x1e\x1f")
        ):
            tok.cls = "stop"  # "w/ <claimed>": with, no surname's initial ("ulani w/ d.o.b.")
        elif not tok.cls:
            tok.cls = "ambig_a" if tok.fold in common_own else classify(tok, lex)


# Two initials with full stops stand for a person ("R.A. says", "cx K.R., Košice"), unless
# they are one of these abbreviations.
_DOTTED_PAIR = re.compile(r"(?<![\w.])[^\W\d_]\.[ ]?[^\W\d_]\.(?![\w.]|[ ]?[^\W\d_]\.)")
_DOTTED_ABBREVIATIONS = words("""us uk eu eg ie am pm nb ps ad bc qa tv dc la ny nj pa va wa
nz sa ok vs st co jr sr mr ms dr aka rip uae usa bd hk pr au ca po bp cv id""")


# Name decisions. Classes from tokens.classify:
#   name     in the name lists, not an English word ("sarah", "kowalska"): scrubbed.
#   ambig_b  a name and a less common English word ("harry", "dean"): scrubbed unless
#            it follows a determiner ("the dean").
#   ambig_a  a name and a very common word ("grace", "mark", "brown"): needs a cue.
#   keep_name  a keep word that is also a name ("max", "jordan", "paris"): like
#            ambig_a, but a capital alone is no evidence (places are capitalised).
#   modal / month  ("will", "may", "june"): need a strong cue.
#   unknown  in no list: scrubbed if capitalised or with any cue.
#   compound two English words run together ("doorbell"): only if capitalised.
#   rare     a rarer English word ("cuppa", "sec"): capitalised with a cue, or a strong cue.
#   typo     an English word with two letters swapped ("neema"): only after a strong cue.
#   unknown and compound words the rules leave undecided go to the name model (model.py).
#   word, stop, particle, keep, hardkeep: not names (particles join names).


def _decide_names(
    toks: list[Tok], lex: Lexicon, text: str, personal: frozenset[int] = frozenset()
) -> None:
    n = len(toks)
    for i, tok in enumerate(toks):
        tok.is_name = _initial_decision(toks, i, lex)
    for i in owners_in_brackets(toks, text):  # "wallet 0505 156 464 (Chani)"
        toks[i].is_name = True
    for i in crm_pairs(text, toks):  # "TAUFA, Tevita": one name across the comma
        toks[i].is_name = toks[i + 1].is_name = toks[i].link = True
    for i in record_head(text, toks, personal):  # "guerby innocent - <email> - <phone>"
        toks[i].is_name = True
    model.decide(toks)  # words in no list the rules left undecided
    for i in nicknames(toks, text):  # "ozias "bubba" hardcastle", "(prefers Tank)"
        toks[i].is_name = True
    for i in cued_runs(toks):  # "cust shing fung gave": a listed word between cue and verb
        toks[i].is_name = True
    for i in patronyms(toks, text):  # "Sharifah bt. Yusof", "siva a/l kuppusamy"
        toks[i].is_name = True
    for i in dotted_initials(toks, text):  # "b. mugabo", "anyango o."
        toks[i].is_name = True
    if "from" in text:
        for i in said_by_customer(toks):
            toks[i].is_name = False  # "mahalo from cx": what a customer said, not who
    # Neighbours of a name that could be names are part of it ("sarah van der berg",
    # "zanele dlamini"), repeated until nothing changes.
    for _ in range(3):
        changed = False
        for i in range(n):
            if not toks[i].is_name and joins_name(toks, i, lex):
                toks[i].is_name = True
                changed = True
        if not changed:
            break
    # Particles only count when they sit inside or before a name.
    for i, tok in enumerate(toks):
        if tok.cls == "particle" and tok.is_name and not next_is_name(toks, i):
            after_name = i > 0 and toks[i - 1].is_name
            initial = len(tok.text) == 1 and tok.text.isupper()  # "Delen T and Delroy"
            tok.is_name = after_name and (tok.fold in PARTICLE_SURNAMES or initial)


# Longer than 40 lines: one branch per word class, in the order the classes are tried.
def _initial_decision(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    tok = toks[i]
    cls = tok.cls
    if cls == "particle" and tok.cap and title_after(toks, i):
        return True  # "Du xiansheng", "Lo taitai": a surname that is a particle elsewhere
    if cls in ("stop", "hardkeep", "particle", "initial"):
        return False
    if cls == "typo":  # "neema" ("enema"): a name where a person must be ("spoke to Neema")
        cue = tok.gap_before in ("space", "colon") and after_strong_cue(toks, i, "ambig_b")
        return cue or after_title(toks, i, strict=False)
    if cls in ("word", "keep"):
        if tok.cap and not tok.sent_start and _after_kin(toks, i):
            return True  # "her son Mere", "HER SON BOW"
        if cls == "word" and word_as_name(toks, i):
            return True  # "cust Gift very thankful", "spoke to Favour on"
        return after_title(toks, i, strict=not tok.cap)
    prev = prev_tok(toks, i)
    if prev is not None and prev.base in TEAM_WORDS and tok.gap_before == "space":
        return after_strong_cue(toks, i, cls)  # "team Orion" names a team, not a person
    if before_post_title(toks, i):
        return True  # "Tanaka san", "mehta ji", "Kim ssi"
    header = i == 0 and len(toks) > 1 and toks[1].gap_before == "colon"
    if cls == "unknown" and header and not tok.allcaps and len(tok.base) >= 3:
        return True  # "nurzat: can u look at ...", "Rustem: cx ...": who it is for
    if cls == "name":
        if not tok.cap and not any_cue(toks, i) and not listed_name_place(toks, i):
            # "bahut achha feedback mila", "sudah beres ya": alone and in lower case, a
            # listed word is as often a word of another language: 2% more of the helper
            # sets' clean notes come back unchanged. Their names are in no list, so the
            # cost shows on the generated and hand-written sets: 4 of 2,033 names.
            return False
        if not tok.cap and _after_determiner(toks, i) and not before_family(toks, i):
            return False  # "the eco night plan", "a sky box"
        # All-caps words are acronyms as often as names ("IBAN", "ED"): need a cue,
        # which a neighbouring name is ("JOHN SMITH").
        return not tok.allcaps or any_cue(toks, i)
    if after_title(toks, i, strict=False):
        return True
    if after_strong_cue(toks, i, cls):
        # "asking for Jetstar receipts", "spoke to Dell support": a brand before a noun;
        # "ty KYC Review": an acronym.
        return not (cls == "keep_name" and (_before_noun(toks, i) or tok.allcaps))
    if cls == "ambig_b":
        prev = prev_tok(toks, i)
        if prev is not None and prev.base in DETERMINERS:
            return False  # "the dean"
        # "Harry" in mid-sentence, or "harry" with a cue; not "gas bill", "branch side".
        return (tok.cap and not tok.sent_start and not tok.allcaps) or any_cue(toks, i)
    if cls == "unknown":
        return _decide_unknown(toks, i)
    if cls == "rare":  # "cuppa", "arvo": as a compound, or after a title or a strong cue
        return (
            after_title(toks, i, strict=False)
            or after_strong_cue(toks, i, cls)
            or (tok.cap and not tok.sent_start and not tok.allcaps and any_cue(toks, i))
        )
    if cls == "compound":
        # Jargon ("doorbell") or a brand ("Freeview", "PlayStation"): a name only with a
        # capital in mid-sentence and a cue. Only 1% of unlisted names split like this.
        mid = tok.cap and not tok.sent_start and not tok.allcaps
        return mid and not _after_determiner(toks, i) and any_cue(toks, i)
    return _decide_common(toks, i, lex)


def _decide_unknown(toks: list[Tok], i: int) -> bool:
    tok = toks[i]
    if len(tok.base) <= 2 and tok.base.isascii():
        return False  # "ca", "ny", "tx": state codes and abbreviations (strong cues aside)
    if before_family(toks, i):
        return True  # "the Prifti household"
    if _after_determiner(toks, i):
        return False  # "the installer", "the Wolverhampton hub"
    if tok.allcaps:
        # Unknown all-caps words are acronyms ("CSAT", "RMA") unless a cue says name; a
        # short one ("NOC", "EMI") only a person's cue: not "tagged by NOC", "EMI explained".
        if len(tok.base) <= 4 and not _shouted(toks):
            return _person_cue(toks, i)
        return any_cue(toks, i)
    if tok.cap and not tok.sent_start and "de" in tok.abroad:
        return any_cue(toks, i)  # German capitalises its nouns: "Sendungen gehen zurück"
    # A capital in mid-sentence, or any cue. Without either, an unknown word is more
    # often jargon, a typo or a product ("outage", "upsold", "recieved") than a name:
    # scrubbing those cost 0.24% of ordinary words and gained 0.1% names recall.
    return (tok.cap and not tok.sent_start) or any_cue(toks, i)


def _after_kin(toks: list[Tok], i: int) -> bool:
    """Right after a kin noun, and not a team's or a product's noun ("sister Desk")."""
    prev = prev_tok(toks, i)
    base = toks[i].base
    if base in TEAM_NOUNS or base in PRODUCT_NOUNS or base in ORG_NOUNS:
        return False
    return prev is not None and prev.base in KIN_NOUNS and toks[i].gap_before == "space"


def _shouted(toks: list[Tok]) -> bool:
    """Is most of the note in capitals (so capitals say nothing)?"""
    return sum(t.allcaps for t in toks) * 2 > len(toks)


def _person_cue(toks: list[Tok], i: int) -> bool:
    """A cue that only a person has: a title, "spoke to", "customer", a name beside, "'s"."""
    prev = prev_tok(toks, i)
    nxt = next_tok(toks, i)
    return (
        after_title(toks, i, strict=False)
        or after_strong_cue(toks, i, toks[i].cls)
        or possessive(toks[i])
        or (prev is not None and prev.is_name)
        or (nxt is not None and (nxt.cls == "name" or nxt.base in _PERSON_ONLY_VERBS))
    )


# What people do and teams or systems rarely: "TAI rang back" (not "EMI explained").
_PERSON_ONLY_VERBS = words("""rang phoned texted emailed messaged thanked complained shouted
cried laughed swore""")


def _after_determiner(toks: list[Tok], i: int) -> bool:
    prev = prev_tok(toks, i)
    return prev is not None and prev.base in DETERMINERS and toks[i].gap_before == "space"


def _decide_common(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """ambig_a, keep_name, modal, month: common words, names only with evidence."""
    tok = toks[i]
    cls = tok.cls
    prev = prev_tok(toks, i)
    if prev is not None and prev.base in DETERMINERS:
        return False  # "the bill", "a grace period"
    ambiguous = cls in ("ambig_a", "keep_name")
    if ambiguous and second_of_pair(toks, i):
        return True  # "sipho and eero both rang"
    if ambiguous and possessive(tok):
        return True  # "grace's refund"
    nxt = next_tok(toks, i)
    if ambiguous and common_full_name(toks, i, lex):
        return True  # "heather king passed the call"
    if nxt is not None and nxt.base in FOLLOW_VERBS:
        strong = nxt.base in STRONG_FOLLOW_VERBS
        if tok.cap and (strong or cls == "ambig_a"):
            return True  # "Grace rang", "Will said"; not "Kindle was faulty"
        if strong and (ambiguous or (cls == "month" and len(tok.base) == 3)):
            return True  # "mark said", "jun confirmed" (June's short form is a name too)
    if (
        ambiguous
        and prev is not None
        and tok.gap_before == "space"
        and (prev.base in PERSON_VERBS or prev.base in NOUN_CUES)
        and tok.base not in CARE_AMBIGUOUS
        and cls == "ambig_a"
    ):
        return True  # "helped grace", "customer hope"; not "called Sky", "ring Jordan"
    mid_capital = tok.cap and not tok.sent_start and not tok.allcaps
    if cls == "ambig_a" and mid_capital:
        return not title_case_phrase(toks, i)  # "thanks to Grace", not "Black Friday"
    if cls == "modal" and mid_capital:
        return prev is None or prev.base not in SUBJECTS  # not "customer Will call"
    return False


def _before_noun(toks: list[Tok], i: int) -> bool:
    """Is toks[i] followed by a lower-case word that no person's verb is ("receipts")?
    Across the rest of a brand's name: "Air Selangor payment plan"."""
    nxt = next_tok(toks, i)
    while nxt is not None and nxt.cap and nxt.cls == "keep_name":
        i += 1
        nxt = next_tok(toks, i)
    return (
        nxt is not None
        and not nxt.cap
        and nxt.cls in ("word", "keep", "rare")
        and nxt.base not in FOLLOW_VERBS
        and nxt.base not in STOP
    )


def _merge_names(toks: list[Tok]) -> list[tuple[int, int]]:
    """Adjacent name words become one span: "anna-maria van der berg" is one name."""
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if not tok.is_name:
            continue
        joined = (
            spans
            and i > 0
            and toks[i - 1].is_name
            and (tok.gap_before == "space" or toks[i - 1].link)
            and not possessive(toks[i - 1])
        )
        if joined:
            spans[-1] = (spans[-1][0], tok.end)
        else:
            spans.append((tok.start, tok.end))
    return spans
