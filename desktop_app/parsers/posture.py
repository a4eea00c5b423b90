"""Pure parsers for security-posture, account and installed-software outputs used by onboarding.

Every function accepts any text and never raises; ``None`` means "could not tell" (reported as unknown).
Localized display strings are never relied upon: dates come from machine formats (``/Date(ms)/``, ISO,
FILETIME integers, ``LC_ALL=C`` output), states from enum names or numbers that Windows does not translate.
"""

from __future__ import annotations

import json
import plistlib
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

ASCII_INT = re.compile(r"[0-9]+")  # int() also accepts other scripts' digits: never feed it \d matches


def _json(text: str) -> Any:
    try:
        return json.loads((text or "").strip().lstrip("\ufeff") or "null")
    except (ValueError, AttributeError):
        return None


def _as_list(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    return []


# -- dates -------------------------------------------------------------------------------------------------
_MS_DATE = re.compile(r"/Date\((-?[0-9]{1,15})(?:[+-][0-9]{4})?\)/")
_ISO_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})")


def ps_date(value: Any, *, date_only: bool = False) -> str | None:
    """An ISO date from what ConvertTo-Json wrote for a DateTime, whatever the PowerShell version.

    Windows PowerShell 5.1 writes ``{"value": "/Date(ms)/", "DisplayHint": 2, "DateTime": "<localized>"}``
    for a DateTime property (and a bare ``"/Date(ms)/"`` once deserialized); PowerShell 7 writes ISO 8601.
    ``value`` is preferred; the localized ``DateTime`` text is never parsed. ``date_only`` values (an update's
    install day) are local midnights: rounding to the nearest UTC day recovers the local date for every
    offset from -11 h to +12 h."""
    if isinstance(value, dict):
        value = value.get("value", value.get("Value"))
    if not isinstance(value, str):
        return None
    match = _MS_DATE.search(value)
    if match:
        try:
            moment = datetime.fromtimestamp(int(match.group(1)) / 1000, UTC)
        except (OverflowError, OSError, ValueError):
            return None
        if date_only:
            moment += timedelta(hours=12)
        return moment.date().isoformat()
    iso = _ISO_DATE.match(value.strip())
    if iso:
        return _valid(*iso.groups())
    return None


def _valid(year: str, month: str, day: str) -> str | None:
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


FILETIME_NEVER = 0x7FFFFFFFFFFFFFFF
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)


