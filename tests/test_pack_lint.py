"""The text of prompt packs: lengths, near-duplicates, banned phrasing, neutral evening
questions and coverage; plus the optional `tags`, `channel` and `shift` fields.

`lint_pack` is a plain function over a list of prompts, so the same checks can run on a
team pack (as warnings) as well as on the shipped one (as failures, below).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from carecli.core.errors import CareError
from carecli.prompts import PROMPT_KINDS, all_prompts, load_packs, load_themes, parse_pack

if TYPE_CHECKING:
    from collections.abc import Sequence

    from carecli.prompts import Prompt

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


def _phrase(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])" + re.escape(word) + r"(?![\w'])", re.I)


def evening_assumes(question: str) -> bool:
    """True for an evening question that presumes the shift went well or the challenge was
    done (see _ASSUMING above)."""
    return bool(_ASSUMING.match(question.strip()))


def lint_pack(prompts: Sequence[Prompt], *, shipped: bool = False) -> list[str]:
    """Every problem with the text of `prompts`, one line each; empty when it is clean.

    Text checks apply to any pack; `shipped` adds the jargon list and the coverage
    rules (size, themes, kinds, situations, tags) the built-in pack must meet."""
    problems: list[str] = []
    banned = [(w, _phrase(w)) for w in BANNED + TIME_OF_DAY + (SHIPPED_ONLY if shipped else ())]
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
        problems += _coverage(prompts)
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


def _coverage(prompts: Sequence[Prompt]) -> list[str]:
    problems = []
    if len(prompts) < MIN_PROMPTS:
        problems.append(f"{len(prompts)} prompts (want at least {MIN_PROMPTS})")
    themes = Counter(p.theme for p in prompts)
    for theme in load_themes():
        want = THEME_MINIMUMS.get(theme, MIN_PER_THEME)
        if themes[theme] < want:
            problems.append(f"theme {theme} has {themes[theme]} prompts (want {want})")
    kinds = Counter(p.kind for p in prompts)
    problems += [f"kind {kind} has {kinds[kind]} prompts (want {MIN_PER_KIND})"
                 for kind in PROMPT_KINDS if kinds[kind] < MIN_PER_KIND]
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


def shipped_prompts() -> list[Prompt]:
    return all_prompts(load_packs(Path("/nonexistent"), load_themes()))


# ---- the shipped pack ----------------------------------------------------------------

def test_the_shipped_pack_is_clean() -> None:
    problems = lint_pack(shipped_prompts(), shipped=True)
    assert not problems, "\n".join(problems)


def test_theme_summaries_avoid_the_same_phrasing() -> None:
    words = [(w, _phrase(w)) for w in BANNED + TIME_OF_DAY + SHIPPED_ONLY]
    for theme in load_themes().values():
        for value in (theme.title, theme.summary):
            assert not [w for w, pattern in words if pattern.search(value)], theme.id


def test_channel_and_shift_only_where_the_wording_needs_them() -> None:
    for prompt in shipped_prompts():
        words = prompt.text.lower()
        if prompt.channel == "":
            assert not re.search(r"\b(call|caller|hang up|hold music)\b", words), prompt.id
        if "night" in words:
            assert prompt.shift == "night" and "night" in prompt.tags, prompt.id


# ---- the checks themselves -------------------------------------------------------------

def fake(pid: str, text: str, evening: str = "Was there a moment like that?") -> Prompt:
    from carecli.prompts import Prompt
    return Prompt(pid, "empathy-first", "intention", text, evening, "team")


@pytest.mark.parametrize(("question", "assumes"), [
    ("Which tense call did you bring round today?", True),
    ("What did you learn from the open minute?", True),
    ("Where did you help instead of defend today?", True),
    ("How did summing up the complaint change the call?", True),
    ("Was there a tense contact you helped turn round?", False),
    ("Did anything set off your defences? What did you notice?", False),
    ("If you tried it, how did your patience hold up?", False),
    ("What helped on the low stretches, even a little?", False),
])
def test_evening_check(question: str, assumes: bool) -> None:
    assert evening_assumes(question) is assumes


def test_lint_names_each_problem() -> None:
    long_text = "word " * 30
    problems = lint_pack([
        fake("a-1", long_text.strip()),
        fake("a-2", "Always remember to make it happen this morning.", "Which call went well?"),
        fake("a-3", "I'll say that I'm on it first, and start asking questions second."),
        fake("a-4", "I'll say that I'm on it first, then start asking questions second."),
    ])
    text = "\n".join(problems)
    assert "a-1: text is 149 characters" in text
    assert "a-2: text says 'always remember'" in text
    assert "a-2: text says 'make it happen'" in text
    assert "a-2: text says 'morning'" in text
    assert "a-2: evening question assumes success" in text
    assert "a-3 and a-4: texts are" in text
    # A team pack is not held to the shipped pack's size or jargon rules.
    assert lint_pack([fake("b-1", "Bring our number ten to the huddle.")]) == []
    assert any("number ten" in p for p in lint_pack([fake("b-1", "Our number ten.")],
                                                    shipped=True))


def test_banned_words_match_whole_words_only() -> None:
    assert lint_pack([fake("c-1", "Factually correct, and kind with it.")]) == []


# ---- the optional fields -----------------------------------------------------------------

PACK = """\
[pack]
name = "night-owls"

[[prompt]]
id = "night-owls-1"
theme = "follow-through"
kind = "intention"
{extra}
text = "I'll leave a clear note on every case I hand over."
"""


def load(tmp_path: Path, extra: str) -> Prompt:
    path = tmp_path / "pack.toml"
    path.write_text(PACK.format(extra=extra), encoding="utf-8")
    return parse_pack(path, load_themes()).prompts[0]


def test_tags_channel_and_shift_are_read(tmp_path: Path) -> None:
    prompt = load(tmp_path, 'tags = ["night", "back-office"]\nchannel = "email"\n'
                            'shift = "night"')
    assert (prompt.tags, prompt.channel, prompt.shift) == (("night", "back-office"),
                                                           "email", "night")
    plain = load(tmp_path, "")
    assert (plain.tags, plain.channel, plain.shift) == ((), "", "")


@pytest.mark.parametrize(("extra", "says"), [
    ('tags = "night"', "tags must be a list"),
    ('tags = ["Night shift"]', "tag must be lowercase"),
    ('tags = ["night", "night"]', "listed twice"),
    ("tags = [" + ", ".join(f'"t{n}"' for n in range(9)) + "]", "more than 8 tags"),
    ('channel = "fax"', "channel must be one of phone, chat, email"),
    ('channel = "emial"', "did you mean 'email'"),
    ('shift = "late"', "shift must be one of day, night, evening"),
    ('mood = "sunny"', "unknown field(s) mood"),
])
def test_bad_optional_fields_refuse_the_pack(tmp_path: Path, extra: str, says: str) -> None:
    with pytest.raises(CareError, match=re.escape(says)):
        load(tmp_path, extra)
