"""Plain-text presentation of results for the terminal and the bundle's text report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.i18n import N_, tr
from desktop_app.model import Result, Status, worst

_LABELS = {
    Status.OK: N_("OK"),
    Status.WARNING: N_("Warning"),
    Status.FAILED: N_("Problem"),
    Status.ERROR: N_("Error"),
    Status.SKIPPED: N_("Skipped"),
}


def status_label(status: Status) -> str:
    # Spelled out (not only a colour or a symbol) so the state reads in any terminal and to screen readers.
    return tr(_LABELS[status])


def format_result(result: Result) -> str:
    lines = [f"[{status_label(result.status):^9}] {result.title}: {result.summary}"]
    if result.advice:
        lines.append(" " * 12 + "→ " + result.advice)
    if result.fixes:
        lines.append(" " * 12 + tr("Fix available: {fixes}", fixes=", ".join(f"selfdesk fix {f}" for f in result.fixes)))
    return "\n".join(lines)


def format_results(results: Iterable[Result]) -> str:
    return "\n".join(format_result(r) for r in results)


def exit_code(results: Sequence[Result]) -> int:
    """0 when everything is fine, 1 when any check failed, warned or could not run properly."""
    return 0 if worst([r.status for r in results]).severity == 0 else 1
