"""Record, for real, the observations the screenshots replay (as root; the recording is committed).

"Alex's Linux laptop at home", built from real components (../shared/LAB.md), nothing typed by hand:
- network: the two-namespace lab of tests/network/lab.py with the provider's line down (the router answers,
  nothing beyond it does); the app runs in the client namespace;
- printer: an isolated cupsd on the client namespace's loopback, queue "Office-2F" paused with two jobs;
- disk: a private mount namespace with a 4 GiB tmpfs as /home (and /tmp bound from it), 96 % full of
  documents, old downloads, a browser cache, the trash and old temporary files; the hostname is its own
  (UTS namespace), so nothing of this machine is recorded.

Each phase is a recording (manifest.json + observations.jsonl, GUIDE §3) under the output folder:
  before/      the full sweep                      -> results window, ticket dialog
  onboarding/  the first-day checklist             -> onboarding wizard
  preview/     the disk cleanup's dry run          -> fix dialog, its choices
  cleanup/     the cleanup of temp, caches, trash  -> fix dialog, freed size
  after/       disk and storage checks again       -> fix dialog, the verified outcome

    sudo .venv/bin/python scripts/screenshot_scenario.py [tests/fixtures/ui/scenario]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "ui" / "scenario"
HOME = "/home/alex"
CUPS_PORT = 8631  # on the client namespace's own loopback
MiB = 1024**2


# -- outside: the network lab ---------------------------------------------------------------------------------


def main(out: Path) -> int:
    from tests.network.lab import Lab

    if os.geteuid() != 0:
        print("needs root (network namespaces, mounts)", file=sys.stderr)
        return 2
    out = out.resolve()
    if out.is_relative_to("/tmp") or out.is_relative_to("/home"):
        print("the output folder must not be under /tmp or /home: the scenario mounts its own there", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sdui-scenario-") as work:
        lab = Lab(Path(work)).start()
        try:
            lab.provider_down()
            policy = out / "policy.toml"
            network = Path(lab.write_policy()).read_text(encoding="utf-8")
            policy.write_text(POLICY_HEAD + network, encoding="utf-8")
            inner = [
                "ip", "netns", "exec", lab.client, "unshare", "-m", "-u", "--propagation", "private",
                sys.executable, str(Path(__file__).resolve()), "--inner", str(out), str(policy),
            ]
            subprocess.run(inner, check=True, cwd=ROOT, timeout=600)
        finally:
            lab.close()
    _provenance(out)
    print(f"recorded into {out}")
    return 0


def _provenance(out: Path) -> None:
    day = datetime.now(UTC).strftime("%Y-%m-%d")
    how = (
        f"REAL recording made {day} in the lab: network lab of tests/network/lab.py with the provider down, isolated "
        "cupsd (queue Office-2F paused, 2 jobs), private mount namespace with a 4 GiB tmpfs /home (and /tmp) filled by "
        "the script, hostname alex-laptop (UTS namespace); only edit: disk_partitions trimmed to /, /home and /tmp "
        "(the rest were the lab VM's own namespace/sandbox mounts)"
    )
    rows = ["file\trepo\tpath\tcommit_or_blank\tos\tlocale\tcommand\tnotes"]
    for phase in ("before", "onboarding", "preview", "cleanup", "after"):
        rows.append(f"{phase}/observations.jsonl\tselfdesk (this repo)\tscripts/screenshot_scenario.py\t\tLinux (Debian 12 lab VM)\tC.UTF-8\t"
                    f"sudo .venv/bin/python scripts/screenshot_scenario.py\t{how}")
    rows.append("policy.toml\tselfdesk (this repo)\tscripts/screenshot_scenario.py\t\t-\t-\t-\tthe scenario's organisation policy "
                "written by the recorder (its [network] part from tests/network/lab.py write_policy); not an observation")
    (out / "PROVENANCE.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


POLICY_HEAD = """\
# The organisation policy of the screenshot scenario (scripts/screenshot_scenario.py). The [network] part
# names the lab's test names and addresses; nothing here points outside the lab.
[branding]
app_name = "SelfDesk"

[helpdesk]
phone = "+33 1 23 45 67 89"
hours = "Mon-Fri 9:00-18:00"
portal_url = "https://help.example.org"
contact_email = "it@example.org"
knowledge_base_url = "https://help.example.org/kb"
# a helpdesk on this machine's loopback where nothing listens: a ticket is saved in the outbox, as offline
backend = "webhook"
url = "http://127.0.0.1:9/tickets"
allow_http = true

