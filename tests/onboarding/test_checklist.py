"""The first-day checklist as a new hire and an MDM script see it: items from policy (with their own check
parameters and per-role extras), answers streamed as they arrive, the baseline, and IT told once per outcome."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from desktop_app import onboarding, paths, policy
from desktop_app.model import Context
from desktop_app.onboarding.report import digest
from tests.fakes import NOT_FOUND, FakeSystem

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "tests" / "fixtures" / "onboarding"
GB = 1024**3
LSBLK = ("lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS")


def _policy(items: list[dict], **onboarding_keys: object) -> policy.Policy:
    p = policy.defaults()
    p.values["onboarding"].update(items=items, **onboarding_keys)
    return p


def usage(path: str, dev: int, total: float, free: float) -> dict:
    used = total - free
    return {"path": path, "device_id": dev, "total": int(total), "used": int(used), "free": int(free), "percent": round(used / total * 100, 1)}


def disk_values(system_free: float, home_free: float, total: float = 1000 * GB) -> dict:
    parts = [{"device": "/dev/sda1", "mountpoint": "/", "fstype": "ext4"}, {"device": "/dev/sdb1", "mountpoint": "/home", "fstype": "ext4"}]
    return {"disk_partitions": parts, "disk_usage:system": usage("/", 1, total, system_free),
            "disk_usage:home": usage("/home/ann", 2, total, home_free), "disk_usage:temp": usage("/", 1, total, system_free)}


# -- policy ------------------------------------------------------------------------------------------------
def test_malformed_items_are_named_and_left_out():
    items, problems = onboarding.items_from_policy(_policy([
        {"kind": "security", "what": "encryption"},
        {"kind": "teleport"},
        {"kind": "link", "title": "Welcome", "url": "http://insecure.example"},
        {"kind": "check", "check": "no-such-check"},
        {"kind": "check", "check": "company", "params": {"vpn.intranet_url": ["https://x.example"]}},
        {"kind": "check", "check": "disk", "params": {"disk": {"fail_free_gb": "lots"}}},
        "not a table",
    ]))
    assert [i.id for i in items] == ["security.encryption"]
    assert len(problems) == 6 and any("unknown kind 'teleport'" in p for p in problems)
    assert any("unknown parameter 'vpn.intranet_url' (known: vpn.internal_names, vpn.expected_ranges, vpn.intranet_urls" in p for p in problems)
    assert any("parameter 'disk.fail_free_gb': expected an integer or a number, got str" in p for p in problems)


def test_roles_add_their_items_in_both_policy_shapes():
    legacy = _policy([{"kind": "confirm", "title": "E-mail works", "id": "mail"}], roles={"dev": [{"kind": "confirm", "title": "Git works", "id": "git"}]})
    assert [i.id for i in onboarding.items_from_policy(legacy)[0]] == ["mail"]
    assert [i.id for i in onboarding.items_from_policy(legacy, "dev")[0]] == ["mail", "git"]
    tables = _policy([], roles=[{"name": "dev", "groups": ["developers"], "items": [{"kind": "confirm", "title": "Git works", "id": "git"}]}])
    assert [i.id for i in onboarding.items_from_policy(tables, "dev")[0]] == ["git"] and onboarding.role_names(tables) == ["dev"]


def test_the_role_comes_from_the_users_groups_and_a_given_role_wins():
    p = _policy([], roles=[{"name": "dev", "groups": ["developers", "S-1-5-21-1-2-3-1105"], "items": [{"kind": "confirm", "title": "Git", "id": "git"}]},
                           {"name": "sales", "groups": ["sales"], "items": [{"kind": "confirm", "title": "CRM", "id": "crm"}]}])
    whoami = (FIX / "windows_whoami_groups_fr_SYNTHETIC.csv").read_text(encoding="utf-8").replace("1004336348-1177238915-682003330", "1-2-3")
    system = FakeSystem("windows", commands={"whoami": whoami})
    assert onboarding.resolve_role(p, system, None) == ("dev", "groups")
    assert onboarding.resolve_role(p, FakeSystem("windows"), "sales") == ("sales", "cli")
    assert onboarding.resolve_role(p, FakeSystem("macos", commands={"id": "staff everyone\n"}), None) == (None, None)


def test_the_menu_entry_stays_after_completion_and_sees_role_only_checklists(tmp_path: Path, ctx):
    path = tmp_path / "baseline.json"
    only_roles = _policy([], roles=[{"name": "dev", "groups": ["developers"], "items": [{"kind": "confirm", "title": "Git", "id": "git"}]}])
    assert onboarding.pending(only_roles, path) and onboarding.menu_label(only_roles, path) == "First-day &checklist"
    onboarding.save_baseline([onboarding.Outcome("git", "confirm", "Git", "pending")], ctx(), "dev", set(), path)
    assert onboarding.pending(only_roles, path)  # the dev role's item is still to do
    onboarding.save_baseline([onboarding.Outcome("git", "confirm", "Git", "ok")], ctx(), "dev", {"git"}, path)
    assert not onboarding.pending(only_roles, path)
    assert onboarding.menu_label(only_roles, path) == "Re-run the first-day &checklist"
    assert onboarding.menu_label(policy.defaults(), path) is None


# -- running -----------------------------------------------------------------------------------------------
def test_checklist_runs_checks_and_keeps_manual_items_pending(no_surprises, ctx):
    system = no_surprises(commands={LSBLK: (FIX / "linux_lsblk_mountpoints_CAPTURED.json").read_text()})
    p = _policy([{"kind": "security", "what": "encryption"}, {"kind": "confirm", "title": "I can sign in to my e-mail", "id": "mail"}])
    items, _ = onboarding.items_from_policy(p)
    c = Context(policy=p, platform="linux")
    outcomes, _ = onboarding.run_checklist(items, system, c)
    assert [(o.id, o.status) for o in outcomes] == [("security.encryption", "failed"), ("mail", "pending")]
    # The title names the subject, so the line never reads "The firewall is on: The firewall is off."
    assert outcomes[0].title == "Disk encryption" and outcomes[0].fixes == []  # no settings page for LUKS on Linux
    outcomes, _ = onboarding.run_checklist(items, system, c, confirmed={"mail"})
    assert outcomes[1].status == "ok"


def test_answers_stream_in_as_each_check_finishes(ctx):
    """The slow check (encryption) must not hold back the fast one (apps) nor the manual items."""
    p = _policy([{"kind": "security", "what": "encryption"}, {"kind": "app", "name": "dpkg", "linux": "dpkg"},
                 {"kind": "confirm", "title": "Mail", "id": "mail"}])
    system = FakeSystem(commands={LSBLK: (FIX / "linux_lsblk_mountpoints_CAPTURED.json").read_text(), "dpkg-query": "dpkg\n"},
                        values={"desktop-entries": "", "onboarding.params": {"apps": [{"name": "dpkg", "linux": "dpkg"}]}},
                        delays={"lsblk": 1.0})
    seen: list[tuple[str, str, float]] = []
    started = time.monotonic()
    items, _ = onboarding.items_from_policy(p)
    outcomes, _ = onboarding.run_checklist(items, system, Context(policy=p, platform="linux"),
                                           on_outcome=lambda o: seen.append((o.id, o.status, time.monotonic() - started)))
    assert [s[0] for s in seen] == ["mail", "app.dpkg", "security.encryption"]
    assert seen[1][1] == "ok" and seen[1][2] < 0.8 <= seen[2][2]
    assert [o.id for o in outcomes] == ["security.encryption", "app.dpkg", "mail"]  # the result keeps checklist order


def test_check_items_run_with_their_own_policy_values(ctx):
    """A disk item stricter than the everyday thresholds, a printer that must exist, an intranet URL the VPN
    must reach: each runs its check with those values, the others with the policy's own."""
    p = _policy([
        {"kind": "check", "check": "disk", "id": "disk-default"},
        {"kind": "check", "check": "disk", "id": "disk-strict", "title": "Room for the design tools", "params": {"disk": {"fail_free_gb": 500}}},
        {"kind": "check", "check": "printers", "id": "printer", "params": {"printers.required": [{"name": "Office-2F"}]}},
        {"kind": "check", "check": "company", "id": "intranet", "params": {"vpn.intranet_urls": ["https://intranet.example/health"]}},
        {"kind": "check", "check": "company", "id": "intranet-none"},
    ])
    values = disk_values(100 * GB, 100 * GB, total=150 * GB) | {
        "http:https://intranet.example/health": {"url": "https://intranet.example/health", "status": None, "error_kind": "dns",
                                                 "error": "Name or service not known", "ms": 3},
        "printers:clock": {"epoch": 1795000000.0, "local": "2026-11-17T10:00:00"},
        "vpn_adapters": {}, "net_if_names": ["lo", "eth0"], "vpn_processes": []}
    system = FakeSystem(commands={"lpstat": NOT_FOUND, "ip": NOT_FOUND}, values=values)
    items, problems = onboarding.items_from_policy(p)
    assert problems == []
    outcomes = {o.id: o for o in onboarding.run_checklist(items, system, Context(policy=p, platform="linux"))[0]}
    assert outcomes["disk-default"].status == "ok"
    assert outcomes["disk-strict"].status == "failed" and outcomes["disk-strict"].title == "Room for the design tools"
    assert outcomes["printer"].status == "failed" and outcomes["printer"].summary == "Printing is not installed on this computer."
    asked = [o["name"] for o in system.observations if o.get("kind") == "probe"]
    assert "http:https://intranet.example/health" in asked
    assert outcomes["intranet"].status not in ("skipped", "ok") and outcomes["intranet-none"].status == "skipped"
    assert p.get("disk", "fail_free_gb") == 2  # the user's everyday policy is untouched


