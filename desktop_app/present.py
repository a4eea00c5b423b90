"""Plain-text presentation of results for the terminal and the bundle's text report."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.i18n import N_, tr, tr_label
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
    lines = [f"[{status_label(result.status):^9}] " + tr_label(result.title, result.summary)]
    if result.advice:
        lines.append(" " * 12 + "→ " + result.advice)
    if result.fixes:
        lines.append(" " * 12 + tr("Fix available: {fixes}", fixes=", ".join(f"selfdesk fix {f}" for f in result.fixes)))
    return "\n".join(lines)


def format_conclusion(results: Sequence[Result]) -> str:
    """The closing lines of a sweep: what is wrong in one place, worst first, so nobody has to scan the list."""
    problems = [r for r in results if r.status.severity > 0]
    if not problems:
        return tr("In short: everything that was checked works.")
    verdicts = [r for r in problems if r.id.startswith("verdict.")]
    # An area's verdict already names the first layer that fails; list only the checks no verdict speaks for.
    covered = {r.id.removeprefix("verdict.") for r in verdicts}
    loose = [r for r in problems if not r.id.startswith("verdict.") and _area(r) not in covered]
    lines = [tr("In short:")]
    for result in sorted([*verdicts, *loose], key=lambda r: -r.status.severity):
        said = result.summary if result.id.startswith("verdict.") else tr_label(result.title, result.summary)
        lines.append("  - " + tr_label(status_label(result.status), said))
    return "\n".join(lines)


def _area(result: Result) -> str | None:
    from desktop_app import registry  # loaded already wherever results exist; kept lazy for a light import

    check = registry.check(result.id)
    return check.area if check is not None else None


def exit_code(results: Sequence[Result]) -> int:
    """0 when everything is fine, 1 when any check failed, warned or could not run properly."""
    return 0 if worst([r.status for r in results]).severity == 0 else 1
