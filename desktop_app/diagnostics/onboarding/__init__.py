"""Onboarding checks: security posture, installed applications and the account password.

They run from `selfdesk onboard` and the first-run wizard, not in the everyday sweep. The parameters an
item gives (which apps, how old updates may be) are recorded as an observation, so a replay judges the same.
Where a state can be read from several places, each is recorded and the analyzer weighs them; nothing here
needs administrator rights.
"""

from __future__ import annotations

import getpass
import gzip
import os
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop_app.diagnostics.onboarding.settings_fixes import SETTINGS_FIX
from desktop_app.i18n import N_, tr, tr_plural
from desktop_app.model import Check, Context, Result, Status, Verdict
from desktop_app.observations import CommandObs, Observations
from desktop_app.parsers import posture
from desktop_app.redaction.checks import CheckPattern
from desktop_app.system import System

PS = ("powershell", "-NoProfile", "-NonInteractive", "-Command")
UNINSTALL_KEYS = (
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
)
DESKTOP_DIRS = ("/usr/share/applications", "/usr/local/share/applications", "/var/lib/flatpak/exports/share/applications",
                "/var/lib/snapd/desktop/applications", "~/.local/share/applications",
                "~/.local/share/flatpak/exports/share/applications")
MAC_APP_DIRS = ("/Applications", "/Applications/Utilities", "/System/Applications", "~/Applications")
USER_DESKTOP_KEY = r"HKCU\Control Panel\Desktop"
POLICY_DESKTOP_KEY = r"HKCU\Software\Policies\Microsoft\Windows\Control Panel\Desktop"
MACHINE_POLICY_KEY = r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System"
BITLOCKER_SHELL = ("(New-Object -ComObject Shell.Application).NameSpace($env:SystemDrive + '\\')"
                   ".Self.ExtendedProperty('System.Volume.BitLockerProtection')")
BITLOCKER_VOLUME = "Get-BitLockerVolume -MountPoint $env:SystemDrive | Format-List MountPoint,VolumeStatus,ProtectionStatus"
HOTFIX = ("Get-HotFix | Select-Object HotFixID,InstalledOn,"
          "@{n='InstalledOnRaw';e={$_.psbase.properties['InstalledOn'].value}} | ConvertTo-Json")
LOCAL_USER = "Get-LocalUser -Name $env:USERNAME | Select-Object PasswordExpires | ConvertTo-Json"
# msDS-UserPasswordExpiryTimeComputed is a constructed attribute: returned only when asked for by name.
AD_EXPIRY = ("$s=[adsisearcher]'(&(objectCategory=person)(objectClass=user)(sAMAccountName=' + $env:USERNAME + '))';"
             "[void]$s.PropertiesToLoad.Add('msds-userpasswordexpirytimecomputed');$r=$s.FindOne();"
             "if($r){$r.Properties['msds-userpasswordexpirytimecomputed']}")
APPX_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
LINUX_FIREWALL_UNITS = ["ufw", "firewalld", "nftables"]


def _record_params(system: System, ctx: Context, *keys: str) -> None:
    system.observe("probe", "onboarding.params", lambda: {k: ctx.params.get(k) for k in keys} | {"today": date.today().isoformat()})


def _params(obs: Observations) -> dict[str, Any]:
    found = obs.value("probe", "onboarding.params")
    return found.value if found is not None and isinstance(found.value, dict) else {}


def _result(check_id: str, state: bool | None, ok: str, bad: str, unknown: str, facts: dict[str, Any], advice: str = "") -> Result:
    fixes = (SETTINGS_FIX[check_id],) if check_id in SETTINGS_FIX else ()
    if state is None:
        return Result(check_id, Status.WARNING, "", unknown, facts | {"enabled": None})
    if state:
        return Result(check_id, Status.OK, "", ok, facts | {"enabled": True})
    return Result(check_id, Status.FAILED, "", bad, facts | {"enabled": False}, advice=advice, fixes=fixes)


def _first(*found: CommandObs | None) -> CommandObs | None:
    return next((f for f in found if f is not None), None)


