"""The cues that say a person is meant: a title, "spoke to", "customer", "'s", "and her".

The name rules (carecli.scrubber.names) ask these about a word in context.
"""

from __future__ import annotations

import re

from carecli.scrubber.abroad_words import (
    CUES_ABROAD,
    CUSTOMER_ABROAD,
    THANKS_ABROAD,
    THANKS_TAILS,
)
from carecli.scrubber.foreign import common_anywhere
from carecli.scrubber.lexicon import Lexicon
from carecli.scrubber.tokens import Tok, next_tok, possessive, prev_tok
from carecli.scrubber.vocab import (
    ADVERBS,
    COMMON,
    FAMILY_NOUNS,
    FOLLOW_UNKNOWN,
    FOLLOW_VERBS,
    GREETINGS,
    KIN_NOUNS,
    NOUN_CUES,
    POST_TITLES,
    STOP,
    STRICT_TITLES,
    STRONG_CUE_WORDS,
    STRONG_FOLLOW_VERBS,
    TITLES,
    WEAK_CUES,
    words,
)
from carecli.scrubber.where_words import TEAM_NOUNS, TEAM_WORDS

_ROLE_BRACKETS = re.compile(r"[ \t]*\([ \t]*\|\)")


def _gap_ok(tok: Tok, cue: tuple[str, ...] = ()) -> bool:
    """May a cue word before `tok` apply across the gap? Across a comma only for a
    greeting and a word that is no common English word ("thanks, hope it helps")."""
    if tok.gap_before in ("space", "colon"):
        return True
    return tok.gap_before == "soft" and cue in GREETINGS and tok.cls not in COMMON


def after_title(toks: list[Tok], i: int, *, strict: bool) -> bool:
    """Right after a title, particles allowed: "mrs o'brien", "mr. van dijk".

    strict: only the unmistakable titles count ("mr happy", but not "dr appointment").
    """
    titles = STRICT_TITLES if strict else TITLES
    j = i
    while j > 0:
        cur, prev = toks[j], toks[j - 1]
        if cur.gap_before != "space" and not (prev.base in titles and _dot_gap(prev, cur)):
            return False
        if prev.base in titles and prev.cls != "keep":  # not "Mr Price", a brand
            return True
        if prev.cls != "particle":
            return False
        j -= 1
    return False


def _dot_gap(prev: Tok, cur: Tok) -> bool:
    """ "Mr. Smith": a full stop right after the title."""
    return cur.start - prev.end <= 3 and cur.gap_before == "hard"


def after_strong_cue(toks: list[Tok], i: int, cls: str) -> bool:
    """A person-introducing phrase right before: "spoke to will", "customer: sarah"."""
    tok = toks[i]
    if i == 0 or tok.gap_before == "hard":
        return False
    prev = toks[i - 1]
    for length in (1, 2, 3, 4):
        if i - length < 0:
            break
        words = tuple(t.low for t in toks[i - length : i])
        if words in CUES_ABROAD or (length == 1 and words[0] in THANKS_ABROAD):
            if cls == "rare" or tok.base in THANKS_TAILS:
                return False  # "parlato con assistenza", "gracias mil": words, no names
        elif words not in STRONG_CUE_WORDS:
            continue
        if (
            _gap_ok(tok, words)
            and all(t.gap_before == "space" for t in toks[i - length + 1 : i])
        ):
            if cls == "modal" and words in (("thanks",), ("cheers",)):
                return False  # "thanks will do"
            # "called Sky", "calling Paris": companies and places get called too.
            return not (cls == "keep_name" and words[-1] in ("called", "calling"))
    # Person nouns: "customer sarah", "colleague raj"; not "customer will call".
    if prev.base not in NOUN_CUES or tok.gap_before not in ("space", "colon"):
        return False
    if _foreign_after_noun(prev, tok):
        return False
    return cls in ("unknown", "ambig_b") or (cls in ("ambig_a", "keep_name") and tok.cap)


