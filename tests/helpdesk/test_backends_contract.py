"""Contract tests: each backend against a loopback server implementing the vendor's documented endpoints
(tests/helpdesk/fakehelpdesks.py, SYNTHETIC), including their error answers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop_app.helpdesk.backends import from_policy
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


def _draft(**kw: object) -> TicketDraft:
    values: dict = {"title": "Printer offline on floor 3", "body": "verdict: printer offline", "urgency": "high", "user_text": "Badge printer"}
    values.update(contact_name="Ana Lopez", contact_email="ana@corp.example")
    values.update(kw)
    return TicketDraft(**values)


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
    assert ticket.attachments == [(item.attachment_name, bundle.read_bytes())]
    # technicians see the date and the bundle's short id in the file name
    assert re.fullmatch(rf"selfdesk-\d{{8}}-\d{{6}}-{item.id.replace('-', '')[:8]}\.zip", item.attachment_name), item.attachment_name
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
    assert [name for name, _ in ticket.attachments] == [item.attachment_name]


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


# -- who is asking: each helpdesk's documented way to name the employee ------------------------------------


def _send_one(policy: object, draft: TicketDraft | None = None, bundle: Path | None = None) -> object:
    outbox = Outbox()
    outbox.queue(draft or _draft(), bundle)
    [item] = outbox.send_pending(policy=policy)
    return item


def _serve(kind: str, secrets: object) -> Server:
    keyring.set_password("SelfDesk", USER, SECRET)
    return Server(kind)


def test_zammad_opens_the_ticket_on_behalf_of_the_employee(secrets: object) -> None:
    with _serve("zammad", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("zammad", server.url)))
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert ticket.data["customer_id"] == "guess:ana@corp.example" and "customer" not in ticket.data
        assert ticket.data["article"]["sender"] == "Customer"
        assert item.ticket_label == f"#{ticket.number}"


def test_zammad_without_any_address_keeps_the_ticket_and_says_why(secrets: object) -> None:
    with _serve("zammad", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("zammad", server.url)), _draft(contact_email=""))
        assert (item.state, item.error_kind) == ("error", "contact") and "e-mail address" in item.last_error
        assert not server.state.tickets and ("POST", "/api/v1/tickets") not in [(m, p) for m, p, _ in server.state.requests]
        settings = helpdesk_settings("zammad", server.url)
        settings["options"]["customer"] = "it-desk@corp.example"  # the policy's fallback customer
        [sent] = Outbox().send_pending(policy=make_policy(**settings), force=True)
        assert sent.state == "sent" and server.state.tickets[sent.remote_id].data["customer_id"] == "guess:it-desk@corp.example"


def test_a_422_from_zammad_is_an_error_state_with_its_own_words_retried_hourly(secrets: object) -> None:
    with _serve("zammad", secrets) as server:
        server.state.fail["create"] = (422, {}, {"error": "Invalid customer", "error_human": "Customer is not allowed in group Users"})
        outbox = Outbox()
        outbox.queue(_draft(), None)
        [item] = outbox.send_pending(policy=make_policy(**helpdesk_settings("zammad", server.url)), now=1000.0)
        assert (item.state, item.error_kind) == ("error", "rejected")
        assert "HTTP 422" in item.last_error and "Customer is not allowed in group Users" in item.last_error
        assert item.next_attempt == 1000.0 + 3600 and not item.create_pending


def test_freshservice_requester_is_the_employee_and_the_description_is_html_escaped(secrets: object) -> None:
    with _serve("freshservice", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("freshservice", server.url)), _draft(user_text="<b>Excel</b> & Word\nsince 9"))
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert ticket.data["email"] == "ana@corp.example"
        assert "&lt;b&gt;Excel&lt;/b&gt; &amp; Word<br>since 9" in ticket.data["description"] and "<b>" not in ticket.data["description"]


def test_freshservice_without_an_address_is_a_clear_error_not_a_400_retried_forever(secrets: object) -> None:
    with _serve("freshservice", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("freshservice", server.url)), _draft(contact_email=""))
        assert (item.state, item.error_kind) == ("error", "contact") and "e-mail address" in item.last_error
        assert ("POST", "/api/v2/tickets") not in [(m, p) for m, p, _ in server.state.requests]


def test_freshservice_answers_400_without_a_requester(secrets: object) -> None:
    """The fake enforces Freshservice's rule, so the test above cannot pass by accident."""
    import requests

    with _serve("freshservice", secrets) as server:
        answer = requests.post(server.url + "/api/v2/tickets", json={"subject": "x", "tags": ["selfdesk-k"]}, auth=(SECRET, "X"), timeout=5)
        assert answer.status_code == 400 and answer.json()["description"] == "Validation failed"


