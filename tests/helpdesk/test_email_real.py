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
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", authenticator=_auth, auth_require_tls=False)
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
    assert attachment.get_filename() == item.attachment_name
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


# -- encryption is never optional by accident ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["ssl", "yes", "", "starttls-maybe", "TLS1.2"])
def test_an_unknown_security_setting_is_a_configuration_error_and_nothing_is_sent(secrets: object, value: str) -> None:
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    outbox = Outbox()
    outbox.queue(TicketDraft(title="x", body="y"), None)
    # nothing listens there: had it tried to connect, the state would be "offline"
    [item] = outbox.send_pending(policy=_policy(free_port(), smtp_security=value, allow_http=False))
    assert (item.state, item.error_kind) == ("error", "config")
    assert "starttls, tls or none" in item.last_error


def test_no_encryption_needs_the_administrators_explicit_consent(secrets: object) -> None:
    outbox = Outbox()
    outbox.queue(TicketDraft(title="x", body="y"), None)
    [item] = outbox.send_pending(policy=_policy(free_port(), smtp_security="None", username="", allow_http=False))
    assert (item.state, item.error_kind) == ("error", "config") and "without encryption" in item.last_error


class Recorder(Inbox):
    """Remembers whether the sign-in and the message travelled encrypted, and can refuse the sender."""

    def __init__(self) -> None:
        super().__init__()
        self.auth_encrypted: list[bool] = []
        self.data_encrypted: list[bool] = []
        self.mail_answer = ""
        self.max_content = 0  # answer 552 to bigger messages (a limit the server does not announce)
        self.refused_sizes: list[int] = []

    def authenticator(self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        self.auth_encrypted.append(session.ssl is not None)
        return _auth(server, session, envelope, mechanism, data)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]) -> str:  # noqa: N802
        if self.mail_answer:
            return self.mail_answer
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.max_content and len(envelope.original_content) > self.max_content:
            self.refused_sizes.append(len(envelope.original_content))
            return "552 5.3.4 Message size exceeds fixed maximum message size"
        self.data_encrypted.append(session.ssl is not None)
        return await super().handle_DATA(server, session, envelope)


def _start(recorder: Recorder, **kwargs: Any) -> tuple[Controller, int]:
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", authenticator=recorder.authenticator, **kwargs)
    controller.start()
    return controller, port


def test_starttls_requested_but_not_offered_never_signs_in_in_clear(secrets: object) -> None:
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    recorder = Recorder()
    controller, port = _start(recorder, auth_require_tls=False)  # would accept AUTH in clear if asked
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="x", body="y"), None)
        [item] = outbox.send_pending(policy=_policy(port, smtp_security="STARTTLS", allow_http=False))
    finally:
        controller.stop()
    assert (item.state, item.error_kind) == ("error", "tls") and "STARTTLS" in item.last_error
    assert recorder.auth_encrypted == [] and recorder.messages == []  # no password, no message in clear


def test_a_refused_sender_is_an_error_with_the_servers_words_not_offline(secrets: object) -> None:
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    recorder = Recorder()
    recorder.mail_answer = "553 5.7.1 <selfdesk@selfdesk.test>: Sender address rejected: not owned by user helpdesk-bot"
    controller, port = _start(recorder, auth_require_tls=False)
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="x", body="y"), None)
        [item] = outbox.send_pending(policy=_policy(port), now=100.0)
    finally:
        controller.stop()
    assert (item.state, item.error_kind) == ("error", "rejected")
    assert "553" in item.last_error and "not owned by user" in item.last_error
    assert item.next_attempt == 100.0 + 3600 and not recorder.messages


def test_a_5xx_data_rejection_waits_as_an_error_instead_of_being_retried_every_minute(smtp: tuple[Inbox, int], secrets: object) -> None:
    inbox, port = smtp
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    inbox.answer = "554 5.7.1 Message rejected: looks like spam"
    outbox = Outbox()
    outbox.queue(TicketDraft(title="x", body="y"), None)
    [item] = outbox.send_pending(policy=_policy(port), now=100.0)
    assert (item.state, item.error_kind) == ("error", "rejected") and "looks like spam" in item.last_error
    assert item.next_attempt == 100.0 + 3600


def test_the_announced_size_limit_is_respected_counting_base64(secrets: object, tmp_path: Path) -> None:
    import io
    import os
    import zipfile

    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    recorder = Recorder()
    controller, port = _start(recorder, auth_require_tls=False, data_size_limit=300_000)  # EHLO: SIZE 300000
    bundle = make_bundle(tmp_path, payload=os.urandom(250_000))  # raw fits 300 kB, base64 does not
    assert bundle.stat().st_size < 300_000 < bundle.stat().st_size * 4 / 3
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="x", body="y"), bundle)
        [item] = outbox.send_pending(policy=_policy(port))
    finally:
        controller.stop()
    assert item.state == "sent", item.last_error
    [(_, raw)] = recorder.messages
    assert len(raw) <= 300_000
    [attachment] = list(email.message_from_bytes(raw, policy=email.policy.default).iter_attachments())
    assert len(attachment.get_content()) < bundle.stat().st_size
    with zipfile.ZipFile(io.BytesIO(attachment.get_content())) as archive:
        assert "report.txt" in archive.namelist()


def test_a_552_without_an_announced_limit_shrinks_the_bundle_and_sends_again(secrets: object, tmp_path: Path) -> None:
    import os

    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    recorder = Recorder()
    recorder.max_content = 250_000
    controller, port = _start(recorder, auth_require_tls=False)
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="x", body="y"), make_bundle(tmp_path, payload=os.urandom(300_000)))
        [item] = outbox.send_pending(policy=_policy(port))
    finally:
        controller.stop()
    assert item.state == "sent", item.last_error
    assert len(recorder.refused_sizes) == 1 and len(recorder.messages) == 1
    assert len(recorder.messages[0][1]) <= 250_000 < recorder.refused_sizes[0]


@pytest.mark.parametrize("quit_answer", ["421 4.3.2 Service shutting down", "500 5.5.2 What?", "slow"])
def test_a_message_accepted_with_250_is_sent_whatever_happens_at_quit(secrets: object, tmp_path: Path, quit_answer: str) -> None:
    """Once DATA got its 250 the ticket is with the helpdesk: an odd answer to QUIT (or none in time) must not
    leave the item queued, or the next try mails the same ticket again."""
    import asyncio

    class OddQuit(Inbox):
        async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd hook name
            if quit_answer == "slow":
                await asyncio.sleep(3)  # longer than the client's 1 s timeout
                return "221 Bye"
            return quit_answer

    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    inbox = OddQuit()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", authenticator=_auth, auth_require_tls=False)
    controller.start()
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="x", body="y"), make_bundle(tmp_path))
        policy = _policy(port, options={"timeout": 1})
        [item] = outbox.send_pending(policy=policy)
        assert (item.state, item.ticket_label) == ("sent", "by e-mail to it@selfdesk.test"), item.last_error
        assert outbox.send_pending(policy=policy, force=True) == [] and len(inbox.messages) == 1
    finally:
        controller.stop()
