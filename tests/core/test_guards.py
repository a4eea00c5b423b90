"""The test guards themselves: a unit test cannot look a name up, query a DNS server or reach the network,
and a FakeSystem asked for something the test did not provide fails the test, even when the code under test
swallows the error."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.fakes import NOT_FOUND, FakeSystem

ROOT = Path(__file__).resolve().parents[2]


def test_name_lookups_are_blocked_but_literals_and_localhost_work(blocked_network):
    with pytest.raises(AssertionError, match="look up the name"):
        socket.getaddrinfo("selfdesk-guard-test.example", 443)
    with pytest.raises(AssertionError):
        socket.gethostbyname("selfdesk-guard-test.example")
    assert blocked_network == ["look up the name 'selfdesk-guard-test.example'"] * 2
    blocked_network.clear()  # checked: this test wanted them blocked
    assert socket.getaddrinfo("127.0.0.1", 80)[0][4][0] == "127.0.0.1"
    assert socket.getaddrinfo("192.0.2.1", 80)[0][4][0] == "192.0.2.1"  # a literal sends no query
    assert socket.getaddrinfo("localhost", 80)


def test_dnspython_cannot_query_a_real_server(blocked_network):
    import dns.message
    import dns.query
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["192.0.2.53"]
    with pytest.raises(AssertionError, match="query the DNS servers"):
        resolver.resolve("example.com", "A", lifetime=0.5)
    with pytest.raises(AssertionError, match="send a DNS query"):
        dns.query.udp(dns.message.make_query("example.com", "A"), "192.0.2.53", timeout=0.5)
    assert len(blocked_network) == 2
    blocked_network.clear()


def test_connecting_outside_loopback_is_blocked(blocked_network):
    with socket.socket() as sock, pytest.raises(AssertionError, match="reach"):
        sock.connect(("192.0.2.1", 80))
    blocked_network.clear()


@pytest.mark.surprises_expected
def test_a_fake_records_what_it_was_not_given():
    system = FakeSystem(commands={"iw": NOT_FOUND})
    assert system.run(["iw", "dev"], timeout=1).missing_tool  # declared missing: not a surprise
    assert system.which("iw") is None
    assert system.run(["lpstat", "-t"], timeout=1).missing_tool
    assert system.unexpected == ["lpstat -t"]


def test_swallowed_surprises_still_fail_the_test(tmp_path):
    test_file = tmp_path / "test_swallowed.py"
    test_file.write_text(textwrap.dedent('''
        import socket
        from tests.fakes import FakeSystem

        def test_lookup_swallowed():
            try:
                socket.getaddrinfo("selfdesk-guard-test.example", 80)
            except Exception:  # code under test that hides the failure
                pass

        def test_fake_surprise_swallowed():
            FakeSystem(commands={}).run(["lpstat", "-t"], timeout=1)

        def test_clean():
            FakeSystem(commands={"lpstat": "ok"}).run(["lpstat", "-t"], timeout=1)
    '''))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "tests.conftest", str(test_file)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )
    assert proc.returncode == 1, proc.stdout
    assert "3 passed, 2 errors" in proc.stdout, proc.stdout  # the calls pass; their teardown fails them
    assert "test_swallowed.py::test_lookup_swallowed" in proc.stdout
    assert "test_swallowed.py::test_fake_surprise_swallowed" in proc.stdout
    assert "::test_clean" not in proc.stdout
    assert "attempted network traffic outside loopback" in proc.stdout
    assert "a FakeSystem was asked for something the test did not provide: ['lpstat -t']" in proc.stdout
