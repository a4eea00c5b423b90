"""The live system seam on this machine: argument lists, timeouts that kill trees, recorded observations."""

from __future__ import annotations

import os
import sys
import time

import psutil
import pytest

from desktop_app.observations import Observations
from desktop_app.system import LiveSystem, decode_output


def test_commands_are_recorded_in_the_guide_format():
    system = LiveSystem()
    result = system.run([sys.executable, "-c", "import sys; print('hello'); print('oops', file=sys.stderr); sys.exit(3)"], timeout=10)
    assert (result.returncode, result.stdout.strip(), result.stderr.strip(), result.error) == (3, "hello", "oops", None)
    record = system.observations[-1]
    assert record["kind"] == "command" and record["argv"][1:] == ["-c", record["argv"][2]]
    assert set(record) >= {"argv", "returncode", "stdout", "stderr", "error", "duration_ms"}


def test_a_shell_string_is_refused():
    with pytest.raises(TypeError):
        LiveSystem().run("ls -l", timeout=1)  # type: ignore[arg-type]


def test_a_timeout_is_mandatory():
    with pytest.raises(ValueError):
        LiveSystem().run(["true"], timeout=0)


def test_a_missing_tool_is_an_error_not_an_exception():
    result = LiveSystem().run(["selfdesk-no-such-tool"], timeout=1)
    assert result.missing_tool and result.returncode is None


def test_a_hung_process_tree_is_killed_at_its_timeout(tmp_path):
    pidfile = tmp_path / "grandchild.pid"
    script = (
        "import subprocess, sys, time;"
        f"p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']);"
        f"open({str(pidfile)!r}, 'w').write(str(p.pid));"
        "time.sleep(60)"
    )
    started = time.monotonic()
    result = LiveSystem().run([sys.executable, "-c", script], timeout=1.0)
    assert time.monotonic() - started < 5
    assert result.timed_out
    grandchild = int(pidfile.read_text())
    deadline = time.monotonic() + 3
    while psutil.pid_exists(grandchild) and time.monotonic() < deadline:
        try:
            if psutil.Process(grandchild).status() == psutil.STATUS_ZOMBIE:
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.05)
    alive = psutil.pid_exists(grandchild) and psutil.Process(grandchild).status() != psutil.STATUS_ZOMBIE
    assert not alive, "the grandchild survived the timeout"


def test_identical_read_only_commands_run_once_per_sweep():
    system = LiveSystem()
    first = system.run([sys.executable, "-c", "import random; print(random.random())"], timeout=10, cache=True)
    second = system.run([sys.executable, "-c", "import random; print(random.random())"], timeout=10, cache=True)
    assert first.stdout == second.stdout
    assert len(system.observations) == 2 and system.observations[1].get("cached") is True


def test_values_are_bounded_and_errors_recorded():
    system = LiveSystem()
    slow = system.observe("probe", "slow", lambda: time.sleep(5), timeout=0.2)
    broken = system.psutil("broken", lambda: 1 / 0)
    assert slow.error and slow.error.startswith("timed out")
    assert broken.error and "ZeroDivisionError" in broken.error
    ok = system.read_file(__file__)
    assert ok.ok and "bounded" in ok.value


def test_observations_are_tagged_with_the_check_that_made_them():
    system = LiveSystem()
    with system.bound_to("disk"):
        system.psutil("cpu_count", os.cpu_count)
    assert system.observations_for("disk")[0]["name"] == "cpu_count"
    assert Observations(system.observations).value("psutil", "cpu_count").value == os.cpu_count()


def test_cancel_kills_running_commands():
    import threading

    system = LiveSystem()
    threading.Timer(0.3, system.cancel).start()
    started = time.monotonic()
    result = system.run([sys.executable, "-c", "import time; time.sleep(30)"], timeout=30)
    assert time.monotonic() - started < 5
    assert result.error == "cancelled"
    assert system.run(["true"], timeout=1).error == "cancelled"


def test_output_in_legacy_code_pages_is_decoded():
    assert decode_output("Réception".encode("cp1252")) == "Réception"
    assert decode_output("\ufeffnetsh".encode()) == "netsh"
    assert decode_output("état".encode("utf-16")) == "état"
