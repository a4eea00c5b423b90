"""SYNTHETIC loopback DNS servers for probe tests: a tiny UDP responder built on dnspython messages.

Modes: "ok" (an A record), "nxdomain", "servfail", "refused", "silent" (reads nothing: a black hole).
Only ever bound to 127.0.0.x, so nothing leaves the machine.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import dns.message
import dns.rcode
import dns.rrset

ANSWER = "10.99.0.7"


class Responder:
    def __init__(self, address: str, port: int, mode: str):
        self.mode = mode
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((address, port))
        self.address, self.port = self.sock.getsockname()
        self.sock.settimeout(0.1)
        self.queries = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name=f"dns-{mode}")
        if mode != "silent":
            self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            self.queries += 1
            query = dns.message.from_wire(data)
            response = dns.message.make_response(query)
            if self.mode == "ok":
                name = query.question[0].name
                response.answer.append(dns.rrset.from_text(name, 60, "IN", "A", ANSWER))
            else:
                response.set_rcode({"nxdomain": dns.rcode.NXDOMAIN, "servfail": dns.rcode.SERVFAIL, "refused": dns.rcode.REFUSED}[self.mode])
            self.sock.sendto(response.to_wire(), peer)

    def close(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2)
        self.sock.close()


@contextmanager
def responders(*modes: str) -> Iterator[tuple[list[str], int]]:
    """One responder per mode on 127.0.0.2, 127.0.0.3, ... sharing one port (a resolver has one port)."""
    made: list[Responder] = []
    try:
        for attempt in range(20):
            for item in made:
                item.close()
            made = []
            try:
                first = Responder("127.0.0.2", 0, modes[0])
                made.append(first)
                for index, mode in enumerate(modes[1:], start=3):
                    made.append(Responder(f"127.0.0.{index}", first.port, mode))
                break
            except OSError:
                if attempt == 19:
                    raise
        yield [r.address for r in made], made[0].port
    finally:
        for item in made:
            item.close()
