"""The package's structure holds: no import cycles, a stdlib-only fast path, small modules.

Everything here reads the source with `ast`; nothing under src/ is imported or run.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "carecli"

# Slow to import, so never at module level on the fast path, though they are stdlib.
SLOW_STDLIB = frozenset({"typing", "json", "dataclasses", "pathlib"})
FAST_PATH_PACKAGES = ("carecli.core", "carecli.card")

MAX_LINES = 400
TOO_LONG_FOR_NOW = {
}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


MODULES = {module_name(path): path for path in source_files()}


def _is_package(module: str) -> bool:
    return MODULES.get(module, Path()).name == "__init__.py"


def _absolute(importer: str, node: ast.ImportFrom) -> str:
    """The module an ImportFrom reads from, with relative imports resolved."""
    if not node.level:
        return node.module or ""
    base = importer.split(".")
    base = base if _is_package(importer) else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _known(name: str) -> str | None:
    """The longest prefix of `name` that is a carecli module (`a.b.attr` -> `a.b`)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in MODULES:
            return candidate
        parts.pop()
    return None


def imported_modules(importer: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The carecli modules an import statement loads: `from carecli.x import y` names
    carecli.x.y when y is a module file, else carecli.x."""
    found: list[str] = []
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "carecli" and (target := _known(alias.name)):
                found.append(target)
        return found
    module = _absolute(importer, node)
    if module.split(".")[0] != "carecli":
        return found
    for alias in node.names:
        target = _known(f"{module}.{alias.name}") or _known(module)
        if target:
            found.append(target)
    return found


def import_graph() -> dict[str, set[str]]:
    """Every import of a carecli module, at any level (module, function, TYPE_CHECKING)."""
    graph: dict[str, set[str]] = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                graph[name].update(m for m in imported_modules(name, node) if m != name)
    return graph


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm: the groups of modules that import each other, largest first."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups, key=lambda g: (-len(g), g))


def one_cycle(graph: dict[str, set[str]], group: list[str], start: str) -> list[str]:
    """A shortest path start -> ... -> start inside a strongly connected group."""
    members = set(group)
    frontier, visited = [[start]], {start}
    while frontier:
        route = frontier.pop(0)
        for nxt in sorted(graph[route[-1]] & members):
            if nxt == start:
                return [*route, start]
            if nxt not in visited:
                visited.add(nxt)
                frontier.append([*route, nxt])
    raise AssertionError(f"{group} is not strongly connected")


def describe(graph: dict[str, set[str]], groups: list[list[str]]) -> str:
    """The shortest cycle through each module of each group, without repeats."""
    lines: dict[str, None] = {}
    for group in groups:
        for start in group:
            cycle = one_cycle(graph, group, start)
            turn = cycle.index(min(cycle[:-1]))  # a->b->a and b->a->b are the same cycle
            canonical = [*cycle[turn:-1], *cycle[:turn], cycle[turn]]
            lines[" -> ".join(canonical)] = None
    return "\n".join(lines)


def test_the_import_graph_sees_imports_at_every_level() -> None:
    """If the parser missed function-level imports, "no cycle" would prove nothing."""
    graph = import_graph()
    assert "carecli.journal.store" in graph["carecli.card.load"]  # inside rebuild
    assert {"carecli.config", "carecli.prompts"} <= graph["carecli.card.snapshot"]  # `from
    # carecli import config, prompts`, inside _build: the names are module files
    assert "carecli.cli.ask" in graph["carecli.cli.capture"]  # `from carecli.cli import ask`
    assert "carecli.core.errors" in graph["carecli.cli.app"]  # module level, a name in it
    assert "carecli.journal.models" in graph["carecli.core.daystats"]  # under TYPE_CHECKING


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"d"}}
    groups = strongly_connected(graph)
    assert groups == [["a", "b", "c"]]
    assert describe(graph, groups) == "a -> b -> c -> a"
    graph = {"a": {"b"}, "b": {"a", "c"}, "c": {"a"}}
    assert describe(graph, strongly_connected(graph)) == "a -> b -> a\na -> b -> c -> a"


def test_no_import_cycle() -> None:
    graph = import_graph()
    groups = strongly_connected(graph)
    assert not groups, "carecli modules import each other in a cycle:\n" + describe(graph,
                                                                                  groups)


# ------------------------------------------------------------------ the fast path


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def module_level_imports(tree: ast.Module) -> Iterator[ast.Import | ast.ImportFrom]:
    """Imports that run when the module is imported: not inside a function, not under
    `if TYPE_CHECKING:` (its `else:` does run)."""
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        elif isinstance(node, ast.If):
            pending.extend(node.orelse if _is_type_checking(node.test) else
                           [*node.body, *node.orelse])
        else:
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for child in getattr(node, field, []):
                    pending.extend(getattr(child, "body", []) if isinstance(
                        child, ast.ExceptHandler | ast.match_case) else [child])


def fast_path_violations(importer: str, source: str) -> list[str]:
    """Module-level imports that the shift-start fast path must not pay for."""
    bad = []
    for node in module_level_imports(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            module = _absolute(importer, node)
            names = [f"{module}.{alias.name}" if module == "carecli" else module
                     for alias in node.names]
        for name in names:
            top = name.split(".")[0]
            if top == "carecli":
                ok = any(name == p or name.startswith(p + ".") for p in FAST_PATH_PACKAGES)
            else:
                ok = top in sys.stdlib_module_names and top not in SLOW_STDLIB
            if not ok:
                bad.append(f"line {node.lineno}: {name}")
    return bad


def test_the_fast_path_check_catches_what_it_should() -> None:
    source = """\
from __future__ import annotations
import os
import json
from typing import Any
import rich
from carecli import config
from carecli.core import paths
from carecli.journal.store import Journal
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
else:
    import dataclasses
try:
    import tinydb
except ImportError:
    import pathlib
class Holder:
    import typer
def lazy():
    import dateparser
"""
    assert fast_path_violations("carecli.core.sample", source) == [
        "line 3: json", "line 4: typing", "line 5: rich", "line 6: carecli.config",
        "line 8: carecli.journal.store", "line 13: dataclasses", "line 15: tinydb",
        "line 17: pathlib", "line 19: typer"]


FAST_PATH_FILES = sorted(p for pkg in ("core", "card") for p in (PACKAGE / pkg).glob("*.py"))


@pytest.mark.parametrize("path", FAST_PATH_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_fast_path_imports_only_the_standard_library(path: Path) -> None:
    """core/ and card/ run at every shift start: at module level they import only fast
    standard-library modules and each other (anything else is imported inside a function,
    and only on a rare path such as a cache rebuild)."""
    bad = fast_path_violations(module_name(path), path.read_text(encoding="utf-8"))
    assert not bad, f"{path.relative_to(SRC)} imports at module level:\n" + "\n".join(bad)


# ------------------------------------------------------------------ size and packages


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path: Path) -> None:
    key = path.relative_to(SRC).as_posix()
    if key in TOO_LONG_FOR_NOW:
        pytest.skip(f"{key}: {TOO_LONG_FOR_NOW[key]}")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{key} has {lines} lines (at most {MAX_LINES}): split it"


def test_the_exemptions_are_still_needed() -> None:
    """An exemption outlives its reason once the file is split: then drop it here."""
    for key in TOO_LONG_FOR_NOW:
        path = SRC / key
        assert path.exists(), f"{key} is gone: remove its exemption"
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert lines > MAX_LINES, f"{key} is down to {lines} lines: remove its exemption"


SUBPACKAGE_INITS = sorted(p for p in PACKAGE.glob("*/__init__.py"))


def test_every_subpackage_is_checked() -> None:
    names = {p.parent.name for p in SUBPACKAGE_INITS}
    assert {"core", "card", "cli", "journal", "share", "render"} <= names


@pytest.mark.parametrize("path", SUBPACKAGE_INITS, ids=lambda p: p.parent.name)
def test_subpackage_init_is_empty_or_a_docstring(path: Path) -> None:
    """Importing carecli.core.x runs carecli/core/__init__.py first: it must cost nothing."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    docstring_only = (len(body) == 1 and isinstance(body[0], ast.Expr)
                      and isinstance(body[0].value, ast.Constant)
                      and isinstance(body[0].value.value, str))
    assert not body or docstring_only, f"{path.relative_to(SRC)} has code in it"


# ------------------------------------------------------------------ long functions

MAX_FUNCTION_LINES = 40
WHY_LONG = "# Longer than 40 lines"


def long_functions_without_a_reason() -> list[str]:
    """Functions over 40 lines (decorators to the end) without a comment right above them
    that starts with WHY_LONG and says why."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in TOO_LONG_FOR_NOW:
            continue
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            start = min([d.lineno for d in node.decorator_list] + [node.lineno])
            assert node.end_lineno is not None
            if node.end_lineno - start + 1 <= MAX_FUNCTION_LINES:
                continue
            if not (start > 1 and lines[start - 2].strip().startswith(WHY_LONG)):
                found.append(f"{rel}:{node.lineno} {node.name}")
    return found


def test_long_functions_say_why() -> None:
    assert long_functions_without_a_reason() == []
