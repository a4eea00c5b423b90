"""Categories per OS (allow-list shape), the macOS trash going through Finder, and fuzzed replays."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.cleanup import categories as cats
from desktop_app.cleanup.trash import FINDER_EMPTY_TRASH
from desktop_app.diagnostics.disk import storage, volumes
from desktop_app.fixes import disk as disk_fixes
from desktop_app.observations import Observations

WIN_ENV = {"USERPROFILE": "C:\\Users\\ann", "LOCALAPPDATA": "C:\\Users\\ann\\AppData\\Local", "APPDATA": "C:\\Users\\ann\\AppData\\Roaming", "TEMP": "C:\\Users\\ann\\AppData\\Local\\Temp", "SystemRoot": "C:\\Windows"}


def all_patterns(c: cats.Category) -> list[str]:
    return [*c.patterns, *(p for ps in c.apps.values() for p in ps)]


def test_every_os_has_the_same_categories_and_only_safe_ones_are_deletable() -> None:
    envs = {
        "windows": WIN_ENV,
        "macos": {"HOME": "/Users/ann", "TMPDIR": "/nonexistent"},
        "linux": {"HOME": "/home/ann", "TMPDIR": "/nonexistent"},
    }
    for platform, env in envs.items():
        found = cats.by_id(cats.categories(platform, cats.environment(platform, env)))
        assert list(found) == ["temp", "trash", "caches", "os_updates", "downloads"], platform
        assert {c.id for c in found.values() if c.deletable} == set(cats.SAFE_DEFAULT), platform
        assert found["os_updates"].admin and not found["downloads"].deletable
        for c in found.values():
            for pattern in all_patterns(c):
                lowered = pattern.lower()
                # browser entries name cache folders, never profiles, cookies or history
                assert not any(word in lowered for word in ("cookies", "history", "login data", "bookmarks")), pattern
        caches = found["caches"].apps
        assert {"chrome", "edge", "firefox", "teams", "slack", "zoom", "thumbnails"} <= set(caches), platform
    win = cats.by_id(cats.categories("windows", cats.environment("windows", WIN_ENV)))
    assert win["os_updates"].patterns == ("C:\\Windows\\SoftwareDistribution\\Download",)
    assert win["trash"].api == "recycle_bin" and win["temp"].patterns == (WIN_ENV["TEMP"],)
    assert all("Cache" in p or "cache2" in p for app, ps in win["caches"].apps.items() for p in ps if app != "thumbnails")
    assert win["caches"].apps["thumbnails"] == ("C:\\Users\\ann\\AppData\\Local\\Microsoft\\Windows\\Explorer",)


def test_macos_trash_is_emptied_by_finder(tmp_path: Path, no_surprises, ctx, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    item = tmp_path / ".Trash" / "old.key"
    item.parent.mkdir()
    item.write_bytes(b"k" * 9000)
    system = no_surprises("macos", commands={"osascript": ""})
    c = ctx("macos")
    cat = disk_fixes._category(c, "trash")
    report = disk_fixes._trash(system, c, cat, dry_run=False)
    assert system.ran == [list(FINDER_EMPTY_TRASH)] and report.freed >= 9000
    assert item.exists()  # SelfDesk asked Finder; it did not delete behind its back


def test_macos_trash_falls_back_to_the_folder_without_finder(tmp_path: Path, no_surprises, ctx, monkeypatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    item = tmp_path / ".Trash" / "old.key"
    item.parent.mkdir()
    item.write_bytes(b"k" * 9000)
    system = no_surprises("macos")
    c = ctx("macos")
    report = disk_fixes._trash(system, c, disk_fixes._category(c, "trash"), dry_run=False)
    assert not item.exists() and report.files == 1 and system.ran == []


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["bytes", "files", "total", "free", "percent", "path", "device_id", "mountpoint", "folders", "partial", "deletable", "apps", "home", "measured"]), inner, max_size=6),
    max_leaves=20,
)
NAMES = [
    ("psutil", "disk_partitions"),
    ("psutil", "disk_usage:system"),
    ("psutil", "disk_usage:home"),
    ("probe", "storage.temp"),
    ("probe", "storage.caches"),
    ("probe", "storage.downloads"),
    ("probe", "storage.top_folders"),
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(NAMES), json_values), max_size=8))
def test_analyzers_never_raise_on_recorded_garbage(ctx, items: list[tuple[tuple[str, str], Any]]) -> None:
    obs = Observations([{"kind": kind, "name": name, "value": value} for (kind, name), value in items])
    for analyze in (volumes.analyze, storage.analyze, storage.analyze_folders):
        result = analyze(obs, ctx())
        assert result is None or result.summary


def test_size_budget_is_respected_on_a_deep_tree(tmp_path: Path) -> None:
    from desktop_app.cleanup.scan import size_tree

    deep = tmp_path
    for i in range(200):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    started = time.monotonic()
    size_tree(str(tmp_path), started + 0.05)
    assert time.monotonic() - started < 2


def test_sizes_read_naturally_in_english_and_french() -> None:
    from desktop_app import i18n
    from desktop_app.diagnostics.disk.labels import format_bytes

    assert [format_bytes(v) for v in (0, 5000, 3 * 1024**2, int(2.5 * 1024**3))] == ["0 KB", "5 KB", "3 MB", "2.5 GB"]
    # never "1000 MB" or "1023 KB": the next unit takes over where the rounded figure would reach 1000
    assert [format_bytes(v) for v in (1000 * 1024**2, 1023 * 1024**2, 1023 * 1024, 999 * 1024**2)] == ["1.0 GB", "1.0 GB", "1 MB", "999 MB"]
    i18n.set_language("fr")
    try:
        assert format_bytes(int(2.5 * 1024**3)) == "2,5\u00a0Go" and format_bytes(None) == "une quantité inconnue"
    finally:
        i18n.set_language("en")
