"""E-mail delivery against a real SMTP server (aiosmtpd): the bundle arrives intact; sent only on 250."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from desktop_app.helpdesk.backends.base import bundle_name
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox
from tests.helpdesk.conftest import make_bundle, make_policy
from tests.helpdesk.rtlab import free_port


class Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[Any, bytes]] = []
        self.answer = "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd hook name
        if self.answer.startswith("250"):
            self.messages.append((envelope, envelope.original_content))
        return self.answer


def _auth(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"helpdesk-bot" and data.password == b"s3cret"
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, authenticator=_auth, auth_require_tls=False)
    controller.start()
    yield inbox, port
    controller.stop()


def _policy(port: int, **extra: Any) -> Any:
    settings = {
        "backend": "email",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "mail_to": "it@selfdesk.test",
        "mail_from": "selfdesk@selfdesk.test",
        "username": "helpdesk-bot",
        "allow_http": True,  # loopback test server without TLS: the admin explicitly allows it
    }
    settings.update(extra)
    return make_policy(**settings)


def test_message_with_the_bundle_attached_is_received_intact(smtp: tuple[Inbox, int], secrets: object, tmp_path: Path) -> None:
    inbox, port = smtp
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    bundle = make_bundle(tmp_path, payload=bytes(range(256)) * 50)
    outbox = Outbox()
    item = outbox.queue(TicketDraft(title="VPN fails", body="verdict", user_text="urgent meeting"), bundle)
    [sent] = outbox.send_pending(policy=_policy(port))
    assert sent.state == "sent", sent.last_error
    [(envelope, raw)] = inbox.messages
    assert envelope.rcpt_tos == ["it@selfdesk.test"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == "[SelfDesk] VPN fails"
    assert message["Message-ID"] == f"<selfdesk-{item.id}@selfdesk.test>"
    assert "urgent meeting" in message.get_body(("plain",)).get_content()
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == bundle_name(item.id)
    assert attachment.get_content() == bundle.read_bytes()
    assert "s3cret" not in (outbox.folder / item.id / "item.json").read_text()


def test_a_refused_message_is_not_marked_sent_and_stays_in_the_outbox(smtp: tuple[Inbox, int], secrets: object, tmp_path: Path) -> None:
    inbox, port = smtp
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    inbox.answer = "451 Try again later"
    outbox = Outbox()
    item = outbox.queue(TicketDraft(title="x", body="y"), make_bundle(tmp_path))
    [tried] = outbox.send_pending(policy=_policy(port))
    assert tried.state == "queued" and tried.error_kind == "server" and "451" in tried.last_error
    inbox.answer = "250 OK"
    [sent] = outbox.send_pending(policy=_policy(port), force=True)
    assert sent.state == "sent" and len(inbox.messages) == 1
    assert outbox.load(item.id).attempts == 2


def test_wrong_password_is_an_error_state_not_a_crash(smtp: tuple[Inbox, int], secrets: object, tmp_path: Path) -> None:
    inbox, port = smtp
    keyring.set_password("SelfDesk", "helpdesk-bot", "wrong")
    outbox = Outbox()
    outbox.queue(TicketDraft(title="x", body="y"), None)
    [tried] = outbox.send_pending(policy=_policy(port))
    assert tried.state == "error" and tried.error_kind == "auth", tried.last_error
    assert "credentials" in tried.last_error and not inbox.messages


def test_missing_keyring_secret_keeps_the_ticket_with_a_clear_message(smtp: tuple[Inbox, int], secrets: object) -> None:
    _, port = smtp
    outbox = Outbox()
    outbox.queue(TicketDraft(title="x", body="y"), None)
    [tried] = outbox.send_pending(policy=_policy(port))
    assert tried.state == "error" and "keyring" in tried.last_error
    assert len(outbox.items()) == 1