def test_a_printer_item_never_says_not_installed_when_the_printers_cannot_be_listed(ctx):
    """CUPS down lists no printer at all: the item says the service is not running (and offers its restart),
    not "not installed". Once listed, a missing printer the policy declares offers to add it; others say ask IT."""
    down = (ROOT / "tests" / "fixtures" / "printers" / "81_cassini_lpstat-t_nodaemon.txt").read_text()
    listed = "scheduler is running\nsystem default destination: Lobby\nprinter Lobby is idle.  enabled since Wed Nov 25 06:00:00 2026\n"
    clock = {"printers:clock": {"epoch": 1795000000.0, "local": "2026-11-17T10:00:00"}}
    p = _policy([{"kind": "printer", "name": "Office-2F"}, {"kind": "printer", "name": "Lobby"}, {"kind": "printer", "name": "Plotter"}])
    p.values["printers"]["required"] = [{"name": "Office-2F", "uri": "ipp://print.example/printers/Office-2F"}]
    items, _ = onboarding.items_from_policy(p)
    c = Context(policy=p, platform="linux")
    def cups(lpstat_t: str) -> FakeSystem:
        return FakeSystem(commands={("lpstat", "-t"): lpstat_t, ("lpstat", "-l", "-p"): "", ("lpstat", "-l", "-o"): ""}, values=clock)

    first = onboarding.run_checklist(items, cups(down), c)[0][0]
    assert first.status == "failed" and "not installed" not in first.summary.lower()
    assert first.summary == "The printing service on this computer is not running, so nothing can print."
    assert first.fixes == ["printers.restart-service"]
    office, lobby, plotter = onboarding.run_checklist(items, cups(listed), c)[0]
    assert (office.status, office.summary, office.fixes) == ("failed", "The printer is not installed.", ["printers.add-required"])
    assert (lobby.status, lobby.summary, lobby.title) == ("ok", "The printer is installed.", "Printer Lobby")
    assert plotter.fixes == [] and plotter.advice == "Ask IT to add it to your computer."


