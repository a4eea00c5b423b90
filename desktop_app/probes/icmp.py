"""ping through the seam: the recorded command is what analyzers parse (desktop_app.parsers.ping)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.observations import CommandObs

if TYPE_CHECKING:
    from desktop_app.system import System


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
