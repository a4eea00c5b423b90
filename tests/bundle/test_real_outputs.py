"""Real Wi-Fi outputs (tests/fixtures/bundle, provenance in PROVENANCE.tsv): once in a bundle, none of their
network names or hardware addresses can be read when the policy says to hide them, and the same value has
the same placeholder in every file."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from desktop_app.bundle import create_bundle
from desktop_app.recording import Recording
from desktop_app.replay import replay

FIX = Path(__file__).parent.parent / "fixtures" / "bundle"
MAC = re.compile(r"(?<![0-9A-Fa-f:\\])[0-9A-Fa-f]{1,2}(?:(?:\\:|:|-)[0-9A-Fa-f]{1,2}){5}(?![0-9A-Fa-f])")


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


# What a technician would read as network names, parsed plainly per format (independently of the redactor).
def netsh_ssids(t: str) -> list[str]:
    return re.findall(r"^SSID \d+ : (\S.*?)\s*$", t, re.M)


def nmcli_ssids(t: str) -> list[str]:
    out = []
    for line in t.splitlines()[1:]:
        fields = re.split(r"(?<!\\):", line)
        if len(fields) > 2 and fields[1]:
            out.append(fields[1].replace("\\:", ":"))
    return out


def airport_ssids(t: str) -> list[str]:
    lines = [line for line in t.splitlines() if line.strip() and not line.startswith("$")]
    column = lines[0].index("SSID") + len("SSID")
    return [line[:column].strip() for line in lines[1:] if line[:column].strip()]


def iw_ssids(t: str) -> list[str]:
    return re.findall(r"^\s*SSID: (\S.*?)\s*$", t, re.M)


def iwlist_ssids(t: str) -> list[str]:
    return re.findall(r'ESSID:"([^"]+)"', t)


def profiler_ssids(t: str) -> list[str]:
    data = json.loads(t)
    out = []
    for iface in data["SPAirPortDataType"][0]["spairport_airport_interfaces"]:
        for net in iface.get("spairport_airport_other_local_wireless_networks", []):
            out.append(net.get("_name", ""))
        out.append(iface.get("spairport_current_network_information", {}).get("_name", ""))
    return out


REAL = [
    ("59_nodewifi_nmcli-t-scan.txt", ["nmcli", "-t", "-f", "IN-USE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,DEVICE", "device", "wifi", "list", "--rescan", "no"], nmcli_ssids),
    ("52_wifiscan_netsh-net_en-complex.txt", ["netsh", "wlan", "show", "networks", "mode=bssid"], netsh_ssids),
    ("53_wifiscan_netsh-net_de-complex.txt", ["netsh", "wlan", "show", "networks", "mode=bssid"], netsh_ssids),
    ("54_wifiscan_netsh-net_en-sp.txt", ["netsh", "wlan", "show", "networks", "mode=bssid"], netsh_ssids),
    ("42_heat_sp-airport_15.5_iphone.txt", ["system_profiler", "SPAirPortDataType", "-json"], profiler_ssids),
    ("44_heat_sp-airport_15.5_off.txt", ["system_profiler", "SPAirPortDataType", "-json"], profiler_ssids),
    ("61_nodewifi_airport-s_monterey.txt", ["airport", "-s"], airport_ssids),
    ("63_nodewifi_airport-s_space.txt", ["airport", "-s"], airport_ssids),
    ("55_wifiscan_airport-s_01.txt", ["airport", "-s"], airport_ssids),
    ("02_jc_airport-s.txt", ["airport", "-s"], airport_ssids),
    ("06_jc_iw-scan0.txt", ["iw", "dev", "wlan0", "scan"], iw_ssids),
    ("67_booyaa_iw-scan.txt", ["iw", "dev", "wlp2s0", "scan"], iw_ssids),
    ("57_wifiscan_iwlist_ubuntu1404.txt", ["iwlist", "wlan0", "scan"], iwlist_ssids),
    ("58_wifiscan_iwlist_raspi.txt", ["iwlist", "wlan0", "scan"], iwlist_ssids),
]


def cmd(argv: list[str], stdout: str) -> dict:
    return {"kind": "command", "argv": argv, "returncode": 0, "stdout": stdout, "stderr": "", "error": None, "duration_ms": 5.0}


def bundle_of(tmp_path: Path, ctx, obs: list[dict], results: list | None = None, **policy) -> dict[str, str]:  # type: ignore[no-untyped-def]
    path = create_bundle(tmp_path, observations=obs, results=results or [], ctx=ctx("linux", redaction=policy), fix_log=[], log_tail="", baseline=None)
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()}


@pytest.mark.parametrize(("name", "argv", "ssids"), REAL, ids=[r[0][:2] for r in REAL])
def test_no_bssid_or_network_name_of_a_real_output_survives(tmp_path: Path, ctx, name: str, argv: list[str], ssids) -> None:  # type: ignore[no-untyped-def]
    raw = text(name)
    names = [s for s in ssids(raw) if s and s != "<hidden>" and not set(s) <= {"X", "-"}]  # markers, not names
    macs = MAC.findall(raw)
    assert names or macs, "the fixture must hold something to hide"
    files = bundle_of(tmp_path, ctx, [cmd(argv, raw)])
    everything = "\n".join(files.values())
    readable = re.sub(r"<[a-z-]+-\d+>", "<>", everything.replace("\\\\:", ":").replace("\\:", ":")).lower()  # placeholders aside
    for ssid in names:
        assert not re.search(r"(?<![\w-])" + re.escape(ssid.lower()) + r"(?![\w-])", readable), f"network name {ssid!r} survived"
    for mac in macs:
        plain = mac.replace("\\:", ":").lower()
        if plain.startswith("02:00:00"):
            continue
        assert plain not in readable and plain.replace(":", "-") not in readable, f"BSSID {mac} survived"
    summary = json.loads(files["manifest.json"])["redaction"]
    assert "wifi-key" not in summary  # nmcli's "psk:pair_tkip" flags are not keys


def test_nmcli_keeps_its_shape_so_a_replay_still_reads_it(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    files = bundle_of(tmp_path, ctx, [cmd(REAL[0][1], text(REAL[0][0]))])
    stdout = json.loads(files["observations.jsonl"].splitlines()[0])["stdout"]
    first = stdout.splitlines()[1]  # no:Linksys01777:31\:23\:03\:1A\:9F\:1C:Infra:11:...
    fields = re.split(r"(?<!\\):", first)
    assert fields[0] == "no" and re.fullmatch(r"<ssid-\d+>", fields[1])
    assert re.fullmatch(r"02\\:00\\:00\\:[0-9A-F]{2}\\:[0-9A-F]{2}\\:[0-9A-F]{2}", fields[2])
    assert fields[3:6] == ["Infra", "11", "2462 MHz"]
    # The two NERMNET lines name one network: one placeholder. Its BSSIDs are distinct: distinct placeholders.
    lines = stdout.splitlines()
    nerm = [re.split(r"(?<!\\):", lines[i]) for i in (5, 6, 8)]
    assert len({f[1] for f in nerm}) == 1 and len({f[2] for f in nerm}) == 3


def test_a_value_gets_the_same_placeholder_in_every_file(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    """52 and 53 are the same scan (English, German): shared BSSIDs get the same placeholder; the Wi-Fi result
    computed from the real netsh output carries the placeholders the observations show."""
    obs = [
        cmd(["netsh", "wlan", "show", "interfaces"], text("77_sundered_netsh-if_de_rssi.txt")),
        cmd(["netsh", "wlan", "show", "networks", "mode=bssid"], text("52_wifiscan_netsh-net_en-complex.txt")),
        cmd(["powershell", "-Command", "netsh-de"], text("53_wifiscan_netsh-net_de-complex.txt")),
    ]
    results = replay(Recording(manifest={"platform": "windows"}, observations=obs), ctx("windows"))
    wifi = next(r for r in results if r.id == "wifi")
    assert wifi.facts.get("ssid") and wifi.facts.get("bssid")
    files = bundle_of(tmp_path, ctx, obs, results)
    lines = [json.loads(line) for line in files["observations.jsonl"].splitlines()]
    en = re.findall(r"BSSID 1 +: (\S+)", lines[1]["stdout"])
    de = re.findall(r"BSSIDD 1 +: (\S+)", lines[2]["stdout"])
    assert en and en == de and all(m.startswith("02:00:00") for m in en)
    facts = next(r for r in json.loads(files["results.json"]) if r["id"] == "wifi")["facts"]
    assert re.fullmatch(r"<ssid-\d+>", facts["ssid"]) and facts["bssid"].startswith("02:00:00")
    assert f": {facts['ssid']}" in lines[0]["stdout"] and facts["bssid"] in lines[0]["stdout"]
    assert facts["ssid"] in files["report.txt"]


def test_policy_can_keep_network_names_and_addresses_readable(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    raw = text("54_wifiscan_netsh-net_en-sp.txt")
    files = bundle_of(tmp_path, ctx, [cmd(REAL[3][1], raw)], ssids=False, macs=False)
    assert "SSID 2 : LAB_SE_IOTMODULE" in files["observations.jsonl"].replace("\\n", "\n")
    assert "b6:b0:24:d3:e5:6c" in files["observations.jsonl"]


def test_every_mac_spelling_is_hidden_and_keeps_its_style(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    ipconfig = text("70_getmac_ipconfig-all_win10.txt")  # dashed MACs and a DHCPv6 DUID ending with a MAC
    airport = text("60_nodewifi_airport-I.txt")  # airport drops leading zeros: 31:23:3:1a:9f:1d
    structured = {"kind": "psutil", "name": "adapters", "value": {"eth0": {"mac": "3c7c3f3122ac", "bssid": "3C7C.3F31.22AD"}}, "error": None, "duration_ms": 1.0}
    json_text = '{"Name": "Ethernet", "PermanentAddress": "3C7C3F3122AE", "MacAddress": "3C-7C-3F-31-22-AE"}'
    files = bundle_of(tmp_path, ctx, [cmd(["ipconfig", "/all"], ipconfig), cmd(["airport", "-I"], airport), structured, cmd(["powershell", "-Command", "Get-NetAdapter | ConvertTo-Json"], json_text)])
    flat = files["observations.jsonl"]
    for original in ("74-D4-35-E9-45-71", "00-50-56-C0-00-01", "62-45-B4-EB-44-79", "31:23:3:1a:9f:1d", "Linksys01227_5GHz", "3c7c3f3122ac", "3C7C.3F31.22AD", "3C7C3F3122AE", "3C-7C-3F-31-22-AE"):
        assert original.lower() not in flat.lower(), original
    lines = [json.loads(line) for line in flat.splitlines()]
    assert re.search(r"Physical Address[ .]+: 02-00-00-[0-9A-F]{2}-[0-9A-F]{2}-[0-9A-F]{2}\r?\n", lines[0]["stdout"])
    assert re.search(r"DUID[ .]+: 00-01-00-01-21-69-FF-48-02-00-00-", lines[0]["stdout"])  # the DUID's own part stays
    assert lines[2]["value"]["eth0"]["mac"].startswith("020000") and re.fullmatch(r"0200\.0000\.[0-9A-F]{4}", lines[2]["value"]["eth0"]["bssid"])
    netadapter = json.loads(lines[3]["stdout"])
    assert netadapter["PermanentAddress"].replace("-", "") == netadapter["MacAddress"].replace("-", "")  # same address, same placeholder
    assert "Host Name . . . . . . . . . . . . : <host-" in lines[0]["stdout"]
