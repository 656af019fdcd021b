"""The result: numbered placeholders in the text, and the findings behind them."""

# No `from __future__ import annotations`: the fields keep the types they have always
# had (`dataclasses.fields`: "kind" is `str`, "findings" the string "tuple[Finding, ...]").
import unicodedata
from dataclasses import dataclass

from carecli.scrubber.claims import Span
from carecli.scrubber.lexicon import fold
from carecli.scrubber.patterns import PLACEHOLDER
from carecli.scrubber.vocab import KINDS


@dataclass(frozen=True)
class Finding:
    """One replaced piece of personal data."""

    __module__ = "carecli.scrub"  # the public home of the type (see carecli/scrub.py)

    kind: str  # one of KINDS
    original: str  # the text that was replaced
    placeholder: str  # e.g. "[name 1]"


@dataclass(frozen=True)
class Scrubbed:
    """The scrubbed text and what was replaced, in text order."""

    __module__ = "carecli.scrub"

    text: str
    findings: "tuple[Finding, ...]"


def render(text: str, spans: list[Span]) -> Scrubbed:
    if not spans:
        return Scrubbed(text=text, findings=())
    # Numbering continues after placeholders already in the text, so scrubbing a
    # partly scrubbed text never reuses "[name 1]" for a different person.
    counters = dict.fromkeys(KINDS, 0)
    for match in PLACEHOLDER.finditer(text):
        kind = match.group(0)[1:].split(" ")[0]
        counters[kind] = max(counters[kind], int(match.group(1)))
    assigned: dict[tuple[str, str], str] = {}
    pieces: list[str] = []
    findings: list[Finding] = []
    pos = 0
    for start, end, kind in spans:
        original = text[start:end]
        key = (kind, _value_key(kind, original))
        placeholder = assigned.get(key)
        if placeholder is None:
            counters[kind] += 1
            placeholder = assigned[key] = f"[{kind} {counters[kind]}]"
        pieces.append(text[pos:start])
        pieces.append(placeholder)
        findings.append(Finding(kind=kind, original=original, placeholder=placeholder))
        pos = end
    pieces.append(text[pos:])
    return Scrubbed(text="".join(pieces), findings=tuple(findings))


def _value_key(kind: str, original: str) -> str:
    """What makes two occurrences 'the same value' (same placeholder) for a kind."""
    if kind in ("phone", "card", "iban", "id", "postcode"):
        # "07700 900123", "07700900123" and its full-width form are one number.
        if not original.isascii():
            original = unicodedata.normalize("NFKC", original)
        return "".join(ch for ch in original.upper() if ch.isalnum())
    return " ".join(fold(original).split())
