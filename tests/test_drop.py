"""`carecli export -o FOLDER`: the team's drop folder. A folder (existing, or any path ending
in a separator, made with its parents) gets `<pseudonym>-<start>-<end>.<ext>`; nothing is
ever overwritten without --force; a group-readable folder gets group-readable summaries
in its own group; and every write is whole or nothing."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

import carecli.cli.share
import carecli.core.errors
from carecli.share import export
from conftest import care, ok

SINCE, UNTIL = "2026-11-16", "2026-11-22"
POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes and groups are POSIX")


def log_wins(count: int = 2) -> None:
    for n in range(count):
        ok("win", f"Sorted refund {n}", "--theme", "empathy-first", "--impact", "3",
           "--channel", "phone", "--at", f"2026-11-{17 + n}T10:00:00+01:00")


def export_to(path: str, *extra: str) -> str:
    return ok("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", path, *extra)


def pseudonym(home: Path) -> str:
    value = json.loads((home / "identity.json").read_text(encoding="utf-8"))["pseudonym"]
    assert isinstance(value, str)
    return value


def visible(folder: Path) -> list[str]:
    """Every name in the folder, hidden ones included (the data folder aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "care-home")


def test_a_missing_folder_ending_in_a_separator_is_made_with_its_parents(
        tmp_path: Path, care_home: Path) -> None:
    log_wins()
    drop = tmp_path / "shares" / "TeamDrop"
    printed = export_to(str(drop) + os.sep)
    name = f"{pseudonym(care_home)}-{SINCE}-{UNTIL}.json"
    assert drop.is_dir() and visible(drop) == [name]
    assert printed == f"Wrote {drop / name}\n"
    assert json.loads((drop / name).read_text(encoding="utf-8"))["wins"] == 2


def test_an_existing_folder_needs_no_separator_and_the_extension_follows_the_format(
        tmp_path: Path, care_home: Path) -> None:
    log_wins()
    drop = tmp_path / "drop"
    drop.mkdir()
    export_to(str(drop), "--format", "md")
    export_to(str(drop) + "/", "--format", "csv")
    base = f"{pseudonym(care_home)}-{SINCE}-{UNTIL}"
    assert visible(drop) == [f"{base}.csv", f"{base}.md"]


def test_a_tilde_is_the_home_folder(tmp_path: Path, care_home: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    log_wins()
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "me"))
    export_to("~/TeamDrop/")
    assert visible(tmp_path / "me" / "TeamDrop") == [
        f"{pseudonym(care_home)}-{SINCE}-{UNTIL}.json"]


def test_nothing_is_overwritten_without_force(tmp_path: Path, care_home: Path) -> None:
    log_wins()
    drop = tmp_path / "drop"
    export_to(f"{drop}/")
    [name] = visible(drop)
    before = (drop / name).read_bytes()
    log_wins(3)  # the journal changed: a second export would differ
    again = care("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", f"{drop}/")
    assert again.exit_code == 1 and again.stdout == ""
    assert again.stderr == (f"carecli: error: {drop / name} already exists; nothing was "
                            "written (--force replaces it)\n")
    assert (drop / name).read_bytes() == before and visible(drop) == [name]
    export_to(f"{drop}/", "--force")
    assert json.loads((drop / name).read_text(encoding="utf-8"))["wins"] == 5
    assert visible(drop) == [name]  # no staging file left behind


def test_a_named_file_is_not_overwritten_either(tmp_path: Path) -> None:
    log_wins()
    target = tmp_path / "mine.json"
    target.write_text("keep me", encoding="utf-8")
    refused = care("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", str(target))
    assert refused.exit_code == 1 and str(target) in refused.stderr
    assert refused.stderr.count("\n") == 1 and target.read_text() == "keep me"
    export_to(str(target), "--force")
    assert json.loads(target.read_text(encoding="utf-8"))["wins"] == 2


def test_a_name_taken_between_the_preview_and_the_write_is_not_overwritten(
        tmp_path: Path) -> None:
    # Checked again when the file is linked into place, not only before the preview.
    target = tmp_path / "late.json"
    target.write_text("first", encoding="utf-8")
    with pytest.raises(carecli.core.errors.CareError, match="already exists"):
        export.publish(target, "second")
    assert target.read_text() == "first" and visible(tmp_path) == ["late.json"]