def test_disk_free_uses_the_home_and_system_volumes_in_the_disk_checks_gb(ctx):
    """21e9 bytes is 19.6 GB as the disk check (and Windows) count: not 'at least 20 GB'. A roomy home
    volume does not hide a full system volume."""
    p = _policy([{"kind": "disk_free", "gb": 20}])
    items, _ = onboarding.items_from_policy(p)
    c = Context(policy=p, platform="linux")
    short = onboarding.run_checklist(items, FakeSystem(values=disk_values(21e9, 800 * GB)), c)[0][0]
    assert short.status == "failed" and short.summary == "19.6 GB free on /." and short.fixes == ["disk.cleanup"]
    roomy = onboarding.run_checklist(items, FakeSystem(values=disk_values(30 * GB, 800 * GB)), c)[0][0]
    assert roomy.status == "ok" and roomy.summary == "30.0 GB free on /."


def test_password_items_always_carry_the_reset_link(ctx):
    p = _policy([{"kind": "password", "warn_days": 14}])
    p.values["helpdesk"]["password_reset_url"] = "https://password.corp.example"
    items, _ = onboarding.items_from_policy(p)
    system = FakeSystem(commands={"chage": (FIX / "linux_chage_root_CAPTURED.txt").read_text()}, values={"onboarding.params": {"today": "2026-11-25"}})
    outcome = onboarding.run_checklist(items, system, Context(policy=p, platform="linux"))[0][0]
    assert outcome.status == "ok" and outcome.url == "https://password.corp.example"


