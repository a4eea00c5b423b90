"""Table-driven tests over the recorded outputs in tests/fixtures/network (see its PROVENANCE.tsv: real captures,
EDITED ones and SYNTHETIC ones are named as such). Each row states what a user (or IT) would read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from desktop_app import i18n
from desktop_app.diagnostics.network import ipconfig, verdict, wifi
from desktop_app.model import Status
from desktop_app.observations import Observations
from desktop_app.parsers import ipconfig as ipp
from desktop_app.parsers import wifi as wp

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "network"
NETSH_IF = ["netsh", "wlan", "show", "interfaces"]


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def cmd(argv: list[str], name: str, returncode: int = 0) -> dict[str, Any]:
    return {"kind": "command", "argv": argv, "returncode": returncode, "stdout": text(name), "stderr": "", "error": None}


def subset(found: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    return {k: found.get(k) for k in expected}


# -- netsh wlan show interfaces, every display language ---------------------------------------------------------
CONNECTED = [
    ("heat_netsh-if_en.txt", {"ssid": "SSID-1", "signal_percent": 42, "channel": 44, "band_ghz": 5.0, "rx_rate_mbps": 103.0}),
    ("heat_netsh-if_fr.txt", {"ssid": "SSID-1", "bssid": "fe:dc:ba:09:87:02", "signal_percent": 80, "band_ghz": 2.4, "tx_rate_mbps": 206.0}),
    ("heat_netsh-if_de.txt", {"interface": "WLAN", "signal_percent": 43, "channel": 116, "band_ghz": 5.0}),
    ("77_sundered_netsh-if_de_rssi.txt", {"ssid": "Hauptnetz", "signal_percent": 81, "rssi_dbm": -61, "channel": 108, "rx_rate_mbps": 263.3}),
    ("heat_netsh-if_es.txt", {"signal_percent": 81, "channel": 11, "rx_rate_mbps": 69.0, "tx_rate_mbps": 206.0}),
    ("netwatch_netsh-if_es_connected.txt", {"ssid": "Norma-2.4", "bssid": "78:90:a2:30:e0:62", "signal_percent": 72, "channel": 5}),
    ("heat_netsh-if_it.txt", {"state": "connessa", "signal_percent": 85, "channel": 4, "radio_type": "802.11n"}),
    ("tiwifi_netsh-if_pt-BR.txt", {"ssid": "ESCOLA-ALUNOS", "signal_percent": 82, "channel": 44, "rx_rate_mbps": 866.7}),
    ("netsh-if_nl_SYNTHETIC.txt", {"ssid": "Café Wi-Fi 5G", "signal_percent": 76, "channel": 36, "rx_rate_mbps": 866.7}),
    ("netsh-if_ja_SYNTHETIC.txt", {"interface": "Wi-Fi", "ssid": "わが家-2G", "signal_percent": 80, "channel": 6, "rx_rate_mbps": 144.4}),
    ("netsh-if_ru_SYNTHETIC.txt", {"interface": "Беспроводная сеть", "ssid": "Дача", "channel": 36, "rx_rate_mbps": 433.3, "tx_rate_mbps": 433.3}),
    ("netsh-if_pl_SYNTHETIC.txt", {"ssid": "Dom", "signal_percent": 80, "channel": 11, "rx_rate_mbps": 286.8}),
]


@pytest.mark.parametrize(("name", "expected"), CONNECTED, ids=[c[0] for c in CONNECTED])
def test_netsh_connected_in_every_language(name: str, expected: dict[str, Any]) -> None:
    links = wp.parse_netsh_wlan_interfaces(text(name))
    assert len(links) == 1 and links[0]["connected"] is True and not links[0]["connected_inferred"]
    assert subset(links[0], expected) == expected


@pytest.mark.parametrize("name", ["76_racelink_netsh-if_de_disconnected.txt", "netwatch_netsh-if_en_disconnected.txt"])
def test_netsh_disconnected_is_a_definite_no(name: str) -> None:
    links = wp.parse_netsh_wlan_interfaces(text(name))
    assert [(link["connected"], link["ssid"]) for link in links] == [(False, None)]


def test_netsh_without_any_wifi_adapter() -> None:
    assert wp.parse_netsh_wlan_interfaces(text("netwatch_netsh-if_en_no-interface.txt")) == []


@pytest.mark.parametrize(
    "name",
    ["netsh-if_tr-unknown-state_SYNTHETIC.txt", "heat_netsh-if_unlocalized_EDITED.txt", "netsh-if_ja_SYNTHETIC.txt",
     "netsh-if_ru_SYNTHETIC.txt", "netsh-if_pl_SYNTHETIC.txt"],
)
def test_unknown_or_foreign_state_words_never_read_as_not_connected(name: str, ctx) -> None:
    """The audit's bug: anything whose state word was not known said "Wi-Fi is not connected" even with an SSID
    and 80% signal parsed. Now: known languages read as connected, unknown ones are inferred from the readings."""
    result = wifi.analyze(Observations([cmd(NETSH_IF, name)]), ctx("windows"))
    assert result.facts["connected"] is True
    assert "not connected" not in result.summary.lower()
    assert result.status in (Status.OK, Status.WARNING)


def test_inferred_connection_is_flagged_in_the_facts(ctx) -> None:
    result = wifi.analyze(Observations([cmd(NETSH_IF, "netsh-if_tr-unknown-state_SYNTHETIC.txt")]), ctx("windows"))
    assert result.facts["connected_inferred"] is True and result.facts["ssid"] == "Ev" and "80%" in result.summary


def test_location_permission_message_is_not_disconnection(ctx) -> None:
    result = wifi.analyze(Observations([cmd(NETSH_IF, "heat_netsh-if_location-denied_en.txt", returncode=1)]), ctx("windows"))
    assert result.facts["reason"] == "permission_denied" and result.facts["connected"] is None


# -- macOS ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("parser", "name", "expected"),
    [
        ("parse_airport_info", "01_jc_airport-I.txt", {"ssid": "SnazzleDazzle", "rssi_dbm": -66, "noise_dbm": -90, "channel": 48, "tx_rate_mbps": 195.0}),
        # airport drops leading zeros in MAC octets ("31:23:3:1a:9f:1d"): restored, never mistaken for no BSSID
        ("parse_airport_info", "60_nodewifi_airport-I.txt", {"bssid": "31:23:03:1a:9f:1d", "rssi_dbm": -50, "channel": 36}),
        ("parse_wdutil_info", "38_heat_wdutil_macos12_5ghz.txt", {"ssid": "SomeSSID-5", "rssi_dbm": -61, "noise_dbm": -96, "channel": 144}),
        ("parse_wdutil_info", "heat_wdutil_macos_on-not-associated.txt", {"connected": False, "channel": None, "rssi_dbm": None}),
        ("parse_system_profiler_airport", "42_heat_sp-airport_15.5_iphone.txt", {"connected": True, "rssi_dbm": -55, "noise_dbm": -95, "band_ghz": 5.0}),
        ("parse_system_profiler_airport", "44_heat_sp-airport_15.5_off.txt", {"connected": False, "state": "off"}),
    ],
)
def test_macos_outputs(parser: str, name: str, expected: dict[str, Any]) -> None:
    links = getattr(wp, parser)(text(name))
    assert subset(links[0], expected) == expected


def test_macos_redacted_names_are_a_permission_problem_not_a_disconnection(ctx) -> None:
    """macOS 14+ without Location permission: wdutil prints <redacted> for SSID and BSSID but still measures."""
    result = wifi.analyze(Observations([cmd(["wdutil", "info"], "heat_wdutil_macos_redacted-no-location.txt")]), ctx("macos"))
    assert result.status is Status.WARNING and result.facts["reason"] == "permission_denied"
    assert result.facts["connected"] is True and result.facts["ssid"] is None and result.facts["bssid"] is None
    assert (result.facts["rssi_dbm"], result.facts["channel"], result.facts["band_ghz"]) == (-63, 11, 2.4)
    assert "Location Services" in result.advice and "not connected" not in result.summary.lower()


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_branded_app_speaks_its_own_name_but_points_at_the_program_macos_lists(ctx, lang) -> None:
    """Employees know the app by the organisation's name; Location Services lists the real program."""
    i18n.set_language(lang)
    i18n.set_product_name("Acme Help")
    result = wifi.analyze(Observations([cmd(["wdutil", "info"], "heat_wdutil_macos_redacted-no-location.txt")]), ctx("macos"))
    assert "Acme Help" in result.summary and "SelfDesk" not in result.summary
    assert "SelfDesk" in result.advice and "Acme Help" not in result.advice


