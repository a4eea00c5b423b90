"""Download/upload speed with speedtest-cli (on demand only: it moves megabytes)."""

from __future__ import annotations

import json
import sys
from typing import Any

from desktop_app.diagnostics.network.common import setting
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import CommandObs, Observations
from desktop_app.system import System

TIMEOUT = 90.0


def speedtest_argv(system: System, ctx: Context) -> list[str]:
    base = ["speedtest-cli"] if system.which("speedtest-cli") else [sys.executable, "-m", "speedtest"]
    argv = [*base, "--json", "--secure"]
    mini = str(setting(ctx, "speedtest_url", "") or "")
    server = str(setting(ctx, "speedtest_server", "") or "")
    if mini:
        argv = [*base, "--json", "--mini", mini]  # a company-hosted server, from the admin policy only
    elif server.isdigit():
        argv += ["--server", server]
    return argv


def collect(system: System, ctx: Context) -> None:
    system.run(speedtest_argv(system, ctx), timeout=TIMEOUT)


def _speedtest(obs: Observations) -> CommandObs | None:
    found = obs.commands(where=lambda c: "--json" in c.argv and any("speedtest" in a for a in c.argv[:3]))
    return found[-1] if found else None


def analyze(obs: Observations, ctx: Context) -> Result | None:
    cmd = _speedtest(obs)
    if cmd is None:
        return None
    try:
        data: Any = json.loads(cmd.stdout) if cmd.stdout.strip() else None
    except json.JSONDecodeError:
        data = None
    if not isinstance(data, dict) or not isinstance(data.get("download"), (int, float)):
        detail = (cmd.error or cmd.stderr.strip().splitlines()[-1:] or [""])
        reason = detail if isinstance(detail, str) else (detail[0] if detail else "")
        return Result("throughput", Status.ERROR, "", tr("The speed test could not run ({error}).", error=reason[:200] or "?"), {"returncode": cmd.returncode})
    server = data.get("server") if isinstance(data.get("server"), dict) else {}
    facts = {
        "download_mbps": round(float(data["download"]) / 1e6, 2),
        "upload_mbps": round(float(data.get("upload") or 0) / 1e6, 2),
        "ping_ms": data.get("ping"),
        "server": server.get("sponsor") or server.get("host"),
        "bytes_received": data.get("bytes_received"),
    }
    minimum = float(setting(ctx, "min_download_mbps", 5))
    if facts["download_mbps"] < minimum:
        facts["reason"] = "slow"
        return Result(
            "throughput",
            Status.WARNING,
            "",
            tr("Your connection is slow: {down} Mbit/s down, {up} Mbit/s up.", down=facts["download_mbps"], up=facts["upload_mbps"]),
            facts,
            advice=tr("Close large downloads or video streams; on Wi-Fi move closer to the router. If it stays slow, tell your internet provider."),
            help="slow-connection",
        )
    return Result("throughput", Status.OK, "", tr("Speed: {down} Mbit/s down, {up} Mbit/s up.", down=facts["download_mbps"], up=facts["upload_mbps"]), facts)
