"""The plain table behind `journal list`: straight columns whatever the characters."""

from __future__ import annotations

from carecli.core.style import Style
from carecli.render import plaintable


def test_columns_stay_straight_with_wide_characters_and_wrapping() -> None:
    rows = [["a1", "Helped 李小龍 with a refund that took a long while to trace 😀"],
            ["b2", "short"]]
    lines = plaintable.render(["id", "text"], rows, total_width=30, flexible=1,
                              style=Style(color=False))
    assert lines[0].split() == ["id", "text"]
    assert all(plaintable.width(line) <= 30 for line in lines)
    text_start = lines[0].index("text")
    for line in lines[1:]:
        prefix = line[:text_start]
        assert plaintable.width(prefix) == text_start  # every text cell starts in one column
    assert "".join(line[text_start:].strip() + " " for line in lines[1:-1]).strip() == rows[0][1]


def test_a_word_longer_than_its_column_is_folded_not_lost() -> None:
    assert plaintable.wrap("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert plaintable.wrap("龍" * 6, 5) == ["龍龍", "龍龍", "龍龍"]


def test_colour_codes_do_not_shift_columns() -> None:
    rows = [["a1", "2026-11-20", "text here"]]
    plain = plaintable.render(["id", "day", "text"], rows, total_width=40, flexible=2,
                              style=Style(color=False), dim=[1])
    painted = plaintable.render(["id", "day", "text"], rows, total_width=40, flexible=2,
                                style=Style(color=True), dim=[1])
    strip = [line.replace("\033[2m", "").replace("\033[1m", "").replace("\033[0m", "")
             for line in painted]
    assert strip == plain
