"""One PyInstaller build per test session, shared by the frozen-app tests (about 40 s on 2 cores)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "selfdesk"


@pytest.fixture(scope="session")
def frozen() -> Path:
    started = time.monotonic()
    build = subprocess.run(["bash", "packaging/build.sh"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-3000:]
    print(f"build: {time.monotonic() - started:.1f} s; {build.stdout.strip().splitlines()[-1]}")
    return DIST