@pytest.mark.parametrize("flavor", ["cloud", "datacenter"])
def test_jira_raises_the_request_on_behalf_of_the_employee(secrets: object, flavor: str) -> None:
    with _serve("jira", secrets) as server:
        server.state.flavor = flavor
        server.state.users["ana@corp.example"] = "557058:ana" if flavor == "cloud" else "alopez"
        item = _send_one(make_policy(**helpdesk_settings("jira", server.url)))
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert ticket.data["raiseOnBehalfOf"] == server.state.users["ana@corp.example"]
        assert item.ticket_label == ticket.id  # "IT-1001", no "#"


def test_jira_unknown_employee_is_raised_by_the_account_with_the_contact_in_the_text(secrets: object) -> None:
    with _serve("jira", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("jira", server.url)), _draft(body="Contact:\n- Ana Lopez <ana@corp.example>"))
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert "raiseOnBehalfOf" not in ticket.data and "ana@corp.example" in ticket.data["requestFieldValues"]["description"]


def test_servicenow_caller_is_looked_up_by_email(secrets: object) -> None:
    with _serve("servicenow", secrets) as server:
        server.state.users["ana@corp.example"] = "6816f79cc0a8016401c5a33be04be441"
        item = _send_one(make_policy(**helpdesk_settings("servicenow", server.url)))
        [ticket] = server.state.tickets.values()
        assert item.state == "sent" and ticket.data["caller_id"] == "6816f79cc0a8016401c5a33be04be441"
        assert item.ticket_label == f"INC{ticket.number}"  # no "#"
        server.state.users.clear()
        other = _send_one(make_policy(**helpdesk_settings("servicenow", server.url)))
        assert other.state == "sent" and "caller_id" not in server.state.tickets[other.remote_id].data


def test_glpi_requester_by_email_and_the_session_is_closed(secrets: object) -> None:
    with _serve("glpi", secrets) as server:
        item = _send_one(make_policy(**helpdesk_settings("glpi", server.url)))
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert ticket.data["_users_id_requester"] == 0
        assert ticket.data["_users_id_requester_notif"]["alternative_email"] == ["ana@corp.example"]
        assert server.state.killed_sessions == 1


# -- failures the helpdesk or the network cause ------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_429_retry_after_is_honoured(secrets: object, kind: str) -> None:
    with _serve(kind, secrets) as server:
        server.state.fail["create"] = (429, {"Retry-After": "600"})
        outbox = Outbox()
        outbox.queue(_draft(), None)
        [item] = outbox.send_pending(policy=make_policy(**helpdesk_settings(kind, server.url)), now=5000.0)
        assert (item.state, item.error_kind) == ("queued", "busy") and "429" in item.last_error
        assert item.next_attempt == 5000.0 + 600  # not the 30 s backoff: the helpdesk said 10 minutes
        assert outbox.send_pending(policy=make_policy(**helpdesk_settings(kind, server.url)), now=5000.0 + 599) == []
        server.state.fail.clear()
        [sent] = outbox.send_pending(policy=make_policy(**helpdesk_settings(kind, server.url)), now=5000.0 + 600)
        assert sent.state == "sent" and len(server.state.tickets) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_is_not_followed_and_is_a_configuration_error(secrets: object, kind: str) -> None:
    with _serve(kind, secrets) as server:
        server.state.fail["create"] = "redirect"
        server.state.fail["find"] = "redirect"
        item = _send_one(make_policy(**helpdesk_settings(kind, server.url)))
        assert (item.state, item.error_kind) == ("error", "config"), item.last_error
        assert "redirects" in item.last_error and "http://helpdesk.invalid" in item.last_error
        assert not server.state.tickets  # (and the network guard proves nothing went to helpdesk.invalid)


