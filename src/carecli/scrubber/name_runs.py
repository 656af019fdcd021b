"""A person's words between a cue and their verb: "cust shing fung gave", "cx Amr Abdallah
sent", "miss ng wai man asked"; and an English word as a name there ("cust Gift very
thankful").

After a title or a person's cue, up to three words written alike (all lower case, or all
capitalised) that run into a person's verb are one person's names when one of them is a
name already or in no list. Words of a list ("shing", "man", "Amr") are names there though the rules
alone would keep them; the verb at the end keeps "cust happy with" out.
"""

from __future__ import annotations

from carecli.scrubber.cues import after_strong_cue, after_title
from carecli.scrubber.tokens import Tok, next_tok, possessive
from carecli.scrubber.vocab import ADVERBS, DETERMINERS, FOLLOW_VERBS, PERSON_VERBS, STOP, words
from carecli.scrubber.where_words import ORG_NOUNS, PRODUCT_NOUNS, TEAM_NOUNS, TEAM_WORDS

# What a run may not hold: it would be what is said of the person, not their name.
_NEVER = frozenset(("stop", "particle", "initial", "hardkeep"))
# Verbs that end a person's run: "was", "is", "has" are left out ("cust bill was wrong").
_RUN_VERBS = (FOLLOW_VERBS | PERSON_VERBS) - {"was", "is", "has", "had", "would", "could", "did"}


def cued_runs(toks: list[Tok]) -> list[int]:
    """The indexes of the words that join a name in such a run."""
    out: list[int] = []
    n = len(toks)
    for i in range(n):
        if i == 0 or toks[i].gap_before != "space":
            continue
        # The place a name stands in, whatever the word ("cx Amr", a keep word).
        if not (after_title(toks, i, strict=False) or after_strong_cue(toks, i, "unknown")):
            continue
        end = _run_end(toks, i)
        if end is None:
            continue
        run = range(i, end)
        if any(toks[j].is_name or toks[j].cls == "unknown" for j in run):
            out.extend(j for j in run if not toks[j].is_name)
    return out


def _run_end(toks: list[Tok], i: int) -> int | None:
    """The end of the run from toks[i] if a person's verb (or a "'s") closes it."""
    cap = toks[i].cap
    for j in range(i, min(i + 3, len(toks))):
        tok = toks[j]
        if j > i and tok.gap_before != "space":
            return None
        if tok.cls in _NEVER or tok.cap != cap or (tok.allcaps and len(tok.base) > 1):
            return None
        if tok.base in DETERMINERS or tok.base in ADVERBS:
            return None
        if tok.base in STOP or tok.base in _RUN_VERBS:
            return None
        if possessive(tok):
            return j + 1 if j > i else None
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.gap_before == "space" and nxt.base in _RUN_VERBS:
            return j + 1 if j > i else None
    return None


def word_as_name(toks: list[Tok], i: int) -> bool:
    """An English word written as a name where a person must be: a capital in mid-sentence
    after a person's cue in lower case, and no noun after it ("spoke to Serene about",
    "cust Serene said", "cust Gift very thankful"; not "escalated to Fraud", "CX
    Excellence", "Trust & Safety", "spoke to Sales team")."""
    tok = toks[i]
    if not tok.cap or tok.sent_start or tok.allcaps or tok.abroad or tok.base in _NOT_PERSONS:
        return False
    if i == 0 or tok.gap_before != "space":
        return False
    prev = toks[i - 1]
    if prev.cap or not (
        prev.base in _WORD_NAME_NOUNS
        or (i >= 2 and (toks[i - 2].base, prev.base) in _WORD_NAME_PHRASES)
    ):
        return False
    nxt = next_tok(toks, i)
    if nxt is None or nxt.gap_before == "soft":
        return True
    if nxt.gap_before != "space":
        return False
    return nxt.base in FOLLOW_VERBS or (nxt.cls == "stop" and not nxt.cap) or nxt.base == "very"


_NOT_PERSONS = TEAM_WORDS | TEAM_NOUNS | ORG_NOUNS | PRODUCT_NOUNS
_WORD_NAME_NOUNS = words("cust customer cx caller client")
_WORD_NAME_PHRASES = frozenset(
    (a, b)
    for a in ("spoke", "speaking", "talked", "chatted")
    for b in ("to", "with", "w")
)
