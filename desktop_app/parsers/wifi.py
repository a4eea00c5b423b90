"""Parse Wi-Fi link state from Windows, macOS and Linux command outputs.

Every ``parse_*`` returns ``list[dict]``, one dict per wireless interface, with the GUIDE Wi-Fi fact keys
plus ``state`` (raw text), ``permission_denied``, ``hidden`` and ``recognized``. They never raise: text that
is not understood gives one dict with ``recognized`` False and every value None, so an analyzer reports
"unknown" instead of "not connected".

Windows ``netsh wlan show interfaces`` is localized: labels are matched by per-language synonyms (folded:
case, accents, punctuation and non-breaking spaces removed) and by the shape of values (MAC, %, GHz), never
by line position.
"""

from __future__ import annotations

import json
import re
from typing import Any

from desktop_app.parsers.common import clean, fold, normalise_mac, split_label_value, split_terse, to_float, to_int

_KEYS = (
    "interface", "connected", "ssid", "bssid", "signal_percent", "rssi_dbm", "noise_dbm", "channel",
    "band_ghz", "radio_type", "rx_rate_mbps", "tx_rate_mbps", "state", "permission_denied", "hidden",
    "recognized", "connected_inferred",
)


def empty_link(recognized: bool = False) -> dict[str, Any]:
    link: dict[str, Any] = dict.fromkeys(_KEYS)
    link["permission_denied"] = False
    link["hidden"] = False
    link["recognized"] = recognized
    link["connected_inferred"] = False
    return link


def infer_connected(link: dict[str, Any]) -> None:
    """A state word this parser does not know (a display language it has not met) must not read as "not
    connected": a network name plus a live measurement (signal, channel, rate) only exists while associated."""
    if link["connected"] is not None:
        return
    measured = any(link[k] is not None for k in ("signal_percent", "rssi_dbm", "channel", "rx_rate_mbps", "tx_rate_mbps"))
    if (link["ssid"] or link["bssid"]) and measured:
        link["connected"] = True
        link["connected_inferred"] = True


# --------------------------------------------------------------------------------------------- helpers

def signal_percent_from_dbm(dbm: Any) -> int | None:
    """Windows' linear mapping: -100 dBm -> 0 %, -50 dBm -> 100 %, clamped."""
    value = to_float(dbm)
    if value is None:
        return None
    return int(max(0, min(100, round(2 * (value + 100)))))


def band_from_channel(channel: Any, freq_mhz: Any = None) -> float | None:
    """2.4, 5 or 6 (GHz). The frequency decides when known; a channel alone is ambiguous between 5 and 6 GHz
    for 1..233, so only 1-14 (2.4) and 32-177 (5) are inferred from it."""
    freq = to_float(freq_mhz)
    if freq is not None:
        if freq < 100:  # given in GHz
            freq *= 1000
        if 2400 <= freq < 2500:
            return 2.4
        if 4900 <= freq < 5925:
            return 5.0
        if 5925 <= freq <= 7125:
            return 6.0
        return None
    chan = to_int(channel)
    if chan is None:
        return None
    if 1 <= chan <= 14:
        return 2.4
    if 32 <= chan <= 177:
        return 5.0
    return None


def _band_from_text(value: str) -> float | None:
    match = re.search(r"(2[.,]4|5|6)\s*(?:GHz|G\b)", clean(value), re.IGNORECASE)
    if match is None:
        match = re.search(r"\b(2|5|6)\s*GHz", clean(value), re.IGNORECASE)
        if match is None:
            return None
    text = match.group(1).replace(",", ".")
    return 2.4 if text.startswith("2") else float(text)


def _finish(link: dict[str, Any]) -> dict[str, Any]:
    """Fill derivable values and keep types JSON-plain."""
    if link["signal_percent"] is None and link["rssi_dbm"] is not None:
        link["signal_percent"] = signal_percent_from_dbm(link["rssi_dbm"])
    if link["band_ghz"] is None and link["channel"] is not None:
        link["band_ghz"] = band_from_channel(link["channel"])
    if link["ssid"] == "":
        link["ssid"] = None
    return link


# --------------------------------------------------------------------------------------- Windows netsh

