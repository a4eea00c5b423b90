"""What every backend shares: the protocol, delivery errors as plain messages, a verified HTTP client, secrets."""

from __future__ import annotations

import json
import ssl
from collections.abc import Mapping
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
    """Re-translate a stored message (see Text); the stored text when there is no source."""
    return tr(source, **dict(params or {})) if source else fallback


class Backend(Protocol):
    name: str
    max_attachment_bytes: int

    def find(self, key: str) -> str | None: ...
    def create(self, draft: TicketDraft, key: str) -> str: ...
    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None: ...
    def display_ref(self, ref: str) -> str: ...


class DeliveryError(Exception):
    """A failed attempt, told in plain words. ``permanent`` errors need an administrator (credentials, size)."""

    def __init__(self, kind: str, message: str, *, permanent: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.permanent = permanent
        self.status = status


class ConfigError(DeliveryError):
    def __init__(self, message: str) -> None:
        super().__init__("config", message, permanent=True)


def http_error(status: int, detail: str = "") -> DeliveryError:
    if status == 401:
        return DeliveryError("auth", Text.tr("The helpdesk refused the sign-in (HTTP 401): the saved credentials are wrong or expired."), permanent=True, status=status)
    if status == 403:
        return DeliveryError("forbidden", Text.tr("The helpdesk account is not allowed to create tickets (HTTP 403)."), permanent=True, status=status)
    if status == 413:
        return DeliveryError("too_large", Text.tr("The attachment is too large for the helpdesk (HTTP 413)."), permanent=True, status=status)
    if status == 429:
        return DeliveryError("busy", Text.tr("The helpdesk asked to slow down (HTTP 429); will retry."), status=status)
    if status >= 500:
        return DeliveryError("server", Text.tr("The helpdesk server has a problem (HTTP {status}); will retry.", status=status), status=status)
    return DeliveryError("protocol", Text.tr("The helpdesk answered with an error (HTTP {status}): {detail}", status=status, detail=detail[:200]), status=status)


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
            response = self.session.request(method, url, timeout=kwargs.pop("timeout", self.timeout), **kwargs)
        except requests.exceptions.SSLError as exc:
            raise DeliveryError("tls", Text.tr("The helpdesk's security certificate could not be verified (TLS error); will retry.")) from exc
        except requests.exceptions.Timeout as exc:
            raise DeliveryError("timeout", Text.tr("The helpdesk did not answer in time; will retry.")) from exc
        except requests.exceptions.ConnectionError as exc:
            raise DeliveryError("offline", Text.tr("The helpdesk cannot be reached (offline or server down); will retry.")) from exc
        except requests.exceptions.RequestException as exc:
            raise DeliveryError("protocol", Text.tr("The request to the helpdesk failed: {error}", error=type(exc).__name__)) from exc
        if response.status_code not in ok:
            raise http_error(response.status_code, response.text)
        return response

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        if not response.content:
            return {}
        try:
            return response.json()
        except (ValueError, json.JSONDecodeError) as exc:
            raise DeliveryError("protocol", Text.tr("The helpdesk answered with something that is not JSON.")) from exc


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


def bundle_name(key: str) -> str:
    return f"selfdesk-{key}.zip"
