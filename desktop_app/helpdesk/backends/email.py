"""E-mail over SMTP: one message holds the ticket and the bundle; sent only counts on the server's 250.

Encryption is never optional by accident: ``smtp_security`` must be starttls, tls or none (any case), and
"none" needs the administrator's explicit ``allow_http = true``; anything else is a configuration error and
nothing is sent. STARTTLS that the server does not offer is an error, never a silent fallback to plain text.
"""

from __future__ import annotations

import math
import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import (
    ConfigError,
    DeliveryError,
    Text,
    _ssl_context,
    max_bytes,
    secret_for,
)
from desktop_app.helpdesk.draft import TicketDraft

SECURITY = ("starttls", "tls", "none")
MAX_SHRINKS = 3
HEADROOM = 2048  # MIME part headers, boundaries and the envelope's own lines
Fit = Callable[[int], Path | None]


def message_id(key: str, host: str) -> str:
    """Derived from the key so a re-sent message carries the same Message-ID (helpdesks can drop duplicates)."""
    return f"<selfdesk-{key}@{host or 'selfdesk.invalid'}>"


def base64_size(raw: int) -> int:
    """Bytes an attachment of ``raw`` bytes takes in the message: base64 (4/3) in 76-character lines + CRLF."""
    encoded = 4 * math.ceil(raw / 3)
    return encoded + 2 * math.ceil(encoded / 76)


def attachment_budget(message_limit: int, without_attachment: int) -> int:
    """The largest bundle (raw bytes) whose message stays within ``message_limit`` bytes."""
    room = message_limit - without_attachment - HEADROOM
    return max(0, int(room * 3 / 4 * 76 / 78))


def security_setting(value: Any) -> str:
    text = str(value if value is not None else "starttls").strip().lower()
    if text not in SECURITY:
        raise ConfigError(
            Text.tr("The helpdesk e-mail security setting '{value}' is not valid: IT must use starttls, tls or none.", value=str(value)[:40])
        )
    return text


