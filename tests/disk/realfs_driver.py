"""Runs inside ``unshare -m --propagation private`` (see test_real_fs.py): mounts a small real ext4 file
system, builds a user's home and temp folders on it, runs the real CLI against it and prints what happened
as one JSON document. Mounts are private to this process's namespace and vanish with it.

    python -m tests.disk.realfs_driver SCENARIO WORKDIR
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
OLD = time.time() - 30 * 86400
# Thresholds scaled to a 32 MB disk (the defaults speak in GB).
POLICY = '[disk]\nwarn_percent = 85\nfail_percent = 95\nwarn_free_gb = 0.0005\nfail_free_gb = 0.0001\nscan_budget_seconds = 5\n'
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def sh(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=60)


def mount_ext4(work: Path, size_mb: int) -> Path:
    image, mnt = work / "disk.img", work / "mnt"
    mnt.mkdir(exist_ok=True)
    sh("truncate", "-s", f"{size_mb}M", str(image))
    sh("mkfs.ext4", "-q", "-F", "-m", "0", str(image))  # no reserved blocks: psutil's free is all there is
    sh("mount", "-o", "loop", str(image), str(mnt))
    return mnt


def old(path: Path) -> Path:
    os.utime(path, (OLD, OLD), follow_symlinks=False)
    return path


def fill_file(path: Path, nbytes: int) -> None:
    """Write zeros until ``nbytes`` or the disk is full (a full disk is the point)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    chunk = b"\0" * 65536
    with open(path, "wb") as handle:
        written = 0
        with contextlib.suppress(OSError):
            while written < nbytes:
                handle.write(chunk[: min(len(chunk), nbytes - written)])
                written += min(len(chunk), nbytes - written)
                handle.flush()
    with contextlib.suppress(OSError):
        old(path)


def usage(path: Path) -> dict[str, Any]:
    st = os.statvfs(path)
    total, free = st.f_blocks * st.f_frsize, st.f_bavail * st.f_frsize
    return {"total": total, "free": free, "percent": round((total - free) / total * 100, 1)}


def app(env: dict[str, str], *args: str, wrap: list[str] | None = None) -> dict[str, Any]:
    proc = subprocess.run(
        [*(wrap or []), PYTHON, "-m", "desktop_app", *args], env=env, capture_output=True, timeout=120, cwd=ROOT
    )
    out = proc.stdout.decode("utf-8", "replace")
    doc: Any = None
    with contextlib.suppress(ValueError):
        doc = json.loads(out)
    return {"rc": proc.returncode, "stdout": out, "stderr": proc.stderr.decode("utf-8", "replace"), "json": doc}


def setup_user(mnt: Path, work: Path) -> tuple[dict[str, str], Path, Path]:
    home, tmp = mnt / "home", mnt / "tmp"
    (home / "Documents").mkdir(parents=True)
    tmp.mkdir()
    (home / "Documents" / "contract.pdf").write_bytes(b"%PDF keep me" * 1000)
    policy = work / "policy.toml"
    policy.write_text(POLICY)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "SELFDESK_HOME": str(work / "selfdesk"),  # outside the small disk unless a scenario says otherwise
        "SELFDESK_POLICY": str(policy),
        "LANG": "C.UTF-8",
    }
    return env, home, tmp


