"""Finding journal entries: filters on shift days, theme, tags, kind and text; edits.

Plain data in, plain data out: nothing here prints. The CLI (cli_journal) parses options
into a `Query` or an `Edit`, and render_journal shows the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from carecli.core.errors import CareError
from carecli.core.rules import Calendar
from carecli.journal import models
from carecli.journal.models import Entry


@dataclass(frozen=True)
class Query:
    """Which entries to show. Days are shift days, both ends included."""

    since: date | None = None
    until: date | None = None
    theme: str | None = None
    tags: tuple[str, ...] = ()
    kind: str | None = None
    contains: str = ""

    def is_filtered(self) -> bool:
        return any((self.since, self.until, self.theme, self.tags, self.kind, self.contains))

    def matches(self, entry: Entry) -> bool:
        if self.since is not None and entry.shift_day < self.since:
            return False
        if self.until is not None and entry.shift_day > self.until:
            return False
        if self.kind is not None and entry.kind != self.kind:
            return False
        if self.theme is not None and entry.theme != self.theme:
            return False
        if self.tags and not set(self.tags) <= {tag_key(t) for t in entry.tags}:
            return False
        return not self.contains or self.contains in searchable(entry)


@dataclass(frozen=True)
class Selection:
    """The entries found, newest first; `more` is True when a limit left some out."""

    entries: list[Entry]
    more: bool = False


def tag_key(tag: str) -> str:
    """Tags match ignoring case and a leading '#' (the confirmation shows them as #tag)."""
    return tag.strip().lstrip("#").strip().casefold()


def searchable(entry: Entry) -> str:
    """The text `--contains` looks in: the win's text and the reflection's answers."""
    return "\n".join((entry.text, entry.well, entry.hard, entry.tomorrow)).casefold()


def build_query(*, now: datetime, rollover_hour: int, themes: Mapping[str, object],
                since: str | None = None,
                until: str | None = None, on: str | None = None, theme: str | None = None,
                tags: Iterable[str] = (), kind: str | None = None,
                contains: str | None = None) -> Query:
    """Parse the options of `journal list`; raises CareError naming the bad one."""
    from carecli.dates import parse_day

    if on is not None and (since is not None or until is not None):
        raise CareError("--on is a single day: leave out --since and --until")
    first = parse_day(since, now, rollover_hour) if since is not None else None
    last = parse_day(until, now, rollover_hour) if until is not None else None
    if on is not None:
        first = last = parse_day(on, now, rollover_hour)
    if first and last and first > last:
        raise CareError(f"--since {first} is after --until {last}: nothing can match")
    if kind is not None and kind not in models.KINDS:
        raise CareError(f"unknown kind {kind!r}; use {' or '.join(models.KINDS)}")
    wanted_tags = tuple(dict.fromkeys(tag_key(t) for t in tags))
    if "" in wanted_tags:
        raise CareError("--tag needs a tag name, e.g. --tag refund")
    chosen_theme = _theme(theme, themes) if theme is not None else None
    return Query(since=first, until=last, theme=chosen_theme,
                 tags=wanted_tags, kind=kind, contains=(contains or "").casefold())


def _theme(value: str, themes: Mapping[str, object]) -> str:
    from carecli import prompts
    return prompts.resolve_theme(value, themes)


def select(entries: Iterable[Entry], query: Query, limit: int | None = None) -> Selection:
    """The matching entries of a newest-first stream, at most `limit` of them.

    The journal yields its entries year file by year file, newest first, and a year file
    holds exactly the entries whose shift day falls in that year; so once an entry's
    shift-day year is before --since, no later entry can match and reading stops there.
    With a limit, reading stops as soon as one more than the limit has matched.
    """
    found: list[Entry] = []
    for entry in _until_since(entries, query.since):
        if not query.matches(entry):
            continue
        if limit is not None and len(found) == limit:
            return Selection(found, more=True)
        found.append(entry)
    return Selection(found)


def _until_since(entries: Iterable[Entry], since: date | None) -> Iterator[Entry]:
    for entry in entries:
        if since is not None and entry.shift_day.year < since.year:
            return
        yield entry


# ---- editing ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Edit:
    """The changes asked for by `journal edit` flags; None means "leave as is"."""

    text: str | None = None
    theme: str | None = None
    impact: int | None = None
    channel: str | None = None
    tags: tuple[str, ...] | None = None
    at: datetime | None = None
    energy: int | None = None
    well: str | None = None
    hard: str | None = None
    tomorrow: str | None = None

    def is_empty(self) -> bool:
        return self == Edit()


WIN_ONLY = ("impact",)
REFLECTION_ONLY = ("energy", "well", "hard", "tomorrow")


def apply_edit(entry: Entry, edit: Edit, calendar: Calendar,
               themes: Mapping[str, object]) -> Entry:
    """The entry with the edit applied and checked; raises CareError and changes nothing
    when the result would not be a valid entry."""
    only = REFLECTION_ONLY if entry.kind == "win" else WIN_ONLY
    misplaced = [name for name in only if getattr(edit, name) is not None]
    if misplaced:
        flags = ", ".join(f"--{name}" for name in misplaced)
        raise CareError(f"{flags} cannot be set on a {entry.kind} ({entry.id})")
    changes: dict[str, object] = {}
    if edit.text is not None:
        changes["text"] = models.clean_text(edit.text, "the text")
    if edit.theme is not None:
        changes["theme"] = _theme(edit.theme, themes)
    if edit.impact is not None:
        changes["impact"] = _in_range(edit.impact, models.IMPACT_RANGE, "impact")
    if edit.channel is not None:
        from carecli.journal.capture import resolve_channel

        changes["channel"] = resolve_channel(edit.channel)
    if edit.tags is not None:
        changes["tags"] = models.clean_tags(edit.tags)
    if edit.at is not None:
        changes["at"] = edit.at
        changes["shift_day"] = calendar.shift_day(edit.at)
    if edit.energy is not None:
        changes["energy"] = _in_range(edit.energy, models.ENERGY_RANGE, "energy")
    for name in ("well", "hard", "tomorrow"):
        value = getattr(edit, name)
        if value is not None:
            changes[name] = models.clean_text(value, f"--{name}")
    updated = entry.with_changes(**changes)
    models.check(updated)
    return updated


def _in_range(value: int, allowed: range, what: str) -> int:
    if value not in allowed:
        raise CareError(f"{what} must be {allowed.start}-{allowed.stop - 1}, got {value}")
    return value


def edited_text(original: str, edited: str | None) -> tuple[str | None, str]:
    """The new text from an editor session, or (None, why) when there is nothing to save:
    the editor was left without saving, the text is unchanged, or it is empty."""
    text = (edited or "").strip()
    if edited is None or text == original.strip():
        return None, "the text is unchanged"
    if not text:
        return None, "the text came back empty"
    return text, ""
