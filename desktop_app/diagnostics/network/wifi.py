"""The Wi-Fi link: connected network, signal, band and rates, from whatever the OS reports.

Windows ``netsh wlan show interfaces`` (+ ``netsh wlan show networks mode=bssid`` for the networks around);
macOS ``system_profiler SPAirPortDataType -json`` (neighbours included) and ``wdutil info`` (or legacy
``airport -I`` / ``airport -s``); Linux ``nmcli -t ... device wifi list`` (link *and* neighbours) and
``iw dev IFACE link`` (``iwconfig`` and ``/proc/net/wireless`` in replays).

Unreadable output (a display language no parser knows, garbage, a truncated capture) is reported as
*unknown*, never as "not connected". When Windows or macOS hide the network name for lack of location
permission the link is reported as unknown with the way to grant it.
"""

from __future__ import annotations

import re
from typing import Any

from desktop_app.diagnostics.network.common import as_list, setting
from desktop_app.i18n import PRODUCT, tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import CommandObs, Observations
from desktop_app.parsers import wifi as wifi_parsers
from desktop_app.parsers.wifi import joining_state
from desktop_app.redaction.checks import CheckPattern
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
NMCLI_WIFI_FIELDS = "IN-USE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,SECURITY,DEVICE"
CROWDED_NEIGHBOURS = 4  # other access points on overlapping 2.4 GHz channels before we call it crowded
_IW_INTERFACE = re.compile(r"^\s*Interface\s+(\S+)", re.MULTILINE)


def collect(system: System, ctx: Context) -> None:
    if system.platform == "windows":
        system.run(["netsh", "wlan", "show", "interfaces"], timeout=10, cache=True)
        system.run(["netsh", "wlan", "show", "networks", "mode=bssid"], timeout=10, cache=True)
    elif system.platform == "macos":
        system.run(["system_profiler", "SPAirPortDataType", "-json"], timeout=20, cache=True)
        system.run(["wdutil", "info"], timeout=10, cache=True)  # richer (RSSI, noise) when allowed
    else:
        system.observe("probe", "wireless_interfaces", _wireless_interfaces)
        if system.which("nmcli"):
            # One call gives the link (the row in use) and the networks around (the other rows).
            system.run(["nmcli", "-t", "-f", NMCLI_WIFI_FIELDS, "device", "wifi", "list", "--rescan", "no"], timeout=10, cache=True)
        listing = system.run(["iw", "dev"], timeout=5, cache=True)
        if listing.missing_tool:
            return
        for name in _IW_INTERFACE.findall(listing.stdout):
            system.run(["iw", "dev", name, "link"], timeout=5, cache=True)


def _wireless_interfaces() -> list[str]:
    """Linux: interfaces the kernel knows as wireless (no iw needed to know there is no Wi-Fi at all)."""
    import os

    base = "/sys/class/net"
    return sorted(n for n in os.listdir(base) if os.path.isdir(os.path.join(base, n, "wireless")))


def _nmcli_wifi(obs: Observations) -> CommandObs | None:
    found = obs.commands("nmcli", where=lambda c: "wifi" in c.argv and "list" in c.argv)
    return found[-1] if found else None


