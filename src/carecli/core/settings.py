"""The agent's settings as every command sees them (one shape, one loader: config.load).

A plain class rather than a dataclass because the shift-start card holds it too, and
`dataclasses` costs more to import than the whole card may take.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from typing import Any

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# The channels a prompt may be worded for and an agent may work, and the shifts (prompt
# packs and the `channels` / `shift` settings both use these).
CHANNELS = ("phone", "chat", "email", "social", "video", "in-person", "other")
SHIFTS = ("day", "night", "evening")
# What `win`, `reflect` and `journal edit` do with a note that mentions personal data.
SCRUB_ON_CAPTURE = ("ask", "always", "never")
FIELDS = ("name", "rollover_hour", "workdays", "scrub_always", "scrub_keep", "channels",
          "shift", "scrub_on_capture")


class Settings:
    """Settings with their defaults; `extra` keeps unknown keys of the file untouched."""

    __slots__ = ("channels", "extra", "name", "rollover_hour", "scrub_always", "scrub_keep",
                 "scrub_on_capture", "shift", "workdays")

    def __init__(self, name: str = "", rollover_hour: int = 4,
                 workdays: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri"),
                 scrub_always: tuple[str, ...] = (), scrub_keep: tuple[str, ...] = (),
                 channels: tuple[str, ...] = (), shift: str = "day",
                 scrub_on_capture: str = "ask", extra: dict[str, Any] | None = None) -> None:
        self.name, self.rollover_hour, self.workdays = name, rollover_hour, tuple(workdays)
        self.scrub_always, self.scrub_keep = tuple(scrub_always), tuple(scrub_keep)
        # channels: the ones the agent works; empty means all of them.
        self.channels, self.shift = tuple(channels), shift
        self.scrub_on_capture = scrub_on_capture
        self.extra = dict(extra or {})

    def replace(self, **changes: Any) -> Settings:
        values = {key: getattr(self, key) for key in (*FIELDS, "extra")}
        return Settings(**(values | changes))

    def weekdays(self) -> tuple[int, ...]:
        """The workdays as date.weekday() numbers (Monday is 0)."""
        return tuple(WEEKDAYS.index(d) for d in self.workdays)

    def is_workday(self, weekday: int) -> bool:
        return WEEKDAYS[weekday] in self.workdays

    def works_channel(self, channel: str) -> bool:
        """A prompt's channel fits: none, or one the agent works (all, when unset)."""
        return not channel or not self.channels or channel in self.channels

    def fits_shift(self, shift: str) -> bool:
        return not shift or shift == self.shift

    def as_row(self) -> tuple[object, ...]:
        """The known settings as plain values, for the compiled cache. `extra` stays out:
        it may hold any TOML value, and only `config set` needs it (to write it back)."""
        return (self.name, self.rollover_hour, list(self.workdays), list(self.scrub_always),
                list(self.scrub_keep), list(self.channels), self.shift, self.scrub_on_capture)

    @staticmethod
    def from_row(row: tuple[Any, ...]) -> Settings:
        name, hour, workdays, always, keep, channels, shift, on_capture = row
        return Settings(str(name), int(hour), tuple(workdays), tuple(always), tuple(keep),
                        tuple(channels), str(shift), str(on_capture))

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Settings) and self.as_row() == other.as_row()
                and self.extra == other.extra)

    def __hash__(self) -> int:
        return hash(repr(self.as_row()))

    def __repr__(self) -> str:
        return f"Settings{self.as_row()!r}"
