"""The trash through the OS's own service (gio on Linux, the shell's Recycle Bin API on Windows) with the
freedesktop.org fallback on every volume, and the Windows path walker's handling of junctions, read-only and
locked files, tested with fakes of the Windows file system and shell."""

from __future__ import annotations

import ctypes
import errno
import os
import stat
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from desktop_app.cleanup import categories as cats
from desktop_app.cleanup import delete, trash
from desktop_app.diagnostics.disk import storage
from desktop_app.fixes import disk as disk_fixes
from desktop_app.fixes import engine
from desktop_app.model import Context, Status
from desktop_app.observations import Observations
from desktop_app.system import LiveSystem, System
from tests.fakes import NOT_FOUND
from tests.fakes import FakeSystem as _FakeSystem

OLD = time.time() - 30 * 86400
GB = 1024**3


class FakeSystem(_FakeSystem):
    """Commands are canned (gio); the cleanup's own file work, a recorded probe, really runs."""

    def _evaluate(self, kind, name, fn, timeout):  # type: ignore[no-untyped-def]
        return System._evaluate(self, kind, name, fn, timeout)


def make(path: Path, size: int = 5000) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"t" * size)
    os.utime(path, (OLD, OLD))
    return path


def trashed(trash_dir: Path, name: str, size: int = 5000) -> Path:
    item = make(trash_dir / "files" / name, size)
    (trash_dir / "info").mkdir(parents=True, exist_ok=True)
    (trash_dir / "info" / f"{name}.trashinfo").write_text(f"[Trash Info]\nPath=/x/{name}\nDeletionDate=2026-01-01T10:00:00\n")
    return item


@pytest.fixture
def linux_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(cats, "_live_topdir_trashes", lambda: [])
    trashed(home / ".local" / "share" / "Trash", "old report.pdf", 200_000)
    return home


def empty_trash(system: Any, ctx: Context) -> dict[str, Any]:
    return dict(disk_fixes.clean_action("trash", system, Context(ctx.policy, "linux", {"categories": ["trash"]}), False))


def test_gio_that_empties_nothing_is_caught_and_the_trash_emptied_by_hand(linux_home: Path, ctx) -> None:
    """Captured here: without a running trash service `gio trash --empty` exits 0 and leaves everything."""
    system = FakeSystem(commands={"gio": (0, "", "", None)})
    details = empty_trash(system, ctx())
    assert system.ran == [["gio", "trash", "--empty"]]
    assert details["method"] == "by hand" and details["freed_bytes"] >= 200_000
    assert not list((linux_home / ".local" / "share" / "Trash" / "files").iterdir())
    assert not list((linux_home / ".local" / "share" / "Trash" / "info").iterdir())


