"""The deletion engine: empties an allow-listed folder and nothing else.

Safety rules, in the order they are applied:
- the root itself must be a real folder (not a link or junction): otherwise nothing is done;
- on POSIX the walk holds directory file descriptors opened with O_NOFOLLOW and deletes by name relative to
  them, so a folder swapped for a link mid-walk cannot redirect a deletion outside the root;
- a link (or junction) found inside is removed as a link; its target is never visited;
- another volume mounted inside the root is left alone;
- only regular files go: sockets and pipes (an X server's, a running service's) stay;
- files owned by someone else, younger than the category's minimum age, read-only, locked or in use are
  skipped, and the ones the user may care about are reported;
- the root folder itself is kept (programs expect their temp and cache folders to exist).
"""

from __future__ import annotations

import errno
import os
import stat
import time
from dataclasses import dataclass, field
from typing import Any

from desktop_app.cleanup.scan import allocated, display

MAX_REPORTED = 20


@dataclass
class CleanReport:
    freed: int = 0  # bytes removed (or that would be, in a dry run)
    files: int = 0
    links: int = 0  # links removed as links
    folders: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"path", "reason"} (capped)
    skipped_count: int = 0
    partial: bool = False
    refused: str | None = None  # why the whole root was left alone
    method: str = ""  # how it was emptied when that matters (the trash: "gio", "by hand")

    def skip(self, path: bytes | str, reason: str) -> None:
        self.skipped_count += 1
        if len(self.skipped) < MAX_REPORTED:
            self.skipped.append({"path": display(path), "reason": reason})

    def add(self, other: CleanReport) -> None:
        self.freed += other.freed
        self.files += other.files
        self.links += other.links
        self.folders += other.folders
        self.skipped_count += other.skipped_count
        self.skipped = (self.skipped + other.skipped)[:MAX_REPORTED]
        self.partial = self.partial or other.partial

    def to_json(self) -> dict[str, Any]:
        return {
            "freed": self.freed,
            "files": self.files,
            "links": self.links,
            "folders": self.folders,
            "skipped": self.skipped,
            "skipped_count": self.skipped_count,
            "partial": self.partial,
            "refused": self.refused,
            "method": self.method,
        }


def _reason(exc: OSError) -> str:
    if getattr(exc, "winerror", None) in (32, 33):  # sharing / lock violation
        return "in use"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "locked or protected"
    if exc.errno == errno.EBUSY:
        return "in use"
    if exc.errno == errno.EROFS:
        return "read-only disk"
    return exc.strerror or type(exc).__name__


def clean(
    root: str,
    *,
    min_age_seconds: float = 0.0,
    dry_run: bool = False,
    deadline: float | None = None,
    now: float | None = None,
    owner: int | None = None,
) -> CleanReport:
    """Delete the contents of ``root`` under the rules above. Never raises for file-system problems."""
    report = CleanReport()
    opts = _Opts(
        cutoff=(time.time() if now is None else now) - min_age_seconds,
        dry_run=dry_run,
        deadline=deadline if deadline is not None else time.monotonic() + 3600,
        owner=owner,
    )
    try:
        st = os.lstat(root)
    except FileNotFoundError:
        return report
    except OSError as exc:
        report.refused = _reason(exc)
        return report
    if stat.S_ISLNK(st.st_mode) or _reparse(st) or not stat.S_ISDIR(st.st_mode):
        report.refused = "not a real folder"
        return report
    if _fd_mode():
        try:
            fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
        except OSError as exc:
            report.refused = _reason(exc)
            return report
        try:
            _clean_fd(fd, os.fsencode(root), os.fstat(fd).st_dev, opts, report)
        finally:
            os.close(fd)
    else:
        _clean_path(root, st.st_dev, opts, report)
    return report


@dataclass
class _Opts:
    cutoff: float
    dry_run: bool
    deadline: float
    owner: int | None


def _fd_mode() -> bool:
    return os.name == "posix" and os.scandir in os.supports_fd and os.unlink in os.supports_dir_fd


def _reparse(st: os.stat_result) -> bool:
    return bool(getattr(st, "st_file_attributes", 0) & getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400))


