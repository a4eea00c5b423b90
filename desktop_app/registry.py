"""The explicit list of every check, verdict and fix. Imports are explicit on purpose: a folder scan
breaks inside a PyInstaller archive. ``tests/core/test_conformance.py`` walks everything registered here."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.diagnostics import disk, network, onboarding, printers, system_summary, vpn
from desktop_app.diagnostics.onboarding import settings_fixes as onboarding_fixes
from desktop_app.fixes import disk as disk_fixes
from desktop_app.fixes import network as network_fixes
from desktop_app.fixes import printers as printer_fixes
from desktop_app.fixes import vpn as vpn_fixes
from desktop_app.model import Check, Fix, Verdict

CHECKS: tuple[Check, ...] = (
    *system_summary.CHECKS,
    *network.CHECKS,
    *vpn.CHECKS,
    *disk.CHECKS,
    *printers.CHECKS,
    *onboarding.CHECKS,
)
VERDICTS: tuple[Verdict, ...] = (*network.VERDICTS, *vpn.VERDICTS, *disk.VERDICTS, *printers.VERDICTS)
FIXES: tuple[Fix, ...] = (*network_fixes.FIXES, *vpn_fixes.FIXES, *disk_fixes.FIXES, *printer_fixes.FIXES, *onboarding_fixes.FIXES)

AREAS = ("system", "network", "vpn", "disk", "printers", "onboarding")

_CHECKS = {c.id: c for c in CHECKS}
_FIXES = {f.id: f for f in FIXES}


def check(check_id: str) -> Check | None:
    return _CHECKS.get(check_id)


def fix(fix_id: str) -> Fix | None:
    return _FIXES.get(fix_id)


def select_checks(
    platform: str,
    *,
    only: Iterable[str] | None = None,
    areas: Iterable[str] | None = None,
    disabled: Iterable[str] = (),
    include_on_demand: bool = False,
) -> list[Check]:
    """Checks for a sweep. ``only`` names check ids or areas; on-demand checks run only when named."""
    wanted = set(only or ())
    area_set = set(areas or ())
    off = set(disabled)
    out = []
    for c in CHECKS:
        if platform not in c.platforms or c.id in off:
            continue
        named = c.id in wanted or c.area in wanted
        if wanted and not named:
            continue
        if area_set and c.area not in area_set:
            continue
        if c.on_demand and not (include_on_demand or c.id in wanted):
            continue
        if c.area == "onboarding" and not named:
            continue  # onboarding items run from `selfdesk onboard`, not in the everyday sweep
        out.append(c)
    return out


def verdicts_for(checks: Iterable[Check]) -> list[Verdict]:
    areas = {c.area for c in checks}
    return [v for v in VERDICTS if v.area in areas]
