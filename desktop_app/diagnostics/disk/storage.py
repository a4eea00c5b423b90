"""What takes up space, as two checks so the first answer comes early:

- "storage": what could be reclaimed, per category (temp, trash, caches, and the report-only Downloads and
  system update leftovers). Small, allow-listed folders: this answers first.
- "storage.folders": the largest folders in the home folder, bounded by the scan budget; folders the budget
  did not reach are listed as not measured and the answer says it is partial.

The walking happens in collect, inside the seam (one ``probe`` observation per category, the top folders in
another), so analyze only reads recorded sizes and replays anywhere.
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
from desktop_app.i18n import tr, tr_label
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

MAX_BUDGET = 20.0  # the checks' own timeouts leave room above this
ORDER = ("temp", "trash", "caches", "os_updates", "downloads")
FOLDERS_PROBE = "storage.top_folders"
SHOWN_FOLDERS = 3  # named in the summary; the facts carry them all


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


def collect_folders(system: System, ctx: Context) -> None:
    deadline = time.monotonic() + budget(ctx)
    home = cats.environment(ctx.platform)["home"]
    limit = int(ctx.policy.get("disk", "top_folders"))

    def biggest() -> dict[str, Any]:
        folders, partial = top_folders(home, deadline, limit)
        return {"home": home if isinstance(home, str) else os.fsdecode(home), "folders": folders, "partial": partial}

    system.probe(FOLDERS_PROBE, biggest, timeout=budget(ctx) + 3)


def _cat(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, Mapping):
        return None
    size = value.get("bytes")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        return None
    return dict(value)


def analyze(obs: Observations, ctx: Context) -> Result | None:
    found = {o.name.split(".", 1)[1]: o for o in obs.values("probe", "storage.") if o.name != FOLDERS_PROBE}
    if not found:
        return None
    categories: list[dict[str, Any]] = []
    errors: list[str] = []
    for cat_id in [*ORDER, *sorted(k for k in found if k not in ORDER)]:
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
    partial = any(c.get("partial") for c in categories)
    safe = sum(c["bytes"] for c in categories if c["id"] in SAFE_DEFAULT and c.get("deletable") and isinstance(c["bytes"], int))
    facts: dict[str, Any] = {"categories": categories, "reclaimable_bytes": safe, "partial": partial}
    if errors:
        facts["errors"] = errors
    if all(c["bytes"] is None for c in categories):
        return Result("storage", Status.ERROR, "", tr("What takes up space could not be measured."), facts)
    parts = [tr_label(category_label(c["id"]), format_bytes(c["bytes"])) for c in categories if c["id"] in SAFE_DEFAULT and c["bytes"]]
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
    if partial:
        notes.append(tr("Some folders were too large to measure in time, so these figures are a minimum."))
    fixes = ("disk.cleanup",) if safe else ()
    return Result("storage", Status.OK, "", summary, facts, fixes=fixes, advice=" ".join(notes), help="disk-cleanup" if safe else None)


def analyze_folders(obs: Observations, ctx: Context) -> Result | None:
    """The largest folders in the home folder; those not reached in time are named as not measured."""
    top = obs.value("probe", FOLDERS_PROBE)
    if top is None:
        return None
    value = top.value if isinstance(top.value, Mapping) else {}
    raw = value.get("folders") if isinstance(value.get("folders"), list) else []
    folders: list[dict[str, Any]] = []
    for f in raw:
        if not isinstance(f, Mapping) or not isinstance(f.get("path"), str):
            continue
        size = f.get("bytes")
        if size is not None and (not isinstance(size, int) or isinstance(size, bool) or size < 0):
            continue
        folders.append({"path": f["path"], "bytes": size, "files": f.get("files") if isinstance(f.get("files"), int) else None,
                        "partial": bool(f.get("partial")) or size is None, "measured": size is not None})
    measured = [f for f in folders if f["measured"]]
    unmeasured = [f for f in folders if not f["measured"]]
    partial = bool(value.get("partial")) or bool(unmeasured) or any(f["partial"] for f in measured)
    facts: dict[str, Any] = {"home": value.get("home") if isinstance(value.get("home"), str) else None,
                             "top_folders": folders, "partial": partial}
    if not folders:
        if top.error:
            return Result("storage.folders", Status.ERROR, "", tr("The folders in your home folder could not be measured."), facts)
        return Result("storage.folders", Status.OK, "", tr("Your home folder has no sub-folders to measure."), facts)
    named = [tr("{folder} ({size})", folder=_name(f["path"]), size=format_bytes(f["bytes"]) if not f["partial"]
                else tr("at least {size}", size=format_bytes(f["bytes"]))) for f in measured[:SHOWN_FOLDERS]]
    summary = tr("Your largest folders: {folders}.", folders=", ".join(named)) if named else tr("No folder could be measured in time.")
    notes = []
    if unmeasured:
        notes.append(tr("Not measured in time: {folders}.", folders=", ".join(_name(f["path"]) for f in unmeasured[:8])
                        + (" …" if len(unmeasured) > 8 else "")))
    if partial:
        notes.append(tr("The home folder is too large to measure completely within {seconds} seconds, so this is a partial answer.",
                        seconds=f"{budget(ctx):g}"))
    return Result("storage.folders", Status.OK, "", summary, facts, advice=" ".join(notes))


def _days(value: Any, ctx: Context) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value < 100_000:
        return int(value)
    return int(ctx.policy.get("disk", "downloads_age_days"))


def _name(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or path
