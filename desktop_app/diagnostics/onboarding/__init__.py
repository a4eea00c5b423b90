"""Onboarding checks: security posture, installed applications and the account password.

They run from `selfdesk onboard` and the first-run wizard, not in the everyday sweep. The parameters an
item gives (which apps, how old updates may be) are recorded as an observation, so a replay judges the same.
"""

from __future__ import annotations

import getpass
import os
import re
from datetime import date
from typing import Any

from desktop_app.i18n import N_, tr
from desktop_app.model import Check, Context, Result, Status, Verdict
from desktop_app.observations import Observations
from desktop_app.parsers import posture
from desktop_app.system import System

PS = ("powershell", "-NoProfile", "-NonInteractive", "-Command")
UNINSTALL_KEYS = (
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
)
DESKTOP_DIRS = ("/usr/share/applications", "/usr/local/share/applications", "/var/lib/flatpak/exports/share/applications",
                "/var/lib/snapd/desktop/applications", "~/.local/share/applications")


def _record_params(system: System, ctx: Context, *keys: str) -> None:
    system.observe("probe", "onboarding.params", lambda: {k: ctx.params.get(k) for k in keys} | {"today": date.today().isoformat()})


def _params(obs: Observations) -> dict[str, Any]:
    found = obs.value("probe", "onboarding.params")
    return found.value if found is not None and isinstance(found.value, dict) else {}


def _result(check_id: str, state: bool | None, ok: str, bad: str, unknown: str, facts: dict[str, Any], advice: str = "") -> Result:
    if state is None:
        return Result(check_id, Status.WARNING, "", unknown, facts | {"enabled": None})
    if state:
        return Result(check_id, Status.OK, "", ok, facts | {"enabled": True})
    return Result(check_id, Status.FAILED, "", bad, facts | {"enabled": False}, advice=advice)


# -- encryption --------------------------------------------------------------------------------------------
def collect_encryption(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        script = "(New-Object -ComObject Shell.Application).NameSpace('C:').Self.ExtendedProperty('System.Volume.BitLockerProtection')"
        system.run([*PS, script], timeout=20, cache=True)
    elif system.platform == "macos":
        system.run(["fdesetup", "status"], timeout=10, cache=True)
    else:
        system.run(["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"], timeout=10, cache=True)


def analyze_encryption(obs: Observations, ctx: Context) -> Result | None:
    state: bool | None
    if (found := obs.command("powershell", contains="BitLockerProtection")) is not None:
        state, tool = posture.parse_bitlocker_protection(found.stdout), "BitLocker"
    elif (found := obs.command("fdesetup", "status")) is not None:
        state, tool = posture.parse_fdesetup_status(found.stdout), "FileVault"
    elif (found := obs.command("lsblk")) is not None:
        state, tool = posture.parse_lsblk_encryption(found.stdout), "LUKS"
    else:
        return None
    if found.missing_tool:
        return Result("security.encryption", Status.SKIPPED, "", tr("Disk encryption could not be checked on this computer."))
    return _result(
        "security.encryption", state,
        tr("Your disk is encrypted ({tool}).", tool=tool),
        tr("Your disk is not encrypted ({tool}).", tool=tool),
        tr("SelfDesk could not tell whether your disk is encrypted."),
        {"method": tool},
        tr("A lost laptop exposes everything on it. Ask IT to turn on disk encryption."),
    )


# -- firewall ----------------------------------------------------------------------------------------------
def collect_firewall(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        system.run([*PS, "Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json"], timeout=20, cache=True)
    elif system.platform == "macos":
        system.run(["/usr/libexec/ApplicationFirewall/socketfilterfw", "--getglobalstate"], timeout=10, cache=True)
    else:
        for argv in (["ufw", "status"], ["firewall-cmd", "--state"], ["nft", "list", "ruleset"]):
            if system.which(argv[0]):
                system.run(argv, timeout=10, cache=True, env={"LC_ALL": "C"})


def analyze_firewall(obs: Observations, ctx: Context) -> Result | None:
    facts: dict[str, Any] = {}
    state: bool | None = None
    if (found := obs.command("powershell", contains="Get-NetFirewallProfile")) is not None:
        profiles = posture.parse_firewall_profiles(found.stdout)
        facts["profiles"] = profiles
        state = None if profiles is None else all(profiles.values())
    elif (found := obs.command("socketfilterfw", "--getglobalstate")) is not None:
        state = posture.parse_socketfilterfw(found.stdout)
    else:
        linux = [(obs.command("ufw", "status"), posture.parse_ufw_status), (obs.command("firewall-cmd", "--state"), posture.parse_firewall_cmd_state),
                 (obs.command("nft", "list", "ruleset"), posture.parse_nft_ruleset)]
        seen = [(o, parse) for o, parse in linux if o is not None]
        if not seen:
            return None
        states = [parse(o.stdout) for o, parse in seen if o.ok]
        state = True if any(states) else (False if any(s is False for s in states) else None)
        facts["tools"] = [o.argv[0] for o, _ in seen]
    return _result(
        "security.firewall", state,
        tr("The firewall is on."),
        tr("The firewall is off."),
        tr("SelfDesk could not tell whether the firewall is on."),
        facts,
        tr("Turn the firewall on, or ask IT to do it for you."),
    )


# -- screen lock -------------------------------------------------------------------------------------------
MAX_LOCK_SECONDS = 900


def collect_screenlock(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        system.run(["reg", "query", r"HKCU\Control Panel\Desktop"], timeout=10, cache=True)
    elif system.platform == "macos":
        system.run(["sysadminctl", "-screenLock", "status"], timeout=10, cache=True)
    elif system.which("gsettings"):
        system.run(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], timeout=10, cache=True)
        system.run(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], timeout=10, cache=True)
    else:
        system.run(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], timeout=10, cache=True)


