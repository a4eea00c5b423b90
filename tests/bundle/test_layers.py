"""Redaction layers 1 and 2: forbidden sources are refused by the system seam before anything runs or is
read; each diagnostics area declares, next to its checks, what its commands print that must be hidden."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop_app.bundle import create_bundle
from desktop_app.diagnostics import network, onboarding, printers, vpn
from desktop_app.diagnostics.network import wifi
from desktop_app.redaction import FORBIDDEN_ERROR, Redactor, is_forbidden_source
from desktop_app.redaction.checks import declared

FIX = Path(__file__).parent.parent / "fixtures"


def text(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


FORBIDDEN_COMMANDS = [
    ["netsh", "wlan", "show", "profile", "name=Home", "key=clear"],
    ["netsh.exe", "wlan", "show", "profile", "Home", "key", "=", "clear"],
    ["netsh", "wlan", "export", "profile", "folder=C:\\tmp"],
    ["nmcli", "--show-secrets", "connection", "show", "Home"],
    ["nmcli", "-s", "-g", "802-11-wireless-security.psk", "connection", "show", "Home"],
    ["security", "find-generic-password", "-wa", "Home"],
    ["security", "dump-keychain"],
    ["cat", "/etc/NetworkManager/system-connections/Home.nmconnection"],
    ["powershell", "-Command", "Get-Content $env:LOCALAPPDATA\\Google\\Chrome\\User Data\\Default\\Login Data"],
    ["secret-tool", "lookup", "service", "vpn"],
    ["cmdkey", "/list"],
]
FORBIDDEN_FILES = [
    "/etc/NetworkManager/system-connections/Office.nmconnection",
    "/home/a/.mozilla/firefox/x.default/logins.json",
    "C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\User Data\\Default\\Cookies",
    "/Users/a/Library/Keychains/login.keychain-db",
    "C:\\ProgramData\\Microsoft\\Wlansvc\\Profiles\\Interfaces\\{x}\\{y}.xml",
    "/home/a/.ssh/id_ed25519",
]
ALLOWED = [["netsh", "wlan", "show", "interfaces"], ["nmcli", "-t", "-f", "IN-USE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,DEVICE", "device", "wifi", "list"], ["security", "list-keychains"], ["wg", "show", "all", "dump"]]


@pytest.mark.parametrize("argv", FORBIDDEN_COMMANDS, ids=lambda a: " ".join(a)[:40])
def test_the_seam_never_runs_a_forbidden_command(fake_system, argv: list[str]) -> None:
    system = fake_system("windows", commands={argv[0]: "Key Content : Sup3rS3cret\n"})
    obs = system.run(argv, timeout=5)
    assert system.ran == [] and system.unexpected == []  # nothing was executed
    assert obs.error == FORBIDDEN_ERROR and obs.stdout == ""
    assert system.observations[-1]["error"] == FORBIDDEN_ERROR  # the bundle says what was not collected


def test_the_seam_never_reads_a_forbidden_file(fake_system, tmp_path: Path) -> None:
    secret = tmp_path / ".ssh" / "id_rsa"
    secret.parent.mkdir()
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n")
    system = fake_system("linux")
    obs = system.read_file(str(secret))
    assert obs.value is None and obs.error == FORBIDDEN_ERROR
    assert system.unexpected == []  # not even offered to the value hook
    allowed = tmp_path / "resolv.conf"
    allowed.write_text("nameserver 10.0.0.1\n")
    from desktop_app.system import LiveSystem

    live = LiveSystem("linux")
    assert live.read_file(str(allowed)).value == "nameserver 10.0.0.1\n"
    assert live.read_file(str(secret)).value is None


@pytest.mark.parametrize("path", FORBIDDEN_FILES)
def test_forbidden_paths(path: str) -> None:
    assert is_forbidden_source(path)
    assert is_forbidden_source(["type", path])


@pytest.mark.parametrize("argv", ALLOWED, ids=lambda a: a[0])
def test_what_the_checks_run_is_allowed(argv: list[str]) -> None:
    assert not is_forbidden_source(argv)
    assert not is_forbidden_source("/etc/resolv.conf") and not is_forbidden_source("/var/log/apt/history.log")


def test_every_area_declares_its_patterns_next_to_its_checks() -> None:
    for module in (wifi, vpn, printers, onboarding):
        assert module.REDACT, module.__name__
    by_check, scoped = declared()
    for check in ("wifi", "vpn", "tunnel", "printers", "account.password"):
        assert by_check.get(check), check
    assert {p.kind for p in scoped} >= {"ssid", "wifi-key", "vpn-server", "user", "private-key", "document"}
    assert network  # the registry imports every area; patterns are read from it, not by scanning folders


def cmd(argv: list[str], stdout: str) -> dict:
    return {"kind": "command", "argv": argv, "returncode": 0, "stdout": stdout, "stderr": "", "error": None, "duration_ms": 5.0}


def redacted(obs: list[dict]) -> tuple[list[dict], dict[str, int]]:
    r = Redactor(current_user="", current_host="")
    for o in obs:
        r.harvest_observation(o)
    return [r.redact(o) for o in obs], dict(r.summary)


def test_wifi_patterns_hide_profile_names_and_localized_keys() -> None:
    profile = "Profile Home on interface Wi-Fi:\n    Profile                : MaisonDupont\n    SSID name              : \"MaisonDupont\"\n    Contenu de la clé      : Cl3Fran\u00e7aise!\n    Schlüsselinhalt        : DeutscherSchl\u00fcssel9\n"
    out, summary = redacted([cmd(["netsh", "wlan", "show", "profile", "name=MaisonDupont"], profile)])
    stdout = out[0]["stdout"]
    for secret in ("MaisonDupont", "Cl3Fran", "DeutscherSchl"):
        assert secret not in json.dumps(out, ensure_ascii=False)
    assert summary["wifi-key"] == 2 and "Profile                : <ssid-1>" in stdout


def test_wifi_patterns_hide_system_profiler_network_names_but_keep_interface_names() -> None:
    raw = text("bundle/42_heat_sp-airport_15.5_iphone.txt")
    out, _ = redacted([cmd(["system_profiler", "SPAirPortDataType", "-json"], raw)])
    data = json.loads(out[0]["stdout"])
    iface = data["SPAirPortDataType"][0]["spairport_airport_interfaces"][0]
    assert iface["_name"] == "en0"  # the interface keeps its name: the parser needs it
    assert iface["spairport_current_network_information"]["_name"].startswith("<ssid-")
    assert iface["spairport_airport_other_local_wireless_networks"][0]["_name"] == iface["spairport_current_network_information"]["_name"]
    assert iface["spairport_wireless_mac_address"].startswith("02:00:00")


def test_vpn_patterns_hide_server_addresses_accounts_and_wireguard_keys() -> None:
    listing = text("bundle/90_msdocs_get-vpnconnection.txt")
    status = text("bundle/scutil_nc_status_l2tp_ppp0.txt")
    dump = text("bundle/SYNTHETIC_wg-show-all-dump.txt")
    json_list = json.dumps([{"Name": "Corp", "ServerAddress": "vpn.corp.example", "EapUserName": "mlefebvre"}])
    out, summary = redacted([
        cmd(["powershell", "-NoProfile", "-Command", "Get-VpnConnection"], listing),
        cmd(["powershell", "-NoProfile", "-Command", "Get-VpnConnection | ConvertTo-Json"], json_list),
        cmd(["scutil", "--nc", "status", "Corp"], status),
        cmd(["wg", "show", "all", "dump"], dump),
    ])
    flat = json.dumps(out)
    assert "10.1.1.1" not in flat and "vpn.corp.example" not in flat and "mlefebvre" not in flat
    assert "130.235.16.20" not in flat
    private, public = dump.split("\t")[1:3]
    psk = dump.splitlines()[1].split("\t")[2]
    assert private not in flat and psk not in flat
    assert public in flat  # a public key identifies the tunnel for the technician and is not a secret
    assert summary["vpn-server"] == 3 and summary["private-key"] == 1  # 10.1.1.1, vpn.corp.example, 130.235.16.20
    wg_lines = out[3]["stdout"].splitlines()
    assert [len(line.split("\t")) for line in wg_lines] == [5, 9]  # the parser still reads the dump


def test_printer_patterns_hide_job_owners_and_document_titles() -> None:
    jobs = text("printers/SYNTHETIC_win_get-printjob.json")
    lpstat = "device for Compta: smb://CORP;mlefebvre@printsrv/Compta\nCompta-12               mlefebvre         1024   Wed Nov 25 07:03:46 2026\n"
    out, summary = redacted([
        cmd(["powershell", "-Command", "Get-Printer | Get-PrintJob | Select-Object Id,PrinterName,UserName,DocumentName | ConvertTo-Json"], jobs),
        cmd(["lpstat", "-t"], lpstat),
    ])
    flat = json.dumps(out)
    for value in ("alice", "bob", "Invoice.pdf", "Memo.docx", "mlefebvre"):
        assert value not in flat, value
    assert json.loads(out[0]["stdout"])[0]["PrinterName"] == "Accounting-HP"  # the printer stays readable
    assert summary["document"] == 2


def test_onboarding_patterns_hide_account_and_full_names() -> None:
    out, _ = redacted([cmd(["net", "user", "mlefebvre"], text("bundle/SYNTHETIC_net-user_en.txt"))])
    flat = json.dumps(out)
    assert "mlefebvre" not in flat and "Marie Lefebvre" not in flat and "Lefebvre" not in flat
    assert "Password expires             9/21/2024" in out[0]["stdout"]  # what the check reads stays


def test_patterns_apply_without_check_tags_as_in_a_replayed_recording(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    obs = [cmd(["nmcli", "-t", "-f", "IN-USE,SSID,BSSID", "device", "wifi", "list"], "*:Chez Zo\u00e9\\:5G:AA\\:BB\\:CC\\:DD\\:EE\\:01\n")]
    path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("linux"), fix_log=[], log_tail="joined Chez Zo\u00e9:5G at 9:00", baseline=None)
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n).decode("utf-8") for n in z.namelist()}
    assert "Zo\u00e9" not in "".join(files.values())
    placeholder = json.loads(files["observations.jsonl"])["stdout"].split(":")[1]
    assert placeholder.startswith("<ssid-") and f"joined {placeholder} at" in files["log-tail.txt"]