# -- encryption --------------------------------------------------------------------------------------------
def collect_encryption(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        # The documented cmdlet answers only to administrators (MDM runs); the shell property to anyone.
        volume = system.run([*PS, BITLOCKER_VOLUME], timeout=20, cache=True)
        if not volume.ok or posture.parse_bitlocker_volume(volume.stdout) is None:
            system.run([*PS, BITLOCKER_SHELL], timeout=20, cache=True)
    elif system.platform == "macos":
        system.run(["fdesetup", "status"], timeout=10, cache=True)
    else:
        plural = system.run(["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS"], timeout=10, cache=True)
        if not plural.ok and not plural.missing_tool:  # util-linux before 2.37 has only MOUNTPOINT
            system.run(["lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINT"], timeout=10, cache=True)


def analyze_encryption(obs: Observations, ctx: Context) -> Result | None:
    state: bool | None
    volume = obs.command("powershell", contains="Get-BitLockerVolume")
    shell = obs.command("powershell", contains="BitLockerProtection")
    lsblk = _first(obs.command("lsblk", "-J", "-o", "NAME,TYPE,MOUNTPOINTS"), obs.command("lsblk"))
    if volume is not None and volume.ok and posture.parse_bitlocker_volume(volume.stdout) is not None:
        found, state, tool = volume, posture.parse_bitlocker_volume(volume.stdout), "BitLocker"
    elif shell is not None or volume is not None:
        found = shell or volume
        assert found is not None
        state, tool = (posture.parse_bitlocker_protection(shell.stdout) if shell is not None else None), "BitLocker"
    elif (found := obs.command("fdesetup", "status")) is not None:
        state, tool = posture.parse_fdesetup_status(found.stdout), "FileVault"
    elif lsblk is not None:
        best = next((o for o in obs.commands("lsblk") if o.ok), lsblk)
        found, state, tool = best, posture.parse_lsblk_encryption(best.stdout), "LUKS"
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
        # Readable by anyone: firewalld's state, the service states and ufw's own switch. `ufw status` and
        # `nft list ruleset` need root; they add certainty when SelfDesk runs as root (MDM).
        env = {"LC_ALL": "C"}
        if system.which("firewall-cmd"):
            system.run(["firewall-cmd", "--state"], timeout=10, cache=True, env=env)
        if system.which("systemctl"):
            system.run(["systemctl", "is-active", *LINUX_FIREWALL_UNITS], timeout=10, cache=True, env=env)
        if os.path.exists("/etc/ufw/ufw.conf") or system.which("ufw"):
            system.read_file("/etc/ufw/ufw.conf", max_bytes=16_000)
        for argv in (["ufw", "status"], ["nft", "list", "ruleset"]):
            if system.which(argv[0]):
                system.run(argv, timeout=10, cache=True, env=env)


def linux_firewall_state(obs: Observations) -> tuple[bool | None, list[str]]:
    """Weigh every Linux source: any firewall positively on wins; "off" needs every readable source to agree
    and nothing left unreadable that could hide a firewall (a running nftables service with an unreadable
    ruleset stays unknown)."""
    seen: list[str] = []
    evidence: list[bool] = []
    unknown = False
    if (cmd := obs.command("firewall-cmd", "--state")) is not None:
        seen.append("firewalld")
        state = posture.parse_firewall_cmd_state(cmd.stdout) if cmd.error is None else None
        if state is not None:
            evidence.append(state)
    units: dict[str, bool | None] = {}
    if (cmd := obs.command("systemctl", "is-active")) is not None and cmd.error is None:
        seen.append("systemd")
        units = posture.parse_systemctl_is_active(cmd.stdout, LINUX_FIREWALL_UNITS)
        if units.get("firewalld"):
            evidence.append(True)
    conf = obs.value("file", "/etc/ufw/ufw.conf")
    ufw_enabled = posture.parse_ufw_conf(conf.value) if conf is not None and isinstance(conf.value, str) else None
    if conf is not None and conf.ok:
        seen.append("ufw")
    if ufw_enabled is not None:
        # ENABLED=yes with the service known to be stopped is not a running firewall.
        evidence.append(ufw_enabled and units.get("ufw") is not False)
    if (cmd := obs.command("ufw", "status")) is not None and cmd.ok:
        state = posture.parse_ufw_status(cmd.stdout)
        if state is not None:
            evidence.append(state)
    nft = obs.command("nft", "list", "ruleset")
    ruleset = posture.parse_nft_ruleset(nft.stdout) if nft is not None and nft.ok else None
    if nft is not None:
        seen.append("nftables")
    if ruleset is not None:
        evidence.append(ruleset)
    elif units.get("nftables") or (nft is not None and not nft.ok and not nft.missing_tool and units.get("nftables") is not False):
        unknown = True  # a ruleset exists (or may: nothing says the nftables service is stopped) that only root can read
    if any(evidence):
        return True, seen
    if evidence and not unknown:
        return False, seen
    return None, seen


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
        linux = [obs.command("firewall-cmd"), obs.command("systemctl", "is-active"), obs.command("ufw"), obs.command("nft"),
                 obs.value("file", "/etc/ufw/ufw.conf")]
        if not any(o is not None for o in linux):
            return None
        state, facts["sources"] = linux_firewall_state(obs)
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
        system.run(["reg", "query", USER_DESKTOP_KEY], timeout=10, cache=True)
        system.run(["reg", "query", POLICY_DESKTOP_KEY], timeout=10, cache=True)
        system.run(["reg", "query", MACHINE_POLICY_KEY, "/v", "InactivityTimeoutSecs"], timeout=10, cache=True)
    elif system.platform == "macos":
        system.run(["sysadminctl", "-screenLock", "status"], timeout=10, cache=True)
    elif system.which("gsettings"):
        system.run(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], timeout=10, cache=True)
        system.run(["gsettings", "get", "org.gnome.desktop.session", "idle-delay"], timeout=10, cache=True)
    else:
        system.run(["gsettings", "get", "org.gnome.desktop.screensaver", "lock-enabled"], timeout=10, cache=True)


