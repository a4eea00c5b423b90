"""Property tests: no Wi-Fi/IP/ping parser and no network analyzer raises on arbitrary text, and text that says
nothing about a disconnection never produces "not connected"."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app import policy
from desktop_app.diagnostics.network import ipconfig, proxy, reach, throughput, verdict, wifi
from desktop_app.model import Context, Status
from desktop_app.observations import Observations
from desktop_app.parsers import ipconfig as ipp
from desktop_app.parsers import ping as pingp
from desktop_app.parsers import wifi as wp

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CTX = {p: Context(policy=policy.defaults(), platform=p) for p in ("windows", "macos", "linux")}

LABELS = ["Name", "State", "Status", "État", "SSID", "BSSID", "Signal", "Sygnał", "Канал", "状態", "Channel", "Band",
          "Radio type", "Receive rate (Mbps)", "IPv4 Address. . . . .", "Default Gateway . . .", "DNS Servers . . .",
          "Media State . . .", "Interface name", "SSID 1", "BSSID 1", "agrCtlRSSI", "Connected to", "freq", "signal"]
line = st.one_of(
    st.text(max_size=60),
    st.builds(lambda label, value, pad: f"{' ' * pad}{label} : {value}", st.sampled_from(LABELS), st.text(max_size=30), st.integers(0, 8)),
)
texts = st.one_of(st.text(max_size=400), st.lists(line, max_size=25).map("\n".join))

WIFI_PARSERS = [wp.parse_netsh_wlan_interfaces, wp.parse_airport_info, wp.parse_wdutil_info, wp.parse_system_profiler_airport,
                wp.parse_iwconfig, wp.parse_nmcli_wifi, wp.parse_proc_net_wireless, lambda t: wp.parse_iw_link(t, "wlan0")]
SCAN_PARSERS = [wp.parse_netsh_networks, wp.parse_nmcli_scan, wp.parse_system_profiler_scan, wp.parse_airport_scan]
IP_PARSERS = [ipp.parse_ipconfig_all, ipp.ipconfig_recognized, ipp.parse_ip_addr_json, ipp.parse_ip_route_json, ipp.parse_ip_route_text,
              ipp.parse_resolv_conf, ipp.parse_nmcli_device_show, ipp.parse_scutil_dns, ipp.parse_netstat_routes, ipp.parse_get_netadapter]
# Words that really say "not connected" in some output: only text holding one of them may yield connected=False.
DISCONNECT_WORDS = ("disconnect", "deconnect", "getrennt", "desconect", "disconness", "verbonden", "losgekoppeld", "desligado",
                    "отключ", "切断", "rozłącz", "odłącz", "断开", "未连接", "not connected", "off", "unassociated", "not-associated",
                    "init", "scanning", "none", "no", "associat", "authenticat", "discover", "connecting", "zuordnung", "koppelen",
                    "verifieren", "asociando", "autentica", "authentif", "associazione", "associando", "wird", "unavailable")


@FAST
@given(texts)
def test_no_parser_ever_raises(text: str) -> None:
    for parser in [*WIFI_PARSERS, *SCAN_PARSERS, *IP_PARSERS, pingp.parse_ping]:
        parser(text)


@FAST
@given(st.one_of(st.none(), st.integers(), st.binary(max_size=20), st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3)))
def test_no_parser_raises_on_non_text(value: Any) -> None:
    for parser in [*WIFI_PARSERS, *SCAN_PARSERS, *IP_PARSERS, pingp.parse_ping]:
        parser(value)


@FAST
@given(texts)
def test_text_without_a_disconnection_word_never_reads_as_not_connected(text: str) -> None:
    assume(not any(word in text.casefold() for word in DISCONNECT_WORDS))
    for parser in WIFI_PARSERS:
        assert all(link.get("connected") is not False for link in parser(text)), parser


@FAST
@given(texts)
def test_ping_stats_stay_sane(text: str) -> None:
    stats = pingp.parse_ping(text)
    if stats["loss_percent"] is not None:
        assert 0 <= stats["loss_percent"] <= 100
    if stats["sent"] is not None:
        assert 0 <= stats["received"] <= stats["sent"]


def _observations(text: str, platform: str) -> Observations:
    def command(*argv: str) -> dict[str, Any]:
        return {"kind": "command", "argv": list(argv), "returncode": 0, "stdout": text, "stderr": "", "error": None}

    def probe(name: str, value: Any) -> dict[str, Any]:
        return {"kind": "probe", "name": name, "value": value}

    items = [
        command("netsh", "wlan", "show", "interfaces"), command("netsh", "wlan", "show", "networks", "mode=bssid"),
        command("ipconfig", "/all"), command("system_profiler", "SPAirPortDataType", "-json"), command("wdutil", "info"),
        command("airport", "-I"), command("airport", "-s"), command("iw", "dev"), command("iw", "dev", "wlan0", "link"),
        command("nmcli", "-t", "-f", wifi.NMCLI_WIFI_FIELDS, "device", "wifi", "list"), command("iwconfig"),
        command("ip", "-j", "route", "show"), command("ip", "-j", "addr", "show"), command("netstat", "-rn", "-f", "inet"),
        command("scutil", "--dns"), command("scutil", "--proxy"), command("nmcli", "device", "show"), command("reg", "query", "x"),
        command("ping", "-n", "-c", "3", "10.0.0.1"), command("speedtest-cli", "--json"), command(*ipconfig.GET_NETADAPTER),
        probe("dns:example.com", {"status": text[:10], "per_server": [{"server": text[:5], "status": text[:3]}]}),
        probe("http:http://connectivitycheck.gstatic.com/generate_204", {"status": None, "error_kind": text[:5]}),
        probe("tcp:1.1.1.1:443", {"connected": bool(text), "error": text[:5]}),
        probe("proxy_env", {"http_proxy": text[:30]}),
        {"kind": "file", "name": "/etc/resolv.conf", "value": text},
        {"kind": "file", "name": "/proc/net/wireless", "value": text},
        {"kind": "psutil", "name": "net_if_addrs_ipv4", "value": {"en0": [text[:15]]}},
    ]
    return Observations(items)


@FAST
@given(texts, st.sampled_from(["windows", "macos", "linux"]))
def test_no_analyzer_raises_and_garbage_is_never_not_connected(text: str, platform: str) -> None:
    obs = _observations(text, platform)
    ctx = CTX[platform]
    results = {}
    for analyze in (wifi.analyze, ipconfig.analyze, reach.analyze_gateway, reach.analyze_dns, reach.analyze_internet,
                    reach.analyze_quality, proxy.analyze, throughput.analyze):
        result = analyze(obs, ctx)
        if result is not None:
            results[result.id] = result
    verdict.conclude(results, ctx)
    if not any(word in text.casefold() for word in DISCONNECT_WORDS) and "wifi" in results:
        assert results["wifi"].facts.get("connected") is not False
        assert "not connected" not in results["wifi"].summary


@FAST
@given(st.text(max_size=300))
def test_random_ipconfig_text_is_unknown_not_no_network(text: str) -> None:
    assume(not ipp.ipconfig_recognized(text))
    obs = Observations([{"kind": "command", "argv": ["ipconfig", "/all"], "returncode": 0, "stdout": text, "stderr": "", "error": None}])
    result = ipconfig.analyze(obs, CTX["windows"])
    assert result is None or (result.status is Status.SKIPPED and result.facts["reason"] == "unreadable")


def test_the_fuzz_observations_are_valid_json() -> None:
    json.dumps(_observations("x", "linux").raw)