def analyze_screenlock(obs: Observations, ctx: Context) -> Result | None:
    delay: int | None = None
    enabled: bool | None = None
    if (found := obs.command("reg", "query", contains="Control Panel\\Desktop")) is not None:
        values = posture.parse_reg_values(found.stdout)
        if values:
            enabled = values.get("ScreenSaveActive") == "1" and values.get("ScreenSaverIsSecure") == "1"
            delay = int(values["ScreenSaveTimeOut"]) if re.fullmatch(r"[0-9]+", values.get("ScreenSaveTimeOut", "")) else None
    elif (found := obs.command("sysadminctl", "-screenLock")) is not None:
        seconds = posture.parse_sysadminctl_screenlock(found.stdout + found.stderr)
        enabled, delay = (None, None) if seconds is None else (seconds >= 0, max(seconds, 0))
    elif (found := obs.command("gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled")) is not None:
        if found.missing_tool or not found.ok:
            return Result("security.screenlock", Status.SKIPPED, "", tr("The screen lock setting could not be read on this desktop."))
        value = posture.parse_gsettings(found.stdout)
        enabled = value if isinstance(value, bool) else None
        idle = obs.command("gsettings", "get", "org.gnome.desktop.session", "idle-delay")
        idle_value = posture.parse_gsettings(idle.stdout) if idle is not None and idle.ok else None
        delay = idle_value if isinstance(idle_value, int) and not isinstance(idle_value, bool) else None
    else:
        return None
    facts = {"enabled": enabled, "delay_seconds": delay}
    if enabled and delay not in (None, 0) and delay > MAX_LOCK_SECONDS:
        return Result("security.screenlock", Status.WARNING, "", tr("Your screen locks only after {minutes} minutes.", minutes=delay // 60),
                      facts, advice=tr("Set the screen to lock after 15 minutes or less."))
    return _result(
        "security.screenlock", enabled,
        tr("Your screen locks when you are away."),
        tr("Your screen does not lock when you are away."),
        tr("SelfDesk could not tell whether your screen locks."),
        facts,
        tr("Turn on the screen lock so nobody can use your session while you are away."),
    )


# -- updates -----------------------------------------------------------------------------------------------
def collect_updates(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "updates_max_age_days")
    if system.platform == "windows":
        system.run([*PS, "Get-HotFix | Select-Object HotFixID,InstalledOn | ConvertTo-Json"], timeout=30, cache=True)
    elif system.platform == "macos":
        system.run(["softwareupdate", "--history"], timeout=30, cache=True)
    else:
        system.read_file("/var/log/apt/history.log", max_bytes=2_000_000)


def analyze_updates(obs: Observations, ctx: Context) -> Result | None:
    params = _params(obs)
    last: str | None
    if (found := obs.command("powershell", contains="Get-HotFix")) is not None:
        last = posture.parse_hotfix_json(found.stdout)
    elif (found := obs.command("softwareupdate", "--history")) is not None:
        last = posture.parse_softwareupdate_history(found.stdout)
    elif (log := obs.value("file", "/var/log/apt/history.log")) is not None:
        last = posture.parse_apt_history_last(log.value) if isinstance(log.value, str) else None
    else:
        return None
    max_age = int(params.get("updates_max_age_days") or 30)
    today = params.get("today")
    if last is None or not isinstance(today, str):
        return Result("security.updates", Status.WARNING, "", tr("SelfDesk could not tell when updates were last installed."), {"last_update": last})
    age = (date.fromisoformat(today) - date.fromisoformat(last)).days
    facts = {"last_update": last, "age_days": age, "max_age_days": max_age}
    if age > max_age:
        return Result("security.updates", Status.FAILED, "", tr("The last updates were installed {days} days ago.", days=age), facts,
                      advice=tr("Install the pending system updates, then restart."))
    return Result("security.updates", Status.OK, "", tr("Updates are recent (last installed {days} days ago).", days=age), facts)


# -- password ----------------------------------------------------------------------------------------------
def collect_password(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "password_warn_days")
    user = getpass.getuser()
    if system.platform == "windows":
        # The user name comes from the OS account and is passed as data, never parsed as code.
        system.run([*PS, "Get-LocalUser -Name $env:USERNAME | Select-Object PasswordExpires | ConvertTo-Json"], timeout=20, cache=True)
    elif system.platform == "linux":
        system.run(["chage", "-l", user], timeout=10, cache=True, env={"LC_ALL": "C"})


def analyze_password(obs: Observations, ctx: Context) -> Result | None:
    params = _params(obs)
    if (found := obs.command("powershell", contains="Get-LocalUser")) is not None:
        expires = posture.parse_localuser_json(found.stdout)
    elif (found := obs.command("chage", "-l")) is not None:
        expires = posture.parse_chage(found.stdout)
    else:
        return None
    reset = ctx.policy.get("helpdesk", "password_reset_url")
    if expires is None:
        return Result("account.password", Status.SKIPPED, "", tr("Your password expiry date is not available on this computer."), {"expires": None})
    if expires == "never":
        return Result("account.password", Status.OK, "", tr("Your password does not expire."), {"expires": "never"})
    today = params.get("today") or date.today().isoformat()
    days = (date.fromisoformat(expires) - date.fromisoformat(today)).days
    warn = int(params.get("password_warn_days") or 14)
    facts = {"expires": expires, "days_left": days, "reset_url": reset or None}
    advice = tr("Change it now at {url}.", url=reset) if reset else tr("Change it now to avoid being locked out.")
    if days < 0:
        return Result("account.password", Status.FAILED, "", tr("Your password has expired."), facts, advice=advice)
    if days <= warn:
        return Result("account.password", Status.WARNING, "", tr("Your password expires in {days} days.", days=days), facts, advice=advice)
    return Result("account.password", Status.OK, "", tr("Your password is valid for {days} more days.", days=days), facts)


# -- applications ------------------------------------------------------------------------------------------
def collect_apps(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "apps")
    apps = [a for a in ctx.params.get("apps") or [] if isinstance(a, dict)]
    if system.platform == "windows":
        for key in UNINSTALL_KEYS:
            system.run(["reg", "query", key, "/s", "/v", "DisplayName"], timeout=30, cache=True)
    elif system.platform == "macos":
        for app in apps:
            bundle_id = str(app.get("macos") or "")
            if bundle_id:
                system.run(["mdfind", f'kMDItemCFBundleIdentifier == "{bundle_id}"'], timeout=15, cache=True)
    else:
        def listing() -> str:
            names = []
            for folder in DESKTOP_DIRS:
                try:
                    names += [n for n in os.listdir(os.path.expanduser(folder)) if n.endswith(".desktop")]
                except OSError:
                    continue
            return "\n".join(sorted(names))

        system.observe("file", "desktop-entries", listing)
        if system.which("dpkg-query"):
            system.run(["dpkg-query", "-W", "-f=${Package}\\n"], timeout=30, cache=True)


def analyze_apps(obs: Observations, ctx: Context) -> Result | None:
    apps = [a for a in _params(obs).get("apps") or [] if isinstance(a, dict)]
    if not apps:
        return None
    windows_names = [n.lower() for o in obs.commands("reg", where=lambda o: "/v" in o.argv) for n in posture.parse_reg_display_names(o.stdout)]
    entries = obs.value("file", "desktop-entries")
    desktop = posture.parse_desktop_entries(entries.value) if entries is not None and isinstance(entries.value, str) else []
    dpkg = obs.command("dpkg-query", "-W")
    packages = set(dpkg.stdout.split()) if dpkg is not None and dpkg.ok else set()
    found, missing = [], []
    for app in apps:
        name = str(app.get("name") or app.get("linux") or app.get("windows") or app.get("macos") or "?")
        if obs.commands("reg"):
            present = any(str(app.get("windows") or name).lower() in n for n in windows_names)
        elif obs.commands("mdfind"):
            hit = obs.command("mdfind", f'kMDItemCFBundleIdentifier == "{app.get("macos")}"')
            present = hit is not None and bool(hit.stdout.strip())
        else:
            wanted = str(app.get("linux") or name).lower()
            present = wanted in packages or any(wanted == d.lower() or wanted in d.lower() for d in desktop)
        (found if present else missing).append(name)
    facts = {"installed": found, "missing": missing}
    if missing:
        return Result("onboarding.apps", Status.FAILED, "", tr("Missing applications: {apps}.", apps=", ".join(missing)), facts,
                      advice=tr("Install them from the company software portal, or ask IT."))
    return Result("onboarding.apps", Status.OK, "", tr("All required applications are installed ({count}).", count=len(found)), facts)


CHECKS: tuple[Check, ...] = (
    Check("security.encryption", "onboarding", N_("Disk encryption"), collect_encryption, analyze_encryption, timeout=25),
    Check("security.firewall", "onboarding", N_("Firewall"), collect_firewall, analyze_firewall, timeout=25),
    Check("security.screenlock", "onboarding", N_("Screen lock"), collect_screenlock, analyze_screenlock, timeout=15),
    Check("security.updates", "onboarding", N_("System updates"), collect_updates, analyze_updates, timeout=35),
    Check("account.password", "onboarding", N_("Password expiry"), collect_password, analyze_password,
          platforms=frozenset({"windows", "linux"}), timeout=25),
    Check("onboarding.apps", "onboarding", N_("Required applications"), collect_apps, analyze_apps, timeout=60),
)
VERDICTS: tuple[Verdict, ...] = ()