def _reg(obs: Observations, key: str) -> tuple[dict[str, str], bool]:
    found = next((o for o in reversed(obs.commands("reg")) if len(o.argv) > 2 and o.argv[2].lower() == key.lower()), None)
    if found is None:
        return {}, False
    return (posture.parse_reg_values(found.stdout) if found.ok else {}), True


def analyze_screenlock(obs: Observations, ctx: Context) -> Result | None:
    delay: int | None = None
    enabled: bool | None = None
    user, seen_user = _reg(obs, USER_DESKTOP_KEY)
    policy, seen_policy = _reg(obs, POLICY_DESKTOP_KEY)
    machine, seen_machine = _reg(obs, MACHINE_POLICY_KEY)
    if seen_user or seen_policy or seen_machine:
        enabled, delay = posture.windows_screen_lock(user, policy, machine)
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
        if enabled and delay == 0:
            enabled = False  # GNOME never blanks the screen with an idle delay of 0, so it never locks by itself
    else:
        return None
    facts = {"enabled": enabled, "delay_seconds": delay}
    if enabled and delay not in (None, 0) and delay > MAX_LOCK_SECONDS:
        return Result("security.screenlock", Status.WARNING, "", tr("Your screen locks only after {minutes} minutes.", minutes=delay // 60),
                      facts, advice=tr("Set the screen to lock after 15 minutes or less."), fixes=(SETTINGS_FIX["security.screenlock"],))
    return _result(
        "security.screenlock", enabled,
        tr("Your screen locks when you are away."),
        tr("Your screen does not lock when you are away."),
        tr("SelfDesk could not tell whether your screen locks."),
        facts,
        tr("Turn on the screen lock so nobody can use your session while you are away."),
    )


# -- updates -----------------------------------------------------------------------------------------------
APT_LOGS = ("/var/log/apt/history.log", "/var/log/apt/history.log.1.gz")


def _read_gzip(path: str, max_bytes: int = 4_000_000) -> str:
    with gzip.open(path, "rb") as handle:
        return handle.read(max_bytes).decode("utf-8", "replace")


def collect_updates(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "updates_max_age_days")
    if system.platform == "windows":
        system.run([*PS, HOTFIX], timeout=30, cache=True)
    elif system.platform == "macos":
        system.run(["softwareupdate", "--history"], timeout=30, cache=True)
    else:
        # apt keeps one month per file: the rotated copy covers a machine idle since the last rotation.
        if os.path.exists(APT_LOGS[0]):
            system.read_file(APT_LOGS[0], max_bytes=2_000_000)
        if os.path.exists(APT_LOGS[1]):
            system.observe("file", APT_LOGS[1], lambda: _read_gzip(APT_LOGS[1]))
        if os.path.exists("/var/log/zypp/history") and os.access("/var/log/zypp/history", os.R_OK):
            system.read_file("/var/log/zypp/history", max_bytes=4_000_000)
        if system.which("rpm"):  # dnf, yum and zypper systems: install times as epoch seconds, any locale
            system.run(["rpm", "-qa", "--queryformat", "%{INSTALLTIME}\\n"], timeout=30, cache=True)


def analyze_updates(obs: Observations, ctx: Context) -> Result | None:
    params = _params(obs)
    last: str | None
    sources: list[str] = []
    if (found := obs.command("powershell", contains="Get-HotFix")) is not None:
        last = posture.parse_hotfix_json(found.stdout)
    elif (found := obs.command("softwareupdate", "--history")) is not None:
        last = posture.parse_softwareupdate_history(found.stdout)
    else:
        dates: list[str] = []
        for name in APT_LOGS:
            log = obs.value("file", name)
            if log is not None:
                sources.append(name)
                if isinstance(log.value, str) and (found_date := posture.parse_apt_history_last(log.value)):
                    dates.append(found_date)
        zypp = obs.value("file", "/var/log/zypp/history")
        if zypp is not None:
            sources.append("zypper")
            if isinstance(zypp.value, str) and (found_date := posture.parse_zypper_history(zypp.value)):
                dates.append(found_date)
        rpm = obs.command("rpm", "-qa")
        if rpm is not None:
            sources.append("rpm")
            if rpm.ok and (found_date := posture.parse_rpm_last(rpm.stdout)):
                dates.append(found_date)
        if not sources:
            return None
        last = max(dates) if dates else None
    max_age = int(params.get("updates_max_age_days") or 30)
    today = params.get("today")
    fixes = (SETTINGS_FIX["security.updates"],)
    if last is None or not isinstance(today, str):
        return Result("security.updates", Status.WARNING, "", tr("SelfDesk could not tell when updates were last installed."),
                      {"last_update": last, "sources": sources})
    age = (date.fromisoformat(today) - date.fromisoformat(last)).days
    facts = {"last_update": last, "age_days": age, "max_age_days": max_age, "sources": sources}
    if age > max_age:
        old = tr("The last updates were installed yesterday.") if age == 1 else tr("The last updates were installed {days} days ago.", days=age)
        return Result("security.updates", Status.FAILED, "", old, facts,
                      advice=tr("Install the pending system updates, then restart."), fixes=fixes)
    return Result("security.updates", Status.OK, "", _recent_updates(age), facts)


def _recent_updates(age: int) -> str:
    """"today" and "yesterday" rather than "0 days ago" (a clock a little behind gives a negative age: today)."""
    if age <= 0:
        return tr("Updates are recent (last installed today).")
    if age == 1:
        return tr("Updates are recent (last installed yesterday).")
    return tr("Updates are recent (last installed {days} days ago).", days=age)


# -- password ----------------------------------------------------------------------------------------------
def account_kind(user_domain: str, computer: str) -> str:
    """'local', 'entra' (Microsoft Entra ID joined: USERDOMAIN is 'AzureAD') or 'domain'."""
    if not user_domain or user_domain.casefold() == computer.casefold():
        return "local"
    if user_domain.casefold() == "azuread":
        return "entra"
    return "domain"


def collect_password(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "password_warn_days")
    user = getpass.getuser()
    if system.platform == "windows":
        info = system.observe("probe", "account.windows", lambda: {
            "user_domain": os.environ.get("USERDOMAIN", ""), "computer": os.environ.get("COMPUTERNAME", "")})
        value = info.value if isinstance(info.value, dict) else {}
        kind = account_kind(str(value.get("user_domain") or ""), str(value.get("computer") or ""))
        # The user name comes from the OS account and reaches PowerShell as data ($env:USERNAME), never as code.
        if kind == "local":
            system.run([*PS, LOCAL_USER], timeout=20, cache=True)
        elif kind == "domain":
            system.run([*PS, AD_EXPIRY], timeout=20, cache=True)
    elif system.platform == "linux":
        system.run(["chage", "-l", user], timeout=10, cache=True, env={"LC_ALL": "C"})
    else:
        node = system.run(["dscl", ".", "-read", f"/Users/{user}", "OriginalNodeName"], timeout=10, cache=True)
        if posture.parse_dscl_original_node(node.stdout) is None:
            system.run(["pwpolicy", "-u", user, "-getaccountpolicies"], timeout=10, cache=True)
            system.run(["dscl", ".", "-read", f"/Users/{user}", "accountPolicyData"], timeout=10, cache=True)


def _macos_expiry(obs: Observations) -> tuple[str | None, str]:
    node = obs.command("dscl", contains="OriginalNodeName")
    if node is not None and posture.parse_dscl_original_node(node.stdout):
        return None, "directory"
    policy = obs.command("pwpolicy")
    if policy is None:
        return None, "unknown"
    days = posture.parse_pwpolicy_expiry_days(policy.stdout + "\n" + policy.stderr)
    if days == "none":
        return None, "no_policy"  # an MDM policy may hold one pwpolicy cannot show: not proof of "never"
    if not isinstance(days, int):
        return None, "unknown"
    data = obs.command("dscl", contains="accountPolicyData")
    last = posture.parse_dscl_password_last_set(data.stdout) if data is not None else None
    if last is None:
        return None, "unknown"
    return (datetime.fromtimestamp(last, UTC) + timedelta(days=days)).date().isoformat(), ""


def analyze_password(obs: Observations, ctx: Context) -> Result | None:
    params = _params(obs)
    reason = ""
    windows = obs.value("probe", "account.windows")
    if (found := obs.command("powershell", contains="Get-LocalUser")) is not None:
        expires = posture.parse_localuser_json(found.stdout)
    elif (found := obs.command("powershell", contains="msds-userpasswordexpirytimecomputed")) is not None:
        expires = posture.parse_ad_password_expiry(found.stdout)
        reason = "" if expires else "domain_unreachable"
    elif windows is not None:
        value = windows.value if isinstance(windows.value, dict) else {}
        kind = account_kind(str(value.get("user_domain") or ""), str(value.get("computer") or ""))
        expires, reason = None, "entra" if kind == "entra" else "unknown"
    elif (found := obs.command("chage", "-l")) is not None:
        expires = posture.parse_chage(found.stdout)
        reason = "" if expires else ("unknown" if found.ok else "not_local")
    elif obs.command("dscl") is not None or obs.command("pwpolicy") is not None:
        expires, reason = _macos_expiry(obs)
    else:
        return None
    reset = str(ctx.policy.get("helpdesk", "password_reset_url") or "")
    facts: dict[str, Any] = {"expires": expires, "reset_url": reset or None}
    if expires is None:
        summary = {
            "entra": tr("Your account is managed online by Microsoft Entra ID: its password expiry cannot be read from this computer."),
            "domain_unreachable": tr("Your company directory could not be reached to read your password expiry (are you on the company network or VPN?)."),
            "directory": tr("Your account is managed by your company directory: its password expiry cannot be read from this computer."),
            "not_local": tr("Your account is not a local account of this computer: its password expiry cannot be read here."),
            "no_policy": tr("No password expiry rule is visible on this Mac."),
        }.get(reason, tr("Your password expiry date is not available on this computer."))
        return Result("account.password", Status.SKIPPED, "", summary, facts | {"reason": reason or "unknown"})
    if expires == "never":
        return Result("account.password", Status.OK, "", tr("Your password does not expire."), facts)
    advice = tr("Change it now at {url}.", url=reset) if reset else tr("Change it now to avoid being locked out.")
    if expires == "now":
        return Result("account.password", Status.FAILED, "", tr("You must change your password before your next sign-in."), facts, advice=advice)
    today = params.get("today") or date.today().isoformat()
    days = (date.fromisoformat(expires) - date.fromisoformat(today)).days
    warn = int(params.get("password_warn_days") or 14)
    facts["days_left"] = days
    if days < 0:
        return Result("account.password", Status.FAILED, "", tr("Your password has expired."), facts, advice=advice)
    if days <= warn:
        return Result("account.password", Status.WARNING, "", _expires_in(days), facts, advice=advice)
    return Result("account.password", Status.OK, "", tr_plural(
        days, N_("Your password is valid for {days} more day."), N_("Your password is valid for {days} more days."), days=days), facts)


def _expires_in(days: int) -> str:
    if days == 0:
        return tr("Your password expires today.")
    if days == 1:
        return tr("Your password expires tomorrow.")
    return tr("Your password expires in {days} days.", days=days)


# -- applications ------------------------------------------------------------------------------------------
def _mac_bundles() -> dict[str, str | None]:
    """Every application bundle's CFBundleIdentifier, read from its Info.plist (Spotlight may be off)."""
    found: dict[str, str | None] = {}
    for folder in MAC_APP_DIRS:
        base = os.path.expanduser(folder)
        try:
            names = sorted(n for n in os.listdir(base) if n.endswith(".app"))
        except OSError:
            continue
        for name in names:
            path = os.path.join(base, name)
            try:
                with open(os.path.join(path, "Contents", "Info.plist"), "rb") as handle:
                    found[path] = posture.parse_info_plist_bundle_id(handle.read(1_000_000))
            except OSError:
                found[path] = None
    return found


def _desktop_listing() -> str:
    names = []
    for folder in DESKTOP_DIRS:
        try:
            names += [n for n in os.listdir(os.path.expanduser(folder)) if n.endswith(".desktop")]
        except OSError:
            continue
    return "\n".join(sorted(names))


def collect_apps(system: System, ctx: Context) -> None:
    _record_params(system, ctx, "apps")
    apps = [a for a in ctx.params.get("apps") or [] if isinstance(a, dict)]
    if system.platform == "windows":
        for key in UNINSTALL_KEYS:
            system.run(["reg", "query", key, "/s", "/v", "DisplayName"], timeout=30, cache=True)
        for app in apps:
            name = str(app.get("appx") or "")
            if APPX_NAME.fullmatch(name):  # a Store package name from policy, checked before it reaches PowerShell
                system.run([*PS, f"Get-AppxPackage -Name '{name}' | Select-Object Name | ConvertTo-Json"], timeout=30, cache=True)
    elif system.platform == "macos":
        system.observe("file", "application-bundles", _mac_bundles, timeout=20)
        for app in apps:
            bundle_id = str(app.get("macos") or "")
            if bundle_id:
                system.run(["mdfind", f'kMDItemCFBundleIdentifier == "{bundle_id}"'], timeout=15, cache=True)
    else:
        system.observe("file", "desktop-entries", _desktop_listing)
        if system.which("dpkg-query"):
            system.run(["dpkg-query", "-W", "-f=${Package}\\n"], timeout=30, cache=True)
        if system.which("rpm"):
            system.run(["rpm", "-qa", "--queryformat", "%{NAME}\\n"], timeout=30, cache=True)


def _windows_present(wanted: str, display_names: list[str]) -> bool:
    """Whole words of an installed program's display name: "Git" finds "Git version 2.43.0" but not "GitHub
    Desktop" or "Digital Editions", "Teams" finds "Microsoft Teams"."""
    if not wanted.strip():
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(wanted.strip())}(?!\w)", re.IGNORECASE)
    return any(pattern.search(name) for name in display_names)


