"""The ticket dialog, the outbox window and the tray's background delivery, through the REAL outbox and bundle
writer to a loopback helpdesk (tests/helpdesk/fakehelpdesks.py): what the user reads is what happened."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import keyring
import pytest
from PySide6.QtCore import Qt

from desktop_app import i18n
from desktop_app.helpdesk.outbox import Outbox
from desktop_app.ui.outbox_window import OutboxWindow
from desktop_app.ui.ticket_dialog import TicketDialog, bundles_dir
from tests.helpdesk.conftest import secrets  # noqa: F401 - the isolated keyring fixture
from tests.helpdesk.fakehelpdesks import SECRET, USER, Server, helpdesk_settings
from tests.helpdesk.rtlab import free_port
from tests.ui.helpers import unnamed_controls


def _use_helpdesk(services: Any, kind: str, url: str) -> None:
    services.policy.values["helpdesk"].update(helpdesk_settings(kind, url))


@pytest.fixture
def webhook(secrets: object) -> Iterator[Server]:  # noqa: F811
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("webhook") as server:
        yield server


def _results(services: Any) -> tuple[list[Any], list[Any]]:
    from desktop_app.engine import Sweep

    system = services.make_system()
    results = Sweep(services.checks_for(None), system, services.context()).run()
    return results, system.observations


def _dialog(qtbot: Any, services: Any) -> TicketDialog:
    results, observations = _results(services)
    dialog = TicketDialog(services, results, observations)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=10_000)
    return dialog


def _send(qtbot: Any, dialog: TicketDialog) -> Any:
    dialog.consent.setChecked(True)
    assert dialog.send_button.isEnabled()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.item is not None, timeout=15_000)
    return dialog.item


def test_a_ticket_reaches_the_helpdesk_with_what_the_user_chose_and_says_sent_as_its_number(qtbot, services, webhook) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import history
    from desktop_app.bundle import describe_bundle, describe_text

    _use_helpdesk(services, "webhook", webhook.url)
    history.record("disk.cleanup", solved=False, outcome="verified")
    dialog = _dialog(qtbot, services)
    assert dialog.title_edit.text() == "The printer Office is paused."  # what is wrong, not an area name
    assert "The printer Office is paused." in dialog.body_edit.toPlainText()
    # the real, translated description of the real bundle: files with sizes and what was replaced
    assert dialog.redaction.text() == describe_text(describe_bundle(dialog.bundle_path), columns=False)  # no space-made columns
    assert "report.txt" in dialog.redaction.text() and "bundle_id" not in dialog.redaction.text()
    assert dialog.attachments.count() == 1 and dialog.bundle_path.name in dialog.attachments.item(0).text()
    assert not dialog.send_button.isEnabled()  # no consent yet
    qtbot.keyClicks(dialog.user_text, "Cannot print since this morning")
    dialog.title_edit.setText("Printer broken")
    dialog.urgency.setCurrentIndex(dialog.urgency.findData("high"))
    dialog.email_edit.setText("ana@corp.example")
    shown = dialog.bundle_path.read_bytes()  # the report the user could preview
    item = _send(qtbot, dialog)
    [ticket] = webhook.state.tickets.values()
    assert dialog.state_label.text() == f"Sent as #{ticket.id}. IT will get back to you."  # one "#", the real number
    data = ticket.data
    assert (data["title"], data["urgency"], data["contact"]["email"]) == ("Printer broken", "high", "ana@corp.example")
    assert data["body"].startswith("In my own words:\nCannot print since this morning")
    # the "did this solve it?" answer, with the fix's title and a local time, reaches the technician
    assert "What I tried before (last 7 days):" in data["body"]
    assert f"{datetime.now(UTC).astimezone():%Y-%m-%d} " in data["body"] and "Free up disk space (fixed and verified): did not solve it" in data["body"]
    [(_, attached)] = ticket.attachments
    assert attached == shown  # exactly what the user saw attached
    assert list(bundles_dir().glob("*.zip")) == []  # nothing piles up: neither the dialog's bundle...
    assert sorted(p.name for p in (Outbox().folder / item.id).iterdir()) == ["item.json"]  # ...nor the outbox's copy
    assert not unnamed_controls(dialog)


def test_preview_shows_the_report_it_will_read(qtbot, services, webhook) -> None:  # type: ignore[no-untyped-def]
    _use_helpdesk(services, "webhook", webhook.url)
    dialog = _dialog(qtbot, services)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(dialog.bundle_path) as archive:
        report = archive.read("report.txt").decode("utf-8")
    assert dialog.preview_view.toPlainText() == report and report.strip()
    assert dialog.preview_view.isReadOnly()
    assert not unnamed_controls(dialog.preview_dialog)


def test_cancelling_leaves_no_bundle_behind(qtbot, services, webhook) -> None:  # type: ignore[no-untyped-def]
    _use_helpdesk(services, "webhook", webhook.url)
    dialog = _dialog(qtbot, services)
    path = dialog.bundle_path
    assert path.exists() and path.parent == bundles_dir()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not path.exists() and not webhook.state.tickets


def test_a_configuration_error_is_not_called_offline(qtbot, services, secrets) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _use_helpdesk(services, "webhook", f"http://127.0.0.1:{free_port()}")  # no secret in the keyring
    dialog = _dialog(qtbot, services)
    item = _send(qtbot, dialog)
    assert item.state == "error"
    assert dialog.state_label.text().startswith("Saved. IT must fix the helpdesk settings: No helpdesk credentials are saved")
    assert "back online" not in dialog.state_label.text()


def test_offline_then_retry_now_sends_with_the_apps_policy_despite_the_backoff(qtbot, services, secrets) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    keyring.set_password("SelfDesk", USER, SECRET)
    port = free_port()
    _use_helpdesk(services, "webhook", f"http://127.0.0.1:{port}")  # only in the app's policy, nothing on disk
    dialog = _dialog(qtbot, services)
    item = _send(qtbot, dialog)
    assert dialog.state_label.text() == "Saved, will be sent when you're back online."
    assert item.state == "queued" and item.next_attempt > time.time() + 10  # in backoff
    window = OutboxWindow(policy=services.policy)
    qtbot.addWidget(window)
    assert window.table.item(0, 1).text() == "Waiting to be sent"
    assert window.table.item(0, 3).text() == "The helpdesk cannot be reached (offline or server down); will retry."
    i18n.set_language("fr")
    try:
        french = OutboxWindow(policy=services.policy)
        qtbot.addWidget(french)
        assert "injoignable" in french.table.item(0, 3).text()  # the stored error, re-translated
    finally:
        i18n.set_language("en")
    with Server("webhook", port=port) as server:
        qtbot.mouseClick(window.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.table.item(0, 1).text() == "Sent", timeout=15_000)
        [ticket] = server.state.tickets.values()
        assert window.table.item(0, 2).text() == f"#{ticket.id}" and window.table.item(0, 3).text() == ""
    window.table.selectRow(0)
    window.discard()
    assert window.table.item(0, 1).text() == "Discarded"


def test_an_address_is_required_where_the_helpdesk_needs_one(qtbot, services, secrets) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    _use_helpdesk(services, "freshservice", f"http://127.0.0.1:{free_port()}")
    dialog = _dialog(qtbot, services)
    dialog.email_edit.clear()
    dialog.consent.setChecked(True)
    assert not dialog.send_button.isEnabled()
    assert dialog.email_hint.isVisibleTo(dialog) and "needs it to open a ticket" in dialog.email_hint.text()
    dialog.email_edit.setText("ana@")
    assert not dialog.send_button.isEnabled() and dialog.email_hint.text() == "This e-mail address does not look right."
    dialog.email_edit.setText("ana@corp.example")
    assert dialog.send_button.isEnabled() and not dialog.email_hint.isVisibleTo(dialog)


def test_urgency_choices_are_translated(qtbot, services, webhook) -> None:  # type: ignore[no-untyped-def]
    _use_helpdesk(services, "webhook", webhook.url)
    i18n.set_language("fr")
    try:
        dialog = _dialog(qtbot, services)
        assert [dialog.urgency.itemText(i) for i in range(3)] == ["Basse\u00a0: cela peut attendre", "Normale", "Haute\u00a0: je ne peux pas travailler"]
    finally:
        i18n.set_language("en")


def test_the_tray_says_sent_as_number_when_a_waiting_ticket_is_delivered_in_the_background(qtbot, services, secrets) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The real path: TrayApp -> OutboxRetry -> BackgroundSender -> Outbox, with backoff and a network poke."""
    from desktop_app.helpdesk.draft import TicketDraft
    from desktop_app.ui.app import TrayApp

    keyring.set_password("SelfDesk", USER, SECRET)
    port = free_port()
    _use_helpdesk(services, "webhook", f"http://127.0.0.1:{port}")
    tray = TrayApp(services, start_monitor=False)
    shown: list[tuple[str, str]] = []
    tray.tray.showMessage = lambda title, text, *args: shown.append((title, text))  # type: ignore[method-assign]
    item = Outbox().queue(TicketDraft(title="VPN down", body="b", contact_email="ana@corp.example"), None)
    try:
        with qtbot.waitSignal(tray.outbox_retry.sent, timeout=10_000) as first:
            tray.outbox_retry.start(watch_network=False)
        assert [(i.id, i.state, i.error_kind) for i in first.args[0]] == [(item.id, "queued", "offline")]
        with Server("webhook", port=port) as server:
            qtbot.wait(1500)  # the helpdesk is back, but the item is in backoff: nothing is sent by itself
            assert not server.state.tickets and Outbox().load(item.id).state == "queued"
            from PySide6.QtNetwork import QNetworkInformation

            with qtbot.waitSignal(tray.outbox_retry.delivered, timeout=10_000):
                tray.outbox_retry.on_reachability(QNetworkInformation.Reachability.Online)  # the network came back
            [ticket] = server.state.tickets.values()
            qtbot.waitUntil(lambda: bool(shown), timeout=5000)
            assert shown == [("Request sent to IT", f"Your request was sent to IT as #{ticket.id}.")]
    finally:
        tray.shutdown()


