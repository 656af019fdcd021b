"""The entry filters `journal list` and `journal scrub` share, declared once."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
from typing import Annotated

import typer

from carecli.cli import complete

Since = Annotated[str | None, typer.Option("--since", metavar="DAY",
                                           help="From this shift day on: 2026-11-20, "
                                                "'yesterday', 'last monday'.")]
Until = Annotated[str | None, typer.Option("--until", metavar="DAY",
                                           help="Up to and including this shift day.")]
On = Annotated[str | None, typer.Option("--on", metavar="DAY", help="Only this shift day.")]
Theme = Annotated[str | None, typer.Option("--theme", "-t", metavar="THEME",
                                           autocompletion=complete.themes,
                                           help="Only this theme (id or unique prefix).")]
Tags = Annotated[list[str] | None, typer.Option("--tag", metavar="TAG",
                                                help="Only entries with this tag (any "
                                                     "case); repeat to require several.")]
Contains = Annotated[str | None, typer.Option("--contains", "-s", metavar="TEXT",
                                              help="Only entries whose text or answers "
                                                   "contain TEXT (any case).")]