def test_macos_scan_without_location_permission_withholds_bssids(ctx) -> None:
    """Monterey+ without Location permission blanks the BSSID column of every scanned network."""
    scan = wp.parse_airport_scan(text("61_nodewifi_airport-s_monterey.txt"))
    assert scan["bssid_withheld"] is True and len(scan["networks"]) == 4
    assert wp.parse_airport_scan(text("63_nodewifi_airport-s_space.txt"))["bssid_withheld"] is False
    hidden = wp.parse_airport_scan(text("56_wifiscan_airport-s_02.txt"))["networks"][0]
    assert hidden["hidden"] is True and hidden["bssid"] == "7c:b7:33:ae:3b:06"


# -- Linux ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("03_jc_iwconfig.txt", [("wlp5s0", True, "BLABLABLA", -52)]),
        ("04_jc_iwconfig-many.txt", [("wlp5s0", True, "BLABLABLA", -52), ("wlp5s02", True, "BLABLABLA2", -53)]),
        ("05_jc_iwconfig-space-dash-ssid.txt", [("wlp-50", True, "BLABLABLA-bla bla bla", -52)]),
        # jc's iwconfig parser returns [] here: an unassociated radio must stay "not connected", not "no Wi-Fi"
        ("91_wirelessinfo_iwconfig_unassociated.txt", [("wlx<IF from MAC [IF2]>", False, None, None)]),
    ],
)
def test_iwconfig(name: str, expected: list[tuple[Any, ...]]) -> None:
    links = wp.parse_iwconfig(text(name))
    assert [(link["interface"], link["connected"], link["ssid"], link["rssi_dbm"]) for link in links] == expected


