"""TCP connect and HTTP probes. Recorded names: ``tcp:<host>:<port>``, ``http:<url>``."""

from __future__ import annotations

import socket
import ssl
import time
from typing import TYPE_CHECKING, Any

from desktop_app.observations import ValueObs

if TYPE_CHECKING:
    from desktop_app.system import System

from desktop_app.probes.common import SEAM_MARGIN, elapsed_ms

BODY_SNIPPET = 2048


def tcp_connect(system: System, host: str, port: int, *, timeout: float = 3.0) -> ValueObs:
    def connect() -> dict[str, Any]:
        started = time.perf_counter()
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                pass
            return {"connected": True, "ms": elapsed_ms(started), "error": None}
        except OSError as exc:
            return {"connected": False, "ms": elapsed_ms(started), "error": _os_error(exc)}

    return system.probe(f"tcp:{host}:{port}", connect, timeout + SEAM_MARGIN)


def http_check(
    system: System,
    url: str,
    *,
    timeout: float = 5.0,
    method: str = "GET",
    verify: bool = True,
    follow_redirects: bool = False,
) -> ValueObs:
    def fetch() -> dict[str, Any]:
        return _http_check(url, timeout, method, verify, follow_redirects)

    return system.probe(f"http:{url}", fetch, timeout + SEAM_MARGIN)


def _session(verify: bool) -> Any:
    import requests
    from requests.adapters import HTTPAdapter

    class TrustStoreAdapter(HTTPAdapter):
        """Verify against the OS trust store (company proxies' CAs are installed there, not in certifi)."""

        def init_poolmanager(self, *args: Any, **kwargs: Any) -> Any:
            import truststore

            kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            return super().init_poolmanager(*args, **kwargs)

    session = requests.Session()
    session.trust_env = True  # honour the user's proxy settings, as the browser would
    if verify:
        session.mount("https://", TrustStoreAdapter())
    return session


def _http_check(url: str, timeout: float, method: str, verify: bool, follow: bool) -> dict[str, Any]:
    import requests

    value: dict[str, Any] = {
        "url": url,
        "status": None,
        "location": None,
        "body_snippet": "",
        "ms": None,
        "error_kind": None,
        "error": None,
        "tls_issuer": None,
        "date_header": None,
    }
    if not verify:
        import urllib3

        # An unverified request is asked for on purpose (e.g. only to read a Date header): not a warning.
        urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    started = time.perf_counter()
    try:
        with _session(verify) as session:
            response = session.request(method, url, timeout=timeout, verify=verify, allow_redirects=follow, stream=True)
            try:
                raw = response.raw.read(BODY_SNIPPET, decode_content=True) or b""
            except Exception:
                raw = b""
            finally:
                response.close()
        value.update(
            status=response.status_code,
            location=response.headers.get("Location"),
            body_snippet=raw.decode(response.encoding or "utf-8", errors="replace"),
            date_header=response.headers.get("Date"),
            final_url=response.url,
        )
    except requests.exceptions.SSLError as exc:
        left = timeout - (time.perf_counter() - started)  # the issuer is read within what is left of the timeout
        value.update(error_kind="tls", error=_short(exc), tls_issuer=_peer_issuer(url, left) if left > 0.1 else None)
    except requests.exceptions.Timeout as exc:
        value.update(error_kind="timeout", error=_short(exc))
    except requests.exceptions.ConnectionError as exc:
        text = str(exc)
        if "NameResolution" in text or "getaddrinfo" in text or "Name or service not known" in text:
            kind = "dns"
        elif "refused" in text.lower():
            kind = "refused"
        elif "timed out" in text.lower():
            kind = "timeout"
        else:
            kind = "other"
        value.update(error_kind=kind, error=_short(exc))
    except Exception as exc:
        value.update(error_kind="other", error=_short(exc))
    value["ms"] = elapsed_ms(started)
    return value


def _peer_issuer(url: str, timeout: float) -> str | None:
    """The issuer of the certificate the server presents (e.g. a company proxy or a captive portal)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, port = parts.hostname or "", parts.port or 443
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # only to read who signed it; nothing is sent
        with socket.create_connection((host, port), timeout=timeout) as sock, context.wrap_socket(sock, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
        if not der:
            return None
        from cryptography import x509

        return x509.load_der_x509_certificate(der).issuer.rfc4514_string()
    except Exception:
        return None


def _os_error(exc: OSError) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return "refused"
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return "timeout"
    if isinstance(exc, socket.gaierror):
        return f"dns: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 300 else text[:297] + "..."