[disk]
warn_free_gb = 1
fail_free_gb = 0.5

[onboarding]
report_to_it = "never"
items = [
  { kind = "security", what = "encryption" },
  { kind = "security", what = "firewall" },
  { kind = "security", what = "screen_lock" },
  { kind = "security", what = "updates", max_age_days = 30 },
  { kind = "printer", name = "Office-2F" },
  { kind = "disk_free", gb = 20 },
  { kind = "link", id = "welcome", title = "Read the welcome page", url = "https://intranet.example.org/welcome" },
  { kind = "confirm", id = "mail", title = "I can sign in to my e-mail" },
]

"""


# -- inside: the client namespace, a private mount and UTS namespace -----------------------------------------


def _run(*argv: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(argv), check=True, capture_output=True, text=True, **kw)


def _fill(path: Path, size: int, age_days: float = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    block = b"\0" * MiB
    with open(path, "wb") as handle:
        for _ in range(size // MiB):
            handle.write(block)
        handle.write(b"\0" * (size % MiB))
    if age_days:
        when = (datetime.now() - timedelta(days=age_days)).timestamp()
        os.utime(path, (when, when))


def _disk() -> None:
    """A 4 GiB /home, 96 % full; /tmp lives on it too (a non-sticky folder: as root the cleanup leaves a
    sticky /tmp alone, and a laptop user's temp files are their own)."""
    _run("mount", "-t", "tmpfs", "-o", "size=4g,mode=0755", "sdui-home", "/home")
    os.makedirs("/home/.tmp", mode=0o755)
    _run("mount", "--bind", "/home/.tmp", "/tmp")
    home = Path(HOME)
    _fill(home / "Documents" / "Projects" / "site-visit.mp4", 900 * MiB, 40)
    _fill(home / "Documents" / "annual-report.pdf", 420 * MiB, 12)
    _fill(home / "Downloads" / "debian-12-netinst.iso", 700 * MiB, 200)
    _fill(home / "Downloads" / "photos-2024.zip", 300 * MiB, 150)
    _fill(home / "Downloads" / "invoice-0425.pdf", 2 * MiB, 2)
    for i in range(40):
        _fill(home / ".cache" / "mozilla" / "firefox" / "k3x7.default-release" / "cache2" / "entries" / f"{i:040X}", 9 * MiB + i, 3)
    _fill(home / ".cache" / "thumbnails" / "normal" / "0a1b.png", 20 * MiB, 5)
    _fill(home / ".local" / "share" / "Trash" / "files" / "old-backup.tar", 300 * MiB, 30)
    info = home / ".local" / "share" / "Trash" / "info" / "old-backup.tar.trashinfo"
    info.parent.mkdir(parents=True, exist_ok=True)
    info.write_text("[Trash Info]\nPath=/home/alex/old-backup.tar\nDeletionDate=2025-10-30T10:12:00\n", encoding="utf-8")
    for i in range(24):
        _fill(Path("/tmp") / f"installer-{i:02d}.tmp", 34 * MiB, 3)
    _fill(Path("/tmp") / "session-recovery.tmp", 40 * MiB)  # in use: too young to go
    used = sum(f.stat().st_size for f in Path("/home").rglob("*") if f.is_file())
    target = 4 * 1024**3 * 96 // 100
    if used < target:
        _fill(home / "Documents" / "mail-archive.pst", target - used, 20)


def _cups(base: Path) -> subprocess.Popen[bytes]:
    for d in ("root/ppd", "root/ssl", "spool/tmp", "cache", "state", "log"):
        (base / d).mkdir(parents=True, exist_ok=True)
    os.chmod(base, 0o755)
    (base / "root" / "cupsd.conf").write_text(
        f"Listen 127.0.0.1:{CUPS_PORT}\nLogLevel warn\nBrowsing No\nDefaultAuthType None\nWebInterface No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
    )
    (base / "root" / "cups-files.conf").write_text(
        f"ServerRoot {base}/root\nRequestRoot {base}/spool\nTempDir {base}/spool/tmp\nCacheDir {base}/cache\n"
        f"StateDir {base}/state\nAccessLog {base}/log/access_log\nErrorLog {base}/log/error_log\n"
        f"PageLog {base}/log/page_log\nFileDevice Yes\n"
    )
    proc = subprocess.Popen(["cupsd", "-f", "-c", str(base / "root" / "cupsd.conf"), "-s", str(base / "root" / "cups-files.conf")])
    env = os.environ | {"CUPS_SERVER": f"127.0.0.1:{CUPS_PORT}"}
    for _ in range(100):
        if "is running" in subprocess.run(["lpstat", "-r"], capture_output=True, text=True, env=env).stdout:
            break
        time.sleep(0.1)
    _run("lpadmin", "-p", "Office-2F", "-E", "-v", "file:///dev/null", "-m", "drv:///sample.drv/generic.ppd", "-D", "2nd floor", env=env)
    _run("lpadmin", "-d", "Office-2F", env=env)
    _run("cupsdisable", "-r", "Paused by a colleague: paper jam in tray 2", "Office-2F", env=env)
    for title in ("Quarterly report", "Boarding pass"):
        _run("lp", "-d", "Office-2F", "-t", title, "/etc/os-release", env=env)
    return proc


LAPTOP_MOUNTS = ("/", "/home", "/tmp")


def _tidy(observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The mount table lists this lab's own plumbing (namespaces, sandbox and bind mounts of /etc files): only
    the mounts a laptop would show are kept. Nothing else is changed."""
    out = []
    for o in observations:
        if o.get("name") == "disk_partitions" and isinstance(o.get("value"), list):
            o = dict(o, value=[p for p in o["value"] if isinstance(p, dict) and p.get("mountpoint") in LAPTOP_MOUNTS])
        out.append(o)
    return out


def _dump(folder: Path, observations: list[dict[str, Any]], note: str) -> None:
    from desktop_app import __version__
    from desktop_app.recording import observations_jsonl

    folder.mkdir(parents=True, exist_ok=True)
    manifest = {
        "schema": "selfdesk-bundle",
        "schema_version": 1,
        "bundle_id": str(uuid.uuid4()),
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": "linux",
        "app_version": __version__,
        "files": [],
        "scenario": note,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (folder / "observations.jsonl").write_text(observations_jsonl(_tidy(observations)), encoding="utf-8")


def inner(out: Path, policy_path: Path) -> int:
    _run("hostname", "alex-laptop")
    _disk()
    os.environ.update(HOME=HOME, USER="alex", LOGNAME="alex", TMPDIR="/tmp", LANG="C.UTF-8", CUPS_SERVER=f"127.0.0.1:{CUPS_PORT}")
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "SELFDESK_POLICY"):
        os.environ.pop(var, None)
    os.environ["SELFDESK_HOME"] = f"{HOME}/.local/share/selfdesk"
    cups = _cups(Path("/home/.cups"))
    try:
        return _phases(out, policy_path)
    finally:
        cups.terminate()
        cups.wait(10)


def _phases(out: Path, policy_path: Path) -> int:
    from desktop_app import onboarding, registry
    from desktop_app import policy as policy_mod
    from desktop_app.engine import Sweep
    from desktop_app.fixes import engine
    from desktop_app.model import Context
    from desktop_app.system import LiveSystem

    policy = policy_mod.load(policy_path, system_paths=[], managed=[], user_path=Path("/nonexistent"))
    ctx = Context(policy=policy, platform="linux")
    checks = registry.select_checks("linux")
    system = LiveSystem("linux")
    results = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks)).run()
    _dump(out / "before", system.observations, "the full sweep")
    for r in results:
        print(f"  {r.id}: {r.status.value} - {r.summary}")
    items, _problems = onboarding.items_from_policy(policy, None)
    system = LiveSystem("linux")
    onboarding.run_checklist(items, system, ctx, set())
    _dump(out / "onboarding", system.observations, "the first-day checklist")
    cleanup = registry.fix("disk.cleanup")
    assert cleanup is not None
    system = LiveSystem("linux")
    engine.apply(cleanup, system, ctx, consent=False, dry_run=True)
    _dump(out / "preview", system.observations, "disk.cleanup dry run")
    system = LiveSystem("linux")
    chosen = Context(policy=policy, platform="linux", params={"categories": ["temp", "caches", "trash"]})
    outcome = engine.apply(cleanup, system, chosen, consent=True)
    _dump(out / "cleanup", system.observations, "disk.cleanup of temp, caches and trash")
    print(f"  cleanup: {outcome.status} {[s.get('details', {}).get('freed') for s in outcome.steps]}")
    system = LiveSystem("linux")
    after = [c for c in checks if c.id in cleanup.verify or c.id == "storage"]
    for r in Sweep(after, system, ctx).run():
        print(f"  after {r.id}: {r.status.value} - {r.summary}")
    _dump(out / "after", system.observations, "disk and storage checks after the cleanup")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--inner":
        sys.exit(inner(Path(sys.argv[2]), Path(sys.argv[3])))
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT))
