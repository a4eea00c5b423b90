"""The storage check (sizing in collect, pure analyze) and the cleanup fix, in-process on a fake home."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

import pytest

from desktop_app.cli.fix import verify_live
from desktop_app.diagnostics.disk import CHECKS
from desktop_app.diagnostics.disk.storage import analyze, analyze_folders
from desktop_app.engine import Sweep
from desktop_app.fixes import disk as disk_fixes
from desktop_app.fixes import engine
from desktop_app.model import Context, Status
from desktop_app.observations import Observations
from desktop_app.system import LiveSystem

OLD = time.time() - 200 * 86400
MB = 1024**2


def make(path: Path, size: int, old: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"z" * size)
    if old:
        os.utime(path, (OLD, OLD))
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    make(temp / "setup-leftover.tmp", 2 * MB)
    make(temp / "fresh.tmp", MB, old=False)  # younger than a day: kept
    make(home / ".cache" / "google-chrome" / "Default" / "Cache" / "data_1", 3 * MB)
    make(home / ".cache" / "mozilla" / "firefox" / "abc.default" / "cache2" / "entries" / "E1", MB)
    make(home / ".config" / "google-chrome" / "Default" / "Cookies", 4096)  # profile data: never a category
    make(home / ".local" / "share" / "Trash" / "files" / "old report.pdf", 2 * MB)
    (home / ".local" / "share" / "Trash" / "info").mkdir(parents=True)
    (home / ".local" / "share" / "Trash" / "info" / "old report.pdf.trashinfo").write_text(
        "[Trash Info]\nPath=/home/ann/old%20report.pdf\nDeletionDate=2024-01-01T10:00:00\n"
    )
    make(home / "Downloads" / "installer-2019.iso", 5 * MB)
    make(home / "Downloads" / "today.pdf", MB, old=False)
    make(home / "Videos" / "holiday.mp4", 8 * MB)
    return home


def storage_result(ctx: Context):
    check = next(c for c in CHECKS if c.id == "storage")
    system = LiveSystem()
    results = Sweep([check], system, ctx).run()
    return results[0], system


def test_storage_sizes_each_category_and_the_top_folders(home: Path, ctx) -> None:
    checks = [c for c in CHECKS if c.id in ("storage", "storage.folders")]
    system = LiveSystem()
    results = {r.id: r for r in Sweep(checks, system, ctx()).run()}
    result, folders = results["storage"], results["storage.folders"]
    assert result.status == Status.OK
    by_id = {c["id"]: c for c in result.facts["categories"]}
    assert 2 * MB <= by_id["temp"]["bytes"] < 3 * MB  # the fresh file does not count
    assert 4 * MB <= by_id["caches"]["bytes"] < 5 * MB and set(by_id["caches"]["apps"]) == {"chrome", "firefox"}
    assert 2 * MB <= by_id["trash"]["bytes"] < 3 * MB
    assert 5 * MB <= by_id["downloads"]["bytes"] < 6 * MB and not by_id["downloads"]["deletable"]
    assert result.facts["reclaimable_bytes"] >= 8 * MB and result.fixes == ("disk.cleanup",)
    assert Path(folders.facts["top_folders"][0]["path"]).name == "Videos" and not folders.facts["partial"]
    assert folders.summary.startswith("Your largest folders: Videos (8 MB)")
    # analyze is pure: the same observations give the same answer when replayed (as JSON, like a bundle)
    replayed = analyze(Observations(json.loads(json.dumps(system.observations_for("storage")))), ctx())
    assert replayed is not None and replayed.facts == result.facts
    again = analyze_folders(Observations(json.loads(json.dumps(system.observations_for("storage.folders")))), ctx())
    assert again is not None and again.facts == folders.facts


def test_folders_the_budget_did_not_reach_are_listed_as_not_measured(home: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge home folder: the answer names what was measured and what was not, instead of dropping it."""
    from desktop_app.cleanup import scan

    real = scan.size_tree

    def slow(root, deadline, **kwargs):  # every folder takes 0.4 s to walk
        time.sleep(0.4)
        return real(root, deadline, **kwargs)

    monkeypatch.setattr(scan, "size_tree", slow)
    c = ctx(disk={"scan_budget_seconds": 0.5})
    system = LiveSystem()
    storage_mod = __import__("desktop_app.diagnostics.disk.storage", fromlist=["x"])
    storage_mod.collect_folders(system, c)
    result = analyze_folders(Observations(system.observations), c)
    names = [(Path(f["path"]).name, f["measured"]) for f in result.facts["top_folders"]]
    assert names[:2] == [(".cache", True), (".config", True)]  # measured (alphabetical walk), then the rest
    assert all(not measured for _, measured in names[2:]) and {n for n, _ in names[2:]} == {".local", "Downloads", "Videos"}
    assert result.facts["partial"] and "Not measured in time: .local, Downloads, Videos." in result.advice
    assert "partial answer" in result.advice


