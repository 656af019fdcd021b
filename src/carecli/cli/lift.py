"""`carecli lift`: for the moment a contact went badly. One reframe (a prompt of kind
reframe, those tagged "distress" or "difficult" first) and one of the agent's own past
wins, with the line that logs how it went.

Which reframe: one not shown since all of them were; among those, tagged for a hard
contact first, then of the theme difficult-customers, then written for the agent's
channels and shift, then a fixed shuffle.
Which win: never the one shown last time; among the rest, the first group that has one
of: impact 4-5 under the reframe's theme, impact 4-5 under any theme, the reframe's
theme, any win. Within the group, the newest not shown since the group last ran out.
The wins looked at: every win of the last RECENT_DAYS shift days (from the journal), and
for each earlier day its high point (from the verified day figures the card reads), so
a five-year journal costs no more than a month's.
What was shown is kept in `<home>/lift-state.bin` (marshal, written atomically), beside
the card's card-state.bin; a missing or damaged one just starts afresh.

It is meant to be typed in the middle of a hard shift, so it reads what the card reads
(the compiled snapshot), the journal's month files as plain JSON, and nothing else:
no rich, no forms, no TOML.
"""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
import marshal
import os
import zlib
from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli.app import context
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit

if TYPE_CHECKING:
    from carecli.card.snapshot import PromptInfo
    from carecli.context import Context
    from carecli.core.settings import Settings

commands = Commands()
COMMANDS = (commands,)

LIFT_SCHEMA = "carecli.lift/1"
STATE_NAME = "lift-state.bin"
HARD_TAGS = frozenset({"distress", "difficult"})
HARD_THEME = "difficult-customers"  # next after the tagged ones
REFRAME = "reframe"
HIGH_IMPACT = 4
KEEP_SHOWN = 500  # win ids remembered; older ones may come round again
LOG_TEXT = "How it went, in a line"
RECENT_DAYS = 31  # every win of these last shift days; before them, each day's high point


