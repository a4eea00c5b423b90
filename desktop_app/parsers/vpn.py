"""Parse VPN service lists: macOS ``scutil --nc list/status``, Windows ``Get-VpnConnection`` (list format or
``ConvertTo-Json``), NetworkManager ``nmcli -t connection show --active`` and WireGuard ``wg show``.

Services are dicts {name, type, state, interface?, server?} with state "connected" | "disconnected" |
"connecting" | "unknown". Parsers never raise; text that is not understood gives an empty list. WireGuard
private and preshared keys are never returned.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop_app.parsers.common import clean

_STATES = {
    "connected": "connected", "disconnected": "disconnected", "connecting": "connecting",
    "reconnecting": "connecting", "activated": "connected", "activating": "connecting",
    "deactivated": "disconnected", "notconnected": "disconnected", "disconnecting": "unknown",
    "deactivating": "unknown", "invalid": "unknown", "dormant": "disconnected",
}


def normalise_state(value: Any) -> str:
    if not isinstance(value, str):
        return "unknown"
    return _STATES.get(re.sub(r"[^a-z]", "", value.casefold()), "unknown")


# ---------------------------------------------------------------------------------------------- macOS

# "* (Connected)      07CD635E-... VPN (io.tailscale.ipn.macsys) "Tailscale"   [VPN:io.tailscale.ipn.macsys]"
# "* (Connected) 1D5C...  PPP --> L2TP "Office" [PPP:L2TP]"
_NC_LINE = re.compile(
    r"^\s*(\*)?\s*\((?P<state>[^)]*)\)\s+(?P<uuid>[0-9A-Fa-f-]{36})\s+(?P<kind>.*?)\s*\"(?P<name>(?:[^\"\\]|\\.)*)\"\s*"
    r"(?:\[(?P<bracket>[^\]]*)\])?\s*$"
)


def parse_scutil_nc_list(text: Any) -> list[dict[str, Any]]:
    """``scutil --nc list``: one service per line; ``enabled`` is the leading '*'."""
    if not isinstance(text, str):
        return []
    services: list[dict[str, Any]] = []
    for line in text.splitlines():
        match = _NC_LINE.match(line.rstrip("\r"))
        if match is None:
            continue
        bracket = match.group("bracket") or ""
        kind = match.group("kind")
        if ":" in bracket:
            family, _, detail = bracket.partition(":")
            vpn_type = detail.casefold() if family.upper() == "PPP" else detail
        elif bracket:
            vpn_type = bracket.casefold()
        else:
            vpn_type = kind.split("-->")[-1].strip().casefold() or "unknown"
        services.append({
            "name": match.group("name").replace('\\"', '"'),
            "type": vpn_type,
            "state": normalise_state(match.group("state")),
            "enabled": match.group(1) == "*",
            "id": match.group("uuid"),
        })
    return services


def parse_scutil_nc_status(text: Any, name: str | None = None) -> list[dict[str, Any]]:
    """``scutil --nc status NAME``: first line is the state, then an Extended Status dictionary."""
    if not isinstance(text, str):
        return []
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return []
    state_word = lines[0]
    if state_word.casefold().startswith("no service"):
        return []
    state = normalise_state(state_word)
    if state == "unknown" and state_word not in ("Disconnecting", "Invalid"):
        return []
    service: dict[str, Any] = {"name": name or None, "type": None, "state": state}
    iface = re.search(r"^\s*InterfaceName\s*:\s*(\S+)", text, re.MULTILINE)
    if iface:
        service["interface"] = iface.group(1)
    server = re.search(r"^\s*(?:RemoteAddress|ServerAddress|CommRemoteAddress)\s*:\s*(\S+)", text, re.MULTILINE)
    if server:
        service["server"] = server.group(1)
    if re.search(r"^\s*PPP\s*:", text, re.MULTILINE):
        service["type"] = "ppp"
    elif re.search(r"^\s*IPSec\s*:", text, re.MULTILINE):
        service["type"] = "ipsec"
    elif re.search(r"^\s*VPN\s*:", text, re.MULTILINE):
        service["type"] = "vpn"
    return [service]


# -------------------------------------------------------------------------------------------- Windows

def _vpn_from_record(record: dict[str, Any]) -> dict[str, Any] | None:
    name = record.get("Name")
    if not isinstance(name, str) or not name:
        return None
    status = record.get("ConnectionStatus")
    tunnel = record.get("TunnelType")
    service: dict[str, Any] = {
        "name": name,
        "type": str(tunnel).casefold() if isinstance(tunnel, (str, int)) and tunnel != "" else "unknown",
        "state": normalise_state(status) if isinstance(status, str) else "unknown",
    }
    server = record.get("ServerAddress")
    if isinstance(server, str) and server.strip():
        service["server"] = server.strip()
    split = record.get("SplitTunneling")
    if isinstance(split, bool):
        service["split_tunneling"] = split
    elif isinstance(split, str) and split.casefold() in ("true", "false"):
        service["split_tunneling"] = split.casefold() == "true"
    return service


def parse_get_vpnconnection(text: Any) -> list[dict[str, Any]]:
    """``Get-VpnConnection`` in PowerShell's list format, or piped to ``ConvertTo-Json`` (object or array)."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        stripped = text.strip()
        if stripped[:1] in "[{":
            try:
                data = json.loads(stripped)
            except ValueError:
                data = None
            if data is not None:
                if isinstance(data, dict) and isinstance(data.get("value"), list):
                    data = data["value"]
                items = data if isinstance(data, list) else [data]
                services = [_vpn_from_record(item) for item in items if isinstance(item, dict)]
                return [s for s in services if s is not None]
        records: list[dict[str, Any]] = []
        current: dict[str, Any] | None = None
        for raw in text.splitlines():
            match = re.match(r"^([A-Za-z][A-Za-z0-9]*)\s*:\s?(.*)$", raw.rstrip("\r"))
            if match is None:
                continue
            key, value = match.group(1), clean(match.group(2))
            if key == "Name":
                current = {}
                records.append(current)
            if current is not None and key not in current:
                current[key] = value
        services = [_vpn_from_record(record) for record in records]
        return [s for s in services if s is not None]
    except Exception:  # never raise
        return []