# -- baseline and reporting --------------------------------------------------------------------------------
def test_baseline_is_saved_and_keeps_the_first_run_date(tmp_path, ctx):
    out = [onboarding.Outcome("mail", "confirm", "Mail", "ok")]
    path = tmp_path / "baseline.json"
    onboarding.save_baseline(out, ctx(), None, {"mail"}, path)
    first = json.loads(path.read_text())["first_run_at"]
    onboarding.save_baseline(out, ctx(), "dev", {"mail"}, path, role_source="groups")
    doc = json.loads(path.read_text())
    assert doc["first_run_at"] == first and doc["complete"] is True and doc["confirmed"] == ["mail"]
    assert doc["role"] == "dev" and doc["role_source"] == "groups"
    # An item that does not apply here (an Entra ID password) does not keep the checklist open forever.
    entra = [onboarding.Outcome("mail", "confirm", "Mail", "ok"), onboarding.Outcome("password.password", "password", "Password", "skipped")]
    onboarding.save_baseline(entra, ctx(), None, {"mail"}, path)
    assert json.loads(path.read_text())["complete"] is True and onboarding.left(entra) == 0


def test_it_is_told_once_per_distinct_outcome(tmp_path, ctx):
    path = tmp_path / "baseline.json"
    failing = [onboarding.Outcome("fw", "security", "Firewall", "failed", "The firewall is off."), onboarding.Outcome("mail", "confirm", "Mail", "pending")]
    p = _policy([], report_to_it="always")
    onboarding.save_baseline(failing, ctx(), None, set(), path)
    assert onboarding.should_report(failing, p, onboarding.load_baseline(path))
    onboarding.record_report(path, digest(failing), completion=False, item_id="a")
    reworded = [onboarding.Outcome("fw", "security", "Pare-feu", "failed", "Le pare-feu est désactivé."), failing[1]]
    assert not onboarding.should_report(reworded, p, onboarding.load_baseline(path))  # same statuses: nothing new
    fixed = [onboarding.Outcome("fw", "security", "Firewall", "ok"), failing[1]]
    assert onboarding.should_report(fixed, p, onboarding.load_baseline(path))
    assert not onboarding.should_report(fixed, _policy([], report_to_it="on_failure"), onboarding.load_baseline(path))


def test_on_completion_reports_once_when_everything_passes_or_the_user_finishes(tmp_path, ctx):
    path = tmp_path / "baseline.json"
    p = _policy([], report_to_it="on_completion")
    half = [onboarding.Outcome("fw", "security", "Firewall", "ok"), onboarding.Outcome("mail", "confirm", "Mail", "pending")]
    onboarding.save_baseline(half, ctx(), None, set(), path)
    assert not onboarding.should_report(half, p, onboarding.load_baseline(path))
    assert onboarding.should_report(half, p, onboarding.load_baseline(path), finished=True)
    onboarding.record_report(path, digest(half), completion=True, item_id="a")
    done = [half[0], onboarding.Outcome("mail", "confirm", "Mail", "ok")]
    assert not onboarding.should_report(done, p, onboarding.load_baseline(path))


