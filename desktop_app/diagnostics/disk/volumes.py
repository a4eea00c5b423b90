"""The "disk" check: free space on every volume that matters (system, home folder, temp folder)."""

from __future__ import annotations

import math
import ntpath
import os
import posixpath
from collections.abc import Mapping
from typing import Any

from desktop_app.cleanup.categories import temp_dir
from desktop_app.diagnostics.disk.labels import format_bytes
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

GB = 1024**3
ROLES = ("system", "home", "temp")


def role_paths(platform: str) -> dict[str, str]:
    system_path = (os.environ.get("SYSTEMDRIVE") or "C:") + "\\" if platform == "windows" else "/"
    return {"system": system_path, "home": os.path.expanduser("~"), "temp": temp_dir()}


def _usage(path: str) -> dict[str, Any]:
    import psutil

    usage = psutil.disk_usage(path)
    return {
        "path": path,
        "device_id": os.stat(path).st_dev,
        "total": int(usage.total),
        "used": int(usage.used),
        "free": int(usage.free),
        "percent": float(usage.percent),
    }


def _partitions() -> list[dict[str, str]]:
    import psutil

    return [{"device": p.device, "mountpoint": p.mountpoint, "fstype": p.fstype} for p in psutil.disk_partitions(all=True)]


def collect(system: System, ctx: Context) -> None:
    system.psutil("disk_partitions", _partitions, timeout=5)
    for role, path in role_paths(ctx.platform).items():
        # One call per path with its own timeout: a hung network mount must not take the others with it.
        system.psutil(f"disk_usage:{role}", lambda p=path: _usage(p), timeout=5)


def mount_of(path: str, partitions: list[Mapping[str, Any]]) -> str | None:
    """The longest mount point containing ``path`` (pure; works on Windows paths on any OS)."""
    windows = "\\" in path or (len(path) > 1 and path[1] == ":")
    mod = ntpath if windows else posixpath
    norm = mod.normcase(mod.normpath(path))
    best: str | None = None
    for part in partitions:
        mount = part.get("mountpoint") if isinstance(part, Mapping) else None
        if not isinstance(mount, str) or not mount:
            continue
        m = mod.normcase(mod.normpath(mount))
        inside = norm == m or norm.startswith(m.rstrip(mod.sep) + mod.sep)
        if inside and (best is None or len(m) > len(mod.normcase(mod.normpath(best)))):
            best = mount
    return best


def _int(value: Any) -> int | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value >= 0
    return int(value) if ok else None


def judge(volume: Mapping[str, Any], policy: Any) -> Status:
    percent, free = volume.get("percent"), volume.get("free")
    if not isinstance(percent, (int, float)) or not isinstance(free, int):
        return Status.ERROR
    if percent >= float(policy.get("disk", "fail_percent")) or free < float(policy.get("disk", "fail_free_gb")) * GB:
        return Status.FAILED
    if percent >= float(policy.get("disk", "warn_percent")) or free < float(policy.get("disk", "warn_free_gb")) * GB:
        return Status.WARNING
    return Status.OK


def analyze(obs: Observations, ctx: Context) -> Result | None:
    usages = [v for v in obs.values("psutil", "disk_usage:")]
    if not usages:
        return None
    parts_obs = obs.value("psutil", "disk_partitions")
    partitions = parts_obs.value if parts_obs is not None and isinstance(parts_obs.value, list) else []
    volumes: list[dict[str, Any]] = []
    errors: list[str] = []
    by_key: dict[Any, dict[str, Any]] = {}
    for item in usages:
        role = item.name.split(":", 1)[1]
        value = item.value if isinstance(item.value, Mapping) else None
        if value is None:
            errors.append(f"{role}: {item.error or 'no value'}")
            continue
        path = str(value.get("path") or "")
        total, free = _int(value.get("total")), _int(value.get("free"))
        percent = value.get("percent")
        if total is None or free is None or _int(percent) is None or percent > 100:  # NaN, inf or garbage: unreadable
            errors.append(f"{role}: unreadable value")
            continue
        mount = mount_of(path, partitions) or path
        key = value.get("device_id") if isinstance(value.get("device_id"), int) else (mount, total)
        if key in by_key:
            by_key[key]["roles"].append(role)
            continue
        volume = {"mount": mount, "total": total, "free": free, "percent": round(float(percent), 1), "roles": [role]}
        fstype = next((p.get("fstype") for p in partitions if isinstance(p, Mapping) and p.get("mountpoint") == mount), None)
        if fstype:
            volume["fstype"] = fstype
        by_key[key] = volume
        volumes.append(volume)
    for volume in volumes:
        volume["status"] = judge(volume, ctx.policy).value
    facts: dict[str, Any] = {"volumes": volumes}
    if errors:
        facts["errors"] = errors
    if not volumes:
        return Result("disk", Status.ERROR, "", tr("The free space on your disks could not be measured."), facts)
    worst = max(volumes, key=lambda v: (Status(v["status"]).severity, v["percent"]))
    status = Status(worst["status"])
    free_text, mount = format_bytes(worst["free"]), worst["mount"]
    fixes: tuple[str, ...] = ()
    advice = ""
    if status == Status.OK:
        summary = tr("Enough free space: {free} left on {mount} ({percent}% used).", free=free_text, mount=mount, percent=round(worst["percent"]))
    else:
        if status == Status.FAILED:
            summary = tr("The disk {mount} is almost full: only {free} left ({percent}% used).", free=free_text, mount=mount, percent=round(worst["percent"]))
        else:
            summary = tr("The disk {mount} is filling up: {free} left ({percent}% used).", free=free_text, mount=mount, percent=round(worst["percent"]))
        advice = tr(
            "A full disk makes programs slow or stops them saving your work. The cleanup removes temporary files, "
            "caches and the trash safely; then move or delete large files you no longer need."
        )
        fixes = ("disk.cleanup", "disk.open_storage_settings") if ctx.platform in ("windows", "macos") else ("disk.cleanup",)
    return Result("disk", status, "", summary, facts, fixes=fixes, advice=advice, help="disk-full" if fixes else None)
