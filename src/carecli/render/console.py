"""Rich output for the commands other than the card. User text never goes through markup:
it is wrapped in Text objects after `inert`, so `[bold]` or an escape prints as typed."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table
from rich.text import Text

from carecli.core.textsafe import inert

if TYPE_CHECKING:
    from carecli.config import Settings
    from carecli.prompts import Pack, Prompt, Theme



class _Trimmed:
    """Standard output, less the spaces rich pads table rows with before each line end
    (invisible in a terminal, but noise in a file or a pipe). Looked up at each write,
    so redirecting sys.stdout (tests, contextlib) still works."""

    def write(self, text: str) -> int:
        return sys.stdout.write(_PADDING.sub("\n", text))

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()

    @property
    def encoding(self) -> str:
        return getattr(sys.stdout, "encoding", None) or "utf-8"


_PADDING = re.compile(r"[ \t]+\n")
console = Console(file=_Trimmed(), highlight=False)  # type: ignore[arg-type]


def plain(text: str, style: str = "") -> Text:
    return Text(inert(text), style=style)


def settings(values: Settings) -> None:
    from carecli.config import KEYS

    table = Table("setting", "value", "meaning", box=None, pad_edge=False)
    for key, spec in KEYS.items():
        shown = spec.text(getattr(values, key))  # what `config set` reads back the same
        table.add_row(key, plain(shown or "(not set)"), Text(spec.help, style="dim"))
    console.print(table)


def prompt_table(prompts: Iterable[Prompt]) -> None:
    table = Table("id", "theme", "kind", "prompt", box=None, pad_edge=False)
    for p in prompts:
        table.add_row(p.id, p.theme, p.kind, plain(p.text))
    console.print(table)


def prompt_detail(prompt: Prompt, theme: Theme) -> None:
    console.print(plain(prompt.text, "bold"))
    console.print(Text(f"{theme.title} · {prompt.kind} · {prompt.id} · pack {prompt.pack}",
                       style="dim"))
    if prompt.evening:
        console.print(Text.assemble(("Evening question: ", "dim"), plain(prompt.evening)))


def theme_table(themes: Iterable[Theme], counts: Counter[str]) -> None:
    table = Table("theme", "title", "prompts", "idea", box=None, pad_edge=False)
    for t in themes:
        table.add_row(t.id, t.title, str(counts[t.id]), plain(t.summary, "dim"))
    console.print(table)


def pack_table(packs: Iterable[Pack]) -> None:
    table = Table("pack", "prompts", "source", "title", box=None, pad_edge=False)
    for p in packs:
        table.add_row(p.name, str(len(p.prompts)), "built in" if p.builtin else "team",
                      plain(p.title))
    console.print(table)


def message(text: str, style: str = "green") -> None:
    console.print(plain(text, style))
