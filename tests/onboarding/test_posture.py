"""Onboarding posture checks read each OS's real command shapes and never crash on garbage."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.diagnostics import onboarding as checks
from desktop_app.model import Status
from desktop_app.observations import Observations
from desktop_app.parsers import posture

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "onboarding"
PS = ["powershell", "-NoProfile", "-NonInteractive", "-Command"]


def cmd(argv: list[str], stdout: str, rc: int = 0, stderr: str = "") -> dict:
    return {"kind": "command", "argv": argv, "returncode": rc, "stdout": stdout, "stderr": stderr, "error": None, "duration_ms": 1}


def params(**values: object) -> dict:
    return {"kind": "probe", "name": "onboarding.params", "value": {"today": "2026-11-25", **values}}


def test_filevault_on_and_off(ctx):
    on = checks.analyze_encryption(Observations([cmd(["fdesetup", "status"], (FIX / "macos_fdesetup_on_SYNTHETIC.txt").read_text())]), ctx("macos"))
    off = checks.analyze_encryption(Observations([cmd(["fdesetup", "status"], (FIX / "macos_fdesetup_off_SYNTHETIC.txt").read_text())]), ctx("macos"))
    assert on.status is Status.OK and "FileVault" in on.summary
    assert off.status is Status.FAILED and off.advice


def test_luks_root_is_encrypted_and_plain_root_is_not(ctx):
    luks = (FIX / "linux_lsblk_luks_SYNTHETIC.json").read_text()
    assert posture.parse_lsblk_encryption(luks) is True
    plain = '{"blockdevices":[{"name":"vda","type":"disk","mountpoint":"/"}]}'
    result = checks.analyze_encryption(Observations([cmd(["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"], plain)]), ctx())
    assert result.status is Status.FAILED


def test_bitlocker_values_follow_the_documented_codes():
    assert [posture.parse_bitlocker_protection(v) for v in ("1", "2", "3", "5", "0", "", "abc")] == [True, False, True, False, None, None, None]


def test_windows_firewall_with_one_profile_off_fails(ctx):
    text = (FIX / "windows_firewall_profiles_SYNTHETIC.json").read_text()
    argv = [*PS, "Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json"]
    result = checks.analyze_firewall(Observations([cmd(argv, text)]), ctx("windows"))
    assert result.status is Status.FAILED
    assert result.facts["profiles"] == {"Domain": True, "Private": True, "Public": False}


def test_macos_firewall_on(ctx):
    text = (FIX / "macos_socketfilterfw_on_SYNTHETIC.txt").read_text()
    result = checks.analyze_firewall(Observations([cmd(["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"], text)]), ctx("macos"))
    assert result.status is Status.OK


def test_windows_screen_lock_from_the_registry(ctx):
    text = (FIX / "windows_reg_desktop_SYNTHETIC.txt").read_text()
    result = checks.analyze_screenlock(Observations([cmd(["reg", "query", r"HKCU\Control Panel\Desktop"], text)]), ctx("windows"))
    assert result.status is Status.OK and result.facts == {"enabled": True, "delay_seconds": 600}


def test_macos_screen_lock_off_is_reported_from_stderr(ctx):
    obs = Observations([cmd(["sysadminctl", "-screenLock", "status"], "", stderr="2026-11-25 sysadminctl[123:456] screenLock is off\n")])
    assert checks.analyze_screenlock(obs, ctx("macos")).status is Status.FAILED


def test_old_updates_fail_against_the_item_threshold(ctx):
    log = "Start-Date: 2026-09-01  10:00:00\nCommandline: apt-get upgrade\nEnd-Date: 2026-09-01  10:05:00\n"
    obs = Observations([params(updates_max_age_days=30), {"kind": "file", "name": "/var/log/apt/history.log", "value": log}])
    result = checks.analyze_updates(obs, ctx())
    assert result.status is Status.FAILED and result.facts["age_days"] == 85
    obs_recent = Observations([params(updates_max_age_days=90), {"kind": "file", "name": "/var/log/apt/history.log", "value": log}])
    assert checks.analyze_updates(obs_recent, ctx()).status is Status.OK


def test_password_expiring_soon_links_the_reset_portal(ctx):
    text = (FIX / "linux_chage_SYNTHETIC.txt").read_text()
    c = ctx(helpdesk={"password_reset_url": "https://password.corp.example"})
    result = checks.analyze_password(Observations([params(password_warn_days=14), cmd(["chage", "-l", "alice"], text)]), c)
    assert result.status is Status.WARNING and result.facts["days_left"] == 6
    assert "https://password.corp.example" in result.advice


def test_windows_apps_from_the_uninstall_keys(ctx):
    text = (FIX / "windows_reg_uninstall_SYNTHETIC.txt").read_text()
    apps = [{"name": "Teams", "windows": "Microsoft Teams"}, {"name": "Zoom", "windows": "Zoom"}]
    obs = Observations([params(apps=apps), cmd(["reg", "query", checks.UNINSTALL_KEYS[0], "/s", "/v", "DisplayName"], text)])
    result = checks.analyze_apps(obs, ctx("windows"))
    assert result.status is Status.FAILED and result.facts == {"installed": ["Teams"], "missing": ["Zoom"]}


@given(st.text())
def test_posture_parsers_never_raise(text):
    for parse in (posture.parse_fdesetup_status, posture.parse_lsblk_encryption, posture.parse_bitlocker_protection,
                  posture.parse_socketfilterfw, posture.parse_ufw_status, posture.parse_firewall_profiles, posture.parse_gsettings,
                  posture.parse_sysadminctl_screenlock, posture.parse_reg_values, posture.parse_reg_display_names,
                  posture.parse_apt_history_last, posture.parse_hotfix_json, posture.parse_softwareupdate_history,
                  posture.parse_chage, posture.parse_localuser_json, posture.parse_desktop_entries):
        parse(text)
