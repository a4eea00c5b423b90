"""The DNS probe: ask every configured name server at once and record each one's answer.

A lookup sends the query to all servers together over non-blocking *connected* UDP sockets and waits on them
with one selector until each has answered or the shared deadline passes. So:

- a black-holed server costs at most the probe timeout, never more, and never stops the next server from being
  asked (the OS resolver would have moved on to it too);
- a closed port (ICMP port unreachable) shows up at once as "refused";
- nothing outlives the call: no helper thread, and every socket is closed before it returns.

The recorded value keeps the fields other areas read (``name``, ``server``, ``status``, ``addresses``,
``servers``) and adds ``answered_by`` and ``per_server`` (one outcome per server, in the resolver's order).
``status`` is what the system resolver would have concluded: the first server, in order, that gave a
definitive answer (found, or NXDOMAIN) decides; otherwise the most telling failure (servfail, refused,
timeout, error).
"""

from __future__ import annotations

import selectors
import socket
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from desktop_app.observations import ValueObs
from desktop_app.probes.common import SEAM_MARGIN, elapsed_ms

if TYPE_CHECKING:
    from desktop_app.system import System

FAILURE_ORDER = ("servfail", "refused", "timeout", "error")
_MAX_DATAGRAM = 65535


def dns_name(name: str, server: str | None = None, rdtype: str = "A") -> str:
    """The observation name a :func:`dns_lookup` records (analyzers look it up with this)."""
    label = f"dns:{name}" + (f"@{server}" if server else "")
    return label if rdtype.upper() == "A" else f"{label}/{rdtype.upper()}"


def dns_lookup(
    system: System,
    name: str,
    *,
    server: str | None = None,
    servers: Sequence[str] | None = None,
    port: int = 53,
    rdtype: str = "A",
    timeout: float = 3.0,
) -> ValueObs:
    """Resolve ``name``: with the system resolver's servers, or ``server`` / ``servers`` when given."""
    chosen = list(servers) if servers else ([server] if server else None)
    label = ",".join(chosen) if chosen else None

    def lookup() -> dict[str, Any]:
        return resolve(name, chosen, rdtype=rdtype, timeout=timeout, port=port)

    return system.probe(dns_name(name, label, rdtype), lookup, timeout + SEAM_MARGIN)