def test_gio_that_works_does_the_job_and_nothing_is_deleted_by_hand(linux_home: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    trash_dir = linux_home / ".local" / "share" / "Trash"

    def gio(argv: list[str]) -> tuple[int, str, str, None]:
        for sub in ("files", "info"):
            for item in (trash_dir / sub).iterdir():
                item.unlink()
        return 0, "", "", None

    by_hand: list[str] = []
    real_clean = disk_fixes.clean
    def spy(root: str, **kw: Any) -> Any:
        if not kw.get("dry_run"):
            by_hand.append(root)
        return real_clean(root, **kw)

    monkeypatch.setattr(disk_fixes, "clean", spy)
    details = empty_trash(FakeSystem(commands={"gio": gio}), ctx())
    assert details["method"] == "gio" and details["freed_bytes"] >= 200_000 and by_hand == []
    assert details["items"][0]["text"].startswith("Trash: ") and "freed (1 file)" in details["items"][0]["text"]


def test_the_real_gio_on_this_machine_then_the_fallback(linux_home: Path, ctx) -> None:
    if LiveSystem().which("gio") is None:
        pytest.skip("gio is not installed")
    details = empty_trash(LiveSystem(), ctx())
    assert details["freed_bytes"] >= 200_000 and details["method"] in ("gio", "by hand", "gio, then by hand")
    assert not list((linux_home / ".local" / "share" / "Trash" / "files").iterdir())


def test_trash_on_other_volumes_follows_the_freedesktop_rules(tmp_path: Path) -> None:
    uid = os.getuid()
    good = tmp_path / "usb"
    (good / ".Trash" / str(uid)).mkdir(parents=True)
    (good / ".Trash").chmod(0o1777)
    (good / f".Trash-{uid}").mkdir()
    not_sticky = tmp_path / "disk2"
    (not_sticky / ".Trash" / str(uid)).mkdir(parents=True)
    (not_sticky / ".Trash").chmod(0o777)  # anyone could have planted the user's folder: not a trash
    linked = tmp_path / "disk3"
    linked.mkdir()
    (linked / ".Trash").symlink_to(good / ".Trash")
    found = trash.topdir_trashes(uid, [str(good), str(not_sticky), str(linked), str(tmp_path / "gone")])
    assert found == [str(good / ".Trash" / str(uid)), str(good / f".Trash-{uid}")]
    if uid == 0:
        other = tmp_path / "disk4"
        (other / f".Trash-{uid}").mkdir(parents=True)
        os.chown(other / f".Trash-{uid}", 65534, 65534)
        assert trash.topdir_trashes(uid, [str(other)]) == []


def test_the_trash_of_another_volume_is_emptied_too(linux_home: Path, tmp_path: Path, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    volume_trash = tmp_path / "usb" / f".Trash-{os.getuid()}"
    kept_elsewhere = make(tmp_path / "usb" / "Photos" / "holiday.jpg")
    trashed(volume_trash, "big.iso", 300_000)
    monkeypatch.setattr(cats, "_live_topdir_trashes", lambda: [str(volume_trash)])
    dry = engine.apply(disk_fixes.FIXES[0], FakeSystem(), Context(ctx().policy, "linux", {"categories": ["trash"]}), consent=False, dry_run=True)
    assert disk_fixes.cleanup_items(dry.steps)[0]["bytes"] >= 500_000  # both trashes counted in the preview
    details = empty_trash(FakeSystem(commands={"gio": NOT_FOUND}), ctx())
    assert details["method"] == "by hand" and details["freed_bytes"] >= 500_000
    assert not list((volume_trash / "files").iterdir()) and not list((volume_trash / "info").iterdir())
    assert kept_elsewhere.exists()
    result = storage.analyze(Observations(_sized(ctx())), ctx())
    assert next(c for c in result.facts["categories"] if c["id"] == "trash")["bytes"] == 0


def _sized(ctx: Context) -> list[dict[str, Any]]:
    system = LiveSystem()
    storage.collect(system, ctx)
    return system.observations


# -- Windows: the Recycle Bin through the shell API -------------------------------------------------------
class FakeShell32:
    def __init__(self, size: int, items: int, empty_result: int = 0):
        self.size, self.items, self.empty_result = size, items, empty_result
        self.emptied: list[int] = []

    def SHQueryRecycleBinW(self, root: Any, info: Any) -> int:  # noqa: N802 - the Windows API name
        info._obj.i64Size, info._obj.i64NumItems = self.size, self.items
        return 0

    def SHEmptyRecycleBinW(self, hwnd: Any, root: Any, flags: int) -> int:  # noqa: N802
        self.emptied.append(flags)
        self.size = self.items = 0
        return self.empty_result


@pytest.fixture
def shell(monkeypatch: pytest.MonkeyPatch) -> FakeShell32:
    fake = FakeShell32(3 * GB, 12)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(shell32=fake), raising=False)
    monkeypatch.setenv("USERPROFILE", "C:\\Users\\ann")
    return fake


def test_recycle_bin_is_sized_and_emptied_by_the_shell_without_a_dialog(shell: FakeShell32, ctx) -> None:
    c = ctx("windows")
    dry = disk_fixes.clean_action("trash", LiveSystem("windows"), c, True)
    assert dry["items"][0]["bytes"] == 3 * GB and dry["items"][0]["files"] == 12 and shell.emptied == []
    done = disk_fixes.clean_action("trash", LiveSystem("windows"), c, False)
    assert done["freed_bytes"] == 3 * GB and done["items"][0]["text"] == "Trash: 3.0 GB freed (12 files)"
    assert shell.emptied == [trash.SHERB_NOCONFIRMATION | trash.SHERB_NOPROGRESSUI | trash.SHERB_NOSOUND]


def test_an_already_empty_recycle_bin_is_not_an_error_but_a_refusal_is(shell: FakeShell32, ctx) -> None:
    shell.empty_result = -2147418113  # E_UNEXPECTED: the bin was already empty
    assert "error" not in disk_fixes.clean_action("trash", LiveSystem("windows"), ctx("windows"), False)
    shell.size, shell.empty_result = GB, -2147467259  # E_FAIL
    failed = disk_fixes.clean_action("trash", LiveSystem("windows"), ctx("windows"), False)
    assert "SHEmptyRecycleBinW failed (0x80004005)" in failed["error"]


def test_the_storage_check_reads_the_recycle_bin_size(shell: FakeShell32, ctx) -> None:
    c = ctx("windows")
    system = LiveSystem("windows")
    storage.collect(system, c)
    result = storage.analyze(Observations(system.observations), c)
    assert result.status is Status.OK and next(x for x in result.facts["categories"] if x["id"] == "trash")["bytes"] == 3 * GB


# -- Windows: the path walker with junctions --------------------------------------------------------------
REPARSE = 0x400


class WinError(OSError):
    def __init__(self, code: int, winerror: int, path: str):
        super().__init__(code, "The process cannot access the file because it is being used by another process", path)
        self.winerror = winerror


class FakeWindowsFS:
    """Just enough of ``os`` for the path walker: paths with backslashes, junctions as reparse points."""

    def __init__(self, nodes: dict[str, dict[str, Any]]):
        self.nodes = nodes
        self.listed: list[str] = []
        self.removed: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _stat(self, path: str) -> SimpleNamespace:
        node = self.nodes.get(path)
        if node is None:
            raise FileNotFoundError(errno.ENOENT, "not found", path)
        kind = node["kind"]
        mode = (stat.S_IFDIR if kind in ("dir", "junction") else stat.S_IFREG) | (0o555 if node.get("readonly") else 0o777)
        return SimpleNamespace(st_mode=mode, st_size=node.get("size", 0), st_mtime=OLD, st_dev=1, st_ino=hash(path),
                               st_file_attributes=REPARSE if kind == "junction" else 0)

    def lstat(self, path: str) -> SimpleNamespace:
        return self._stat(path)

    def scandir(self, folder: str) -> Any:
        self.listed.append(folder)
        prefix = folder.rstrip("\\") + "\\"
        children = [p for p in self.nodes if p.startswith(prefix) and "\\" not in p[len(prefix):]]
        fs = self

        class Entry:
            def __init__(self, path: str):
                self.path = path
                self.name = path.rsplit("\\", 1)[-1]

            def stat(self, follow_symlinks: bool = True) -> SimpleNamespace:
                return fs._stat(self.path)

        class Listing:
            def __enter__(self) -> list[Entry]:
                return [Entry(p) for p in sorted(children)]

            def __exit__(self, *args: Any) -> None:
                return None

        return Listing()

    def unlink(self, path: str) -> None:
        node = self.nodes[path]
        if node.get("locked"):
            raise WinError(errno.EACCES, 32, path)
        self.removed.append(path)
        del self.nodes[path]

    def rmdir(self, path: str) -> None:
        if any(p.startswith(path + "\\") for p in self.nodes) and self.nodes[path]["kind"] != "junction":
            raise OSError(errno.ENOTEMPTY, "not empty", path)
        self.removed.append(path)
        del self.nodes[path]  # a junction goes as a link: its target is another path, untouched


TEMP = "C:\\Users\\ann\\AppData\\Local\\Temp"
DOCS = "C:\\Users\\ann\\Documents"


@pytest.fixture
def windows_fs(monkeypatch: pytest.MonkeyPatch) -> FakeWindowsFS:
    fs = FakeWindowsFS({
        TEMP: {"kind": "dir"},
        TEMP + "\\setup.tmp": {"kind": "file", "size": 4000},
        TEMP + "\\Docs": {"kind": "junction", "target": DOCS},
        TEMP + "\\old-install": {"kind": "dir"},
        TEMP + "\\old-install\\payload.cab": {"kind": "file", "size": 9000},
        TEMP + "\\readonly.log": {"kind": "file", "size": 100, "readonly": True},
        TEMP + "\\in-use.tmp": {"kind": "file", "size": 100, "locked": True},
        DOCS: {"kind": "dir"},
        DOCS + "\\contract.docx": {"kind": "file", "size": 7000},
    })
    monkeypatch.setattr(delete, "os", fs)
    monkeypatch.setattr(delete, "_fd_mode", lambda: False)
    return fs


def test_a_junction_in_temp_goes_as_a_link_and_documents_stay(windows_fs: FakeWindowsFS) -> None:
    report = delete.clean(TEMP)
    assert DOCS + "\\contract.docx" in windows_fs.nodes and DOCS not in windows_fs.listed  # never entered
    assert TEMP + "\\Docs" in windows_fs.removed and report.links == 1
    assert TEMP + "\\setup.tmp" not in windows_fs.nodes and TEMP + "\\old-install" not in windows_fs.nodes
    assert report.files == 2 and report.freed == 13_000 and TEMP in windows_fs.nodes  # the Temp folder itself stays
    skipped = {s["path"].rsplit("\\", 1)[-1]: s["reason"] for s in report.skipped}
    assert skipped == {"readonly.log": "read-only", "in-use.tmp": "in use"}


def test_a_temp_folder_that_is_itself_a_junction_is_refused(windows_fs: FakeWindowsFS) -> None:
    windows_fs.nodes[TEMP] = {"kind": "junction", "target": DOCS}
    report = delete.clean(TEMP)
    assert report.refused == "not a real folder" and windows_fs.removed == [] and windows_fs.listed == []


def test_a_dry_run_on_windows_removes_nothing(windows_fs: FakeWindowsFS) -> None:
    report = delete.clean(TEMP, dry_run=True)
    assert windows_fs.removed == [] and report.files == 3 and report.links == 1  # the locked file only fails for real
