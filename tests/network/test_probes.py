"""The probes on loopback only: a real stdlib HTTP server and a closed port (no traffic leaves the host)."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop_app import probes
from desktop_app.system import LiveSystem


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


def test_ping_argv_per_platform() -> None:
    assert probes.ping_argv("linux", "h", 10, 0.2) == ["ping", "-n", "-c", "10", "-i", "0.2", "-W", "1", "h"]
    assert probes.ping_argv("macos", "h", 5, 0.2) == ["ping", "-c", "5", "-i", "0.2", "h"]
    assert probes.ping_argv("windows", "h", 4) == ["ping", "-n", "4", "-w", "1000", "h"]
