"""System summary: OS, version, uptime, last boot, battery, hostname, time zone and clock.

The first thing a technician asks, and the end-to-end proof of observe -> analyze -> present.
"""

from __future__ import annotations

import math
import platform
import socket
import time
from datetime import UTC, datetime
from typing import Any

from desktop_app.i18n import N_, tr
from desktop_app.model import Check, Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

LONG_UPTIME_DAYS = 14
LOW_BATTERY_PERCENT = 15


def _os_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "system": platform.system(),
        "release": platform.release(),
        "version": platform.version(),
        "machine": platform.machine(),
    }
    if info["system"] == "Linux":
        try:
            info["pretty"] = platform.freedesktop_os_release().get("PRETTY_NAME", "")
        except OSError:
            info["pretty"] = ""
    elif info["system"] == "Darwin":
        info["pretty"] = f"macOS {platform.mac_ver()[0]}".strip()
    elif info["system"] == "Windows":
        release, version, _, _ = platform.win32_ver()
        info["pretty"] = f"Windows {release} ({version}) {platform.win32_edition() or ''}".strip()
    return info


def _clock() -> dict[str, Any]:
    now = datetime.now().astimezone()
    offset = now.utcoffset()
    return {
        "epoch": time.time(),
        "utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "timezone": now.tzname() or "",
        "utc_offset_minutes": int(offset.total_seconds() // 60) if offset is not None else None,
    }


def _battery() -> dict[str, Any] | None:
    import psutil

    battery = psutil.sensors_battery()
    if battery is None:
        return None
    secs = battery.secsleft if isinstance(battery.secsleft, int) and battery.secsleft >= 0 else None
    plugged = battery.power_plugged if isinstance(battery.power_plugged, bool) else None  # None: psutil cannot tell
    return {"percent": round(float(battery.percent), 1), "plugged": plugged, "seconds_left": secs}


def collect(system: System, ctx: Context) -> None:
    import psutil

    system.observe("probe", "os", _os_info)
    system.observe("probe", "hostname", socket.gethostname)
    system.observe("probe", "clock", _clock)
    system.psutil("boot_time", psutil.boot_time)
    system.psutil("sensors_battery", _battery)


def analyze(obs: Observations, ctx: Context) -> Result | None:
    os_obs, clock_obs, boot_obs = obs.value("probe", "os"), obs.value("probe", "clock"), obs.value("psutil", "boot_time")
    if os_obs is None and clock_obs is None and boot_obs is None:
        return None
    facts: dict[str, Any] = {}
    os_info = os_obs.value if os_obs is not None and isinstance(os_obs.value, dict) else {}
    facts["os"] = os_info.get("pretty") or " ".join(str(os_info.get(k, "")) for k in ("system", "release")).strip() or None
    facts["os_version"] = os_info.get("version")
    host = obs.value("probe", "hostname")
    facts["hostname"] = host.value if host is not None and isinstance(host.value, str) else None
    clock = clock_obs.value if clock_obs is not None and isinstance(clock_obs.value, dict) else {}
    facts["clock_utc"] = clock.get("utc")
    facts["timezone"] = clock.get("timezone")
    facts["utc_offset_minutes"] = clock.get("utc_offset_minutes")
    boot = _timestamp(boot_obs.value if boot_obs is not None else None)
    now = _timestamp(clock.get("epoch"))
    uptime = None
    if boot is not None:
        facts["last_boot"] = datetime.fromtimestamp(boot, UTC).isoformat(timespec="seconds")
        if now is not None:
            uptime = max(0, int(now - boot))
    facts["uptime_seconds"] = uptime
    battery_obs = obs.value("psutil", "sensors_battery")
    battery = battery_obs.value if battery_obs is not None and isinstance(battery_obs.value, dict) else None
    facts["battery"] = battery

    notes: list[str] = []
    status = Status.OK
    if uptime is not None and uptime > LONG_UPTIME_DAYS * 86400:
        status = Status.WARNING
        notes.append(tr("Your computer has not restarted for {days} days. Restarting fixes many problems.", days=uptime // 86400))
    percent = _number(battery.get("percent")) if battery else None
    # 0 % is an empty battery, not a missing reading: only an absent or garbage value is unknown
    if battery and battery.get("plugged") is False and percent is not None and percent < LOW_BATTERY_PERCENT:
        status = Status.WARNING
        notes.append(tr("The battery is at {percent}%. Plug in the charger.", percent=round(percent)))
    summary = tr("{os}, up for {uptime}.", os=facts["os"] or tr("Unknown system"), uptime=format_duration(uptime))
    return Result("system", status, "", summary, facts, advice=" ".join(notes), help="system-restart" if notes else None)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _timestamp(value: Any) -> float | None:
    """A POSIX time that can be shown as a date (a recording may hold anything)."""
    number = _number(value)
    return number if number is not None and 0 <= number < 32_503_680_000 else None  # before year 3000


def format_duration(seconds: int | None) -> str:
    if seconds is None:
        return tr("an unknown time")
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return tr("{days} d {hours} h", days=days, hours=hours)
    if hours:
        return tr("{hours} h {minutes} min", hours=hours, minutes=rest // 60)
    return tr("{minutes} min", minutes=rest // 60)


CHECKS = (
    Check(
        id="system",
        area="system",
        title=N_("Your computer"),
        collect=collect,
        analyze=analyze,
        timeout=10,
    ),
)