def test_iw_link_real_output() -> None:
    link = wp.parse_iw_link(text("heat_iw-dev-link_linux.txt"), "wlp1s0")[0]
    assert subset(link, {"connected": True, "ssid": "SSID-1", "rssi_dbm": -51, "channel": 1, "band_ghz": 2.4, "tx_rate_mbps": 26.0}) == {
        "connected": True, "ssid": "SSID-1", "rssi_dbm": -51, "channel": 1, "band_ghz": 2.4, "tx_rate_mbps": 26.0}


def test_nmcli_scan_as_recorded_with_its_own_field_list(ctx) -> None:
    """The real capture's command names 10 fields starting with ACTIVE; the live collector uses IN-USE,...,DEVICE.
    Both are read from the recorded argv."""
    raw = text("59_nodewifi_nmcli-t-scan.txt")
    argv = raw.splitlines()[0][2:].split()
    obs = Observations([{"kind": "command", "argv": argv, "returncode": 0, "stdout": raw, "stderr": "", "error": None}])
    result = wifi.analyze(obs, ctx())
    assert result.facts["connected"] is True and result.facts["ssid"] == "Linksys01777_5GHz"
    assert result.facts["bssid"] == "31:23:03:1a:9f:1d" and result.facts["band_ghz"] == 5.0 and result.facts["signal_percent"] == 75
    assert result.facts["neighbourhood"]["networks_seen"] == 14
    scan = wp.parse_nmcli_scan(raw, wp.nmcli_fields(argv))
    assert any(n["hidden"] for n in scan) and any(n["ssid"] == "Linksys01777-invité" for n in scan)


def test_proc_net_wireless_gives_levels_but_not_a_verdict_on_connection(ctx) -> None:
    link = wp.parse_proc_net_wireless(text("94_forum_proc-net-wireless_eth1.txt"))[0]
    assert (link["interface"], link["rssi_dbm"], link["noise_dbm"], link["connected"]) == ("eth1", -56, -91, None)
    obs = Observations([{"kind": "file", "name": "/proc/net/wireless", "value": text("94_forum_proc-net-wireless_eth1.txt")}])
    result = wifi.analyze(obs, ctx())
    assert result.status is Status.SKIPPED and result.facts["connected"] is None and "not connected" not in result.summary


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("07_jc_nmcli-device-show_centos7.txt", [("ens33", "ethernet", True, ["192.168.71.180"], "192.168.71.2"), ("docker0", "other", None, ["172.17.0.1"], None), ("lo", "loopback", None, ["127.0.0.1"], None)]),
        ("08_jc_nmcli-device-show_fedora32.txt", [("ens33", "ethernet", True, ["10.0.0.178"], "10.0.0.1"), ("lo", "loopback", None, ["127.0.0.1"], None)]),
        # jc's nmcli parser raises on this one (it ends with another command's header line)
        ("92_wirelessinfo_nmcli-device-show_wifi-disconnected.txt", [("wlx<IF from MAC [IF2]>", "wifi", False, [], None), ("enp0s25", "ethernet", False, [], None)]),
    ],
)
def test_nmcli_device_show(name: str, expected: list[tuple[Any, ...]]) -> None:
    adapters = ipp.parse_nmcli_device_show(text(name))
    got = [(a["name"], a["kind"], a["media_connected"], a["ipv4"], a["gateway"]) for a in adapters]
    assert [g[:2] + g[3:] for g in got] == [e[:2] + e[3:] for e in expected]
    assert [g[2] for g in got if g[1] != "other" and g[1] != "loopback"] == [e[2] for e in expected if e[1] not in ("other", "loopback")]