@commands.command()
def lift(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """After a hard contact: a reframe, one of your own past wins, and how to log it.

    \b
    Examples:
      carecli lift
      care lift            (with the shell-init alias)
    """
    ctx = context()
    home = str(ctx.home)
    inputs = ctx.inputs
    state = load_state(home)
    reframe = pick_reframe(inputs.prompts, inputs.settings, state)
    theme = reframe.theme if reframe else None
    win = pick_win(past_wins(ctx), theme, state)
    title = inputs.theme_titles.get(theme, theme) if theme else ""
    log = log_line(theme)
    emit(Result(LIFT_SCHEMA, lambda: lift_json(reframe, title, win, log),
                lambda: print(render_text(reframe, title, win, log))), as_json)
    save_state(home, state)


# ---- what was shown ----------------------------------------------------------------------

class LiftState:
    __slots__ = ("last_win", "reframes", "wins")

    def __init__(self, reframes: list[str] | None = None, last_win: str = "",
                 wins: list[str] | None = None) -> None:
        # reframes: shown since all were; wins: shown lately (newest last).
        self.reframes, self.last_win, self.wins = reframes or [], last_win, wins or []


def load_state(home: str) -> LiftState:
    try:
        with open(os.path.join(home, STATE_NAME), "rb") as handle:
            raw = marshal.loads(handle.read())
        reframes, last, wins = raw["reframes"], raw["last_win"], raw["wins"]
        if not (isinstance(last, str) and _texts(reframes) and _texts(wins)):
            raise ValueError("malformed lift state")
        return LiftState(reframes, last, wins)
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return LiftState()  # bookkeeping only: starting afresh loses nothing


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def save_state(home: str, state: LiftState) -> None:
    from carecli.core import atomic, paths

    body = {"reframes": state.reframes, "last_win": state.last_win,
            "wins": state.wins[-KEEP_SHOWN:]}
    paths.ensure_private_dir(home)
    atomic.write_bytes(os.path.join(home, STATE_NAME), marshal.dumps(body))


# ---- the wins -----------------------------------------------------------------------------

class Win:
    """A past win as lift shows it; `moment` orders them (newest is largest)."""

    __slots__ = ("id", "impact", "moment", "shift_day", "text", "theme")

    def __init__(self, id: str, text: str, impact: int, theme: str | None, shift_day: date,
                 moment: float = 0.0) -> None:
        self.id, self.text, self.impact, self.theme = id, text, impact, theme
        self.shift_day, self.moment = shift_day, moment


def past_wins(ctx: "Context") -> list[Win]:
    """Every win of the last RECENT_DAYS shift days, and each earlier day's high point."""
    from carecli.card.load import figures

    cutoff = ctx.today - timedelta(days=RECENT_DAYS)
    wins: list[Win] = []
    for entry in ctx.journal.entries():  # newest first: stop at the first older one
        if entry.shift_day < cutoff:
            break
        if entry.kind == "win":
            wins.append(Win(entry.id, entry.text, entry.impact or 0, entry.theme,
                            entry.shift_day, entry.at.timestamp()))
    index = figures(str(ctx.home))
    for month in sorted(index.months):
        for day, stats in index.month(month).items():
            best = stats.best
            if best is not None and day < cutoff:
                wins.append(Win(best.id, best.text, best.impact, best.theme, day))
    return wins


# ---- the choices -------------------------------------------------------------------------

def pick_reframe(prompts: "Iterable[PromptInfo]", settings: "Settings",
                 state: LiftState) -> "PromptInfo | None":
    """The next reframe (see the module docstring); recorded in `state`."""
    from carecli.card.rotation import fits

    reframes = [p for p in prompts if p.kind == REFRAME]
    if not reframes:
        return None
    ids = {p.id for p in reframes}
    shown = [i for i in state.reframes if i in ids]
    if set(shown) >= ids:  # every one was shown: a new round, but not the last one first
        shown = shown[-1:] if len(ids) > 1 else []
    chosen = min(reframes, key=lambda p: (p.id in shown, not HARD_TAGS & set(p.tags),
                                          p.theme != HARD_THEME, not fits(p, settings),
                                          zlib.crc32(p.id.encode())))
    state.reframes = [*shown, chosen.id]
    return chosen


def win_group(win: Win, theme: str | None) -> int:
    """0: impact 4-5 under `theme`; 1: impact 4-5; 2: under `theme`; 3: any other win."""
    high = win.impact >= HIGH_IMPACT
    same = theme is not None and win.theme == theme
    return (0 if same else 1) if high else (2 if same else 3)


def pick_win(wins: list[Win], theme: str | None, state: LiftState) -> Win | None:
    """One of the agent's wins (see the module docstring); recorded in `state`."""
    candidates = [w for w in wins if w.id != state.last_win] or wins
    if not candidates:
        return None
    best = min(win_group(w, theme) for w in candidates)
    group = sorted((w for w in candidates if win_group(w, theme) == best),
                   key=lambda w: (w.shift_day, w.moment), reverse=True)
    shown = set(state.wins)
    fresh = [w for w in group if w.id not in shown]
    if not fresh:  # the whole group was shown: it starts again (the last one excepted)
        state.wins = [i for i in state.wins if i not in {w.id for w in group}]
        fresh = group
    chosen = fresh[0]
    state.last_win = chosen.id
    state.wins = [*(i for i in state.wins if i != chosen.id), chosen.id]
    return chosen


def log_line(theme: str | None) -> str:
    return f'carecli win "{LOG_TEXT}"' + (f" --theme {theme}" if theme else "")


# ---- showing them ------------------------------------------------------------------------

def lift_json(reframe: "PromptInfo | None", title: str, win: Win | None,
              log: str) -> dict[str, object]:
    return {
        "reframe": None if reframe is None else {
            "id": reframe.id, "theme": reframe.theme, "theme_title": title,
            "text": reframe.text, "tags": list(reframe.tags), "pack": reframe.pack},
        "win": None if win is None else {
            "id": win.id, "text": win.text, "impact": win.impact, "theme": win.theme,
            "shift_day": win.shift_day.isoformat()},
        "log": log,
    }


def render_text(reframe: "PromptInfo | None", title: str, win: Win | None,
                log: str) -> str:
    import sys

    from carecli.core.style import for_stream
    from carecli.core.textsafe import inert

    style = for_stream(sys.stdout)
    lines = []
    if reframe is not None:
        lines += ["  " + style(inert(reframe.text), "bold"),
                  "  " + style(f"{inert(title)} · reframe", "dim"), ""]
    if win is not None:
        lines += [f"  One of yours ({win.shift_day:%a %d %b %Y}, impact {win.impact}):",
                  "  " + style(inert(win.text), "italic"), ""]
    else:
        lines += ["  No wins in your journal yet. When this one turns round, it can be "
                  "the first.", ""]
    lines += ["  When you know how it went, log it:", "    " + style(log, "green")]
    return "\n".join(lines)
