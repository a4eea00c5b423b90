"""TLS is verified with the system trust store: a company CA in the store works, anything else is a TLS error
state (never a silent downgrade). The "system store" is pointed at a test CA with SSL_CERT_FILE, which the
OpenSSL default paths (used by truststore on Linux) honour."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from aiosmtpd.controller import Controller

from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox
from tests.helpdesk.certs import make_ca_and_server
from tests.helpdesk.conftest import make_policy
from tests.helpdesk.fakehelpdesks import ROUTES, SECRET, USER, Server, helpdesk_settings
from tests.helpdesk.rtlab import free_port
from tests.helpdesk.test_email_real import Inbox


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_ca_and_server(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def https_webhook(pki: tuple[Path, Path, Path], secrets: object) -> Iterator[Server]:
    keyring.set_password("SelfDesk", USER, SECRET)
    server = Server("webhook")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki[1], pki[2])
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with server:
        yield server


def _send(url: str) -> object:
    settings = helpdesk_settings("webhook", url)
    settings["allow_http"] = False
    outbox = Outbox()
    outbox.queue(TicketDraft(title="t", body="b"), None)
    [item] = outbox.send_pending(policy=make_policy(**settings))
    return item


def test_a_certificate_from_a_ca_in_the_system_store_is_accepted(https_webhook: Server, pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    item = _send(https_webhook.url.replace("http://", "https://"))
    assert item.state == "sent", item.last_error
    assert len(https_webhook.state.tickets) == 1


def test_an_unknown_ca_is_a_tls_error_and_nothing_is_sent(https_webhook: Server) -> None:
    item = _send(https_webhook.url.replace("http://", "https://"))
    assert (item.state, item.error_kind) == ("queued", "tls") and "certificate" in item.last_error
    assert not https_webhook.state.tickets


def test_a_certificate_for_another_name_is_a_tls_error(https_webhook: Server, pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    item = _send(https_webhook.url.replace("http://127.0.0.1", "https://localhost"))
    assert (item.state, item.error_kind) == ("queued", "tls")
    assert not https_webhook.state.tickets


@pytest.mark.parametrize("trusted", [True, False])
def test_smtp_starttls_is_verified(pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, secrets: object, trusted: bool) -> None:
    if trusted:
        monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki[1], pki[2])
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", tls_context=context, require_starttls=True)
    controller.start()
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="t", body="b"), None)
        policy = make_policy(backend="email", smtp_host="127.0.0.1", smtp_port=port, smtp_security="starttls", mail_to="it@corp.test")
        [item] = outbox.send_pending(policy=policy)
    finally:
        controller.stop()
    if trusted:
        assert item.state == "sent" and len(inbox.messages) == 1, item.last_error
    else:
        assert item.error_kind == "tls" and item.state != "sent" and not inbox.messages


def test_smtp_implicit_tls_with_auth(pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, secrets: object) -> None:
    from tests.helpdesk.test_email_real import _auth

    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki[1], pki[2])
    inbox = Inbox()
    port = free_port()
    # implicit TLS is already encrypted; aiosmtpd only tracks STARTTLS for auth_require_tls
    controller = Controller(inbox, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", ssl_context=context, authenticator=_auth, auth_require_tls=False)
    controller.start()
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="t", body="b"), None)
        policy = make_policy(
            backend="email", smtp_host="127.0.0.1", smtp_port=port, smtp_security="tls", mail_to="it@corp.test", username="helpdesk-bot"
        )
        [item] = outbox.send_pending(policy=policy)
    finally:
        controller.stop()
    assert item.state == "sent" and len(inbox.messages) == 1, item.last_error


@pytest.fixture
def server_tls(pki: tuple[Path, Path, Path]) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki[1], pki[2])
    return context


@pytest.mark.parametrize("kind", sorted(ROUTES))
@pytest.mark.parametrize("trusted", [True, False])
def test_every_backend_verifies_tls_and_an_untrusted_helpdesk_gets_nothing(
    kind: str, trusted: bool, server_tls: ssl.SSLContext, pki: tuple[Path, Path, Path], secrets: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    if trusted:
        monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    with Server(kind, tls=server_tls) as server:
        settings = helpdesk_settings(kind, server.url)
        settings["allow_http"] = False
        outbox = Outbox()
        outbox.queue(TicketDraft(title="t", body="b", contact_email="ana@corp.example"), None)
        [item] = outbox.send_pending(policy=make_policy(**settings))
    if trusted:
        assert item.state == "sent" and len(server.state.tickets) == 1, item.last_error
    else:
        assert (item.state, item.error_kind) == ("queued", "tls") and "certificate" in item.last_error
        assert not server.state.tickets and not server.state.requests  # not one request got through


@pytest.mark.parametrize("value", ["starttls", "STARTTLS", " StartTLS "])
def test_smtp_starttls_with_auth_signs_in_and_sends_only_once_encrypted(
    value: str, pki: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch, secrets: object
) -> None:
    from tests.helpdesk.test_email_real import Recorder

    monkeypatch.setenv("SSL_CERT_FILE", str(pki[0]))
    keyring.set_password("SelfDesk", "helpdesk-bot", "s3cret")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pki[1], pki[2])
    recorder = Recorder()
    port = free_port()
    controller = Controller(
        recorder, hostname="127.0.0.1", port=port, server_hostname="smtp.selfdesk.test", tls_context=context,
        require_starttls=True, authenticator=recorder.authenticator, auth_require_tls=True,
    )
    controller.start()
    try:
        outbox = Outbox()
        outbox.queue(TicketDraft(title="t", body="b"), None)
        policy = make_policy(
            backend="email", smtp_host="127.0.0.1", smtp_port=port, smtp_security=value, mail_to="it@corp.test", username="helpdesk-bot"
        )
        [item] = outbox.send_pending(policy=policy)
    finally:
        controller.stop()
    assert item.state == "sent", item.last_error
    assert recorder.auth_encrypted == [True] and recorder.data_encrypted == [True]
    assert item.ticket_label == "by e-mail to it@corp.test"
