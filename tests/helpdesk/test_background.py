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


def test_while_another_sender_holds_the_outbox_the_thread_waits_instead_of_spinning(tmp_path: Path, secrets: object) -> None:
    """`selfdesk outbox send` or the ticket dialog may hold the outbox for a whole timeout while an item is
    due: each pass then returns at once, and the thread must not loop on the disk meanwhile."""
    import fcntl

    outbox = Outbox(tmp_path / "o")
    outbox.queue(TicketDraft(title="t", body="b"), None)
    passes: list[float] = []
    real = outbox.send_pending

    def counted(*args: object, **kwargs: object) -> list[OutboxItem]:
        passes.append(time.monotonic())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    outbox.send_pending = counted  # type: ignore[method-assign]
    keyring.set_password("SelfDesk", USER, SECRET)
    policy = make_policy(**helpdesk_settings("webhook", f"http://127.0.0.1:{free_port()}"))
    with open(outbox.folder / ".lock", "a+b") as other_sender:
        fcntl.flock(other_sender.fileno(), fcntl.LOCK_EX)
        sender = BackgroundSender(outbox, policy=lambda: policy, idle_seconds=30)
        sender.start()
        time.sleep(2.5)
        sender.stop()
    assert 1 <= len(passes) <= 4, f"{len(passes)} passes in 2.5 s"
    assert outbox.load(outbox.items()[0].id).state == "queued"  # untouched: the other sender owns it


def test_old_delivered_and_discarded_records_are_removed_when_the_sender_starts(tmp_path: Path) -> None:
    import os

    outbox = Outbox(tmp_path / "o")
    old_sent, old_discarded, recent_sent, waiting = (outbox.queue(TicketDraft(title=n, body="b"), None) for n in "abcd")
    for item in (old_sent, recent_sent):
        stored = outbox.load(item.id)
        stored.state = "sent"
        outbox._save(stored)
    outbox.discard(old_discarded.id)
    month_ago = time.time() - 31 * 86400
    for item in (old_sent, old_discarded, waiting):  # waiting for a month: kept all the same
        os.utime(outbox.folder / item.id, (month_ago, month_ago))
    sender = BackgroundSender(outbox, policy=lambda: make_policy(), idle_seconds=30)
    sender.start()
    deadline = time.monotonic() + 5
    while (outbox.folder / old_sent.id).exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    sender.stop()
    assert sorted(i.id for i in outbox.items()) == sorted([recent_sent.id, waiting.id])
