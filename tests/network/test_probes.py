"""The probes on loopback only: a real stdlib HTTP server and a closed port (no traffic leaves the host)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop_app import probes
from desktop_app.system import LiveSystem
from tests.network.dnsresponder import ANSWER, responders


class Portal(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/generate_204":
            self.send_response(302)
            self.send_header("Location", "http://127.0.0.1/login")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            body = b"x" * 5000
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_http_check_records_redirect_without_following(server: int) -> None:
    system = LiveSystem()
    url = f"http://127.0.0.1:{server}/generate_204"
    obs = probes.http_check(system, url, timeout=2)
    assert obs.name == f"http:{url}"
    assert obs.value["status"] == 302 and obs.value["location"] == "http://127.0.0.1/login"
    assert system.observations[-1]["kind"] == "probe"


def test_http_body_snippet_is_capped(server: int) -> None:
    obs = probes.http_check(LiveSystem(), f"http://127.0.0.1:{server}/big", timeout=2, verify=False)
    assert obs.value["status"] == 200 and len(obs.value["body_snippet"]) == probes.BODY_SNIPPET


def test_refused_connections() -> None:
    port = closed_port()
    system = LiveSystem()
    assert probes.http_check(system, f"http://127.0.0.1:{port}/", timeout=2).value["error_kind"] == "refused"
    tcp = probes.tcp_connect(system, "127.0.0.1", port, timeout=2).value
    assert tcp["connected"] is False and tcp["error"] == "refused"


def test_dns_closed_port_is_refused_quickly() -> None:
    obs = probes.dns_lookup(LiveSystem(), "example.test", server="127.0.0.1", timeout=2)
    assert obs.name == "dns:example.test@127.0.0.1"
    assert obs.value["status"] == "refused" and obs.duration_ms < 1500


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_black_holed_server_does_not_stop_the_next_one_from_answering() -> None:
    """Servers [black hole, working]: the name is found, the dead server is named, within the timeout."""
    with responders("silent", "ok") as (servers, port):
        started = time.monotonic()
        obs = probes.dns_lookup(LiveSystem(), "intranet.example", servers=servers, port=port, timeout=1.0)
        took = time.monotonic() - started
    value = obs.value
    assert value["status"] == "ok" and value["addresses"] == [ANSWER]
    assert value["answered_by"] == "127.0.0.3"
    assert [(s["server"], s["status"]) for s in value["per_server"]] == [("127.0.0.2", "timeout"), ("127.0.0.3", "ok")]
    assert value["servers"] == servers  # the VPN check reads these fields: kept
    assert 0.9 <= took < 1.5  # bounded by the probe timeout, not the seam's safety margin
    assert obs.error is None


@pytest.mark.parametrize(
    ("modes", "status", "per_server"),
    [
        (("servfail",), "servfail", ["servfail"]),
        (("refused",), "refused", ["refused"]),
        (("nxdomain", "ok"), "nxdomain", ["nxdomain", "ok"]),  # the resolver stops at a definitive "no such name"
        (("servfail", "ok"), "ok", ["servfail", "ok"]),
        (("silent", "servfail"), "servfail", ["timeout", "servfail"]),
    ],
)
def test_each_server_outcome_is_reported(modes, status, per_server) -> None:
    with responders(*modes) as (servers, port):
        value = probes.dns_lookup(LiveSystem(), "www.example", servers=servers, port=port, timeout=0.6).value
    assert value["status"] == status
    assert [s["status"] for s in value["per_server"]] == per_server


def test_repeated_lookups_leak_no_thread_or_socket() -> None:
    """The monitor repeats the lookup every 5 minutes: a black-holed server must not pile up threads/sockets."""
    with responders("silent") as (servers, port):
        probes.dns_lookup(LiveSystem(), "a.example", servers=servers, port=port, timeout=0.2)  # warm imports
        threads, fds = threading.active_count(), _open_fds()
        for _ in range(5):
            assert probes.dns_lookup(LiveSystem(), "a.example", servers=servers, port=port, timeout=0.2).value["status"] == "timeout"
        deadline = time.monotonic() + 2
        while threading.active_count() > threads and time.monotonic() < deadline:
            time.sleep(0.05)
        assert threading.active_count() <= threads
        assert _open_fds() <= fds


def test_ping_argv_per_platform() -> None:
    assert probes.ping_argv("linux", "h", 10, 0.2) == ["ping", "-n", "-c", "10", "-i", "0.2", "-W", "1", "h"]
    assert probes.ping_argv("macos", "h", 5, 0.2) == ["ping", "-c", "5", "-i", "0.2", "h"]
    assert probes.ping_argv("windows", "h", 4) == ["ping", "-n", "4", "-w", "1000", "h"]
