"""Parse VPN service lists: macOS ``scutil --nc list/status``, Windows ``Get-VpnConnection`` (list format or
``ConvertTo-Json``) and ``Get-NetAdapter``, NetworkManager ``nmcli connection show --active`` (terse or table),
WireGuard ``wg show`` (dump or human form), the vendor CLIs (GlobalProtect, FortiClient), and the DNS routing
views that say which server answers a name (``resolvectl``, ``scutil --dns``, NRPT).

Services are dicts {name, type, state, interface?, server?} with state "connected" | "disconnected" |
"connecting" | "unknown". Parsers never raise; text that is not understood gives an empty list. WireGuard
private and preshared keys are never returned.
"""

from __future__ import annotations

import re
from typing import Any

from desktop_app.parsers.common import clean, powershell_records, split_terse

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
        items = powershell_records(text)
        if items is not None:
            services = [_vpn_from_record(item) for item in items]
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


def parse_nmcli_active(text: Any) -> list[dict[str, Any]]:
    """``nmcli -t -f NAME,TYPE,DEVICE,STATE connection show --active``, or the plain table a person records
    (``nmcli connection show --active``): VPN-like connections only (types vpn, wireguard, tun)."""
    if not isinstance(text, str):
        return []
    table = _nmcli_table(text)
    if table is not None:
        return table
    services: list[dict[str, Any]] = []
    for raw in text.splitlines():
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("$ "):
            continue
        parts = split_terse(line)
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


def _nmcli_table(text: str) -> list[dict[str, Any]] | None:
    """The human table: a header of column names (NAME UUID TYPE DEVICE [STATE]) whose starts give the
    column positions (names may hold spaces). None when the text is not such a table."""
    lines = [line.rstrip("\r") for line in text.splitlines()]
    index = next((i for i, line in enumerate(lines) if re.match(r"^\s*NAME\s{2,}", line) and " TYPE" in line), None)
    if index is None:
        return None
    header = lines[index]
    starts = [(m.start(), m.group(0)) for m in re.finditer(r"\S+", header)]
    services: list[dict[str, Any]] = []
    for line in lines[index + 1:]:
        if not line.strip():
            continue
        row: dict[str, str] = {}
        for number, (start, name) in enumerate(starts):
            end = starts[number + 1][0] if number + 1 < len(starts) else len(line)
            row[name] = line[start:end].strip() if len(line) > start else ""
        kind = _NM_VPN_TYPES.get(row.get("TYPE", "").casefold(), "")
        if not kind or not row.get("NAME"):
            continue
        # --active lists activated and activating connections; without a STATE column the row means "up".
        state = normalise_state(row["STATE"]) if row.get("STATE") else "connected"
        service: dict[str, Any] = {"name": row["NAME"], "type": kind, "state": state}
        if row.get("DEVICE") and row["DEVICE"] != "--":
            service["interface"] = row["DEVICE"]
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


def parse_wg_show_any(text: Any) -> list[dict[str, Any]]:
    """``wg show all dump`` or the human ``wg show``, whichever the text is."""
    if not isinstance(text, str):
        return []
    if "\t" in text:
        dump = parse_wg_show_dump(text)
        if dump:
            return dump
    return parse_wg_show(text)


def wg_permission_denied(text: Any) -> bool:
    """``wg`` run without admin rights: "Unable to access interface X: Permission denied"."""
    return isinstance(text, str) and "permission denied" in text.casefold()


# ------------------------------------------------------------------------------- Windows adapters

# InterfaceDescription (driver name) -> VPN product. Windows names adapters "Ethernet 3" or whatever the
# user typed; only the description says what made the adapter.
_DESCRIPTION_TYPES: tuple[tuple[str, str], ...] = (
    ("pangp", "globalprotect"),
    ("fortinet", "forticlient"),
    ("forticlient", "forticlient"),
    ("anyconnect", "anyconnect"),
    ("cisco secure client", "anyconnect"),
    ("wireguard", "wireguard"),
    ("wintun", "wintun"),
    ("tap-windows", "openvpn"),
    ("tap-win32", "openvpn"),
    ("openvpn", "openvpn"),
    ("wan miniport", "windows"),
    ("juniper", "pulse"),
    ("pulse secure", "pulse"),
    ("zscaler", "zscaler"),
    ("tailscale", "tailscale"),
    ("nordlynx", "nordvpn"),
    ("check point", "checkpoint"),
    ("sonicwall", "sonicwall"),
)


