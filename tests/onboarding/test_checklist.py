"""The first-day checklist as a new hire and an MDM script see it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desktop_app import onboarding, policy

ROOT = Path(__file__).resolve().parents[2]


def _policy(items: list[dict], **onboarding_keys: object) -> policy.Policy:
    p = policy.defaults()
    p.values["onboarding"].update(items=items, **onboarding_keys)
    return p


def test_malformed_items_are_named_and_left_out():
    items, problems = onboarding.items_from_policy(_policy([
        {"kind": "security", "what": "encryption"},
        {"kind": "teleport"},
        {"kind": "link", "title": "Welcome", "url": "http://insecure.example"},
        {"kind": "check", "check": "no-such-check"},
        "not a table",
    ]))
    assert [i.id for i in items] == ["security.encryption"]
    assert len(problems) == 4 and any("unknown kind 'teleport'" in p for p in problems)


def test_roles_add_their_items():
    p = _policy([{"kind": "confirm", "title": "E-mail works", "id": "mail"}], roles={"dev": [{"kind": "confirm", "title": "Git works", "id": "git"}]})
    assert [i.id for i in onboarding.items_from_policy(p)[0]] == ["mail"]
    assert [i.id for i in onboarding.items_from_policy(p, "dev")[0]] == ["mail", "git"]


def test_checklist_runs_checks_and_keeps_manual_items_pending(no_surprises, ctx):
    lsblk = '{"blockdevices":[{"name":"vda","type":"disk","mountpoint":"/"}]}'
    system = no_surprises(commands={("lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"): lsblk})
    p = _policy([{"kind": "security", "what": "encryption"}, {"kind": "confirm", "title": "I can sign in to my e-mail", "id": "mail"}])
    items, _ = onboarding.items_from_policy(p)
    c = ctx()
    outcomes, _ = onboarding.run_checklist(items, system, type(c)(policy=p, platform="linux"))
    assert [(o.id, o.status) for o in outcomes] == [("security.encryption", "failed"), ("mail", "pending")]
    assert outcomes[0].title == "Your disk is encrypted"
    outcomes, _ = onboarding.run_checklist(items, system, type(c)(policy=p, platform="linux"), confirmed={"mail"})
    assert outcomes[1].status == "ok"


def test_baseline_is_saved_and_keeps_the_first_run_date(tmp_path, ctx):
    out = [onboarding.Outcome("mail", "confirm", "Mail", "ok")]
    path = tmp_path / "baseline.json"
    onboarding.save_baseline(out, ctx(), None, {"mail"}, path)
    first = json.loads(path.read_text())["first_run_at"]
    onboarding.save_baseline(out, ctx(), None, {"mail"}, path)
    doc = json.loads(path.read_text())
    assert doc["first_run_at"] == first and doc["complete"] is True and doc["confirmed"] == ["mail"]


def test_onboard_cli_on_this_machine(tmp_path):
    pol = tmp_path / "policy.toml"
    pol.write_text(
        '[onboarding]\nitems = [\n'
        '  {kind = "disk_free", gb = 0.001},\n'
        '  {kind = "app", name = "dpkg", linux = "dpkg"},\n'
        '  {kind = "app", name = "Nonexistent Suite", linux = "nonexistent-suite-xyz"},\n'
        '  {kind = "link", id = "welcome", title = "Read the welcome page", url = "https://intranet.example/welcome"},\n'
        "]\n"
    )
    env = dict(os.environ)
    run = lambda *a: subprocess.run([sys.executable, "-m", "desktop_app", "onboard", "--policy", str(pol), *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    first = run("--json")
    doc = json.loads(first.stdout)
    status = {i["id"]: i["status"] for i in doc["items"]}
    assert status["app.dpkg"] == "ok" and status["app.nonexistent-suite"] == "failed" and status["welcome"] == "pending"
    assert first.returncode == 1 and Path(doc["baseline"]).exists()
    french = run("--lang", "fr")
    assert "À faire" in french.stdout and "Non installé." in french.stdout and "Problème" in french.stdout
    confirmed = json.loads(run("--json", "--confirm", "welcome").stdout)
    assert {i["id"]: i["status"] for i in confirmed["items"]}["welcome"] == "ok"
    bad = run("--confirm", "nope")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
