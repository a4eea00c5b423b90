"""Helpers shared by the network checks: policy targets, concurrent probes, tolerant parser access."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from desktop_app.model import Context
from desktop_app.observations import CommandObs
from desktop_app.system import System


def setting(ctx: Context, key: str, default: Any = None) -> Any:
    try:
        return ctx.policy.get("network", key)
    except KeyError:
        return default


def probe_timeout(ctx: Context) -> float:
    try:
        return max(0.2, float(setting(ctx, "probe_timeout", 3.0)))
    except (TypeError, ValueError):
        return 3.0


def check_urls(ctx: Context) -> list[dict[str, Any]]:
    out = []
    for item in setting(ctx, "check_urls", []) or []:
        if isinstance(item, Mapping) and item.get("url"):
            out.append({"url": str(item["url"]), "status": int(item.get("status") or 200), "body": str(item.get("body") or "")})
        elif isinstance(item, str) and item:
            out.append({"url": item, "status": 200, "body": ""})
    return out


def internet_ips(ctx: Context) -> list[tuple[str, int]]:
    """Policy ``internet_ips`` ("1.1.1.1:443", "[2606:4700::1111]:443") as (address, port). Only IP literals:
    the point of these probes is to need no name lookup."""
    out: list[tuple[str, int]] = []
    for item in setting(ctx, "internet_ips", []) or []:
        text = str(item).strip()
        host, _, port = text.rpartition(":")
        host = host.strip("[]")
        if not host or not port.isdigit() or not is_ip(host) or not 0 < int(port) < 65536:
            continue
        if (host, int(port)) not in out:
            out.append((host, int(port)))
    return out


def quality_target(ctx: Context) -> str:
    target = str(setting(ctx, "quality_target", "") or "")
    if target:
        return target
    urls = check_urls(ctx)
    return (urlsplit(urls[0]["url"]).hostname or "") if urls else ""


def is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("%")[0])
    except ValueError:
        return False
    return True


def parallel(system: System, check_id: str, jobs: Iterable[Callable[[], Any]]) -> list[Any]:
    """Run probes concurrently so a check costs its slowest probe, not their sum. Worker threads are bound
    to the check so the seam tags their observations for it."""
    tasks = list(jobs)
    if not tasks:
        return []

    def bound(job: Callable[[], Any]) -> Any:
        with system.bound_to(check_id):
            return job()

    with ThreadPoolExecutor(max_workers=min(8, len(tasks)), thread_name_prefix=f"probe-{check_id}") as pool:
        return list(pool.map(bound, tasks))


def as_dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def as_list(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def strip_prefix(address: Any) -> str:
    return str(address).split("/")[0].strip()


def record_of(cmd: CommandObs) -> dict[str, Any]:
    """A command observation as a record, to reuse what collect just saw (e.g. the gateway to ping)."""
    return {"kind": "command", "argv": list(cmd.argv), "returncode": cmd.returncode, "stdout": cmd.stdout, "stderr": cmd.stderr, "error": cmd.error}
