"""Password expiry for every kind of account: local (Windows, Linux, macOS), domain (ADSI's FILETIME, language
independent), Entra ID and AD-bound Macs (skipped with the reason), and the reset portal always offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.diagnostics import onboarding as checks
from desktop_app.model import Status
from desktop_app.observations import Observations
from desktop_app.parsers import posture

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "onboarding"
PS = ["powershell", "-NoProfile", "-NonInteractive", "-Command"]
RESET = {"password_reset_url": "https://password.corp.example"}


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def cmd(argv: list[str], stdout: str, rc: int | None = 0, stderr: str = "", error: str | None = None) -> dict:
    return {"kind": "command", "argv": argv, "returncode": rc, "stdout": stdout, "stderr": stderr, "error": error, "duration_ms": 1}


def params(today: str = "2026-11-25", warn: int = 14) -> dict:
    return {"kind": "probe", "name": "onboarding.params", "value": {"today": today, "password_warn_days": warn}}


def windows_account(domain: str, computer: str = "PC-0042") -> dict:
    return {"kind": "probe", "name": "account.windows", "value": {"user_domain": domain, "computer": computer}}


def test_linux_password_expiring_soon_links_the_reset_portal(ctx):
    c = ctx(helpdesk=RESET)
    result = checks.analyze_password(Observations([params(), cmd(["chage", "-l", "alice"], text("linux_chage_SYNTHETIC.txt"))]), c)
    assert result.status is Status.WARNING and result.facts["days_left"] == 6
    assert "https://password.corp.example" in result.advice and result.facts["reset_url"] == "https://password.corp.example"


def test_this_machines_root_account_never_expires(ctx):
    result = checks.analyze_password(Observations([params(), cmd(["chage", "-l", "root"], text("linux_chage_root_CAPTURED.txt"))]), ctx())
    assert result.status is Status.OK and result.summary == "Your password does not expire."


def test_a_directory_user_on_linux_is_skipped_with_the_reason(ctx):
    obs = Observations([params(), cmd(["chage", "-l", "ann@corp"], "", rc=1, stderr="chage: user 'ann@corp' does not exist in /etc/passwd\n")])
    result = checks.analyze_password(obs, ctx())
    assert result.status is Status.SKIPPED and "not a local account" in result.summary


def test_windows_local_account_reads_the_ps51_date_value(ctx):
    obs = Observations([params(today="2017-02-10"), windows_account("PC-0042"),
                        cmd([*PS, checks.LOCAL_USER], text("windows_localuser_expires_SYNTHETIC.json"))])
    result = checks.analyze_password(obs, ctx("windows", helpdesk=RESET))
    assert result.status is Status.WARNING and result.summary == "Your password expires in 8 days."


def test_a_password_expiring_today_or_tomorrow_says_so(ctx):
    def summary(today: str) -> str:
        obs = Observations([params(today=today), windows_account("PC-0042"),
                            cmd([*PS, checks.LOCAL_USER], text("windows_localuser_expires_SYNTHETIC.json"))])
        return checks.analyze_password(obs, ctx("windows", helpdesk=RESET)).summary

    assert [summary(d) for d in ("2017-02-18", "2017-02-17", "2017-02-16")] == [
        "Your password expires today.", "Your password expires tomorrow.", "Your password expires in 2 days."]


def test_windows_domain_account_reads_the_filetime_from_adsi(no_surprises, ctx):
    """A domain user is not a local account (Get-LocalUser skipped them): ADSI gives the expiry as a FILETIME,
    the same integer whatever the display language."""
    expires = 133_900_000_000_000_000  # 2025-04-24 (UTC) as a FILETIME
    system = no_surprises("windows", commands={(*PS, checks.AD_EXPIRY): f"{expires}\r\n"}, values={
        "onboarding.params": {"today": "2026-11-25"}, "account.windows": {"user_domain": "CONTOSO", "computer": "PC-0042"}})
    c = ctx("windows", helpdesk=RESET)
    checks.collect_password(system, c)
    assert [r[-1] for r in system.ran] == [checks.AD_EXPIRY]
    result = checks.analyze_password(Observations(system.observations), c)
    assert result.facts["expires"] == "2025-04-24" and result.status is Status.FAILED and result.summary == "Your password has expired."
    never = checks.analyze_password(Observations([windows_account("CONTOSO"), cmd([*PS, checks.AD_EXPIRY], "9223372036854775807\r\n")]), c)
    assert never.status is Status.OK
    must = checks.analyze_password(Observations([windows_account("CONTOSO"), cmd([*PS, checks.AD_EXPIRY], "0\r\n")]), c)
    assert must.status is Status.FAILED and "before your next sign-in" in must.summary


def test_windows_domain_unreachable_and_entra_accounts_say_why(ctx):
    c = ctx("windows", helpdesk=RESET)
    offline = checks.analyze_password(Observations([windows_account("CONTOSO"), cmd([*PS, checks.AD_EXPIRY], "", rc=1,
                                                    stderr='Exception calling "FindOne" with "0" argument(s): "The server is not operational."')]), c)
    assert offline.status is Status.SKIPPED and "company network or VPN" in offline.summary
    entra = checks.analyze_password(Observations([windows_account("AzureAD")]), c)
    assert entra.status is Status.SKIPPED and "Microsoft Entra ID" in entra.summary
    assert entra.facts["reset_url"] == "https://password.corp.example"


def test_macos_local_account_expiry_from_pwpolicy_and_the_last_change(no_surprises, ctx, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(checks.getpass, "getuser", lambda: "alice")
    system = no_surprises("macos", commands={
        ("dscl", ".", "-read", "/Users/alice", "OriginalNodeName"): (56, "", "No such key: OriginalNodeName\n", None),
        ("pwpolicy", "-u", "alice", "-getaccountpolicies"): text("macos_pwpolicy_expires_SYNTHETIC.txt"),
        ("dscl", ".", "-read", "/Users/alice", "accountPolicyData"): text("macos_dscl_accountpolicydata_SYNTHETIC.txt"),
    }, values={"onboarding.params": {"today": "2026-11-25", "password_warn_days": 14}})
    c = ctx("macos")
    checks.collect_password(system, c)
    result = checks.analyze_password(Observations(system.observations), c)
    # passwordLastSetTime 1788393600.5 is 2026-09-03; every 90 days -> 2026-12-02.
    assert result.facts["expires"] == "2026-12-02" and result.status is Status.WARNING and result.facts["days_left"] == 7


def test_macos_ad_account_and_no_visible_policy_are_skipped_not_guessed(ctx):
    node = ["dscl", ".", "-read", "/Users/alice", "OriginalNodeName"]
    ad = checks.analyze_password(Observations([cmd(node, text("macos_dscl_originalnode_ad_SYNTHETIC.txt"))]), ctx("macos"))
    assert ad.status is Status.SKIPPED and "company directory" in ad.summary
    # MDM may enforce a policy pwpolicy cannot show: an empty answer is not "never expires".
    empty = Observations([cmd(node, "", rc=56), cmd(["pwpolicy", "-u", "alice", "-getaccountpolicies"], "Getting account policies for user <alice>\nNo account policies for user <alice>\n")])
    result = checks.analyze_password(empty, ctx("macos"))
    assert result.status is not Status.OK


def test_filetime_conversion():
    assert posture.parse_ad_password_expiry("133900000000000000") == "2025-04-24"
    assert posture.parse_ad_password_expiry("garbage\n") is None
    assert posture.parse_ad_password_expiry("９９") is None  # full-width digits are not a number here
