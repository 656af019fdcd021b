"""What `win` does once its line is read, by Typer (cli/capture.py) or by cli/lines.py:
one body for both ways in, and no Typer here, so the plain line never imports it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from carecli.core.emit import Result, emit

if TYPE_CHECKING:
    from carecli.cli import ask
    from carecli.context import Context

WinForm = Callable[[dict[str, str]], "ask.WinAnswers"]


def win(ctx: Context, words: Sequence[str] | None, *, theme: str | None = None,
        impact: int | None = None, channel: str | None = None, tag: Sequence[str] = (),
        at: str | None = None, as_json: bool = False, form: WinForm | None = None) -> None:
    """Save a win and print it with the day's standing. Without words, `form` asks for
    the win (a bad --at is refused before anything is asked)."""
    from carecli.journal import capture, models
    from carecli.render import quick as render_quick

    when = ctx.moment(at)
    text = " ".join(words) if words else None  # one quoted TEXT stays exactly as typed
    tags = list(tag)
    if text is None:
        if form is None:
            raise ValueError("a win without text needs its form")
        answers = form(ctx.themes)
        text, theme, impact = answers.text, theme or answers.theme, impact or answers.impact
        channel, tags = channel or answers.channel, tags or list(answers.tags)
    logged = capture.log_win(ctx.journal, ctx.calendar, ctx.themes, ctx.now, text,
                             theme=theme, impact=impact, channel=channel,
                             tags=[*tags, *models.inline_tags(text)], at=when)
    emit(Result(models.ENTRY_SCHEMA, lambda: capture.logged_json(logged),
                lambda: print(render_quick.logged(logged))), as_json)


def plain_line(args: list[str]) -> bool:
    """Serve `args` here if it is a plain `win` line (see cli/lines.py); False if not."""
    from carecli.cli import lines

    values = lines.win(args)
    if values is None:
        return False
    from carecli.context import Context

    words = values.pop("words")
    win(Context(), words, **values)  # type: ignore[arg-type]
    return True