def scenario_full_then_cleanup(work: Path) -> dict[str, Any]:
    mnt = mount_ext4(work, 32)
    env, home, tmp = setup_user(mnt, work)
    docs = home / "Documents"
    # The traps: a link to Documents inside temp, a read-only file, an immutable ("locked") file,
    # a name that is not UTF-8, a folder the user may not open, and a fresh temp file.
    (tmp / "docs-link").symlink_to(docs)
    old(tmp / "docs-link")
    ro = tmp / "readonly.dat"
    ro.write_bytes(b"r" * 100_000)
    ro.chmod(0o444)
    old(ro)
    locked = tmp / "locked.dat"
    locked.write_bytes(b"l" * 100_000)
    old(locked)
    sh("chattr", "+i", str(locked))
    bad = os.path.join(os.fsencode(tmp), b"rapport-\xe9t\xe9.tmp")
    with open(bad, "wb") as handle:
        handle.write(b"b" * 200_000)
    os.utime(bad, (OLD, OLD))
    denied = tmp / "other-user"
    denied.mkdir()
    (denied / "x.tmp").write_bytes(b"x" * 50_000)
    os.chown(denied, 65534, 65534)
    denied.chmod(0o700)
    noaccess = tmp / "no-access"  # the user's own folder, but closed (and the app has no root override)
    noaccess.mkdir()
    (noaccess / "y.tmp").write_bytes(b"y" * 50_000)
    old(noaccess / "y.tmp")
    noaccess.chmod(0)
    (tmp / "fresh.tmp").write_bytes(b"f" * 10_000)
    cache = home / ".cache" / "google-chrome" / "Default" / "Cache"
    fill_file(cache / "data_1", 3_000_000)
    trash = home / ".local" / "share" / "Trash"
    fill_file(trash / "files" / "old.iso", 2_000_000)
    (trash / "info").mkdir()
    (trash / "info" / "old.iso.trashinfo").write_text("[Trash Info]\nPath=/old.iso\nDeletionDate=2024-01-01T00:00:00\n")
    total = usage(mnt)["total"]
    target = int(total * 0.97) - (total - usage(mnt)["free"])
    fill_file(tmp / "installer-cache" / "big.tmp", max(0, target))
    old(tmp / "installer-cache")
    before = usage(mnt)
    diag = app(env, "diagnose", "--only", "disk", "--json", wrap=NO_DAC)
    preview = app(env, "fix", "disk.cleanup", "--dry-run", wrap=NO_DAC)
    fix = app(env, "fix", "disk.cleanup", "--yes", wrap=NO_DAC)
    after = usage(mnt)
    again = app(env, "diagnose", "--only", "disk", "--json", wrap=NO_DAC)
    result = {
        "mount": str(mnt),
        "before": before,
        "after": after,
        "diagnose": diag,
        "preview": preview,
        "fix": fix,
        "again": again,
        "documents": sorted(p.name for p in docs.iterdir()),
        "contract_intact": (docs / "contract.pdf").read_bytes() == b"%PDF keep me" * 1000,
        "readonly_kept": ro.exists(),
        "locked_kept": locked.exists(),
        "bad_name_gone": not os.path.lexists(bad),
        "denied_kept": (denied / "x.tmp").exists(),
        "noaccess_kept": (noaccess / "y.tmp").exists(),
        "fresh_kept": (tmp / "fresh.tmp").exists(),
        "link_gone": not os.path.lexists(tmp / "docs-link"),
        "trash_files": os.listdir(trash / "files"),
    }
    sh("chattr", "-i", str(locked))
    return result


def scenario_completely_full(work: Path) -> dict[str, Any]:
    mnt = mount_ext4(work, 16)
    env, _home, tmp = setup_user(mnt, work)
    env["SELFDESK_HOME"] = str(mnt / "selfdesk")  # the app's own log, fix log and bundle go to the full disk
    fill_file(tmp / "filler.tmp", 64 * 1024 * 1024)
    with contextlib.suppress(OSError):  # the last few blocks, so not even a small file fits
        for i in range(1000):
            (tmp / f"crumb{i}").write_bytes(b"c" * 1024)
    before = usage(mnt)
    diag = app(env, "diagnose", "--only", "disk", "--json")
    bundle = app(env, "diagnose", "--only", "disk", "--json", "--bundle", str(mnt / "selfdesk" / "bundle.zip"))
    fix = app(env, "fix", "disk.cleanup", "--yes")
    return {"before": before, "diagnose": diag, "bundle": bundle, "fix": fix, "after": usage(mnt)}


def main() -> None:
    scenario, work = sys.argv[1], Path(sys.argv[2])
    try:
        result = globals()[f"scenario_{scenario}"](work)
    finally:
        with contextlib.suppress(Exception):
            subprocess.run(["umount", str(work / "mnt")], capture_output=True, timeout=30)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
