"""`carecli prompts ...`: the prompt packs and their themes."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from carecli.cli import complete
from carecli.cli.app import home
from carecli.cli.registry import Commands
from carecli.core.emit import Result, emit

prompts_app = Commands(
    "prompts",
    help="""Prompt packs: list, show, and add your team's own.

The card shows one prompt per shift day and goes through every prompt of every installed
pack before any repeats. Among the prompts not yet shown it leans toward the theme you have
lived least lately: the fewest wins logged under it in the last 30 shift days, plus the
times it was on the card in the last 14. So a theme you have not touched comes up sooner.

Team packs: a lead shares the themes, the team writes its own extra prompts (its "#10")
in a TOML file like prompts/core.toml, and each agent runs `carecli prompts add FILE`.
Agents can suggest prompts (`carecli prompts suggest "TEXT"`, shared with
`carecli export --suggestions`); the lead turns them into a pack with `carecli team pack`.
A newly installed pack's prompts come first on the card, marked "from <pack title>".
""",
    no_args_is_help=True,
)
COMMANDS = (prompts_app,)


@prompts_app.command("list")
def list_prompts(
    theme: Annotated[str | None, typer.Option("--theme", "-t", metavar="THEME",
                                              autocompletion=complete.themes,
                                              help="Only this theme "
                                              "(id or unique prefix).")] = None,
    kind: Annotated[str | None, typer.Option("--kind", metavar="KIND",
                                             help="intention, reflection, challenge or "
                                                  "reframe.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List prompts of every installed pack.

    \b
    Examples:
      carecli prompts list --theme empathy
    """
    from carecli import prompts
    from carecli.core.errors import CareError
    from carecli.render import console as render

    themes = prompts.load_themes()
    chosen = prompts.all_prompts(prompts.load_packs(home(), themes))
    if theme:
        wanted = prompts.resolve_theme(theme, themes)
        chosen = [p for p in chosen if p.theme == wanted]
    if kind:
        if kind not in prompts.PROMPT_KINDS:
            raise CareError(f"unknown kind {kind!r}; use {', '.join(prompts.PROMPT_KINDS)}")
        chosen = [p for p in chosen if p.kind == kind]
    emit(Result(prompts.PROMPTS_SCHEMA, lambda: {"prompts": [prompts.prompt_json(p)
                                                              for p in chosen]},
                lambda: render.prompt_table(chosen)), as_json)


@prompts_app.command("show")
def show_prompt(
    prompt_id: Annotated[str, typer.Argument(metavar="ID", help="A prompt id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show one prompt with its theme and evening question."""
    from carecli import prompts
    from carecli.render import console as render
    themes = prompts.load_themes()
    prompt = prompts.find_prompt(prompts.all_prompts(prompts.load_packs(home(), themes)),
                                 prompt_id)
    emit(Result(prompts.PROMPT_SCHEMA, lambda: prompts.prompt_json(prompt),
                lambda: render.prompt_detail(prompt, themes[prompt.theme])), as_json)


@prompts_app.command("themes")
def list_themes(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """The twenty inspiration themes the prompts are written from."""
    from carecli import prompts
    from carecli.render import console as render
    themes = prompts.load_themes()
    counts = Counter(p.theme for p in prompts.all_prompts(prompts.load_packs(home(), themes)))
    emit(Result(prompts.THEMES_SCHEMA, lambda: {"themes": [
        {"id": t.id, "title": t.title, "summary": t.summary, "prompts": counts[t.id]}
        for t in themes.values()]}, lambda: render.theme_table(themes.values(), counts)),
         as_json)


@prompts_app.command("packs")
def list_packs(
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Installed packs: the built-in one and your team's."""
    from carecli import prompts
    from carecli.render import console as render
    packs = prompts.load_packs(home())
    emit(Result(prompts.PACKS_SCHEMA, lambda: {"packs": [
        {"name": p.name, "title": p.title, "prompts": len(p.prompts), "builtin": p.builtin}
        for p in packs]}, lambda: render.pack_table(packs)), as_json)


@prompts_app.command("add")
def add_pack(
    file: Annotated[Path, typer.Argument(metavar="FILE",
                                         help="A pack in TOML, same format as the built-in.")],
    replace: Annotated[bool, typer.Option("--replace", help="Update an installed pack of "
                                          "the same name.")] = False,
) -> None:
    """Install a team pack; its prompts join the daily rotation.

    \b
    Examples:
      carecli prompts add our-number-ten.toml
    """
    from carecli import prompts
    from carecli.render import console as render
    pack = prompts.add_pack(home(), file, replace=replace)
    render.message(f"Installed pack {pack.name!r} with {len(pack.prompts)} prompts.")


@prompts_app.command("remove")
def remove_pack(
    name: Annotated[str, typer.Argument(metavar="PACK", help="The pack's name.",
                                        autocompletion=complete.packs)],
) -> None:
    """Remove a team pack (built-in packs stay)."""
    from carecli import prompts
    from carecli.render import console as render
    pack = prompts.remove_pack(home(), name)
    render.message(f"Removed pack {pack.name!r}.")


# Longer than 40 lines only for its Typer option declarations and help text.
@prompts_app.command("suggest")
def suggest_prompt(
    text: Annotated[str | None, typer.Argument(metavar="[TEXT]", help="Your suggestion: "
                                               "a prompt you would like the team to get.")
                    ] = None,
    list_them: Annotated[bool, typer.Option("--list", help="Show your stored suggestions, "
                                            "numbered.")] = False,
    remove: Annotated[int | None, typer.Option("--remove", metavar="N", help="Remove "
                                               "suggestion N (see --list).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="With --list: print as JSON.")
                       ] = False,
) -> None:
    """Store your own prompt suggestion for the team's "#10" (kept on this machine).

    Nothing leaves until you run `carecli export --suggestions`: then your suggestions
    are scrubbed of personal data and shown in the preview, with no name attached. Your
    lead sees them, shuffled and unattributed, only when at least 10 agents report, and
    can turn them into a team pack (`carecli team pack`). 10 to 300 characters each.

    \b
    Examples:
      carecli prompts suggest "Before you close a chat, ask if there is one more thing"
      carecli prompts suggest --list
      carecli prompts suggest --remove 2
    """
    from carecli import suggestions
    from carecli.core.errors import CareError
    from carecli.render import console as render

    if sum((text is not None, list_them, remove is not None)) != 1:
        raise CareError('give a suggestion in quotes, or --list, or --remove N')
    if as_json and not list_them:
        raise CareError("--json goes with --list")
    if text is not None:
        number, stored = suggestions.add(home(), text)
        render.message(f"Stored suggestion #{number}: {stored}")
        render.message("It leaves this machine only with `carecli export --suggestions`.",
                       "dim")
        return
    if remove is not None:
        gone = suggestions.remove(home(), remove)
        render.message(f"Removed suggestion #{remove}: {gone}")
        return
    items = suggestions.load(home())
    emit(Result(suggestions.SUGGESTIONS_SCHEMA, lambda: {"suggestions": items},
                lambda: _show_suggestions(items)), as_json)


def _show_suggestions(items: list[str]) -> None:
    from carecli.render import console as render

    if not items:
        render.message('No suggestions stored. Add one: carecli prompts suggest "TEXT"',
                       "yellow")
    for number, item in enumerate(items, start=1):
        render.console.print(render.plain(f"{number:>3}. {item}"))
