"""E-mail over SMTP: one message holds the ticket and the bundle; sent only counts on the server's 250."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import (
    ConfigError,
    DeliveryError,
    Text,
    _ssl_context,
    bundle_name,
    max_bytes,
    secret_for,
)
from desktop_app.helpdesk.draft import TicketDraft


def message_id(key: str, host: str) -> str:
    """Derived from the key so a re-sent message carries the same Message-ID (helpdesks can drop duplicates)."""
    return f"<selfdesk-{key}@{host or 'selfdesk.invalid'}>"


class EmailBackend:
    name = "email"

    def __init__(self, hd: dict[str, Any]) -> None:
        if not hd["smtp_host"] or not hd["mail_to"]:
            raise ConfigError(Text.tr("The helpdesk e-mail server or address is not configured by your administrator."))
        self.host = hd["smtp_host"]
        self.port = int(hd["smtp_port"])
        self.security = hd["smtp_security"]
        self.username = hd["username"]
        self.secret = secret_for(self.username) if self.username else ""
        self.mail_to = hd["mail_to"]
        self.mail_from = hd["mail_from"] or hd["mail_to"]
        self.timeout = float(hd["options"].get("timeout", 30))
        self.max_attachment_bytes = max_bytes(hd)
        if self.security == "none" and self.secret and not hd["allow_http"]:
            raise ConfigError(Text.tr("Sending the helpdesk password without encryption is refused."))

    def display_ref(self, ref: str) -> str:
        return ref

    def build(self, draft: TicketDraft, key: str, bundle_path: Path | None) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"[SelfDesk] {draft.title}"
        msg["From"] = self.mail_from
        msg["To"] = self.mail_to
        if draft.contact_email:
            msg["Reply-To"] = draft.contact_email
        msg["Date"] = formatdate(localtime=True)
        msg["Message-ID"] = message_id(key, self.mail_from.rpartition("@")[2])
        msg["X-SelfDesk-Bundle-Id"] = key
        msg["X-Priority"] = {"high": "2", "low": "4"}.get(draft.urgency, "3")
        msg.set_content(draft.full_text())
        if bundle_path is not None:
            msg.add_attachment(bundle_path.read_bytes(), maintype="application", subtype="zip", filename=bundle_name(key))
        return msg

    def send_all(self, draft: TicketDraft, key: str, bundle_path: Path | None) -> str:
        msg = self.build(draft, key, bundle_path)
        try:
            if self.security == "tls":
                client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=_ssl_context())
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.security == "starttls":
                    client.starttls(context=_ssl_context())
                if self.username:
                    try:
                        client.login(self.username, self.secret)
                    except smtplib.SMTPNotSupportedError as exc:
                        raise DeliveryError(
                            "config", Text.tr("The mail server does not accept sign-in (AUTH) on this connection."), permanent=True
                        ) from exc
                # send_message raises unless the DATA got a 2xx (250) reply
                refused = client.send_message(msg)
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError("auth", Text.tr("The mail server refused the sign-in: the saved credentials are wrong."), permanent=True) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError("tls", Text.tr("The mail server does not offer encryption (STARTTLS)."), permanent=True) from exc
        except ssl.SSLError as exc:
            raise DeliveryError("tls", Text.tr("The mail server's security certificate could not be verified (TLS error); will retry.")) from exc
        except smtplib.SMTPDataError as exc:
            if exc.smtp_code == 552:
                raise DeliveryError("too_large", Text.tr("The message is too large for the mail server."), permanent=True) from exc
            raise DeliveryError("server", Text.tr("The mail server refused the message ({code}); will retry.", code=exc.smtp_code)) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise DeliveryError("protocol", Text.tr("The mail server refused the helpdesk address."), permanent=True) from exc
        except TimeoutError as exc:
            raise DeliveryError("timeout", Text.tr("The mail server did not answer in time; will retry.")) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError("offline", Text.tr("The mail server cannot be reached (offline or server down); will retry.")) from exc
        if refused:
            raise DeliveryError("protocol", Text.tr("The mail server refused the helpdesk address."), permanent=True)
        return Text.tr("e-mail to {address}", address=self.mail_to)

    # The outbox uses send_all for e-mail; these exist to satisfy the common protocol.
    def find(self, key: str) -> str | None:
        return None

    def create(self, draft: TicketDraft, key: str) -> str:
        return self.send_all(draft, key, None)

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        raise DeliveryError("protocol", "e-mail attachments are sent with the message", permanent=True)
