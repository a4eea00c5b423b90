"""Test guards: no stray network traffic, no real user folders, and fakes that fail on surprises."""

from __future__ import annotations

import ipaddress
import os
import socket

import pytest

from desktop_app import i18n
from tests.fakes import FakeSystem

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _allowed(address: object) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    if not isinstance(host, str):
        return True  # AF_UNIX paths
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return host in ("localhost",)


@pytest.fixture(autouse=True)
def _network_guard(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unit tests may only talk to loopback. Real probes run in subprocesses inside network namespaces."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto

    def check(address: object) -> None:
        if not _allowed(address):
            raise AssertionError(f"test tried to reach {address!r}: only loopback is allowed in-process")

    def connect(self: socket.socket, address: object) -> None:
        check(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        check(address)
        return real_connect_ex(self, address)

    def sendto(self: socket.socket, data: bytes, *args: object) -> int:
        check(args[-1])
        return real_sendto(self, data, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs, fix log, outbox and preferences go to a temporary folder, never the real user's."""
    home = tmp_path_factory.mktemp("selfdesk-home")
    monkeypatch.setenv("SELFDESK_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SELFDESK_POLICY", raising=False)
    i18n.set_language("en")


@pytest.fixture
def fake_system() -> type[FakeSystem]:
    return FakeSystem


@pytest.fixture
def no_surprises():
    """Collect FakeSystems and fail the test if any of them saw an unexpected command or probe."""
    made: list[FakeSystem] = []

    def make(*args: object, **kwargs: object) -> FakeSystem:
        system = FakeSystem(*args, **kwargs)  # type: ignore[arg-type]
        made.append(system)
        return system

    yield make
    surprises = [u for s in made for u in s.unexpected]
    assert not surprises, f"unexpected observations: {surprises}"


@pytest.fixture
def ctx():
    from desktop_app import policy
    from desktop_app.model import Context

    def make(platform: str = "linux", **sections: dict) -> Context:
        p = policy.defaults()
        for section, values in sections.items():
            p.values[section].update(values)
        return Context(policy=p, platform=platform)

    return make
