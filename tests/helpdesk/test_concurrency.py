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


def test_killed_right_after_create_on_a_lagging_search_index_still_one_ticket(secrets: object, tmp_path: Path) -> None:
    """Zammad answers tag searches from an index filled a moment after the create: the sender is SIGKILLed
    once the ticket exists and restarted at once, while the index still cannot see it. It must wait for the
    index (docs: 5 s) and find it, not open a second ticket."""
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("zammad") as server:
        server.state.index_lag = 3.0
        policy_file = write_admin_policy(tmp_path / "etc", **helpdesk_settings("zammad", server.url))
        item = Outbox().queue(TicketDraft(title="t", body="b", contact_email="ana@corp.example"), None)
        env = dict(os.environ, PYTHONPATH=str(REPO))
        command = [sys.executable, "-m", "desktop_app", "outbox", "send", "--policy", str(policy_file)]
        killed = subprocess.run(command, cwd=REPO, env={**env, FAULT_ENV: "kill:after_create"}, timeout=60)
        assert killed.returncode == -9 and len(server.state.tickets) == 1
        assert not server.state.indexed()  # the restart below searches while the index is still behind
        again = subprocess.run(command, cwd=REPO, env=env, timeout=60, capture_output=True, text=True)
        assert again.returncode == 0, again.stdout + again.stderr
        assert Outbox().load(item.id).state == "sent" and len(server.state.tickets) == 1
