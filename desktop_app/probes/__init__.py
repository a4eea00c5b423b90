"""Network probes (DNS, TCP, HTTP, ping) that record their results through the system seam.

Each probe is a small function of the seam: the live work happens inside ``system.probe(name, fn, timeout)``
(or ``system.run`` for ping), so a sweep records what it saw and a replay sees exactly the same values. Probes
never raise: failures become a status/error inside the recorded value. The seam bound is the probe's own
timeout plus a small margin, so a hung resolver (black-holed DNS inside ``getaddrinfo``) cannot hold a sweep
longer than the probe timeout.

Recorded names: ``dns:<name>[@server][/RDTYPE]``, ``tcp:<host>:<port>``, ``http:<url>``; ping records the
command ``ping ...`` (parse it with :func:`desktop_app.parsers.ping.parse_ping`).
"""

from __future__ import annotations

import socket
import ssl
import time
from typing import TYPE_CHECKING, Any

from desktop_app.observations import CommandObs, ValueObs

if TYPE_CHECKING:
    from desktop_app.system import System

SEAM_MARGIN = 0.2  # seconds the seam waits beyond a probe's own timeout before abandoning it
BODY_SNIPPET = 2048


def dns_name(name: str, server: str | None = None, rdtype: str = "A") -> str:
    """The observation name a :func:`dns_lookup` records (analyzers look it up with this)."""
    label = f"dns:{name}" + (f"@{server}" if server else "")
    return label if rdtype.upper() == "A" else f"{label}/{rdtype.upper()}"


def dns_lookup(system: System, name: str, *, server: str | None = None, rdtype: str = "A", timeout: float = 3.0) -> ValueObs:
    """Resolve ``name`` with dnspython; the system resolver configuration when ``server`` is None."""

    def lookup() -> dict[str, Any]:
        return _dns_lookup(name, server, rdtype, timeout)

    return system.probe(dns_name(name, server, rdtype), lookup, timeout + SEAM_MARGIN)


def _dns_lookup(name: str, server: str | None, rdtype: str, timeout: float) -> dict[str, Any]:
    import dns.resolver

    value: dict[str, Any] = {"name": name, "server": server, "status": "error", "addresses": [], "servers": []}
    try:
        if server:
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [server]
        else:
            resolver = dns.resolver.Resolver()  # reads /etc/resolv.conf (honours ip netns) or the registry
    except dns.resolver.NoResolverConfiguration:
        value["status"] = "no_servers"
        return value
    except Exception as exc:
        value["error"] = f"{type(exc).__name__}: {exc}"
        return value
    servers = [str(s) for s in resolver.nameservers]
    value["servers"] = servers
    if not servers:
        value["status"] = "no_servers"
        return value
    try:
        value.update(_ask_servers(name, rdtype, servers, int(getattr(resolver, "port", 53) or 53), timeout))
    except Exception as exc:
        value["error"] = f"{type(exc).__name__}: {exc}"[:300]
    return value


def _ask_servers(name: str, rdtype: str, servers: list[str], port: int, timeout: float) -> dict[str, Any]:
    """Ask each server in turn over a *connected* UDP socket, so a closed port (ICMP unreachable) shows up
    at once as "refused" instead of waiting out the timeout like a black hole does. The time budget is
    shared among the servers, so the whole lookup never exceeds ``timeout``."""
    import dns.exception
    import dns.flags
    import dns.message
    import dns.query
    import dns.rcode
    import dns.rdatatype

    query = dns.message.make_query(name, rdtype)
    wanted = dns.rdatatype.from_text(rdtype)
    deadline = time.monotonic() + timeout
    outcomes: list[str] = []
    last_error: str | None = None
    for index, server in enumerate(servers):
        remaining = deadline - time.monotonic()
        if remaining <= 0.05:
            outcomes.append("timeout")
            break
        share = remaining / (len(servers) - index)
        try:
            family = socket.AF_INET6 if ":" in server else socket.AF_INET
            with socket.socket(family, socket.SOCK_DGRAM) as sock:
                sock.connect((server, port))
                response = dns.query.udp(query, server, timeout=share, port=port, sock=sock)
            if response.flags & dns.flags.TC:
                response = dns.query.tcp(query, server, timeout=max(0.1, deadline - time.monotonic()), port=port)
        except (ConnectionRefusedError, ConnectionResetError):
            outcomes.append("refused")
            continue
        except (dns.exception.Timeout, TimeoutError):
            outcomes.append("timeout")
            continue
        except OSError as exc:
            outcomes.append("error")
            last_error = f"{type(exc).__name__}: {exc}"
            continue
        rcode = response.rcode()
        if rcode == dns.rcode.NOERROR:
            addresses = [r.to_text() for rrset in response.answer if rrset.rdtype == wanted for r in rrset]
            return {"status": "ok", "addresses": addresses, "answered_by": server}
        if rcode == dns.rcode.NXDOMAIN:
            return {"status": "nxdomain", "answered_by": server}
        outcomes.append("servfail" if rcode == dns.rcode.SERVFAIL else "refused" if rcode == dns.rcode.REFUSED else "error")
    for status in ("servfail", "refused", "timeout"):
        if status in outcomes:
            return {"status": status, "outcomes": outcomes}
    result: dict[str, Any] = {"status": "error", "outcomes": outcomes}
    if "error" in outcomes:
        result["error"] = last_error
    return result


def tcp_connect(system: System, host: str, port: int, *, timeout: float = 3.0) -> ValueObs:
    def connect() -> dict[str, Any]:
        started = time.perf_counter()
        try:
            with socket.create_connection((host, int(port)), timeout=timeout):
                pass
            return {"connected": True, "ms": _ms(started), "error": None}
        except OSError as exc:
            return {"connected": False, "ms": _ms(started), "error": _os_error(exc)}

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
        value.update(error_kind="tls", error=_short(exc), tls_issuer=_peer_issuer(url, timeout))
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
    value["ms"] = _ms(started)
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


def ping_argv(platform: str, host: str, count: int = 10, interval: float = 0.2) -> list[str]:
    if platform == "windows":
        return ["ping", "-n", str(count), "-w", "1000", host]
    if platform == "macos":
        return ["ping", "-c", str(count), "-i", f"{interval:g}", host]
    return ["ping", "-n", "-c", str(count), "-i", f"{interval:g}", "-W", "1", host]


def ping(system: System, host: str, *, count: int = 10, interval: float = 0.2, timeout: float | None = None) -> CommandObs:
    """Run the OS ping through the seam; the recorded command is what analyzers parse."""
    argv = ping_argv(system.platform, host, count, interval)
    if timeout is None:
        per = 1.0 if system.platform == "windows" else interval
        timeout = count * per + 2.0
    return system.run(argv, timeout=timeout)


def _ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


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
