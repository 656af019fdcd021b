"""`carecli export`, `carecli scrub`, `carecli team report` and `team pack`,
`carecli config new-pseudonym`:
the only ways anything leaves an agent's machine, and how a lead reads what arrives."""

# No `from __future__ import annotations` here: Typer would have to eval every option's
# annotation string at each start-up.
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from carecli.cli.app import context, home, require_terminal
from carecli.cli.registry import Commands
from carecli.core.emit import json_line
from carecli.core.errors import CareError

if TYPE_CHECKING:
    from carecli.journal.models import Entry
    from carecli.journal.store import Journal
    from carecli.prompts import Pack
    from carecli.share.summary import Period, Summary

SCRUBBED_SCHEMA = "carecli.scrubbed/1"  # one line of `scrub --jsonl`

commands = Commands()
team_app = Commands("team", help="For team leads: merge agents' summaries into a team picture.",
                    no_args_is_help=True)
config_app = Commands("config")
COMMANDS = (commands, team_app, config_app)


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    md = "md"


class ReportFormat(StrEnum):
    md = "md"
    json = "json"
    csv = "csv"
    html = "html"


# Longer than 40 lines only for its Typer option declarations and help text.
@commands.command("export")
def export_summary(
    since: Annotated[str | None, typer.Option("--since", metavar="DAY",
                                              help="First shift day.")] = None,
    until: Annotated[str | None, typer.Option("--until", metavar="DAY",
                                              help="Last shift day (default today).")] = None,
    week: Annotated[bool, typer.Option("--week", help="This week so far.")] = False,
    month: Annotated[bool, typer.Option("--month", help="The last 30 days.")] = False,
    fmt: Annotated[ExportFormat, typer.Option("--format", help="json (for the team "
                                              "report), csv or md.")] = ExportFormat.json,
    output: Annotated[str | None, typer.Option("-o", "--output", metavar="PATH", help="A "
                                               "file, or a folder (the team's drop: an "
                                               "existing one, or end it with / to have it "
                                               "made). Default: this folder.")] = None,
    to_stdout: Annotated[bool, typer.Option("--stdout", help="Print instead of writing.")
                         ] = False,
    excerpt: Annotated[list[str] | None, typer.Option("--excerpt", metavar="ID",
                                                      help="Share this win's text, scrubbed "
                                                           "of personal data; repeat.")
                       ] = None,
    pick: Annotated[bool, typer.Option("--excerpts", help="Pick wins to share as excerpts "
                                       "from a list (in a terminal).")] = False,
    suggestions: Annotated[bool, typer.Option("--suggestions", help="Add your prompt "
                                              "suggestions (carecli prompts suggest), "
                                              "scrubbed.")] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Write without asking (scripts).")
                   ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace a file of the same name.")
                     ] = False,
) -> None:
    """An anonymised summary of a period for your team lead: counts only.

    No names, timestamps, entry ids, tags or text leave, unless you add excerpts: those
    are scrubbed of personal data, and you see exactly what will be written before it is.
    --suggestions adds your stored prompt suggestions the same way (scrubbed, previewed).
    The default period is last week, Monday to Sunday. In a folder the file is called
    <pseudonym>-<start>-<end>.json and never replaces another unless --force; in a folder
    its group can read, the group can read the summary too.

    \b
    Examples:
      carecli export                               last week, into this folder
      carecli export --month -o ~/TeamDrop/        the last 30 days, into the team's folder
      carecli export --week --excerpt 3fk2 --yes
      carecli export --suggestions -o ~/TeamDrop/  with your prompt suggestions, scrubbed
    """
    from carecli.share import export

    plan = export.prepare(
        context(), fmt.value, since=since, until=until, week=week, month=month,
        output=output, to_stdout=to_stdout, force=force, suggestions=suggestions,
        choose=lambda journal, period: _excerpt_entries(journal, period, excerpt or [], pick))
    if not yes:
        require_terminal("add --yes to write without the preview")
        print(plan.text, file=sys.stderr)
        where = "print it" if plan.target is None else f"write it to {plan.target}"
        if plan.new_folder is not None:
            where += f" (making the folder {plan.new_folder})"
        # The preview shows the pseudonym that will leave: keep it now, so a declined
        # preview and the next one show the same.
        export.keep_pseudonym(plan)
        if not typer.confirm(f"This is exactly what will leave your machine. "
                             f"{where[0].upper()}{where[1:]}?", err=True):
            print("Nothing written.", file=sys.stderr)
            return
    export.write(plan)


