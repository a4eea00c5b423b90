"""What every backend shares: the protocol, delivery errors as plain messages, a verified HTTP client, secrets."""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Mapping
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, Protocol

from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.i18n import tr

KEYRING_SERVICE = "SelfDesk"


class Text(str):
    """A translated message that remembers its English source and parameters, so the outbox can show it
    again in whatever language the user picks later."""

    source: str
    params: dict[str, Any]

    @classmethod
    def tr(cls, source: str, /, **params: Any) -> Text:
        text = cls(tr(source, **params))
        text.source = source
        text.params = params
        return text


def error_text(source: str, params: Mapping[str, Any] | None, fallback: str) -> str:
    """Re-translate a stored message (see Text); the stored text when there is no source, or when the stored
    source and parameters do not fit together (an edited item.json must not break `outbox list`)."""
    if not source:
        return fallback
    try:
        return tr(source, **dict(params or {}))
    except (KeyError, IndexError, ValueError, AttributeError):
        return fallback


class Backend(Protocol):
    """What the outbox asks of a helpdesk (e-mail, which cannot be searched, has ``send_all`` instead).
    ``ref_style`` says how people name its tickets: "number" is shown as "#1234" (RT, Zammad, GLPI,
    Freshservice, webhook), "key" as is ("INC0010001", "IT-7", "I 2401 123"), "email" as "by e-mail to it@..."
    (see messages.ref_label)."""

    name: str
    max_attachment_bytes: int
    ref_style: str

    def find(self, key: str) -> str | None: ...
    def create(self, draft: TicketDraft, key: str) -> str: ...
    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None: ...
    def ticket_ref(self, remote_id: str) -> str:
        """The reference people use for the ticket, raw (no "#"): the number, the key or the address."""
        ...


