"""`carecli export` as a plan and its execution: everything between the options and the
preview (settings, the summary, the target, the self-check of the output), then writing.

`prepare` reads and decides but writes nothing, so the agent can see exactly what will
leave the machine and say no; `write` then writes it (a file, or standard output) and,
the first time anything is written, keeps the install's new pseudonym.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from carecli.context import Context
from carecli.core.errors import CareError
from carecli.journal.models import Entry
from carecli.journal.store import Journal
from carecli.share import identity, summary, validate
from carecli.share.summary import Period, Summary

# The wins the agent chose to share, given the journal and the period (the CLI may ask).
ChooseExcerpts = Callable[[Journal, Period], Sequence[Entry]]


@dataclass(frozen=True)
class ExportPlan:
    text: str  # exactly what will be written
    target: Path | None  # None: standard output
    summary: Summary
    new_pseudonym: bool  # summary.pseudonym is fresh: keep it once something is written
    home: Path  # where the pseudonym is kept


def _no_excerpts(journal: Journal, period: Period) -> Sequence[Entry]:
    return ()


def prepare(ctx: Context, fmt: str, *, since: str | None = None,
            until: str | None = None, week: bool = False, month: bool = False,
            output: Path | None = None, to_stdout: bool = False,
            choose: ChooseExcerpts = _no_excerpts) -> ExportPlan:
    """The export the options describe, checked and rendered; nothing is written."""
    from carecli.share import views

    home, settings, themes, journal = ctx.home, ctx.settings, ctx.themes, ctx.journal
    period = summary.choose_period(ctx.now, settings.rollover_hour, since=since, until=until,
                                   week=week, month=month)
    chosen = summary.check_excerpt_choice(choose(journal, period), period)
    scrubbed = summary.scrubbed_excerpts(
        chosen, themes, always_scrub=settings.scrub_always, always_keep=settings.scrub_keep,
        own_names=(settings.name,) if settings.name else ())
    known = identity.load_pseudonym(home)
    agent = known or identity.fresh_pseudonym()  # kept only once something is written
    built = summary.build_from_journal(journal, ctx.calendar, period, agent, themes=themes,
                                       excerpts=[x for x, _ in scrubbed])
    data = summary.to_json(built)
    # What is written must be a file a lead's report accepts, with nothing outside the schema.
    validate.validate(json.loads(json.dumps(data)), themes)
    text = views.summary_text(data, fmt)
    target = None if to_stdout else target_path(output, summary.file_name(built, fmt))
    return ExportPlan(text=text, target=target, summary=built, new_pseudonym=known is None,
                      home=home)


def target_path(output: Path | None, name: str) -> Path:
    """`output` itself, or `name` inside it when it is a folder (default: this folder)."""
    target = output or Path.cwd()
    if target.is_dir():
        return target / name
    if not target.parent.is_dir():
        raise CareError(f"no such folder: {target.parent}")
    return target


def write(plan: ExportPlan) -> None:
    """Write the plan's text (saying where), then keep a new pseudonym."""
    if plan.target is None:
        sys.stdout.write(plan.text)
    else:
        from carecli.core import atomic
        atomic.write_text(plan.target, plan.text)
        print(f"Wrote {plan.target}")
    if plan.new_pseudonym:
        identity.keep_pseudonym(plan.home, plan.summary.pseudonym)
