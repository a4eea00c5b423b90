"""The prefilled ticket text: what failed recently, in words the technician and the user understand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app import i18n
from desktop_app.helpdesk.draft import TicketDraft, local_time, prefill, set_contact_email
from desktop_app.model import Result, Status
from tests.helpdesk.conftest import make_policy

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
RESULTS = [
    Result("wifi.link", Status.WARNING, "Wi-Fi connection", "The signal is weak.", {"signal_percent": 18}),
    Result("verdict.network", Status.FAILED, "Internet access", "No internet: the Wi-Fi signal is too weak."),
    Result("dns.resolve", Status.OK, "Name lookup", "Names resolve."),
    Result("system.summary", Status.OK, "This computer", "Linux", {"hostname": "pc-42", "os": "Debian 12"}),
]


def _at(hours_ago: float) -> str:
    return (NOW - timedelta(hours=hours_ago)).isoformat(timespec="seconds")


FIX_LOG = [
    {"fix": "network.wifi_restart", "status": "failed", "message": "still no signal", "dry_run": False, "started_at": _at(1), "finished_at": _at(1)},
]


def _draft(results=RESULTS, fix_log=FIX_LOG, policy=None, **kw):  # type: ignore[no-untyped-def]
    return prefill(results, fix_log, policy or make_policy(), history=kw.pop("history", []), now=NOW, **kw)


def test_title_is_the_failed_fix_translated_title_and_the_body_says_what_was_tried_when() -> None:
    draft = _draft(policy=make_policy(options={"email_domain": "corp.example"}))
    assert draft.title == "A repair did not work: Turn Wi-Fi off and on"
    assert "No internet: the Wi-Fi signal is too weak." in draft.body
    when = local_time(NOW - timedelta(hours=1))
    assert f"- {when} Turn Wi-Fi off and on: did not work — still no signal" in draft.body
    assert "T08:30" not in draft.body and "+00:00" not in draft.body  # no raw ISO times
    assert "hostname: pc-42" in draft.body
    assert "Names resolve" not in draft.body  # only what is wrong
    assert draft.urgency == "high" and draft.user_text == ""
    assert draft.contact_email.endswith("@corp.example") and draft.contact_name
    assert draft.contact_email in draft.body


def test_a_refused_fix_is_not_a_failed_repair() -> None:
    refused = [{"fix": "disk.cleanup", "status": "refused", "message": "Nothing was changed: the fix needs your consent.", "started_at": _at(1)}]
    draft = _draft(fix_log=refused)
    assert draft.title == "No internet: the Wi-Fi signal is too weak."  # from the verdict, not "A repair did not work"
    assert "Free up disk space: not run" in draft.body


def test_old_attempts_and_history_stay_out_of_todays_ticket() -> None:
    old_fix = [{"fix": "network.flush_dns", "status": "failed", "message": "x", "started_at": _at(24 * 30)}]
    history = [
        {"at": _at(24 * 20), "fix": "network.flush_dns", "outcome": "verified", "solved": True},
        {"at": _at(2), "fix": "network.renew_dhcp", "outcome": "verified", "solved": False},
    ]
    draft = _draft(fix_log=old_fix, history=history)
    assert "Clear the DNS cache" not in draft.body and draft.title == "No internet: the Wi-Fi signal is too weak."
    assert "What I tried before (last 7 days):" in draft.body
    assert f"- {local_time(NOW - timedelta(hours=2))} Renew the network address (fixed and verified): did not solve it" in draft.body


def test_title_from_the_verdict_without_fixes_and_low_urgency_when_all_is_well() -> None:
    assert _draft(fix_log=[]).title == "No internet: the Wi-Fi signal is too weak."
    calm = _draft(results=[RESULTS[2]], fix_log=[])
    assert calm.urgency == "low" and calm.title == "I need help with my computer" and calm.contact_email == ""


def test_a_long_conclusion_is_cut_at_a_word_for_the_queue_line() -> None:
    long = Result("verdict.vpn", Status.FAILED, "VPN", "The VPN is connected but the company does not answer " * 4)
    title = _draft(results=[long], fix_log=[]).title
    assert len(title) <= 120 and title.endswith("…") and title.startswith("The VPN is connected but the company")
    assert not title[:-1].endswith(" ")


def test_trigger_title_and_the_users_words_come_first() -> None:
    draft = _draft(fix_log=[], trigger={"title": "Printer jammed"})
    draft.user_text = "It beeps"
    assert draft.title == "Printer jammed"
    assert draft.full_text().startswith("In my own words:\nIt beeps\n\n")
    assert TicketDraft.from_json(draft.to_json()) == draft


def test_the_email_typed_by_the_user_goes_in_the_ticket_and_is_remembered() -> None:
    draft = _draft(fix_log=[])
    assert draft.contact_email == ""
    typed = set_contact_email(draft, "ana.lopez@corp.example")
    assert typed.contact_email == "ana.lopez@corp.example" and "<ana.lopez@corp.example>" in typed.body
    assert _draft(fix_log=[]).contact_email == "ana.lopez@corp.example"  # the next ticket knows it


def test_french_labels_and_fix_titles() -> None:
    i18n.set_language("fr")
    try:
        draft = _draft()
    finally:
        i18n.set_language("en")
    assert "Ce qui a été essayé" in draft.body and draft.title.startswith("Une réparation n’a pas fonctionné")
    assert "Turn Wi-Fi off and on" not in draft.title  # the fix title is French too
    # French puts a no-break space before a colon, in the labels the code joins too
    assert "- Internet access\u00a0: No internet: the Wi-Fi signal is too weak." in draft.body
    assert "- [Problème] Internet access\u00a0: No internet: the Wi-Fi signal is too weak." in draft.body
    assert "Éteindre et rallumer le Wi-Fi\u00a0: n’a pas fonctionné — still no signal" in draft.body
