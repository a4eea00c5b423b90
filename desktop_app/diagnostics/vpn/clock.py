"""Is the computer's clock right? Compared with the Date header of a trusted company web server.

A clock minutes off breaks certificate checks and Kerberos logins, which users see as "the VPN is broken".
The reference is read with certificate checking off on purpose: a wrong clock is exactly what makes a
certificate look invalid, and only the Date header is read.
"""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any

from desktop_app import probes
from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System


def reference_url(ctx: Context) -> str | None:
    url = str(ctx.policy.get("vpn", "clock_url") or "")
    if url:
        return url
    urls = ctx.policy.get("vpn", "intranet_urls")
    return str(urls[0]) if urls else None


def collect(system: System, ctx: Context) -> None:
    url = reference_url(ctx)
    if not url:
        return
    common.record_now(system, "vpn.clock.before")
    probes.http_check(system, url, timeout=5.0, method="HEAD", verify=False)


def skew_seconds(local_before: float, ms: float | None, date_header: str) -> float | None:
    """Local clock minus the server's, at the middle of the request (the header has 1 s resolution)."""
    try:
        server = parsedate_to_datetime(date_header).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    local = local_before + (float(ms or 0.0) / 2000.0)
    return local - server - 0.5  # the header truncates to the second: on average the server was 0.5 s later


def analyze(obs: Observations, ctx: Context) -> Result | None:
    url = reference_url(ctx)
    if not url:
        return None
    before = common.now_from(obs, "vpn.clock.before")
    value = obs.value("probe", f"http:{url}")
    if value is None or before is None:
        return None
    data = value.value if isinstance(value.value, dict) else {}
    facts: dict[str, Any] = {"reference": url, "date_header": data.get("date_header"), "skew_seconds": None,
                             "max_skew_seconds": ctx.policy.get("vpn", "max_clock_skew")}
    if not data.get("date_header"):
        facts["error"] = data.get("error") or value.error
        return Result("clock", Status.SKIPPED, "", tr("The clock could not be compared: the reference server did not answer."), facts)
    skew = skew_seconds(before, data.get("ms"), str(data["date_header"]))
    if skew is None:
        return Result("clock", Status.SKIPPED, "", tr("The clock could not be compared: unreadable server time."), facts)
    facts["skew_seconds"] = round(skew, 1)
    limit = float(ctx.policy.get("vpn", "max_clock_skew"))
    if abs(skew) <= limit:
        return Result("clock", Status.OK, "", tr("Your clock is right (within {seconds} s).", seconds=max(1, round(abs(skew)))), facts)
    minutes = max(1, round(abs(skew) / 60))
    summary = (tr_plural(minutes, N_("Your clock is {minutes} minute fast."), N_("Your clock is {minutes} minutes fast."), minutes=minutes)
               if skew > 0 else
               tr_plural(minutes, N_("Your clock is {minutes} minute slow."), N_("Your clock is {minutes} minutes slow."), minutes=minutes))
    return Result("clock", Status.FAILED, "", summary, facts, fixes=("vpn.clock_sync",),
                  advice=tr("A wrong clock breaks secure logins. Set the time automatically, or let SelfDesk sync it."),
                  help="clock-skew")
