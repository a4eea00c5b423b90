"""Real disks: a loop-mounted ext4 image (inside a private mount namespace) as the user's home and temp,
filled to 97 % and to 100 %, with the real CLI run as a subprocess. Needs root (mount), util-linux
(unshare, setpriv) and e2fsprogs (mkfs.ext4, chattr)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix" or sys.platform != "linux", reason="mount namespaces are Linux-only")


def run_scenario(name: str) -> dict[str, Any]:
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root")
    for tool in ("unshare", "mount", "mkfs.ext4", "chattr", "setpriv", "truncate"):
        assert shutil.which(tool), f"{tool} is missing: install util-linux / e2fsprogs"
    work = Path(tempfile.mkdtemp(prefix=f"selfdesk-disk-{name}-", dir="/tmp"))
    work.chmod(0o755)
    try:
        proc = subprocess.run(
            ["unshare", "-m", "--propagation", "private", sys.executable, "-m", "tests.disk.realfs_driver", name, str(work)],
            capture_output=True, text=True, timeout=300, cwd=ROOT,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        return json.loads(proc.stdout)
    finally:
        subprocess.run(["chattr", "-R", "-i", str(work)], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


def results(run: dict[str, Any]) -> dict[str, dict[str, Any]]:
    assert run["json"] is not None, run["stdout"] + run["stderr"]
    return {r["id"]: r for r in run["json"]["results"]}


def test_full_disk_fails_then_cleanup_frees_space_safely() -> None:
    run = run_scenario("full_then_cleanup")
    assert 96 <= run["before"]["percent"] <= 99

    diag = results(run["diagnose"])
    assert run["diagnose"]["rc"] == 1 and "Traceback" not in run["diagnose"]["stderr"]
    assert diag["disk"]["status"] == "failed"
    vol = next(v for v in diag["disk"]["facts"]["volumes"] if v["mount"] == run["mount"])
    assert set(vol["roles"]) == {"home", "temp"} and vol["percent"] >= 95
    assert isinstance(vol["total"], int) and isinstance(vol["free"], int)
    assert diag["storage"]["facts"]["reclaimable_bytes"] > 20_000_000 and diag["storage"]["facts"]["categories"][0]["denied"] >= 1
    assert diag["verdict.disk"]["fixes"] == ["disk.cleanup"]

    assert run["preview"]["rc"] == 0 and re.search(r"Temporary files: \d+ MB \(\d+ files\)", run["preview"]["stdout"])
    assert run["fix"]["rc"] == 0, run["fix"]["stdout"] + run["fix"]["stderr"]
    assert "verified" in run["fix"]["stdout"] and re.search(r"Temporary files: (1[5-9]|2\d) MB freed", run["fix"]["stdout"])
    assert "locked.dat (locked or protected)" in run["fix"]["stdout"] and "readonly.dat (read-only)" in run["fix"]["stdout"]
    assert run["after"]["free"] - run["before"]["free"] > 20_000_000

    again = results(run["again"])
    assert again["disk"]["status"] == "ok" and run["again"]["rc"] == 0
    # What must survive: the Documents folder behind a link in temp, read-only, locked, closed and fresh files.
    assert run["documents"] == ["contract.pdf"] and run["contract_intact"] and run["link_gone"]
    assert run["readonly_kept"] and run["locked_kept"] and run["denied_kept"] and run["noaccess_kept"] and run["fresh_kept"]
    assert run["bad_name_gone"] and run["trash_files"] == []


def test_completely_full_disk_still_reports_without_a_traceback() -> None:
    run = run_scenario("completely_full")
    assert run["before"]["free"] == 0
    diag = results(run["diagnose"])
    assert run["diagnose"]["rc"] == 1 and "Traceback" not in run["diagnose"]["stderr"]
    assert diag["disk"]["status"] == "failed" and "almost full" in diag["disk"]["summary"]
    # The temp folder is the full one (not a fallback): the cleanup knows what it could free there.
    assert diag["storage"]["facts"]["reclaimable_bytes"] > 10_000_000
    for step in ("bundle", "fix"):
        assert "Traceback" not in run[step]["stderr"], run[step]["stderr"]
    # The bundle cannot be written on a full disk: the user is told so in one line, and still gets the results.
    assert run["bundle"]["rc"] == 1
    assert re.search(r"Cannot write the bundle to .*(the disk is full|No space left on device)", run["bundle"]["stderr"]), run["bundle"]["stderr"]
    assert set(results(run["bundle"])) >= {"disk", "storage", "verdict.disk"}
    # The cleanup needs no free byte to work: it frees the disk and verifies.
    assert run["fix"]["rc"] == 0 and "verified" in run["fix"]["stdout"], run["fix"]["stdout"] + run["fix"]["stderr"]
    assert run["after"]["free"] > 10_000_000
