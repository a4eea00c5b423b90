"""Pure parsers for security-posture and installed-software outputs used by onboarding.

Every function accepts any text and never raises; ``None`` means "could not tell" (reported as unknown).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any


def _json(text: str) -> Any:
    try:
        return json.loads(text.strip().lstrip("\ufeff") or "null")
    except (ValueError, AttributeError):
        return None


def _as_list(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    return []


# -- disk encryption ---------------------------------------------------------------------------------------
def parse_fdesetup_status(text: str) -> bool | None:
    """macOS `fdesetup status`: 'FileVault is On.' / 'FileVault is Off.' (encryption in progress counts as on)."""
    match = re.search(r"FileVault is (On|Off)", text or "", re.IGNORECASE)
    return None if match is None else match.group(1).lower() == "on"


def parse_lsblk_encryption(text: str) -> bool | None:
    """Linux `lsblk -J -o NAME,TYPE,MOUNTPOINT`: is the root filesystem on a dm-crypt (LUKS) device?"""
    data = _json(text)
    if not isinstance(data, dict) or not isinstance(data.get("blockdevices"), list):
        return None

    def walk(nodes: list[Any], crypt_above: bool) -> bool | None:
        for node in nodes:
            if not isinstance(node, dict):
                continue
            crypt = crypt_above or node.get("type") == "crypt"
            mounts = node.get("mountpoints") or [node.get("mountpoint")]
            if "/" in mounts:
                return crypt
            found = walk(node.get("children") or [], crypt)
            if found is not None:
                return found
        return None

    return walk(data["blockdevices"], False)


def parse_bitlocker_protection(text: str) -> bool | None:
    """Windows shell property System.Volume.BitLockerProtection for C: (readable without admin rights).

    Documented values: 1 on, 2 off, 3 encrypting, 4 decrypting, 5 suspended, 6 on (locked), 0/empty unknown.
    """
    value = (text or "").strip()
    if not re.fullmatch(r"[0-9]+", value):
        return None
    return {1: True, 3: True, 6: True, 2: False, 4: False, 5: False}.get(int(value))


# -- firewall ----------------------------------------------------------------------------------------------
def parse_socketfilterfw(text: str) -> bool | None:
    """macOS `socketfilterfw --getglobalstate`: 'Firewall is enabled. (State = 1)' / 'Firewall is disabled.'"""
    match = re.search(r"Firewall is (enabled|disabled)", text or "", re.IGNORECASE)
    if match:
        return match.group(1).lower() == "enabled"
    state = re.search(r"State = ([0-9])", text or "")
    return None if state is None else state.group(1) != "0"


def parse_ufw_status(text: str) -> bool | None:
    match = re.search(r"^Status:\s*(active|inactive)", text or "", re.MULTILINE | re.IGNORECASE)
    return None if match is None else match.group(1).lower() == "active"


def parse_firewall_cmd_state(text: str) -> bool | None:
    value = (text or "").strip().lower()
    return True if value == "running" else False if value == "not running" else None


def parse_nft_ruleset(text: str) -> bool | None:
    """`nft list ruleset`: any chain with a drop/reject policy or rule counts as a firewall."""
    if text is None:
        return None
    return bool(re.search(r"policy drop|\bdrop\b|\breject\b", text))


def parse_firewall_profiles(text: str) -> dict[str, bool] | None:
    """Windows `Get-NetFirewallProfile | Select-Object Name,Enabled | ConvertTo-Json`."""
    profiles = {}
    for item in _as_list(_json(text)):
        name, enabled = item.get("Name"), item.get("Enabled")
        if isinstance(name, str):
            # ConvertTo-Json renders the GpoBoolean enum as 1/0 or True/False depending on the PowerShell version.
            profiles[name] = enabled in (True, 1, "True", "true")
    return profiles or None


# -- screen lock -------------------------------------------------------------------------------------------
def parse_gsettings(text: str) -> bool | int | str | None:
    """`gsettings get SCHEMA KEY`: 'true', 'uint32 300', "'value'"."""
    value = (text or "").strip()
    if value in ("true", "false"):
        return value == "true"
    match = re.fullmatch(r"(?:u?int[0-9]+\s+)?([0-9]+)", value)
    if match:
        return int(match.group(1))
    return value.strip("'") or None


def parse_sysadminctl_screenlock(text: str) -> int | None:
    """macOS `sysadminctl -screenLock status` (prints on stderr): 'screenLock delay is immediate' / '300 seconds'
    / 'screenLock is off'. Returns the delay in seconds, 0 for immediate, -1 for off."""
    value = text or ""
    if re.search(r"screenLock is off", value, re.IGNORECASE):
        return -1
    if re.search(r"delay is immediate", value, re.IGNORECASE):
        return 0
    match = re.search(r"delay is ([0-9]+) seconds", value, re.IGNORECASE)
    return int(match.group(1)) if match else None


def parse_reg_values(text: str) -> dict[str, str]:
    """`reg query KEY [/v NAME]` lines: '    ScreenSaveActive    REG_SZ    1' (type names are not localized)."""
    values = {}
    for line in (text or "").splitlines():
        match = re.match(r"^\s{2,}(.+?)\s{2,}(REG_[A-Z_]+)\s{2,}(.*)$", line) or re.match(r"^\s{2,}(.+?)\s{2,}(REG_[A-Z_]+)\s*$", line)
        if match:
            values[match.group(1).strip()] = match.group(3).strip() if match.lastindex and match.lastindex >= 3 else ""
    return values


def parse_reg_display_names(text: str) -> list[str]:
    """`reg query ...\\Uninstall /s /v DisplayName`: every installed program's display name."""
    names = []
    for line in (text or "").splitlines():
        match = re.match(r"^\s+DisplayName\s+REG_(?:EXPAND_)?SZ\s+(.+?)\s*$", line)
        if match:
            names.append(match.group(1))
    return names