def resolve(name: str, servers: list[str] | None, *, rdtype: str = "A", timeout: float = 3.0, port: int = 53) -> dict[str, Any]:
    """The probe's value (never raises). The clock starts here: loading dnspython and reading the resolver
    configuration count against the timeout, so the seam never has to cut the probe."""
    deadline = time.monotonic() + max(0.05, timeout)
    value: dict[str, Any] = {"name": name, "server": servers[0] if servers and len(servers) == 1 else None,
                             "status": "error", "addresses": [], "servers": [], "answered_by": None, "per_server": []}
    try:
        if servers is None:
            servers, port = _system_servers()
    except _NoServersError:
        value["status"] = "no_servers"
        return value
    except Exception as exc:
        value["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return value
    value["servers"] = list(servers)
    if not servers:
        value["status"] = "no_servers"
        return value
    try:
        per_server = query_servers(name, [(s, port) for s in servers], rdtype=rdtype, deadline=deadline)
    except Exception as exc:  # a bad name or rdtype: the probe reports, never raises
        value["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return value
    value["per_server"] = per_server
    value["outcomes"] = [item["status"] for item in per_server]  # the older flat form, kept for readers of it
    value.update(conclude(per_server))
    return value


def conclude(per_server: list[dict[str, Any]]) -> dict[str, Any]:
    """What the OS resolver would have told the application, from the per-server outcomes (in order)."""
    for item in per_server:
        if item["status"] in ("ok", "nxdomain"):
            return {"status": item["status"], "addresses": list(item.get("addresses") or []), "answered_by": item["server"]}
    statuses = {item["status"] for item in per_server}
    status = next((s for s in FAILURE_ORDER if s in statuses), "error")
    result: dict[str, Any] = {"status": status, "answered_by": None}
    errors = [item["error"] for item in per_server if item.get("error")]
    if status == "error" and errors:
        result["error"] = errors[0]
    return result


class _NoServersError(Exception):
    pass


def _system_servers() -> tuple[list[str], int]:
    import dns.resolver

    try:
        resolver = dns.resolver.Resolver()  # reads /etc/resolv.conf (honours ip netns) or the Windows registry
    except dns.resolver.NoResolverConfiguration:
        raise _NoServersError from None
    return [str(s) for s in resolver.nameservers], int(getattr(resolver, "port", 53) or 53)


def query_servers(
    name: str, servers: Sequence[tuple[str, int]], *, rdtype: str = "A", timeout: float = 3.0, deadline: float | None = None
) -> list[dict[str, Any]]:
    """Ask every (address, port) at once; one outcome dict per server, in the given order. Returns by
    ``deadline`` (a ``time.monotonic()`` value; default: now + ``timeout``)."""
    if deadline is None:
        deadline = time.monotonic() + max(0.05, timeout)
    import dns.message
    import dns.rdatatype

    query = dns.message.make_query(name, rdtype)
    wanted = dns.rdatatype.from_text(rdtype)
    wire = query.to_wire()
    outcomes: list[dict[str, Any] | None] = [None] * len(servers)
    started: list[float] = [time.perf_counter()] * len(servers)
    truncated: list[int] = []
    sockets: list[socket.socket] = []
    with selectors.DefaultSelector() as selector:
        try:
            for index, (address, port) in enumerate(servers):
                started[index] = time.perf_counter()
                sock = _send(address, port, wire, outcomes, index, started[index])
                if sock is not None:
                    sockets.append(sock)
                    selector.register(sock, selectors.EVENT_READ, index)
            while selector.get_map() and (remaining := deadline - time.monotonic()) > 0:
                for key, _ in selector.select(remaining):
                    index = int(key.data)
                    done = _receive(key.fileobj, query, wanted, outcomes, index, started[index], servers[index])  # type: ignore[arg-type]
                    if done:
                        selector.unregister(key.fileobj)
                        if outcomes[index] is not None and outcomes[index].get("truncated"):  # type: ignore[union-attr]
                            truncated.append(index)
        finally:
            for sock in sockets:
                sock.close()
    for index in truncated:
        _retry_over_tcp(query, wanted, servers[index], outcomes, index, started[index], deadline)
    for index, (address, port) in enumerate(servers):
        if outcomes[index] is None:
            outcomes[index] = _outcome(address, port, "timeout", started[index])
    return [item for item in outcomes if item is not None]


def _outcome(address: str, port: int, status: str, started: float, **extra: Any) -> dict[str, Any]:
    item: dict[str, Any] = {"server": address, "status": status, "ms": elapsed_ms(started)}
    if port != 53:
        item["port"] = port
    item.update({k: v for k, v in extra.items() if v is not None})
    return item


def _send(address: str, port: int, wire: bytes, outcomes: list[dict[str, Any] | None], index: int, started: float) -> socket.socket | None:
    try:
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_DGRAM)
    except OSError as exc:
        outcomes[index] = _outcome(address, port, "error", started, error=f"{type(exc).__name__}: {exc}")
        return None
    try:
        sock.setblocking(False)
        sock.connect((address.split("%")[0], port))  # connected: an ICMP "port unreachable" comes back to us
        sock.send(wire)
    except (ConnectionRefusedError, ConnectionResetError):
        outcomes[index] = _outcome(address, port, "refused", started)
    except BlockingIOError:
        return sock  # the send buffer is full: treat like a lost datagram, wait for the deadline
    except OSError as exc:  # e.g. "Network is unreachable": no route to this server at all
        outcomes[index] = _outcome(address, port, "error", started, error=f"{type(exc).__name__}: {exc}")
    else:
        return sock
    sock.close()
    return None


def _receive(sock: socket.socket, query: Any, wanted: Any, outcomes: list[dict[str, Any] | None], index: int, started: float, server: tuple[str, int]) -> bool:
    """Read one datagram; True when this server's outcome is known."""
    import dns.flags
    import dns.message

    address, port = server
    try:
        data = sock.recv(_MAX_DATAGRAM)
    except BlockingIOError:
        return False
    except (ConnectionRefusedError, ConnectionResetError):
        outcomes[index] = _outcome(address, port, "refused", started)
        return True
    except OSError as exc:
        outcomes[index] = _outcome(address, port, "error", started, error=f"{type(exc).__name__}: {exc}")
        return True
    try:
        response = dns.message.from_wire(data)
    except Exception:
        return False  # garbage or a stray packet: keep waiting for the real answer
    if not query.is_response(response):
        return False
    outcomes[index] = _from_response(response, wanted, address, port, started)
    if response.flags & dns.flags.TC:
        outcomes[index]["truncated"] = True  # type: ignore[index]
    return True


def _from_response(response: Any, wanted: Any, address: str, port: int, started: float) -> dict[str, Any]:
    import dns.rcode

    rcode = response.rcode()
    if rcode == dns.rcode.NOERROR:
        addresses = [r.to_text() for rrset in response.answer if rrset.rdtype == wanted for r in rrset]
        return _outcome(address, port, "ok", started, addresses=addresses)
    status = {dns.rcode.NXDOMAIN: "nxdomain", dns.rcode.SERVFAIL: "servfail", dns.rcode.REFUSED: "refused"}.get(rcode, "error")
    return _outcome(address, port, status, started, rcode=dns.rcode.to_text(rcode))


def _retry_over_tcp(query: Any, wanted: Any, server: tuple[str, int], outcomes: list[dict[str, Any] | None], index: int, started: float, deadline: float) -> None:
    """A truncated UDP answer: ask again over TCP within what is left of the deadline (bounded by dnspython's
    own timeout on its non-blocking TCP socket); keep the UDP answer if TCP fails."""
    import dns.query

    remaining = deadline - time.monotonic()
    if remaining <= 0.05:
        return
    try:
        response = dns.query.tcp(query, server[0], timeout=remaining, port=server[1])
    except Exception:
        return
    outcomes[index] = _from_response(response, wanted, server[0], server[1], started)
