"""Disk fixes: a cleanup that cannot hurt, and a shortcut to the OS's own storage settings.

The cleanup only empties the allow-listed folders of desktop_app/cleanup/categories.py, one step per chosen
category (``ctx.params["categories"]``; default: temp, caches, trash). Report-only categories (Downloads,
system update leftovers) are never deleted. Each step runs through the seam as a recorded probe, so the fix
log and bundles show exactly what went and what was skipped.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

from desktop_app.cleanup import categories as cats
from desktop_app.cleanup.delete import CleanReport, clean
from desktop_app.cleanup.scan import expand, size_tree
from desktop_app.cleanup.sizing import owner_filter, roots_of
from desktop_app.cleanup.trash import FINDER_EMPTY_TRASH
from desktop_app.diagnostics.disk.labels import category_label, format_bytes
from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Fix, Step
from desktop_app.system import System, current_platform

CLEAN_SECONDS = 300.0  # a cleanup of a huge cache stops here and says it was partial
STEP_TITLES = {
    "temp": N_("Delete temporary files older than a day"),
    "caches": N_("Empty the app and browser caches (not your bookmarks, passwords or history)"),
    "trash": N_("Empty the trash"),
}


def chosen_categories(ctx: Context) -> list[str]:
    """The user's pick, limited to deletable categories, in a fixed order; unknown names are ignored."""
    wanted = ctx.params.get("categories") if isinstance(ctx.params, Mapping) else None
    if isinstance(wanted, str):
        wanted = [w.strip() for w in wanted.split(",")]
    if not isinstance(wanted, (list, tuple)) or not wanted:
        wanted = list(cats.SAFE_DEFAULT)
    return [c for c in cats.SAFE_DEFAULT if c in wanted]


def _category(ctx: Context, cat_id: str) -> cats.Category:
    where = cats.environment(ctx.platform)
    found = cats.by_id(
        cats.categories(
            ctx.platform,
            where,
            int(ctx.policy.get("disk", "downloads_age_days")),
            float(ctx.policy.get("disk", "temp_min_age_hours")) / 24,
        )
    )
    return found[cat_id]


def _clean_roots(roots: Sequence[str], cat: cats.Category, dry_run: bool) -> CleanReport:
    deadline = time.monotonic() + CLEAN_SECONDS
    total = CleanReport()
    home = cats.environment(current_platform())["home"]
    for root in roots:
        if cats.protected(root, home) or cats.shared_system_folder_as_root(root):
            total.skip(root, "protected folder")
            continue
        report = clean(root, min_age_seconds=cat.min_age_days * 86400, dry_run=dry_run, deadline=deadline, owner=owner_filter(cat))
        if report.refused:
            total.skip(root, report.refused)
        total.add(report)
    return total


def _linux_trash(cat: cats.Category, dry_run: bool) -> CleanReport:
    """freedesktop.org trash: delete files/, then the info/ records whose file is gone."""
    files_root, info_root = cat.patterns
    report = _clean_roots([files_root], cat, dry_run) if os.path.isdir(files_root) else CleanReport()
    try:
        names = os.listdir(os.fsencode(info_root))
    except OSError:
        return report
    for name in names:
        if not name.endswith(b".trashinfo"):
            continue
        original = os.path.join(os.fsencode(files_root), name[: -len(b".trashinfo")])
        if os.path.lexists(original) and not dry_run:
            continue  # its file was skipped: keep the record so it can still be restored
        path = os.path.join(os.fsencode(info_root), name)
        try:
            st = os.lstat(path)
            if not dry_run:
                os.unlink(path)
            report.freed += st.st_size
        except FileNotFoundError:
            continue
        except OSError as exc:
            report.skip(path, exc.strerror or "error")
    return report


def _trash(system: System, ctx: Context, cat: cats.Category, dry_run: bool) -> CleanReport:
    if ctx.platform == "windows":
        from desktop_app.cleanup import trash

        report = CleanReport()
        size = trash.recycle_bin_size()
        report.freed, report.files = size["bytes"], size["files"]
        if not dry_run:
            trash.empty_recycle_bin()
        return report
    if ctx.platform == "macos":
        root = cat.patterns[0]
        before = size_tree(root, time.monotonic() + 30)
        if system.which("osascript"):
            if dry_run:
                return CleanReport(freed=before.bytes, files=before.files)
            # Finder knows locked items and the trash of other volumes; ~/.Trash is only the fallback.
            result = system.run(list(FINDER_EMPTY_TRASH), 120)
            if result.ok:
                return CleanReport(freed=before.bytes, files=before.files)
        return _clean_roots([root], cat, dry_run)
    return _linux_trash(cat, dry_run)


def clean_action(cat_id: str, system: System, ctx: Context, dry_run: bool) -> Mapping[str, Any]:
    cat = _category(ctx, cat_id)

    def work() -> dict[str, Any]:
        if cat.id == "trash":
            report = _trash(system, ctx, cat, dry_run)
        else:
            report = _clean_roots(roots_of(cat) + [r for ps in cat.apps.values() for p in ps for r in expand(p)], cat, dry_run)
        return report.to_json()

    obs = system.observe("probe", f"cleanup.{cat_id}" + (".preview" if dry_run else ""), work, timeout=CLEAN_SECONDS + 30)
    value = obs.value if isinstance(obs.value, Mapping) else None
    if value is None:
        return {"category": category_label(cat_id), "error": obs.error or "no result"}
    details: dict[str, Any] = {
        "category": category_label(cat_id),
        ("would_free" if dry_run else "freed"): format_bytes(value.get("freed")),
        "files": value.get("files", 0),
    }
    if value.get("skipped_count"):
        details["skipped"] = tr("{count} items left in place (in use, read-only or protected)", count=value["skipped_count"])
        details["skipped_items"] = [f"{s['path']} ({s['reason']})" for s in value.get("skipped", [])[:5]]
    if value.get("partial"):
        details["partial"] = tr("Stopped before the end: run the cleanup again to continue.")
    details["freed_bytes"] = int(value.get("freed") or 0)
    return details


def cleanup_plan(ctx: Context) -> list[Step]:
    return [Step(description=STEP_TITLES[c], action=partial(clean_action, c), timeout=CLEAN_SECONDS + 60) for c in chosen_categories(ctx)]


def storage_settings_plan(ctx: Context) -> list[Step]:
    if ctx.platform == "windows":
        # explorer.exe returns 1 even when it opened the page.
        return [Step(N_("Open the storage settings"), argv=("explorer", "ms-settings:storagesense"), check_returncode=False, timeout=15)]
    if ctx.platform == "macos":
        return [Step(N_("Open the storage settings"), argv=("open", "x-apple.systempreferences:com.apple.settings.Storage"), timeout=15)]
    return []


FIXES: tuple[Fix, ...] = (
    Fix(
        id="disk.cleanup",
        area="disk",
        title=N_("Free up disk space"),
        changes=N_(
            "Deletes temporary files, app and browser caches and empties the trash. Your documents, downloads, "
            "bookmarks, passwords and browsing history are not touched; files in use or read-only are left alone."
        ),
        plan=cleanup_plan,
        verify=("disk",),
    ),
    Fix(
        id="disk.open_storage_settings",
        area="disk",
        title=N_("Open the storage settings"),
        changes=N_("Opens your computer's Storage settings so you can see what takes up space. Nothing is changed."),
        plan=storage_settings_plan,
        platforms=frozenset({"windows", "macos"}),
        verify=("disk",),
    ),
)