@pytest.mark.parametrize("kind", KINDS)
def test_a_create_that_timed_out_after_the_ticket_was_made_is_not_made_twice(
    secrets: object, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The helpdesk created the ticket but answered after the client gave up (1 s): the next try must find it,
    even where the search index lags behind (Zammad, Freshservice, Jira Cloud search again after a pause)."""
    with _serve(kind, secrets) as server:
        policy = make_policy(**helpdesk_settings(kind, server.url))
        backend_cls = type(from_policy(policy))
        settles = getattr(backend_cls, "search_settle_seconds", 0)
        if settles:
            monkeypatch.setattr(backend_cls, "search_settle_seconds", 0.9)
            server.state.index_lag = 1.6  # the ticket is invisible to a search right after the 1 s timeout
        server.state.late_seconds = 1.8
        server.state.fail["create"] = "late"
        outbox = Outbox()
        item = outbox.queue(_draft(), None)
        [first] = outbox.send_pending(policy=policy)
        assert (first.state, first.error_kind) == ("queued", "timeout") and first.create_pending
        assert len(server.state.tickets) == 1  # made on the server all the same
        server.state.fail.clear()
        before = len(server.state.requests)
        [second] = outbox.send_pending(policy=policy, force=True)
        assert second.state == "sent", second.last_error
        assert len(server.state.tickets) == 1 and not second.create_pending
        searches = [ROUTES[kind].step(m, p) for m, p, _ in server.state.requests[before:]].count("find")
        if settles:
            assert searches == 2  # searched, waited for the index, searched again
        if kind != "webhook":
            assert outbox.load(item.id).remote_id in server.state.tickets


@pytest.mark.parametrize("kind", KINDS)
def test_a_413_shrinks_the_bundle_and_retries(secrets: object, kind: str, tmp_path: Path) -> None:
    import io
    import json
    import os
    import zipfile

    with _serve(kind, secrets) as server:
        server.state.max_upload = 400_000  # the helpdesk's real limit, below the policy's 5 MB
        bundle = make_bundle(tmp_path, payload=os.urandom(800_000))
        outbox = Outbox()
        item = outbox.queue(_draft(), bundle)
        [sent] = outbox.send_pending(policy=make_policy(**helpdesk_settings(kind, server.url)))
        assert sent.state == "sent", sent.last_error
        [ticket] = server.state.tickets.values()
        [(name, data)] = ticket.attachments
        assert name == item.attachment_name and len(data) < 400_000 < bundle.stat().st_size
        with zipfile.ZipFile(io.BytesIO(data)) as archive:  # still a readable bundle with its report
            assert json.loads(archive.read("manifest.json"))["schema"] == "selfdesk-bundle" and "report.txt" in archive.namelist()
        assert 0 < sent.attachment_limit < bundle.stat().st_size


def test_an_attachment_refused_at_any_size_is_an_error_and_the_ticket_is_kept(secrets: object, tmp_path: Path) -> None:
    with _serve("webhook", secrets) as server:
        server.state.max_upload = 100
        item = _send_one(make_policy(**helpdesk_settings("webhook", server.url)), bundle=make_bundle(tmp_path))
        assert (item.state, item.error_kind) == ("error", "too_large") and "too large" in item.last_error
        assert len(server.state.tickets) == 1 and item.ticket_ref and not item.attached


def test_zammad_a_failed_tag_after_the_ticket_exists_does_not_open_a_second_one(secrets: object) -> None:
    """Zammad versions that ignore "tags" on create are tagged by tags/add: when that call fails the ticket
    exists all the same, untagged, so a retry that searched by tag would open it twice."""
    with _serve("zammad", secrets) as server:
        server.state.ignore_create_tags = True
        server.state.fail["tag"] = 503
        policy = make_policy(**helpdesk_settings("zammad", server.url))
        item = _send_one(policy)
        assert item.state == "sent", item.last_error
        [ticket] = server.state.tickets.values()
        assert item.ticket_label == f"#{ticket.number}" and ("POST", "/api/v1/tags/add") in [(m, p) for m, p, _ in server.state.requests]
        assert Outbox().send_pending(policy=policy, force=True) == [] and len(server.state.tickets) == 1


@pytest.mark.parametrize(("retry_after", "waits"), [("date in 15 min", 900), ("date in the past", 30), ("soon-ish", 30)])
def test_a_503_retry_after_as_an_http_date_is_honoured(secrets: object, retry_after: str, waits: float) -> None:
    """RFC 9110 allows Retry-After as seconds or as an HTTP date; a past or unreadable one leaves the backoff."""
    import time
    from email.utils import formatdate

    now = time.time()
    value = {"date in 15 min": formatdate(now + 900, usegmt=True), "date in the past": formatdate(now - 900, usegmt=True)}.get(retry_after, retry_after)
    with _serve("webhook", secrets) as server:
        server.state.fail["create"] = (503, {"Retry-After": value})
        outbox = Outbox()
        outbox.queue(_draft(), None)
        [item] = outbox.send_pending(policy=make_policy(**helpdesk_settings("webhook", server.url)), now=now)
    assert (item.state, item.error_kind) == ("queued", "server") and "503" in item.last_error
    assert item.next_attempt - now == pytest.approx(waits, abs=2)