def links_from(obs: Observations) -> tuple[list[dict[str, Any]], list[str]]:
    """Every Wi-Fi interface the recorded commands describe, and the commands that were looked at. A link
    with ``recognized`` False stands for output that could not be read."""
    links: list[dict[str, Any]] = []
    sources: list[str] = []

    def add(found: Any, source: str) -> None:
        if found is None:
            return
        sources.append(source)
        links.extend(item for item in as_list(found) if isinstance(item, dict))

    netsh = obs.command("netsh", "wlan", "show", "interfaces")
    if netsh is not None and (netsh.stdout or netsh.ok):
        add(wifi_parsers.parse_netsh_wlan_interfaces(netsh.stdout), "netsh")
    macos: list[dict[str, Any]] = []
    sp = obs.command("system_profiler", "SPAirPortDataType")
    wd = obs.command("wdutil", "info")
    airport = obs.commands("airport", where=lambda c: "-I" in c.argv or "--getinfo" in c.argv)
    for found, source in (
        (sp.stdout if sp is not None else "", "system_profiler"),
        (wd.stdout if wd is not None and wd.ok else "", "wdutil"),
        (airport[-1].stdout if airport else "", "airport"),
    ):
        parsed = [i for i in as_list(getattr(wifi_parsers, MAC_PARSERS[source])(found)) if isinstance(i, dict)] if found else []
        if parsed:
            sources.append(source)
            known = [i for i in parsed if i.get("recognized", True)]
            macos = _merge(macos, known) if known else (macos or parsed)
    links.extend(macos)
    listing = obs.command("iw", "dev")
    if listing is not None and listing.ok:
        sources.append("iw")
        for cmd in obs.commands("iw", where=lambda c: len(c.argv) == 4 and c.argv[1] == "dev" and c.argv[3] == "link"):
            add(wifi_parsers.parse_iw_link(cmd.stdout, cmd.argv[2]), "iw link")
    nmcli = _nmcli_wifi(obs)
    if nmcli is not None and nmcli.ok:
        fields = wifi_parsers.nmcli_fields(list(nmcli.argv))
        add(wifi_parsers.parse_nmcli_wifi(nmcli.stdout, fields), "nmcli")
    iwconfig = obs.command("iwconfig")
    if iwconfig is not None and iwconfig.stdout:
        add(wifi_parsers.parse_iwconfig(iwconfig.stdout), "iwconfig")
    wireless = obs.value("file", "/proc/net/wireless")
    if wireless is not None and isinstance(wireless.value, str):
        add(wifi_parsers.parse_proc_net_wireless(wireless.value), "/proc/net/wireless")
    return _dedupe(links), sources


def scan_from(obs: Observations) -> tuple[list[dict[str, Any]] | None, bool]:
    """The networks around (None when no scan was recorded or understood) and whether the OS withheld the
    access points' addresses (macOS without Location permission)."""
    netsh = obs.command("netsh", "wlan", "show", "networks")
    if netsh is not None and netsh.stdout:
        found = wifi_parsers.parse_netsh_networks(netsh.stdout)
        if found is not None:
            return [n for n in found if isinstance(n, dict)], False
    nmcli = _nmcli_wifi(obs)
    if nmcli is not None and nmcli.ok:
        found = wifi_parsers.parse_nmcli_scan(nmcli.stdout, wifi_parsers.nmcli_fields(list(nmcli.argv)))
        if found is not None:
            return [n for n in found if isinstance(n, dict)], False
    sp = obs.command("system_profiler", "SPAirPortDataType")
    if sp is not None and sp.stdout:
        found = wifi_parsers.parse_system_profiler_scan(sp.stdout)
        if found is not None:
            return [n for n in found if isinstance(n, dict)], False
    airport = obs.commands("airport", where=lambda c: "-s" in c.argv or "--scan" in c.argv)
    if airport:
        found = wifi_parsers.parse_airport_scan(airport[-1].stdout)
        if isinstance(found, dict):
            return [n for n in found.get("networks") or [] if isinstance(n, dict)], bool(found.get("bssid_withheld"))
    return None, False


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


def _rank(link: dict[str, Any]) -> int:
    """Which description of an interface to trust: a connected reading, then a definite "not connected",
    then an unknown state, then unreadable output."""
    if not link.get("recognized", True):
        return 0
    return {True: 3, False: 2}.get(link.get("connected"), 1)  # type: ignore[arg-type]


