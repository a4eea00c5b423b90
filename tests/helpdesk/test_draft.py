"""The prefilled ticket text."""

from __future__ import annotations

from desktop_app import i18n
from desktop_app.helpdesk.draft import TicketDraft, prefill
from desktop_app.model import Result, Status
from tests.helpdesk.conftest import make_policy

RESULTS = [
    Result("wifi.link", Status.WARNING, "Wi-Fi connection", "The signal is weak.", {"signal_percent": 18}),
    Result("verdict.network", Status.FAILED, "Internet access", "No internet: the Wi-Fi signal is too weak."),
    Result("dns.resolve", Status.OK, "Name lookup", "Names resolve."),
    Result("system.summary", Status.OK, "This computer", "Linux", {"hostname": "pc-42", "os": "Debian 12"}),
]
FIX_LOG = [{"fix": "wifi.reconnect", "status": "failed", "message": "still no signal", "dry_run": False}]


def test_title_comes_from_the_failed_fix_and_body_says_what_was_tried() -> None:
    draft = prefill(RESULTS, FIX_LOG, make_policy(options={"email_domain": "corp.example"}))
    assert draft.title == "A repair did not work: wifi.reconnect"
    assert "No internet: the Wi-Fi signal is too weak." in draft.body
    assert "wifi.reconnect: failed — still no signal" in draft.body
    assert "hostname: pc-42" in draft.body
    assert "Names resolve" not in draft.body  # only what is wrong
    assert draft.urgency == "high" and draft.user_text == ""
    assert draft.contact_email.endswith("@corp.example") and draft.contact_name


def test_title_from_the_verdict_without_fixes_and_low_urgency_when_all_is_well() -> None:
    assert prefill(RESULTS, [], make_policy()).title == "Internet access"
    calm = prefill([RESULTS[2]], [], make_policy())
    assert calm.urgency == "low" and calm.title == "I need help with my computer" and calm.contact_email == ""


def test_trigger_title_and_the_users_words_come_first() -> None:
    draft = prefill(RESULTS, [], make_policy(), trigger={"title": "Printer jammed"})
    draft.user_text = "It beeps"
    assert draft.title == "Printer jammed"
    assert draft.full_text().startswith("In my own words:\nIt beeps\n\n")
    assert TicketDraft.from_json(draft.to_json()) == draft


def test_french_labels() -> None:
    i18n.set_language("fr")
    try:
        draft = prefill(RESULTS, FIX_LOG, make_policy())
    finally:
        i18n.set_language("en")
    assert "Ce qui a été essayé" in draft.body and draft.title.startswith("Une réparation n'a pas fonctionné")
