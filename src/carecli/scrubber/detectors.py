"""Pass 1: the pattern detectors, in their fixed priority order (addresses aside)."""

from __future__ import annotations

import re

from carecli.scrubber import (
    address_forms,
    address_parts,
    address_tails,
    addresses,
    codes,
    handles,
    harmless,
    names,
    urls,
)
from carecli.scrubber import patterns as p
from carecli.scrubber import vocab as v
from carecli.scrubber.claims import Claims, Span, balanced, strip_separators
from carecli.scrubber.foreign import common_anywhere
from carecli.scrubber.lexicon import Lexicon, fold
from carecli.scrubber.plates import claim as claim_plates
from carecli.scrubber.tokens import prefixed_word
from carecli.scrubber.vocab import (
    DIGITS,
    DISTINCTIVE,
    IBAN_LENGTHS,
    MODALS,
    SAFE,
    STOP,
)


# Longer than 40 lines: the detectors in their priority order, which reads best in one place.
def find(
    text: str,
    lex: Lexicon,
    *,
    keep: tuple[tuple[str, ...], ...],
    forced: list[str],
    own: list[str],
) -> list[Span]:
    claims = Claims(text)
    # Placeholders from an earlier scrub are never touched (idempotence).
    for m in p.PLACEHOLDER.finditer(text):
        claims.add(m.start(), m.end(), "")
    # The agent's own lists come first: they know best.
    common_own = _forced_words(text, claims, forced, own)
    _emails(text, claims)
    urls.claim(text, claims, lex)
    _ips(text, claims)
    _ibans(text, claims)
    _dobs(text, claims)
    _cards(text, claims)
    # Times, plain dates and amounts: claimed as harmless so that no later
    # detector reads "14:30" or "12.03.2024" as part of a phone number.
    harmless.claim(claims.masked(), claims, lex)
    # Later detectors see claimed text masked: a date cannot break a phone number after it.
    address_forms.claim(claims, lex)  # "#09-662" is a flat, no id
    claim_plates(claims.masked(), claims, lex)  # "car 06 NT 9598"
    _ids_with_cue(claims.masked(), claims, lex)
    addresses.addresses(claims.masked(), claims, lex)
    address_parts.seeds(claims.masked(), claims, lex)
    addresses.postcodes(claims.masked(), claims, lex)
    _phones(claims.masked(), claims)
    codes.claim(claims.masked(), claims, lex)
    # The rest of each address line, cued addresses with no street type, then postcodes again.
    if address_parts.extend(claims.masked(), claims, lex):
        addresses.postcodes(claims.masked(), claims, lex)
    address_tails.extend(claims)  # "Istedgade 13, 2. th.", "Favoritenstraße 146/3/16"
    # The last net for numbers (names never contain digits, so it can run now).
    _digit_runs(text, claims)
    for m in p.LONG_DIGITS.finditer(claims.masked()):
        claims.add(m.start(), m.end(), "id")
    names.find_names(
        claims.masked(safe_apart=True), claims, lex, keep=keep, common_own=common_own
    )
    _repeat_findings(text, claims, lex)
    spans = claims.spans()
    return _drop_kept(text, spans, keep)


