"""The one place a command's result is printed: as JSON or as text.

A command builds a `Result`: its schema tag, its data for JSON, and how to show it to a
person. `emit` then prints one or the other, so every JSON document carries a schema tag
(tests/test_contract.py pins the keys scripts rely on) and no command has its own
JSON-or-text branch. Standard library only: the card prints through it too.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing itself is too slow to import at shift start
if TYPE_CHECKING:
    from collections.abc import Callable


class Result:
    """`data()` gives the JSON body (without the tag); `show()` prints it for a person."""

    __slots__ = ("data", "schema", "show")

    def __init__(self, schema: str, data: Callable[[], dict[str, object]],
                 show: Callable[[], None]) -> None:
        self.schema, self.data, self.show = schema, data, show

    def to_json(self) -> dict[str, object]:
        body = self.data()
        return {"schema": self.schema, **{k: v for k, v in body.items() if k != "schema"}}


def emit(result: Result, as_json: bool) -> None:
    if as_json:
        print(json_text(result.to_json()))
    else:
        result.show()


def json_text(data: object) -> str:
    import json

    return json.dumps(data, ensure_ascii=False, indent=2)


def json_line(data: object) -> str:
    """One JSON Lines record (`journal list --json`, `scrub --jsonl`)."""
    import json

    return json.dumps(data, ensure_ascii=False)


def write(text: str) -> None:
    sys.stdout.write(text)
