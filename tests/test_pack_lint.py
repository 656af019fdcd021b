"""The text of prompt packs: lengths, near-duplicates, banned phrasing, neutral evening
questions and coverage; plus the optional `tags`, `channel` and `shift` fields.

`lint_pack` lives in carecli.packlint: the same checks fail the suite for the shipped
pack (below) and are warnings when `carecli prompts add` installs a team pack.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from carecli.core.errors import CareError
from carecli.packlint import (
    BANNED,
    SHIPPED_ONLY,
    TIME_OF_DAY,
    evening_assumes,
    lint_pack,
    phrase,
)
from carecli.prompts import PROMPT_KINDS, all_prompts, load_packs, load_themes, parse_pack

if TYPE_CHECKING:
    from carecli.prompts import Prompt


def shipped_prompts() -> list[Prompt]:
    return all_prompts(load_packs(Path("/nonexistent"), load_themes()))


# ---- the shipped pack ----------------------------------------------------------------

def test_the_shipped_pack_is_clean() -> None:
    problems = lint_pack(shipped_prompts(), shipped=True, themes=list(load_themes()),
                         kinds=PROMPT_KINDS)
    assert not problems, "\n".join(problems)


def test_theme_summaries_avoid_the_same_phrasing() -> None:
    words = [(w, phrase(w)) for w in BANNED + TIME_OF_DAY + SHIPPED_ONLY]
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


# ---- the same lint when a team pack is installed -------------------------------------------

def test_prompts_add_warns_about_each_finding_and_still_installs(tmp_path: Path) -> None:
    from conftest import care, ok

    path = tmp_path / "pack.toml"
    path.write_text(PACK.format(extra="").replace(
        "I'll leave a clear note on every case I hand over.",
        "Always remember to leave a note this morning.") + '''
[[prompt]]
id = "night-owls-2"
theme = "empathy-first"
kind = "reflection"
text = "I'll notice one thing that made a contact easier for someone."
evening = "Which contact went well?"
''', encoding="utf-8")
    outcome = care("prompts", "add", str(path))
    assert outcome.exit_code == 0, outcome
    assert "Installed pack 'night-owls' with 2 prompts." in outcome.stdout
    warnings = outcome.stderr.splitlines()
    assert warnings == [
        "carecli: warning: pack 'night-owls': night-owls-1: text says 'always remember'",
        "carecli: warning: pack 'night-owls': night-owls-1: text says 'morning'",
        "carecli: warning: pack 'night-owls': night-owls-2: evening question assumes "
        "success: 'Which contact went well?'",
    ]
    assert "night-owls-2" in ok("prompts", "list", "--theme", "empathy-first")


def test_a_clean_team_pack_installs_without_a_warning(tmp_path: Path) -> None:
    from conftest import care

    path = tmp_path / "pack.toml"
    path.write_text(PACK.format(extra='shift = "night"'), encoding="utf-8")
    outcome = care("prompts", "add", str(path))
    assert outcome.exit_code == 0 and outcome.stderr == "", outcome
