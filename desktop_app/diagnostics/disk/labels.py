"""User-facing names of the cleanup categories and byte sizes (kept in the disk area for translation)."""

from __future__ import annotations

from desktop_app.i18n import N_, language, tr

CATEGORY_LABELS = {
    "temp": N_("Temporary files"),
    "trash": N_("Trash"),
    "caches": N_("App and browser caches"),
    "os_updates": N_("Leftover system update files"),
    "downloads": N_("Old files in Downloads"),
}


def category_label(category_id: str) -> str:
    return tr(CATEGORY_LABELS.get(category_id, category_id))


def format_bytes(value: int | float | None) -> str:
    if value is None:
        return tr("an unknown amount")
    size = float(value)
    # Switch units where the rounded figure would reach 1000 ("1000 MB" reads worse than "1.0 GB").
    if round(size / 1024) < 1000:
        return tr("{value} KB", value=max(0, round(size / 1024)))
    if round(size / 1024**2) < 1000:
        return tr("{value} MB", value=max(1, round(size / 1024**2)))
    if size < 1024**4:
        return tr("{value} GB", value=_decimal(size / 1024**3))
    return tr("{value} TB", value=_decimal(size / 1024**4))


def _decimal(value: float) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if language() == "fr" else text  # French writes 2,5 Go