def _clean_fd(dfd: int, where: bytes, dev: int, o: _Opts, report: CleanReport) -> bool:
    """Clean the folder open as ``dfd``; True when it ended up empty."""
    empty = True
    try:
        with os.scandir(dfd) as it:
            names = [e.name for e in it]
    except OSError as exc:
        report.skip(where, _reason(exc))
        return False
    for name in names:
        if time.monotonic() > o.deadline:
            report.partial = True
            return False
        path = os.path.join(where, os.fsencode(name))
        try:
            st = os.stat(name, dir_fd=dfd, follow_symlinks=False)
        except FileNotFoundError:
            continue  # vanished mid-walk: nothing to do
        except OSError as exc:
            report.skip(path, _reason(exc))
            empty = False
            continue
        if o.owner is not None and st.st_uid != o.owner:
            empty = False  # someone else's file in a shared folder (/tmp): not ours to judge
            continue
        if stat.S_ISDIR(st.st_mode):
            if st.st_dev != dev:
                report.skip(path, "another disk")
                empty = False
                continue
            try:
                child = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=dfd)
            except FileNotFoundError:
                continue
            except OSError as exc:
                report.skip(path, _reason(exc))
                empty = False
                continue
            try:
                # A folder swapped between stat and open is caught here: compare identities.
                cst = os.fstat(child)
                if (cst.st_dev, cst.st_ino) != (st.st_dev, st.st_ino):
                    report.skip(path, "changed during cleanup")
                    empty = False
                    continue
                child_empty = _clean_fd(child, path, dev, o, report)
            finally:
                os.close(child)
            if child_empty and st.st_mtime <= o.cutoff:
                if o.dry_run:
                    report.folders += 1
                    continue
                try:
                    os.rmdir(name, dir_fd=dfd)
                    report.folders += 1
                    continue
                except FileNotFoundError:
                    continue
                except OSError:
                    pass
            empty = False
            continue
        if stat.S_ISLNK(st.st_mode):
            # The link goes, never what it points to.
            if o.dry_run or _unlink_fd(name, dfd, path, report):
                report.links += 1
                continue
            empty = False
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_mtime > o.cutoff:
            empty = False  # sockets and pipes (an X server's, a running service's) are alive by definition
            continue
        if not st.st_mode & stat.S_IWUSR:
            report.skip(path, "read-only")
            empty = False
            continue
        if o.dry_run or _unlink_fd(name, dfd, path, report):
            report.freed += allocated(st)
            report.files += 1
        else:
            empty = False
    return empty


def _unlink_fd(name: str, dfd: int, path: bytes, report: CleanReport) -> bool:
    try:
        os.unlink(name, dir_fd=dfd)
        return True
    except FileNotFoundError:
        return True
    except OSError as exc:
        report.skip(path, _reason(exc))
        return False


def _clean_path(folder: str, dev: int, o: _Opts, report: CleanReport) -> bool:
    """Path-based walk for Windows (no dir_fd there); links and junctions are checked per entry."""
    empty = True
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError as exc:
        report.skip(folder, _reason(exc))
        return False
    for entry in entries:
        if time.monotonic() > o.deadline:
            report.partial = True
            return False
        try:
            st = entry.stat(follow_symlinks=False)
        except FileNotFoundError:
            continue
        except OSError as exc:
            report.skip(entry.path, _reason(exc))
            empty = False
            continue
        is_dir = stat.S_ISDIR(st.st_mode)
        if stat.S_ISLNK(st.st_mode) or _reparse(st):
            try:
                if not o.dry_run:
                    # rmdir removes a directory link or junction itself, never the folder it points to.
                    (os.rmdir if is_dir else os.unlink)(entry.path)
                report.links += 1
            except FileNotFoundError:
                pass
            except OSError as exc:
                report.skip(entry.path, _reason(exc))
                empty = False
            continue
        if is_dir:
            if st.st_dev != dev:
                report.skip(entry.path, "another disk")
                empty = False
                continue
            if _clean_path(entry.path, dev, o, report) and st.st_mtime <= o.cutoff:
                try:
                    if not o.dry_run:
                        os.rmdir(entry.path)
                    report.folders += 1
                    continue
                except OSError:
                    pass
            empty = False
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_mtime > o.cutoff:
            empty = False
            continue
        if not st.st_mode & stat.S_IWUSR:  # FILE_ATTRIBUTE_READONLY shows up here on Windows
            report.skip(entry.path, "read-only")
            empty = False
            continue
        try:
            if not o.dry_run:
                os.unlink(entry.path)
            report.freed += allocated(st)
            report.files += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            report.skip(entry.path, _reason(exc))
            empty = False
    return empty
