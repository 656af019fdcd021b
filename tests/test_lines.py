"""The plain `win` and `journal list` lines are read without Typer (carecli.cli.lines):
held here to the Typer commands' own declarations, and to what Typer reads on any line."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st

from carecli.cli import lines
from carecli.cli.app import make_app
from conftest import care, ok


# Typer 0.2x may carry its own copy of Click, so its objects are read by their attributes.
def typer_command(*path: str) -> Any:
    group = typer.main.get_command(make_app(("capture", "journal")))
    command: Any = group
    for name in path:
        command = command.commands[name]
    return command


def declared(command: Any) -> dict[str, tuple[object, ...]]:
    """Each option of a Typer command as lines.Option describes it."""
    found: dict[str, tuple[object, ...]] = {}
    for param in command.params:
        if param.param_type_name != "option":
            continue
        if param.is_flag:
            kind = "flag"
        elif param.multiple:
            kind = "many"
        elif type(param.type).__name__ == "IntRange":
            kind = "int"
        else:
            kind = "text"
        bounds: tuple[object, ...] = ()
        if type(param.type).__name__ == "IntRange":
            bounds = (param.type.min, param.type.max)
        found[param.name or ""] = (tuple(param.opts), kind, *bounds)
    return found


def described(table: tuple[lines.Option, ...]) -> dict[str, tuple[object, ...]]:
    return {o.dest: (o.names, o.kind, *((o.low, o.high) if o.kind == "int" else ()))
            for o in table}


def test_the_win_table_is_the_win_command_s_options() -> None:
    options = declared(typer_command("win"))
    options.pop("help", None)
    assert described(lines.WIN) == options


def test_the_list_table_is_the_list_command_s_options_but_its_choices() -> None:
    options = declared(typer_command("journal", "list"))
    options.pop("help", None)
    # --kind and --format are Typer's choices: a line with either goes to Typer.
    assert {k: v for k, v in options.items() if k not in ("kind", "fmt")} == \
        described(lines.LIST)


WORDS = st.sampled_from(["Sorted", "the", "refund", "#refund", "x=y", "-", "-5", "--",
                         "é", "a b", "", "--x", "-tx", "-t=emp"])
WIN_OPTIONS = st.sampled_from(["--theme", "-t", "--impact", "-i", "--channel", "-c",
                               "--tag", "--at", "--json", "--help", "-h", "--theme=emp",
                               "--impact=4", "--json=1", "--tag=a"])
VALUES = st.sampled_from(["emp", "4", "0", "6", "+3", " 3", "٣", "chat", "2h ago", "-x",
                          "", "Refund"])
LIST_OPTIONS = st.sampled_from(["--since", "--until", "--on", "--theme", "-t", "--tag",
                                "--contains", "-s", "--limit", "-n", "--all", "--json",
                                "--kind", "--format", "-n=3", "--limit=0", "--all=1"])


def lines_of(options: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(WORDS, options, VALUES), max_size=8)


def typer_reads(command: Any, args: list[str]) -> dict[str, object] | None:
    try:
        context = command.make_context("carecli", list(args), resilient_parsing=False)
    except Exception as err:  # Click's usage errors and exits (Typer may carry its own Click)
        assert hasattr(err, "exit_code"), err
        return None
    params = dict(context.params)
    return {k: (list(v) if isinstance(v, tuple) else v) for k, v in params.items()}


def normal(values: dict[str, object], command: Any) -> dict[str, object]:
    """The fast reading with Typer's defaults filled in, as Typer would pass them."""
    empty = command.make_context("carecli", [])
    full: dict[str, object] = {p.name or "": p.get_default(empty) for p in command.params}
    full.update(values)
    return {k: (list(v) if isinstance(v, tuple) else ([] if v is None and k in
            ("tag", "words") else v)) for k, v in full.items()}