def test_storage_replay_tolerates_garbage(ctx) -> None:
    obs = Observations(
        [
            {"kind": "probe", "name": "storage.temp", "value": "nonsense"},
            {"kind": "probe", "name": "storage.caches", "value": {"bytes": -4}},
            {"kind": "probe", "name": "storage.top_folders", "value": {"folders": [{"path": 1}]}},
        ]
    )
    result = analyze(obs, ctx())
    assert result is not None and result.status == Status.ERROR
    assert analyze(Observations([]), ctx()) is None


def test_windows_recording_replays(ctx) -> None:
    obs = Observations(
        [
            {"kind": "probe", "name": "storage.temp", "value": {"id": "temp", "bytes": 3 * 1024**3, "files": 10, "deletable": True}},
            {"kind": "probe", "name": "storage.trash", "value": {"id": "trash", "bytes": 1024**3, "files": 4, "deletable": True}},
            {"kind": "probe", "name": "storage.os_updates", "value": {"bytes": 2 * 1024**3, "deletable": False, "admin": True}},
        ]
    )
    result = analyze(obs, ctx("windows"))
    assert result.facts["reclaimable_bytes"] == 4 * 1024**3 and "4.0 GB" in result.summary


def test_plan_follows_the_users_pick_within_the_allow_list(ctx) -> None:
    base = ctx()

    def plan(params):
        return [s.description for s in disk_fixes.cleanup_plan(Context(base.policy, "linux", params))]

    measure = "Measure what you may want to review yourself (nothing there is deleted)"
    assert plan({}) == [*(disk_fixes.STEP_TITLES[c] for c in ("temp", "caches", "trash")), measure]
    assert plan({"categories": ["trash"]}) == ["Empty the trash"]
    # report-only and unknown names never turn into a deletion: an unknown one stops everything and says why
    assert plan({"categories": ["downloads", "os_updates", "../../etc", "trash"]}) == ["Check what was asked for", "Empty the trash", measure]
    assert plan({"categories": ["downloads", "trash"]}) == ["Empty the trash", measure]
    assert plan({"categories": "temp,caches"}) == [disk_fixes.STEP_TITLES["temp"], disk_fixes.STEP_TITLES["caches"]]


def test_downloads_alone_are_refused_with_the_reason_not_silently_ignored(home: Path, ctx) -> None:
    c = Context(ctx().policy, "linux", {"categories": "downloads"})
    outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    assert outcome.status == engine.FAILED
    assert outcome.message == "The fix could not complete: Downloads are never deleted automatically: review them yourself in your Downloads folder."
    assert (home / "Downloads" / "installer-2019.iso").exists()
    unknown = engine.apply(disk_fixes.FIXES[0], LiveSystem(), Context(ctx().policy, "linux", {"categories": "../../etc,temp"}),
                           consent=True, verify=lambda ids: [])
    assert "Unknown cleanup category: ../../etc (choose from temp, caches, trash)." in unknown.message
    assert any(p.name == "setup-leftover.tmp" for p in (home.parent / "tmp").iterdir())  # nothing ran


