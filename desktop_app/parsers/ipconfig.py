"""Parse IP configuration: Windows ``ipconfig /all`` (en, fr, de and English labels with other regional
formats), Linux ``ip -j addr/route``, ``/etc/resolv.conf``, ``nmcli device show``, macOS ``scutil --dns``
and ``netstat -rn -f inet``.

Adapters are plain dicts: name, description, kind ("wifi"|"ethernet"|"vpn"|"loopback"|"other"),
virtual (a hypervisor/container adapter: VMware, VirtualBox, Hyper-V/WSL, Docker...), media_connected, mac,
ipv4, ipv4_self_assigned, gateway, dns, dhcp, dhcp_server, lease_obtained, lease_expires, recognized (at
least one of its lines was understood). Parsers never raise; text that is not understood gives an empty list
(``ipconfig_recognized`` tells an empty report from an unreadable one).

jc is used where it is right: ``ip route`` text (a stable, unlocalized format). It is not used for
``ipconfig`` (English labels only), ``nmcli device show`` (jc raises on real output that ends with another
command's header, fixture 92) or ``iwconfig`` (jc drops unassociated interfaces, fixture 91).
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop_app.parsers.common import IPV4_RE, clean, fold, normalise_mac, powershell_records, to_int

_ADAPTER_KEYS = ("name", "description", "kind", "virtual", "media_connected", "mac", "ipv4", "ipv4_self_assigned",
                 "gateway", "dns", "dhcp", "dhcp_server", "lease_obtained", "lease_expires", "recognized")

_IPV6_RE = re.compile(r"(?<![0-9A-Za-z:])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[0-9A-Za-z]+)?)")


def empty_adapter(name: str | None = None) -> dict[str, Any]:
    adapter: dict[str, Any] = dict.fromkeys(_ADAPTER_KEYS)
    adapter["name"] = name
    adapter["kind"] = "other"
    adapter["ipv4"] = []
    adapter["dns"] = []
    adapter["ipv4_self_assigned"] = False
    adapter["virtual"] = False
    adapter["recognized"] = True
    return adapter


_VPN_WORDS = ("vpn", "tap-", "tap ", "wireguard", "tailscale", "openvpn", "anyconnect", "fortinet", "forticlient",
              "globalprotect", "pangp", "juniper", "pulse secure", "wintun", "zerotier", "zscaler", "cisco",
              "checkpoint", "check point", "nordlynx", "wan miniport", "ppp", "sonicwall", "netextender", "tun")
_VIRTUAL_WORDS = ("virtual", "hyper-v", "vmware", "virtualbox", "bluetooth", "teredo", "isatap", "6to4",
                  "pseudo-interface", "wi-fi direct", "hosted network", "npcap", "docker", "wsl")
_WIFI_WORDS = ("wireless", "wi-fi", "wifi", "wlan", "802.11", "sans fil", "drahtlos", "inalambric", "wireless lan")


_HYPERVISOR_WORDS = ("hyper-v virtual", "vmware", "virtualbox", "docker", "wsl", "vethernet", "parallels", "qemu", "kvm",
                     "vmnet", "host-only", "npcap", "loopback adapter", "wi-fi direct", "virtual adapter", "virtual ethernet")


def is_virtual(header: str, description: str | None) -> bool:
    """An adapter a hypervisor or container runtime made: its address says nothing about the real network."""
    both = f"{clean(header)} {clean(description or '')}".casefold()
    return any(word in both for word in _HYPERVISOR_WORDS)


def classify_kind(header: str, description: str | None) -> str:
    """Adapter kind from the ipconfig header type and the driver description."""
    head = clean(header).casefold()
    desc = clean(description or "").casefold()
    both = f"{head} {desc}"
    if "loopback" in both:
        return "loopback"
    if any(word in both for word in ("isatap", "teredo", "6to4", "pseudo-interface")):
        return "other"  # IPv6 transition tunnels, not a company VPN
    if any(word in desc for word in _VPN_WORDS) or head.startswith(("unknown adapter", "ppp adapter", "ppp-adapter",
                                                                  "carte inconnue", "carte ppp",
                                                                  "unbekannter adapter")):
        return "vpn"
    if any(word in desc for word in _VIRTUAL_WORDS) or head.startswith(("tunnel", "carte tunnel")):
        return "other"
    if any(word in both for word in _WIFI_WORDS):
        return "wifi"
    if "ethernet" in head or "ethernet" in desc:
        return "ethernet"
    return "other"


# Folded ipconfig labels (en, fr, de; XP-era English) -> field.
_IPCONFIG_LABELS: list[tuple[str, tuple[str, ...]]] = [
    ("media", ("media state", "statut du media", "medienstatus", "etat du media")),
    ("description", ("description", "beschreibung")),
    ("mac", ("physical address", "adresse physique", "physische adresse")),
    ("dhcp", ("dhcp enabled", "dhcp active", "dhcp aktiviert")),
    ("dhcp_server", ("dhcp server", "serveur dhcp", "dhcp server")),
    ("lease_obtained", ("lease obtained", "bail obtenu", "lease erhalten")),
    ("lease_expires", ("lease expires", "bail expirant", "lease lauft ab", "bail expire")),
    ("gateway", ("default gateway", "passerelle par defaut", "standardgateway", "standard gateway")),
    ("dns", ("dns servers", "serveurs dns", "dns server", "dns servers")),
    ("ignored", ("connection specific dns suffix", "suffixe dns propre a la connexion", "verbindungsspezifisches dns suffix",
                 "host name", "nom de l hote", "hostname", "subnet mask", "masque de sous reseau", "subnetzmaske",
                 "autoconfiguration enabled", "configuration automatique activee", "autokonfiguration aktiviert",
                 "link local ipv6 address", "adresse ipv6 de liaison locale", "verbindungslokale ipv6 adresse",
                 "ipv6 address", "adresse ipv6", "ipv6 adresse", "primary dns suffix", "node type", "ip routing enabled",
                 "wins proxy enabled", "netbios over tcpip", "dhcpv6 iaid", "dhcpv6 client duid")),
]
_IPV4_LABEL = re.compile(r"\bipv4\b|^ip address$|^adresse ip$|^ip adresse$|autoconfiguration ip address")
_YES = ("yes", "oui", "ja", "si", "sim")
_NO = ("no", "non", "nein", "nao")
_DISCONNECTED = ("disconnected", "deconnecte", "getrennt")


def _ipconfig_field(label: str) -> str | None:
    folded = fold(label)
    for field, synonyms in _IPCONFIG_LABELS:
        if folded in synonyms:
            return field
    if "mask" in folded or "masque" in folded or "maske" in folded:
        return "ignored"
    if _IPV4_LABEL.search(folded):
        return "ipv4"
    return None


def ipconfig_recognized(text: Any) -> bool:
    """Whether ``text`` is an ipconfig report this parser understands (its title, or at least one adapter
    with a line it knows). An unreadable report must become "unknown", not "no network"."""
    try:
        if not isinstance(text, str):
            return False
        if any(fold(line) in _KNOWN_TITLES for line in text.splitlines()):
            return True
        return any(a.get("recognized") for a in parse_ipconfig_all(text))
    except Exception:  # never raise
        return False


_HEADER = re.compile(r"^(\S.*?)\s*:\s*$")
_FIELD = re.compile(r"^\s+([^:]*?[^\s.:])[\s.]*:(.*)$")
_KNOWN_TITLES = ("windows ip configuration", "configuration ip de windows", "windows ip konfiguration",
                 "configuracion ip de windows", "configurazione ip di windows", "windows ip configuratie",
                 "configuracao de ip do windows", "windows ip")


def _header_name(header: str) -> str:
    """'Wireless LAN adapter Wi-Fi' -> 'Wi-Fi'; 'Carte réseau sans fil Wi-Fi' -> 'Wi-Fi';
    'Drahtlos-LAN-Adapter WLAN' -> 'WLAN'."""
    text = clean(header)
    match = re.match(r"^.*?\badapter\s+(.+)$", text, re.IGNORECASE)  # en and de ("Ethernet-Adapter X")
    if match:
        return match.group(1).strip()
    match = re.match(r"^Carte\s+(?:Ethernet|r[ée]seau sans fil|Tunnel|inconnue|PPP)\s+(.+)$", text, re.IGNORECASE)
    if match:
        return match.group(1).strip()
    match = re.match(r"^(?:Tunneladapter|Unbekannter Adapter)\s+(.+)$", text, re.IGNORECASE)
    if match:
        return match.group(1).strip()
    return text


def parse_ipconfig_all(text: Any) -> list[dict[str, Any]]:
    """Windows ``ipconfig /all`` (or plain ``ipconfig``) in English, French or German."""
    try:
        return _parse_ipconfig(text)
    except Exception:  # never raise
        return []


def _parse_ipconfig(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return []
    adapters: list[dict[str, Any]] = []
    headers: list[str] = []
    current: dict[str, Any] | None = None
    last_field: str | None = None
    has_fields: list[bool] = []
    understood: list[bool] = []
    for raw in text.splitlines():
        raw = raw.replace("\u00a0", " ").replace("\u202f", " ").rstrip("\r")
        if not raw.strip():
            continue
        if not raw[0].isspace():
            match = _HEADER.match(raw)
            if match and fold(match.group(1)) not in _KNOWN_TITLES and ">" not in raw:
                current = empty_adapter(_header_name(match.group(1)))
                adapters.append(current)
                headers.append(match.group(1))
                has_fields.append(False)
                understood.append(False)
                current["media_connected"] = True
            else:
                current = None
            last_field = None
            continue
        if current is None:
            continue
        field_match = _FIELD.match(raw)
        stripped = raw.strip()
        continuation = field_match is None or (
            len(raw) - len(raw.lstrip()) > 8 and " " not in stripped and ". " not in stripped
        )
        if continuation:
            if last_field in ("dns", "gateway"):
                _add_address(current, last_field, stripped)
            elif last_field == "ipv4":
                _add_ipv4(current, stripped)
            continue
        assert field_match is not None
        has_fields[-1] = True
        label, value = field_match.group(1), clean(field_match.group(2))
        field = _ipconfig_field(label)
        last_field = field
        if field is not None:
            understood[-1] = True
        if field == "media":
            current["media_connected"] = not any(word in fold(value) for word in _DISCONNECTED)
        elif field == "description":
            current["description"] = value or None
        elif field == "mac":
            current["mac"] = normalise_mac(value)
        elif field == "dhcp":
            folded = fold(value)
            current["dhcp"] = True if folded in _YES else False if folded in _NO else None
        elif field == "dhcp_server":
            found = IPV4_RE.search(value) or _IPV6_RE.search(value)
            current["dhcp_server"] = found.group(1) if found else None
        elif field in ("lease_obtained", "lease_expires"):
            current[field] = value or None
        elif field in ("gateway", "dns"):
            _add_address(current, field, value)
        elif field == "ipv4":
            _add_ipv4(current, value)
    result: list[dict[str, Any]] = []
    for adapter, header, fields, known in zip(adapters, headers, has_fields, understood, strict=True):
        if not fields:
            adapter["media_connected"] = None
        adapter["recognized"] = known
        adapter["kind"] = classify_kind(header, adapter["description"])
        adapter["virtual"] = is_virtual(header, adapter["description"])
        adapter["ipv4_self_assigned"] = any(ip.startswith("169.254.") for ip in adapter["ipv4"])
        gateways = adapter.pop("_gateways", [])
        v4 = [g for g in gateways if IPV4_RE.fullmatch(g)]
        adapter["gateway"] = v4[0] if v4 else (gateways[0] if gateways else None)
        result.append(adapter)
    return result


def _add_ipv4(adapter: dict[str, Any], value: str) -> None:
    found = IPV4_RE.search(value)
    if found and found.group(1) not in adapter["ipv4"]:
        adapter["ipv4"].append(found.group(1))


def _add_address(adapter: dict[str, Any], field: str, value: str) -> None:
    found = IPV4_RE.search(value) or _IPV6_RE.search(value)
    if found is None:
        return
    address = found.group(1)
    if ":" in address and address.count(":") < 2:
        return
    if field == "dns":
        if address not in adapter["dns"]:
            adapter["dns"].append(address)
    else:
        adapter.setdefault("_gateways", []).append(address)


# ---------------------------------------------------------------------------------------------- Linux

def _load_json_list(text: Any) -> list[Any] | None:
    if not isinstance(text, str):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, list) else None


def _linux_kind(name: str, link_type: str | None, info_kind: str | None) -> str:
    if link_type == "loopback" or name == "lo":
        return "loopback"
    if info_kind in ("wireguard", "tun", "tap", "ipip", "gre", "vti") or name.startswith(("wg", "tun", "tap", "ppp",
                                                                                         "tailscale", "utun")):
        return "vpn"
    if name.startswith(("wl", "wifi", "ath", "ra")):
        return "wifi"
    if info_kind in ("veth", "bridge", "vlan", "macvlan", "dummy", "bond") or name.startswith(
        ("docker", "br-", "virbr", "veth")
    ):
        return "other"
    if link_type == "ether" or name.startswith(("en", "eth", "em")):
        return "ethernet"
    return "other"


def _linux_virtual(name: str, info_kind: str | None) -> bool:
    return info_kind in ("bridge", "veth", "macvlan", "vxlan") or name.startswith(
        ("docker", "br-", "virbr", "veth", "vmnet", "vboxnet", "lxcbr", "lxdbr", "cni", "flannel", "podman")
    )


def parse_ip_addr_json(text: Any) -> list[dict[str, Any]]:
    """``ip -j addr show``. DHCP, gateway and DNS are not in this output (None / [])."""
    try:
        data = _load_json_list(text)
        if data is None:
            return []
        adapters: list[dict[str, Any]] = []
        for item in data:
            if not isinstance(item, dict) or not isinstance(item.get("ifname"), str):
                continue
            adapter = empty_adapter(item["ifname"])
            flags = item.get("flags") if isinstance(item.get("flags"), list) else []
            operstate = item.get("operstate")
            if "LOWER_UP" in flags or operstate == "UP":
                adapter["media_connected"] = True
            elif "NO-CARRIER" in flags or operstate in ("DOWN", "LOWERLAYERDOWN", "DORMANT"):
                adapter["media_connected"] = False
            adapter["mac"] = normalise_mac(item.get("address")) if item.get("link_type") != "loopback" else None
            info = item.get("linkinfo") if isinstance(item.get("linkinfo"), dict) else {}
            adapter["kind"] = _linux_kind(item["ifname"], item.get("link_type"), info.get("info_kind"))
            adapter["virtual"] = _linux_virtual(item["ifname"], info.get("info_kind"))
            dynamic = None
            for addr in item.get("addr_info") or []:
                if not isinstance(addr, dict) or addr.get("family") != "inet":
                    continue
                local = addr.get("local")
                if isinstance(local, str) and IPV4_RE.fullmatch(local):
                    adapter["ipv4"].append(local)
                    if "dynamic" in addr:
                        dynamic = bool(addr.get("dynamic"))
                        life = addr.get("valid_life_time")
                        if dynamic and isinstance(life, int) and not isinstance(life, bool) and life < 4294967295:
                            adapter["lease_expires_in_s"] = life  # a DHCP address's remaining lease
            adapter["dhcp"] = dynamic
            adapter["ipv4_self_assigned"] = any(ip.startswith("169.254.") for ip in adapter["ipv4"])
            adapters.append(adapter)
        return adapters
    except Exception:  # never raise
        return []


def parse_ip_route_json(text: Any) -> list[dict[str, Any]]:
    """``ip -j route show`` -> [{dst, gateway, dev, metric}]; dst "default" for the default route."""
    try:
        data = _load_json_list(text)
        if data is None:
            return []
        routes: list[dict[str, Any]] = []
        for item in data:
            if not isinstance(item, dict) or "dst" not in item:
                continue
            metric = item.get("metric")
            routes.append({
                "dst": str(item.get("dst")),
                "gateway": item.get("gateway") if isinstance(item.get("gateway"), str) else None,
                "dev": item.get("dev") if isinstance(item.get("dev"), str) else None,
                "metric": metric if isinstance(metric, int) and not isinstance(metric, bool) else None,
            })
        return routes
    except Exception:  # never raise
        return []


def parse_ip_route_text(text: Any) -> list[dict[str, Any]]:
    """``ip route [show]`` text (e.g. in a bundle from an older script) -> [{dst, gateway, dev, metric}], via jc."""
    try:
        if not isinstance(text, str) or not text.strip():
            return []
        import jc

        routes: list[dict[str, Any]] = []
        for item in jc.parse("ip_route", text, quiet=True):
            if not isinstance(item, dict) or "ip" not in item:
                continue
            metric = item.get("metric")
            routes.append({
                "dst": "default" if item["ip"] in ("default", "0.0.0.0/0") else str(item["ip"]),
                "gateway": item.get("via") if isinstance(item.get("via"), str) else None,
                "dev": item.get("dev") if isinstance(item.get("dev"), str) else None,
                "metric": metric if isinstance(metric, int) and not isinstance(metric, bool) else None,
            })
        return routes
    except Exception:  # jc raises on lines it does not expect: unknown, never a crash
        return []


def parse_resolv_conf(text: Any) -> list[str]:
    """Nameservers of ``/etc/resolv.conf`` in order (127.0.0.53 means systemd-resolved is the stub)."""
    if not isinstance(text, str):
        return []
    servers: list[str] = []
    for line in text.splitlines():
        parts = line.split("#")[0].split(";")[0].split()
        if len(parts) >= 2 and parts[0] == "nameserver":
            address = parts[1]
            if (IPV4_RE.fullmatch(address) or _IPV6_RE.fullmatch(address)) and address not in servers:
                servers.append(address)
    return servers


def parse_nmcli_device_show(text: Any) -> list[dict[str, Any]]:
    """``nmcli device show`` (human or ``-t`` form): adapters with state, IPv4, gateway and DNS."""
    try:
        return _parse_nmcli_device_show(text)
    except Exception:  # never raise
        return []


def _parse_nmcli_device_show(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return []
    adapters: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    dev_type = ""
    for raw in text.splitlines():
        match = re.match(r"^\s*([A-Z0-9-]+(?:\.[A-Z0-9_-]+)?(?:\[\d+\])?):\s*(.*)$", raw)
        if match is None:
            continue
        key, value = match.group(1), match.group(2).strip()
        if value == "--":
            value = ""
        if key == "GENERAL.DEVICE":
            current = empty_adapter(value or None)
            adapters.append(current)
            dev_type = ""
            continue
        if current is None:
            continue
        base = key.split("[")[0]
        if base == "GENERAL.TYPE":
            dev_type = value
            current["kind"] = {"wifi": "wifi", "ethernet": "ethernet", "loopback": "loopback", "wireguard": "vpn",
                               "tun": "vpn", "vpn": "vpn"}.get(value, "other")
        elif base == "GENERAL.HWADDR":
            current["mac"] = normalise_mac(value)
        elif base == "GENERAL.STATE":
            code = to_int(value)
            current["media_connected"] = None if code is None else code >= 100
            current["_state"] = value
        elif base == "GENERAL.CONNECTION":
            current["description"] = value or None
        elif base == "WIRED-PROPERTIES.CARRIER":
            current["media_connected"] = value == "on"
        elif base == "IP4.ADDRESS":
            found = IPV4_RE.search(value)
            if found:
                current["ipv4"].append(found.group(1))
        elif base == "IP4.GATEWAY":
            found = IPV4_RE.search(value)
            current["gateway"] = found.group(1) if found else None
        elif base == "IP4.DNS":
            found = IPV4_RE.search(value)
            if found and found.group(1) not in current["dns"]:
                current["dns"].append(found.group(1))
        elif base == "IP6.DNS":
            if value and value not in current["dns"]:
                current["dns"].append(value)
        elif base == "DHCP4.OPTION":
            current["dhcp"] = True
            option = re.match(r"(\w+)\s*=\s*(.*)", value)
            if option and option.group(1) == "dhcp_server_identifier":
                current["dhcp_server"] = option.group(2).strip()
            elif option and option.group(1) == "expiry":
                current["lease_expires"] = option.group(2).strip()
    for adapter in adapters:
        state = adapter.pop("_state", "")
        adapter["virtual"] = _linux_virtual(str(adapter["name"] or ""), None)
        if adapter["kind"] == "loopback" or (adapter["name"] == "lo"):
            adapter["kind"] = "loopback"
        if adapter["media_connected"] is None and "unavailable" in state:
            adapter["media_connected"] = False
        adapter["ipv4_self_assigned"] = any(ip.startswith("169.254.") for ip in adapter["ipv4"])
        if adapter["ipv4"] and adapter["dhcp"] is None and adapter["kind"] != "loopback":
            adapter["dhcp"] = False if dev_type else None
    return adapters


# ---------------------------------------------------------------------------------------------- macOS

def parse_scutil_dns(text: Any) -> list[str]:
    """Nameservers of ``scutil --dns`` in the order a lookup uses them: general resolvers of the main section
    (no ``domain``, not Supplemental, not mDNS) first; then scoped resolvers; then per-domain/Supplemental
    ones (a VPN's split DNS). Duplicates removed."""
    if not isinstance(text, str):
        return []
    general: list[str] = []
    scoped: list[str] = []
    supplemental: list[str] = []
    sections = re.split(r"^DNS configuration(.*)$", text, flags=re.MULTILINE)
    # re.split with a group gives [before, title1, body1, title2, body2, ...]
    for index in range(1, len(sections) - 1, 2):
        title, body = sections[index], sections[index + 1]
        is_scoped = "scoped" in title
        if "service-specific" in title:
            continue
        for block in re.split(r"^\s*resolver #\d+\s*$", body, flags=re.MULTILINE)[1:]:
            servers = re.findall(r"^\s*nameserver\[\d+\]\s*:\s*(\S+)", block, flags=re.MULTILINE)
            domain = re.search(r"^\s*domain\s*:", block, flags=re.MULTILINE) is not None
            flags = re.search(r"^\s*flags\s*:(.*)$", block, flags=re.MULTILINE)
            supplemental_flag = flags is not None and "Supplemental" in flags.group(1)
            if is_scoped:
                target = scoped
            elif domain or supplemental_flag:
                target = supplemental
            else:
                target = general
            target.extend(s for s in servers if IPV4_RE.fullmatch(s) or _IPV6_RE.fullmatch(s))
    ordered: list[str] = []
    for server in general + scoped + supplemental:
        if server not in ordered:
            ordered.append(server)
    return ordered


def parse_netstat_routes(text: Any) -> list[dict[str, Any]]:
    """``netstat -rn -f inet`` (macOS/BSD) -> [{dst, gateway, dev, metric, flags}] for every IPv4 route.
    ``flags`` containing "I" marks an interface-scoped route (not the primary default)."""
    if not isinstance(text, str):
        return []
    routes: list[dict[str, Any]] = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) < 3 or parts[0] in ("Destination", "Routing", "Internet:", "Internet6:"):
            continue
        dst, gateway, flags = parts[0], parts[1], parts[2]
        if not re.fullmatch(r"[A-Za-z0-9]+", flags) or "U" not in flags:
            continue
        if not (dst == "default" or re.match(r"^[\d.]+(?:/\d+)?$", dst)):
            continue
        netif = None
        for part in parts[3:]:
            if re.fullmatch(r"[a-z]+[a-z0-9]*\d+", part):
                netif = part
                break
        routes.append({
            "dst": "default" if dst in ("default", "0.0.0.0", "0/0") else dst,
            "gateway": gateway if IPV4_RE.fullmatch(gateway) else None,
            "dev": netif,
            "metric": None,
            "flags": flags,
        })
    return routes