class DeliveryError(Exception):
    """A failed attempt, told in plain words. ``permanent`` errors need an administrator (credentials, size)."""

    def __init__(
        self, kind: str, message: str, *, permanent: bool = False, status: int | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.permanent = permanent
        self.status = status
        self.retry_after = retry_after  # seconds the server asked us to wait (HTTP 429/503 Retry-After)


class ConfigError(DeliveryError):
    def __init__(self, message: str) -> None:
        super().__init__("config", message, permanent=True)


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def error_detail(text: str) -> str:
    """The server's own explanation, short: helpdesks answer JSON with "error_human", "message", "errors"..."""
    try:
        data = json.loads(text)
    except (ValueError, TypeError):
        return " ".join(str(text).split())[:200]
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for name in ("error_human", "message", "errorMessages", "error", "errors", "description", "detail"):
                if name in value:
                    walk(value[name])
                    return
            for name in ("field", "code"):
                if isinstance(value.get(name), str):
                    parts.append(value[name])

    walk(data)
    return "; ".join(dict.fromkeys(p.strip() for p in parts if p.strip()))[:200] or " ".join(str(text).split())[:200]


def http_error(status: int, detail: str = "", retry_after: float | None = None) -> DeliveryError:
    if status == 401:
        return DeliveryError("auth", Text.tr("The helpdesk refused the sign-in (HTTP 401): the saved credentials are wrong or expired."), permanent=True, status=status)
    if status == 403:
        return DeliveryError("forbidden", Text.tr("The helpdesk account is not allowed to create tickets (HTTP 403)."), permanent=True, status=status)
    if status == 404:
        return DeliveryError("config", Text.tr("The helpdesk address or one of its API paths was not found (HTTP 404)."), permanent=True, status=status)
    if status == 413:
        return DeliveryError("too_large", Text.tr("The attachment is too large for the helpdesk (HTTP 413)."), permanent=True, status=status)
    if status == 429:
        return DeliveryError("busy", Text.tr("The helpdesk asked to slow down (HTTP 429); will retry."), status=status, retry_after=retry_after)
    if status == 408:
        return DeliveryError("timeout", Text.tr("The helpdesk did not answer in time; will retry."), status=status)
    if status >= 500:
        return DeliveryError("server", Text.tr("The helpdesk server has a problem (HTTP {status}); will retry.", status=status), status=status, retry_after=retry_after)
    # 400, 422 and the other 4xx: the helpdesk read the request and refused it; repeating it changes nothing
    # until someone fixes the settings, so it waits as an error with the helpdesk's own words.
    return DeliveryError(
        "rejected",
        Text.tr("The helpdesk refused the ticket (HTTP {status}): {detail}", status=status, detail=error_detail(detail) or "-"),
        permanent=True,
        status=status,
    )


def contact_required() -> DeliveryError:
    return DeliveryError(
        "contact",
        Text.tr("The helpdesk needs your e-mail address to open a ticket and none is known: send the ticket again with your e-mail address, or ask IT to set a fallback address."),
        permanent=True,
    )


def secret_for(username: str) -> str:
    """The password/token from the OS keyring; never from the policy file."""
    if not username:
        return ""
    try:
        import keyring

        value = keyring.get_password(KEYRING_SERVICE, username)
    except Exception as exc:
        raise ConfigError(Text.tr("The saved helpdesk credentials cannot be read from the system keyring: {error}", error=type(exc).__name__)) from exc
    if not value:
        raise ConfigError(Text.tr("No helpdesk credentials are saved in the system keyring for '{user}'.", user=username))
    return value


def check_url(url: str, allow_http: bool) -> str:
    if not url:
        raise ConfigError(Text.tr("No helpdesk address is configured by your administrator."))
    if url.startswith("https://"):
        return url.rstrip("/")
    if url.startswith("http://") and allow_http:
        return url.rstrip("/")
    if url.startswith("http://"):
        raise ConfigError(Text.tr("The helpdesk address uses plain HTTP, which is refused unless your administrator allows it."))
    raise ConfigError(Text.tr("The helpdesk address is not a web address: {url}", url=url))


def _ssl_context() -> ssl.SSLContext:
    try:
        import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # the OS store, so company CAs work
    except Exception:
        return ssl.create_default_context()


class Http:
    """A requests session: TLS verified with the system trust store, timeouts, errors mapped to DeliveryError."""

    default_timeout = 20.0  # seconds; [helpdesk] options.timeout (set by settings())

    def __init__(self, base: str, *, auth: Any = None, headers: Mapping[str, str] | None = None, timeout: float | None = None) -> None:
        import requests
        from requests.adapters import HTTPAdapter

        class _Adapter(HTTPAdapter):
            def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
                kwargs["ssl_context"] = _ssl_context()
                super().init_poolmanager(*args, **kwargs)

        self.base = base
        self.timeout = timeout or Http.default_timeout
        self.session = requests.Session()
        self.session.trust_env = False  # never let a user's proxy environment redirect tickets
        self.session.mount("https://", _Adapter())
        self.session.auth = auth
        self.session.headers.update({"Accept": "application/json", "User-Agent": "SelfDesk"})
        self.session.headers.update(dict(headers or {}))

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200, 201), **kwargs: Any) -> Any:
        import requests

        url = path if path.startswith(("http://", "https://")) else self.base + path
        try:
            # Never follow redirects: one to http:// would bypass allow_http, and requests would carry custom
            # headers (GLPI Session-Token/App-Token, webhook Authorization) to wherever it points.
            response = self.session.request(method, url, timeout=kwargs.pop("timeout", self.timeout), allow_redirects=False, **kwargs)
        except requests.exceptions.SSLError as exc:
            raise DeliveryError("tls", Text.tr("The helpdesk's security certificate could not be verified (TLS error); will retry.")) from exc
        except requests.exceptions.Timeout as exc:
            raise DeliveryError("timeout", Text.tr("The helpdesk did not answer in time; will retry.")) from exc
        except requests.exceptions.ConnectionError as exc:
            raise DeliveryError("offline", Text.tr("The helpdesk cannot be reached (offline or server down); will retry.")) from exc
        except requests.exceptions.RequestException as exc:
            raise DeliveryError("protocol", Text.tr("The request to the helpdesk failed: {error}", error=type(exc).__name__)) from exc
        if response.status_code not in ok and 300 <= response.status_code < 400:
            raise DeliveryError(
                "config",
                Text.tr(
                    "The helpdesk address redirects elsewhere (HTTP {status} to {location}): IT must set the final https address in the policy.",
                    status=response.status_code,
                    location=_without_query(response.headers.get("Location", "?")),
                ),
                permanent=True,
                status=response.status_code,
            )
        if response.status_code not in ok:
            raise http_error(response.status_code, response.text, retry_after_seconds(response.headers.get("Retry-After")))
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        if not response.content:
            return {}
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError) as exc:
            raise DeliveryError("protocol", Text.tr("The helpdesk answered with something that is not JSON.")) from exc


def _without_query(url: str) -> str:
    """A Location may carry tokens in its query string: show only where it points."""
    return url.split("?", 1)[0].split("#", 1)[0][:120]


def settings(policy: Any) -> dict[str, Any]:
    hd = policy.section("helpdesk")
    hd["options"] = dict(hd.get("options") or {})
    try:
        Http.default_timeout = float(hd["options"].get("timeout", 20))
    except (TypeError, ValueError):
        Http.default_timeout = 20.0
    return hd


def max_bytes(hd: Mapping[str, Any]) -> int:
    return int(float(hd.get("max_attachment_mb") or 5) * 1024 * 1024)
