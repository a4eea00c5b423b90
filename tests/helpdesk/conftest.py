"""Helpdesk test helpers: an isolated keyring, admin-trusted policies, bundles, and subprocess senders."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest

from tests.helpdesk.testkeyring import FileKeyring

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FileKeyring:
    """A keyring the tests control, shared with `selfdesk` subprocesses through the environment."""
    monkeypatch.setenv("SELFDESK_TEST_KEYRING", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpdesk.testkeyring.FileKeyring")
    backend = FileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def make_policy(**helpdesk: Any) -> Any:
    """An effective policy as if the system-wide (admin) file set these [helpdesk] keys."""
    from desktop_app import policy

    p = policy.defaults()
    p.values["helpdesk"].update(helpdesk)
    return p


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_admin_policy(folder: Path, **helpdesk: Any) -> Path:
    """A policy file an administrator controls (root-owned, not group/other-writable, in such a folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    path = folder / "policy.toml"
    path.write_text("[helpdesk]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in helpdesk.items()))
    path.chmod(0o644)
    return path


def make_bundle(folder: Path, payload: bytes = b"") -> Path:
    """A real bundle from the bundle writer, plus an optional incompressible payload to make it big."""
    import zipfile

    from desktop_app import policy
    from desktop_app.bundle import create_bundle
    from desktop_app.model import Context

    path = create_bundle(folder / "bundle.zip", observations=[], results=[], ctx=Context(policy=policy.defaults(), platform="linux"))
    if payload:
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("payload.bin", payload, compress_type=zipfile.ZIP_STORED)
    return path


def selfdesk(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess (inherits SELFDESK_HOME and the test keyring from the environment)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    full_env["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=timeout
    )
