"""`carecli export` as a plan and its execution: everything between the options and the
preview (settings, the summary, the target, the self-check of the output), then writing.

`prepare` reads and decides but writes nothing, so the agent can see exactly what will
leave the machine and say no; `write` then writes it (a file, or standard output) and,
the first time anything is written or previewed, keeps the install's new pseudonym.

The team's drop folder: `-o PATH` naming a folder (an existing one, or any path ending in
a separator, made with its parents when it is written) gets `<pseudonym>-<start>-<end>.<ext>`
inside it. A summary never replaces an existing file unless `force`: it is written whole
to a hidden staging file next to the target, then hard-linked to the target name, which
fails if the name is taken (where links are not supported: a rename, which refuses an
existing name on Windows; on POSIX an existence check just before the rename). On POSIX a
summary written into a folder its group can read is group-readable (0640) and takes the
folder's group, so a lead who is another user in that group can read it; otherwise it is
0600. On Windows the folder's inherited ACLs decide.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
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
    force: bool = False  # replace an existing file at target

    @property
    def new_folder(self) -> Path | None:
        """The target's folder when it does not exist yet (write makes it)."""
        if self.target is None or self.target.parent.is_dir():
            return None
        return self.target.parent


def _no_excerpts(journal: Journal, period: Period) -> Sequence[Entry]:
    return ()


def prepare(ctx: Context, fmt: str, *, since: str | None = None,
            until: str | None = None, week: bool = False, month: bool = False,
            output: Path | str | None = None, to_stdout: bool = False,
            force: bool = False, choose: ChooseExcerpts = _no_excerpts,
            suggestions: bool = False) -> ExportPlan:
    """The export the options describe, checked and rendered; nothing is written.
    `suggestions`: add the agent's stored prompt suggestions, scrubbed (opt-in)."""
    from carecli.share import views

    home, settings, themes, journal = ctx.home, ctx.settings, ctx.themes, ctx.journal
    period = summary.choose_period(ctx.now, settings.rollover_hour, since=since, until=until,
                                   week=week, month=month)
    chosen = summary.check_excerpt_choice(choose(journal, period), period)
    scrubbed = summary.scrubbed_excerpts(
        chosen, themes, always_scrub=settings.scrub_always, always_keep=settings.scrub_keep,
        own_names=(settings.name,) if settings.name else ())
    ideas = _scrubbed_suggestions(ctx) if suggestions else ()
    known = identity.load_pseudonym(home)
    agent = known or identity.fresh_pseudonym()  # kept only once something is written
    built = summary.build_from_journal(journal, ctx.calendar, period, agent, themes=themes,
                                       excerpts=[x for x, _ in scrubbed], suggestions=ideas)
    data = summary.to_json(built)
    # What is written must be a file a lead's report accepts, with nothing outside the schema.
    validate.validate(json.loads(json.dumps(data)), themes)
    text = views.summary_text(data, fmt)
    target = None if to_stdout else target_path(output, summary.file_name(built, fmt))
    if target is not None and not force and os.path.lexists(target):
        raise CareError(_taken(target))
    return ExportPlan(text=text, target=target, summary=built, new_pseudonym=known is None,
                      home=home, force=force)


def _scrubbed_suggestions(ctx: Context) -> tuple[str, ...]:
    """The stored suggestions, scrubbed with the agent's own scrub settings."""
    from carecli import suggestions

    stored = suggestions.load(ctx.home)
    if not stored:
        raise CareError('no suggestions are stored; add one with carecli prompts suggest '
                        '"TEXT", or leave out --suggestions')
    settings = ctx.settings
    return summary.scrubbed_suggestions(
        stored, always_scrub=settings.scrub_always, always_keep=settings.scrub_keep,
        own_names=(settings.name,) if settings.name else ())


_SEPARATORS = tuple({os.sep, os.altsep or os.sep, "/"})


def target_path(output: Path | str | None, name: str) -> Path:
    """Where a summary called `name` goes: inside `output` when it names a folder (an
    existing one, or any path ending in a separator: `write` makes it), else `output`
    itself; by default, in the current folder. Nothing is created here."""
    if output is None:
        return Path.cwd() / name
    raw = os.fspath(output)
    path = Path(raw).expanduser()
    if path.is_dir() or raw.endswith(_SEPARATORS):
        if os.path.lexists(path) and not path.is_dir():
            raise CareError(f"{path} is a file, not a folder")
        blocker = next((p for p in path.parents if os.path.lexists(p)), None)
        if blocker is not None and not blocker.is_dir():
            raise CareError(f"{blocker} is a file, not a folder (needed for {path})")
        return path / name
    if not path.parent.is_dir():
        raise CareError(f"no such folder: {path.parent} (end the path with {os.sep} to "
                        "have the folder made)")
    return path


def write(plan: ExportPlan) -> None:
    """Write the plan's text (saying where), then keep a new pseudonym."""
    if plan.target is None:
        sys.stdout.write(plan.text)
    else:
        publish(plan.target, plan.text, force=plan.force)
        print(f"Wrote {plan.target}")
    keep_pseudonym(plan)


def keep_pseudonym(plan: ExportPlan) -> None:
    """Keep a new pseudonym: once something is written, or once a preview has shown it (so
    a declined preview and the next one carry the same)."""
    if plan.new_pseudonym and identity.load_pseudonym(plan.home) is None:
        identity.keep_pseudonym(plan.home, plan.summary.pseudonym)


def publish(target: Path, text: str, *, force: bool = False) -> None:
    """Write `text` as `target`, whole or not at all, making its folder if needed; an
    existing file is replaced only with `force` (otherwise a CareError naming it). The
    file is 0640 with the folder's group when the folder is group-readable, else 0600."""
    from carecli.core import atomic

    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    group = shared_group(folder)
    staging = folder / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.part"
    try:
        atomic.write_text(staging, text)  # 0600 while it is not yet the folder's group's
        if group is not None:
            with contextlib.suppress(PermissionError):
                os.chown(staging, -1, group)
            os.chmod(staging, 0o640)
        if force:
            os.replace(staging, target)
        else:
            _link_new(staging, target)
        _sync_folder(folder)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(staging)


def shared_group(folder: Path) -> int | None:
    """The folder's group id when that group may read the folder (POSIX only), else None."""
    if os.name != "posix":
        return None
    info = folder.stat()
    return info.st_gid if info.st_mode & stat.S_IRGRP else None


def _link_new(staging: Path, target: Path) -> None:
    """Give the written file its name unless the name is taken; never replaces a file."""
    try:
        os.link(staging, target)
        return
    except FileExistsError:
        raise CareError(_taken(target)) from None
    except OSError:
        pass  # no hard links on this filesystem (FAT, some network shares)
    if os.name == "nt":
        try:
            os.rename(staging, target)  # refuses an existing name on Windows
        except FileExistsError:
            raise CareError(_taken(target)) from None
        return
    if os.path.lexists(target):
        raise CareError(_taken(target))
    os.replace(staging, target)


def _taken(target: Path) -> str:
    return f"{target} already exists; nothing was written (--force replaces it)"


def _sync_folder(folder: Path) -> None:
    # Makes the new name durable on POSIX; Windows cannot open folders this way.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
