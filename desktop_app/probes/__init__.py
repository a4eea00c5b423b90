"""Network probes (DNS, TCP, HTTP, ping) that record their results through the system seam.

Each probe is a small function of the seam: the live work happens inside ``system.probe(name, fn, timeout)``
(or ``system.run`` for ping), so a sweep records what it saw and a replay sees exactly the same values. Probes
never raise: failures become a status/error inside the recorded value. Every probe bounds its own I/O by its
timeout (non-blocking sockets with a deadline), so the thread the seam runs it in always ends; the seam bound
(timeout plus a small margin) is only a safety net.

Recorded names: ``dns:<name>[@server][/RDTYPE]``, ``tcp:<host>:<port>``, ``http:<url>``; ping records the
command ``ping ...`` (parse it with :func:`desktop_app.parsers.ping.parse_ping`).
"""

from __future__ import annotations

from desktop_app.probes.common import SEAM_MARGIN
from desktop_app.probes.dns import dns_lookup, dns_name, query_servers
from desktop_app.probes.icmp import ping, ping_argv
from desktop_app.probes.web import BODY_SNIPPET, http_check, tcp_connect

__all__ = [
    "BODY_SNIPPET",
    "SEAM_MARGIN",
    "dns_lookup",
    "dns_name",
    "http_check",
    "ping",
    "ping_argv",
    "query_servers",
    "tcp_connect",
]
