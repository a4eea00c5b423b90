"""Real tests against an isolated cupsd (own ServerRoot, spool and logs, listening on loopback only).

The app runs as a subprocess (`python -m desktop_app ...`) with CUPS_SERVER pointing at this cupsd, so the
system cupsd (if any) is never touched. Needs apt packages cups, cups-client (cupsd, lpstat, lpadmin, lp,
cancel, cupsenable, cupsaccept, lpoptions). The only network traffic is to 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DRIVER = "drv:///sample.drv/generic.ppd"
TOOLS = ("cupsd", "lpstat", "lpadmin", "lp", "cancel", "cupsenable", "cupsdisable", "cupsaccept", "cupsreject",
         "lpoptions")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cups:
    def __init__(self, base: Path, port: int):
        self.base, self.port = base, port
        self.env = dict(os.environ, CUPS_SERVER=f"127.0.0.1:{port}", LC_ALL="C", LANG="C")
        self.env.pop("SELFDESK_POLICY", None)
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        b = self.base
        for d in ("root/ppd", "root/ssl", "spool/tmp", "cache", "state", "log"):
            (b / d).mkdir(parents=True, exist_ok=True)
        (b / "root" / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel warn\nErrorPolicy stop-printer\nBrowsing No\n"
            "DefaultAuthType None\nWebInterface No\nJobRetryInterval 1\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (b / "root" / "cups-files.conf").write_text(
            f"ServerRoot {b}/root\nRequestRoot {b}/spool\nTempDir {b}/spool/tmp\nCacheDir {b}/cache\n"
            f"StateDir {b}/state\nAccessLog {b}/log/access_log\nErrorLog {b}/log/error_log\n"
            f"PageLog {b}/log/page_log\nFileDevice Yes\n")
        self.proc = subprocess.Popen(
            ["cupsd", "-f", "-c", str(b / "root" / "cupsd.conf"), "-s", str(b / "root" / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            # lpstat -r exits 0 either way: read what it prints
            if "scheduler is running" in self.lp("lpstat", "-r", check=False):
                return
            time.sleep(0.05)
        raise RuntimeError("isolated cupsd did not start: " + (b / "log" / "error_log").read_text(errors="replace"))

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def lp(self, *argv: str, check: bool = True) -> str:
        done = subprocess.run(list(argv), env=self.env, capture_output=True, text=True, timeout=20)
        if check and done.returncode != 0:
            raise AssertionError(f"{argv}: {done.stderr}")
        return done.stdout + done.stderr

    def reset(self) -> None:
        self.lp("cancel", "-a", "-x", check=False)
        for line in self.lp("lpstat", "-v", check=False).splitlines():
            if line.startswith("device for "):
                self.lp("lpadmin", "-x", line[len("device for "):].split(":")[0])

    def add(self, name: str, uri: str = "file:///dev/null") -> None:
        self.lp("lpadmin", "-p", name, "-E", "-v", uri, "-m", DRIVER)

    def submit(self, printer: str, *options: str) -> str:
        out = self.lp("lp", "-d", printer, *options, str(ROOT / "pyproject.toml"))
        return out.split("request id is ", 1)[1].split()[0]

    def wait_done(self, job: str, timeout: float = 20) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if job in self.lp("lpstat", "-W", "completed", "-o", check=False):
                return True
            time.sleep(0.1)
        return False

    def app(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env={**self.env, **(env or {})},
                              capture_output=True, text=True, timeout=120)

    def diagnose(self, **env: str) -> tuple[int, dict[str, Any]]:
        done = self.app("diagnose", "--only", "printers", "--json", env=env)
        data = json.loads(done.stdout)
        return done.returncode, {r["id"]: r for r in data["results"]}


@pytest.fixture(scope="session")
def cups() -> Iterator[Cups]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.fail(f"CUPS tools missing (apt-get install cups cups-client): {missing}")
    base = Path(tempfile.mkdtemp(prefix="selfdesk-cups-"))
    os.chmod(base, 0o755)  # cupsd drops to the lp user for filters and backends
    server = Cups(base, _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def lab(cups: Cups, _isolated_home: None) -> Cups:
    cups.env["SELFDESK_HOME"] = os.environ["SELFDESK_HOME"]
    cups.env["XDG_CONFIG_HOME"] = os.environ["XDG_CONFIG_HOME"]
    # lpoptions -d (the tests' and the set-default fix's) writes the user's ~/.cups/lpoptions: a throwaway home
    home = Path(os.environ["SELFDESK_HOME"]) / "user-home"
    home.mkdir(exist_ok=True)
    cups.env["HOME"] = str(home)
    cups.reset()
    return cups


def policy_file(tmp_path: Path, body: str) -> str:
    path = tmp_path / "policy.toml"
    path.write_text(body)
    return str(path)


def test_healthy_queue_prints_a_job_to_completion(lab: Cups) -> None:
    lab.add("Office")
    lab.lp("lpoptions", "-d", "Office")
    job = lab.submit("Office")
    assert lab.wait_done(job), "the job did not complete"
    code, results = lab.diagnose()
    printers = results["printers"]
    assert printers["status"] == "ok", printers
    assert printers["facts"]["scheduler_running"] is True
    assert printers["facts"]["default"] == "Office"
    assert printers["facts"]["printers"] == [
        {"name": "Office", "state": "idle", "accepting": True, "reason": "", "jobs": 0, "device": "///dev/null"}]
    assert results["verdict.printers"]["summary"] == "Printing works."
    assert code == 0


def test_paused_queue_with_stuck_jobs_then_resume_fix(lab: Cups, tmp_path: Path) -> None:
    lab.add("Office")
    lab.lp("lpoptions", "-d", "Office")
    lab.lp("cupsdisable", "-r", "Paused for maintenance", "Office")
    job = lab.submit("Office")
    second = lab.submit("Office")
    policy = policy_file(tmp_path, "[printers]\nstuck_job_minutes = 0\n")  # any waiting job counts as stuck
    code, results = lab.diagnose(SELFDESK_POLICY=policy)
    printer = results["printers"]["facts"]["printers"][0]
    assert results["printers"]["status"] == "failed"
    assert printer["state"] == "stopped" and printer["reason"] == "Paused for maintenance" and printer["jobs"] == 2
    assert results["printers"]["summary"] == "The printer Office is paused (Paused for maintenance), so documents wait instead of printing."
    stuck = results["printers"]["facts"]["stuck_jobs"]
    assert [j["id"] for j in stuck] == [job, second] and all(j["printer"] == "Office" for j in stuck)
    assert "2 documents are stuck in the print queue." in results["printers"]["facts"]["problems"]
    assert "printers.resume" in results["printers"]["fixes"] and "printers.cancel-stuck-jobs" in results["printers"]["fixes"]
    assert code == 1

    dry = lab.app("fix", "printers.resume", "--dry-run")
    assert dry.returncode == 0 and "cupsenable Office" in dry.stdout
    assert "disabled" in lab.lp("lpstat", "-p", "Office")  # a dry run changes nothing

    fixed = lab.app("fix", "printers.resume", "--yes")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "verified" in fixed.stdout
    assert lab.wait_done(job) and lab.wait_done(second), "the held jobs did not print after resuming"


def test_offline_socket_printer_is_reported_unreachable(lab: Cups) -> None:
    port = _free_port()  # nothing listens there
    lab.add("Lobby", f"socket://127.0.0.1:{port}")
    lab.lp("lpoptions", "-d", "Lobby")
    code, results = lab.diagnose()
    result = results["printers"]
    printer = result["facts"]["printers"][0]
    assert printer["reachable"] is False and printer["device"] == f"socket://127.0.0.1:{port}"
    assert result["status"] == "failed" and "does not answer" in result["summary"]
    assert code == 1


def test_queue_not_accepting_then_resume_fix(lab: Cups) -> None:
    lab.add("Office")
    lab.lp("lpoptions", "-d", "Office")
    lab.lp("cupsreject", "-r", "Toner replacement", "Office")
    _, results = lab.diagnose()
    printer = results["printers"]["facts"]["printers"][0]
    assert printer["accepting"] is False and printer["reason"] == "Toner replacement"
    assert results["printers"]["status"] == "failed"
    fixed = lab.app("fix", "printers.resume", "--yes")
    assert "verified" in fixed.stdout, fixed.stdout + fixed.stderr
    assert "Office accepting requests" in lab.lp("lpstat", "-a", "Office")


def test_no_printers_is_skipped_with_exit_zero(lab: Cups) -> None:
    code, results = lab.diagnose()
    assert results["printers"]["status"] == "skipped"
    assert results["printers"]["facts"]["printers"] == []
    assert code == 0


def test_scheduler_not_running(lab: Cups) -> None:
    # lpstat exits 0 here too; only its words tell the scheduler is down.
    code, results = lab.diagnose(CUPS_SERVER=f"127.0.0.1:{_free_port()}")
    assert results["printers"]["status"] == "failed"
    assert results["printers"]["facts"]["scheduler_running"] is False
    assert results["printers"]["fixes"] == ["printers.restart-service"]
    assert "not running" in results["verdict.printers"]["summary"]
    assert code == 1


def test_cancel_my_stuck_jobs_fix(lab: Cups, tmp_path: Path) -> None:
    lab.add("Office")
    lab.lp("lpoptions", "-d", "Office")
    job = lab.submit("Office", "-H", "indefinite")  # held forever: stuck
    policy = policy_file(tmp_path, "[printers]\nstuck_job_minutes = 0\n")
    _, results = lab.diagnose(SELFDESK_POLICY=policy)
    assert [j["id"] for j in results["printers"]["facts"]["stuck_jobs"]] == [job]
    dry = lab.app("fix", "printers.cancel-stuck-jobs", "--dry-run", env={"SELFDESK_POLICY": policy})
    assert f"cancel {job}" in dry.stdout
    fixed = lab.app("fix", "printers.cancel-stuck-jobs", "--yes", env={"SELFDESK_POLICY": policy})
    assert "verified" in fixed.stdout, fixed.stdout + fixed.stderr
    assert job not in lab.lp("lpstat", "-o")


def test_set_default_fix(lab: Cups) -> None:
    lab.add("Office")
    lab.lp("lpadmin", "-d", "Office")
    lab.lp("lpadmin", "-x", "Office")  # default removed with its printer
    lab.add("Solo")
    _, results = lab.diagnose()
    assert results["printers"]["fixes"] == ["printers.set-default"]
    fixed = lab.app("fix", "printers.set-default", "--yes")
    assert "verified" in fixed.stdout, fixed.stdout + fixed.stderr
    assert "system default destination: Solo" in lab.lp("lpstat", "-d")
    assert "Default Solo" in (Path(lab.env["HOME"]) / ".cups" / "lpoptions").read_text()  # the throwaway home's


def test_add_required_printer_from_policy(lab: Cups, tmp_path: Path) -> None:
    policy = policy_file(tmp_path, (
        '[[printers.required]]\nname = "HQ-Color"\nuri = "file:///dev/null"\n'
        f'driver = "{DRIVER}"\ndefault = true\n'))
    _, results = lab.diagnose(SELFDESK_POLICY=policy)
    assert results["printers"]["status"] == "failed"
    assert results["printers"]["facts"]["missing_required"] == ["HQ-Color"]
    fixed = lab.app("fix", "printers.add-required", "--yes", env={"SELFDESK_POLICY": policy})
    assert "verified" in fixed.stdout, fixed.stdout + fixed.stderr
    _, after = lab.diagnose(SELFDESK_POLICY=policy)
    assert after["printers"]["status"] == "ok" and after["printers"]["facts"]["default"] == "HQ-Color"


def test_missing_filter_is_reported_as_a_driver_problem(lab: Cups, tmp_path: Path) -> None:
    lab.add("Broken")
    ppd = (lab.base / "root" / "ppd" / "Broken.ppd").read_text(errors="replace")
    lines = [ln for ln in ppd.splitlines() if not ln.startswith("*cupsFilter")]
    lines.append('*cupsFilter: "application/vnd.cups-postscript 0 /opt/selfdesk-no-such-filter"')
    broken = tmp_path / "broken.ppd"
    broken.write_text("\n".join(lines) + "\n")
    os.chmod(tmp_path, 0o755)
    lab.lp("lpadmin", "-p", "Broken", "-P", str(broken))
    lab.lp("lpoptions", "-d", "Broken")
    lab.submit("Broken")
    deadline = time.monotonic() + 10
    while "cups-missing-filter" not in lab.lp("lpstat", "-l", "-p", "Broken") and time.monotonic() < deadline:
        time.sleep(0.1)
    _, results = lab.diagnose()
    result = results["printers"]
    assert result["status"] == "failed" and "driver problem" in result["summary"]
    assert "cups-missing-filter-warning" in result["facts"]["printers"][0]["alerts"]


def test_restart_fix_starts_a_stopped_scheduler_and_the_check_confirms(tmp_path: Path) -> None:
    """The printers.restart-service fix for real: with CUPS stopped, `selfdesk fix` runs `service cups restart`
    and the printers check confirms the scheduler runs. Everything happens inside private mount, network and
    PID namespaces whose CUPS folders are empty copies (restart_driver.py): the machine's CUPS is not touched."""
    if os.geteuid() != 0:
        pytest.skip("mount namespaces need root")
    if os.path.isdir("/run/systemd/system"):
        pytest.skip("systemd runs here: the fix would restart the machine's own CUPS through systemctl")
    for tool in ("unshare", "mount", "ip", "service", "cupsd", "lpstat"):
        assert shutil.which(tool), f"{tool} is missing (util-linux, iproute2, init-system-helpers, cups)"
    assert os.path.exists("/etc/init.d/cups"), "the cups package's init script is missing"
    tmp_path.chmod(0o755)  # cupsd drops to the lp user
    done = subprocess.run(
        ["unshare", "-m", "-n", "-p", "-f", "--mount-proc", "--propagation", "private", sys.executable, "-m",
         "tests.printers.restart_driver", str(tmp_path)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    run = json.loads(done.stdout)
    assert "scheduler is not running" in run["before"]
    before = {r["id"]: r for r in json.loads(run["diagnose"]["stdout"])["results"]}
    assert before["printers"]["facts"]["scheduler_running"] is False and before["printers"]["fixes"] == ["printers.restart-service"]
    assert "service cups restart" in run["dry_run"]["stdout"]
    assert run["fix"]["rc"] == 0 and "verified" in run["fix"]["stdout"], run["fix"]["stdout"] + run["fix"]["stderr"]
    assert "scheduler is running" in run["after"]
