"""Network probes (DNS, TCP, HTTP, ping) that record their results through the system seam.

Each probe is a small function of the seam: the live work happens inside ``system.probe(name, fn, timeout)``
(or ``system.run`` for ping), so a sweep records what it saw and a replay sees exactly the same values. Probes
never raise: failures become a status/error inside the recorded value. Every probe bounds its own socket waits
by its timeout (the DNS probe: non-blocking sockets and one deadline; TCP/HTTP: socket timeouts, and an HTTPS
failure's issuer is read within what is left). The one wait no probe can bound is the OS resolver behind a
host *name* in a TCP or HTTP probe (getaddrinfo): there the seam's bound (timeout plus SEAM_MARGIN) ends the
wait, the observation says "timed out", and the abandoned daemon thread ends when the resolver gives up.

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
