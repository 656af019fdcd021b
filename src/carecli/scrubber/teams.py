"""Pass 2, beside the places: team and queue names are kept ("Merchant Support").

A capitalised word right before a capitalised team noun ("Support", "Ops", "Desk") names
a team, as "Fraud Ops" or "Seller Support" do, even when the word is also a surname
("Merchant") or in no list ("Kestrel Ops"). Both capitals are asked for: "sarah support"
in lower case may still be a person and a word.
"""

from __future__ import annotations

from carecli.scrubber.tokens import Tok, next_tok, possessive
from carecli.scrubber.where_words import TEAM_NOUNS

# Classes a team's word may have: anything the name rules could take for a name.
_TEAMABLE = frozenset(("name", "ambig_a", "ambig_b", "unknown", "compound", "rare", "keep_name"))


def mark_teams(toks: list[Tok]) -> None:
    """Mark a capitalised word before a capitalised team noun as a keep word."""
    for i, tok in enumerate(toks):
        if tok.cls not in _TEAMABLE or not tok.cap or tok.allcaps:
            continue
        if possessive(tok):
            continue  # "Njeri's Support ticket": a person's
        nxt = next_tok(toks, i)
        if nxt is not None and nxt.cap and nxt.base in TEAM_NOUNS:
            tok.cls = "keep"