def _foreign_after_noun(prev: Tok, tok: Tok) -> bool:
    """A lower-case word in no list after "klient" in a note in Polish is its verb as
    often as a name ("klient dzwonił"): that noun alone is no cue; a verb after the word
    still is ("klient hrafnhildur zadowolony"), and so is an English noun ("caller")."""
    if tok.cap or tok.cls != "unknown" or prev.base not in CUSTOMER_ABROAD:
        return False
    # "cliente quedó encantado": a common word of some language, even in a note that
    # has too few of its function words to be read as that language.
    return bool(tok.abroad) or common_anywhere(tok.base)


def any_cue(toks: list[Tok], i: int) -> bool:
    """Anything that hints at a person: a cue word before, a person verb after, "'s"."""
    tok = toks[i]
    prev = prev_tok(toks, i)
    if (
        prev is not None
        and tok.gap_before in ("space", "colon")
        and (
            prev.base in WEAK_CUES
            or (prev.base in NOUN_CUES and not _foreign_after_noun(prev, tok))
            or prev.base in TITLES
            or prev.is_name
        )
    ):
        return True
    if after_strong_cue(toks, i, tok.cls):
        return True
    j = i + 1
    nxt = next_tok(toks, i)
    if nxt is not None and nxt.base in ADVERBS:
        nxt = next_tok(toks, j)  # "Lwasa nearly cancelled"
        j += 1
    # "mahalo from cx", "terima kasih from the customer": what a customer said, not who.
    said = nxt is not None and nxt.low == "from" and _customer_after(toks, j)
    if nxt is not None and not said and (
        nxt.base in FOLLOW_VERBS or nxt.cls == "name" or nxt.low in FOLLOW_UNKNOWN
    ):
        return True
    if tok.cue_after:
        return True  # "harpreet at 6735 191 st says ..."
    return possessive(tok) or _coordinated(toks, i)  # "zanele's"


def said_by_customer(toks: list[Tok]) -> list[int]:
    """Words in no list right before "from cx" (two at most: "terima kasih from cx"),
    with no person's cue before them: thanks in the customer's language, not a name."""
    out: list[int] = []
    for i, tok in enumerate(toks):
        nxt = next_tok(toks, i)
        if nxt is None or nxt.low != "from" or not _customer_after(toks, i + 1):
            continue
        run = [i]
        if i > 0 and tok.gap_before == "space" and toks[i - 1].cls in ("unknown", "typo"):
            run.insert(0, i - 1)
        first = run[0]
        plain = all(toks[j].cls in ("unknown", "typo", "rare") and not toks[j].cap for j in run)
        cued = after_title(toks, first, strict=False) or after_strong_cue(
            toks, first, toks[first].cls
        )
        if plain and not cued:
            out.extend(run)
    return out


def _customer_after(toks: list[Tok], i: int) -> bool:
    """Is the word after toks[i] (past "the") a customer's noun ("from cx")?"""
    j = i + 1
    nxt = next_tok(toks, i)
    if nxt is not None and nxt.base in ("the", "a", "our", "my"):
        nxt = next_tok(toks, j)
        j += 1
    if nxt is None or nxt.base not in _CUSTOMERS:
        return False
    team = next_tok(toks, j)
    return team is None or team.base not in _CUSTOMER_TEAMS  # "aoife from customer care"


_CUSTOMER_TEAMS = words("care service services support success experience relations team ops")
_CUSTOMERS = words("cx cust customer customers caller client clients pax guest member user")


def before_family(toks: list[Tok], i: int) -> bool:
    """ "the Aulakh family", "the prifti household": a surname, even after "the"."""
    nxt = next_tok(toks, i)
    return nxt is not None and nxt.base in FAMILY_NOUNS and toks[i].cls in (
        "unknown",
        "name",
        "ambig_b",
    )


def _coordinated(toks: list[Tok], i: int) -> bool:
    """ "X and Y" with Y a name, or "X and her husband": X is a person too."""
    nxt = next_tok(toks, i)
    if nxt is None or nxt.base not in ("and", "&", "or"):
        return False
    after = next_tok(toks, i + 1)
    if after is None:
        return False
    if after.base in ("her", "his", "their"):
        return True
    if after.base in TITLES and i + 3 < len(toks) and toks[i + 3].cls not in ("stop", "word"):
        return True  # "diep and dr. vaidyanathan", "galarrwuy and uncle kwan"
    then = next_tok(toks, i + 2)  # "sipho and eero both rang"
    verb = then is not None and (then.base in FOLLOW_VERBS or then.base == "both")
    if after.cls in ("keep_name", "ambig_a"):
        return verb  # "sipho and eero both rang": a brand's name, or a word, then a verb
    if after.cls not in ("name", "unknown", "ambig_b"):
        return False
    return after.cap or after.cls == "name" or verb