def test_the_outbox_window_shows_a_damaged_request_and_discards_it(qtbot, services, secrets) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    import fcntl

    from desktop_app.helpdesk.draft import TicketDraft

    outbox = Outbox()
    item = outbox.queue(TicketDraft(title="VPN down", body="b"), None)
    (outbox.folder / item.id / "item.json").write_text("{half a fi")
    window = OutboxWindow(policy=services.policy)
    qtbot.addWidget(window)
    assert [window.table.item(0, c).text() for c in (1, 3)] == [
        "Damaged, cannot be sent",
        "This saved request is damaged and cannot be sent: discard it and contact IT another way.",
    ]
    assert window.info.text() == "Nothing is waiting to be sent." and not window.retry_button.isEnabled()
    window.table.selectRow(0)
    with open(outbox.folder / ".lock", "a+b") as sender:  # a delivery pass holds the outbox
        fcntl.flock(sender.fileno(), fcntl.LOCK_EX)
        window.discard()
        assert window.info.text() == "This request is being sent right now: try again in a moment."
    window.discard()
    assert window.table.item(0, 1).text() == "Discarded" and outbox.items()[0].state == "discarded"


@pytest.mark.parametrize("close_while_saving", [False, True])
def test_a_ticket_that_cannot_be_saved_says_so_and_leaves_no_bundle(qtbot, services, webhook, monkeypatch, close_while_saving) -> None:  # type: ignore[no-untyped-def]
    import errno

    _use_helpdesk(services, "webhook", webhook.url)

    def full_disk(self: Outbox, draft: Any, bundle: Any) -> Any:
        time.sleep(0.5)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Outbox, "queue", full_disk)
    dialog = _dialog(qtbot, services)
    path = dialog.bundle_path
    dialog.consent.setChecked(True)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    if close_while_saving:
        dialog.reject()
        assert path.exists()  # still being saved: not the dialog's to delete yet
    qtbot.waitUntil(lambda: dialog.jobs[-1].finished, timeout=10_000)
    if close_while_saving:
        qtbot.waitUntil(lambda: not path.exists(), timeout=5000)
    else:
        assert dialog.state_label.text() == "Your message could not be saved (OSError: [Errno 28] No space left on device)."
        assert dialog.send_button.isEnabled() and path.exists()  # the user can try again
    assert not webhook.state.tickets
