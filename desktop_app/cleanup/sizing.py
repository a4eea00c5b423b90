"""Sizing each category within one shared time budget (run inside the seam by the storage check)."""

from __future__ import annotations

import os
import time
from typing import Any

from desktop_app.cleanup.categories import Category, protected, shared_system_folder_as_root
from desktop_app.cleanup.scan import TreeSize, display, expand, size_many


def owner_filter(cat: Category) -> int | None:
    """Deletable categories only count (and remove) the user's own files: /tmp is shared on POSIX."""
    getuid = getattr(os, "getuid", None)
    return getuid() if getuid is not None and cat.deletable else None


def roots_of(cat: Category) -> list[str]:
    roots: list[str] = []
    for pattern in cat.patterns:
        roots.extend(expand(pattern))
    return roots


def size_category(cat: Category, deadline: float, now: float | None = None, home: str | None = None) -> dict[str, Any]:
    now = time.time() if now is None else now
    kwargs: dict[str, Any] = {"min_age_seconds": cat.min_age_days * 86400, "now": now, "owner": owner_filter(cat), "skip_readonly": cat.deletable}
    total = TreeSize()
    home = home or os.path.expanduser("~")
    # Report-only categories (Downloads) are personal folders by nature; only deletable roots are screened.
    roots = [r for r in roots_of(cat) if not (cat.deletable and (protected(r, home) or shared_system_folder_as_root(r)))]
    apps: dict[str, int] = {}
    if cat.apps:
        for app, patterns in cat.apps.items():
            app_roots = [r for p in patterns for r in expand(p) if not protected(r, home)]
            size = size_many(app_roots, deadline, **kwargs)
            total.add(size)
            roots.extend(app_roots)
            if size.bytes or size.files:
                apps[app] = size.bytes
    else:
        total.add(size_many(roots, deadline, **kwargs))
    out = {
        "id": cat.id,
        "deletable": cat.deletable,
        "admin": cat.admin,
        "min_age_days": cat.min_age_days,
        "roots": [display(r) for r in roots],
        **total.to_json(),
    }
    if cat.apps:
        out["apps"] = apps
    return out
