"""The deletion engine and the sizing walk on a real file system (tmp_path): what must go, what must stay."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from desktop_app.cleanup.delete import clean
from desktop_app.cleanup.scan import expand, size_tree, top_folders

OLD = time.time() - 10 * 86400
FAR = time.monotonic() + 24 * 3600  # "no deadline" for the whole session (the module is imported minutes before its tests run)


def make(path: Path, size: int = 4096, old: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    if old:
        os.utime(path, (OLD, OLD))
    return path


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    documents = tmp_path / "Documents"
    make(documents / "thesis.docx", 10_000)
    make(documents / "sub" / "photo.jpg", 20_000)
    return documents


def test_links_are_removed_never_followed(tmp_path: Path, docs: Path) -> None:
    temp = tmp_path / "tmp"
    make(temp / "a.tmp")
    (temp / "docs-link").symlink_to(docs)
    (temp / "nested").mkdir()
    (temp / "nested" / "file-link").symlink_to(docs / "thesis.docx")
    report = clean(str(temp))
    assert sorted(p.name for p in docs.rglob("*")) == ["photo.jpg", "sub", "thesis.docx"]
    assert (docs / "thesis.docx").read_bytes() == b"x" * 10_000
    assert list(temp.iterdir()) == [] and temp.is_dir()  # contents gone, the temp folder itself kept
    assert report.links == 2 and report.files == 1


def test_a_root_that_is_itself_a_link_is_refused(tmp_path: Path, docs: Path) -> None:
    link = tmp_path / "cache"
    link.symlink_to(docs)
    report = clean(str(link))
    assert report.refused and (docs / "thesis.docx").exists() and report.files == 0


def test_read_only_young_and_foreign_files_stay(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    ro = make(root / "keep" / "readonly.txt")
    ro.chmod(0o444)
    os.utime(ro, (OLD, OLD))
    young = make(root / "in-use-by-installer.msi", old=False)
    foreign = make(root / "someone-elses.tmp")
    os.chown(foreign, 65534, 65534)
    gone = make(root / "old.tmp")
    report = clean(str(root), min_age_seconds=86400, owner=os.getuid())
    assert ro.exists() and young.exists() and foreign.exists() and not gone.exists()
    assert {"path": str(ro), "reason": "read-only"} in report.skipped
    assert report.files == 1 and report.freed >= 4096


def test_names_that_are_not_utf8_are_cleaned_and_sized(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    root.mkdir()
    bad = os.path.join(os.fsencode(root), b"caf\xe9-\xff.tmp")
    with open(bad, "wb") as handle:
        handle.write(b"y" * 8192)
    os.utime(bad, (OLD, OLD))
    os.mkdir(os.path.join(os.fsencode(root), b"dir-\xfe"))
    size = size_tree(str(root), FAR)
    assert size.files == 1 and size.bytes >= 8192
    report = clean(str(root))
    assert os.listdir(os.fsencode(root)) == [] and report.files == 1 and report.folders == 1


def test_dry_run_changes_nothing_and_predicts_the_result(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    for i in range(30):
        make(root / f"d{i % 3}" / f"f{i}", 5000)
    preview = clean(str(root), dry_run=True)
    assert len(list(root.rglob("*"))) == 33
    real = clean(str(root))
    assert (preview.freed, preview.files, preview.folders) == (real.freed, real.files, real.folders) == (real.freed, 30, 3)


def test_files_vanishing_mid_cleanup_are_not_errors(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    paths = [make(root / f"d{i % 20}" / f"f{i}", 10) for i in range(4000)]
    stop = threading.Event()

    def saboteur() -> None:  # another program deleting and creating files at the same time
        for p in paths[::-1]:
            if stop.is_set():
                return
            p.unlink(missing_ok=True)

    thread = threading.Thread(target=saboteur)
    thread.start()
    report = clean(str(root))
    stop.set()
    thread.join()
    # every file is gone; folders touched by the other program during the run may stay (they look in use)
    assert not [p for p in root.rglob("*") if p.is_file()] and report.skipped_count == 0


def test_deadline_gives_a_partial_answer(tmp_path: Path) -> None:
    root = tmp_path / "big"
    for i in range(600):
        make(root / f"d{i % 5}" / f"f{i}", 10)
    assert clean(str(root), deadline=time.monotonic() - 1).partial
    size = size_tree(str(root), time.monotonic() - 1)
    assert size.partial and size.files < 600


def test_other_volumes_inside_a_root_are_not_entered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # /proc is another file system: a link to it is not followed, and the walk never leaves the root's device.
    root = tmp_path / "tmp"
    make(root / "a")
    (root / "proc").symlink_to("/proc")
    assert size_tree(str(root), FAR).files == 1


def test_sizing_skips_links_and_counts_denied_folders(tmp_path: Path, docs: Path) -> None:
    root = tmp_path / "home"
    make(root / "big" / "blob", 100_000)
    (root / "docs-link").symlink_to(docs)
    size = size_tree(str(root), FAR)
    assert size.files == 1 and size.links == 1
    assert size_tree(str(tmp_path / "missing"), FAR).files == 0


def test_expand_drops_profile_folders_reached_through_links(tmp_path: Path, docs: Path) -> None:
    base = tmp_path / "User Data"
    (base / "Default" / "Cache").mkdir(parents=True)
    (base / "Profile 1" / "Cache").mkdir(parents=True)
    (base / "Evil").symlink_to(tmp_path)  # a profile folder that is really a link
    (docs / "Cache").mkdir()
    found = expand(str(base / "*" / "Cache"))
    assert found == [str(base / "Default" / "Cache"), str(base / "Profile 1" / "Cache")]


def test_top_folders_are_sorted_and_partial_on_deadline(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make(home / "Videos" / "a.mp4", 300_000)
    make(home / "Music" / "b.mp3", 100_000)
    make(home / "Documents" / "c.txt", 1000)
    folders, partial = top_folders(str(home), FAR, 2)
    assert [Path(f["path"]).name for f in folders] == ["Videos", "Music"] and not partial
    # Past the deadline nothing is measured, yet every folder is still listed, as not measured.
    late, partial = top_folders(str(home), time.monotonic() - 1, 2)
    assert partial and [(Path(f["path"]).name, f["bytes"], f["measured"]) for f in late] == [
        ("Documents", None, False), ("Music", None, False), ("Videos", None, False)]


def test_permission_denied_is_reported_not_fatal() -> None:
    # As root permissions are not enforced; run the walk as "nobody" in a child to make EACCES real.
    if os.getuid() != 0:
        pytest.skip("needs root to switch to the 'nobody' user")
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="selfdesk-denied-", dir="/tmp"))  # pytest's tmp_path is closed to others
    base.chmod(0o755)
    try:
        _denied(base)
    finally:
        shutil.rmtree(base)


def _denied(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = tmp_path / "tmp"
    make(root / "mine.tmp")
    make(root / "locked" / "secret.tmp")
    (root / "locked").chmod(0o700)  # owned by root: nobody may not enter
    os.chown(root, 65534, 65534)
    os.chown(root / "mine.tmp", 65534, 65534)
    code = (
        "import json,sys; from desktop_app.cleanup.delete import clean; from desktop_app.cleanup.scan import size_tree;"
        "import time; s=size_tree(sys.argv[1], time.monotonic()+30); r=clean(sys.argv[1]);"
        "print(json.dumps([s.denied, r.files, r.skipped_count]))"
    )
    out = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", code, str(root)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
    )
    assert out.returncode == 0, out.stderr
    import json

    denied, files, skipped = json.loads(out.stdout)
    assert (denied, files) == (1, 1) and skipped >= 1
    assert (root / "locked" / "secret.tmp").exists() and not (root / "mine.tmp").exists()
    assert stat.S_IMODE((root / "locked").stat().st_mode) == 0o700


def test_a_folder_swapped_for_a_link_mid_cleanup_is_not_followed(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from desktop_app.cleanup import delete

    root = tmp_path / "tmp"
    make(root / "victim" / "a.tmp")
    real_open = os.open

    def racing_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if path == "victim":  # an attacker (or a program) swaps the folder for a link to Documents
            shutil.rmtree(root / "victim")
            (root / "victim").symlink_to(docs)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(delete.os, "open", racing_open)
    report = clean(str(root))
    assert sorted(p.name for p in docs.rglob("*")) == ["photo.jpg", "sub", "thesis.docx"]
    assert any(s["reason"] for s in report.skipped if s["path"].endswith("victim"))


@pytest.mark.parametrize("fd_mode", [True, False], ids=["posix-fd-walk", "windows-path-walk"])
def test_both_walkers_keep_link_targets_and_read_only_files(tmp_path: Path, docs: Path, monkeypatch: pytest.MonkeyPatch, fd_mode: bool) -> None:
    from desktop_app.cleanup import delete

    monkeypatch.setattr(delete, "_fd_mode", lambda: fd_mode)
    root = tmp_path / "tmp"
    make(root / "a" / "b" / "c.tmp")
    (root / "a" / "docs").symlink_to(docs)
    ro = make(root / "ro.tmp")
    ro.chmod(0o444)
    young = make(root / "young.tmp", old=False)
    for folder in (root / "a" / "b", root / "a"):
        os.utime(folder, (OLD, OLD))  # folders are removed only when old too
    os.utime(root / "a" / "docs", (OLD, OLD), follow_symlinks=False)
    preview = clean(str(root), min_age_seconds=3600, dry_run=True)
    report = clean(str(root), min_age_seconds=3600)
    assert (preview.files, preview.links) == (report.files, report.links) == (1, 1)
    assert ro.exists() and young.exists() and (docs / "thesis.docx").exists() and not (root / "a").exists()


def test_a_temp_setting_pointing_at_personal_folders_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.cleanup.categories import protected

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    assert protected(str(home), str(home)) and protected(str(tmp_path), str(home)) and protected("/", str(home))
    assert protected(str(home / "Documents"), str(home))
    assert not protected(str(home / ".cache" / "google-chrome"), str(home)) and not protected("/var/tmp", str(home))
    # inside a personal folder too, also when a link hides where it is
    assert protected(str(home / "Downloads" / "cache" / "google-chrome"), str(home))
    (tmp_path / "scratch").symlink_to(home / "Documents")
    assert protected(str(tmp_path / "scratch" / "tmp"), str(home))


def test_sockets_and_pipes_in_temp_are_left_alone(tmp_path: Path) -> None:
    import socket

    root = tmp_path / "tmp"
    (root / ".X11-unix").mkdir(parents=True)
    sock_path = root / ".X11-unix" / "X0"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(sock_path))
    try:
        os.mkfifo(root / "pipe")
        for p in (sock_path, root / "pipe", root / ".X11-unix"):
            os.utime(p, (OLD, OLD))
        report = clean(str(root), min_age_seconds=3600)
        assert sock_path.exists() and (root / "pipe").exists() and report.files == 0
    finally:
        server.close()