# Labels per language (en, fr, de, es, it, nl, pt-BR, pt-PT; ru, ja, pl, zh from public parsers' label lists),
# compared after fold() so case, accents and punctuation do not matter.
_NETSH_LABELS_RAW: dict[str, tuple[str, ...]] = {
    "name": ("name", "nom", "naam", "nombre", "nome", "имя", "名前", "nazwa", "名称"),
    "state": ("state", "etat", "status", "estado", "stato", "statut", "состояние", "状態", "stan", "状态"),
    "ssid": ("ssid",),
    "bssid": ("bssid", "ap bssid", "bssid ap", "bssid del ap", "bssid de ap", "bssid dell ap", "bssid do ap",
              "bssid des ap", "bssid du point d acces", "bssid точки доступа"),
    "channel": ("channel", "canal", "kanal", "canale", "kanaal", "канал", "チャネル", "kanał", "通道", "信道"),
    "band": ("band", "bande", "bereich", "banda", "frequenzband", "диапазон", "バンド", "帯域", "pasmo", "频段"),
    "radio": ("radio type", "type de radio", "funktyp", "tipo de radio", "tipo di frequenza radio",
              "tipo di radio", "radiotype", "type radio", "тип радио", "тип радиомодуля", "無線の種類", "typ radia",
              "无线电类型"),
    "signal": ("signal", "signaal", "senal", "segnale", "sinal", "signalqualitat", "сигнал", "シグナル", "sygnał", "信号"),
    "rssi": ("rssi",),
    "profile": ("profile", "profil", "profiel", "perfil", "profilo", "профиль", "プロファイル", "配置文件"),
    "description": ("description", "beschreibung", "beschrijving", "descripcion", "descrizione", "descricao",
                    "описание", "説明", "opis", "描述"),
    "physical": ("physical address", "adresse physique", "physische adresse", "direccion fisica", "direccion",
                 "indirizzo fisico", "fysiek adres", "endereco fisico", "физический адрес", "物理アドレス",
                 "adres fizyczny", "物理地址"),
}
_NETSH_LABELS: dict[str, set[str]] = {field: {fold(x) for x in words} for field, words in _NETSH_LABELS_RAW.items()}