@pytest.mark.parametrize(
    ("name", "gateway", "dev"),
    [("12_jc_ip-route_ubuntu1804.txt", "10.0.2.2", "enp0s3"), ("13_jc_ip-route_centos77.txt", "10.0.2.2", "enp0s3")],
)
def test_ip_route_text_through_jc(name: str, gateway: str, dev: str) -> None:
    obs = Observations([{"kind": "command", "argv": ["ip", "route"], "returncode": 0, "stdout": text(name), "stderr": "", "error": None}])
    assert ipconfig.default_routes(obs)[0] | {"metric": None} == {"gateway": gateway, "dev": dev, "metric": None}


# -- ipconfig /all (en, fr, de, regional formats) ---------------------------------------------------------------
IPCONFIG = [
    ("18_jc_ipconfig-all_win11.txt", ["ipconfig", "/all"], "ok", "Wi-Fi", "192.168.1.169", "Friday, September 20, 2024 8:31:30 AM"),
    ("19_jc_ipconfig-all_win10.txt", ["ipconfig", "/all"], "ok", "Ethernet 2", "10.50.13.132", "Monday, September 23, 2024 2:31:46 AM"),
    ("20_jc_ipconfig-all_win7.txt", ["ipconfig", "/all"], "ok", "Local Area Connection", "192.168.22.33", "Tuesday, September 24, 2024 7:02:58 AM"),
    ("21_jc_ipconfig-all_winxp.txt", ["ipconfig", "/all"], "ok", "Local Area Connection", "192.168.22.135", "Sunday, September 22, 2024 10:31:26 PM"),
    ("68_nwt_ipconfig-all_de.txt", ["ipconfig", "/all"], "ok", "WLAN", "192.168.178.23", "Samstag, 7. Dezember 2024 19:59:32"),
    ("69_ydh_ipconfig-all_de.txt", ["ipconfig", "/all"], "ok", "Ethernet 2", "10.50.104.30", "Sonntag, 21. Juli 2024 11:31:29"),
    ("70_getmac_ipconfig-all_win10.txt", ["ipconfig", "/all"], "ok", "Ethernet 3", "10.0.0.104", "Sunday, October 29, 2017 08:34:48 PM"),
    ("73_ifcfg_ipconfig-all_win10_danish-dates.txt", ["ipconfig", "/all"], "ok", "Wi-Fi", "192.168.40.219", "28. juli 2017 01:32:00"),
    ("74_ifcfg_ipconfig-all_win10_spanish-dates.txt", ["ipconfig", "/all"], "ok", "Ethernet", "10.0.2.15", "viernes, 4 de agosto de 2017 1:00:59"),
    ("75_ifcfg_ipconfig-all_win10_eth.txt", ["ipconfig", "/all"], "ok", "Ethernet", "192.168.1.2", "Thursday, July 27, 2017 11:53:25 PM"),
    # French plain "ipconfig": no DNS lines in that form, so DNS is unknown rather than missing
    ("82_lucas_ipconfig_fr.txt", ["ipconfig"], "ok", "Wi-Fi", "10.33.72.214", None),
]


@pytest.mark.parametrize(("name", "argv", "status", "judged", "address", "expires"), IPCONFIG, ids=[c[0] for c in IPCONFIG])
def test_ipconfig_reports(ctx, name: str, argv: list[str], status: str, judged: str, address: str, expires: str | None) -> None:
    result = ipconfig.analyze(Observations([cmd(argv, name)]), ctx("windows"))
    assert result.status.value == status, result.summary
    assert result.facts["judged_interface"] == judged and address in result.summary
    assert (result.facts["lease"] or {}).get("lease_expires") == expires