def before_post_title(toks: list[Tok], i: int) -> bool:
    """A title written after the name: "Tanaka san", "tanaka-san", "Kim ssi"."""
    tok = toks[i]
    if tok.cls not in ("name", "unknown", "ambig_b", "ambig_a", "keep_name", "rare", "typo"):
        return False
    head, _, tail = tok.base.rpartition("-")
    if head and tail in POST_TITLES:
        return True
    return title_after(toks, i) and (tok.cls != "ambig_a" or tok.cap)


def title_after(toks: list[Tok], i: int) -> bool:
    """Is the next word a title written after a name ("san", "xiansheng")?"""
    nxt = next_tok(toks, i)
    return nxt is not None and nxt.gap_before == "space" and nxt.base in POST_TITLES


def mark_post_titles(toks: list[Tok]) -> None:
    """A title written after a name ("Tanaka san", "mehta ji") is no name itself, and no
    word for the name model either: its class becomes "stop"."""
    for i in range(1, len(toks)):
        tok = toks[i]
        if tok.base in POST_TITLES and not tok.cap and before_post_title(toks, i - 1):
            tok.cls = "stop"


def mark_context_after(toks: list[Tok], text: str, starts: list[int]) -> None:
    """ "harpreet at 6735-191 st": the word before "at <address>" is a person; so is the
    word before a person noun in brackets ("Harpreet (pt) was furious", "midhun (pax)")."""
    for i in range(len(toks) - 1):
        at = toks[i + 1]
        if at.base == "at" and at.gap_before == "space":
            gap = text[at.end : at.end + 3]
            toks[i].cue_after = any(0 < s - at.end <= len(gap) for s in starts) and not gap.strip(
                " \t\x1f"
            )
        elif at.base in NOUN_CUES and _ROLE_BRACKETS.fullmatch(
            text[toks[i].end : at.start] + "|" + text[at.end : at.end + 1]
        ):
            toks[i].cue_after = True
        elif at.base == "via" and at.gap_before == "space" and _CLAIM_NEXT.match(text, at.end):
            toks[i].cue_after = True  # "Astiti via zalo.me/0988810437 complained"
        elif at.base in ("is", "was") and _kin_after(toks, i + 1):
            toks[i].cue_after = True  # "Hayashi Minato is her grandson"


_CLAIM_NEXT = re.compile(r"[ \t]*\x1f")


def _kin_after(toks: list[Tok], i: int) -> bool:
    """ "is her grandson", "was his wife": toks[i] is "is"/"was"."""
    pron = next_tok(toks, i)
    kin = next_tok(toks, i + 1) if pron is not None else None
    return (
        pron is not None
        and pron.base in ("her", "his", "their", "my", "our")
        and kin is not None
        and kin.base in KIN_NOUNS
    )


def title_case_run(toks: list[Tok], i: int) -> bool:
    """A capitalised word going on a capitalised name that a title or a person noun
    began: "Mr Hser Nay Nu sd", "Customer Zarghuna Safi, acc no."; not "Mr Smith Ltd"."""
    tok = toks[i]
    if not tok.cap or tok.allcaps or tok.sent_start or tok.gap_before != "space":
        return False
    if tok.base in STOP:
        return False
    j = i - 1
    while j >= 0 and toks[j].is_name and toks[j].cap and i - j <= 3:
        if possessive(toks[j]):
            return False
        if j == 0 or toks[j].gap_before not in ("space", "colon"):
            return False
        prev = toks[j - 1]
        if prev.base in NOUN_CUES or (prev.cls == "stop" and after_title(toks, j, strict=False)):
            return True
        if after_strong_cue(toks, j, toks[j].cls):
            return True  # "spoke w/ Thandar Zaw Win"
        if prev.base in WEAK_CUES and _ends_clause(toks, i):
            return True  # "requested by Annakay Ebanks", last word before a stop
        j -= 1
    return False