# -- updates -----------------------------------------------------------------------------------------------
def parse_apt_history_last(text: str) -> str | None:
    """/var/log/apt/history.log: the last 'End-Date:' (or Start-Date) as ISO date."""
    dates = re.findall(r"^(?:End|Start)-Date:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})", text or "", re.MULTILINE)
    return max(dates) if dates else None


def parse_hotfix_json(text: str) -> str | None:
    """Windows `Get-HotFix | Select-Object HotFixID,InstalledOn | ConvertTo-Json`: the latest InstalledOn."""
    dates = []
    for item in _as_list(_json(text)):
        value = item.get("InstalledOn")
        if isinstance(value, dict):
            value = value.get("DateTime") or value.get("value")
        if isinstance(value, str):
            match = re.search(r"/Date\(([0-9]+)\)/", value)
            if match:
                dates.append(datetime.fromtimestamp(int(match.group(1)) / 1000, UTC).date().isoformat())
                continue
            iso = re.search(r"([0-9]{4}-[0-9]{2}-[0-9]{2})", value)
            if iso:
                dates.append(iso.group(1))
    return max(dates) if dates else None


def parse_softwareupdate_history(text: str) -> str | None:
    """macOS `softwareupdate --history`: rows ending with a date like '10/05/2024, 09:12:44' (MM/DD/YYYY)."""
    dates = []
    for month, day, year in re.findall(r"([0-9]{2})/([0-9]{2})/([0-9]{4}),", text or ""):
        dates.append(f"{year}-{month}-{day}")
    return max(dates) if dates else None


# -- account -----------------------------------------------------------------------------------------------
def parse_chage(text: str) -> str | None:
    """`LC_ALL=C chage -l USER`: 'Password expires : never' or 'Password expires : Mar 01, 2027'.
    Returns 'never', an ISO date, or None."""
    match = re.search(r"^Password expires\s*:\s*(.+?)\s*$", text or "", re.MULTILINE)
    if not match:
        return None
    value = match.group(1)
    if value.lower() == "never":
        return "never"
    try:
        return datetime.strptime(value, "%b %d, %Y").date().isoformat()
    except ValueError:
        return None


def parse_localuser_json(text: str) -> str | None:
    """Windows `Get-LocalUser -Name X | Select-Object PasswordExpires | ConvertTo-Json`: null = never."""
    data = _json(text)
    items = _as_list(data)
    if not items:
        return None
    value = items[0].get("PasswordExpires", "missing")
    if value is None:
        return "never"
    if isinstance(value, dict):
        value = value.get("DateTime") or value.get("value")
    if isinstance(value, str):
        match = re.search(r"/Date\(([0-9]+)\)/", value)
        if match:
            return datetime.fromtimestamp(int(match.group(1)) / 1000, UTC).date().isoformat()
        iso = re.search(r"([0-9]{4}-[0-9]{2}-[0-9]{2})", value)
        return iso.group(1) if iso else None
    return None


def parse_desktop_entries(text: str) -> list[str]:
    """A newline-separated listing of .desktop file names -> application ids ('org.mozilla.firefox')."""
    return sorted({line.strip().removesuffix(".desktop") for line in (text or "").splitlines() if line.strip().endswith(".desktop")})