def _dedupe(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for link in links:
        key = str(link.get("interface") or f"#{len(seen)}")
        if key not in seen or _rank(link) > _rank(seen[key]):
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


def _pick(links: list[dict[str, Any]]) -> dict[str, Any]:
    for wanted in (
        lambda i: i.get("connected") is True,
        lambda i: bool(i.get("permission_denied")),
        lambda i: i.get("connected") is False and i.get("recognized", True),
        lambda i: i.get("recognized", True),
    ):
        found = next((item for item in links if wanted(item)), None)
        if found is not None:
            return found
    return links[0]


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
    link = _pick(links)
    facts: dict[str, Any] = {key: link.get(key) for key in FACT_KEYS}
    percent = signal_percent(link)
    if facts["signal_percent"] is None:
        facts["signal_percent"] = percent
    facts["sources"] = sources
    facts["hidden_ssid"] = bool(link.get("hidden"))
    if link.get("connected_inferred"):
        facts["connected_inferred"] = True  # the state word was in a language not known: inferred from the readings
    if len(links) > 1:
        facts["other_interfaces"] = [item.get("interface") for item in links if item is not link]
    if not link.get("recognized", True):
        facts["connected"] = None
        facts["reason"] = "unreadable"
        return Result(
            "wifi",
            Status.SKIPPED,
            "",
            tr("SelfDesk could not read the Wi-Fi state this computer reported (an unfamiliar language or format), so it is unknown."),
            facts,
            advice=tr("If websites open, your connection works. Otherwise, send a report to IT: it contains what the computer reported."),
        )
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
    if link.get("connected") is None:
        facts["reason"] = "unknown_state"
        facts["state"] = link.get("state")
        return Result(
            "wifi",
            Status.SKIPPED,
            "",
            tr("SelfDesk could not tell whether Wi-Fi is connected (the computer reports: {state}).", state=link.get("state") or "?"),
            facts,
        )
    if not link.get("connected"):
        facts["reason"] = "not_connected"
        state = str(link.get("state") or "").lower()
        facts["state"] = link.get("state")
        if "off" in state or "disabled" in state:
            summary = tr("Wi-Fi is switched off.")
        elif joining_state(link.get("state")):
            summary = tr("Wi-Fi is still joining a network (the computer reports: {state}).", state=link.get("state"))
        else:
            summary = tr("Wi-Fi is not connected to any network.")
        # Not a problem in itself (a cable may be in use): the network verdict says when nothing is connected.
        return Result("wifi", Status.OK, "", summary, facts, fixes=("network.wifi_restart",), advice=tr("If you use a cable, this is fine. Otherwise, pick your network from the Wi-Fi menu."), help="wifi-not-connected")
    weak = int(setting(ctx, "wifi_weak_percent", 40))
    unusable = int(setting(ctx, "wifi_unusable_percent", 20))
    name = facts.get("ssid") or (tr("a hidden network") if facts["hidden_ssid"] else tr("your Wi-Fi network"))
    scan, withheld = scan_from(obs)
    facts["neighbourhood"] = neighbourhood(facts, scan, weak)
    if withheld:
        facts["neighbourhood"]["bssids_withheld"] = True
    hints = _hints(facts["neighbourhood"])
    if hints:
        facts["hints"] = [h for h, _ in hints]
    hint_text = [text for _, text in hints]
    if percent is None:
        return Result("wifi", Status.OK, "", tr("Connected to {ssid}; the signal strength is not reported.", ssid=name), facts, advice=" ".join(hint_text))
    if percent < unusable:
        facts["reason"] = "unusable_signal"
        return Result(
            "wifi",
            Status.FAILED,
            "",
            tr("Connected to {ssid}, but the signal is too weak to use ({percent}%).", ssid=name, percent=percent),
            facts,
            fixes=("network.wifi_restart",),
            advice=" ".join([tr("Move closer to the Wi-Fi router or access point, or use a network cable."), *hint_text]),
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
            advice=" ".join([tr("Move closer to the Wi-Fi router or away from walls and metal furniture."), *hint_text]),
            help="wifi-weak-signal",
        )
    summary = tr("Connected to {ssid} with a good signal ({percent}%).", ssid=name, percent=percent)
    return Result("wifi", Status.OK, "", summary, facts, advice=" ".join(hint_text), help="wifi-weak-signal" if hints else None)


def _overlaps(a: int, b: int) -> bool:
    """2.4 GHz channels are 5 MHz apart but 20 MHz wide: channels less than 5 apart overlap."""
    return abs(a - b) < 5


def neighbourhood(facts: dict[str, Any], scan: list[dict[str, Any]] | None, weak: int) -> dict[str, Any]:
    """What the scan says about the radio around the connected network (pure)."""
    if scan is None:
        return {"scanned": False}
    own_bssid = facts.get("bssid")
    channel = facts.get("channel")
    band = facts.get("band_ghz")
    others = [n for n in scan if not n.get("in_use") and not (own_bssid and n.get("bssid") == own_bssid)]
    out: dict[str, Any] = {"scanned": True, "networks_seen": len(scan)}
    if isinstance(channel, int) and (band == 2.4 or (band is None and 1 <= channel <= 14)):
        overlapping = [n for n in others if n.get("band_ghz") == 2.4 and isinstance(n.get("channel"), int) and _overlaps(n["channel"], channel)]
        out["overlapping_24ghz"] = len(overlapping)
        same_ssid = [
            n for n in scan
            if facts.get("ssid") and n.get("ssid") == facts.get("ssid") and n.get("band_ghz") in (5.0, 6.0)
            and (n.get("signal_percent") is None or n["signal_percent"] >= weak)
        ]
        if same_ssid:
            best = max(same_ssid, key=lambda n: n.get("signal_percent") or 0)
            out["same_ssid_faster_band"] = {"band_ghz": best.get("band_ghz"), "channel": best.get("channel"), "signal_percent": best.get("signal_percent")}
    return out


def _hints(around: dict[str, Any]) -> list[tuple[str, str]]:
    hints: list[tuple[str, str]] = []
    crowded = around.get("overlapping_24ghz")
    if isinstance(crowded, int) and crowded >= CROWDED_NEIGHBOURS:
        hints.append(("crowded_channel", tr("{count} other Wi-Fi networks nearby use channels that overlap yours on the crowded 2.4 GHz band, which slows everyone down.", count=crowded)))
    faster = around.get("same_ssid_faster_band")
    if isinstance(faster, dict):
        band = faster.get("band_ghz")
        hints.append(("faster_band_available", tr("Your network is also available here on {band} GHz, which is faster and less crowded: choose it in the Wi-Fi menu if it has its own name, or move a little closer to the router.", band=f"{band:g}" if isinstance(band, (int, float)) else "5")))
    return hints


def _permission_advice(obs: Observations, ctx: Context) -> str:
    if obs.command("netsh", "wlan", "show", "interfaces") is not None or ctx.platform == "windows":
        return tr("Open Settings > Privacy & security > Location, turn on Location services and allow desktop apps to access your location, then run the check again.")
    return tr(
        "Open System Settings > Privacy & Security > Location Services, turn it on and allow {app}, then run the check again.",
        app=PRODUCT,  # the name macOS lists, whatever the branding
    )


# Bundle redaction, layer 2: names these commands print that the global pass cannot tell from their context.
REDACT = (
    # nmcli -t: the field just before an escaped BSSID is the SSID ("no:HomeNet:31\:23\:03\:1A\:9F\:1C:Infra:...")
    CheckPattern("ssid", r"(?:^|(?<=:))(?P<v>(?:[^:\\\r\n]|\\.)+):[0-9A-Fa-f]{2}\\:[0-9A-Fa-f]{2}\\:", programs=("nmcli",)),
    CheckPattern("ssid", r"^GENERAL\.CONNECTION:\s*(?P<v>\S.*?)\s*$", programs=("nmcli",)),
    # airport -s: the right-aligned SSID column, before the BSSID (blank without location permission) and RSSI
    CheckPattern("ssid", r"^ *(?![0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5} )(?P<v>\S(?:.*?\S)?) +(?:[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5} +)?-\d{1,3} +\d{1,3}(?:,[+-]?\d)? ", programs=("airport",)),
    # netsh wlan: a profile is named after its network; the key in every language netsh speaks
    CheckPattern("ssid", r"^[ \t]*(?:Profile|Profil|Perfil|Profilo|Profiel)[ \t]*:[ \t]*(?P<v>\S.*?)[ \t]*\r?$", programs=("netsh",)),
    CheckPattern("wifi-key", r"^[ \t]*(?:Key Content|Contenu de la cl\S*|Schl\S*sselinhalt|Contenido de la clave|Contenuto chiave|Sleutelinhoud|Conte\S*do da chave)[ \t]*:[ \t]*(?P<v>\S.*?)[ \t]*\r?$", programs=("netsh",)),
    # system_profiler -json: a network entry's "_name" (an interface's is followed by other keys)
    CheckPattern("ssid", r'"_name"\s*:\s*"(?P<v>(?:[^"\\]|\\.)+)"(?=\s*,\s*"spairport_network_)', programs=("system_profiler",)),
    # iw dev: "ssid HomeNet", no separator
    CheckPattern("ssid", r"^\s*ssid (?P<v>\S.*?)\s*$", programs=("iw",)),
)
