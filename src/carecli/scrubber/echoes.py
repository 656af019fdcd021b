"""A word that the note's own e-mail address or handle spells is a name there.

"jailson évora ... jailson.evora@outlook.com", "caller lan ... lan1927@hotmail.co.uk",
"Sung-min Shim ... sungminshim@outlook.co.nz": agents copy the address the customer gave,
and it is made of the customer's names. Only the part before the "@" counts (a company's
domain names no person), and never a role's mailbox ("support@", "billing@"). A word
that may be a name needs only to begin or end the address; an English or keep word
("chow" in "chowx4@", "lan" in "lan1927@") must be nearly all of it.
"""

from __future__ import annotations

import re

from carecli.scrubber.claims import Claims
from carecli.scrubber.tokens import Tok
from carecli.scrubber.vocab import words

_NOT_LETTERS = re.compile(r"[^a-z]+")
# Classes of words that may be names (tokens.classify); "word" and "keep" are held to
# the stricter test, the classes in _NEVER are never taken.
_MAY_BE_NAMES = frozenset(
    ("name", "ambig_a", "ambig_b", "keep_name", "unknown", "compound", "rare", "typo")
)
_NEVER = frozenset(("stop", "particle", "hardkeep", "initial", "month", "modal"))
# Mailboxes of a company or a role, not of a person (RFC 2142 and the common others).
_MAILBOXES = words("""info support help sales billing accounts account orders order
team hello contact noreply reply service services care admin enquiries enquiry office mail
returns refunds refund customer customers feedback complaints abuse security webmaster
postmaster marketing press media news jobs careers hr payroll finance invoices legal
privacy dpo data booking bookings reservations travel events donations donors giving
membership members student students parents school""")
_SHORTEST = 3  # "lan", "kra"; two letters ("lo", "do") match too much of "lo.kwan@"


def spelled_in_contacts(toks: list[Tok], claims: Claims) -> list[int]:
    """The indexes of the words that an e-mail address or @handle of the note spells."""
    runs = _contact_runs(claims)
    if not runs:
        return []
    pieces = {piece for run in runs for piece in run[1]}
    out = []
    for i, tok in enumerate(toks):
        if tok.is_name or tok.cls in _NEVER:
            continue
        word = _NOT_LETTERS.sub("", tok.fold)
        if len(word) < _SHORTEST or word in _MAILBOXES:
            continue
        # A word that may be a name may leave any letters of the address over; an English
        # or keep word two at most.
        loose = tok.cls in _MAY_BE_NAMES
        if word in pieces or any(
            (loose or len(joined) - len(word) <= 2)
            and (joined.startswith(word) or joined.endswith(word))
            for joined, _p in runs
        ):
            out.append(i)
    return out


def _contact_runs(claims: Claims) -> list[tuple[str, list[str]]]:
    """Each address's local part as letters only, and the pieces between its marks."""
    text = claims.text
    out = []
    for start, end, kind in claims.spans():
        if kind == "email":
            local = text[start:end].split("@", 1)[0]
        elif kind == "id" and text.startswith("@", start):
            local = text[start + 1 : end]
        else:
            continue
        local = local.lower()
        out.append((_NOT_LETTERS.sub("", local), _NOT_LETTERS.split(local)))
    return out