def _ends_clause(toks: list[Tok], i: int) -> bool:
    return i + 1 >= len(toks) or toks[i + 1].gap_before != "space"


def second_of_pair(toks: list[Tok], i: int) -> bool:
    """ "<name> and <word> both rang": two people, then what they did."""
    prev, nxt = prev_tok(toks, i), next_tok(toks, i)
    if prev is None or prev.base not in ("and", "or") or nxt is None:
        return False
    first = prev_tok(toks, i - 1)
    return (
        first is not None
        and first.is_name
        and (nxt.base == "both" or nxt.base in STRONG_FOLLOW_VERBS)
    )


def common_full_name(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A given name + surname pair of common words, then a person's verb."""
    nxt = next_tok(toks, i)
    after = next_tok(toks, i + 1) if nxt is not None else None
    if nxt is None or after is None or after.base not in FOLLOW_VERBS:
        return False
    return toks[i].fold in lex.first and nxt.fold in lex.last and nxt.cls != "stop"


def title_case_phrase(toks: list[Tok], i: int) -> bool:
    """'Black Friday', 'Rose Gold': a capitalised common word next to another one."""
    nxt, prev = next_tok(toks, i), prev_tok(toks, i)
    if nxt is not None and nxt.cap and nxt.cls in ("word", "keep", "stop", "month"):
        return nxt.base not in STOP
    return prev is not None and prev.cap and prev.cls in ("word", "keep") and not prev.sent_start


# "wallet 0505 156 464 (Chani)", "SN52 ... 3853 (A Mariko)": who a number belongs to,
# in brackets right after it.
_AFTER_CLAIM = re.compile(r"\x1f[ \t]*\([ \t]*\Z")
_OWNER_CLASSES = frozenset(("name", "unknown", "typo", "ambig_b", "rare", "compound", "initial"))


def owners_in_brackets(toks: list[Tok], text: str) -> list[int]:
    """The words in brackets right after a claimed number, up to three, when no word
    in them is a plain word ("(sister)", "(mobile)" say what, not who)."""
    out: list[int] = []
    if "(" not in text or "\x1f" not in text:
        return out
    for i, tok in enumerate(toks):
        if not _AFTER_CLAIM.search(text, max(0, tok.start - 4), tok.start):
            continue
        j = i
        while j < len(toks) and j - i < 3 and (j == i or toks[j].gap_before == "space"):
            j += 1
        inside = toks[i:j]
        close = text[inside[-1].end : inside[-1].end + 2].lstrip(" \t")[:1]
        if close != ")" or any(t.cls not in _OWNER_CLASSES for t in inside):
            continue
        if all(t.cls == "initial" for t in inside) or inside[0].base in NOUN_CUES:
            continue
        if any(t.allcaps and len(t.base) <= 3 for t in inside):
            continue  # "2030/11/12 (BS)": a calendar's or a code's letters
        out.extend(range(i, j))
    return out


# A listed name in lower case with no other cue stands for a person in these places:
# "rachel in billing", "priya in back office", "kowalski family", "a gent, arthur,".
_WORKPLACE = TEAM_NOUNS | TEAM_WORDS | frozenset(("office", "shop", "store", "branch"))
_PERSON_NOUNS = NOUN_CUES | frozenset(("gent", "gentleman", "lady", "man", "woman", "lad"))


def listed_name_place(toks: list[Tok], i: int) -> bool:
    """Does a listed name in lower case stand where a person does (see above)?"""
    tok = toks[i]
    nxt = next_tok(toks, i)
    if before_family(toks, i):
        return True  # "kowalski family"
    if nxt is not None and nxt.low in ("in", "from", "at") and nxt.gap_before == "space":
        ahead = toks[i + 2 : i + 4]
        if any(t.base in _WORKPLACE for t in ahead):
            return True
    before = toks[i - 1] if i > 0 else None
    return before is not None and tok.gap_before == "soft" and before.base in _PERSON_NOUNS
