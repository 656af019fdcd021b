"""Any value `config set` accepts loads again, shows the same, and keeps the card working;
any value it refuses is one line, exit 1, and leaves config.toml as it was. A config.toml
edited by hand with the wrong type of value is named in one line, never guessed around."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from carecli.config import KEYS
from conftest import care, ok

AWKWARD = [
    "", " ", "  ", "none", "NONE", " None ", "0", "23", "24", "-1", "+5", " 5 ", "+ 5", "5 ",
    "1_0", "\u0665", "5.0", "1e1", "0x10", "true", "mon-fri", "sun-thu", "fri-mon", "MON-FRI",
    "Mon, Wed ,FRI", "mon,mon", "mon,,tue", ",", "-", "mon-", "-fri", "mon-tue-wed", "monday",
    "Monday-Friday", "mo", "monsoon", "none,mon", "a\nb", "\n", "a\r\nb", "\t", "quote\"s",
    "it's", "back\\slash", "\\", '"', "'", "tab\tinside", "x" * 80, "x" * 81, " " + "y" * 80,
    "café,naïve", "日本語", "emoji 👩\u200d💻", "a, b ,a", "A,a", "\x00", "\x7f", "\u2028",
    "\u0085", "\ud800", "[red]Sam", "#comment", "key = value", "[table]",
]
DAYS = st.sampled_from(["mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "Thurs",
                        "SUN", "xyz", ""])
DAY_PART = st.one_of(DAYS, st.tuples(DAYS, DAYS).map("-".join))
WORKDAYS = st.lists(DAY_PART, max_size=4).map(",".join)
HOURS = st.tuples(st.sampled_from(["", " ", "+", "-", " +"]), st.integers(-3, 30),
                  st.sampled_from(["", " ", "\n"])).map(lambda t: f"{t[0]}{t[1]}{t[2]}")
TEXT = st.text(st.characters(codec="utf-8"), max_size=30)
WORDS = st.lists(st.one_of(TEXT, st.sampled_from(AWKWARD)), max_size=4).map(",".join)
VALUES = {
    "name": st.one_of(TEXT, st.text(max_size=90)),
    "rollover_hour": HOURS,
    "workdays": WORKDAYS,
    "scrub_always": WORDS,
    "scrub_keep": WORDS,
    "channels": st.one_of(st.just("all"), st.lists(st.sampled_from(
        ["phone", "chat", "email", "Chat", " email ", "video", "fax", "all", ""]),
        max_size=4).map(",".join)),
    "shift": st.sampled_from(["day", "night", "evening", " Night ", "late", "", "all"]),
    "scrub_on_capture": st.sampled_from(["ask", "always", "never", " Always ", "NEVER", "no",
                                         "", "sometimes"]),
}
ANY_VALUE = st.one_of(st.sampled_from(AWKWARD), TEXT)


def fresh_home() -> Path:
    """A new data folder per example: hypothesis runs them all inside one test (and one
    fixture); conftest's monkeypatch puts CARECLI_HOME back after the test."""
    home = Path(tempfile.mkdtemp(prefix="care-settings-")) / "home"
    os.environ["CARECLI_HOME"] = str(home)
    return home


def config_bytes(home: Path) -> bytes | None:
    path = home / "config.toml"
    return path.read_bytes() if path.exists() else None


def as_value(shown: object) -> object:
    return tuple(shown) if isinstance(shown, list) else shown


def check_set(key: str, value: str) -> None:
    home = fresh_home()
    # A file with other values already in it, including a key carecli does not know.
    home.mkdir(parents=True)
    (home / "config.toml").write_text('name = "Sam"\nfuture_key = [1, 2]\n', encoding="utf-8")
    before = config_bytes(home)
    # `--`: a value may start with a dash (`-1`), which Typer would read as an option.
    outcome = care("config", "set", "--", key, value)
    if outcome.exit_code != 0:
        assert outcome.exit_code == 1, outcome
        lines = outcome.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("carecli: error:"), outcome
        assert "Traceback" not in outcome.output
        assert config_bytes(home) == before
        return
    spec = KEYS[key]
    echoed = outcome.stdout.removesuffix("\n")
    assert "\n" not in echoed and echoed.startswith(f"{key} = "), outcome
    parsed = spec.parse(value)
    assert spec.parse(echoed.removeprefix(f"{key} = ")) == parsed

    shown = json.loads(ok("config", "show", "--json"))
    assert as_value(shown[key]) == parsed
    assert shown["future_key"] == [1, 2]
    if key != "name":
        assert shown["name"] == "Sam"
    card = care("today", "--json")
    assert card.exit_code == 0, card
    json.loads(card.stdout)

    saved = config_bytes(home)
    canonical = spec.text(parsed)
    assert ok("config", "set", "--", key, canonical).removesuffix("\n") == echoed
    assert config_bytes(home) == saved
    assert as_value(json.loads(ok("config", "show", "--json"))[key]) == parsed


