"""The Typer app: each command parses its options, calls the domain, hands the result to a
renderer. Domain errors become a one-line message and exit code 1 in `run`, and nowhere else.

Top-level imports are Typer and the standard library only; everything else is imported by
the command that needs it, so each command pays only for what it uses.
"""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
import importlib
import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from carecli import __version__

if TYPE_CHECKING:
    from carecli import ask
from carecli.errors import CareError, report

EPILOG = """\
\b
Examples:
  carecli                          the shift-start card
  carecli win "Found the lost parcel and rebooked it" --theme follow --impact 4
  carecli reflect                  the end-of-shift reflection
  carecli journal list --since "last monday"
  carecli progress                 you against your own yesterday and best
  carecli shell-init bash >> ~/.bashrc

Data lives in one folder (see `carecli config path`); CARECLI_HOME moves it.
"""

app = typer.Typer(
    name="carecli",
    help="A shift companion for customer care: a prompt for the day, your customer wins, "
         "and progress against your own yesterday.",
    epilog=EPILOG,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
config_app = typer.Typer(help="Show and change settings.", no_args_is_help=True)
app.add_typer(config_app, name="config")


# Command groups live in their own modules and register themselves on `app` when
# imported. Typer builds every registered command at start-up, so `run` imports only the
# module the command line names; help, completion and unknown commands get all of them.
# Add a new module here: {first word of the command line: modules that define it}.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "journal": ("cli_journal",),
    "prompts": ("cli_prompts",),
    "progress": ("cli_progress",),
    "off": ("cli_progress",),
    "export": ("cli_share",),
    "scrub": ("cli_share",),
    "team": ("cli_share",),
    "config": ("cli_share",),  # adds `config new-pseudonym`
}
CORE_COMMANDS = ("today", "win", "reflect", "shell-init")


def run() -> None:
    """Entry point for every command but the card's fast path."""
    for module in modules_for(sys.argv[1:]):
        importlib.import_module(f"carecli.{module}")
    try:
        app()
    except CareError as err:
        sys.exit(report(err))


def modules_for(args: list[str]) -> tuple[str, ...]:
    """The modules to import, in a fixed order (it is the order `--help` lists them)."""
    every = tuple(dict.fromkeys(m for modules in COMMAND_MODULES.values() for m in modules))
    if "_CARECLI_COMPLETE" in os.environ:
        return every
    first = next((a for a in args if not a.startswith("-")), None)
    if first in COMMAND_MODULES:
        return COMMAND_MODULES[first]
    return () if first in CORE_COMMANDS else every


def now() -> datetime:
    return datetime.now().astimezone()