def _repeat_findings(text: str, claims: Claims, lex: Lexicon) -> None:
    """A value found once is scrubbed everywhere in the text, cue or no cue.

    "card ending 4421 ... 4421 again", "spoke to zanele ... zanele happy". Names
    are repeated only when none of their words is a common word ("will").
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = text  # rare casefold length changes: repeat exact matches only
    searched: set[tuple[str, str]] = set()
    for start, end, kind in claims.spans():
        value = text[start:end]
        if (kind, value) in searched:
            continue  # the same value again: its repeats are claimed already
        searched.add((kind, value))
        if kind == "name":
            words = [fold(w) for w in value.split()]
            if any(lex.is_word(w) or w in STOP or w in lex.keep for w in words):
                continue
            haystack, needle = lowered, value.lower()
        else:
            haystack, needle = text, value
        if len(needle) < 3:
            continue
        pos = haystack.find(needle)
        while pos != -1:
            after = pos + len(needle)
            bounded = (pos == 0 or not text[pos - 1].isalnum()) and (
                after == len(text) or not text[after].isalnum()
            )
            # A known phone, card, e-mail... is scrubbed even when glued to other text,
            # and wins over a guess that it was harmless ("07700 900123p" as pence).
            if kind in DISTINCTIVE:
                claims.add(pos, after, kind, over_safe=True)
            elif bounded:
                claims.add(pos, after, kind)
            pos = haystack.find(needle, after)


def _forced_words(text: str, claims: Claims, forced: list[str], own: list[str]) -> frozenset[str]:
    """Claim always_scrub and own_names; return own names that are common words.

    An own name that is a function word or modal ("Will", "May") would wipe out
    every "will"; it is handed to the name rules as an ambiguous name instead.
    """
    common = {fold(w.strip()) for w in own if fold(w.strip()) in STOP | MODALS}
    phrases = [s.strip() for s in [*forced, *own] if s.strip()]
    phrases = [s for s in phrases if fold(s) not in common or s not in own]
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
        for m in re.finditer(pattern, text, re.IGNORECASE):
            claims.add(m.start(), m.end(), "name")
    return frozenset(common)


def _drop_kept(text: str, spans: list[Span], keep: tuple[tuple[str, ...], ...]) -> list[Span]:
    # always_keep wins over every detector (a product code that looks like an id).
    if not keep:
        return spans
    kept = {" ".join(k) for k in keep}
    return [s for s in spans if " ".join(fold(text[s[0] : s[1]]).split()) not in kept]


def _emails(text: str, claims: Claims) -> None:
    if "@" not in text:
        return
    for m in p.EMAIL.finditer(text):
        end = m.end()
        while text[end - 1] in ".-":  # sentence full stop after the address
            end -= 1
        claims.add(m.start(), end, "email")
    for m in p.UPI.finditer(text):
        claims.add(m.start(), m.end(), "email")
    # "@vinutha.b", "@carme_puigvert": a handle names a person (the "@" stays).
    for m in p.HANDLE.finditer(text):  # "@" is in the text: see above
        claims.add(m.start("h"), m.end("h"), "name")


def _ips(text: str, claims: Claims) -> None:
    if "." in text:
        for m in p.IPV4.finditer(text):
            claims.add(m.start(), m.end(), "ip")
    if "::" in text or text.count(":") >= 7:
        for m in p.IPV6.finditer(text):
            value = m.group(0)
            # "::" alone or a clock time is not an address.
            if len(value) > 3 and (value.count(":") >= 7 or "::" in value):
                claims.add(m.start(), m.end(), "ip")


def _ibans(text: str, claims: Claims) -> None:
    for m in p.IBAN.finditer(text):
        # The pattern runs on into following words ("... 7093 checked"); cut it at
        # the country's IBAN length.
        length = IBAN_LENGTHS.get(m.group(0)[:2].upper())
        if length is None:
            continue
        count, end = 0, m.start()
        for pos in range(m.start(), m.end()):
            if text[pos].isalnum():
                count += 1
                end = pos + 1
                if count == length:
                    break
        value = text[m.start() : end]
        # A group of letters is a bank code ("GB82 WEST 1234"), not a word of the note
        # ("DZ4303103689 delivered to ...": an order number before a sentence).
        worded = any(
            g.isalpha() and (len(g) > 4 or (g.islower() and not value[:2].islower()))
            for g in value.split()[1:]
        )
        if count == length and sum(ch.isdigit() for ch in value) >= 8 and not worded:
            claims.add(m.start(), end, "iban")


def _dobs(text: str, claims: Claims) -> None:
    for m in p.DOB.finditer(text):
        claims.add(m.start("d"), m.end("d"), "dob")
        if "." in m.group("cue"):
            # "fitzroy d.o.b", "Mr Soga b.": the cue's letters are no initials of the name.
            claims.add(m.start("cue"), m.end("cue"), SAFE)
    low = text.lower()
    if "born" in low:
        for m in p.BORN_YEAR.finditer(text):
            claims.add(m.start("d"), m.end("d"), "dob")
    if p.YEARISH.search(text):  # the long pattern only where an old year is
        for m in p.OLD_DATE.finditer(text):
            claims.add(m.start(), m.end(), "dob")


def _cards(text: str, claims: Claims) -> None:
    low = text.lower()  # ids the card patterns would take part of (see patterns.DISCORD_TAG)
    for pattern, needs in ((p.PLAY_ORDER, "gp"), (p.SSN_LAST4, p.SSN_WORDS), (p.DISCORD_TAG, "#")):
        for m in pattern.finditer(text) if re.search(needs, low) else ():
            claims.add(m.start("d") if "d" in pattern.groupindex else m.start(), m.end(), "id")
    if "-" in text:  # an SSN's last four, not a card's: "xxx-xx-5853"
        for m in p.SSN_MASKED.finditer(text):
            claims.add(m.start(), m.end(), "id")
    for m in p.CARD_FULL.finditer(text):
        claims.add(m.start(), m.end(), "card")
    for m in p.CARD_MASKED.finditer(text):
        value = m.group(0)
        masks = sum(ch in "*xX•#" for ch in value)
        # Needs real masking and a digit: "xxxx xxxx" alone is not a card.
        if masks >= 2 and any(ch.isdigit() for ch in value):
            claims.add(m.start(), m.end(), "card")
    for m in p.CARD_CUE.finditer(text):
        claims.add(m.start("d"), m.end("d"), "card")


def _ids_with_cue(text: str, claims: Claims, lex: Lexicon) -> None:
    for pattern in (p.NI_NUMBER, p.CHECKED_ID):
        for m in pattern.finditer(text):
            claims.add(m.start(), m.end(), "id")
    for m in p.HASH_ID.finditer(text):
        if p.STREET_TYPE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "ridgeview pkwy #220": a unit, left to the address
        claims.add(m.start("v"), _id_groups_end(text, m.start("v"), m.end()), "id")
    # After a strong cue the id wins over a harmless reading of its parts: "medicare id
    # 1qy7-ua9-dq05" holds no flight UA9, "acct 05-03-69 59410111" no date.
    unsafe = claims.masked(but_safe=True)
    if "-" in unsafe:
        for m in p.SORT_ACCOUNT.finditer(unsafe):
            claims.add(m.start(), m.end(), "id", over_safe=True)
    cues = list(p.ID_CUE.finditer(text))
    if not v.ID_MORE_WORDS.isdisjoint(p.WORD.findall(text.lower())):
        cues += p.ID_CUE_MORE.finditer(text)
    for m in cues:
        if not handles.after_cue(m, text, claims, lex):
            _ids_after(m, text, unsafe, claims, lex)


def _ids_after(m: re.Match[str], text: str, unsafe: str, claims: Claims, lex: Lexicon) -> None:
    """The id (or ids: "orders 123 and 456") after the cue m."""
    weak = m.groupdict().get("weak") is not None  # ID_CUE_MORE's cues are all strong
    hashed = m.group("hash") is not None or "no" in m.group(0).lower()
    sure = not weak or p.ID_SAID.search(m.group(0)) is not None  # "medicare id"
    seen = unsafe if sure else text
    pos = first = m.end()
    if m.group(0).endswith("-") and m.group(0)[:-1].isalpha():
        first = m.start()  # "TKT-765283", "RMA-888167": the cue is the id's own prefix
    prefix = p.ID_PREFIX.match(text, pos)
    # The id's own letters: "case SR 1-1330490", "ramq - dxcl 9919 2076" (not "policy for 2").
    letters = prefix.group(0).strip() if prefix is not None else ""
    own = letters.isupper() or not lex.is_word(letters.lower())
    if prefix is not None and letters.lower() not in v.STOP and own:
        pos = prefix.end()
    bank = m.group(0).lower().startswith(p.DATE_SHAPED_ID_CUES)  # "sort code 32-30-79"
    while True:
        tok = p.ID_TOKEN.match(seen, pos)
        if tok is None:
            if p.BOOKING_CUE.match(m.group(0)):
                _letter_ref(text, pos, claims, lex)
            return
        value = tok.group(0).rstrip(".")
        if pos != m.end() and fold(value) in lex.keep:
            return  # "uid 956895000, 2FA re-bound": jargon after the ids
        end = _id_groups_end(seen, tok.start(), tok.start() + len(value))
        found = seen[tok.start() : end].replace(" ", "")
        if not (bank or _is_id_value(found, weak=weak, hashed=hashed, sure=sure)):
            return
        claims.add(first, end, "id", over_safe=sure)  # with its prefix, if any
        more = p.ID_MORE.match(text, end)
        if more is None:
            return
        pos = first = more.end()


def _letter_ref(text: str, pos: int, claims: Claims, lex: Lexicon) -> None:
    """A letter-only reference after a booking's cue ("ref QXWTRZ", "booking ref gexauw"):
    a word no dictionary, keep list or other language knows, and no capitalised word
    ("email case: Goldcar", "ticket ouvert", "PNR reissued")."""
    caps = p.ID_CAPS.match(text, pos)
    if caps is None or caps.group(0).istitle():
        return
    word = fold(caps.group(0))
    if lex.is_word(word) or lex.is_typo(word) or prefixed_word(word, lex):
        return
    if not common_anywhere(word):
        claims.add(caps.start(), caps.end(), "id")


def _id_groups_end(text: str, start: int, end: int) -> int:
    """The end of an all-digit id read out in groups ("187 709 872", "5987 58172 1").

    Groups of three digits or more join; a last short group only if the whole has nine
    digits or more ("medicare 5987 58172 1"), so "order 12345 10 items" stays a count.
    """
    value = text[start:end]
    if not value.isdigit() or len(value) < 3:
        return end
    m = p.ID_GROUPS.match(text, end)
    if m is None or not m.group(0):
        return end
    groups = m.group(0).split()
    total = len(value) + sum(len(g) for g in groups)
    if len(groups[-1]) < 3 and total < 9:
        groups = groups[:-1]
    if not groups:
        return end
    return end + len(" " + " ".join(groups))


def _is_id_value(value: str, *, weak: bool, hashed: bool, sure: bool) -> bool:
    # "12gb", "3hrs" are measures; "PPSN 2197307L" is no seven-million-litre measure.
    digits = sum(ch.isdigit() for ch in value)
    measure = p.UNIT_SUFFIX.match(value) and digits <= 4
    # After a sure cue, six digits or more are the id whatever else they read as, but a
    # date: "cédula 53.668.895" is no amount, "ffp TK384403417" no taka.
    taken_back = sure and digits >= 6 and not p.A_DATE.fullmatch(value)  # "ref 2024-11-03"
    if measure or (p.HARMLESS.fullmatch(value) and not taken_back):
        return False
    alnum = sum(ch.isalnum() for ch in value)
    if value.isdigit():
        # "order 2", "return 3 items" are counts; "ticket 4471" is an id.
        need = 2 if hashed else (5 if weak else 3)
        return alnum >= need
    return alnum >= (3 if weak else 2)


def _digit_runs(text: str, claims: Claims) -> None:
    """The last net: a run of 7 or more digits that no detector took whole is personal (a
    phone, card or account number) whatever pattern missed it; glued to letters ("4111 1111
    1111 1111x") or partly taken by another detector ("x07700 900123": the code "x07700",
    then "900123"), its rest is scrubbed too.

    Times, dates and amounts were claimed as harmless before, and are gaps here:
    "2026-11-20", "14:30-15:45" and "£1,250.00" never form a run. Placeholders too.
    """
    if sum(map(text.count, DIGITS)) < 7:
        return
    text = claims.masked(harmless_only=True)
    for m in p.DIGIT_RUN.finditer(text):
        start, end = balanced(text, m.start(), m.end())
        value = text[start:end]
        digits = sum(ch in DIGITS for ch in value)
        if digits < 7:
            continue
        phone_like = value[0] in "+(0" and digits <= 15
        kind = "phone" if phone_like else "id"
        gaps = claims.gaps(start, end)
        whole = gaps == [(start, end)]
        for s, e in gaps:
            s, e = balanced(text, *strip_separators(text, s, e))
            # Beside a found number, a short one is a count ("07700 900123 2 times").
            if sum(ch in DIGITS for ch in text[s:e]) >= (1 if whole else 3):
                claims.add(s, e, kind)


def _phones(text: str, claims: Claims) -> None:
    for m in p.PHONE.finditer(text):
        start, end = m.start(), m.end()
        value = m.group(0)
        # A trailing single digit is usually a count ("07700 900123 2 times").
        while len(value) > 2 and value[-1].isdigit() and value[-2] == " ":
            value = value[:-2]
            end -= 2
        digits = sum(ch.isdigit() for ch in value.split("x")[0].split("ext")[0])
        prefixed = value.startswith(("+", "00", "(+"))
        if (8 if prefixed else 7) <= digits <= 15:
            free = p.TOLL_FREE.fullmatch("".join(ch for ch in value if ch.isdigit()))
            claims.add(start, end, SAFE if free else "phone")