# ---------------------------------------------------------------------------------------------- Linux

_NM_VPN_TYPES = {"vpn": "vpn", "wireguard": "wireguard", "tun": "tun", "802-3-ethernet": None,
                 "ethernet": None, "802-11-wireless": None, "wifi": None, "loopback": None, "bridge": None}


def _split_terse(line: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    escape = False
    for char in line:
        if escape:
            current.append(char)
            escape = False
        elif char == "\\":
            escape = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def parse_nmcli_active(text: Any) -> list[dict[str, Any]]:
    """``nmcli -t -f NAME,TYPE,DEVICE,STATE connection show --active``: VPN-like connections only
    (types vpn, wireguard, tun)."""
    if not isinstance(text, str):
        return []
    services: list[dict[str, Any]] = []
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("$ "):
            continue
        parts = _split_terse(line)
        if len(parts) < 4:
            continue
        name, conn_type, device, state = parts[0], parts[1], parts[2], parts[3]
        kind = _NM_VPN_TYPES.get(conn_type.casefold(), "")
        if not kind or not name:
            continue
        service: dict[str, Any] = {"name": name, "type": kind, "state": normalise_state(state)}
        if device and device != "--":
            service["interface"] = device
        services.append(service)
    return services


def _to_int(value: str) -> int | None:
    try:
        return int(value)
    except ValueError:
        return None


def parse_wg_show_dump(text: Any) -> list[dict[str, Any]]:
    """``wg show all dump`` (tab separated). One service per interface with its peers (public_key, endpoint,
    allowed_ips, latest_handshake epoch (0 = never), rx_bytes, tx_bytes, persistent_keepalive)."""
    if not isinstance(text, str):
        return []
    interfaces: dict[str, dict[str, Any]] = {}
    for raw in text.splitlines():
        fields = raw.rstrip("\r").split("\t")
        if len(fields) == 5:
            name, _private, public, port, fwmark = fields
            interfaces[name] = {
                "name": name, "type": "wireguard", "state": "unknown", "interface": name,
                "public_key": public if public != "(none)" else None, "listen_port": _to_int(port),
                "fwmark": None if fwmark == "off" else fwmark, "peers": [],
            }
        elif len(fields) == 9:
            name, public, _psk, endpoint, allowed, handshake, rx, tx, keepalive = fields
            iface = interfaces.setdefault(name, {
                "name": name, "type": "wireguard", "state": "unknown", "interface": name, "public_key": None,
                "listen_port": None, "fwmark": None, "peers": [],
            })
            iface["peers"].append({
                "public_key": public,
                "endpoint": None if endpoint == "(none)" else endpoint,
                "allowed_ips": [] if allowed in ("(none)", "") else allowed.split(","),
                "latest_handshake": _to_int(handshake),
                "rx_bytes": _to_int(rx),
                "tx_bytes": _to_int(tx),
                "persistent_keepalive": None if keepalive == "off" else _to_int(keepalive),
            })
    for iface in interfaces.values():
        _wg_state(iface)
    return list(interfaces.values())


def _wg_state(iface: dict[str, Any]) -> None:
    """An interface with a peer is connected: WireGuard has no session to set up, it only handshakes when
    traffic flows, so "up with a peer" is all a client ever shows. Whether the peer answers (handshake age,
    counters) is the tunnel check's job, which reports a dead tunnel. No peers: unknown."""
    iface["state"] = "connected" if iface["peers"] else "unknown"


_UNITS = {"b": 1, "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4,
          "kb": 1000, "mb": 1000**2, "gb": 1000**3, "tb": 1000**4}
_SECONDS = {"year": 365 * 86400, "day": 86400, "hour": 3600, "minute": 60, "second": 1}


def _bytes(number: str, unit: str) -> int | None:
    factor = _UNITS.get(unit.casefold())
    if factor is None:
        return None
    return int(float(number) * factor)


def _ago_seconds(text: str) -> int | None:
    total = 0
    found = False
    for number, unit in re.findall(r"(\d+)\s+(year|day|hour|minute|second)s?", text):
        total += int(number) * _SECONDS[unit]
        found = True
    return total if found else None


def parse_wg_show(text: Any) -> list[dict[str, Any]]:
    """Human ``wg show``: peers carry ``handshake_age_seconds`` ("1 minute, 5 seconds ago"; None = never)
    and rx/tx bytes from "transfer: 1.2 MiB received, 3 KiB sent"."""
    if not isinstance(text, str):
        return []
    try:
        interfaces: list[dict[str, Any]] = []
        iface: dict[str, Any] | None = None
        peer: dict[str, Any] | None = None
        for raw in text.splitlines():
            line = re.sub(r"\x1b\[[0-9;]*m", "", raw).strip()  # wg colours its output on a terminal
            match = re.match(r"^(interface|peer|public key|listening port|endpoint|allowed ips|latest handshake|"
                             r"transfer|persistent keepalive):\s*(.*)$", line)
            if match is None:
                continue
            key, value = match.group(1), match.group(2).strip()
            if key == "interface":
                iface = {"name": value, "type": "wireguard", "state": "unknown", "interface": value,
                         "public_key": None, "listen_port": None, "peers": []}
                interfaces.append(iface)
                peer = None
            elif iface is None:
                continue
            elif key == "peer":
                peer = {"public_key": value, "endpoint": None, "allowed_ips": [], "latest_handshake": 0,
                        "handshake_age_seconds": None, "rx_bytes": None, "tx_bytes": None}
                iface["peers"].append(peer)
            elif peer is None:
                if key == "public key":
                    iface["public_key"] = value
                elif key == "listening port":
                    iface["listen_port"] = _to_int(value)
            elif key == "endpoint":
                peer["endpoint"] = value
            elif key == "allowed ips":
                peer["allowed_ips"] = [] if value == "(none)" else [v.strip() for v in value.split(",")]
            elif key == "latest handshake":
                age = _ago_seconds(value)
                peer["handshake_age_seconds"] = age
                # the epoch is unknown here; 1 marks "happened" so consumers of the dump form read it right
                peer["latest_handshake"] = 1 if age is not None or "now" in value.casefold() else 0
                if "now" in value.casefold() and age is None:
                    peer["handshake_age_seconds"] = 0
            elif key == "transfer":
                rx = re.search(r"([\d.]+)\s*([KMGT]?i?B)\s+received", value)
                tx = re.search(r"([\d.]+)\s*([KMGT]?i?B)\s+sent", value)
                peer["rx_bytes"] = _bytes(*rx.groups()) if rx else None
                peer["tx_bytes"] = _bytes(*tx.groups()) if tx else None
            elif key == "persistent keepalive":
                peer["persistent_keepalive"] = _ago_seconds(value.replace("every", ""))
        for item in interfaces:
            _wg_state(item)
        return interfaces
    except Exception:  # never raise
        return []
