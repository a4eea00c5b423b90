"""The application log: where it lives, that it rotates, that a sweep, a fix and a command land in it, and
the tail bundles carry."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import applog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _detached():
    applog.teardown()
    yield
    applog.teardown()


def test_the_log_lives_in_the_platform_user_log_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SELFDESK_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    path = applog.setup()
    assert path == tmp_path / "state" / "SelfDesk" / "log" / "selfdesk.log"  # platformdirs' user_log_dir on Linux
    logging.getLogger("desktop_app.test").info("hello from the test")
    assert "INFO desktop_app.test: hello from the test" in path.read_text(encoding="utf-8")


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path):
    path = applog.setup(max_bytes=2_000, backups=2)
    assert path is not None
    logger = logging.getLogger("desktop_app.test")
    for index in range(200):
        logger.info("record %03d %s", index, "x" * 60)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["selfdesk.log", "selfdesk.log.1", "selfdesk.log.2"]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "record 199" in path.read_text(encoding="utf-8")


def test_setting_up_twice_keeps_one_handler_and_follows_a_new_folder(tmp_path, monkeypatch):
    first = applog.setup()
    applog.setup()
    assert sum(getattr(h, "_selfdesk", False) for h in logging.getLogger().handlers) == 1
    monkeypatch.setenv("SELFDESK_HOME", str(tmp_path / "other"))
    second = applog.setup()
    assert second != first and second == tmp_path / "other" / "logs" / "selfdesk.log"
    assert sum(getattr(h, "_selfdesk", False) for h in logging.getLogger().handlers) == 1


def test_an_unwritable_log_folder_does_not_break_the_app(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SELFDESK_HOME", str(blocker))
    assert applog.setup() is None
    logging.getLogger("desktop_app.test").info("dropped quietly")
    assert applog.tail() == ""


def test_the_tail_starts_at_a_line_and_ends_with_the_latest_records(tmp_path):
    path = applog.setup()
    assert path is not None
    logger = logging.getLogger("desktop_app.test")
    for index in range(500):
        logger.info("line %04d", index)
    tail = applog.tail(max_bytes=1_000)
    lines = tail.splitlines()
    assert lines[-1].endswith("line 0499")
    assert all(" INFO desktop_app.test: line " in line for line in lines)  # no line cut in half
    assert len(tail.encode()) <= 1_000
    assert applog.tail().count("\n") == 500


def test_a_command_leaves_a_useful_log(tmp_path):
    env = dict(os.environ, SELFDESK_HOME=str(tmp_path))
    subprocess.run([sys.executable, "-m", "desktop_app", "diagnose", "--only", "system", "--json"],
                   capture_output=True, text=True, cwd=ROOT, env=env, timeout=120, check=False)
    text = (tmp_path / "logs" / "selfdesk.log").read_text(encoding="utf-8")
    assert ": diagnose" in text  # the verb
    assert "sweep: 1 checks (system)" in text and "check system:" in text and "sweep done in" in text
    assert "diagnose: exit code" in text


def test_a_fix_attempt_and_its_outcome_are_logged(tmp_path, no_surprises, ctx):
    from desktop_app.fixes import engine
    from desktop_app.model import Fix, Step

    path = applog.setup()
    assert path is not None
    fix = Fix("demo.fix", "system", "Demo", "Demo.", plan=lambda c: [Step("Run", argv=("demo",))], verify=("demo",))
    engine.apply(fix, no_surprises(commands={"demo": (1, "", "permission denied", None)}), ctx(), consent=True,
                 log_path=tmp_path / "fixlog.jsonl")
    text = path.read_text(encoding="utf-8")
    assert "fix demo.fix: apply on linux" in text
    assert "fix demo.fix: failed (1 steps, failed: permission denied" in text