@pytest.mark.parametrize("failure", [errno.EPERM, errno.EOPNOTSUPP])
def test_without_hard_links_a_new_file_is_still_written_and_none_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(os, "link", no_links)
    export.publish(tmp_path / "a.json", "one")
    assert (tmp_path / "a.json").read_text() == "one"
    with pytest.raises(carecli.core.errors.CareError, match="already exists"):
        export.publish(tmp_path / "a.json", "two")
    assert (tmp_path / "a.json").read_text() == "one"
    assert visible(tmp_path) == ["a.json"]


def test_three_agents_exporting_in_turn_give_three_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    drop = tmp_path / "TeamDrop"
    for agent in range(3):
        monkeypatch.setenv("CARECLI_HOME", str(tmp_path / f"agent{agent}"))
        log_wins(agent + 1)
        export_to(f"{drop}/")
    assert len(visible(drop)) == 3
    result = care("team", "report", str(drop), "--format", "json", "--min-agents", "3")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["agents"] == 3
    assert json.loads(result.stdout)["wins"] == 6


def test_a_file_where_the_folder_should_be_is_an_error(tmp_path: Path) -> None:
    log_wins()
    (tmp_path / "TeamDrop").write_text("a file", encoding="utf-8")
    for path in (f"{tmp_path / 'TeamDrop'}/", f"{tmp_path / 'TeamDrop' / 'sub'}/"):
        refused = care("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o", path)
        assert refused.exit_code == 1 and "is a file, not a folder" in refused.stderr
    missing = care("export", "--since", SINCE, "--until", UNTIL, "--yes", "-o",
                   str(tmp_path / "nowhere" / "mine.json"))
    assert missing.exit_code == 1 and "end the path with" in missing.stderr
    assert visible(tmp_path) == ["TeamDrop"]


def test_saying_no_to_the_preview_makes_no_folder(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    log_wins()
    monkeypatch.setattr(carecli.cli.share, "require_terminal", lambda hint: None)
    drop = tmp_path / "new" / "TeamDrop"
    refused = care("export", "--since", SINCE, "--until", UNTIL, "-o", f"{drop}/",
                   input="n\n")
    assert refused.exit_code == 0 and f"(making the folder {drop})" in refused.stderr
    assert refused.stderr.endswith("Nothing written.\n")
    assert not (tmp_path / "new").exists()


@POSIX
def test_a_private_folder_gets_a_private_summary(tmp_path: Path) -> None:
    log_wins()
    drop = tmp_path / "drop"
    drop.mkdir()
    drop.chmod(0o700)
    export_to(str(drop))
    [written] = drop.iterdir()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600


def _other_group() -> int | None:
    """A group this process may give files, other than its own (root may give any)."""
    mine = os.getgid()
    if os.geteuid() == 0:
        return next((g for g in range(1, 70000) if g != mine and _group_exists(g)), None)
    return next((g for g in os.getgroups() if g != mine), None)


def _group_exists(gid: int) -> bool:
    import grp

    try:
        grp.getgrgid(gid)
    except KeyError:
        return False
    return True


@POSIX
def test_a_group_readable_folder_gets_a_summary_its_group_can_read(
        tmp_path: Path) -> None:
    log_wins()
    drop = tmp_path / "drop"
    drop.mkdir()
    drop.chmod(0o750)  # no setgid bit: the group is the summary's only through chown
    group = _other_group()
    if group is not None:
        os.chown(drop, -1, group)
    old = os.umask(0o077)  # an agent's strict umask does not keep the lead out
    try:
        export_to(str(drop))
    finally:
        os.umask(old)
    [written] = drop.iterdir()
    info = written.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    assert info.st_gid == drop.stat().st_gid


@POSIX
def test_a_group_the_agent_cannot_give_is_left_and_the_file_is_still_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refuse)
    drop = tmp_path / "drop"
    drop.mkdir()
    drop.chmod(0o750)
    export.publish(drop / "s.json", "{}")
    assert stat.S_IMODE((drop / "s.json").stat().st_mode) == 0o640
