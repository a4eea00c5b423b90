"""Against a real Request Tracker 5 started by these tests: attachment byte-identical, exactly one ticket
after a SIGKILL at every step of a send, and offline -> queued -> delivered when the server is back."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import FAULT_ENV, Outbox
from tests.helpdesk.conftest import make_bundle, make_policy, selfdesk, write_admin_policy
from tests.helpdesk.rtlab import PASSWORD, USER, RTServer

pytestmark = [pytest.mark.rt, pytest.mark.slow]


@pytest.fixture(scope="session")
def rt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RTServer]:
    server = RTServer(tmp_path_factory.mktemp("rt"))
    server.setup()
    server.start()
    yield server
    server.teardown()


@pytest.fixture
def rt_policy(rt: RTServer, secrets: object, tmp_path: Path) -> dict:
    import keyring

    keyring.set_password("SelfDesk", USER, PASSWORD)
    settings = {"backend": "rt", "url": rt.url, "queue": "General", "username": USER, "allow_http": True}
    settings["file"] = write_admin_policy(tmp_path / "etc", **settings)
    return settings


def _draft() -> TicketDraft:
    return TicketDraft(title="Wi-Fi keeps dropping", body="verdict: weak signal", urgency="high", user_text="Since Monday")


def test_ticket_with_attachment_is_created_and_the_bundle_comes_back_byte_identical(rt: RTServer, rt_policy: dict, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path, payload=bytes(range(256)) * 200)
    outbox = Outbox()
    item = outbox.queue(_draft(), bundle)
    policy = make_policy(**{k: v for k, v in rt_policy.items() if k != "file"})
    [sent] = outbox.send_pending(policy=policy)
    assert sent.state == "sent", sent.last_error
    [ticket] = rt.tickets_with_key(item.id)
    assert sent.ticket_label == f"#{ticket}" and sent.ticket_ref == str(ticket)
    [attachment] = rt.attachments_named(ticket, item.attachment_name)
    assert base64.b64decode(attachment["Content"]) == bundle.read_bytes()
    assert rt.api(f"/ticket/{ticket}")["Subject"] == "Wi-Fi keeps dropping"


@pytest.mark.parametrize("step", ["before_find", "before_create", "after_create", "before_attach", "after_attach"])
def test_sender_killed_at_each_step_then_restarted_makes_exactly_one_ticket(rt: RTServer, rt_policy: dict, tmp_path: Path, step: str) -> None:
    bundle = make_bundle(tmp_path)
    item = Outbox().queue(_draft(), bundle)
    killed = selfdesk("outbox", "send", "--policy", str(rt_policy["file"]), env={FAULT_ENV: f"kill:{step}"})
    assert killed.returncode == -9, killed.stderr
    assert Outbox().load(item.id).state != "sent"
    again = selfdesk("outbox", "send", "--policy", str(rt_policy["file"]))
    assert again.returncode == 0, again.stdout + again.stderr
    done = Outbox().load(item.id)
    assert done.state == "sent"
    [ticket] = rt.tickets_with_key(item.id)
    assert done.ticket_label == f"#{ticket}"
    assert len(rt.attachments_named(ticket, item.attachment_name)) == 1
    listing = selfdesk("outbox", "list", "--json", "--policy", str(rt_policy["file"]))
    assert f'"ticket_label": "#{ticket}"' in listing.stdout


def test_offline_the_ticket_waits_then_is_delivered_once_when_the_server_is_back(rt: RTServer, rt_policy: dict, tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    rt.stop()
    try:
        first = selfdesk("ticket", "--from-bundle", str(bundle), "--message", "printer dead", "--yes", "--policy", str(rt_policy["file"]))
        assert first.returncode == 0, first.stderr
        assert "will be sent when you're back online" in first.stdout
        [item] = Outbox().items()
        assert item.state == "queued" and item.error_kind == "offline" and item.next_attempt > 0
        assert (Outbox().folder / item.id / "bundle.zip").read_bytes() == bundle.read_bytes()
        # the background retry honours the backoff: nothing is attempted before next_attempt
        assert Outbox().send_pending(policy=make_policy(**{k: v for k, v in rt_policy.items() if k != "file"}), now=item.next_attempt - 1) == []
    finally:
        rt.start()
    again = selfdesk("outbox", "send", "--policy", str(rt_policy["file"]))
    assert again.returncode == 0, again.stderr
    [ticket] = rt.tickets_with_key(item.id)
    assert Outbox().load(item.id).ticket_label == f"#{ticket}"
    assert f"#{ticket}" in selfdesk("outbox", "list", "--policy", str(rt_policy["file"])).stdout


def test_a_missing_bundleid_field_stops_before_creating_anything(rt: RTServer, rt_policy: dict, tmp_path: Path) -> None:
    settings = {k: v for k, v in rt_policy.items() if k != "file"}
    settings["options"] = {"custom_field": "NoSuchField"}
    outbox = Outbox()
    item = outbox.queue(_draft(), None)
    before = rt.api("/tickets", query="id > 0")["total"]
    [tried] = outbox.send_pending(policy=make_policy(**settings))
    assert (tried.state, tried.error_kind) == ("error", "config") and "NoSuchField" in tried.last_error
    assert rt.api("/tickets", query="id > 0")["total"] == before
    assert outbox.load(item.id).state == "error"
