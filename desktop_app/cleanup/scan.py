"""Sizing folders without ever leaving them: no symlink or junction is followed, no other volume is entered,
and the walk stops at a deadline and says its answer is partial instead of hanging on a huge tree.

Paths are walked as bytes so names that are not valid UTF-8 are measured like any other; folders that deny
access and files that vanish mid-walk are counted, not fatal.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

CHECK_EVERY = 256  # entries between deadline checks


@dataclass
class TreeSize:
    bytes: int = 0
    files: int = 0
    denied: int = 0  # folders or files we were not allowed to read
    vanished: int = 0
    links: int = 0  # links and junctions seen (never followed)
    partial: bool = False  # the deadline cut the walk
    examples: list[str] = field(default_factory=list)  # a few denied paths, for the technician

    def add(self, other: TreeSize) -> None:
        self.bytes += other.bytes
        self.files += other.files
        self.denied += other.denied
        self.vanished += other.vanished
        self.links += other.links
        self.partial = self.partial or other.partial
        self.examples = (self.examples + other.examples)[:5]

    def to_json(self) -> dict[str, Any]:
        return {
            "bytes": self.bytes,
            "files": self.files,
            "denied": self.denied,
            "vanished": self.vanished,
            "links": self.links,
            "partial": self.partial,
            "denied_examples": self.examples,
        }


def allocated(st: os.stat_result) -> int:
    """Space a file really holds (what deleting it frees): blocks where the OS says, else its size."""
    blocks = getattr(st, "st_blocks", None)
    return int(blocks) * 512 if isinstance(blocks, int) else int(st.st_size)


def display(path: bytes | str) -> str:
    """A readable, JSON-safe form of any path (undecodable bytes become U+FFFD)."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def is_link(entry: os.DirEntry[Any]) -> bool:
    if entry.is_symlink():
        return True
    if os.name != "nt":
        return False
    # Windows junctions and other name-surrogate reparse points are links too (is_symlink() misses them).
    try:
        return _is_reparse(entry.stat(follow_symlinks=False))
    except OSError:
        return False


def size_tree(
    root: str | bytes,
    deadline: float,
    *,
    min_age_seconds: float = 0.0,
    now: float | None = None,
    owner: int | None = None,
    skip_readonly: bool = False,
) -> TreeSize:
    """Size everything under ``root`` (not following links, not crossing into other volumes).

    ``owner``, ``min_age_seconds`` and ``skip_readonly`` count only what the cleanup would delete."""
    out = TreeSize()
    now = time.time() if now is None else now
    top = os.fsencode(root)
    try:
        root_st = os.lstat(top)
    except FileNotFoundError:
        return out
    except OSError:
        out.denied += 1
        out.examples.append(display(top))
        return out
    if stat.S_ISLNK(root_st.st_mode) or not stat.S_ISDIR(root_st.st_mode):
        out.links += int(stat.S_ISLNK(root_st.st_mode))
        return out
    stack = [top]
    seen = 0
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    seen += 1
                    if seen % CHECK_EVERY == 0 and time.monotonic() > deadline:
                        out.partial = True
                        return out
                    _visit(entry, root_st.st_dev, stack, out, now - min_age_seconds, owner, skip_readonly)
        except FileNotFoundError:
            out.vanished += 1
        except OSError:
            out.denied += 1
            if len(out.examples) < 5:
                out.examples.append(display(folder))
        if time.monotonic() > deadline and stack:
            out.partial = True
            return out
    return out


def _visit(
    entry: os.DirEntry[bytes], dev: int, stack: list[bytes], out: TreeSize, older_than: float, owner: int | None, skip_readonly: bool
) -> None:
    try:
        if is_link(entry):
            out.links += 1
            return
        st = entry.stat(follow_symlinks=False)
    except FileNotFoundError:
        out.vanished += 1
        return
    except OSError:
        out.denied += 1
        return
    if stat.S_ISDIR(st.st_mode):
        if st.st_dev == dev:  # another volume mounted inside is not ours to size
            stack.append(entry.path)
        return
    if owner is not None and getattr(st, "st_uid", owner) != owner:
        return
    if st.st_mtime > older_than or (skip_readonly and not st.st_mode & stat.S_IWUSR):
        return
    out.bytes += allocated(st)
    out.files += 1


def size_many(roots: Iterable[str], deadline: float, **kwargs: Any) -> TreeSize:
    total = TreeSize()
    for root in roots:
        if time.monotonic() > deadline:
            total.partial = True
            break
        total.add(size_tree(root, deadline, **kwargs))
    return total


def expand(pattern: str) -> list[str]:
    """Folders matching a pattern with '*' segments; a match reached through a link is dropped."""
    parts = pattern.replace("\\", os.sep).split(os.sep) if os.sep == "\\" else pattern.split(os.sep)
    star = next((i for i, p in enumerate(parts) if "*" in p), None)
    if star is None:
        return [pattern] if _real_dir(pattern) else []
    import fnmatch

    base = os.sep.join(parts[:star]) or os.sep
    if not _real_dir(base):
        return []
    found: list[str] = []
    try:
        with os.scandir(base) as it:
            names = sorted(e.name for e in it if not is_link(e) and e.is_dir(follow_symlinks=False))
    except OSError:
        return []
    for name in names:
        if fnmatch.fnmatchcase(name, parts[star]):
            rest = os.sep.join([base.rstrip(os.sep), name, *parts[star + 1 :]])
            found.extend(expand(rest))
    return found


def _real_dir(path: str) -> bool:
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and not _is_reparse(st)


def _is_reparse(st: os.stat_result) -> bool:
    attrs = getattr(st, "st_file_attributes", 0)
    return bool(attrs & getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400))


def top_folders(home: str, deadline: float, limit: int) -> tuple[list[dict[str, Any]], bool]:
    """The largest folders directly under ``home``, biggest first (at most ``limit``), then every folder the
    deadline did not let us reach, listed as not measured (``bytes`` None). A folder cut mid-walk keeps what
    was counted (a minimum) with ``partial`` set. The second value says whether the answer is partial."""
    try:
        with os.scandir(os.fsencode(home)) as it:
            children = sorted(e.path for e in it if not is_link(e) and e.is_dir(follow_symlinks=False))
    except OSError:
        return [], False
    measured: list[dict[str, Any]] = []
    unmeasured: list[dict[str, Any]] = []
    for child in children:
        if time.monotonic() > deadline:
            unmeasured.append({"path": display(child), "bytes": None, "files": None, "partial": True, "measured": False})
            continue
        size = size_tree(child, deadline)
        measured.append({"path": display(child), "bytes": size.bytes, "files": size.files, "partial": size.partial, "measured": True})
    measured.sort(key=lambda s: s["bytes"], reverse=True)
    partial = bool(unmeasured) or any(s["partial"] for s in measured)
    cut = [m for m in measured[max(0, limit):] if m["partial"]]  # only partly counted: it may be the biggest
    return measured[: max(0, limit)] + cut + unmeasured, partial
