"""The text of prompt packs: lengths, near-duplicates, banned phrasing, neutral evening
questions, and (for the shipped pack) coverage of themes, kinds and situations.

`lint_pack` is a plain function over a list of prompts: the test suite fails on any finding
for the shipped pack, and `carecli prompts add` prints each finding for a team pack as a
warning (the pack still installs when it is valid). Standard library only.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol


class Prompt(Protocol):
    """What the lint reads of a prompt (carecli.prompts.Prompt has it; this module does
    not import carecli.prompts, which calls it when a pack is installed)."""

    @property
    def id(self) -> str: ...
    @property
    def theme(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def evening(self) -> str: ...
    @property
    def tags(self) -> tuple[str, ...]: ...

MAX_TEXT = 130  # no text or evening question longer than this
GLANCE_TEXT = 110  # ... and most of them within this, to read at a glance
GLANCE_SHARE = 0.8
SIMILAR = 0.8  # difflib ratio on lower-cased text at or above which two prompts clash

# Slogans, overclaims and filler that make a card read like a poster. Matched as whole
# words or phrases, case-insensitively.
BANNED = (
    "actually", "always remember", "never forget", "100%", "110%", "every single",
    "best version of yourself", "make it happen", "you've got this", "you got this",
    "give it your all", "no excuses", "crush it", "smash it", "go above and beyond",
    "above and beyond", "the customer is always right", "i am the company",
    "you are the company", "yesterday's me", "free advice", "complaint is a gift",
    "good vibes", "positive vibes", "just smile", "nobody else to turn to",
    "one of the toughest", "stay positive", "failure is not an option",
)
# Words that assume a day shift (or any one time of day).
TIME_OF_DAY = ("morning", "tonight", "this evening", "lunch", "afternoon", "midnight",
               "a.m.", "p.m.")
# Only for the shipped pack: jargon from the source article, and on-site assumptions.
SHIPPED_ONLY = ("number ten", "the list", "on the floor", "huddle")

# Evening questions are read at the end of every shift, good or bad, tried or not.
# A simple, documented check of the two forms that assume success:
#   * anything starting with "Which" ("Which tense call did you bring round?");
#   * a wh-question about what happened ("What / Who / Whose / Where / When / How ...
#     did ...?"), which presumes there is an answer. Ask "Was there ...?", "Did ...?",
#     "If you tried it, ...?" or about the present ("What helps ...?") instead.
_ASSUMING = re.compile(r"^(which\b|(what|who|whose|where|when|how)\b.*\bdid\b)", re.I)

# Situations the shipped pack tags; a team pack may use its own.
KNOWN_TAGS = frozenset({
    "distress", "low-energy", "leave-work", "chat", "writing", "backlog", "night",
    "new-starter", "home", "feedback", "vulnerable", "ask-for-help", "back-office",
    "outbound",
})
# The situations the prompt review found missing: each needs prompts in the shipped pack.
MISSING_SITUATIONS = ("distress", "low-energy", "leave-work", "chat", "writing", "backlog",
                      "night", "new-starter", "home", "feedback", "vulnerable",
                      "ask-for-help", "back-office")

MIN_PROMPTS = 150
MIN_PER_THEME = 5
MIN_PER_KIND = 20
MIN_PER_SITUATION = 2
# team-number-ten is a team exercise: core keeps a few plain prompts and team packs add
# the rest, so it is held to a smaller floor.
THEME_MINIMUMS = {"team-number-ten": 2}
# "X isn't Y. It's Z" (a first sentence that denies something, then the correction):
# fine now and then, tiring as the house style of every reframe.
_FORMULA = re.compile(r"^[^.?]*\b(isn't|doesn't|hasn't|aren't|wasn't|don't)\b[^.?]*\.\s+\S",
                      re.I)
MAX_FORMULA_SHARE = 0.25


def phrase(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + re.escape(word) + r"(?![\w'])", re.I)


def evening_assumes(question: str) -> bool:
    """True for an evening question that presumes the shift went well or the challenge was
    done (see _ASSUMING above)."""
    return bool(_ASSUMING.match(question.strip()))


def lint_pack(prompts: Sequence[Prompt], *, shipped: bool = False,
              themes: Sequence[str] = (), kinds: Sequence[str] = ()) -> list[str]:
    """Every problem with the text of `prompts`, one line each; empty when it is clean.

    Text checks apply to any pack; `shipped` adds the jargon list and the coverage
    rules (size, situations, tags, and prompts for each of `themes` and `kinds`, the
    theme ids and prompt kinds the built-in pack must cover)."""
    problems: list[str] = []
    banned = [(w, phrase(w)) for w in BANNED + TIME_OF_DAY + (SHIPPED_ONLY if shipped else ())]
    for prompt in prompts:
        for field, value in (("text", prompt.text), ("evening", prompt.evening)):
            if len(value) > MAX_TEXT:
                problems.append(f"{prompt.id}: {field} is {len(value)} characters "
                                f"(at most {MAX_TEXT})")
            problems += [f"{prompt.id}: {field} says {word!r}" for word, pattern in banned
                         if pattern.search(value)]
        if prompt.evening and evening_assumes(prompt.evening):
            problems.append(f"{prompt.id}: evening question assumes success: "
                            f"{prompt.evening!r}")
    if prompts:
        glance = sum(len(p.text) <= GLANCE_TEXT for p in prompts) / len(prompts)
        if glance < GLANCE_SHARE:
            problems.append(f"only {glance:.0%} of texts are within {GLANCE_TEXT} characters "
                            f"(want {GLANCE_SHARE:.0%})")
    problems += similar_pairs(prompts)
    if shipped:
        problems += _coverage(prompts, themes, kinds)
    return problems


def similar_pairs(prompts: Sequence[Prompt]) -> list[str]:
    """Pairs of texts (and pairs of evening questions) that read as the same prompt."""
    found = []
    for field in ("text", "evening"):
        values = [(p.id, getattr(p, field).lower()) for p in prompts if getattr(p, field)]
        for n, (first, a) in enumerate(values):
            matcher = difflib.SequenceMatcher(None, b=a)
            for second, b in values[n + 1:]:
                matcher.set_seq1(b)
                if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR \
                        and (ratio := matcher.ratio()) >= SIMILAR:
                    found.append(f"{first} and {second}: {field}s are {ratio:.0%} alike")
    return found


def _coverage(prompts: Sequence[Prompt], all_themes: Sequence[str],
              all_kinds: Sequence[str]) -> list[str]:
    problems = []
    if len(prompts) < MIN_PROMPTS:
        problems.append(f"{len(prompts)} prompts (want at least {MIN_PROMPTS})")
    themes = Counter(p.theme for p in prompts)
    for theme in all_themes:
        want = THEME_MINIMUMS.get(theme, MIN_PER_THEME)
        if themes[theme] < want:
            problems.append(f"theme {theme} has {themes[theme]} prompts (want {want})")
    kinds = Counter(p.kind for p in prompts)
    problems += [f"kind {kind} has {kinds[kind]} prompts (want {MIN_PER_KIND})"
                 for kind in all_kinds if kinds[kind] < MIN_PER_KIND]
    tags = Counter(tag for p in prompts for tag in p.tags)
    problems += [f"{p.id}: unknown tag {tag!r}" for p in prompts for tag in p.tags
                 if tag not in KNOWN_TAGS]
    problems += [f"situation {tag!r} has {tags[tag]} prompts (want {MIN_PER_SITUATION})"
                 for tag in MISSING_SITUATIONS if tags[tag] < MIN_PER_SITUATION]
    reframes = [p for p in prompts if p.kind == "reframe"]
    formula = [p.id for p in reframes if _FORMULA.search(p.text)]
    if reframes and len(formula) / len(reframes) > MAX_FORMULA_SHARE:
        problems.append(f"{len(formula)} of {len(reframes)} reframes use the "
                        f"\"X isn't Y. It's Z\" form: {', '.join(formula)}")
    return problems