def _folded(*words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


_RATE_UNITS = _folded("mbit", "mbps", "mb s", "мбит", "mb/s")
_RX_WORDS = _folded("receive", "reception", "recepcion", "recepcao", "rececao", "empfang", "ricezione", "ontvang",
                    "приема", "受信", "odbier", "odbioru", "接收")
_TX_WORDS = _folded("transmit", "transmission", "transmision", "transmissao", "ubertragung", "trasmissione",
                    "verzend", "envio", "sende", "emission", "передачи", "送信", "wysył", "transmisji", "传输")
_DISCONNECTED = _folded("disconnected", "deconnecte", "getrennt", "desconectado", "disconnesso", "disconnessa",
                        "niet verbonden", "verbinding verbroken", "losgekoppeld", "desligado", "nicht verbunden",
                        "отключено", "не подключено", "разъединено", "切断", "接続されていません", "rozłączono",
                        "odłączono", "断开", "未连接")
_CONNECTED = _folded("connected", "connecte", "verbunden", "conectado", "connesso", "connessa", "verbonden", "ligado",
                     "подключено", "接続されました", "接続済み", "połączono", "已连接")
_TRANSITIONAL = _folded("associating", "authenticating", "discovering", "disconnecting", "connecting", "association",
                        "authentification", "authentifizierung", "zuordnung", "asociando", "autenticando",
                        "associazione", "autenticazione", "koppelen", "verifieren", "associando", "wird zugeordnet",
                        "wird authentifiziert")
_JOINING = tuple(word for word in _TRANSITIONAL if "disconnect" not in word)


def joining_state(state: Any) -> bool:
    """A state word that means "joining a network right now" (associating, authenticating...), in the
    languages netsh speaks: not connected yet, but not idle either."""
    folded = fold(state) if isinstance(state, str) else ""
    return "disconnect" not in folded and any(word in folded for word in _JOINING)


# 24H2+ without Location permission: "Network shell commands need location permission to access WLAN
# information." Localized messages are matched by the location word next to a permission word.
_LOCATION_WORDS = ("location", "localisation", "standort", "ubicacion", "posizione", "localizzazione",
                   "locatie", "localizacao", "localizacion")
_PERMISSION_WORDS = ("permission", "autorisation", "berechtigung", "permiso", "autorizzazione", "machtiging",
                     "toestemming", "permissao", "privacy", "datenschutz", "confidentialite", "privacidad",
                     "privacidade")
_NO_INTERFACE = re.compile(
    r"there is no wireless interface|aucune interface sans fil|keine drahtlosschnittstelle|"
    r"no hay ninguna interfaz inalambrica|nessuna interfaccia wireless|geen draadloze interface|"
    r"nenhuma interface (?:sem fio|de rede sem fios)",
)
_HEADER = re.compile(r"^\s*\S.*\b\d+\b.*(?:\binterfaces?\b|\bschnittstellen?\b|\binterfaz\b|\binterfacce\b|"
                     r"\binterfaccia\b|интерфейс|インターフェイス|\binterfejs|接口)", re.IGNORECASE)


def _netsh_field(label: str) -> str | None:
    folded = fold(label)
    for field, synonyms in _NETSH_LABELS.items():
        if folded in synonyms:
            return field
    if "rssi" in folded:
        return "rssi"
    if any(unit in folded for unit in _RATE_UNITS):
        if any(word in folded for word in _RX_WORDS):
            return "rx"
        if any(word in folded for word in _TX_WORDS):
            return "tx"
    if "bssid" in folded or folded.startswith("point d acces"):
        # fr 24H2: "Point d'accès d'identificateur SSID (Service Set Identifier)" is the BSSID
        return "bssid"
    return None


def _netsh_state(value: str) -> bool | None:
    folded = fold(value)
    if not folded:
        return None
    if any(word in folded for word in _DISCONNECTED):
        return False
    if any(word in folded for word in _TRANSITIONAL):
        return False
    if any(word in folded for word in _CONNECTED):
        return True
    return None


def _location_message(text: str) -> bool:
    folded = fold(text)
    return any(w in folded for w in _LOCATION_WORDS) and any(w in folded for w in _PERMISSION_WORDS)


def parse_netsh_wlan_interfaces(text: Any) -> list[dict[str, Any]]:
    """``netsh wlan show interfaces`` in any display language."""
    try:
        return _parse_netsh(text)
    except Exception:  # a parser never raises: unknown output is a reported unknown
        return [empty_link()]


def _parse_netsh(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str) or not text.strip():
        return [empty_link()]
    denied = _location_message(text)
    links: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    seen_fields: set[str] = set()
    header = False
    for raw in text.splitlines():
        line = clean(raw)
        if not line or line.startswith("$ "):
            continue
        if _HEADER.match(line) and ":" in line[-2:]:
            header = True
            continue
        pair = split_label_value(raw.replace("\u00a0", " "))
        if pair is None:
            continue
        label, value = pair[0], clean(pair[1])
        field = _netsh_field(label)
        if field is None:
            # value shapes for labels we do not know (new builds, other languages)
            if current is not None:
                if re.fullmatch(r"\d{1,3}\s*%", value) and current["signal_percent"] is None:
                    current["signal_percent"] = to_int(value)
                elif re.fullmatch(r"802\.11\S*", value) and current["radio_type"] is None:
                    current["radio_type"] = value
                elif re.fullmatch(r"(?:2[.,]4|5|6)\s*GHz", value, re.IGNORECASE) and current["band_ghz"] is None:
                    current["band_ghz"] = _band_from_text(value)
                elif "physical" in seen_fields and current["bssid"] is None and normalise_mac(value) == value.lower():
                    current["bssid"] = normalise_mac(value)  # an unknown label holding a MAC after the adapter's own
            continue
        if field == "physical":
            if current is not None:
                seen_fields.add(field)
            continue
        if field == "name" or (current is None and field in {"state", "ssid", "bssid", "signal", "description"}):
            if field == "name" and current is not None and "name" not in seen_fields and len(seen_fields) <= 1:
                pass  # a lone field before the Name line belongs to this interface
            else:
                current = empty_link(recognized=True)
                links.append(current)
                seen_fields = set()
        assert current is not None
        seen_fields.add(field)
        if field == "name":
            current["interface"] = value or None
        elif field == "state":
            current["state"] = value or None
            current["connected"] = _netsh_state(value)
        elif field == "ssid":
            current["ssid"] = value
            if not value:
                current["hidden"] = True
        elif field == "bssid":
            current["bssid"] = normalise_mac(value)
        elif field == "channel":
            current["channel"] = to_int(value)
        elif field == "band":
            current["band_ghz"] = _band_from_text(value)
        elif field == "radio":
            current["radio_type"] = value or None
        elif field == "signal":
            current["signal_percent"] = to_int(value) if "%" in value or value.isdigit() else None
        elif field == "rssi":
            current["rssi_dbm"] = to_int(value)
        elif field == "rx":
            current["rx_rate_mbps"] = to_float(value)
        elif field == "tx":
            current["tx_rate_mbps"] = to_float(value)
    for link in links:
        infer_connected(link)
        if link["connected"] is not True:
            link["hidden"] = False
        if denied:
            link["permission_denied"] = True
            if link["connected"] is True and not link["ssid"]:
                link["hidden"] = False
        _finish(link)
    if links:
        return links
    if denied:
        link = empty_link(recognized=True)
        link["permission_denied"] = True
        return [link]
    if _NO_INTERFACE.search(fold(text)):
        return []
    if header:
        return []
    return [empty_link()]


# ---------------------------------------------------------------------------------------------- macOS

_REDACTED = ("<redacted>", "redacted", "<private>")


def _is_redacted(value: Any) -> bool:
    return isinstance(value, str) and clean(value).casefold() in _REDACTED


def parse_system_profiler_airport(text: Any) -> list[dict[str, Any]]:
    """JSON of ``system_profiler SPAirPortDataType -json``."""
    try:
        return _parse_sp(text)
    except Exception:  # never raise
        return [empty_link()]


def _parse_sp(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return [empty_link()]
    try:
        data = json.loads(text)
    except ValueError:
        return [empty_link()]
    if not isinstance(data, dict) or not isinstance(data.get("SPAirPortDataType"), list):
        return [empty_link()]
    links: list[dict[str, Any]] = []
    for section in data["SPAirPortDataType"]:
        if not isinstance(section, dict):
            continue
        interfaces = section.get("spairport_airport_interfaces")
        if not isinstance(interfaces, list):
            continue
        for iface in interfaces:
            if not isinstance(iface, dict):
                continue
            name = iface.get("_name")
            if isinstance(name, str) and name.startswith("awdl"):
                continue  # Apple Wireless Direct Link is not a Wi-Fi connection
            link = empty_link(recognized=True)
            link["interface"] = name if isinstance(name, str) else None
            status = iface.get("spairport_status_information")
            status_text = status if isinstance(status, str) else ""
            link["state"] = status_text.replace("spairport_status_", "") or None
            current = iface.get("spairport_current_network_information")
            if "connected" in status_text and "disconnected" not in status_text:
                link["connected"] = True
            elif status_text in ("spairport_status_off", "spairport_status_disconnected", "spairport_status_inactive"):
                link["connected"] = False
            elif isinstance(current, dict):
                link["connected"] = True
            if isinstance(current, dict):
                ssid = current.get("_name")
                if _is_redacted(ssid):
                    link["permission_denied"] = True
                elif isinstance(ssid, str):
                    link["ssid"] = ssid
                bssid = current.get("spairport_network_bssid")
                if _is_redacted(bssid):
                    link["permission_denied"] = True
                link["bssid"] = normalise_mac(bssid)
                channel_text = current.get("spairport_network_channel")
                if isinstance(channel_text, (str, int)):
                    link["channel"] = to_int(channel_text)
                    if isinstance(channel_text, str):
                        link["band_ghz"] = _band_from_text(channel_text)
                phy = current.get("spairport_network_phymode")
                link["radio_type"] = phy if isinstance(phy, str) else None
                rate = current.get("spairport_network_rate")
                link["tx_rate_mbps"] = to_float(rate) if rate is not None else None
                sn = current.get("spairport_signal_noise")
                if isinstance(sn, str):
                    numbers = re.findall(r"-?\d+", sn)
                    if numbers:
                        link["rssi_dbm"] = int(numbers[0])
                    if len(numbers) > 1:
                        link["noise_dbm"] = int(numbers[1])
            elif link["connected"] is True:
                link["permission_denied"] = True  # connected but the network details were withheld
            links.append(_finish(link))
    return links or [empty_link()]


def _colon_pairs(text: str) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for raw in text.splitlines():
        if raw.startswith("$ "):
            continue
        pair = split_label_value(raw)
        if pair is not None:
            pairs.append((fold(pair[0]), clean(pair[1])))
    return pairs


def parse_airport_info(text: Any) -> list[dict[str, Any]]:
    """Legacy ``airport -I`` (``--getinfo``)."""
    try:
        return _parse_airport(text)
    except Exception:  # never raise
        return [empty_link()]


def _parse_airport(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return [empty_link()]
    if "AirPort: Off" in text:
        link = empty_link(recognized=True)
        link["connected"] = False
        link["state"] = "off"
        return [link]
    values = dict(_colon_pairs(text))
    if not ({"agrctlrssi", "state", "ssid", "bssid"} & set(values)):
        return [empty_link()]
    link = empty_link(recognized=True)
    state = values.get("state")
    link["state"] = state or None
    if state == "running":
        link["connected"] = True
    elif state in ("init", "off", "scanning"):
        link["connected"] = False
    link["rssi_dbm"] = to_int(values.get("agrctlrssi"))
    link["noise_dbm"] = to_int(values.get("agrctlnoise"))
    if link["rssi_dbm"] == 0 and link["connected"] is not True:
        link["rssi_dbm"] = None
    link["tx_rate_mbps"] = to_float(values.get("lasttxrate"))
    ssid = values.get("ssid")
    bssid = values.get("bssid")
    if _is_redacted(ssid) or _is_redacted(bssid):
        link["permission_denied"] = True
    elif ssid:
        link["ssid"] = ssid
    elif link["connected"] is True and "ssid" in values:
        link["permission_denied"] = True
    link["bssid"] = normalise_mac(bssid)
    channel = values.get("channel")
    if channel:
        link["channel"] = to_int(channel.split(",")[0])
    return [_finish(link)]


def parse_wdutil_info(text: Any) -> list[dict[str, Any]]:
    """``sudo wdutil info``: the WIFI section."""
    try:
        return _parse_wdutil(text)
    except Exception:  # never raise
        return [empty_link()]


def _parse_wdutil(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return [empty_link()]
    section = ""
    values: dict[str, str] = {}
    for raw in text.splitlines():
        stripped = clean(raw)
        if re.fullmatch(r"[A-Z][A-Z0-9 ]+", stripped):
            section = stripped
            continue
        if section not in ("WIFI", "WI-FI") and section:
            continue
        pair = split_label_value(raw)
        if pair is None:
            continue
        key = fold(pair[0])
        if key and key not in values:
            values[key] = clean(pair[1])
    if not ({"ssid", "rssi", "interface name", "op mode", "power"} & set(values)):
        return [empty_link()]
    link = empty_link(recognized=True)
    link["interface"] = values.get("interface name") or None
    power = values.get("power", "")
    ssid = values.get("ssid")
    bssid = values.get("bssid")
    link["state"] = values.get("op mode") or power or None
    if power.startswith("Off"):
        link["connected"] = False
    elif (ssid is not None and ssid not in ("None", "")) or to_int(values.get("rssi")) not in (None, 0):
        link["connected"] = True
    elif ssid == "None":  # an empty value says nothing (a hidden network shows no name either)
        link["connected"] = False
    if _is_redacted(ssid) or _is_redacted(bssid):
        link["permission_denied"] = True
    elif link["connected"] and ssid:
        link["ssid"] = ssid
    link["bssid"] = normalise_mac(bssid) if not _is_redacted(bssid) else None
    link["rssi_dbm"] = to_int(values.get("rssi"))
    link["noise_dbm"] = to_int(values.get("noise"))
    link["tx_rate_mbps"] = to_float(values.get("tx rate"))
    phy = values.get("phy mode")
    link["radio_type"] = phy if phy and phy != "None" else None
    channel = values.get("channel")
    compact = re.match(r"^\s*(2|5|6)g(\d+)", channel or "")  # macOS 14+: "5g36/80", "2g1/20"
    if compact:
        link["channel"] = int(compact.group(2))
        link["band_ghz"] = 2.4 if compact.group(1) == "2" else float(compact.group(1))
    elif channel:
        link["channel"] = to_int(channel)
        link["band_ghz"] = _band_from_text(channel)
    if link["connected"] is False:
        link["channel"] = link["band_ghz"] = None  # the radio's idle channel, not a network's
    if link["connected"] is False:
        for key in ("rssi_dbm", "noise_dbm", "tx_rate_mbps"):
            if link[key] == 0:
                link[key] = None
    return [_finish(link)]


# ---------------------------------------------------------------------------------------------- Linux

def parse_iw_link(text: Any, interface: str | None = None) -> list[dict[str, Any]]:
    """``iw dev IFACE link``."""
    try:
        return _parse_iw_link(text, interface)
    except Exception:  # never raise
        return [empty_link()]


def _parse_iw_link(text: Any, interface: Any) -> list[dict[str, Any]]:
    iface = interface if isinstance(interface, str) and interface else None
    if not isinstance(text, str):
        return [empty_link()]
    link = empty_link(recognized=True)
    link["interface"] = iface
    if re.search(r"^\s*Not connected\.?\s*$", text, re.MULTILINE):
        link["connected"] = False
        link["state"] = "not connected"
        return [link]
    match = re.search(r"Connected to\s+(\S+)(?:\s+\(on\s+([^)\s]+)\))?", text)
    if match is None:
        return [empty_link()]
    link["connected"] = True
    link["state"] = "connected"
    link["bssid"] = normalise_mac(match.group(1))
    if match.group(2) and not iface:
        link["interface"] = match.group(2)
    ssid = re.search(r"^\s*SSID:[ \t]?(.*)$", text, re.MULTILINE)
    if ssid is not None:
        link["ssid"] = _unescape_iw(ssid.group(1).rstrip("\r"))
        link["hidden"] = link["ssid"] == ""
    freq = re.search(r"^\s*freq:\s*([\d.]+)", text, re.MULTILINE)
    freq_mhz = to_float(freq.group(1)) if freq else None
    if freq_mhz is not None:
        link["channel"] = _channel_from_freq(freq_mhz)
        link["band_ghz"] = band_from_channel(None, freq_mhz)
    signal = re.search(r"^\s*signal:\s*(-?[\d.]+)\s*dBm", text, re.MULTILINE)
    link["rssi_dbm"] = to_int(signal.group(1)) if signal else None
    rx = re.search(r"^\s*rx bitrate:\s*([\d.]+)", text, re.MULTILINE)
    tx = re.search(r"^\s*tx bitrate:\s*([\d.]+)\s*MBit/s(.*)$", text, re.MULTILINE)
    link["rx_rate_mbps"] = to_float(rx.group(1)) if rx else None
    link["tx_rate_mbps"] = to_float(tx.group(1)) if tx else None
    rates = " ".join(m.group(0) for m in re.finditer(r"^\s*[rt]x bitrate:.*$", text, re.MULTILINE))
    for token, phy in (("EHT-MCS", "802.11be"), ("HE-MCS", "802.11ax"), ("VHT-MCS", "802.11ac"),
                       ("MCS", "802.11n")):
        if token in rates:
            link["radio_type"] = phy
            break
    return [_finish(link)]


def _unescape_iw(value: str) -> str:
    """iw prints non-printable and non-ASCII SSID bytes as \\xNN: decode them as UTF-8."""
    if "\\x" not in value:
        return value
    try:
        raw = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), value)
        return raw.encode("latin-1").decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return value


def _channel_from_freq(freq_mhz: float) -> int | None:
    freq = round(freq_mhz)
    if freq == 2484:
        return 14
    if 2412 <= freq <= 2472:
        return (freq - 2407) // 5
    if 5955 <= freq <= 7115:
        return (freq - 5950) // 5
    if 5000 <= freq <= 5925:
        return (freq - 5000) // 5
    return None


_NMCLI_WIFI_FIELDS = ("ACTIVE", "SSID", "BSSID", "CHAN", "FREQ", "RATE", "SIGNAL", "SECURITY", "DEVICE")


def nmcli_fields(argv: Any) -> tuple[str, ...]:
    """The -f/--fields list of a recorded ``nmcli ... device wifi list`` command (nmcli prints them in that
    order), or the default set when the command named none."""
    if not isinstance(argv, (list, tuple)):
        return _NMCLI_WIFI_FIELDS
    items = [str(a) for a in argv]
    for flag in ("-f", "--fields"):
        if flag in items and items.index(flag) + 1 < len(items):
            fields = tuple(f.strip().upper() for f in items[items.index(flag) + 1].split(",") if f.strip())
            if fields and fields != ("ALL",):
                return fields
    return _NMCLI_WIFI_FIELDS


def _nmcli_rows(text: str, fields: tuple[str, ...]) -> list[dict[str, str]] | None:
    """Rows of ``nmcli -t`` output as dicts; None when no row has the expected shape."""
    rows: list[dict[str, str]] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("$ "):
            continue
        parts = split_terse(raw.rstrip("\r"))
        if len(parts) != len(fields):
            continue
        row = dict(zip(fields, parts, strict=True))
        if "IN-USE" in row and "ACTIVE" not in row:  # nmcli's "*" column: the network in use
            row["ACTIVE"] = "yes" if row["IN-USE"].strip() == "*" else "no"
        active = row.get("ACTIVE", "").strip().casefold()
        if active not in ("yes", "no", "*", ""):
            continue
        if row.get("BSSID") and normalise_mac(row["BSSID"]) is None:
            continue
        rows.append(row)
    return rows or None


def parse_nmcli_wifi(text: Any, fields: tuple[str, ...] = _NMCLI_WIFI_FIELDS) -> list[dict[str, Any]]:
    """``nmcli -t -f FIELDS device wifi list`` (ACTIVE or IN-USE, SSID, BSSID, CHAN, FREQ, RATE, SIGNAL, DEVICE
    in any order; pass the command's own field list): one dict per device that has an active network (or one
    disconnected dict per device seen without one)."""
    try:
        return _parse_nmcli_wifi(text, tuple(f.upper() for f in fields))
    except Exception:  # never raise
        return [empty_link()]


def _parse_nmcli_wifi(text: Any, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return [empty_link()]
    rows = _nmcli_rows(text, fields)
    if rows is None:
        return [empty_link()]
    by_device: dict[str, dict[str, Any]] = {}
    for row in rows:
        device = row.get("DEVICE") or ""
        if row.get("ACTIVE", "").strip().casefold() not in ("yes", "*"):
            by_device.setdefault(device, _nm_disconnected(device))
            continue
        link = empty_link(recognized=True)
        link["interface"] = device or None
        link["connected"] = True
        link["state"] = "connected"
        link["ssid"] = row.get("SSID") or None
        link["hidden"] = not row.get("SSID") and "SSID" in row
        link["bssid"] = normalise_mac(row.get("BSSID"))
        link["channel"] = to_int(row.get("CHAN"))
        link["band_ghz"] = band_from_channel(link["channel"], to_float(row.get("FREQ")))
        link["signal_percent"] = to_int(row.get("SIGNAL"))
        link["rx_rate_mbps"] = to_float(row.get("RATE"))
        by_device[device] = _finish(link)
    return list(by_device.values())


def parse_nmcli_scan(text: Any, fields: tuple[str, ...] = _NMCLI_WIFI_FIELDS) -> list[dict[str, Any]] | None:
    """Every network row of ``nmcli -t ... device wifi list`` as a scan entry; None when not understood."""
    try:
        rows = _nmcli_rows(text, tuple(f.upper() for f in fields)) if isinstance(text, str) else None
        if rows is None:
            return None
        return [
            scan_entry(ssid=row.get("SSID"), bssid=row.get("BSSID"), signal_percent=to_int(row.get("SIGNAL")),
                       channel=to_int(row.get("CHAN")), freq=to_float(row.get("FREQ")),
                       in_use=row.get("ACTIVE", "").strip().casefold() in ("yes", "*"))
            for row in rows
        ]
    except Exception:  # never raise
        return None


def _nm_disconnected(device: str) -> dict[str, Any]:
    link = empty_link(recognized=True)
    link["interface"] = device or None
    link["connected"] = False
    link["state"] = "not connected"
    return link


def parse_iwconfig(text: Any) -> list[dict[str, Any]]:
    """``iwconfig``: one dict per wireless interface (interfaces with "no wireless extensions" are skipped)."""
    try:
        return _parse_iwconfig(text)
    except Exception:  # never raise
        return [empty_link()]


def _parse_iwconfig(text: Any) -> list[dict[str, Any]]:
    if not isinstance(text, str):
        return [empty_link()]
    blocks: list[list[str]] = []
    understood = False
    for raw in text.splitlines():
        if not raw.strip() or raw.startswith("$ "):
            continue
        if not raw[0].isspace():
            if "no wireless extensions" in raw:
                understood = True
                blocks.append([])  # placeholder, dropped below
                continue
            blocks.append([raw])
        elif blocks and blocks[-1]:
            blocks[-1].append(raw)
    links: list[dict[str, Any]] = []
    for block in blocks:
        if not block:
            continue
        head = block[0]
        match = re.match(r"^(\S+(?:\s\S+)*?)\s{2,}(IEEE 802\.11\S*|unassociated)", head)
        if match is None:
            continue
        understood = True
        body = " ".join(block)
        link = empty_link(recognized=True)
        link["interface"] = match.group(1)
        link["radio_type"] = match.group(2).replace("IEEE ", "") if match.group(2).startswith("IEEE") else None
        essid = re.search(r'ESSID:(?:"(.*)"|(off/any))', head)
        ap = re.search(r"Access Point:\s*(\S+)", body)
        associated = ap is not None and normalise_mac(ap.group(1)) is not None
        link["connected"] = associated
        link["state"] = "associated" if associated else "not associated"
        if essid is not None and essid.group(1) is not None and associated:
            link["ssid"] = essid.group(1)
            link["hidden"] = essid.group(1) == ""
        if associated and ap is not None:
            link["bssid"] = normalise_mac(ap.group(1))
        freq = re.search(r"Frequency[:=]\s*([\d.]+)\s*GHz", body)
        if freq is not None:
            mhz = float(freq.group(1)) * 1000
            link["channel"] = _channel_from_freq(mhz)
            link["band_ghz"] = band_from_channel(None, mhz)
        signal = re.search(r"Signal level[:=]\s*(-?\d+)\s*dBm", body)
        if signal is not None:
            link["rssi_dbm"] = int(signal.group(1))
        noise = re.search(r"Noise level[:=]\s*(-?\d+)\s*dBm", body)
        if noise is not None:
            link["noise_dbm"] = int(noise.group(1))
        rate = re.search(r"Bit Rate[:=]\s*([\d.]+)\s*Mb/s", body)
        if rate is not None:
            link["tx_rate_mbps"] = float(rate.group(1))
        links.append(_finish(link))
    if not understood:
        return [empty_link()]
    return links


def parse_proc_net_wireless(text: Any) -> list[dict[str, Any]]:
    """``/proc/net/wireless``: link quality and levels per wireless interface (no SSID: the kernel table
    only says the radio hears an access point). A level of -256 (or 0) means "not measured"."""
    try:
        if not isinstance(text, str) or "Inter-" not in text:
            return [empty_link()]
        links = []
        for line in text.splitlines():
            match = re.match(r"^\s*([^\s:|]+):\s+(\S+)\s+(-?[\d.]+)\.?\s+(-?[\d.]+)\.?\s+(-?[\d.]+)\.?", line)
            if match is None:
                continue
            link = empty_link(recognized=True)
            link["interface"] = match.group(1)
            level = to_int(match.group(4).rstrip("."))
            noise = to_int(match.group(5).rstrip("."))
            link["rssi_dbm"] = level if level is not None and -120 < level < 0 else None
            link["noise_dbm"] = noise if noise is not None and -120 < noise < 0 else None
            link["state"] = "link quality " + match.group(3).rstrip(".")
            links.append(_finish(link))
        return links or [empty_link()]
    except Exception:  # never raise
        return [empty_link()]


# ---------------------------------------------------------------------------------------------- scans
# The networks around: what the "crowded channel" and "5 GHz available" hints are based on.

def scan_entry(*, ssid: Any, bssid: Any, signal_percent: Any = None, rssi_dbm: Any = None, channel: Any = None,
               freq: Any = None, band_text: Any = None, radio_type: Any = None, in_use: bool = False) -> dict[str, Any]:
    chan = to_int(channel)
    band = _band_from_text(str(band_text)) if band_text else None
    band = band or band_from_channel(chan, freq)
    rssi = to_int(rssi_dbm)
    percent = to_int(signal_percent)
    return {
        "ssid": ssid if isinstance(ssid, str) and ssid else None,
        "hidden": not (isinstance(ssid, str) and ssid),
        "bssid": normalise_mac(bssid) if isinstance(bssid, str) else None,
        "signal_percent": percent if percent is not None else signal_percent_from_dbm(rssi),
        "rssi_dbm": rssi,
        "channel": chan,
        "band_ghz": band,
        "radio_type": radio_type if isinstance(radio_type, str) and radio_type else None,
        "in_use": bool(in_use),
    }


_NETSH_SSID = re.compile(r"^SSID\s+\d+\s*:\s?(.*)$")
_NETSH_BSSID = re.compile(r"^\S*\s*BSSID+\s+\d+\s*:\s*(\S*)", re.IGNORECASE)


def parse_netsh_networks(text: Any) -> list[dict[str, Any]] | None:
    """``netsh wlan show networks mode=bssid`` in any display language: one entry per BSSID (one per SSID when
    the driver lists no BSSID blocks). None when the text is not such a listing."""
    try:
        return _parse_netsh_networks(text)
    except Exception:  # never raise
        return None


def _parse_netsh_networks(text: Any) -> list[dict[str, Any]] | None:
    if not isinstance(text, str):
        return None
    entries: list[dict[str, Any]] = []
    ssid: str | None = None
    current: dict[str, Any] | None = None
    ssid_has_bssid = True
    seen_ssid = False

    def close() -> None:
        if current is not None:
            entries.append(scan_entry(**current))

    for raw in text.splitlines():
        line = clean(raw.replace("\u00a0", " "))
        ssid_match = _NETSH_SSID.match(line)
        if ssid_match:
            close()
            current = None
            if seen_ssid and not ssid_has_bssid:
                entries.append(scan_entry(ssid=ssid, bssid=None))
            ssid, ssid_has_bssid, seen_ssid = ssid_match.group(1).strip(), False, True
            continue
        bssid_match = _NETSH_BSSID.match(line)
        if bssid_match and seen_ssid:
            close()
            ssid_has_bssid = True
            current = {"ssid": ssid, "bssid": bssid_match.group(1)}
            continue
        if current is None:
            continue
        pair = split_label_value(line)
        if pair is None:
            continue
        field, value = _netsh_field(pair[0]), clean(pair[1])
        if field == "signal" or (field is None and re.fullmatch(r"\d{1,3}\s*%", value)):
            current["signal_percent"] = to_int(value)
        elif field == "channel":
            current["channel"] = value
        elif field == "band":
            current["band_text"] = value
        elif field == "radio" or (field is None and re.fullmatch(r"802\.11\S*", value)):
            current["radio_type"] = value
    close()
    if seen_ssid and not ssid_has_bssid:
        entries.append(scan_entry(ssid=ssid, bssid=None))
    return entries if seen_ssid else None


def parse_system_profiler_scan(text: Any) -> list[dict[str, Any]] | None:
    """The neighbours system_profiler lists (``spairport_airport_other_local_wireless_networks``) plus the
    current network, as scan entries."""
    try:
        data = json.loads(text) if isinstance(text, str) else None
        sections = data.get("SPAirPortDataType") if isinstance(data, dict) else None
        if not isinstance(sections, list):
            return None
        entries: list[dict[str, Any]] = []
        found = False
        for section in sections:
            for iface in (section.get("spairport_airport_interfaces") or []) if isinstance(section, dict) else []:
                if not isinstance(iface, dict) or str(iface.get("_name", "")).startswith("awdl"):
                    continue
                current = iface.get("spairport_current_network_information")
                others = iface.get("spairport_airport_other_local_wireless_networks")
                for item, in_use in [(current, True)] + [(o, False) for o in (others if isinstance(others, list) else [])]:
                    if not isinstance(item, dict):
                        continue
                    found = True
                    sn = item.get("spairport_signal_noise")
                    rssi = re.findall(r"-?\d+", sn)[0] if isinstance(sn, str) and re.search(r"-?\d+", sn) else None
                    channel = item.get("spairport_network_channel")
                    name = item.get("_name")
                    entries.append(scan_entry(ssid=None if _is_redacted(name) else name, bssid=item.get("spairport_network_bssid"),
                                              rssi_dbm=rssi, channel=channel, band_text=channel if isinstance(channel, str) else None,
                                              radio_type=item.get("spairport_network_phymode"), in_use=in_use))
        return entries if found else None
    except Exception:  # never raise
        return None


_AIRPORT_SCAN_ROW = re.compile(r"^\s*(.*?)\s*((?:[0-9a-f]{1,2}:){5}[0-9a-f]{1,2})?\s+(-\d+)\s+(\d+)(?:,[-+]?\d+)?\s+[YN]\s+\S+\s+", re.IGNORECASE)


def parse_airport_scan(text: Any) -> dict[str, Any] | None:
    """Legacy ``airport -s``: {"networks": [...], "bssid_withheld": bool}. macOS 12+ without Location
    permission prints every row with a blank BSSID column."""
    try:
        if not isinstance(text, str) or "RSSI" not in text or "SSID" not in text:
            return None
        networks = []
        for line in text.splitlines():
            if line.startswith("$ ") or ("BSSID" in line and "RSSI" in line):
                continue
            match = _AIRPORT_SCAN_ROW.match(line + " ")
            if match is None:
                continue
            networks.append(scan_entry(ssid=match.group(1).strip() or None, bssid=match.group(2), rssi_dbm=match.group(3),
                                       channel=match.group(4)))
        if not networks:
            return None
        return {"networks": networks, "bssid_withheld": all(n["bssid"] is None for n in networks)}
    except Exception:  # never raise
        return None
