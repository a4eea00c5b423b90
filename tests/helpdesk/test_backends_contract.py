"""Contract tests: each backend against a loopback server implementing the vendor's documented endpoints
(tests/helpdesk/fakehelpdesks.py, SYNTHETIC), including their error answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop_app.helpdesk.backends import from_policy
from desktop_app.helpdesk.backends.base import bundle_name
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox
from tests.helpdesk.conftest import make_bundle, make_policy
from tests.helpdesk.fakehelpdesks import ROUTES, SECRET, USER, Server, helpdesk_settings

KINDS = sorted(ROUTES)


@pytest.fixture(params=KINDS)
def helpdesk(request: pytest.FixtureRequest, secrets: object) -> Iterator[tuple[Server, object]]:
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server(request.param) as server:
        yield server, make_policy(**helpdesk_settings(request.param, server.url))


def _draft() -> TicketDraft:
    return TicketDraft(title="Printer offline on floor 3", body="verdict: printer offline", urgency="high", user_text="Badge printer")


def test_creates_one_ticket_with_the_key_recorded_and_the_bundle_attached(
    helpdesk: tuple[Server, object], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    server, policy = helpdesk
    bundle = make_bundle(tmp_path, payload=bytes(range(256)) * 40)
    outbox = Outbox()
    item = outbox.queue(_draft(), bundle)
    [sent] = outbox.send_pending(policy=policy)
    assert sent.state == "sent", sent.last_error
    [ticket] = server.state.by_key(item.id)
    assert ticket.attachments == [(bundle_name(item.id), bundle.read_bytes())]
    assert ticket.number in sent.ticket_ref
    assert SECRET not in caplog.text and SECRET not in (outbox.folder / item.id / "item.json").read_text()
    # searched for the key before creating
    steps = [ROUTES[server.state.kind].step(m, p) for m, p, _ in server.state.requests]
    assert "find" in steps and steps.index("find") < steps.index("create")


def test_a_ticket_created_before_a_crash_is_found_and_not_created_again(helpdesk: tuple[Server, object], tmp_path: Path) -> None:
    server, policy = helpdesk
    bundle = make_bundle(tmp_path)
    outbox = Outbox()
    item = outbox.queue(_draft(), bundle)
    backend = from_policy(policy)
    backend.create(_draft(), item.id)  # what a sender killed right after "create" left behind
    [sent] = outbox.send_pending(policy=policy)
    assert sent.state == "sent", sent.last_error
    [ticket] = server.state.by_key(item.id)
    assert [name for name, _ in ticket.attachments] == [bundle_name(item.id)]


def test_a_failed_attachment_is_retried_on_its_own(helpdesk: tuple[Server, object], tmp_path: Path) -> None:
    server, policy = helpdesk
    outbox = Outbox()
    item = outbox.queue(_draft(), make_bundle(tmp_path))
    server.state.fail["attach"] = 503
    [first] = outbox.send_pending(policy=policy)
    assert first.state == "queued" and first.error_kind == "server" and first.ticket_ref and not first.attached
    server.state.fail.clear()
    [second] = outbox.send_pending(policy=policy, force=True)
    assert second.state == "sent" and second.ticket_ref == first.ticket_ref
    [ticket] = server.state.by_key(item.id)
    assert len(ticket.attachments) == 1
    assert len(server.state.tickets) == 1


@pytest.mark.parametrize(
    ("step", "answer", "state", "kind"),
    [
        ("find", 401, "error", "auth"),
        ("create", 403, "error", "forbidden"),
        ("attach", 413, "error", "too_large"),
        ("create", 500, "queued", "server"),
        ("find", "timeout", "queued", "timeout"),
    ],
)
def test_error_answers_become_states_and_the_item_is_kept(
    helpdesk: tuple[Server, object], tmp_path: Path, step: str, answer: int | str, state: str, kind: str
) -> None:
    server, policy = helpdesk
    outbox = Outbox()
    outbox.queue(_draft(), make_bundle(tmp_path))
    server.state.fail[step] = answer
    [tried] = outbox.send_pending(policy=policy)
    assert (tried.state, tried.error_kind) == (state, kind), tried.last_error
    assert tried.last_error and tried.next_attempt > 0
    assert len(outbox.items()) == 1 and outbox.bundle_path(tried) is not None
    if step != "attach":
        assert not server.state.tickets
    server.state.fail.clear()
    [sent] = outbox.send_pending(policy=policy, force=True)
    assert sent.state == "sent" and len(server.state.tickets) == 1


def test_wrong_secret_in_the_keyring_is_a_credentials_error(helpdesk: tuple[Server, object], tmp_path: Path) -> None:
    _, policy = helpdesk
    keyring.set_password("SelfDesk", USER, "Bad-Secret-4711")
    outbox = Outbox()
    outbox.queue(_draft(), None)
    [tried] = outbox.send_pending(policy=policy)
    assert tried.state == "error" and tried.error_kind == "auth" and "401" in tried.last_error
    assert "Bad-Secret-4711" not in (outbox.folder / tried.id / "item.json").read_text()


def test_jira_data_center_search_fallback(secrets: object, tmp_path: Path) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("jira") as server:
        server.state.flavor = "datacenter"
        policy = make_policy(**helpdesk_settings("jira", server.url))
        outbox = Outbox()
        item = outbox.queue(_draft(), None)
        from_policy(policy).create(_draft(), item.id)  # left by a crash
        [sent] = outbox.send_pending(policy=policy)
        assert sent.state == "sent" and len(server.state.tickets) == 1
        assert ("GET", "/rest/api/2/search") in [(m, p) for m, p, _ in server.state.requests]
