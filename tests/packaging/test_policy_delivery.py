"""What administrators deploy is understood: example policy, macOS profile, Group Policy text."""

from __future__ import annotations

import plistlib
from pathlib import Path

from desktop_app import policy
from desktop_app.policy.locations import read_managed_plist

ROOT = Path(__file__).resolve().parents[2]


def test_the_example_policy_is_valid():
    assert policy.check_file(ROOT / "docs" / "policy.example.toml") == []


def test_the_example_profile_carries_a_valid_policy(tmp_path):
    profile = plistlib.loads((ROOT / "packaging" / "macos" / "SelfDesk-policy.mobileconfig").read_bytes())
    payload = profile["PayloadContent"][0]
    assert payload["PayloadType"] == "com.selfdesk.app"
    text = tmp_path / "from-profile.toml"
    text.write_text(payload["PolicyTOML"])
    assert policy.check_file(text) == []


def test_the_example_profile_approves_the_launch_agent_as_a_managed_login_item():
    """macOS 13+ otherwise alerts "Background Items Added" and lets the user switch the tray off."""
    profile = plistlib.loads((ROOT / "packaging" / "macos" / "SelfDesk-policy.mobileconfig").read_bytes())
    agent = plistlib.loads((ROOT / "packaging" / "macos" / "com.selfdesk.agent.plist").read_bytes())
    (login_items,) = [p for p in profile["PayloadContent"] if p["PayloadType"] == "com.apple.servicemanagement"]
    assert {"RuleType": "Label", "RuleValue": agent["Label"]}.items() <= login_items["Rules"][0].items()
    uuids = [profile["PayloadUUID"]] + [p["PayloadUUID"] for p in profile["PayloadContent"]]
    assert len(set(uuids)) == len(uuids)


def test_managed_preferences_are_an_administrator_layer(tmp_path):
    # What macOS writes into /Library/Managed Preferences when the profile is installed.
    managed = tmp_path / "com.selfdesk.app.plist"
    managed.write_bytes(plistlib.dumps({"PolicyTOML": '[helpdesk]\nbackend = "rt"\nurl = "https://rt.corp.example"\n'}))
    user = tmp_path / "prefs.toml"
    user.write_text('[preferences]\nlanguage = "fr"\n')
    p = policy.load(system_paths=[], user_path=user, environ={}, managed=read_managed_plist(managed))
    assert p.get("helpdesk", "url") == "https://rt.corp.example"  # privileged, honoured from MDM
    assert p.origin("helpdesk", "url").startswith(f"{managed} (PolicyTOML):")
    assert p.get("preferences", "language") == "fr"


def test_a_broken_profile_is_ignored_not_fatal(tmp_path):
    broken = tmp_path / "bad.plist"
    broken.write_bytes(b"not a plist")
    assert read_managed_plist(broken) == []
    no_key = tmp_path / "nokey.plist"
    no_key.write_bytes(plistlib.dumps({"Other": 1}))
    assert read_managed_plist(no_key) == []


# What the installers install and start (Windows, macOS, Linux): tests/packaging/test_installers.py
