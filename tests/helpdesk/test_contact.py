"""Who is asking: the employee's e-mail from what they confirmed, the policy, or the OS directory (replayed
through the FakeSystem seam from tests/fixtures/helpdesk, see its PROVENANCE.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.helpdesk import contact
from desktop_app.helpdesk.contact import (
    lookup,
    parse_dscl,
    parse_getent_passwd,
    parse_whoami_upn,
    remember_email,
    valid_email,
)
from tests.helpdesk.conftest import make_policy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "helpdesk"


def _text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    contact.clear_cache()


def test_parsers_on_recorded_and_documented_outputs() -> None:
    assert parse_whoami_upn(_text("SYNTHETIC_whoami_upn.txt")) == "ana.lopez@corp.example"
    assert parse_whoami_upn(_text("SYNTHETIC_whoami_upn_not_domain.txt")) == ""
    assert parse_dscl(_text("SYNTHETIC_dscl_realname_email.txt")) == {"EMailAddress": "ana.lopez@corp.example", "RealName": "Ana Lopez"}
    assert parse_dscl(_text("SYNTHETIC_dscl_local_account.txt")) == {"RealName": "ana"}
    assert parse_getent_passwd(_text("linux_getent_passwd_root.txt")) == ("root", "")
    assert parse_getent_passwd(_text("SYNTHETIC_getent_passwd_gecos_email.txt")) == ("Ana Lopez", "ana.lopez@corp.example")


@pytest.mark.parametrize("garbage", ["", "\x00\xff", "ERROR", ":::::::", "a:b", "x@", "@@@\n\n", "Réseau: ★"])
def test_garbage_is_unknown_never_an_exception(garbage: str) -> None:
    assert parse_whoami_upn(garbage) == ""
    assert isinstance(parse_dscl(garbage), dict)
    assert parse_getent_passwd(garbage)[1] == ""


@pytest.mark.parametrize(
    ("platform", "argv0", "fixture", "email"),
    [
        ("windows", "whoami", "SYNTHETIC_whoami_upn.txt", "ana.lopez@corp.example"),
        ("macos", "dscl", "SYNTHETIC_dscl_realname_email.txt", "ana.lopez@corp.example"),
        ("linux", "getent", "SYNTHETIC_getent_passwd_gecos_email.txt", "ana.lopez@corp.example"),
        ("linux", "getent", "linux_getent_passwd_root.txt", ""),
    ],
)
def test_the_os_directory_gives_the_address(no_surprises, platform: str, argv0: str, fixture: str, email: str) -> None:  # type: ignore[no-untyped-def]
    system = no_surprises(platform, commands={argv0: _text(fixture)})
    found = lookup(make_policy(), system)
    assert found.email == email
    assert [argv[0] for argv in system.ran] == [argv0]


def test_a_local_windows_account_has_no_upn_and_that_is_fine(no_surprises) -> None:  # type: ignore[no-untyped-def]
    system = no_surprises("windows", commands={"whoami": (1, "", _text("SYNTHETIC_whoami_upn_not_domain.txt"), None)})
    assert lookup(make_policy(), system).email == ""


def test_a_hung_or_missing_tool_does_not_stop_the_ticket(no_surprises) -> None:  # type: ignore[no-untyped-def]
    system = no_surprises("macos", commands={"dscl": (None, "", "", "timed out after 5s")})
    assert lookup(make_policy(), system).email == ""


def test_what_the_user_confirmed_wins_then_the_policy_domain_then_the_directory(no_surprises) -> None:  # type: ignore[no-untyped-def]
    system = no_surprises("windows", commands={"whoami": _text("SYNTHETIC_whoami_upn.txt")})
    assert lookup(make_policy(options={"email_domain": "mail.corp.example"}), system).source == "policy"
    remember_email("ana@home.example")
    found = lookup(make_policy(options={"email_domain": "mail.corp.example"}), system)
    assert (found.email, found.source) == ("ana@home.example", "saved")


def test_email_validation() -> None:
    assert valid_email("ana.lopez+it@corp.example")
    for bad in ("ana", "ana@", "@corp.example", "ana@corp", "ana lopez@corp.example", "a@b@c.example", "<ana@corp.example>"):
        assert not valid_email(bad), bad