def test_virtual_adapters_are_flagged() -> None:
    adapters = {a["name"]: a for a in ipp.parse_ipconfig_all(text("68_nwt_ipconfig-all_de.txt"))}
    assert adapters["vEthernet (WSL (Hyper-V firewall))"]["virtual"] is True and adapters["WLAN"]["virtual"] is False
    vmware = [a for a in ipp.parse_ipconfig_all(text("18_jc_ipconfig-all_win11.txt")) if "VMware" in str(a["name"])]
    assert vmware and all(a["virtual"] and a["ipv4"] for a in vmware)


def test_dhcp_failure_is_not_masked_by_a_virtualbox_adapter(ctx) -> None:
    """REAL capture: Wi-Fi 169.254.167.167 and VirtualBox Host-Only 192.168.56.1. It used to say "no DNS
    servers"; the user must hear that the router gave no address."""
    obs = Observations([cmd(["ipconfig"], "ipconfig_en_wifi-apipa_virtualbox.txt")])
    result = ipconfig.analyze(obs, ctx("windows"))
    assert result.status is Status.FAILED and result.facts["reason"] == "self_assigned"
    assert "did not get an address from the router" in result.summary
    assert result.facts["judged_interface"] == "Wi-Fi" and "network.renew_dhcp" in result.fixes
    out = verdict.conclude({"network": result}, ctx("windows"))
    assert out is not None and out.facts["layer"] == "ip"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("86_netology_get-netadapter_ru.txt", [("Беспроводная сеть", True, None, True), ("Ethernet", False, None, True)]),
        ("87_unresolved_get-netadapter_wireguard.txt", [("Bluetooth Network Connec…", False, None, True), ("G634J", True, None, False), ("Ethernet", False, None, True), ("Wi-Fi", True, None, True)]),
        ("106_msdocs_get-netadapter_azure-mana.txt", [("Ethernet 4", True, "00:00:aa:aa:00:aa", False), ("Ethernet 5", True, "11:11:bb:bb:11:bb", False)]),
    ],
)
def test_truncated_powershell_tables_never_yield_a_cut_mac(name: str, expected: list[tuple[Any, ...]]) -> None:
    adapters = ipp.parse_get_netadapter(text(name))
    assert [(a["name"], a["up"], a["mac"], a["truncated"]) for a in adapters] == expected


# -- scans: the networks around ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "count", "check"),
    [
        ("52_wifiscan_netsh-net_en-complex.txt", 86, lambda n: n[0]["hidden"] and n[0]["channel"] == 1),
        ("54_wifiscan_netsh-net_en-sp.txt", 12, lambda n: n[0]["ssid"] == "iPhone" and n[0]["band_ghz"] == 2.4 and n[0]["signal_percent"] == 65),
        ("65_booyaa_netsh-net_win81.txt", 4, lambda n: {x["ssid"] for x in n} >= {"FRITZ!Box 2345 Cable"}),
        ("102_accesspoints_netsh-net_nl.txt", 37, lambda n: n[0]["ssid"] == "iConnect" and n[0]["signal_percent"] == 63 and n[0]["band_ghz"] == 5.0),
        ("105_issue_nodewifiscanner5_netsh-no-bssid.txt", 1, lambda n: n[0]["ssid"] == "myAP" and n[0]["bssid"] is None),
    ],
)
def test_netsh_network_scans(name: str, count: int, check: Any) -> None:
    networks = wp.parse_netsh_networks(text(name))
    assert networks is not None and len(networks) == count and check(networks)


def test_hints_come_from_the_scan_not_from_the_channel_number(ctx) -> None:
    """Connected on channel 6 (one of 1/6/11, which the old rule called never crowded) among a busy 2.4 GHz scan."""
    interfaces = re.sub(r"(Channel\s*:) 44", r"\1 6", text("heat_netsh-if_en.txt"))  # EDITED: channel 44 -> 6
    obs = Observations([
        {"kind": "command", "argv": NETSH_IF, "returncode": 0, "stdout": interfaces, "stderr": "", "error": None},
        cmd(["netsh", "wlan", "show", "networks", "mode=bssid"], "52_wifiscan_netsh-net_en-complex.txt"),
    ])
    result = wifi.analyze(obs, ctx("windows"))
    around = result.facts["neighbourhood"]
    assert around["scanned"] is True and around["overlapping_24ghz"] >= wifi.CROWDED_NEIGHBOURS
    assert "crowded_channel" in result.facts["hints"] and "overlap" in result.advice
    without_scan = wifi.analyze(Observations(obs.raw[:1]), ctx("windows"))
    assert without_scan.facts["neighbourhood"] == {"scanned": False} and "hints" not in without_scan.facts