def _linux_present(wanted: str, desktop: list[str], packages: set[str]) -> bool:
    """Exact desktop-entry id or package name; a snap's entries are named '<snap>_<app>'."""
    wanted = wanted.lower()
    return wanted in packages or any(d.lower() == wanted or d.lower().startswith(wanted + "_") for d in desktop)


def analyze_apps(obs: Observations, ctx: Context) -> Result | None:
    apps = [a for a in _params(obs).get("apps") or [] if isinstance(a, dict)]
    if not apps:
        return None
    windows_names = [n for o in obs.commands("reg", where=lambda o: "/v" in o.argv) for n in posture.parse_reg_display_names(o.stdout)]
    appx = {n.lower() for o in obs.commands("powershell", where=lambda o: "Get-AppxPackage" in " ".join(o.argv)) if o.ok
            for n in posture.parse_appx_names(o.stdout)}
    entries = obs.value("file", "desktop-entries")
    desktop = posture.parse_desktop_entries(entries.value) if entries is not None and isinstance(entries.value, str) else []
    packages: set[str] = set()
    for program, args in (("dpkg-query", ("-W",)), ("rpm", ("-qa", "--queryformat", "%{NAME}\\n"))):
        listing = obs.command(program, *args)
        if listing is not None and listing.ok:
            packages |= {p.lower() for p in listing.stdout.split()}
    bundles_obs = obs.value("file", "application-bundles")
    bundle_map = bundles_obs.value if bundles_obs is not None and isinstance(bundles_obs.value, dict) else {}
    bundles = {v for v in bundle_map.values() if isinstance(v, str)}
    bundle_names = {str(path).replace("\\", "/").rsplit("/", 1)[-1].casefold() for path in bundle_map}
    found, missing = [], []
    for app in apps:
        name = str(app.get("name") or app.get("linux") or app.get("windows") or app.get("macos") or "?")
        if obs.commands("reg"):
            present = _windows_present(str(app.get("windows") or name), windows_names) or str(app.get("appx") or "").lower() in appx - {""}
        elif bundles_obs is not None or obs.commands("mdfind"):
            bundle_id = str(app.get("macos") or "")
            hit = obs.command("mdfind", f'kMDItemCFBundleIdentifier == "{bundle_id}"')
            if bundle_id:
                present = bundle_id in bundles or (hit is not None and bool(hit.stdout.strip()))
            else:  # no bundle id in the policy: an application bundle of that name
                present = f"{name}.app".casefold() in bundle_names
        else:
            present = _linux_present(str(app.get("linux") or name), desktop, packages)
        (found if present else missing).append(name)
    facts = {"installed": found, "missing": missing}
    if missing:
        return Result("onboarding.apps", Status.FAILED, "", tr("Missing applications: {apps}.", apps=", ".join(missing)), facts,
                      advice=tr("Install them from the company software portal, or ask IT."))
    return Result("onboarding.apps", Status.OK, "", tr("All required applications are installed ({count}).", count=len(found)), facts)


