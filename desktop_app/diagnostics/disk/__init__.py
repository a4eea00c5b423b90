"""Disk checks: free space per volume ("disk") and what can be reclaimed ("storage"), plus the verdict."""

from __future__ import annotations

from collections.abc import Mapping

from desktop_app.diagnostics.disk import storage, volumes
from desktop_app.diagnostics.disk.labels import format_bytes
from desktop_app.i18n import N_, tr
from desktop_app.model import Check, Context, Result, Status, Verdict


def conclude(results: Mapping[str, Result], ctx: Context) -> Result | None:
    disk = results.get("disk")
    if disk is None:
        return None
    store = results.get("storage")
    reclaimable = store.facts.get("reclaimable_bytes") if store is not None else None
    if disk.status == Status.OK:
        return Result("verdict.disk", Status.OK, "", tr("There is enough free space on your disks."))
    if disk.status not in (Status.WARNING, Status.FAILED):
        return Result("verdict.disk", disk.status, "", disk.summary)
    facts = {"reclaimable_bytes": reclaimable}
    if isinstance(reclaimable, int) and reclaimable >= _worthwhile(disk):
        summary = tr("Your disk is running out of space. The cleanup can safely free {size}.", size=format_bytes(reclaimable))
        return Result("verdict.disk", disk.status, "", summary, facts, fixes=("disk.cleanup",), help="disk-cleanup")
    summary = tr("Your disk is running out of space, and there is little to clean automatically: move or delete large files you no longer need.")
    return Result("verdict.disk", disk.status, "", summary, facts, help="disk-full")


def _worthwhile(disk: Result) -> int:
    """Enough to matter: 50 MB, or 5 % of the smallest struggling volume (small disks, test images)."""
    sizes = [
        v["total"]
        for v in disk.facts.get("volumes") or []
        if isinstance(v, Mapping) and v.get("status") in ("warning", "failed") and isinstance(v.get("total"), int)
    ]
    return min([50 * 1024**2, *(s // 20 for s in sizes)])


CHECKS: tuple[Check, ...] = (
    Check(
        id="disk",
        area="disk",
        title=N_("Free disk space"),
        collect=volumes.collect,
        analyze=volumes.analyze,
        timeout=15,
        monitor=True,
        fixes=("disk.cleanup", "disk.open_storage_settings"),
    ),
    Check(
        id="storage",
        area="disk",
        title=N_("What takes up space"),
        collect=storage.collect,
        analyze=storage.analyze,
        timeout=storage.MAX_BUDGET + 10,
        fixes=("disk.cleanup",),
    ),
    Check(
        id="storage.folders",
        area="disk",
        title=N_("Largest folders"),
        collect=storage.collect_folders,
        analyze=storage.analyze_folders,
        timeout=storage.MAX_BUDGET + 10,
    ),
)
VERDICTS: tuple[Verdict, ...] = (
    Verdict(id="verdict.disk", area="disk", title=N_("Disk space"), depends=("disk", "storage"), conclude=conclude),
)
