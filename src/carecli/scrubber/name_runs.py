"""A person's words between a cue and their verb: "cust shing fung gave", "cx Amr Abdallah
sent", "miss ng wai man asked".

After a title or a person's cue, up to three words written alike (all lower case, or all
capitalised) that run into a person's verb are one person's names when one of them is a
name already or in no list. Words of a list ("shing", "man", "Amr") are names there though the rules
alone would keep them; the verb at the end keeps "cust happy with" out.
"""

from __future__ import annotations

from carecli.scrubber.cues import after_strong_cue, after_title
from carecli.scrubber.tokens import Tok, possessive
from carecli.scrubber.vocab import ADVERBS, DETERMINERS, FOLLOW_VERBS, PERSON_VERBS, STOP

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
