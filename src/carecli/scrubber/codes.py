"""Pass 1: ids with no cue, told apart from product names, standards and measures."""

from __future__ import annotations

from carecli.scrubber import handles, harmless
from carecli.scrubber import patterns as p
from carecli.scrubber.claims import Claims
from carecli.scrubber.lexicon import Lexicon, fold


def _product_code(head: str, digits: str, lex: Lexicon) -> bool:
    """ "TRC20", "Bitrix24", "Reno11": a product's or a standard's name and a short
    number. Handles are written in lower case or run a long name on ("tar91",
    "Kasymalieva68"), and a name before the number is a handle ("Amina88")."""
    if len(digits) > 2 or len(head) < 3 or head.islower() or lex.is_name(fold(head)):
        return False
    return head.isupper() or len(head) <= 6


def claim(text: str, claims: Claims, lex: Lexicon) -> None:
    """Codes with no cue before them: letters and at least two digits, of five or more
    characters ("ACC9043660", "r23392985"), unless a word, a product or a measure."""
    handles.underscored(text, claims, lex)
    for m in p.CODE.finditer(text):
        value = m.group(0)
        alnum = sum(ch.isalnum() for ch in value)
        if alnum < 5 or p.UNIT_SUFFIX.match(value):
            continue
        folded = fold(value)
        if folded in lex.keep:
            continue
        # "covid-19", "windows10", "gosurf50": a word (or two run together) and a short number.
        wd = p.WORD_DIGITS.match(value)
        if wd and not handles.handle_style(value):
            head = fold(wd.group(1))
            if lex.is_word(head) or lex.is_compound(head):
                continue
            if _product_code(wd.group(1), wd.group(2), lex):
                continue
        if p.PER_PERIOD.fullmatch(value):
            continue  # "£30/month", "$12/mo": a price
        if harmless.not_an_id(value, lex):
            continue
        claims.add(m.start(), m.end(), "id")