def test_preview_items_per_category_for_the_fix_dialog(home: Path, ctx) -> None:
    """The dry run says, per category, what would go (with a translated title and whether it can be picked);
    the real run says what went: the numbers a dialog shows as checkboxes and "freed X"."""
    dry = engine.apply(disk_fixes.FIXES[0], LiveSystem(), ctx(), consent=False, dry_run=True)
    items = {i["category"]: i for i in disk_fixes.cleanup_items(dry.steps)}
    assert list(items) == ["temp", "caches", "trash", "downloads", "os_updates"]
    assert items["temp"]["title"] == "Temporary files" and items["temp"]["selectable"] and 2 * MB <= items["temp"]["bytes"] < 3 * MB
    assert items["trash"]["files"] == 1 and items["trash"]["bytes"] >= 2 * MB
    assert items["downloads"]["selectable"] is False and 5 * MB <= items["downloads"]["bytes"] < 6 * MB
    assert items["downloads"]["text"].startswith("Old files in Downloads: 5 MB (1 file) — Downloads are never deleted")
    done = engine.apply(disk_fixes.FIXES[0], LiveSystem(), Context(ctx().policy, "linux", {"categories": ["temp", "caches"]}),
                        consent=True, verify=lambda ids: [])
    freed = {i["category"]: i for i in disk_fixes.cleanup_items(done.steps)}
    assert list(freed) == ["temp", "caches"] and freed["temp"]["freed_bytes"] == items["temp"]["bytes"]
    assert freed["caches"]["text"].startswith("App and browser caches: 4 MB freed")


