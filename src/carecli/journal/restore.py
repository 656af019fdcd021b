"""Putting a backup back (`carecli restore`): a `Plan` of what would change, worked out
before anything changes (the preview shows it), then applied.

Merge (the default): entries by id (those already here stay as they are), days off as a
union (a day marked here keeps its reason), settings only where this home has none or the
default (a value changed here stays), packs and the rest only where this home has none.
`replace`: the home becomes equal to the backup.
The entries and days off change as one journal change, so `journal undo` takes them
back; the settings, packs, card rotation state and pseudonym are simply written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from carecli.core import atomic, paths
from carecli.core.errors import CareError
from carecli.journal.backup import Backup, Mark, card_state_of, check_packs, settings_of
from carecli.journal.changes import Change
from carecli.journal.models import Entry
from carecli.journal.store import Journal


@dataclass
class Plan:
    """What a restore changes. None for a file means: leave it as it is; "" removes it."""

    change: Change
    present: int  # entries already here, as they are
    new: int
    removed: int = 0  # (--replace) entries that are not in the backup
    replaced: int = 0  # (--replace) entries the backup has in another version
    settings: str | None = None
    settings_notes: list[str] = field(default_factory=list)
    packs: dict[str, str | None] = field(default_factory=dict)  # None: remove
    card_state: dict[str, Any] | str | None = "keep"
    pseudonym: str | None = None

    def is_empty(self) -> bool:
        c = self.change
        return not (c.before or c.after or c.off_days or self.settings is not None
                    or self.packs or self.card_state != "keep" or self.pseudonym is not None)


def plan(base: Path, journal: Journal, backup: Backup, replace: bool) -> Plan:
    """What restoring `backup` into `base` would change (merge, or with `replace` make the
    home equal to the backup); nothing is changed here."""
    from carecli.core.rules import Calendar
    from carecli.journal import offdays
    from carecli.share import identity

    config_file = paths.config_file(base)
    local_text = config_file.read_text(encoding="utf-8") if config_file.exists() else None
    settings, notes = _plan_settings(local_text, backup.settings, replace)
    final = settings_of(local_text if settings is None else settings or None)
    change, counts = _plan_entries(journal, backup, Calendar(final.rollover_hour), replace)
    marks = _plan_off_days(offdays.load(base), backup.off_days, replace)
    local_pseudonym = identity.load_pseudonym(base)
    pseudonym = (backup.pseudonym or "" if replace else
                 backup.pseudonym if local_pseudonym is None else None)
    if pseudonym == (local_pseudonym or ""):
        pseudonym = None
    present, new, removed, replaced = counts
    return Plan(Change("restore", before=change[0], after=change[1], off_days=marks),
                present, new, removed, replaced, settings=settings, settings_notes=notes,
                packs=_plan_packs(base, backup.packs, replace),
                card_state=_plan_card(base, backup.card_state, replace), pseudonym=pseudonym)


def _plan_entries(journal: Journal, backup: Backup, calendar: Any, replace: bool
                  ) -> tuple[tuple[tuple[Entry, ...], tuple[Entry, ...]],
                             tuple[int, int, int, int]]:
    """(entries removed or changed, their new versions and the new ones), and the
    counts present, new, removed, replaced. Shift days follow the rollover hour the home
    will have; a local entry it moves is changed too."""
    local = {e.id: e for e in journal.entries(newest_first=False)}
    incoming = {e.id: e.with_changes(shift_day=calendar.shift_day(e.at))
                for e in backup.entries}
    new = [e for key, e in incoming.items() if key not in local]
    if replace:
        gone = [e for key, e in local.items() if key not in incoming]
        changed = [(local[k], e) for k, e in incoming.items() if k in local and local[k] != e]
        present = len(incoming) - len(new) - len(changed)
        counts = (present, len(new), len(gone), len(changed))
    else:
        gone = []
        changed = [(e, moved) for e in local.values()
                   if (moved := e.with_changes(shift_day=calendar.shift_day(e.at))) != e]
        counts = (len(incoming) - len(new), len(new), 0, 0)
    before = (*gone, *(old for old, _ in changed))
    return (before, (*new, *(new_ for _, new_ in changed))), counts


def _plan_off_days(local: dict[date, str], backup: dict[date, str], replace: bool
                   ) -> tuple[Mark, ...]:
    days = sorted(set(local) | set(backup)) if replace else sorted(set(backup) - set(local))
    return tuple((d.isoformat(), local.get(d), backup.get(d)) for d in days
                 if local.get(d) != backup.get(d))


def _plan_settings(local: str | None, backup: str | None, replace: bool
                   ) -> tuple[str | None, list[str]]:
    """The settings file to write ("" removes it, None leaves it) and what it changes."""
    import tomllib

    from carecli import config

    mine, theirs = settings_of(local, "your settings"), settings_of(backup)

    def shown(settings: Any, key: str) -> str:
        return str(config.KEYS[key].text(getattr(settings, key))) or "(none)"
    differ = [k for k in config.KEYS if getattr(mine, k) != getattr(theirs, k)]
    if replace:
        notes = [f"{k}: {shown(mine, k)} -> {shown(theirs, k)}" for k in differ]
        return (None if backup == local else backup or ""), notes
    # Missing here: not in the file, or (the file holds every key once one is set) still
    # at its default while the backup has another value.
    from carecli.core.settings import Settings

    local_raw = tomllib.loads(local) if local else {}
    unset = {k for k in config.KEYS if getattr(mine, k) == getattr(Settings(), k)}
    added = {k: v for k, v in tomllib.loads(backup or "").items()
             if k not in local_raw or (k in unset and k in differ)}
    notes = [f"{k}: added from the backup ({shown(theirs, k)})" if k in added else
             f"{k}: kept yours ({shown(mine, k)}; the backup has {shown(theirs, k)})"
             for k in differ]
    if not added:
        return None, notes
    import tomli_w

    return tomli_w.dumps(local_raw | added), notes


def _plan_packs(base: Path, packs: dict[str, str], replace: bool) -> dict[str, str | None]:
    folder = paths.packs_dir(base)
    local = {p.name: p.read_text(encoding="utf-8")
             for p in (folder.glob("*.toml") if folder.is_dir() else [])}
    wanted: dict[str, str | None] = {n: t for n, t in packs.items()
                                     if n not in local or (replace and local[n] != t)}
    if replace:
        wanted |= {name: None for name in local if name not in packs}
    if wanted:  # the packs the home will have must load together
        final = {n: t for n, t in (local | wanted).items() if t is not None}
        try:
            check_packs(final)
        except CareError as err:
            raise CareError(f"the backup's packs do not fit yours: {err}") from None
    return wanted


def _plan_card(base: Path, state: dict[str, Any] | None, replace: bool
               ) -> dict[str, Any] | str | None:
    """The rotation state to write, None to remove it, or "keep"."""
    mine = card_state_of(base)
    if replace:
        return "keep" if state == mine else state
    return state if mine is None and state is not None else "keep"


def apply(base: Path, journal: Journal, plan: Plan, today: date) -> None:
    """Make the changes: the journal's first (it refuses a damaged month before anything
    else is written), then the other files."""
    change = plan.change
    if change.before or change.after or change.off_days:
        journal.apply(change)
    if plan.settings is not None:
        _write_or_remove(paths.config_file(base), plan.settings)
    for name, text in plan.packs.items():
        _write_or_remove(paths.packs_dir(base) / name, text or "")
    if plan.card_state != "keep":
        from carecli.card import rotation

        state = plan.card_state
        if isinstance(state, dict):
            rotation.save_state(str(base), rotation.CardState(**state), today)
        else:
            (base / rotation.STATE_NAME).unlink(missing_ok=True)
    if plan.pseudonym is not None:
        from carecli.share import identity

        if plan.pseudonym:
            identity.keep_pseudonym(base, plan.pseudonym)
        else:
            identity.identity_file(base).unlink(missing_ok=True)


def _write_or_remove(path: Path, text: str) -> None:
    """Write `text` to `path`; "" removes it."""
    if not text:
        path.unlink(missing_ok=True)
        return
    paths.ensure_private_dir(path.parent)
    atomic.write_text(path, text)


def describe(plan: Plan, replace: bool) -> list[str]:
    """The preview: one line per kind of thing the restore changes."""
    lines = [f"Entries: {plan.new} new, {plan.present} already here"
             + (f", {plan.removed} removed (not in the backup), {plan.replaced} replaced by "
                "the backup's version" if replace else "")]
    if not replace and len(plan.change.after) > plan.new:
        lines.append(f"  {len(plan.change.after) - plan.new} of yours move to another "
                     "shift day (the backup's rollover_hour)")
    marks = plan.change.off_days
    added = [d for d, before, _ in marks if before is None]
    if marks:
        lines.append(f"Days off: {len(added)} added, {len(marks) - len(added)} changed or "
                     f"removed ({', '.join(d for d, _, _ in marks[:5])}"
                     f"{', ...' if len(marks) > 5 else ''})")
    lines += [f"Setting {note}" for note in plan.settings_notes]
    lines += [f"Pack {name}: {'removed' if text is None else 'installed'}"
              for name, text in sorted(plan.packs.items())]
    if plan.card_state != "keep":
        lines.append("Card rotation state: " + ("removed" if plan.card_state is None
                                                 else "from the backup"))
    if plan.pseudonym is not None:
        lines.append("Pseudonym: " + (plan.pseudonym or "removed"))
    return lines