def adapter_description_type(description: Any) -> str | None:
    if not isinstance(description, str):
        return None
    folded = description.casefold()
    for needle, kind in _DESCRIPTION_TYPES:
        if needle in folded:
            return kind
    return None


def _adapter_state(status: Any) -> str:
    if isinstance(status, int) and not isinstance(status, bool):
        return {1: "connected", 2: "disconnected", 7: "disconnected"}.get(status, "unknown")  # MSFT_NetAdapter
    if not isinstance(status, str):
        return "unknown"
    folded = status.strip().casefold()
    if folded == "up":
        return "connected"
    if folded in ("disconnected", "down", "disabled", "not present"):
        return "disconnected"
    return "unknown"


def parse_get_netadapter(text: Any) -> list[dict[str, Any]]:
    """``Get-NetAdapter`` (JSON or the recorded table, read by the IP-configuration parser) as VPN adapter
    candidates: {name, description, state, mtu}. Cut values ('...' or '\u2026') are kept as they are."""
    from desktop_app.parsers.ipconfig import parse_get_netadapter as adapters

    return [{"name": a["name"], "description": str(a.get("description") or ""), "state": _adapter_state(a.get("status")),
             "mtu": a.get("mtu")} for a in adapters(text) or []]


# ------------------------------------------------------------------------------------- vendor CLIs

def parse_globalprotect_status(text: Any) -> str:
    """``globalprotect show --status`` (Linux, macOS): "GlobalProtect status: Connected"."""
    if not isinstance(text, str):
        return "unknown"
    match = re.search(r"GlobalProtect\s+status\s*:\s*([^\r\n]+)", text, re.IGNORECASE)
    if match is None:
        return "unknown"
    word = match.group(1).strip().rstrip(".").casefold()
    if word.startswith(("not connected", "disconnected", "ondemand", "on-demand", "disabled")):
        return "disconnected"
    if word.startswith(("connecting", "reconnecting")):
        return "connecting"
    if word.startswith("connected"):
        return "connected"
    return "unknown"


def parse_forticlient_status(text: Any) -> dict[str, Any]:
    """``forticlient vpn status`` (Linux): a "VPN name:" and a "Status:" line; "Not Running" when idle."""
    out: dict[str, Any] = {"name": None, "state": "unknown"}
    if not isinstance(text, str):
        return out
    name = re.search(r"^\s*VPN\s+name\s*:\s*(.+?)\s*$", text, re.IGNORECASE | re.MULTILINE)
    if name:
        out["name"] = name.group(1)
    status = re.search(r"^\s*Status\s*:\s*(.+?)\s*$", text, re.IGNORECASE | re.MULTILINE)
    if status:
        out["state"] = normalise_state(status.group(1))
    elif re.search(r"\bnot\s+running\b", text, re.IGNORECASE):
        out["state"] = "disconnected"
    return out


# ------------------------------------------------------------------ which DNS server answers a name

def parse_resolvectl_query(text: Any) -> dict[str, Any]:
    """``resolvectl query NAME``: addresses and the link (interface) each came through; ``failed`` when
    resolved could not answer ("NAME: resolve call failed: ...")."""
    import ipaddress

    out: dict[str, Any] = {"addresses": [], "links": [], "failed": False, "error": None}
    if not isinstance(text, str):
        return out
    for line in text.splitlines():
        failed = re.search(r":\s*resolve call failed:\s*(.*)$", line)
        if failed:
            out["failed"], out["error"] = True, failed.group(1).strip()
            continue
        if line.lstrip().startswith("--"):
            continue
        match = re.search(r"(\S+)\s+--\s+link:\s*(\S+)\s*$", line) or re.search(r"^\S+:\s+(\S+)\s*$()", line)
        if match is None:
            continue
        try:
            address = str(ipaddress.ip_address(match.group(1)))
        except ValueError:
            continue
        out["addresses"].append(address)
        if match.group(2) and match.group(2) not in out["links"]:
            out["links"].append(match.group(2))
    return out


