"""Scrub personal data out of journal text before an agent shares it.

    >>> scrub("helped mrs jones at 14 elm street, called back on 07700 900123").text
    'helped mrs [name 1] at [address 1], called back on [phone 1]'

Standard library only. This module is the public face; the work is done by the
carecli.scrubber package. Importing this module does no work at all (not even `import
re`): the scrubber's modules are imported, its patterns compiled and the word lists in
``data/`` read on the first call to `scrub`, then kept for the life of the process.

How it works, in two passes over a normalised copy of the text (invisible characters
dropped, other scripts' and full-width digits read as ASCII, superscripts glued to a
number read as its digits: see carecli.scrubber.reading), whose spans are mapped back to the text:

1. Pattern detectors, in a fixed priority order, claim character spans: e-mail, URL,
   IP, IBAN, date of birth, card, harmless numbers (times, dates, amounts, which are
   claimed only so that no later detector takes them), ids with a cue word, street
   addresses, postcodes, phone numbers, bare codes, then a last net: any run of seven
   or more digits that survived, or its surviving rest. A span that overlaps one
   claimed earlier is dropped.
2. Names. Every remaining word is classed with the shipped lists (given names,
   surnames, English words, keep words), then decided by its context: titles
   ("mrs jones"), cue words ("spoke to", "customer", "helped"), the verb after it
   ("sarah rang"), capitals in mid-sentence, possessives and neighbouring names. The
   rule of thumb is the security one: a word that is in no English word list gets
   scrubbed whenever anything hints it is a name, or when it is capitalised.

Known limits (see benchmarks/scrub_eval.py for the measured figures):
- A name that is also a common English word needs a cue: "refund sent to Purity",
  "went through the bill with guy" stay; "spoke to will", "Grace rang" are caught.
- A lower-case word in no list, with no cue at all, may stay ("sorted, olu ok"):
  scrubbing every such word ate more jargon and typos than it found names. A cue
  before it, a person's verb or feeling after it, or the name model takes it ("refund
  went to olu", "olu happy with it", "olu fixed it").
- Places are kept from GeoNames lists (data/places.txt, towns.txt): big cities,
  countries and US states anywhere, towns and places that are also names only in a
  place's context ("customer from Nitra", "the Adelaide depot"). Other capitalised
  words in no list are still scrubbed (a brand the keep list lacks, a village, an
  exonym such as "Wien"); always_keep is the way out.
- Obfuscated e-mails ("john dot smith at gmail dot com", "j.smith @ gmail.com") are
  missed; so is a number split by a letter glued inside it ("020a 7946 0958" leaves
  "020a") or by wider gaps than the last net allows ("07700 / 900123").
"""

from __future__ import annotations

# `typing` costs ~14 ms to import here; mypy recognises this constant by name.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

    from carecli.scrubber.lexicon import inflection_bases as inflection_bases
    from carecli.scrubber.render import Finding as Finding
    from carecli.scrubber.render import Scrubbed as Scrubbed
    from carecli.scrubber.vocab import KINDS as KINDS


def scrub(
    text: str,
    *,
    always_scrub: Iterable[str] = (),
    always_keep: Iterable[str] = (),
    own_names: Iterable[str] = (),
) -> Scrubbed:
    """Replace personal data in `text` with numbered, typed placeholders.

    always_scrub: words or phrases always replaced (as names), in any case.
    always_keep: words or phrases never replaced (product names, team names...).
    own_names: the agent's own names; replaced like always_scrub, except that an own
        name which is also a very common word ("Will") needs a name cue or a capital.
    """
    from carecli.scrubber import detectors, lexicon, reading, render

    lex = lexicon.shared()
    read, origin = reading.normalised(text)
    spans = detectors.find(
        read,
        lex,
        keep=lexicon.phrases(always_keep),
        forced=list(always_scrub),
        own=list(own_names),
    )
    if origin is not None:
        # Back to the original text: a span covers what its characters were read from.
        starts, ends = origin
        spans = [(starts[s], ends[e - 1], kind) for s, e, kind in spans]
    return render.render(text, spans)


def mentions(
    text: str,
    *,
    always_scrub: Iterable[str] = (),
    always_keep: Iterable[str] = (),
) -> Scrubbed | None:
    """The scrubbed `text` when it holds personal data, else None: the capture check of
    `win`, `reflect` and `journal edit`. A quick screen (carecli.scrubber.screen) answers
    for plain notes without loading the scrubber."""
    from carecli.scrubber import screen

    always = list(always_scrub)
    if not screen.might_hold(text, always):
        return None
    found = scrub(text, always_scrub=always, always_keep=always_keep)
    return found if found.findings else None


# What each kind is called in a sentence ("this note mentions a phone number").
KIND_WORDS = {
    "name": ("a name", "names"), "email": ("an e-mail address", "e-mail addresses"),
    "phone": ("a phone number", "phone numbers"), "card": ("a card number", "card numbers"),
    "id": ("an account or reference number", "account or reference numbers"),
    "address": ("a street address", "street addresses"), "postcode": ("a postcode", "postcodes"),
    "ip": ("an IP address", "IP addresses"), "url": ("a web address", "web addresses"),
    "iban": ("a bank account number", "bank account numbers"),
    "dob": ("a date of birth", "dates of birth"),
}


def described(findings: Iterable[Finding]) -> str:
    """The kinds found, in words: "a phone number and 2 names"."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    parts = [KIND_WORDS[k][0] if n == 1 else f"{n} {KIND_WORDS[k][1]}"
             for k, n in counts.items()]
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


# The rest of the public names live in the scrubber's modules and are imported on first
# use (PEP 562): Finding and Scrubbed are dataclasses, and `dataclasses` costs ~20 ms to
# import; KINDS and inflection_bases come with no cost but keep this module import-free.
_LAZY = {
    "Finding": "carecli.scrubber.render",
    "Scrubbed": "carecli.scrubber.render",
    "KINDS": "carecli.scrubber.vocab",
    "inflection_bases": "carecli.scrubber.lexicon",
}

if not TYPE_CHECKING:

    def __getattr__(name: str) -> object:
        if name not in _LAZY:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