def test_bundles_carry_the_baseline(ctx):
    """A technician opening a bundle sees what worked on day one."""
    from desktop_app.bundle import create_bundle

    c = ctx()
    onboarding.save_baseline([onboarding.Outcome("fw", "security", "The firewall is on", "failed", "The firewall is off.")], c, "dev", set())
    out = create_bundle(paths.data_dir() / "b.zip", observations=[], results=[], ctx=c)
    with zipfile.ZipFile(out) as archive:
        baseline = json.loads(archive.read("onboarding-baseline.json"))
        manifest = json.loads(archive.read("manifest.json"))
    assert baseline["items"][0]["status"] == "failed" and baseline["role"] == "dev"
    assert "onboarding-baseline.json" in [f["path"] for f in manifest["files"]]


# -- the CLI -----------------------------------------------------------------------------------------------
def _cli(pol: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SELFDESK_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "desktop_app", "onboard", "--policy", str(pol), *args],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def test_onboard_cli_on_this_machine(tmp_path):
    pol = tmp_path / "policy.toml"
    pol.write_text(
        '[helpdesk]\npassword_reset_url = "https://password.corp.example"\n'
        '[onboarding]\nitems = [\n'
        '  {kind = "disk_free", gb = 0.001},\n'
        '  {kind = "app", name = "dpkg", linux = "dpkg"},\n'
        '  {kind = "app", name = "Nonexistent Suite", linux = "nonexistent-suite-xyz"},\n'
        '  {kind = "password"},\n'
        '  {kind = "link", id = "welcome", title = "Read the welcome page", url = "https://intranet.example/welcome"},\n'
        "]\n"
    )
    home = tmp_path / "home"
    first = _cli(pol, "--json", home=home)
    doc = json.loads(first.stdout)
    status = {i["id"]: i["status"] for i in doc["items"]}
    assert status["app.dpkg"] == "ok" and status["app.nonexistent-suite"] == "failed" and status["welcome"] == "pending"
    assert status["password.password"] == "ok"  # root's password never expires here (chage)
    assert first.returncode == 1 and Path(doc["baseline"]).exists() and doc["reported"] is None
    french = _cli(pol, "--lang", "fr", home=home)
    assert "À faire" in french.stdout and "Application Nonexistent Suite\u00a0: Non installée." in french.stdout
    assert "Problème" in french.stdout
    assert "Réinitialisez votre mot de passe sur https://password.corp.example" in french.stdout
    confirmed = json.loads(_cli(pol, "--json", "--confirm", "welcome", home=home).stdout)
    assert {i["id"]: i["status"] for i in confirmed["items"]}["welcome"] == "ok"
    bad = _cli(pol, "--confirm", "nope", home=home)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    role = _cli(pol, "--role", "nobody", home=home)
    assert role.returncode == 2 and "unknown role: nobody" in role.stderr


def test_onboard_cli_names_the_fix_and_a_checklist_that_cannot_run_is_a_policy_error(tmp_path):
    pol = tmp_path / "policy.toml"
    pol.write_text('[onboarding]\nitems = [{kind = "disk_free", gb = 100000000}]\n')  # 100 PB: never enough here
    run = _cli(pol, home=tmp_path / "home")
    assert run.returncode == 1 and "Fix available: selfdesk fix disk.cleanup" in run.stdout, run.stdout + run.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text('[onboarding]\nitems = [{kind = "teleport"}, {kind = "link", title = "Welcome", url = "http://x.example"}]\n')
    run = _cli(broken, "--lang", "fr", home=tmp_path / "home")
    assert run.returncode == 2 and "Traceback" not in run.stderr  # not "nothing to do" for an MDM script
    assert "selfdesk: policy: élément 2 de la liste du premier jour\u00a0: un lien doit avoir une adresse https://" in run.stderr
    check = subprocess.run([sys.executable, "-m", "desktop_app", "policy", "check", str(broken)], capture_output=True, text=True,
                           cwd=ROOT, env=dict(os.environ, SELFDESK_HOME=str(tmp_path / "home")), timeout=60)
    assert check.returncode == 1 and f"{broken}: onboarding item 1: unknown kind 'teleport'" in check.stdout, check.stdout


