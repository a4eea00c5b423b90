"""Runs as PID 1 of private mount, network and PID namespaces (see test_real_cups.py): the system's own CUPS
folders are replaced by empty copies, so `service cups restart` (what the printers.restart-service fix runs where
systemd is not PID 1) starts a real cupsd that sees nothing of the machine's printers, listens only inside this
network namespace and dies with it. Prints what happened as one JSON document.

    python -m tests.printers.restart_driver WORKDIR
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv").exists() else sys.executable
SYSTEM_DIRS = {"etc": "/etc/cups", "spool": "/var/spool/cups", "cache": "/var/cache/cups", "log": "/var/log/cups"}


def sh(*argv: str) -> None:
    subprocess.run(argv, check=True, capture_output=True, timeout=60)


def lpstat_r() -> str:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=20, env=dict(os.environ, LC_ALL="C"))
    return done.stdout + done.stderr


def app(env: dict[str, str], *args: str) -> dict[str, Any]:
    done = subprocess.run([PYTHON, "-m", "desktop_app", *args], env=env, capture_output=True, text=True, timeout=180, cwd=ROOT)
    return {"rc": done.returncode, "stdout": done.stdout, "stderr": done.stderr}


def main() -> None:
    work = Path(sys.argv[1])
    for name, target in SYSTEM_DIRS.items():
        (work / name).mkdir(parents=True, exist_ok=True)
        if name == "etc":  # the packaged configuration, not the machine's printers
            for conf in ("cupsd.conf", "cups-files.conf"):
                if Path(target, conf).exists():
                    shutil.copy2(Path(target, conf), work / name / conf)
        sh("mount", "--bind", str(work / name), target)
    Path("/run/cups").mkdir(exist_ok=True)
    sh("mount", "-t", "tmpfs", "-o", "size=4m", "selfdesk-test", "/run/cups")
    sh("ip", "link", "set", "lo", "up")
    env = {k: v for k, v in os.environ.items() if k not in ("CUPS_SERVER", "SELFDESK_POLICY")}
    env.update(SELFDESK_HOME=str(work / "home"), LANG="C.UTF-8")
    result = {
        "before": lpstat_r(),
        "diagnose": app(env, "diagnose", "--only", "printers", "--json"),
        "dry_run": app(env, "fix", "printers.restart-service", "--dry-run"),
        "fix": app(env, "fix", "printers.restart-service", "--yes"),
        "after": lpstat_r(),
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