def _excerpt_entries(journal: "Journal", period: "Period", ids: list[str], pick: bool
                     ) -> list["Entry"]:
    """The wins the agent chose to share: by id, and/or ticked in a list (terminal only)."""
    chosen = [journal.get(i) for i in ids]
    if pick:
        require_terminal("name the wins with --excerpt ID instead")
        from carecli.share.summary import wins_in

        wins = wins_in(journal.entries(), period)
        if not wins:
            raise CareError("no wins in this period to pick from")
        from carecli.cli import ask
        from carecli.core.fit import terminal_columns
        from carecli.render import journal as render_journal

        choices = render_journal.pick_choices(wins, terminal_columns(),
                                              context().now.year)  # newest first
        picked = ask.pick_form(
            "Which wins may your lead read (scrubbed; you will see the result first)?",
            choices)  # Ctrl-C: exit 130
        chosen += picked
    return list({e.id: e for e in chosen}.values())


@commands.command("scrub")
def scrub_text(
    text: Annotated[str | None, typer.Argument(metavar="[TEXT]", help="Text to scrub "
                                               "(default: read standard input).")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read JSON Lines {"id", "text"} and '
                                        "write them back scrubbed, one line a line.")] = False,
) -> None:
    """Replace personal data with typed placeholders: [name 1], [email 1], [phone 1]...

    Works offline. Your settings `scrub_always`, `scrub_keep` and `name` apply.

    \b
    Examples:
      carecli scrub "Called mrs jones back on 07700 900123 about order #A123-998"
      carecli journal list --json | carecli scrub --jsonl
    """
    from carecli import scrub

    settings = context().settings
    options: dict[str, Any] = {"always_scrub": settings.scrub_always,
                               "always_keep": settings.scrub_keep,
                               "own_names": [settings.name] if settings.name else []}
    if not jsonl:
        source = sys.stdin.read() if text is None else text
        sys.stdout.write(scrub.scrub(source, **options).text + ("" if text is None else "\n"))
        return
    if text is not None:
        raise CareError("--jsonl reads standard input; leave out TEXT")
    for number, line in enumerate(sys.stdin.read().split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
        except ValueError as err:
            raise CareError(f"line {number}: {err}") from None
        print(json_line({"schema": SCRUBBED_SCHEMA, "id": item.get("id"),
                         "text": scrub.scrub(item["text"], **options).text}))


def _min_agents(value: int) -> int:
    from carecli.share.team import LOWEST_MIN_AGENTS

    if value < LOWEST_MIN_AGENTS:
        raise typer.BadParameter(f"must be at least {LOWEST_MIN_AGENTS}, so no figure can "
                                 "point at one or two people")
    return value


# Longer than 40 lines only for its Typer option declarations and help text.
@team_app.command("report")
def team_report(
    sources: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Summary files, "
                                                  "or folders of them (*.json).")],
    min_agents: Annotated[int, typer.Option("--min-agents", callback=_min_agents, metavar="N",
                                            help="Agents needed behind any figure (>= 3).")
                          ] = 5,
    fmt: Annotated[ReportFormat | None, typer.Option("--format", help="md, json, csv or "
                                                     "html instead of the terminal view.")
                   ] = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", metavar="FILE",
                                                     help="Write to this file.")
                      ] = None,
) -> None:
    """Merge agents' summaries into a team picture that can never single anyone out.

    Each file is checked against the schema; a refused file is named with the reason and
    the rest go on. A figure needs at least --min-agents agents behind it, excerpts need
    10, and a second figure is hidden wherever a hidden one could be worked out by
    subtraction. No per-agent rows, no ranking, no pseudonyms.

    \b
    Examples:
      carecli team report ~/TeamDrop/
      carecli team report ~/TeamDrop/ --format html -o team.html
    """
    from carecli.share import team
    from carecli.share import views as render_share

    summaries = _read_summaries(sources)
    picture = team.merge(summaries, min_agents)
    views = {ReportFormat.md: render_share.as_markdown, ReportFormat.json: render_share.as_json,
             ReportFormat.csv: render_share.as_csv, ReportFormat.html: render_share.as_html}
    if fmt is None and output is None:
        render_share.show(picture)
        return
    text = views[fmt or ReportFormat.md](picture)
    if output is None:
        sys.stdout.write(text)
        return
    from carecli.core import atomic
    atomic.write_text(output, text)
    print(f"Wrote {output}")


def _read_summaries(sources: list[Path]) -> list["Summary"]:
    """The valid summaries of the sources, each agent and period once; every refused
    file is one line on stderr, and none usable is an error."""
    from carecli.share import team, validate

    themes = context().themes
    read: list[Summary] = []
    rejected = 0
    for path, problem in _summary_files(sources):
        try:
            if problem:
                raise CareError(problem)
            read.append(validate.read_file(path, themes))
        except CareError as err:
            rejected += 1
            _warn(f"skipped {path}: {err}")
    summaries, duplicates = team.deduplicate(read)
    if duplicates:
        _warn(f"{duplicates} repeated summary file(s) (same agent and period) counted once")
    if not summaries:
        raise CareError(f"no usable summaries ({rejected} refused)")
    return summaries