@settings(max_examples=400, deadline=None)
@given(lines_of(WIN_OPTIONS))
def test_a_win_line_read_here_is_read_the_same_by_typer(args: list[str]) -> None:
    values = lines.win(["win", *args])
    if values is None:
        return
    command = typer_command("win")
    by_typer = typer_reads(command, args)
    assert by_typer is not None, args  # Typer accepts every line this module serves
    by_typer = {k: ([] if v is None and k in ("tag", "words") else v)
                for k, v in by_typer.items()}
    assert normal(values, command) == by_typer


@settings(max_examples=400, deadline=None)
@given(lines_of(LIST_OPTIONS))
def test_a_list_line_read_here_is_read_the_same_by_typer(args: list[str]) -> None:
    values = lines.journal_list(["journal", "list", *args])
    if values is None:
        return
    command = typer_command("journal", "list")
    by_typer = typer_reads(command, args)
    assert by_typer is not None, args
    by_typer = {k: ([] if v is None and k == "tag" else v) for k, v in by_typer.items()}
    assert normal(values, command) == by_typer


def test_lines_typer_must_read_are_left_to_it() -> None:
    for args in (["win"], ["win", "--help"], ["win", "x", "-i", "9"], ["win", "x", "-i"],
                 ["win", "x", "--theme", "--json"], ["win", "x", "-tx"], ["win", "-"],
                 ["win", "x", "--json", "--json"], ["win", "x", "-t", "a", "-t", "b"],
                 ["journal", "list", "extra"], ["journal", "list", "--kind", "win"],
                 ["journal", "list", "-n", "0"], ["journal", "show", "x"]):
        assert lines.win(args) is None and lines.journal_list(args) is None, args


def entries() -> list[dict[str, object]]:
    rows = [json.loads(line) for line in ok("journal", "list", "--json").splitlines()]
    return [{k: v for k, v in row.items() if k not in ("id", "at")} for row in rows]


def said(text: str) -> object:
    """What a command printed, less the new entry's id and exact time."""
    if text.startswith("{"):
        return {k: v for k, v in json.loads(text).items() if k not in ("id", "at")}
    return re.sub(r"Saved win \S+", "Saved win ID", text)


@pytest.mark.parametrize("args", [
    ["Sorted", "the", "stuck", "#Refund", "--theme", "emp", "-i", "4", "--tag", "x"],
    ["--channel", "chat", "Fixed", "a", "login", "--at", "2h ago", "--json"],
    ["--", "--verbose", "was", "the", "hint"],
    ["-t", "follow", "Called", "back", "--tag=Late", "--impact=5"],
])
def test_the_plain_line_saves_and_says_what_typer_would(
        args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = care("win", *args)
    saved_fast = entries()
    newest = json.loads(ok("journal", "list", "--json").splitlines()[0])["id"]
    ok("journal", "delete", "--yes", newest)
    monkeypatch.setattr(lines, "win", lambda _args: None)  # every line to Typer
    slow = care("win", *args)
    assert (fast.exit_code, fast.stderr) == (slow.exit_code, slow.stderr) == (0, "")
    assert saved_fast == entries()
    assert said(fast.stdout) == said(slow.stdout)


@pytest.mark.parametrize("args", [
    [], ["-n", "2"], ["--short"], ["--json"], ["--theme", "emp", "--all"],
    ["--contains=REFUND", "--tag", "late"], ["--since", "yesterday", "--short", "-n", "1"],
    ["--json", "--all"], ["-n", "1", "--all"],
])
def test_a_plain_list_line_prints_what_typer_would(
        args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    for line in (["Sorted the #refund", "-t", "emp", "--at", "yesterday 10:00"],
                 ["Called back late", "--tag", "Late", "-i", "5"]):
        ok("win", *line)
    fast = care("journal", "list", *args)
    monkeypatch.setattr(lines, "journal_list", lambda _args: None)  # every line to Typer
    slow = care("journal", "list", *args)
    assert (fast.exit_code, fast.stdout, fast.stderr) == \
        (slow.exit_code, slow.stdout, slow.stderr)
