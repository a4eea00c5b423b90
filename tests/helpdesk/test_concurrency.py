"""Two senders at once (the tray's background retry and `selfdesk outbox send`): one ticket, never two."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import keyring

from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import FAULT_ENV, Outbox
from tests.helpdesk.conftest import REPO, make_policy, write_admin_policy
from tests.helpdesk.fakehelpdesks import SECRET, USER, Server, helpdesk_settings


def test_a_second_sender_waits_while_the_first_is_mid_send(secrets: object, tmp_path: Path) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("webhook") as server:
        settings = helpdesk_settings("webhook", server.url)
        settings["options"].pop("search_url")  # rely on the lock alone, not on the receiver's search
        policy_file = write_admin_policy(tmp_path / "etc", **settings)
        item = Outbox().queue(TicketDraft(title="t", body="b"), None)
        env = dict(os.environ, PYTHONPATH=str(REPO), **{FAULT_ENV: "pause:after_create:4"})
        first = subprocess.Popen(
            [sys.executable, "-m", "desktop_app", "outbox", "send", "--policy", str(policy_file)], cwd=REPO, env=env
        )
        deadline = time.monotonic() + 30
        while not server.state.tickets and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.state.tickets, "the first sender never created the ticket"
        assert Outbox().send_pending(policy=make_policy(**settings), force=True) == []  # locked out, no duplicate
        assert first.wait(timeout=60) == 0
        assert Outbox().load(item.id).state == "sent" and len(server.state.tickets) == 1
