"""Per-user folders (platformdirs). ``SELFDESK_HOME`` puts them all under one folder (tests, kiosks)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "SelfDesk"


def _root() -> Path | None:
    value = os.environ.get("SELFDESK_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    root = _root()
    return root / "data" if root else Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    root = _root()
    return root / "logs" if root else Path(platformdirs.user_log_dir(APP, appauthor=False))


def config_dir() -> Path:
    root = _root()
    return root / "config" if root else Path(platformdirs.user_config_dir(APP, appauthor=False))


def outbox_dir() -> Path:
    return data_dir() / "outbox"


def fix_log_path() -> Path:
    return data_dir() / "fixlog.jsonl"


def history_path() -> Path:
    return data_dir() / "history.jsonl"


def baseline_path() -> Path:
    return data_dir() / "onboarding-baseline.json"
