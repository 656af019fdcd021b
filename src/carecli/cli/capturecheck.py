"""Personal data caught when it is typed: `win`, `reflect` and `journal edit` call
`checked` on the text before it is saved (no Typer here: the plain `win` line uses it).

The setting `scrub_on_capture` says what happens when a note mentions personal data:
- ask (the default): in a terminal, the scrubbed text is shown and offered instead; with
  no terminal (a script, a shell alias fed by a pipe) one warning line, text kept as typed;
- always: the scrubbed text is saved, and one line says so;
- never: no check at all.
Plain notes cost almost nothing: see carecli.scrubber.screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from carecli.context import Context

HINT = "`carecli journal scrub` can scrub it later"


def checked(ctx: Context, fields: dict[str, str], what: str) -> dict[str, str]:
    """`fields` (text, or well/hard/tomorrow) as they should be saved."""
    settings = ctx.settings
    if settings.scrub_on_capture == "never":
        return fields
    from carecli import scrub

    found = {name: scrub.mentions(value, always_scrub=settings.scrub_always,
                                  always_keep=settings.scrub_keep)
             for name, value in fields.items() if value.strip()}
    hits = {name: result for name, result in found.items() if result is not None}
    if not hits:
        return fields
    said = f"this {what} mentions " + scrub.described(
        f for result in hits.values() for f in result.findings)
    scrubbed = fields | {name: result.text for name, result in hits.items()}
    if settings.scrub_on_capture == "always":
        _warn(f"{said}; saved it scrubbed (scrub_on_capture is always)")
        return scrubbed
    if not is_terminal():
        _warn(f"{said}; saved as typed ({HINT})")
        return fields
    return scrubbed if _offer(said, scrubbed, hits) else fields


def reviewer(ctx: Context, what: str) -> Callable[[dict[str, str]], dict[str, str]]:
    """`checked` for this command, as journal.capture asks it of a valid entry."""
    return lambda fields: checked(ctx, fields, what)


def is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stderr.isatty()


def _warn(line: str) -> None:
    print(f"carecli: note: {line}", file=sys.stderr)


def _offer(said: str, scrubbed: dict[str, str], hits: Iterable[str]) -> bool:
    """Show the scrubbed text and ask; Enter or y keeps it. Ctrl-C or Ctrl-D: nothing saved."""
    from carecli.core.textsafe import inert

    print(f"carecli: {said}.", file=sys.stderr)
    for name in hits:
        label = "" if name == "text" else f"{name}: "
        print(f"  scrubbed {label}{inert(scrubbed[name])}", file=sys.stderr)
    sys.stderr.write("Save the scrubbed text instead? [Y/n] ")
    sys.stderr.flush()
    answer = sys.stdin.readline()
    if not answer:  # end of input: as a cancelled form
        raise KeyboardInterrupt
    return answer.strip().lower() in ("", "y", "yes")
