"""The Wi-Fi link: connected network, signal, band and rates, from whatever the OS reports.

Windows ``netsh wlan show interfaces``; macOS ``system_profiler SPAirPortDataType -json`` and ``wdutil info``
(or legacy ``airport -I``); Linux ``iw dev`` then ``iw dev IFACE link`` (``nmcli``/``iwconfig`` in replays).
When Windows or macOS hide the network name for lack of location permission the link is reported as
unknown with the way to grant it, never as "not connected".
"""

from __future__ import annotations

import re
from typing import Any

from desktop_app.diagnostics.network.common import as_list, safe_parse, setting
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

FACT_KEYS = (
    "interface",
    "connected",
    "ssid",
    "bssid",
    "signal_percent",
    "rssi_dbm",
    "noise_dbm",
    "channel",
    "band_ghz",
    "radio_type",
    "rx_rate_mbps",
    "tx_rate_mbps",
)
MAC_PARSERS = {"system_profiler": "parse_system_profiler_airport", "wdutil": "parse_wdutil_info", "airport": "parse_airport_info"}
_IW_INTERFACE = re.compile(r"^\s*Interface\s+(\S+)", re.MULTILINE)


def collect(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        system.run(["netsh", "wlan", "show", "interfaces"], timeout=10, cache=True)
    elif system.platform == "macos":
        system.run(["system_profiler", "SPAirPortDataType", "-json"], timeout=20, cache=True)
        system.run(["wdutil", "info"], timeout=10, cache=True)  # richer (RSSI, noise) when allowed
    else:
        system.observe("probe", "wireless_interfaces", _wireless_interfaces)
        listing = system.run(["iw", "dev"], timeout=5, cache=True)
        if listing.missing_tool:
            if system.which("nmcli"):
                system.run(["nmcli", "-t", "-f", "IN-USE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,DEVICE", "device", "wifi", "list", "--rescan", "no"], timeout=10, cache=True)
            return
        for name in _IW_INTERFACE.findall(listing.stdout):
            system.run(["iw", "dev", name, "link"], timeout=5, cache=True)


def _wireless_interfaces() -> list[str]:
    """Linux: interfaces the kernel knows as wireless (no iw needed to know there is no Wi-Fi at all)."""
    import os

    base = "/sys/class/net"
    return sorted(n for n in os.listdir(base) if os.path.isdir(os.path.join(base, n, "wireless")))


def links_from(obs: Observations) -> tuple[list[dict[str, Any]], list[str]]:
    """Every Wi-Fi interface the recorded commands describe, and the commands that were understood."""
    links: list[dict[str, Any]] = []
    sources: list[str] = []

    def add(found: Any, source: str) -> None:
        if found is None:
            return  # output this version cannot read: unknown, never "no Wi-Fi"
        sources.append(source)
        links.extend(item for item in as_list(found) if isinstance(item, dict))

    netsh = obs.command("netsh", "wlan", "show", "interfaces")
    if netsh is not None and (netsh.stdout or netsh.ok):
        add(safe_parse("parse_netsh_wlan_interfaces", "wifi", netsh.stdout), "netsh")
    macos: list[dict[str, Any]] = []
    sp = obs.command("system_profiler", "SPAirPortDataType")
    wd = obs.command("wdutil", "info")
    airport = obs.commands("airport", where=lambda c: "-I" in c.argv or "--getinfo" in c.argv)
    for found, source in (
        (sp.stdout if sp is not None else "", "system_profiler"),
        (wd.stdout if wd is not None and wd.ok else "", "wdutil"),
        (airport[-1].stdout if airport else "", "airport"),
    ):
        parsed = safe_parse(MAC_PARSERS[source], "wifi", found) if found else None
        if parsed is not None:
            sources.append(source)
            macos = _merge(macos, [i for i in as_list(parsed) if isinstance(i, dict)])
    links.extend(macos)
    listing = obs.command("iw", "dev")
    if listing is not None and listing.ok:
        sources.append("iw")
        for cmd in obs.commands("iw", where=lambda c: len(c.argv) == 4 and c.argv[1] == "dev" and c.argv[3] == "link"):
            add(safe_parse("parse_iw_link", "wifi", cmd.stdout, cmd.argv[2]), "iw link")
    nmcli = obs.commands("nmcli", where=lambda c: "wifi" in c.argv)
    if nmcli and nmcli[-1].ok:
        add(safe_parse("parse_nmcli_wifi", "wifi", nmcli[-1].stdout), "nmcli")
    iwconfig = obs.command("iwconfig")
    if iwconfig is not None and iwconfig.stdout:
        add(safe_parse("parse_iwconfig", "wifi", iwconfig.stdout), "iwconfig")
    return _dedupe(links), sources


def _merge(base: list[dict[str, Any]], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill unknown fields of one macOS source from another (system_profiler lacks noise, wdutil has it)."""
    if not base:
        return extra
    if not extra:
        return base
    merged = []
    for item in base:
        other = next((e for e in extra if e.get("interface") == item.get("interface")), extra[0])
        merged.append({k: (item.get(k) if item.get(k) is not None else other.get(k)) for k in set(item) | set(other)})
    return merged


def _dedupe(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for link in links:
        key = str(link.get("interface") or len(seen))
        if key not in seen or (link.get("connected") and not seen[key].get("connected")):
            seen[key] = link
    return list(seen.values())


def signal_percent(link: dict[str, Any]) -> int | None:
    value = link.get("signal_percent")
    if isinstance(value, (int, float)):
        return int(value)
    rssi = link.get("rssi_dbm")
    if isinstance(rssi, (int, float)):
        return max(0, min(100, int(2 * (rssi + 100))))  # the usual Windows mapping: -50 dBm = 100 %, -100 = 0
    return None


def analyze(obs: Observations, ctx: Context) -> Result | None:
    links, sources = links_from(obs)
    wireless = obs.value("probe", "wireless_interfaces")
    if not links and wireless is not None and wireless.value == []:
        return Result("wifi", Status.SKIPPED, "", tr("This computer has no Wi-Fi adapter."), {"connected": None, "reason": "no_wifi_hardware"})
    if not sources:
        return None
    if not links:
        return Result(
            "wifi",
            Status.SKIPPED,
            "",
            tr("This computer has no Wi-Fi, or Wi-Fi is switched off."),
            {"connected": None, "sources": sources, "reason": "no_wifi"},
        )
    link = next((item for item in links if item.get("connected")), None)
    link = link or next((item for item in links if item.get("permission_denied")), None) or links[0]
    facts: dict[str, Any] = {key: link.get(key) for key in FACT_KEYS}
    percent = signal_percent(link)
    if facts["signal_percent"] is None:
        facts["signal_percent"] = percent
    facts["sources"] = sources
    if len(links) > 1:
        facts["other_interfaces"] = [item.get("interface") for item in links if item is not link]
    if link.get("permission_denied"):
        facts["connected"] = None if not link.get("connected") else True
        facts["reason"] = "permission_denied"
        return Result(
            "wifi",
            Status.WARNING,
            "",
            tr("SelfDesk is not allowed to see which Wi-Fi network you are on, so it cannot judge your Wi-Fi."),
            facts,
            advice=_permission_advice(obs, ctx),
            help="wifi-location-permission",
        )
    if not link.get("connected"):
        facts["connected"] = False if link.get("connected") is False else None
        facts["reason"] = "not_connected"
        state = str(link.get("state") or "").lower()
        facts["state"] = link.get("state")
        summary = (
            tr("Wi-Fi is switched off.")
            if "off" in state or "disabled" in state
            else tr("Wi-Fi is not connected to any network.")
        )
        # Not a problem in itself (a cable may be in use): the network verdict says when nothing is connected.
        return Result("wifi", Status.OK, "", summary, facts, fixes=("network.wifi_restart",), advice=tr("If you use a cable, this is fine. Otherwise, pick your network from the Wi-Fi menu."), help="wifi-not-connected")
    weak = int(setting(ctx, "wifi_weak_percent", 40))
    unusable = int(setting(ctx, "wifi_unusable_percent", 20))
    name = facts.get("ssid") or tr("your Wi-Fi network")
    hints = _hints(facts, percent, weak)
    if percent is None:
        return Result("wifi", Status.OK, "", tr("Connected to {ssid}; the signal strength is not reported.", ssid=name), facts)
    if percent < unusable:
        facts["reason"] = "unusable_signal"
        return Result(
            "wifi",
            Status.FAILED,
            "",
            tr("Connected to {ssid}, but the signal is too weak to use ({percent}%).", ssid=name, percent=percent),
            facts,
            fixes=("network.wifi_restart",),
            advice=" ".join([tr("Move closer to the Wi-Fi router or access point, or use a network cable."), *hints]),
            help="wifi-weak-signal",
        )
    if percent < weak:
        facts["reason"] = "weak_signal"
        return Result(
            "wifi",
            Status.WARNING,
            "",
            tr("Connected to {ssid}, but the signal is weak ({percent}%).", ssid=name, percent=percent),
            facts,
            advice=" ".join([tr("Move closer to the Wi-Fi router or away from walls and metal furniture."), *hints]),
            help="wifi-weak-signal",
        )
    return Result("wifi", Status.OK, "", tr("Connected to {ssid} with a good signal ({percent}%).", ssid=name, percent=percent), facts)


def _hints(facts: dict[str, Any], percent: int | None, weak: int) -> list[str]:
    hints = []
    band = facts.get("band_ghz")
    channel = facts.get("channel")
    if band == 2.4 or (isinstance(channel, int) and 1 <= channel <= 14 and band is None):
        if isinstance(channel, int) and channel not in (1, 6, 11):
            hints.append(tr("Your Wi-Fi uses the crowded 2.4 GHz band on channel {channel}, which overlaps its neighbours.", channel=channel))
        if percent is not None and percent >= weak // 2:
            hints.append(tr("If your network also offers a 5 GHz name, try it: it is faster and less crowded near the router."))
    return hints


def _permission_advice(obs: Observations, ctx: Context) -> str:
    if obs.command("netsh", "wlan", "show", "interfaces") is not None or ctx.platform == "windows":
        return tr("Open Settings > Privacy & security > Location, turn on Location services and allow desktop apps to access your location, then run the check again.")
    return tr("Open System Settings > Privacy & Security > Location Services, turn it on and allow SelfDesk, then run the check again.")