def home() -> Path:
    from carecli import paths

    return paths.home()


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _version(value: bool) -> None:
    if value:
        print(f"carecli {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Run with no command to see the shift-start card."""
    if ctx.invoked_subcommand is None:
        today()


@app.command()
def today(
    day: Annotated[str | None, typer.Option("--date", metavar="DAY",
                                            help="Show the card of another shift day, "
                                                 "e.g. 2026-11-20 or 'last friday'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the card as JSON.")] = False,
    once: Annotated[bool, typer.Option("--once", help="Print only on the first run of a "
                                       "shift day (for a shell startup file).")] = False,
) -> None:
    """The shift-start card: prompt of the day, last shift's high point, streak.

    \b
    Examples:
      carecli today --date yesterday
      carecli today --once        (for a shell startup file)
    """
    from carecli.launch import CardRequest, show_card

    code = show_card(CardRequest(once=once, as_json=as_json, day=day))
    if code:
        raise typer.Exit(code)


@app.command()
def win(
    text: Annotated[str | None, typer.Argument(metavar="TEXT",
                                               help="What you did, in a line.")] = None,
    theme: Annotated[str | None, typer.Option("--theme", "-t",
                                              help="Inspiration theme: an id or a unique "
                                                   "prefix (see `prompts themes`).")] = None,
    impact: Annotated[int | None, typer.Option("--impact", "-i", min=1, max=5,
                                               help="How much it mattered, 1-5 "
                                                    "(default 3).")] = None,
    channel: Annotated[str | None, typer.Option("--channel", "-c",
                                                help="phone, chat, email, social, video, "
                                                     "in-person or other.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", help="A tag; repeat for more.")
                   ] = None,
    at: Annotated[str | None, typer.Option("--at", help="When, if not now: '2026-11-20 "
                                           "14:30', 'yesterday 15:30', '2h ago'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved entry as JSON.")
                       ] = False,
) -> None:
    """Log a customer win. Without TEXT, in a terminal, a short form asks for it.

    \b
    Examples:
      carecli win "Traced a lost refund and called back" --theme empathy --impact 4
      carecli win "Fixed a login loop on chat" -c chat --tag login --at "yesterday 15:30"
      carecli win
    """
    from carecli import capture, models, render_quick, snapshot
    from carecli.store import Journal

    base, moment = home(), now()
    inputs = snapshot.load(str(base))  # compiled settings and themes: no TOML on this path
    when = _moment(at, moment)
    if text is None:
        answers = _ask_win(inputs.theme_titles)
        text, theme, impact = answers.text, theme or answers.theme, impact or answers.impact
        channel, tag = channel or answers.channel, tag or list(answers.tags)
    logged = capture.log_win(Journal(base, inputs.rollover_hour), inputs.theme_titles,
                             moment, text, theme=theme, impact=impact, channel=channel,
                             tags=tag or (), at=when)
    if as_json:
        print_json(models.to_json(logged.entry))
    else:
        print(render_quick.logged(logged))


def _ask_win(theme_titles: dict[str, str]) -> "ask.WinAnswers":
    require_terminal("say what you did, e.g. carecli win \"Sorted a stuck refund\"")
    from carecli import ask, models

    answers = ask.win_form(list(theme_titles.items()), models.CHANNELS)
    if answers is None:
        raise CareError("cancelled; nothing was saved")
    return answers


def require_terminal(hint: str) -> None:
    """Forms need a person at a terminal; a script gets a clear error instead of a hang."""
    if not sys.stdin.isatty():
        raise CareError(f"no terminal to ask in: {hint}")


@app.command()
def reflect(
    energy: Annotated[int | None, typer.Option("--energy", "-e", min=1, max=5,
                                               help="Energy now, 1 (drained) to 5.")] = None,
    well: Annotated[str | None, typer.Option("--well", help="What went well.")] = None,
    hard: Annotated[str | None, typer.Option("--hard", help="What was hard.")] = None,
    tomorrow: Annotated[str | None, typer.Option("--tomorrow", help="One intention for "
                                                 "tomorrow; shown on the next card.")] = None,
    at: Annotated[str | None, typer.Option("--at", help="When, if not now.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved entry as JSON.")
                       ] = False,
) -> None:
    """End-of-shift reflection: energy, what went well, what was hard, one intention.

    In a terminal with no flags it asks, starting from the evening question of the day's
    prompt. The intention for tomorrow appears on your next card.

    \b
    Examples:
      carecli reflect
      carecli reflect --energy 3 --well "Kept calm on a long call" --tomorrow "Use names"
    """
    from carecli import capture, card, models, render_quick, snapshot
    from carecli.store import Journal

    base, moment = home(), now()
    inputs = snapshot.load(str(base))
    when = _moment(at, moment)
    # The day's prompt, without fixing it: a refused reflection must change nothing.
    prompt = card.build(str(base), moment, remember=False).prompt
    if energy is None and well is None and hard is None and tomorrow is None:
        require_terminal('give at least one of --energy, --well, --hard, --tomorrow')
        from carecli import ask

        answers = ask.reflect_form(prompt.evening if prompt else "")
        if answers is None:
            raise CareError("cancelled; nothing was saved")
        energy, well, hard, tomorrow = (answers.energy, answers.well, answers.hard,
                                        answers.tomorrow)
    logged = capture.log_reflection(
        Journal(base, inputs.rollover_hour), moment, energy=energy, well=well or "",
        hard=hard or "", tomorrow=tomorrow or "", prompt=prompt.id if prompt else None, at=when)
    if as_json:
        print_json(models.to_json(logged.entry))
    else:
        print(render_quick.reflected(logged))


def _moment(text: str | None, moment: datetime) -> datetime | None:
    if text is None:
        return None
    from carecli.dates import parse_moment

    return parse_moment(text, moment)


@config_app.command("show")
def config_show(
    as_json: Annotated[bool, typer.Option("--json", help="Print settings as JSON.")] = False,
) -> None:
    """Show every setting with its current value."""
    from carecli import config, render

    settings = config.load(home())
    if as_json:
        print_json(config.as_dict(settings))
    else:
        render.settings(settings)


@config_app.command("set")
def config_set(
    key: Annotated[str, typer.Argument(help="Setting name (see `config show`).")],
    value: Annotated[str, typer.Argument(help="New value.")],
) -> None:
    """Change a setting.

    \b
    Examples:
      carecli config set rollover_hour 6
      carecli config set workdays sun-thu
      carecli config set name Sam
    """
    from carecli import config

    base = home()
    before = config.load(base)
    updated = config.with_value(before, key, value)
    if updated.rollover_hour != before.rollover_hour:
        from carecli.store import Journal

        # Re-file the entries first: if that fails, the setting stays as it was.
        Journal(base, before.rollover_hour).reindex(updated.rollover_hour)
    config.save(base, updated)
    print(f"{key} = {config.as_dict(updated)[key]}")


@config_app.command("path")
def config_path() -> None:
    """Print the data folder (settings, journal, packs)."""
    print(home())


SHELLS = ("bash", "zsh", "fish", "powershell")


@app.command("shell-init")
def shell_init(
    shell: Annotated[str, typer.Argument(help="bash, zsh, fish or powershell.")],
) -> None:
    """Print a snippet that shows the card once per shift when a terminal opens.

    \b
    Examples:
      carecli shell-init bash >> ~/.bashrc
      carecli shell-init zsh >> ~/.zshrc
      carecli shell-init fish >> ~/.config/fish/config.fish
      carecli shell-init powershell >> $PROFILE
    """
    from carecli import shells

    print(shells.snippet(shell))
