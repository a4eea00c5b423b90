"""The "storage" check: what could be reclaimed, per category, and the largest folders in the home folder.

The walking happens in collect, inside the seam (one ``probe`` observation per category, all sharing one time
budget), so analyze only reads recorded sizes and replays anywhere.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import Any

from desktop_app.cleanup import categories as cats
from desktop_app.cleanup.categories import SAFE_DEFAULT
from desktop_app.cleanup.scan import top_folders
from desktop_app.cleanup.sizing import size_category
from desktop_app.diagnostics.disk.labels import category_label, format_bytes
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

MAX_BUDGET = 20.0  # the check's own timeout leaves room above this
ORDER = ("temp", "trash", "caches", "os_updates", "downloads")


def budget(ctx: Context) -> float:
    return min(MAX_BUDGET, max(0.5, float(ctx.policy.get("disk", "scan_budget_seconds"))))


def collect(system: System, ctx: Context) -> None:
    deadline = time.monotonic() + budget(ctx)
    where = cats.environment(ctx.platform)
    days = int(ctx.policy.get("disk", "downloads_age_days"))
    temp_days = float(ctx.policy.get("disk", "temp_min_age_hours")) / 24
    for cat in cats.categories(ctx.platform, where, days, temp_days):
        remaining = max(0.0, deadline - time.monotonic())
        if cat.api == "recycle_bin":
            from desktop_app.cleanup.trash import recycle_bin_size

            system.probe("storage.trash", lambda: {"id": "trash", "deletable": True, **recycle_bin_size()}, timeout=5)
            continue
        system.probe(f"storage.{cat.id}", lambda c=cat: size_category(c, deadline, home=where["home"]), timeout=remaining + 3)
    limit = int(ctx.policy.get("disk", "top_folders"))
    remaining = max(0.0, deadline - time.monotonic())
    home = where["home"]

    def biggest() -> dict[str, Any]:
        folders, partial = top_folders(home, max(deadline, time.monotonic() + 0.2), limit)
        return {"home": home if isinstance(home, str) else os.fsdecode(home), "folders": folders, "partial": partial}

    system.probe("storage.top_folders", biggest, timeout=remaining + 3)


def _cat(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, Mapping):
        return None
    size = value.get("bytes")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None
    return dict(value)


def analyze(obs: Observations, ctx: Context) -> Result | None:
    found = {o.name.split(".", 1)[1]: o for o in obs.values("probe", "storage.")}
    if not found:
        return None
    categories: list[dict[str, Any]] = []
    errors: list[str] = []
    for cat_id in [*ORDER, *sorted(k for k in found if k not in ORDER and k != "top_folders")]:
        item = found.get(cat_id)
        if item is None:
            continue
        value = _cat(item.value)
        if value is None:
            errors.append(f"{cat_id}: {item.error or 'no value'}")
            categories.append({"id": cat_id, "bytes": None, "partial": True, "deletable": cat_id in SAFE_DEFAULT})
            continue
        entry = {
            "id": cat_id,
            "bytes": value["bytes"],
            "files": value.get("files"),
            "partial": bool(value.get("partial")),
            "deletable": bool(value.get("deletable", cat_id in SAFE_DEFAULT)),
            "admin": bool(value.get("admin")),
        }
        for key in ("apps", "roots", "denied", "min_age_days"):
            if key in value:
                entry[key] = value[key]
        categories.append(entry)
    top = found.get("top_folders")
    top_value = top.value if top is not None and isinstance(top.value, Mapping) else {}
    raw_folders = top_value.get("folders")
    folders = [
        dict(f)
        for f in (raw_folders if isinstance(raw_folders, list) else [])
        if isinstance(f, Mapping) and isinstance(f.get("bytes"), int) and not isinstance(f.get("bytes"), bool)
    ]
    partial = any(c.get("partial") for c in categories) or bool(top_value.get("partial"))
    safe = sum(c["bytes"] for c in categories if c["id"] in SAFE_DEFAULT and c.get("deletable") and isinstance(c["bytes"], int))
    facts: dict[str, Any] = {
        "categories": categories,
        "reclaimable_bytes": safe,
        "top_folders": folders,
        "partial": partial,
    }
    if errors:
        facts["errors"] = errors
    if all(c["bytes"] is None for c in categories) and not folders:
        return Result("storage", Status.ERROR, "", tr("What takes up space could not be measured."), facts)
    parts = [f"{category_label(c['id'])}: {format_bytes(c['bytes'])}" for c in categories if c["id"] in SAFE_DEFAULT and c["bytes"]]
    if safe:
        summary = tr("{size} can be freed safely ({details}).", size=format_bytes(safe), details=", ".join(parts))
    else:
        summary = tr("Nothing much to clean up: temporary files, caches and the trash are small.")
    notes: list[str] = []
    downloads = next((c for c in categories if c["id"] == "downloads" and c["bytes"]), None)
    if downloads and downloads["bytes"] >= 100 * 1024**2:
        notes.append(
            tr(
                "Your Downloads folder holds {size} of files older than {days} days: check whether you still need them.",
                size=format_bytes(downloads["bytes"]),
                days=_days(downloads.get("min_age_days"), ctx),
            )
        )
    if folders:
        biggest = folders[0]
        notes.append(tr("Your largest folder is {folder} ({size}).", folder=_name(str(biggest.get("path", ""))), size=format_bytes(biggest["bytes"])))
    if partial:
        notes.append(tr("Some folders were too large to measure in time, so these figures are a minimum."))
    fixes = ("disk.cleanup",) if safe else ()
    return Result("storage", Status.OK, "", summary, facts, fixes=fixes, advice=" ".join(notes), help="disk-cleanup" if safe else None)


def _days(value: Any, ctx: Context) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 100_000:
        return int(value)
    return int(ctx.policy.get("disk", "downloads_age_days"))


def _name(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or path
