"""The registry of claimed spans, and small helpers for a span's edges."""

from __future__ import annotations

from carecli.scrubber.vocab import SAFE

# A span is (start, end, kind); text[start:end] is replaced by the kind's placeholder.
Span = tuple[int, int, str]


def strip_separators(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " .-/":
        start += 1
    while end > start and text[end - 1] in " .-/":
        end -= 1
    return start, end


def balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an unmatched "(" at the start or ")" at the end of a digit run."""
    value = text[start:end]
    if value.endswith(")") and value.count(")") > value.count("("):
        end -= 1
    if value.startswith("(") and value.count("(") > value.count(")"):
        start += 1
    return start, end


def trim_url(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)]}'\"":
        if text[end - 1] == ")" and "(" in text[start:end]:
            break
        end -= 1
    return end


class Claims:
    """Spans claimed so far; a later span overlapping an earlier one is dropped."""

    def __init__(self, text: str) -> None:
        self._spans: list[Span] = []
        self._text = text
        self._masked = text
        self._masked_count = 0

    def add(self, start: int, end: int, kind: str, *, over_safe: bool = False) -> bool:
        """Claim a span; `kind` "" marks an earlier placeholder, SAFE a harmless number.

        over_safe: drop harmless-number claims in the way instead of giving up.
        """
        if over_safe:
            in_the_way = [c for c in self._spans if c[0] < end and start < c[1] and c[2] == SAFE]
            for claim in in_the_way:
                self._spans.remove(claim)
                self._masked_count = -1
        if end <= start or self.overlaps(start, end):
            return False
        self._spans.append((start, end, kind))
        return True

    @property
    def text(self) -> str:
        """The text the claims are on, nothing masked."""
        return self._text

    def widen(
        self, start: int, end: int, new_start: int, new_end: int, *, over_safe: bool = False
    ) -> bool:
        """Grow the claim (start, end) to (new_start, new_end), taking in the claims of the
        same kind it covers (and harmless numbers, if over_safe); False, and nothing
        changed, if it would cover another kind."""
        kind = next((k for s, e, k in self._spans if (s, e) == (start, end)), None)
        if kind is None:
            return False
        covered = [c for c in self._spans if c[0] < new_end and new_start < c[1]]
        if any(c[2] != kind and not (over_safe and c[2] == SAFE) for c in covered):
            return False
        for claim in covered:
            self._spans.remove(claim)
        # The claims it takes in may reach further: "flat 4B, 23/F" and "23/F, Tower 2".
        new_start = min([new_start] + [c[0] for c in covered])
        new_end = max([new_end] + [c[1] for c in covered])
        self._spans.append((new_start, new_end, kind))
        self._masked_count = -1
        return True

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e, _ in self._spans)

    def last_kind_before(self, pos: int, kinds: tuple[str, ...], window: int) -> int | None:
        """End of the nearest claimed span of `kinds` ending before `pos`."""
        best = None
        for _s, e, k in self._spans:
            if k in kinds and e <= pos and pos - e <= window and (best is None or e > best):
                best = e
        return best

    def masked(
        self, *, harmless_only: bool = False, but_safe: bool = False, safe_apart: bool = False
    ) -> str:
        """The text with every claimed span blanked out by U+001F (same length).

        harmless_only: blank out only the harmless claims (times, amounts, placeholders).
        but_safe: blank out all but the harmless numbers (an id may take them back).
        safe_apart: blank out the harmless numbers with U+001E instead, for the name rules,
            to which U+001F is personal data next to a word ("erste, refund <id>" would be
            a CRM name; "erste, refund huf 57000" is not).
        """
        if harmless_only or but_safe or safe_apart:
            chars = list(self._text)
            for s, e, k in self._spans:
                harmless = k in ("", SAFE)
                if (harmless_only and not harmless) or (but_safe and k == SAFE):
                    continue
                chars[s:e] = ("\x1e" if safe_apart and k == SAFE else "\x1f") * (e - s)
            return "".join(chars)
        if len(self._spans) != self._masked_count:
            chars = list(self._text)
            for s, e, _k in self._spans:
                chars[s:e] = "\x1f" * (e - s)
            self._masked = "".join(chars)
            self._masked_count = len(self._spans)
        return self._masked

    def gaps(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of [start, end) that no claim covers, in order."""
        out = []
        pos = start
        for s, e, _k in sorted(self._spans):
            if e <= pos or s >= end:
                continue
            if s > pos:
                out.append((pos, s))
            pos = max(pos, e)
        if pos < end:
            out.append((pos, end))
        return out

    def spans(self) -> list[Span]:
        """The personal-data spans (harmless claims dropped), in text order."""
        return sorted(s for s in self._spans if s[2] and s[2] != SAFE)
