"""The hot commands stay fast: a guard on what each imports, and the real console script.

The card runs at every shift start, often from a shell startup file. Its warm path (the
compiled settings and day figures already exist) must not import the CLI framework, the
store, rich, or even json/typing: each of them costs more than the whole card may take.
`win` and `journal list` get their own, looser lists (they need the store, or json).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CARECLI = str(Path(sys.executable).parent / "carecli")

# Modules the warm card must never load (the ruff rule TID253 guards top-level imports;
# this guards the runtime, including imports done inside functions).
HEAVY = ("questionary", "prompt_toolkit", "rich", "typer", "click", "tinydb", "dateparser",
         "filelock", "platformdirs", "pydantic", "tomllib", "tomli_w", "json", "dataclasses",
         "typing", "pathlib", "shutil")

RUN_AND_DUMP = """
import sys
out, sys.argv = sys.argv[1], ["carecli", *sys.argv[2:]]
code = 0
try:
    from carecli.launch import main
    main()
except SystemExit as exit:
    code = exit.code or 0
finally:
    loaded = sorted(sys.modules)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(str(code) + "\\n" + "\\n".join(loaded))
"""


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CARECLI, *args], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL, env=env, check=False)


def modules_of(tmp_path: Path, *args: str,
               env: dict[str, str] | None = None) -> tuple[int, set[str], str]:
    """Run `carecli ARGS` (carecli.launch.main with sys.argv set) in a fresh interpreter:
    its exit code, every module it loaded, and its stdout."""
    out = tmp_path / "modules.txt"
    result = subprocess.run([sys.executable, "-c", RUN_AND_DUMP, str(out), *args],
                            capture_output=True, text=True, timeout=60, env=env,
                            stdin=subprocess.DEVNULL, check=False)
    assert result.stderr == "", result.stderr
    code, *names = out.read_text(encoding="utf-8").splitlines()
    return int(code), set(names), result.stdout


def loaded_of(modules: set[str], banned: tuple[str, ...]) -> list[str]:
    """The modules in `banned` (a name bans its submodules too) that were loaded."""
    return sorted(m for m in modules
                  if any(m == name or m.startswith(name + ".") for name in banned))


def heavy_in(modules: set[str]) -> list[str]:
    return loaded_of(modules, HEAVY)


@pytest.fixture
def warm_home(care_home: Path) -> Path:
    """A journal with wins, and a card already shown once (its caches exist)."""
    for args in (["win", "Sorted a stuck refund", "--impact", "4", "--at", "2h ago"],
                 ["win", "Calmed a worried caller", "--theme", "empathy"],
                 ["reflect", "--energy", "4", "--tomorrow", "Breaks on time"]):
        assert run(*args).returncode == 0
    assert run().returncode == 0
    return care_home


def test_bare_interpreter_loads_none_of_the_guarded_modules(tmp_path: Path) -> None:
    """The guard means something only if Python itself does not load them at start-up."""
    result = subprocess.run([sys.executable, "-c", "import sys; print(*sorted(sys.modules))"],
                            capture_output=True, text=True, timeout=60, check=True)
    assert heavy_in(set(result.stdout.split())) == []


@pytest.mark.usefixtures("warm_home")
@pytest.mark.parametrize("args", [(), ("today",), ("today", "--once")],
                         ids=["carecli", "today", "once"])
def test_warm_card_imports_nothing_heavy(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, modules, stdout = modules_of(tmp_path, *args)
    assert code == 0
    assert "carecli.card.build" in modules  # it really ran the card
    assert heavy_in(modules) == []
    assert not any(m.startswith(("carecli.cli.app", "carecli.journal.store", "carecli.config",
                                 "carecli.prompts", "carecli.render.console", "carecli.cli.ask"))
                   for m in modules), sorted(m for m in modules if m.startswith("carecli"))
    if args != ("today", "--once"):  # --once printed already in this shift
        assert "Today so far" in stdout


def test_warm_card_looking_at_another_day_stays_light(tmp_path: Path, warm_home: Path) -> None:
    code, modules, stdout = modules_of(tmp_path, "today", "--date", "2026-01-05")
    assert code == 0 and "Shift day" in stdout
    assert heavy_in(modules) == []


def test_first_card_builds_its_cache_then_stays_light(tmp_path: Path, care_home: Path) -> None:
    code, _, stdout = modules_of(tmp_path)  # cold: compiles settings and prompts
    assert code == 0 and "Welcome to carecli" in stdout
    assert (care_home / "card-cache.bin").exists()
    code, modules, stdout = modules_of(tmp_path)
    assert code == 0 and "Welcome to carecli" in stdout
    assert heavy_in(modules) == []


def test_card_without_carecli_home_finds_the_platform_folder_without_platformdirs(
        tmp_path: Path) -> None:
    """As users run it: no CARECLI_HOME, so the card works out the data folder itself."""
    if sys.platform not in ("linux", "darwin"):
        pytest.skip("the card defers to platformdirs on this platform")
    user_home = tmp_path / "user-home"
    user_home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k != "CARECLI_HOME" and not k.startswith("XDG_")}
    env["HOME"] = str(user_home)
    # Cold (it compiles the settings) and warm: neither may need platformdirs on Linux/macOS.
    for _ in range(2):
        code, modules, stdout = modules_of(tmp_path, env=env)
        assert code == 0 and "Welcome to carecli" in stdout
        assert loaded_of(modules, ("platformdirs",)) == []
    assert heavy_in(modules) == []  # the warm run keeps the card's strict list
    folder = (user_home / ".local" / "share" / "carecli" if sys.platform == "linux"
              else user_home / "Library" / "Application Support" / "carecli")
    assert (folder / "card-cache.bin").exists()


# `win` is typed many times a shift: a plain line (text and well-formed options) needs the
# store, but not Typer (carecli.cli.lines reads it), no forms, no drawing (rich), no
# settings reader or writer once compiled, no platformdirs (CARECLI_HOME is set here),
# nothing of share, and of the scrubber only the capture check's screen (scrubber/screen.py).
WIN_BANNED = ("typer", "click", "questionary", "prompt_toolkit", "rich", "dateparser",
              "pygal", "tomllib", "tomli_w", "platformdirs", "carecli.render.console",
              "carecli.share", "carecli.cli.app", "carecli.cli.capture",
              # a plain note passes the capture check's quick screen: no full scrubber
              "carecli.scrubber.detectors", "carecli.scrubber.names",
              "carecli.scrubber.patterns", "carecli.scrubber.render")


@pytest.mark.usefixtures("warm_home")  # it holds a first win: the journal exists
def test_warm_win_with_every_option_imports_nothing_heavy(tmp_path: Path) -> None:
    code, modules, stdout = modules_of(tmp_path, "win", "text", "--theme", "emp",
                                       "--impact", "4", "--channel", "chat", "--tag", "x")
    assert code == 0 and "Saved win" in stdout
    assert "carecli.cli.actions" in modules  # it really ran `win`
    assert loaded_of(modules, WIN_BANNED) == []


# A read-only listing of the last entries: a plain line (cli/lines.py), so no Typer, and a
# plain table, so no rich, no forms, no dates typed, no settings writer, and (being
# read-only) neither the store's tinydb nor its lock.
LIST_BANNED = ("typer", "click", "questionary", "prompt_toolkit", "rich", "dateparser",
               "pygal", "tomli_w", "tinydb", "filelock", "carecli.scrub", "carecli.share",
               "carecli.cli.app", "carecli.cli.journal")


@pytest.mark.usefixtures("warm_home")
def test_warm_journal_list_imports_nothing_heavy(tmp_path: Path) -> None:
    code, modules, stdout = modules_of(tmp_path, "journal", "list", "-n", "20")
    assert code == 0 and "Calmed a worried caller" in stdout
    assert "carecli.render.journal" in modules  # it really ran `journal list`
    assert loaded_of(modules, LIST_BANNED) == []


def test_version_from_the_installed_script() -> None:
    from carecli import __version__
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"carecli {__version__}"
    assert result.stderr == ""


def test_help_from_the_installed_script_shows_examples() -> None:
    env = dict(os.environ, PYTHONHASHSEED="0")
    result = run("--help", env=env)
    assert result.returncode == 0, result.stderr
    assert "Examples:" in result.stdout
    assert 'carecli win "' in result.stdout
    for command in ("today", "win", "reflect", "journal", "prompts", "config"):
        assert command in result.stdout
    today = run("today", "--help")
    assert today.returncode == 0 and "--once" in today.stdout and "--date" in today.stdout
    short = run("-h", env=env)
    assert short.returncode == 0 and short.stdout == result.stdout


def test_help_is_the_same_on_every_run() -> None:
    """Help text (and the order of its command groups) must not vary from run to run."""
    outputs = {run("--help", env=dict(os.environ, PYTHONHASHSEED=str(seed))).stdout
               for seed in range(1, 9)}
    assert len(outputs) == 1, "the command list in --help changes between runs"


def test_installed_script_runs_the_card_with_json(care_home: Path) -> None:
    result = run("today", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "carecli.card/1"
    env = dict(os.environ, CARECLI_HOME=str(care_home / "elsewhere"))
    assert run("config", "path", env=env).stdout.strip() == str(care_home / "elsewhere")


def test_shell_completion_completes_commands_instead_of_printing_the_card(
        tmp_path: Path) -> None:
    carecli = Path(sys.executable).with_name("carecli")
    env = dict(os.environ, CARECLI_HOME=str(tmp_path), _CARECLI_COMPLETE="complete_bash",
               COMP_WORDS="carecli journal li", COMP_CWORD="2")
    done = subprocess.run([str(carecli)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.split() == ["list"]


# Progress is drawn as plain text too: no rich, no forms, no store writer, no scrubber.
PROGRESS_BANNED = ("questionary", "prompt_toolkit", "rich", "pygal", "tomli_w", "tinydb",
                   "carecli.scrub", "carecli.share")


@pytest.mark.usefixtures("warm_home")
def test_warm_progress_imports_nothing_heavy(tmp_path: Path) -> None:
    code, modules, stdout = modules_of(tmp_path, "progress")
    assert code == 0 and "Your progress" in stdout
    assert loaded_of(modules, PROGRESS_BANNED) == []


def test_help_comes_from_its_cache_without_typer(care_home: Path, tmp_path: Path) -> None:
    care_home.mkdir(parents=True)  # an install that has shown its card once
    first = run("--help")
    assert first.returncode == 0 and "Usage: carecli" in first.stdout
    code, modules, stdout = modules_of(tmp_path, "--help")
    assert code == 0 and stdout == first.stdout  # the same text, byte for byte
    assert loaded_of(modules, ("typer", "click", "rich")) == []
    # Whatever it was made from changing (here: the width) makes it fresh again.
    narrow = run("--help", env={**os.environ, "COLUMNS": "60"})
    assert narrow.returncode == 0 and narrow.stdout != first.stdout