class EmailBackend:
    name = "email"
    ref_style = "email"

    def __init__(self, hd: dict[str, Any]) -> None:
        if not hd["smtp_host"] or not hd["mail_to"]:
            raise ConfigError(Text.tr("The helpdesk e-mail server or address is not configured by your administrator."))
        self.security = security_setting(hd.get("smtp_security"))
        if self.security == "none" and not hd["allow_http"]:
            raise ConfigError(Text.tr("Sending tickets by e-mail without encryption is refused unless your administrator allows it."))
        self.host = hd["smtp_host"]
        self.port = int(hd["smtp_port"])
        self.username = hd["username"]
        self.secret = secret_for(self.username) if self.username else ""
        self.mail_to = hd["mail_to"]
        self.mail_from = hd["mail_from"] or hd["mail_to"]
        self.timeout = float(hd["options"].get("timeout", 30))
        # for e-mail the limit is the whole encoded message (what mail servers count), see docs/helpdesk.md
        self.max_message_bytes = max_bytes(hd)
        self.max_attachment_bytes = self.max_message_bytes

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
            msg.add_attachment(bundle_path.read_bytes(), maintype="application", subtype="zip", filename=bundle_path.name)
        return msg

    def _connect(self) -> smtplib.SMTP:
        # our EHLO name without smtplib's getfqdn(): that is a reverse DNS query, slow or hanging when offline
        name = socket.gethostname()
        local = name if name.isascii() and name else "localhost"
        if self.security == "tls":
            return smtplib.SMTP_SSL(self.host, self.port, local_hostname=local, timeout=self.timeout, context=_ssl_context())
        return smtplib.SMTP(self.host, self.port, local_hostname=local, timeout=self.timeout)

    def _open(self, client: smtplib.SMTP) -> None:
        client.ehlo()
        if self.security == "starttls":
            if not client.has_extn("starttls"):
                raise DeliveryError("tls", Text.tr("The mail server does not offer encryption (STARTTLS)."), permanent=True)
            client.starttls(context=_ssl_context())
            client.ehlo()  # the capabilities (AUTH, SIZE) may differ once encrypted
        if self.username:
            try:
                client.login(self.username, self.secret)
            except smtplib.SMTPNotSupportedError as exc:
                raise DeliveryError("config", Text.tr("The mail server does not accept sign-in (AUTH) on this connection."), permanent=True) from exc

    def _limit(self, client: smtplib.SMTP) -> int:
        """The message size limit: the policy's, lowered to the server's EHLO SIZE when it announces one."""
        limits = [self.max_message_bytes]
        try:
            announced = int(client.esmtp_features.get("size", "0") or 0)
        except ValueError:
            announced = 0
        if announced > 0:
            limits.append(announced)
        return min(limits)

    def send_all(self, draft: TicketDraft, key: str, bundle_path: Path | None, fit: Fit | None = None) -> str:
        try:
            client = self._connect()
            try:
                self._open(client)
                self._deliver(client, draft, key, bundle_path, fit)
            finally:
                _quit(client)
        except DeliveryError:
            raise
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError("auth", Text.tr("The mail server refused the sign-in: the saved credentials are wrong."), permanent=True) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError("tls", Text.tr("The mail server does not offer encryption (STARTTLS)."), permanent=True) from exc
        except ssl.SSLError as exc:
            raise DeliveryError("tls", Text.tr("The mail server's security certificate could not be verified (TLS error); will retry.")) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [f"{code} {_text(msg)}" for code, msg in exc.recipients.values()]
            raise DeliveryError("rejected", Text.tr("The mail server refused the helpdesk address: {reply}", reply="; ".join(codes)[:200]), permanent=True) from exc
        except smtplib.SMTPResponseException as exc:  # sender refused, DATA refused, HELO refused...
            raise _reply_error(exc.smtp_code, exc.smtp_error) from exc
        except TimeoutError as exc:
            raise DeliveryError("timeout", Text.tr("The mail server did not answer in time; will retry.")) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError("offline", Text.tr("The mail server cannot be reached (offline or server down); will retry.")) from exc
        return self.mail_to

    def _deliver(self, client: smtplib.SMTP, draft: TicketDraft, key: str, bundle_path: Path | None, fit: Fit | None) -> None:
        limit = self._limit(client)
        attachment = bundle_path
        for _ in range(MAX_SHRINKS + 1):
            msg = self.build(draft, key, attachment)
            if attachment is not None and limit and len(msg.as_bytes()) > limit:
                budget = attachment_budget(limit, len(self.build(draft, key, None).as_bytes()))
                attachment = _shrink(fit, budget)
                msg = self.build(draft, key, attachment)
            try:
                # send_message raises unless the DATA got a 2xx (250) reply; it sends SIZE= when offered
                refused = client.send_message(msg)
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                if exc.smtp_code != 552 or attachment is None:
                    raise
                # "552 message too large" without a SIZE announcement (or a smaller real limit): shrink and retry
                limit = int(len(msg.as_bytes()) * 0.5)
                continue
            if refused:
                codes = [f"{code} {_text(text)}" for code, text in refused.values()]
                raise DeliveryError("rejected", Text.tr("The mail server refused the helpdesk address: {reply}", reply="; ".join(codes)[:200]), permanent=True)
            return
        raise DeliveryError("too_large", Text.tr("The message is too large for the mail server."), permanent=True)


def _shrink(fit: Fit | None, budget: int) -> Path:
    """A bundle of at most ``budget`` bytes, from the outbox's repack; too_large when it cannot get that small."""
    too_large = DeliveryError("too_large", Text.tr("The message is too large for the mail server."), permanent=True)
    if fit is None or budget <= 0:
        raise too_large
    smaller = fit(budget)
    if smaller is None or smaller.stat().st_size > budget:
        raise too_large
    return smaller


def _quit(client: smtplib.SMTP) -> None:
    """Say goodbye, whatever the answer: after DATA's 250 the message is the server's, and an odd reply to QUIT
    (``with smtplib.SMTP()`` raises on anything but 221) must not turn a delivered ticket into a retry that
    mails it twice."""
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _reply_error(code: int, text: Any) -> DeliveryError:
    """A refusal with the server's own words: 5xx are permanent (the same message would be refused again),
    4xx are temporary (greylisting, a full queue) and retried."""
    reply = f"{code} {_text(text)}".strip()[:200]
    if code == 552:
        return DeliveryError("too_large", Text.tr("The message is too large for the mail server ({reply}).", reply=reply), permanent=True)
    if 500 <= code < 600:
        return DeliveryError("rejected", Text.tr("The mail server refused the message: {reply}", reply=reply), permanent=True)
    return DeliveryError("server", Text.tr("The mail server refused the message for now ({reply}); will retry.", reply=reply))
