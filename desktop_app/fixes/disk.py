"""Disk fixes: a cleanup that cannot hurt, and a shortcut to the OS's own storage settings.

The cleanup only empties the allow-listed folders of desktop_app/cleanup/categories.py, one step per chosen
category (``ctx.params["categories"]``; default: temp, caches, trash). Report-only categories (Downloads,
system update leftovers) are never deleted: they are measured and shown so the user can review them, and a
request to clean them is answered with why not. Each step runs through the seam as a recorded probe, so the
fix log and bundles show exactly what went and what was skipped.

Every step's details carry ``items``: ``{category, title, bytes, files, selectable, text}`` per category (a dry
run: what would go; a real run: what went, with ``freed_bytes``), so a dialog can offer one checkbox per
category with its size, and say "freed X GB" afterwards.
"""

from __future__ import annotations

import os
import stat
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
from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.model import Context, Fix, Step
from desktop_app.system import System, current_platform

CLEAN_SECONDS = 300.0  # a cleanup of a huge cache stops here and says it was partial
STEP_TITLES = {
    "temp": N_("Delete temporary files older than a day"),
    "caches": N_("Empty the app and browser caches (not your bookmarks, passwords or history)"),
    "trash": N_("Empty the trash"),
}


# Why an item was left in place, as desktop_app/cleanup writes it (English data); shown in the reader's language.
SKIP_REASONS = (
    N_("in use"), N_("locked or protected"), N_("read-only"), N_("read-only disk"), N_("another disk"),
    N_("changed during cleanup"), N_("not a real folder"), N_("protected folder"),
)


def skip_reason(reason: str) -> str:
    """A cleanup skip reason in the reader's language (the OS's own error text is shown as it is)."""
    return tr(reason) if reason in SKIP_REASONS else reason


REPORT_ONLY = ("downloads", "os_updates")
NEVER_DELETED = {
    "downloads": N_("Downloads are never deleted automatically: review them yourself in your Downloads folder."),
    "os_updates": N_("Leftover system update files need administrator rights: ask IT or use the system's own storage cleanup."),
}


def requested(ctx: Context) -> list[str] | None:
    """The categories the user asked for (None: nothing asked, the safe default applies)."""
    wanted = ctx.params.get("categories") if isinstance(ctx.params, Mapping) else None
    if isinstance(wanted, str):
        wanted = [w.strip() for w in wanted.split(",")]
    if not isinstance(wanted, (list, tuple)) or not [w for w in wanted if str(w).strip()]:
        return None
    return [str(w).strip() for w in wanted if str(w).strip()]


def chosen_categories(ctx: Context) -> list[str]:
    """The user's pick, limited to deletable categories, in a fixed order."""
    wanted = requested(ctx)
    return [c for c in cats.SAFE_DEFAULT if c in (wanted if wanted is not None else cats.SAFE_DEFAULT)]


def refused_categories(ctx: Context) -> tuple[list[str], list[str]]:
    """(report-only categories asked for, names that are no category at all)."""
    wanted = requested(ctx) or []
    return [w for w in wanted if w in REPORT_ONLY], [w for w in wanted if w not in cats.SAFE_DEFAULT and w not in REPORT_ONLY]


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


def _trash_pairs(cat: cats.Category) -> list[tuple[str, str]]:
    """(files, info) of every freedesktop.org trash: the home trash, then each volume's $topdir trash."""
    return list(zip(cat.patterns[0::2], cat.patterns[1::2], strict=False))


def _linux_trash(system: System, cat: cats.Category, dry_run: bool) -> CleanReport:
    """The desktop's own trash service first (``gio trash --empty``: it also knows other volumes' trash); what it
    left behind is emptied by hand, following the freedesktop.org trash specification."""
    pairs = _trash_pairs(cat)
    if dry_run or not system.which("gio"):
        return _manual_trash(pairs, cat, dry_run)
    before = _manual_trash(pairs, cat, dry_run=True)
    if not (before.files or before.freed or before.links):
        return before  # nothing in any trash: no need to ask the desktop
    system.run(["gio", "trash", "--empty"], 120)
    # gio exits 0 even when it could not empty anything (no trash backend running): measure, never trust.
    left = _manual_trash(pairs, cat, dry_run=True)
    report = _manual_trash(pairs, cat, dry_run=False) if left.files or left.freed else CleanReport()
    gone = CleanReport(freed=max(0, before.freed - left.freed), files=max(0, before.files - left.files))
    gone.add(report)
    gone.method = "gio" if not (left.files or left.freed) else ("gio, then by hand" if left.freed < before.freed else "by hand")
    return gone


def _manual_trash(pairs: list[tuple[str, str]], cat: cats.Category, dry_run: bool) -> CleanReport:
    report = CleanReport(method="by hand")
    for files_root, info_root in pairs:
        report.add(_one_trash(files_root, info_root, cat, dry_run))
    return report