# ---------------------------------------------------------------------------------------------- PowerShell

def parse_get_netadapter(text: Any) -> list[dict[str, Any]] | None:
    """``Get-NetAdapter`` as JSON (``| ConvertTo-Json``, what the live collector runs) or as the console table a
    user pastes. Tables are cut to the console width: a value ending in "..." or "…" is truncated (kept as
    text, flagged, never used as a MAC address) and columns may be missing. None when not understood."""
    try:
        if not isinstance(text, str) or not text.strip():
            return None
        items = powershell_records(text)  # None for a table, or a prompt such as "[host] ~>" before one
        if items is not None:
            return _netadapter_json(items)
        return _netadapter_table(text)
    except Exception:  # never raise
        return None


def _adapter_status(value: Any) -> tuple[str | None, bool | None]:
    status = clean(str(value)) if value is not None else None
    if isinstance(value, int) and not isinstance(value, bool):  # older ConvertTo-Json may give the enum number
        status = {1: "Up", 2: "Down", 7: "Not Present"}.get(value, str(value))
    if not status:
        return None, None
    folded = status.casefold()
    return status, True if folded == "up" else False if folded in ("disconnected", "disabled", "down", "not present") else None


def _netadapter_json(items: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
    out = []
    for item in items:
        if not isinstance(item.get("Name"), str) or not item["Name"]:
            continue
        status, up = _adapter_status(item.get("Status"))
        mtu = item.get("MtuSize")
        out.append({"name": item["Name"], "description": item.get("InterfaceDescription"), "status": status, "up": up,
                    "mac": normalise_mac(item.get("MacAddress")), "link_speed": item.get("LinkSpeed"),
                    "ifindex": item.get("ifIndex"), "truncated": False,
                    "mtu": mtu if isinstance(mtu, int) and not isinstance(mtu, bool) else None,
                    "virtual": is_virtual(item["Name"], str(item.get("InterfaceDescription") or ""))})
    return out or None


def _truncated(value: str) -> bool:
    return value.endswith(("...", "…"))


def _netadapter_table(text: str) -> list[dict[str, Any]] | None:
    lines = [line.rstrip("\r") for line in text.splitlines()]
    for index, line in enumerate(lines[:-1]):
        dashes = lines[index + 1]
        if not re.fullmatch(r"[-\s]+", dashes or "") or "Name" not in line or "Status" not in line:
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"-+", dashes)]
        names = [line[a:b].strip() or line[a:].split()[0] for a, b in spans]
        starts = [a for a, _ in spans] + [10**6]
        out = []
        for row in lines[index + 2:]:
            if not row.strip() or row.lstrip().startswith(("PS ", "[")) or row.startswith(("PS ", "[")):
                if out:
                    break
                continue
            cells = {names[i]: row[starts[i]:starts[i + 1]].strip() for i in range(len(names))}
            name = cells.get("Name") or ""
            if not name:
                continue
            status, up = _adapter_status(cells.get("Status"))
            mac_text = cells.get("MacAddress") or ""
            cut = any(_truncated(v) for v in cells.values())
            out.append({"name": name, "description": cells.get("InterfaceDescription") or None, "status": status, "up": up,
                        "mac": None if _truncated(mac_text) else normalise_mac(mac_text),
                        "link_speed": cells.get("LinkSpeed") or None, "ifindex": to_int(cells.get("ifIndex")),
                        "truncated": cut, "mtu": to_int(cells.get("MtuSize")),
                        "virtual": is_virtual(name, cells.get("InterfaceDescription"))})
        return out or None
    return None