def test_policy_check_names_broken_items_of_every_role():
    p = _policy([{"kind": "confirm", "title": "Mail", "id": "mail"}],
                roles=[{"name": "dev", "groups": ["developers"], "items": [{"kind": "app"}, {"kind": "confirm", "title": "Mail", "id": "mail"}]}])
    assert [str(m) for m in onboarding.policy_problems(p, "policy.toml")] == [
        "policy.toml: role 'dev' item 1: 'app' needs a name", "policy.toml: role 'dev' item 2: duplicate id 'mail'"]


def test_titles_it_wrote_in_french_are_shown_to_a_french_reader():
    from desktop_app import i18n

    items, _ = onboarding.items_from_policy(_policy([
        {"kind": "confirm", "id": "mail", "title": "I can sign in to my e-mail", "title_fr": "J’arrive à ouvrir ma messagerie"},
        {"kind": "confirm", "id": "badge", "title": "My badge opens the door"}]))
    assert [onboarding._title(i) for i in items] == ["I can sign in to my e-mail", "My badge opens the door"]
    i18n.set_language("fr")
    try:
        assert [onboarding._title(i) for i in items] == ["J’arrive à ouvrir ma messagerie", "My badge opens the door"]
    finally:
        i18n.set_language("en")


def test_the_summary_for_it_says_each_state_in_words():
    from desktop_app import i18n

    outcomes = [onboarding.Outcome("fw", "security", "Firewall", "failed", "The firewall is off."),
                onboarding.Outcome("mail", "confirm", "Mail", "pending", "Confirm when this works for you.")]
    assert onboarding.summary_text(outcomes).splitlines()[1:] == [
        "- [Problem] Firewall: The firewall is off.", "- [To do] Mail: Confirm when this works for you."]
    i18n.set_language("fr")
    try:
        assert onboarding.summary_text(outcomes).splitlines()[1].startswith("- [Problème] Firewall\u00a0: ")
    finally:
        i18n.set_language("en")


class _Helpdesk(BaseHTTPRequestHandler):
    posts: ClassVar[list[dict[str, Any]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).posts.append(body)
        data = json.dumps({"id": str(4200 + len(type(self).posts))}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def helpdesk():
    _Helpdesk.posts = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Helpdesk)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_onboard_cli_tells_it_right_away_and_only_once(tmp_path, helpdesk):
    """An MDM-only install has no tray to retry: the summary is sent at once; re-running with the same result
    sends nothing new; when the helpdesk is down it is kept in the outbox and said so."""
    port = helpdesk.server_address[1]
    pol = tmp_path / "policy.toml"
    pol.write_text(
        f'[helpdesk]\nbackend = "webhook"\nurl = "http://127.0.0.1:{port}/tickets"\nallow_http = true\n'
        '[onboarding]\nreport_to_it = "always"\nitems = [\n'
        '  {kind = "confirm", id = "mail", title = "I can sign in to my e-mail"},\n'
        "]\n"
    )
    home = tmp_path / "home"
    first = _cli(pol, home=home)
    assert first.returncode == 1 and "IT was told (#4201)." in first.stdout, first.stdout + first.stderr
    assert len(_Helpdesk.posts) == 1 and _Helpdesk.posts[0]["title"] == "Onboarding: 1 item needs attention"
    assert "I can sign in to my e-mail" in _Helpdesk.posts[0]["body"]
    again = _cli(pol, "--json", home=home)
    assert json.loads(again.stdout)["reported"] is None and len(_Helpdesk.posts) == 1
    done = json.loads(_cli(pol, "--json", "--confirm", "mail", home=home).stdout)
    assert done["complete"] is True and done["reported"]["state"] == "sent" and len(_Helpdesk.posts) == 2
    assert _Helpdesk.posts[1]["title"] == "Onboarding complete"
    helpdesk.shutdown()
    helpdesk.server_close()
    offline = _cli(pol, "--lang", "fr", home=tmp_path / "other-home")
    assert "enregistré\u00a0: il sera envoyé dès que vous serez en ligne" in offline.stdout, offline.stdout + offline.stderr
