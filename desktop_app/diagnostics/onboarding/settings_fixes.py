"""One-click "Open settings" fixes for the posture items: each opens the operating system's own settings page
for what failed. Nothing is changed by SelfDesk and no administrator rights are needed; the user decides
in the page, and the check is run again to verify."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from desktop_app.i18n import N_
from desktop_app.model import Context, Fix, Step
from desktop_app.system import System

SETTINGS_FIX = {
    "security.updates": "security.open_update_settings",
    "security.firewall": "security.open_firewall_settings",
    "security.screenlock": "security.open_screenlock_settings",
    "security.encryption": "security.open_encryption_settings",
}
# Fixed argument lists per platform. Windows: explorer.exe opens URI schemes and returns 1 even on success.
PAGES: dict[str, dict[str, tuple[str, ...]]] = {
    "security.open_update_settings": {
        "windows": ("explorer", "ms-settings:windowsupdate"),
        "macos": ("open", "x-apple.systempreferences:com.apple.preferences.softwareupdate"),
        "linux": ("gnome-software", "--mode=updates"),
    },
    "security.open_firewall_settings": {
        "windows": ("explorer", "windowsdefender://network/"),
        "macos": ("open", "x-apple.systempreferences:com.apple.preference.security?Firewall"),
    },
    "security.open_screenlock_settings": {
        "windows": ("explorer", "ms-settings:lockscreen"),
        "macos": ("open", "x-apple.systempreferences:com.apple.preference.security?General"),
        "linux": ("gnome-control-center", "privacy"),
    },
    "security.open_encryption_settings": {
        "windows": ("explorer", "ms-settings:deviceencryption"),
        "macos": ("open", "x-apple.systempreferences:com.apple.preference.security?FDE"),
    },
}
STEP = N_("Open the settings page")


def launch(argv: tuple[str, ...], system: System, ctx: Context, dry_run: bool) -> Mapping[str, Any]:
    """Start a desktop settings app without waiting for it (it stays open while the user works in it)."""
    if dry_run:
        return {"would_open": " ".join(argv)}

    def start() -> dict[str, Any]:
        program = shutil.which(argv[0])
        if program is None:
            return {"error": f"{argv[0]} is not installed"}
        subprocess.Popen([program, *argv[1:]], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
        return {"opened": " ".join(argv)}

    obs = system.observe("probe", f"launch:{argv[0]}", start, timeout=10)
    return obs.value if isinstance(obs.value, dict) else {"error": obs.error or "not started"}


def _plan(fix_id: str) -> Callable[[Context], list[Step]]:
    def plan(ctx: Context) -> list[Step]:
        argv = PAGES[fix_id].get(ctx.platform)
        if not argv:
            return []
        if ctx.platform == "linux":  # GNOME's settings apps run until closed: start them, do not wait
            return [Step(STEP, action=partial(launch, argv), timeout=15)]
        return [Step(STEP, argv=argv, check_returncode=argv[0] != "explorer", timeout=15)]

    return plan


FIXES: tuple[Fix, ...] = (
    Fix("security.open_update_settings", "onboarding", N_("Open the update settings"),
        N_("Opens your computer's update settings so you can install the pending updates. SelfDesk changes nothing itself."),
        plan=_plan("security.open_update_settings"), platforms=frozenset(PAGES["security.open_update_settings"]),
        verify=("security.updates",)),
    Fix("security.open_firewall_settings", "onboarding", N_("Open the firewall settings"),
        N_("Opens your computer's firewall settings so you can turn the firewall on. SelfDesk changes nothing itself."),
        plan=_plan("security.open_firewall_settings"), platforms=frozenset(PAGES["security.open_firewall_settings"]),
        verify=("security.firewall",)),
    Fix("security.open_screenlock_settings", "onboarding", N_("Open the screen lock settings"),
        N_("Opens your computer's screen lock settings so you can make the screen lock when you are away. SelfDesk changes nothing itself."),
        plan=_plan("security.open_screenlock_settings"), platforms=frozenset(PAGES["security.open_screenlock_settings"]),
        verify=("security.screenlock",)),
    Fix("security.open_encryption_settings", "onboarding", N_("Open the disk encryption settings"),
        N_("Opens your computer's disk encryption settings. Turning encryption on may need IT; SelfDesk changes nothing itself."),
        plan=_plan("security.open_encryption_settings"), platforms=frozenset(PAGES["security.open_encryption_settings"]),
        verify=("security.encryption",)),
)