def _one_trash(files_root: str, info_root: str, cat: cats.Category, dry_run: bool) -> CleanReport:
    """One trash: delete files/, then the info/ records whose file is gone."""
    report = _clean_roots([files_root], cat, dry_run) if os.path.isdir(files_root) else CleanReport()
    if not _real_folder(info_root):
        return report  # a link in place of info/ is never followed (its target may hold anything)
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


def _real_folder(path: str) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


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
    return _linux_trash(system, cat, dry_run)


def _item(cat_id: str, size: int, files: int, *, selectable: bool, done: bool = False, note: str = "") -> dict[str, Any]:
    title = category_label(cat_id)
    if done:
        text = tr_plural(files, N_("{title}: {size} freed ({files} file)"), N_("{title}: {size} freed ({files} files)"),
                         title=title, size=format_bytes(size), files=files)
    else:
        text = tr_plural(files, N_("{title}: {size} ({files} file)"), N_("{title}: {size} ({files} files)"),
                         title=title, size=format_bytes(size), files=files)
    item: dict[str, Any] = {"category": cat_id, "title": title, "bytes": size, "files": files, "selectable": selectable,
                            "text": text + (" — " + note if note else "")}
    if done:
        item["freed_bytes"] = size
    if note:
        item["note"] = note
    return item


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
    freed, files = int(value.get("freed") or 0), int(value.get("files") or 0)
    details: dict[str, Any] = {
        "category": category_label(cat_id),
        ("would_free" if dry_run else "freed"): format_bytes(freed),
        "files": files,
    }
    if value.get("method"):
        details["method"] = value["method"]
    if value.get("skipped_count"):
        details["skipped"] = tr_plural(value["skipped_count"], N_("{count} item left in place (in use, read-only or protected)"),
                                       N_("{count} items left in place (in use, read-only or protected)"), count=value["skipped_count"])
        details["skipped_items"] = [f"{s['path']} ({skip_reason(str(s['reason']))})" for s in value.get("skipped", [])[:5]]
    if value.get("partial"):
        details["partial"] = tr("Stopped before the end: run the cleanup again to continue.")
    details["freed_bytes"] = freed
    details["items"] = [_item(cat_id, freed, files, selectable=True, done=not dry_run)]
    return details


def report_only_action(cat_ids: Sequence[str], system: System, ctx: Context, dry_run: bool) -> Mapping[str, Any]:
    """Measure what the user may want to review (nothing is deleted, dry run or not)."""
    from desktop_app.cleanup.sizing import size_category

    deadline = time.monotonic() + float(ctx.policy.get("disk", "scan_budget_seconds"))
    items = []
    for cat_id in cat_ids:
        cat = _category(ctx, cat_id)
        obs = system.observe("probe", f"cleanup.{cat_id}.measure", lambda c=cat: size_category(c, deadline), timeout=CLEAN_SECONDS)
        value = obs.value if isinstance(obs.value, Mapping) else {}
        items.append(_item(cat_id, int(value.get("bytes") or 0), int(value.get("files") or 0), selectable=False,
                           note=tr(NEVER_DELETED[cat_id])))
    return {"items": items}


def explain_action(report_only: Sequence[str], unknown: Sequence[str], system: System, ctx: Context, dry_run: bool) -> Mapping[str, Any]:
    """Nothing asked for can be cleaned: say why instead of silently doing nothing."""
    reasons = [tr(NEVER_DELETED[c]) for c in report_only]
    if unknown:
        reasons.append(tr("Unknown cleanup category: {names} (choose from {choices}).", names=", ".join(unknown),
                          choices=", ".join(cats.SAFE_DEFAULT)))
    return {"error": " ".join(reasons)}


def cleanup_plan(ctx: Context) -> list[Step]:
    chosen = chosen_categories(ctx)
    report_only, unknown = refused_categories(ctx)
    steps: list[Step] = []
    if unknown or (report_only and not chosen):
        steps.append(Step(N_("Check what was asked for"), action=partial(explain_action, report_only, unknown), timeout=10))
    steps += [Step(description=STEP_TITLES[c], action=partial(clean_action, c), timeout=CLEAN_SECONDS + 60) for c in chosen]
    measured = [c for c in REPORT_ONLY if c in report_only] if requested(ctx) is not None else list(REPORT_ONLY)
    if measured and chosen:
        steps.append(Step(N_("Measure what you may want to review yourself (nothing there is deleted)"),
                          action=partial(report_only_action, measured), timeout=CLEAN_SECONDS + 30))
    return steps


def cleanup_items(steps: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every per-category item of a fix outcome's steps (``FixOutcome.steps``), in order."""
    found: list[dict[str, Any]] = []
    for step in steps:
        details = step.get("details") if isinstance(step, Mapping) else None
        items = details.get("items") if isinstance(details, Mapping) else None
        found += [dict(i) for i in items or [] if isinstance(i, Mapping)]
    return found


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