# Longer than 40 lines only for its Typer option declarations and help text.
@team_app.command("pack")
def team_pack(
    sources: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Summary files, "
                                                  "or folders of them (*.json).")],
    name: Annotated[str, typer.Option("--name", metavar="TITLE", help="The pack's title, "
                                      'e.g. "Night team\'s own #10".')],
    output: Annotated[Path, typer.Option("-o", "--output", metavar="FILE",
                                            help="The pack file to write.")
                      ] = Path("team-pack.toml"),
    edit: Annotated[bool, typer.Option("--edit", help="Open it in $EDITOR, then check it.")
                    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")
                     ] = False,
) -> None:
    """Turn the team's prompt suggestions into a prompt pack to edit and share.

    Reads the suggestions agents sent with `carecli export --suggestions` (shuffled, with
    nothing that says whose; only when at least 10 agents report, as in `team report`) and
    writes a commented TOML pack: each suggestion a prompt of the theme "Our team's own
    line", whose comments list the themes to choose from. It passes `carecli prompts add`;
    after --edit it is checked again. Each agent installs it with `carecli prompts add`.

    \b
    Examples:
      carecli team pack ~/TeamDrop/ --name "Night team's own #10" -o night.toml --edit
    """
    import os
    import random

    from carecli.share import inbox, team, teampack

    summaries = _read_summaries(sources)
    agents = len({s.pseudonym for s in summaries})
    if agents < team.EXCERPT_MIN_AGENTS:
        raise CareError(f"suggestions are shared only when at least {team.EXCERPT_MIN_AGENTS}"
                        f" agents report ({agents} did); no pack was written")
    ideas = list(inbox.suggestion_wall(summaries))
    if not ideas:
        raise CareError(f"none of the {agents} agents' summaries has suggestions (agents add "
                        "them with carecli export --suggestions)")
    random.shuffle(ideas)
    if not force and os.path.lexists(output):
        raise CareError(f"{output} already exists; nothing was written (--force replaces it)")
    pack = _write_pack(output, teampack.pack_text(name, ideas, context().themes, agents),
                       lint=not edit)
    if edit:
        from carecli.cli.editor import run_editor

        run_editor(output, f"the pack is at {output}")
        pack = _checked_pack(output, "the file is kept: fix it, then check it with "
                             f"`carecli prompts add {output}`")
    print(f"Wrote {output}: pack {pack.name!r} with {len(pack.prompts)} prompts. "
          f"Agents install it with: carecli prompts add {output.name}")


def _write_pack(target: Path, text: str, lint: bool) -> "Pack":
    """Write the pack whole, checked first as `prompts add` would check it."""
    import os

    from carecli.core import atomic

    staging = target.with_name(f".{target.name}.{os.getpid()}.part.toml")
    try:
        atomic.write_text(staging, text)
        pack = _checked_pack(staging, "this is a bug in carecli", lint)
        os.replace(staging, target)
    except OSError as err:
        raise CareError(f"cannot write {target} ({err.strerror or err})") from None
    finally:
        staging.unlink(missing_ok=True)
    return pack


def _checked_pack(path: Path, advice: str, lint: bool = True) -> "Pack":
    """The pack at `path` as `prompts add` checks it, its text lint as warnings."""
    from carecli import prompts

    try:
        pack = prompts.check_shareable(path, prompts.load_themes())
    except CareError as err:
        raise CareError(f"{err}; {advice}" if advice else str(err)) from None
    from carecli.packlint import lint_pack

    for finding in lint_pack(pack.prompts) if lint else ():
        _warn(f"warning: {finding}")
    return pack


def _warn(message: str) -> None:
    """One line on stderr; file names and reasons may come from a hostile folder."""
    from carecli.core.textsafe import inert

    print(f"carecli: {inert(message)}", file=sys.stderr)


def _summary_files(sources: list[Path]) -> list[tuple[Path, str]]:
    """(file, why it cannot be read or ''), in a stable order; folders give their *.json."""
    files: list[tuple[Path, str]] = []
    for source in sources:
        if source.is_dir():
            files += [(p, "" if p.is_file() else "not a regular file")
                      for p in sorted(source.glob("*.json"))]
        elif source.exists():
            files.append((source, ""))
        else:
            files.append((source, "no such file or folder"))
    return files


@config_app.command("new-pseudonym")
def new_pseudonym() -> None:
    """Give this install a new random pseudonym for future summaries."""
    from carecli.share import identity
    print(f"Your summaries now carry the pseudonym {identity.rotate_pseudonym(home())}.")