def test_the_interactive_cli_shows_sizes_per_category_before_asking(home: Path, tmp_path: Path) -> None:
    """`selfdesk fix disk.cleanup` in a terminal: sizes first, then the question; "n" changes nothing."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen([sys.executable, "-m", "desktop_app", "fix", "disk.cleanup"], stdin=slave, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, cwd=root, env=dict(os.environ, LANG="C.UTF-8"), text=True)
        os.write(master, b"n\n")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(master)
        os.close(slave)
    question = out.index("Apply this fix? [y/N]")
    assert out.index("Temporary files: 2 MB (1 file)") < question, out + err
    assert out.index("Old files in Downloads: 5 MB") < question
    assert "refused: Nothing was changed" in out and (tmp_path / "tmp" / "setup-leftover.tmp").exists()


def test_preview_then_cleanup_frees_space_and_keeps_the_rest(home: Path, ctx, tmp_path: Path) -> None:
    fix = disk_fixes.FIXES[0]
    # thresholds this machine's real disk always meets, so the live re-check judges the cleanup, not the CI host
    c = ctx(disk={"warn_percent": 100, "fail_percent": 100, "warn_free_gb": 0, "fail_free_gb": 0})
    dry = engine.apply(fix, LiveSystem(), c, consent=False, dry_run=True)
    assert dry.status == engine.DRY_RUN
    would = sum(s["details"].get("freed_bytes", 0) for s in dry.steps)
    assert would >= 8 * MB and (tmp_path / "tmp" / "setup-leftover.tmp").exists()

    done = engine.apply(fix, LiveSystem(), c, consent=True, verify=verify_live(c))
    assert done.status == engine.VERIFIED, done.message
    assert [(r.id, r.status) for r in done.verify] == [("disk", Status.OK)]
    freed = sum(s["details"].get("freed_bytes", 0) for s in done.steps)
    assert freed == would
    assert not (tmp_path / "tmp" / "setup-leftover.tmp").exists() and (tmp_path / "tmp" / "fresh.tmp").exists()
    assert (home / ".config" / "google-chrome" / "Default" / "Cookies").exists()
    assert not list((home / ".local" / "share" / "Trash" / "files").iterdir())
    assert not list((home / ".local" / "share" / "Trash" / "info").iterdir())
    assert (home / "Downloads" / "installer-2019.iso").exists() and (home / "Videos" / "holiday.mp4").exists()


def test_trash_keeps_the_record_of_a_file_it_could_not_delete(home: Path, ctx) -> None:
    trash = home / ".local" / "share" / "Trash"
    kept = make(trash / "files" / "locked.txt", 10)
    kept.chmod(0o444)
    (trash / "info" / "locked.txt.trashinfo").write_text("[Trash Info]\nPath=/x/locked.txt\n")
    c = Context(ctx().policy, "linux", {"categories": ["trash"]})
    outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    details = outcome.steps[0]["details"]
    assert kept.exists() and (trash / "info" / "locked.txt.trashinfo").exists()
    assert not (trash / "info" / "old report.pdf.trashinfo").exists()
    assert "1 item left in place" in details["skipped"] and "read-only" in details["skipped_items"][0]


def test_open_storage_settings_is_fixed_commands_only(ctx) -> None:
    fix = disk_fixes.FIXES[1]
    assert [s.argv for s in fix.plan(ctx("windows"))] == [("explorer", "ms-settings:storagesense")]
    assert [s.argv for s in fix.plan(ctx("macos"))] == [("open", "x-apple.systempreferences:com.apple.settings.Storage")]
    assert "linux" not in fix.platforms


def test_tmpdir_set_to_the_home_folder_deletes_nothing(home: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(home))  # a broken login script: "temp" is now the whole home folder
    c = Context(ctx().policy, "linux", {"categories": ["temp"]})
    outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    assert outcome.steps[0]["details"]["files"] == 0 and "protected folder" in outcome.steps[0]["details"]["skipped_items"][0]
    assert (home / "Videos" / "holiday.mp4").exists() and (home / "Downloads" / "installer-2019.iso").exists()
    result, _ = storage_result(c)
    assert next(x for x in result.facts["categories"] if x["id"] == "temp")["bytes"] == 0


def test_shared_tmp_is_left_alone_when_running_as_root(home: Path, ctx, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("the rule is about running as root")
    (tmp_path / "tmp").chmod(0o1777)  # now it looks like /tmp: services keep private folders here
    c = Context(ctx().policy, "linux", {"categories": ["temp"]})
    outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    assert (tmp_path / "tmp" / "setup-leftover.tmp").exists() and outcome.steps[0]["details"]["files"] == 0


def test_a_cache_setting_inside_downloads_deletes_nothing_there(home: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    """XDG_CACHE_HOME pointed into Downloads (a broken profile script): the browser cache found there is not
    emptied, because Downloads are never deleted automatically."""
    kept = make(home / "Downloads" / "cache" / "google-chrome" / "Default" / "Cache" / "data_1", MB)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "Downloads" / "cache"))
    c = Context(ctx().policy, "linux", {"categories": ["caches"]})
    outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    assert kept.exists() and outcome.steps[0]["details"]["files"] == 0
    result, _ = storage_result(c)
    assert next(x for x in result.facts["categories"] if x["id"] == "caches")["bytes"] == 0


def test_a_trash_info_folder_that_is_a_link_is_not_followed(home: Path, ctx, tmp_path: Path) -> None:
    info = home / ".local" / "share" / "Trash" / "info"
    elsewhere = tmp_path / "notes"
    elsewhere.mkdir()
    record = elsewhere / "old report.pdf.trashinfo"  # a file of the same shape, somewhere else
    record.write_text("[Trash Info]\nPath=/x\n")
    for child in info.iterdir():
        child.unlink()
    info.rmdir()
    info.symlink_to(elsewhere)
    c = Context(ctx().policy, "linux", {"categories": ["trash"]})
    engine.apply(disk_fixes.FIXES[0], LiveSystem(), c, consent=True, verify=lambda ids: [])
    assert record.exists() and info.is_symlink()
    assert not list((home / ".local" / "share" / "Trash" / "files").iterdir())


def test_what_was_left_in_place_is_said_in_french(home: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app import i18n

    monkeypatch.setenv("TMPDIR", str(home))
    i18n.set_language("fr")
    try:
        outcome = engine.apply(disk_fixes.FIXES[0], LiveSystem(), Context(ctx().policy, "linux", {"categories": ["temp"]}),
                               consent=False, dry_run=True)
    finally:
        i18n.set_language("en")
    details = outcome.steps[0]["details"]
    assert details["skipped_items"][0].endswith("(dossier protégé)") and "protected" not in details["skipped_items"][0]
