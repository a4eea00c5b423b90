"""The background sender: an offline ticket goes out by itself once the helpdesk is back and the UI pokes it."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import keyring

from desktop_app.helpdesk.background import BackgroundSender
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox, OutboxItem
from tests.helpdesk.conftest import make_policy
from tests.helpdesk.fakehelpdesks import SECRET, USER, Server, helpdesk_settings
from tests.helpdesk.rtlab import free_port


def test_queued_offline_then_sent_when_poked_after_the_network_returns(secrets: object, tmp_path: Path) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    port = free_port()
    policy = make_policy(**helpdesk_settings("webhook", f"http://127.0.0.1:{port}"))
    outbox = Outbox()
    item = outbox.queue(TicketDraft(title="t", body="b"), None)
    updates: list[OutboxItem] = []
    changed = threading.Event()

    def on_update(items: list[OutboxItem]) -> None:
        updates.extend(items)
        changed.set()

    sender = BackgroundSender(outbox, policy=lambda: policy, on_update=on_update, idle_seconds=30)
    sender.start()
    try:
        assert changed.wait(10)
        assert updates[-1].state == "queued" and updates[-1].error_kind == "offline"
        changed.clear()
        with Server("webhook", port=port) as server:
            sender.poke()  # "the network is back"
            deadline = time.monotonic() + 10
            while outbox.load(item.id).state != "sent" and time.monotonic() < deadline:
                changed.wait(0.2)
            assert outbox.load(item.id).state == "sent" and len(server.state.tickets) == 1
    finally:
        sender.stop()
    assert updates[-1].state == "sent"
