"""The floor, side and door after a European house number, as part of the address.

"Istedgade 13, 2. th.", "Hauptstraße 147, 2. Stock links", "Favoritenstraße 146/3/16",
"Veldstraat 112 bte 2", "koulukatu 39 a 3", "Rua do Ouro nº 111, 2º Esq", "Király u. 17.
3. em. 12.", "Barbaros Bulvari No: 15 Daire 19": the street was found, and what follows
its number says which flat, so it is as personal as the rest. Only read right after a
claimed address; a postcode after it ("2200 København") is no floor (at most 3 digits).
"""

from __future__ import annotations

import re

from carecli.scrubber.claims import Claims

_FLOOR = (
    r"th|tv|mf|st|sal|etage|étage|stock|og|eg|em|emelet|ajtó|andar|piso|planta|izq|izqda"
    r"|dcha|dch|der|dto|esq|esquerdo|direito|dta|esqª|dtº|[a-d]|\d{1,2}[ªº]?"
)
_TAIL = re.compile(
    r"(?:"
    # "2. th.", "3º B", "2º 1ª", "2. Stock links", "5º izq", "3. em. 12."
    # ("º" and "ª" are read as "o" and "a", see reading.py)
    rf"\.?,?[ \t]*\d{{1,2}}(?:[ \t]?[.º°ª]|[oa])[ \t]?(?:{_FLOOR})(?![\w])\.?"
    r"(?:[ \t](?:links|rechts|li|re|\d{1,3}\.?)(?![\w]))?"
    r"|[ \t]?/[ \t]?\d{1,4}[a-z]?(?:[ \t]?/[ \t]?\d{1,4}[a-z]?)*(?![\w/])"  # "/3/16", "/68"
    r"|,?[ \t](?:bte|bus|boîte|boite|whg|top|tür|daire|kat|k:|d:|no:)\.?[ \t]?:?[ \t]?"
    r"\d{1,4}[a-z]?(?![\w])"
    r"|[ \t](?:hs|bis|ter|huis|boven|bv|sous-sol|rdc)(?![\w])"  # "87 hs", "12 bis"
    # "39 a 3", "78 b 7" (Finnish stairs), not "a 3 min walk"
    r"|[ \t][a-h][ \t]?\d{1,3}(?![\w.,/-]\d|\w|[ \t]+[^\W\d_])"
    r"|-(?:i{1,3}|iv|hoog|boven|\d{1,2})(?![\w-])"  # "5-iii", "162-1"
    r"|\.[ \t](?:[ivx]{1,4}|\d{1,3})/\d{1,3}(?![\w/])"  # Hungarian "137. 4/14", "82. ii/5"
    r")+",
    re.IGNORECASE,
)


def extend(claims: Claims) -> None:
    """Take the floor and door after each claimed address into it."""
    text = claims.text
    for start, end, kind in claims.spans():
        if kind != "address":
            continue
        m = _TAIL.match(text, end)
        if m and m.end() > end:
            claims.widen(start, end, start, m.end(), over_safe=True)