def filetime_date(value: int) -> str | None:
    """A Windows FILETIME (100 ns ticks since 1601, UTC) as an ISO date; None for 0 or out of range."""
    if value <= 0 or value >= FILETIME_NEVER:
        return None
    try:
        return (_FILETIME_EPOCH + timedelta(microseconds=value // 10)).date().isoformat()
    except OverflowError:
        return None


# -- disk encryption ---------------------------------------------------------------------------------------
def parse_fdesetup_status(text: str) -> bool | None:
    """macOS `fdesetup status`: 'FileVault is On.' / 'FileVault is Off.' (encryption in progress counts as on)."""
    match = re.search(r"FileVault is (On|Off)", text or "", re.IGNORECASE)
    return None if match is None else match.group(1).lower() == "on"


def parse_lsblk_encryption(text: str) -> bool | None:
    """Linux `lsblk -J -o NAME,TYPE,MOUNTPOINTS` (or the older MOUNTPOINT column): is the root filesystem on
    a dm-crypt (LUKS) device? ``mountpoints`` lists every mount of a device (util-linux >= 2.37)."""
    data = _json(text)
    if not isinstance(data, dict) or not isinstance(data.get("blockdevices"), list):
        return None

    def walk(nodes: list[Any], crypt_above: bool) -> bool | None:
        for node in nodes:
            if not isinstance(node, dict):
                continue
            crypt = crypt_above or node.get("type") == "crypt"
            mounts = node.get("mountpoints")
            if not isinstance(mounts, list):
                mounts = [node.get("mountpoint")]
            if "/" in mounts:
                return crypt
            children = node.get("children")
            found = walk(children if isinstance(children, list) else [], crypt)
            if found is not None:
                return found
        return None

    return walk(data["blockdevices"], False)


def parse_bitlocker_protection(text: str) -> bool | None:
    """The Windows shell property System.Volume.BitLockerProtection of the system drive (readable without
    admin rights).

    Microsoft does not document this property's values. The mapping below is the one observed in practice
    and relied upon by public scripts: 1 on, 2 off, 3 encrypting, 4 decrypting, 5 suspended, 6 on (locked);
    anything else (0, empty) is "could not tell". ``Get-BitLockerVolume`` (documented, needs admin) is
    preferred when it answered."""
    value = (text or "").strip()
    if not ASCII_INT.fullmatch(value):
        return None
    return {1: True, 3: True, 6: True, 2: False, 4: False, 5: False}.get(int(value))


def parse_bitlocker_volume(text: str) -> bool | None:
    """`Get-BitLockerVolume -MountPoint X` as a list (``ProtectionStatus : On``), as JSON, or as the default
    table (last column "Protection Status"). ProtectionStatus is an enum name, never translated."""
    data = _json(text)
    if isinstance(data, (dict, list)):
        for item in _as_list(data):
            status = item.get("ProtectionStatus")
            if status in (1, "On", "1"):
                return True
            if status in (0, "Off", "0"):
                return False
        return None
    listed = re.search(r"^\s*ProtectionStatus\s*:\s*(On|Off|Unknown)\s*$", text or "", re.MULTILINE)
    if listed:
        return {"On": True, "Off": False}.get(listed.group(1))
    for line in (text or "").splitlines():
        row = re.match(r"^\s*OperatingSystem\s+[A-Za-z]:.*\s(On|Off|Unknown)\s*$", line)
        if row:
            return {"On": True, "Off": False}.get(row.group(1))
    return None


# -- firewall ----------------------------------------------------------------------------------------------
def parse_socketfilterfw(text: str) -> bool | None:
    """macOS `socketfilterfw --getglobalstate`: 'Firewall is enabled. (State = 1)', 'Firewall is blocking all
    non-essential incoming connections. (State = 2)' or 'Firewall is disabled. (State = 0)'."""
    state = re.search(r"State = ([0-9])", text or "")
    if state:
        return state.group(1) != "0"
    match = re.search(r"Firewall is (enabled|disabled|blocking)", text or "", re.IGNORECASE)
    return None if match is None else match.group(1).lower() != "disabled"


def parse_ufw_status(text: str) -> bool | None:
    match = re.search(r"^Status:\s*(active|inactive)", text or "", re.MULTILINE | re.IGNORECASE)
    return None if match is None else match.group(1).lower() == "active"


def parse_ufw_conf(text: str) -> bool | None:
    """/etc/ufw/ufw.conf (world-readable): ``ENABLED=yes`` means ufw loads its rules at boot."""
    match = re.search(r"^\s*ENABLED\s*=\s*(yes|no)\s*$", text or "", re.MULTILINE | re.IGNORECASE)
    return None if match is None else match.group(1).lower() == "yes"


def parse_firewall_cmd_state(text: str) -> bool | None:
    value = (text or "").strip().lower()
    return True if value == "running" else False if value == "not running" else None


def parse_systemctl_is_active(text: str, units: list[str]) -> dict[str, bool | None]:
    """`systemctl is-active U1 U2 ...` prints one state per unit, in order (exit code 3 when one is not
    active): 'active' -> True; 'inactive', 'failed' -> False; anything else is unknown."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    out: dict[str, bool | None] = {}
    for index, unit in enumerate(units):
        state = lines[index] if index < len(lines) else ""
        out[unit] = True if state == "active" else False if state in ("inactive", "failed") else None
    return out


def parse_nft_ruleset(text: str) -> bool | None:
    """`nft list ruleset` (needs root): True when a chain hooked on input drops what is not allowed, by its
    policy or by a final drop/reject rule. A drop rule elsewhere (Docker's forward chains, a NAT table) is
    not a host firewall. An empty ruleset is no firewall; None for text that is not a ruleset."""
    if text is None:
        return None
    if not text.strip():
        return False
    if not re.search(r"^\s*table\s+\S+", text, re.MULTILINE):
        return None
    for chain in re.finditer(r"chain\s+\S+\s*\{(.*?)\n\s*\}", text, re.DOTALL):
        body = chain.group(1)
        if not re.search(r"type\s+filter\s+hook\s+input\b", body):
            continue
        if re.search(r"policy\s+(drop|reject)\s*;", body):
            return True
        rules = [line.strip() for line in body.splitlines() if line.strip() and not line.strip().startswith(("type ", "#"))]
        if rules and re.search(r"\b(drop|reject)\b", rules[-1]) and not re.search(r"\b(saddr|daddr|dport|sport|iifname|iif)\b", rules[-1]):
            return True
    return False


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


def reg_int(value: str | None) -> int | None:
    """A REG_DWORD ('0x384') or a REG_SZ number ('600') as an int."""
    text = (value or "").strip()
    if re.fullmatch(r"0x[0-9a-fA-F]+", text):
        return int(text, 16)
    return int(text) if ASCII_INT.fullmatch(text) else None


def windows_screen_lock(user: dict[str, str], policy: dict[str, str], machine: dict[str, str]) -> tuple[bool | None, int | None]:
    """(locks?, delay in seconds) from the three places Windows keeps it: the machine inactivity limit
    (HKLM ...\\Policies\\System InactivityTimeoutSecs, which locks the session), the screen saver policy
    (HKCU\\Software\\Policies\\...\\Control Panel\\Desktop, which wins over the user's choice) and the user's own
    screen saver settings (HKCU\\Control Panel\\Desktop)."""
    inactivity = reg_int(machine.get("InactivityTimeoutSecs"))
    merged = dict(user) | {k: v for k, v in policy.items() if k in ("ScreenSaveActive", "ScreenSaverIsSecure", "ScreenSaveTimeOut")}
    saver_known = any(k in merged for k in ("ScreenSaveActive", "ScreenSaverIsSecure"))
    saver = reg_int(merged.get("ScreenSaveActive")) == 1 and reg_int(merged.get("ScreenSaverIsSecure")) == 1
    saver_delay = reg_int(merged.get("ScreenSaveTimeOut"))
    delays = [d for d in (inactivity if inactivity else None, saver_delay if saver else None) if d]
    if inactivity:
        return True, min(delays)
    if saver:
        return True, min(delays) if delays else None
    if not saver_known and not user and not policy:
        return None, None
    return False, None


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
    """/var/log/apt/history.log (and its rotated copies): the last 'End-Date:' (or Start-Date) as ISO date."""
    dates = re.findall(r"^(?:End|Start)-Date:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})", text or "", re.MULTILINE)
    return max(dates) if dates else None


def parse_rpm_last(text: str) -> str | None:
    """`rpm -qa --last --queryformat '%{INSTALLTIME}\\n'`-style output: epoch seconds per line, or the
    default `rpm -qa --last` lines whose date is localized (then only an epoch column counts)."""
    stamps = [int(s) for s in re.findall(r"^\s*([0-9]{9,11})\s*$", text or "", re.MULTILINE)]
    if not stamps:
        return None
    try:
        return datetime.fromtimestamp(max(stamps), UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def parse_zypper_history(text: str) -> str | None:
    """/var/log/zypp/history: '2024-05-02 10:11:12|install|pkg|...' lines."""
    dates = re.findall(r"^([0-9]{4}-[0-9]{2}-[0-9]{2}) [0-9:]{8}\|(?:install|remove)\|", text or "", re.MULTILINE)
    return max(dates) if dates else None


def parse_hotfix_json(text: str) -> str | None:
    """Windows `Get-HotFix | Select-Object HotFixID,InstalledOn,InstalledOnRaw | ConvertTo-Json`: the latest
    install day. ``InstalledOn`` is empty when PowerShell could not parse WMI's date in the user's culture;
    ``InstalledOnRaw`` (WMI's own string: 'M/D/YYYY' or a hexadecimal FILETIME) is the fallback."""
    dates = []
    for item in _as_list(_json(text)):
        found = ps_date(item.get("InstalledOn"), date_only=True) or _wmi_date(item.get("InstalledOnRaw"))
        if found:
            dates.append(found)
    return max(dates) if dates else None


def _wmi_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    us = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", text)
    if us:
        return _valid(us.group(3), us.group(1), us.group(2))
    if re.fullmatch(r"[0-9a-fA-F]{15,16}", text):
        return filetime_date(int(text, 16))
    return None


def parse_softwareupdate_history(text: str) -> str | None:
    """macOS `softwareupdate --history`: rows ending with a date like '10/05/2024, 09:12:44' (MM/DD/YYYY)."""
    dates = []
    for month, day, year in re.findall(r"([0-9]{2})/([0-9]{2})/([0-9]{4}),", text or ""):
        found = _valid(year, month, day)
        if found:
            dates.append(found)
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
    parts = re.fullmatch(r"([A-Z][a-z]{2}) ([0-9]{2}), ([0-9]{4})", value)
    if not parts:
        return None
    try:
        return datetime.strptime(value, "%b %d, %Y").date().isoformat()
    except ValueError:
        return None


def parse_localuser_json(text: str) -> str | None:
    """Windows `Get-LocalUser -Name X | Select-Object PasswordExpires | ConvertTo-Json`: null = never."""
    items = _as_list(_json(text))
    if not items:
        return None
    value = items[0].get("PasswordExpires", "missing")
    if value is None:
        return "never"
    return ps_date(value)


def parse_ad_password_expiry(text: str) -> str | None:
    """msDS-UserPasswordExpiryTimeComputed read through ADSI: a FILETIME integer, language independent.
    Returns 'never' (no expiry: 0x7FFFFFFFFFFFFFFF), 'now' (0: must change at next sign-in), an ISO date,
    or None."""
    for line in (text or "").splitlines():
        value = line.strip()
        if not ASCII_INT.fullmatch(value):
            continue
        number = int(value)
        if number >= FILETIME_NEVER:
            return "never"
        if number == 0:
            return "now"
        return filetime_date(number)
    return None


def parse_pwpolicy_expiry_days(text: str) -> int | str | None:
    """macOS `pwpolicy -u USER -getaccountpolicies` (a plist after a 'Getting ...' line): the expiry period
    in days from policyAttributeExpiresEveryNDays, 'none' when no policy sets one, None when unreadable."""
    start = (text or "").find("<?xml")
    if start < 0:
        return "none" if re.search(r"No account policies", text or "", re.IGNORECASE) else None
    try:
        data = plistlib.loads((text or "")[start:].encode("utf-8"))
    except Exception:
        return None
    days: list[int] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "policyAttributeExpiresEveryNDays" and isinstance(value, int) and not isinstance(value, bool) and value > 0:
                    days.append(value)
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return min(days) if days else "none"


def parse_dscl_password_last_set(text: str) -> float | None:
    """`dscl . -read /Users/USER accountPolicyData`: passwordLastSetTime (epoch seconds) from the plist."""
    start = (text or "").find("<?xml")
    if start < 0:
        return None
    try:
        data = plistlib.loads((text or "")[start:].encode("utf-8"))
    except Exception:
        return None
    value = data.get("passwordLastSetTime") if isinstance(data, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


def parse_dscl_original_node(text: str) -> str | None:
    """`dscl . -read /Users/USER OriginalNodeName`: set for network (Active Directory) mobile accounts."""
    match = re.search(r"OriginalNodeName:\s*\n?\s*(/\S.*?)\s*$", text or "", re.MULTILINE)
    return match.group(1) if match else None


# -- groups ------------------------------------------------------------------------------------------------
def parse_id_groups(text: str) -> list[str]:
    """`id -Gn` (macOS, Linux): space-separated group names."""
    return [name for name in (text or "").split() if name]


def parse_whoami_groups(text: str) -> list[dict[str, str]]:
    """`whoami /groups /fo csv /nh`: rows "Group Name","Type","SID","Attributes". Names, types and attributes
    are localized; the SID column (S-1-...) is not, so each row is kept as {name, sid}."""
    import csv

    rows: list[dict[str, str]] = []
    for row in csv.reader((text or "").splitlines()):
        sid = next((c.strip() for c in row if re.fullmatch(r"S-1-[0-9]+(?:-[0-9]+)+", c.strip())), "")
        if not sid or not row:
            continue
        rows.append({"name": row[0].strip(), "sid": sid})
    return rows


# -- applications ------------------------------------------------------------------------------------------
def parse_desktop_entries(text: str) -> list[str]:
    """A newline-separated listing of .desktop file names -> desktop-entry ids ('org.mozilla.firefox')."""
    return sorted({line.strip().removesuffix(".desktop") for line in (text or "").splitlines() if line.strip().endswith(".desktop")})


def parse_info_plist_bundle_id(data: Any) -> str | None:
    """CFBundleIdentifier of an application's Contents/Info.plist (XML or binary), read as bytes or text."""
    raw = data.encode("utf-8", "surrogateescape") if isinstance(data, str) else data
    if not isinstance(raw, (bytes, bytearray)):
        return None
    try:
        plist = plistlib.loads(bytes(raw))
    except Exception:
        return None
    value = plist.get("CFBundleIdentifier") if isinstance(plist, dict) else None
    return value if isinstance(value, str) and value else None


def parse_appx_names(text: str) -> list[str]:
    """`Get-AppxPackage -Name X | Select-Object Name | ConvertTo-Json`: package names (e.g. 'MSTeams')."""
    return [str(item["Name"]) for item in _as_list(_json(text)) if isinstance(item.get("Name"), str)]