def parse_resolvectl_dns(text: Any) -> dict[str, list[str]]:
    """``resolvectl dns``: "Global: 1.1.1.1" and "Link 3 (wg0): 10.0.0.53" -> {"Global"|iface: servers}."""
    out: dict[str, list[str]] = {}
    if not isinstance(text, str):
        return out
    for line in text.splitlines():
        match = re.match(r"^\s*(?:Link\s+\d+\s+\(([^)]+)\)|(Global))\s*:\s*(.*)$", line)
        if match:
            key = match.group(1) or "Global"
            out[key] = [s.split("#")[0].split("%")[0] for s in match.group(3).split() if s]
    return out


def parse_scutil_dns(text: Any) -> list[dict[str, Any]]:
    """``scutil --dns``: the resolvers macOS routes queries to. Each: domain (a supplemental resolver for
    that domain), search domains, nameservers, interface, scoped (only for queries scoped to an interface)."""
    if not isinstance(text, str):
        return []
    resolvers: list[dict[str, Any]] = []
    scoped_section = False
    current: dict[str, Any] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("DNS configuration"):
            scoped_section = "scoped" in line.casefold()
            current = None
            continue
        if re.match(r"^resolver\s+#\d+", line):
            current = {"domain": None, "search": [], "nameservers": [], "interface": None,
                       "scoped": scoped_section, "order": None}
            resolvers.append(current)
            continue
        if current is None or ":" not in line:
            continue
        key, _, value = (part.strip() for part in line.partition(" : ")) if " : " in line else \
            (line.split(":", 1)[0].strip(), ":", line.split(":", 1)[1].strip())
        if key == "domain":
            current["domain"] = value.rstrip(".").casefold()
        elif key.startswith("search domain"):
            current["search"].append(value.rstrip(".").casefold())
        elif key.startswith("nameserver"):
            current["nameservers"].append(value.split("%")[0])
        elif key == "if_index":
            match = re.search(r"\(([^)]+)\)", value)
            current["interface"] = match.group(1) if match else None
        elif key == "flags" and "scoped" in value.casefold():
            current["scoped"] = True
        elif key == "order":
            current["order"] = int(value) if value.isdigit() else None
    return resolvers


def scutil_resolver_for(name: str, resolvers: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The resolver an unscoped query for ``name`` goes to: the supplemental resolver whose domain is the
    longest suffix of the name, else the first default resolver (no domain) with nameservers."""
    folded = name.rstrip(".").casefold()
    unscoped = [r for r in resolvers if not r.get("scoped") and r.get("nameservers")]
    matching = [r for r in unscoped if r.get("domain") and (folded == r["domain"] or folded.endswith("." + r["domain"]))]
    if matching:
        return max(matching, key=lambda r: len(r["domain"]))
    return next((r for r in unscoped if not r.get("domain")), None)


def _ps_items(text: Any) -> list[dict[str, Any]]:
    return powershell_records(text) or []


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v for v in re.split(r"[\s,;{}]+", value) if v]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int)) and str(v)]
    return []


def parse_nrpt_policy(text: Any) -> list[dict[str, Any]]:
    """``Get-DnsClientNrptPolicy | ConvertTo-Json``: [{namespace ('.corp.example'), servers}] - the rules
    that send a domain's names to given servers whatever the adapters say (split DNS on Windows)."""
    out = []
    for item in _ps_items(text):
        for namespace in _strings(item.get("Namespace")):
            servers = _strings(item.get("NameServers"))
            if servers:
                out.append({"namespace": namespace.casefold(), "servers": servers})
    return out


def nrpt_servers_for(name: str, rules: list[dict[str, Any]]) -> list[str]:
    """Servers of the most specific NRPT rule for ``name`` ('.corp.example' is a suffix, 'host.corp' exact)."""
    folded = name.rstrip(".").casefold()
    best: tuple[int, list[str]] | None = None
    for rule in rules:
        namespace = rule["namespace"]
        hit = folded.endswith(namespace) if namespace.startswith(".") else folded == namespace
        if hit and (best is None or len(namespace) > best[0]):
            best = (len(namespace), list(rule["servers"]))
    return best[1] if best else []


def parse_dns_client_servers(text: Any) -> dict[str, list[str]]:
    """``Get-DnsClientServerAddress | ConvertTo-Json``: {InterfaceAlias: ServerAddresses}."""
    out: dict[str, list[str]] = {}
    for item in _ps_items(text):
        alias = item.get("InterfaceAlias")
        servers = _strings(item.get("ServerAddresses"))
        if isinstance(alias, str) and alias and servers:
            out.setdefault(alias, [])
            out[alias] += [s for s in servers if s not in out[alias]]
    return out
