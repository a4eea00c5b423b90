"""Test guards: no stray network traffic, no real user folders, and fakes that fail on surprises."""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app import i18n
from tests.fakes import FakeSystem

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _hosts_file_loopback_names(path: str = "/etc/hosts") -> set[str]:
    """Names the hosts file maps to loopback (e.g. the machine's own name, which smtplib looks up for EHLO):
    looking them up is answered from that file, nothing is sent."""
    names: set[str] = set()
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return names
    for line in lines:
        fields = line.split("#", 1)[0].split()
        if len(fields) < 2:
            continue
        try:
            loopback = ipaddress.ip_address(fields[0].split("%")[0]).is_loopback
        except ValueError:
            continue
        if loopback:
            names.update(name.lower() for name in fields[1:])
    return names


LOCAL_NAMES = frozenset({"localhost"} | _hosts_file_loopback_names())
BLOCKED = pytest.StashKey[list[str]]()  # what the network guard refused during a test


def _allowed(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # AF_UNIX paths
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host in LOCAL_NAMES


def _lookup_allowed(host: object) -> bool:
    """A name lookup that sends nothing: no host (binding), an address literal, or localhost."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str) or host == "":
        return True
    try:
        ipaddress.ip_address(host.split("%")[0])
        return True
    except ValueError:
        name = host.rstrip(".").lower()
        return name in LOCAL_NAMES or name.endswith(".localhost")


@pytest.fixture(autouse=True)
def _network_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Unit tests may only talk to loopback and may not look names up (a lookup is a query to the machine's
    resolver). Real probes run in subprocesses inside network namespaces. A blocked attempt raises, and is
    also remembered so the test fails even when the code under test swallows the exception."""
    blocked: list[str] = request.node.stash.setdefault(BLOCKED, [])
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def refuse(what: str) -> None:
        blocked.append(what)
        raise AssertionError(f"test tried to {what}: only loopback is allowed in-process")

    def check(address: object) -> None:
        if not _allowed(address):
            refuse(f"reach {address!r}")

    def connect(self: socket.socket, address: object) -> None:
        check(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        check(address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: bytes, *args: object) -> int:
        check(args[-1])
        return real_sendto(self, data, *args)  # type: ignore[arg-type]

    def guard_lookup(real: Callable[..., Any]) -> Callable[..., Any]:
        def lookup(host: object, *args: object, **kwargs: object) -> Any:
            if not _lookup_allowed(host):
                refuse(f"look up the name {host!r}")
            return real(host, *args, **kwargs)

        return lookup

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, guard_lookup(getattr(socket, name)))
    _guard_dnspython(monkeypatch, refuse)
    yield
    assert not blocked, f"the test attempted network traffic outside loopback: {blocked}"


def _guard_dnspython(monkeypatch: pytest.MonkeyPatch, refuse: Callable[[str], None]) -> None:
    """dnspython's resolver and query functions, in-process: loopback servers only."""
    try:
        import dns.query
        import dns.resolver
    except ImportError:  # pragma: no cover - a dependency
        return

    def resolver_method(name: str) -> None:
        real = getattr(dns.resolver.Resolver, name)

        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            servers = [str(s) for s in self.nameservers]
            if not servers or not all(_allowed(s) for s in servers):
                refuse(f"query the DNS servers {servers} (dnspython Resolver.{name})")
            return real(self, *args, **kwargs)

        monkeypatch.setattr(dns.resolver.Resolver, name, guarded)

    for method in ("resolve", "resolve_address", "resolve_name", "query"):
        if hasattr(dns.resolver.Resolver, method):
            resolver_method(method)

    def query_function(name: str) -> None:
        real = getattr(dns.query, name)

        def guarded(q: Any, where: Any, *args: Any, **kwargs: Any) -> Any:
            if not _allowed(str(where)):
                refuse(f"send a DNS query to {where!r} (dns.query.{name})")
            return real(q, where, *args, **kwargs)

        monkeypatch.setattr(dns.query, name, guarded)

    for function in ("udp", "tcp", "tls", "https", "quic", "udp_with_fallback"):
        if hasattr(dns.query, function):
            query_function(function)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs, fix log, outbox and preferences go to a temporary folder, never the real user's."""
    home = tmp_path_factory.mktemp("selfdesk-home")
    monkeypatch.setenv("SELFDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SELFDESK_POLICY", raising=False)
    i18n.set_language("en")
    i18n.set_product_name(None)  # a branded policy in one test must not rename the app in the next


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "surprises_expected: the test checks what a FakeSystem does with an unexpected call")


@pytest.fixture(autouse=True)
def _fake_systems_allow_no_surprises(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every FakeSystem a test makes fails the test on a command or probe it was not given (a unit test that
    reached for a real tool or a real network probe). Declare a missing tool with ``NOT_FOUND``."""
    FakeSystem.made.clear()
    yield
    if request.node.get_closest_marker("surprises_expected"):
        return
    surprises = [u for s in FakeSystem.made for u in s.unexpected]
    FakeSystem.made.clear()
    assert not surprises, f"a FakeSystem was asked for something the test did not provide: {surprises}"


@pytest.fixture
def blocked_network(request: pytest.FixtureRequest) -> list[str]:
    """What the network guard refused so far; a test of the guard itself clears it once it has checked it."""
    return request.node.stash.setdefault(BLOCKED, [])


@pytest.fixture
def fake_system() -> type[FakeSystem]:
    return FakeSystem


@pytest.fixture
def no_surprises() -> type[FakeSystem]:
    """Makes FakeSystems; the autouse guard above fails the test if any of them saw an unexpected command or
    probe (the name says what the tests rely on)."""
    return FakeSystem


@pytest.fixture
def ctx() -> Callable[..., Any]:
    from desktop_app import policy
    from desktop_app.model import Context

    def make(platform: str = "linux", **sections: dict[str, Any]) -> Context:
        p = policy.defaults()
        for section, values in sections.items():
            p.values[section].update(values)
        return Context(policy=p, platform=platform)

    return make
