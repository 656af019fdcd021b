"""`carecli today`, `carecli win`, `carecli reflect`: the card and capturing the shift."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up. Type-only names are quoted instead.
from typing import TYPE_CHECKING, Annotated

import typer

from carecli.cli import complete
from carecli.cli.app import context, require_terminal
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit

if TYPE_CHECKING:
    from carecli.card.load import CardData
    from carecli.cli import ask
    from carecli.context import Context

commands = Commands()
COMMANDS = (commands,)


@commands.command()
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
    from carecli.card import command

    command.show(command.CardRequest(once=once, as_json=as_json, day=day),
                 str(context().home), context().now)


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command()
def win(
    words: Annotated[list[str] | None, typer.Argument(
        metavar="TEXT...", help="What you did, in a line; no quotes needed (the words join "
                                "with single spaces). #word in it is also a tag.")] = None,
    theme: Annotated[str | None, typer.Option("--theme", "-t", metavar="THEME",
                                              autocompletion=complete.themes,
                                              help="Inspiration theme: an id or a unique "
                                                   "prefix (see `prompts themes`).")] = None,
    impact: Annotated[int | None, typer.Option("--impact", "-i", min=1, max=5, metavar="1-5",
                                               help="How much it mattered, 1-5 "
                                                    "(default 3).")] = None,
    channel: Annotated[str | None, typer.Option("--channel", "-c", metavar="CHANNEL",
                                                autocompletion=complete.channels,
                                                help="phone, chat, email, social, video, "
                                                     "in-person or other.")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", metavar="TAG",
                                                  help="A tag; repeat for more.")
                   ] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="WHEN",
                                           help="When, if not now: '2026-11-20 14:30', "
                                                "'yesterday 15:30', '2h ago'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the saved entry as JSON.")
                       ] = False,
) -> None:
    """Log a customer win. Without TEXT, in a terminal, a short form asks for it.

    Options can go anywhere; after `--` everything is text. Tags (from --tag and #tags
    in the text) are kept in lower case without the #: #Refund and refund are one tag,
    and spaces inside a tag become dashes.

    \b
    Examples:
      carecli win Sorted the stuck refund --theme emp --impact 4
      carecli win "Traced a lost #refund and called back"   (quote a #tag in bash)
      carecli win "Fixed a login loop on chat" -c chat --tag login --at "yesterday 15:30"
      carecli win -- --verbose was the customer's password hint
      carecli win
    """
    from carecli.cli import actions

    actions.win(context(), words, theme=theme, impact=impact, channel=channel,
                tag=tag or (), at=at, as_json=as_json, form=_ask_win)


def _ask_win(theme_titles: dict[str, str]) -> "ask.WinAnswers":
    require_terminal("say what you did, e.g. carecli win \"Sorted a stuck refund\"")
    from carecli.cli import ask
    from carecli.journal import models
    # Ctrl-C in the form raises KeyboardInterrupt: "Cancelled; nothing saved.", exit 130.
    return ask.win_form(list(theme_titles.items()), models.CHANNELS)


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command()
def reflect(
    energy: Annotated[int | None, typer.Option("--energy", "-e", min=1, max=5, metavar="1-5",
                                               help="Energy now, 1 (drained) to 5.")] = None,
    well: Annotated[str | None, typer.Option("--well", metavar="TEXT",
                                             help="What went well.")] = None,
    hard: Annotated[str | None, typer.Option("--hard", metavar="TEXT",
                                             help="What was hard.")] = None,
    tomorrow: Annotated[str | None, typer.Option("--tomorrow", metavar="TEXT",
                                                 help="One intention for tomorrow; shown on "
                                                      "the next card.")] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="WHEN",
                                           help="When, if not now.")] = None,
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
    from carecli.card import build
    from carecli.cli.capturecheck import reviewer
    from carecli.journal import capture, models
    from carecli.render import quick as render_quick

    ctx = context()
    when = ctx.moment(at)
    # The day's prompt, without fixing it: a refused reflection must change nothing.
    prompt = build.day_prompt(card_data(ctx), ctx.calendar.shift_day(when or ctx.now))
    if energy is None and well is None and hard is None and tomorrow is None:
        require_terminal('give at least one of --energy, --well, --hard, --tomorrow')
        from carecli.cli import ask
        answers = ask.reflect_form(prompt.evening if prompt else "")  # Ctrl-C: exit 130
        energy, well, hard, tomorrow = (answers.energy, answers.well, answers.hard,
                                        answers.tomorrow)
    logged = capture.log_reflection(
        ctx.journal, ctx.calendar, ctx.now, energy=energy, well=well or "", hard=hard or "",
        tomorrow=tomorrow or "", prompt=prompt.id if prompt else None, at=when,
        review=reviewer(ctx, "reflection"))
    emit(Result(models.ENTRY_SCHEMA, lambda: capture.logged_json(logged),
                lambda: print(render_quick.reflected(logged))), as_json)


def card_data(ctx: "Context") -> "CardData":
    """What the card reads, from this command's context (so nothing is read twice)."""
    from carecli.card import rotation
    from carecli.card.load import CardData

    return CardData(str(ctx.home), ctx.inputs, ctx.journal.figures(), ctx.calendar,
                    rotation.load_state(str(ctx.home)))