CHECKS: tuple[Check, ...] = (
    Check("security.encryption", "onboarding", N_("Disk encryption"), collect_encryption, analyze_encryption, timeout=45,
          fixes=(SETTINGS_FIX["security.encryption"],)),
    Check("security.firewall", "onboarding", N_("Firewall"), collect_firewall, analyze_firewall, timeout=25,
          fixes=(SETTINGS_FIX["security.firewall"],)),
    Check("security.screenlock", "onboarding", N_("Screen lock"), collect_screenlock, analyze_screenlock, timeout=35,
          fixes=(SETTINGS_FIX["security.screenlock"],)),
    Check("security.updates", "onboarding", N_("System updates"), collect_updates, analyze_updates, timeout=35,
          fixes=(SETTINGS_FIX["security.updates"],)),
    Check("account.password", "onboarding", N_("Password expiry"), collect_password, analyze_password, timeout=25),
    Check("onboarding.apps", "onboarding", N_("Required applications"), collect_apps, analyze_apps, timeout=60),
)
VERDICTS: tuple[Verdict, ...] = ()


# Bundle redaction, layer 2: account names in these commands' outputs (chage's is in its command line, which
# the global pass covers as the current user).
REDACT = (
    # net user NAME (English, French, German, Spanish Windows)
    CheckPattern("user", r"^(?:User name|Nom d\S*utilisateur|Benutzername|Nombre de usuario)[ \t]+(?P<v>\S+)[ \t]*\r?$", programs=("net",)),
    CheckPattern("user", r"^(?:Full Name|Nom complet|Vollst\S*ndiger Name|Nombre completo)[ \t]+(?P<v>\S.*?)[ \t]*\r?$", programs=("net",)),
    # Get-LocalUser as JSON
    CheckPattern("user", r'"(?:Name|FullName)"\s*:\s*"(?P<v>[^"]+)"', programs=("powershell", "pwsh"), contains="get-localuser"),
)