@pytest.mark.parametrize("key", list(KEYS))
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_value_config_set_accepts_loads_again(key: str, data: st.DataObject) -> None:
    value = data.draw(st.one_of(VALUES[key], ANY_VALUE), label="value")
    check_set(key, value)


@pytest.mark.parametrize("key", list(KEYS))
@pytest.mark.parametrize("value", AWKWARD)
def test_awkward_values(key: str, value: str) -> None:
    check_set(key, value)


def test_workdays_none_loads_again_as_no_workdays(care_home: Path) -> None:
    assert ok("config", "set", "workdays", "none").strip() == "workdays = none"
    assert json.loads(ok("config", "show", "--json"))["workdays"] == []
    ok("today", "--json")
    ok("config", "set", "workdays", "none")


@pytest.mark.parametrize(("value", "parsed"), [
    ("sun-thu", ["mon", "tue", "wed", "thu", "sun"]),
    ("fri-mon", ["mon", "fri", "sat", "sun"]),
    ("Mon, WED ,fri,mon", ["mon", "wed", "fri"]),
    ("monday-friday", ["mon", "tue", "wed", "thu", "fri"]),
])
def test_workdays_forms(value: str, parsed: list[str]) -> None:
    ok("config", "set", "workdays", value)
    assert json.loads(ok("config", "show", "--json"))["workdays"] == parsed


@pytest.mark.parametrize("value", ["a\nb", "Sam\rX", "tab\there", "\x00", "line\u2028break"])
def test_name_must_be_one_line(care_home: Path, value: str) -> None:
    outcome = care("config", "set", "name", value)
    assert outcome.exit_code == 1 and outcome.stderr.startswith("carecli: error: name:")
    assert not (care_home / "config.toml").exists()


@pytest.mark.parametrize("value", ["monsoon", "mon-tue-wed", "mon-", "-fri", "mo", ","])
def test_workdays_refuses_what_it_cannot_read_exactly(value: str) -> None:
    outcome = care("config", "set", "--", "workdays", value)
    assert outcome.exit_code == 1 and outcome.stderr.startswith("carecli: error: workdays")


@pytest.mark.parametrize(("text", "says"), [
    ("rollover_hour = true\n", "rollover_hour"),
    ('rollover_hour = "6"\n', "rollover_hour"),
    ("rollover_hour = 6.0\n", "rollover_hour"),
    ("rollover_hour = 30\n", "rollover_hour"),
    ('workdays = "mon-fri"\n', "workdays"),
    ("workdays = [1, 2]\n", "workdays"),
    ('workdays = ["funday"]\n', "workdays"),
    ("name = 5\n", "name"),
    ('name = ["Sam"]\n', "name"),
    ('name = "a\\nb"\n', "name"),
    ('scrub_always = "acme"\n', "scrub_always"),
    ("scrub_keep = [true]\n", "scrub_keep"),
    ("name = \n", "not valid TOML"),
])
def test_hand_edited_wrong_type_is_one_line_naming_the_file(care_home: Path, text: str,
                                                            says: str) -> None:
    care_home.mkdir(parents=True)
    path = care_home / "config.toml"
    path.write_text(text, encoding="utf-8")
    for args in (("config", "show"), ("config", "show", "--json"), (), ("today", "--json"),
                 ("config", "set", "scrub_keep", "acme")):
        outcome = care(*args)
        assert outcome.exit_code == 1, (args, outcome)
        lines = outcome.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("carecli: error:"), (args, outcome)
        assert str(path) in lines[0] and says in lines[0], (args, outcome)
        assert "Traceback" not in outcome.output
        assert path.read_text(encoding="utf-8") == text


def test_hand_edited_empty_workdays_is_no_workdays(care_home: Path) -> None:
    """`workdays = []` is what `config set workdays none` writes, so it loads."""
    care_home.mkdir(parents=True)
    (care_home / "config.toml").write_text("workdays = []\n", encoding="utf-8")
    assert json.loads(ok("config", "show", "--json"))["workdays"] == []
    ok("today", "--json")


def test_unknown_keys_are_kept_when_another_key_is_set(care_home: Path) -> None:
    care_home.mkdir(parents=True)
    path = care_home / "config.toml"
    path.write_text('theme = "dark"\nlimits = [1, 2]\n\n[plugin]\nenabled = true\n',
                    encoding="utf-8")
    ok("config", "set", "rollover_hour", "6")
    ok("config", "set", "name", "Sam")
    shown = json.loads(ok("config", "show", "--json"))
    assert shown["theme"] == "dark" and shown["limits"] == [1, 2]
    assert shown["plugin"] == {"enabled": True}
    assert shown["rollover_hour"] == 6 and shown["name"] == "Sam"
    text = path.read_text(encoding="utf-8")
    assert 'theme = "dark"' in text and "[plugin]" in text
