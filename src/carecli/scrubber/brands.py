"""Pass 2, beside the places: a word in no list before a product's noun is a brand.

"the Freeview box", "Nothing Phone update", "Fenix watch": brands keep being invented,
so no list knows them all, but a person's name does not stand right before "box",
"app" or "router" without a possessive ("Njeri's router" keeps its "'s"). Nouns a
name does stand before in shorthand ("njeri acct", "wambui order") are left out.
"""

from __future__ import annotations

from carecli.scrubber.tokens import Tok, next_tok, possessive
from carecli.scrubber.vocab import PRODUCT_NOUNS

# Classes a brand may have: in no list, or two English words run together ("Freeview").
_BRANDABLE = frozenset(("unknown", "compound", "rare"))


def mark_brands(toks: list[Tok]) -> None:
    """Mark a word in no list right before a product noun as a keep word."""
    for i, tok in enumerate(toks):
        if tok.cls not in _BRANDABLE or possessive(tok):
            continue  # a possessive ("Njeri's app") belongs to a person
        nxt = next_tok(toks, i)
        if nxt is not None and nxt.base in PRODUCT_NOUNS:
            tok.cls = "keep"
