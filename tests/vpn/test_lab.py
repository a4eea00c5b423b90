"""The VPN checks against a real WireGuard tunnel between network namespaces (see lab.py).

Each test runs `python -m desktop_app diagnose --only vpn --json` inside the laptop namespace and asserts the
verdict a user would read; the fix tests run `selfdesk fix vpn.connect --yes` for real and read its verification.
Each test puts back what it changed, except the last, which takes the VPN server down.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.vpn.lab import GATEWAY, HOME_DNS, INTRANET, LAPTOP, WG_QUICK, Lab, sh

pytestmark = pytest.mark.netns

POLICY = f"""
[network]
probe_timeout = 2

[vpn]
internal_names = ["{INTRANET}"]
expected_ranges = ["10.88.0.0/24"]
intranet_urls = ["https://{INTRANET}/"]
company_subnets = ["10.88.0.0/24"]
mtu_probe_host = "10.88.0.2"
max_clock_skew = 120
"""


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    if os.geteuid() != 0:
        pytest.fail("the VPN lab needs root (network namespaces)")
    # Not under pytest's 0700 temporary root: the unprivileged diagnose must read the policy and its home.
    folder = Path(tempfile.mkdtemp(prefix="sdv-lab-"))
    folder.chmod(0o755)
    lab = Lab(folder)
    try:
        lab.start()
        yield lab
    finally:
        lab.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def policy(lab: Lab) -> Path:
    path = lab.folder / "policy.toml"
    path.write_text(POLICY)
    path.chmod(0o644)
    return path


def by_id(document: dict) -> dict[str, dict]:
    return {r["id"]: r for r in document["results"]}


def write_policy(lab: Lab, name: str, extra: str) -> Path:
    path = lab.folder / name
    path.write_text(POLICY + extra)
    path.chmod(0o644)
    return path


@pytest.fixture
def wg_quick(lab: Lab) -> Iterator[None]:
    """The laptop's tunnel as a managed laptop has it: wg-quick with the config "sdvcorp"."""
    lab.use_wg_quick()
    try:
        yield
    finally:
        lab.use_manual_wg()


def test_healthy_tunnel(lab: Lab, policy: Path) -> None:
    code, doc = lab.diagnose(policy)
    results = by_id(doc)
    assert results["verdict.vpn"]["status"] == "ok", results
    services = results["vpn"]["facts"]["services"]
    assert any(s["name"] == "sdvwgL" and s["state"] == "connected" for s in services)
    assert not any(s["name"] == "sdvwgG" for s in services), "another namespace's tunnel is not this machine's"
    company = results["company"]["facts"]
    assert company["names"][0]["addresses"] == ["10.88.0.2"]
    assert company["dns_via_tunnel"] is True
    assert company["routes"][0]["interface"] == "sdvwgL"
    assert company["intranet"][0]["status"] == 200
    tunnel = results["tunnel"]["facts"]
    assert tunnel["dead_reason"] is None and tunnel["mtu"]["blackhole"] is False
    assert tunnel["peers"][0]["handshake_age_seconds"] is not None and tunnel["peers"][0]["rx_delta"] > 0
    assert results["clock"]["status"] == "ok"
    assert code == 0


def test_company_dns_through_home_resolver(lab: Lab, policy: Path) -> None:
    lab.set_resolver(HOME_DNS)
    try:
        code, doc = lab.diagnose(policy)
    finally:
        lab.set_resolver("10.88.0.2")
    results = by_id(doc)
    verdict = results["verdict.vpn"]
    assert verdict["status"] == "failed"
    assert verdict["facts"]["cause"] == "dns_home"
    assert "home DNS" in verdict["summary"]
    assert results["company"]["facts"]["names"][0]["status"] == "nxdomain"
    assert results["company"]["facts"]["names"][0]["server"] == HOME_DNS
    assert results["tunnel"]["status"] == "ok"  # the tunnel itself is fine: one conclusion, the right one
    assert code == 1


def test_mtu_black_hole(lab: Lab, policy: Path) -> None:
    rules = (
        "table inet sdvmtu {\n chain sdvfwd {\n  type filter hook forward priority 0; policy accept;\n"
        "  ip daddr 10.88.0.0/24 meta length > 1200 drop\n }\n}\n"
    )
    sh("nft", "-f", "-", ns=GATEWAY, input_text=rules)
    try:
        code, doc = lab.diagnose(policy)
    finally:
        sh("nft", "delete", "table", "inet", "sdvmtu", ns=GATEWAY)
    results = by_id(doc)
    verdict = results["verdict.vpn"]
    assert verdict["facts"]["cause"] == "mtu", verdict
    mtu = results["tunnel"]["facts"]["mtu"]
    assert mtu["small_ok"] is True and mtu["blackhole"] is True
    assert mtu["sizes"]["1400"] == "lost" and mtu["largest_ok"] == 1200
    assert code == 1


def test_clock_minutes_off(lab: Lab, policy: Path) -> None:
    lab.set_company_clock_offset(7 * 60)  # the company's clock is 7 minutes ahead: the laptop's is slow
    try:
        code, doc = lab.diagnose(policy)
    finally:
        lab.set_company_clock_offset(0)
    results = by_id(doc)
    verdict = results["verdict.vpn"]
    assert verdict["facts"]["cause"] == "clock"
    assert verdict["summary"] == "Your clock is 7 minutes slow."
    assert -430 < results["clock"]["facts"]["skew_seconds"] < -410
    assert "vpn.clock_sync" in verdict["fixes"]
    assert code == 1


def test_company_subnet_routed_outside_the_tunnel(lab: Lab, policy: Path) -> None:
    lab.route_company_outside_tunnel(True)
    try:
        code, doc = lab.diagnose(policy)
    finally:
        lab.route_company_outside_tunnel(False)
    results = by_id(doc)
    verdict = results["verdict.vpn"]
    assert verdict["facts"]["cause"] == "routes", verdict
    route = results["company"]["facts"]["routes"][0]
    assert route["interface"] == "sdv-lap0" and route["via_tunnel"] is False
    assert code == 1


def test_intranet_certificate_not_trusted_names_the_issuer(lab: Lab, policy: Path) -> None:
    code, doc = lab.diagnose(policy, trust_company_ca=False)
    results = by_id(doc)
    intranet = results["company"]["facts"]["intranet"][0]
    assert intranet["error_kind"] == "tls"
    assert intranet["tls_issuer"] == "CN=SelfDesk Lab Corp CA"
    verdict = results["verdict.vpn"]
    assert verdict["facts"]["cause"] == "tls"
    assert "SelfDesk Lab Corp CA" in verdict["summary"]
    assert results["clock"]["status"] == "ok"  # the clock is read without trusting the certificate
    assert code == 1


def test_diagnose_as_a_normal_user_sees_the_wg_quick_tunnel(lab: Lab, policy: Path, wg_quick: None) -> None:
    """No admin rights: `wg show` is refused, yet the tunnel named like its config is found (kernel link type
    and WireGuard socket) and judged from its own traffic counters."""
    code, doc = lab.diagnose(policy, user="nobody")
    results = by_id(doc)
    assert {"name": WG_QUICK, "type": "wireguard", "interface": WG_QUICK, "state": "connected", "source": "adapter"} \
        in results["vpn"]["facts"]["services"]
    tunnel = results["tunnel"]
    assert tunnel["status"] == "ok" and tunnel["facts"]["handshake_available"] is False
    assert "administrator rights" in tunnel["advice"]
    counters = {c["interface"]: c for c in tunnel["facts"]["counters"]}
    assert counters[WG_QUICK]["rx_delta"] > 0 and counters[WG_QUICK]["tx_delta"] > 0
    assert results["company"]["status"] == "ok" and results["verdict.vpn"]["status"] == "ok"
    assert code == 0


def test_reconnect_fixes_a_connected_but_dead_tunnel(lab: Lab, policy: Path, wg_quick: None) -> None:
    """The VPN server moved to a new address: the running tunnel still sends to the old one and looks
    "connected". The connect fix takes it down and up (wg-quick resolves the server's name again) and the
    VPN checks it re-runs confirm."""
    lab.move_vpn_server(True)
    code, doc = lab.diagnose(policy)
    results = by_id(doc)
    assert any(s["name"] == WG_QUICK and s["state"] == "connected" for s in results["vpn"]["facts"]["services"])
    assert results["verdict.vpn"]["facts"]["cause"] == "tunnel_dead", results["verdict.vpn"]
    assert "vpn.connect" in results["verdict.vpn"]["fixes"] and code == 1
    dry = lab.app("fix", "vpn.connect", "--dry-run", "--policy", str(policy))
    assert f"wg-quick down {WG_QUICK}" in dry.stdout and f"wg-quick up {WG_QUICK}" in dry.stdout, dry.stdout
    fixed = lab.app("fix", "vpn.connect", "--yes", "--policy", str(policy))
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "verified" in fixed.stdout
    assert "VPN tunnel health: OK" in fixed.stdout and "Company network: OK" in fixed.stdout
    endpoint = sh("wg", "show", WG_QUICK, "endpoints", ns=LAPTOP).stdout
    assert "10.99.1.3:51820" in endpoint


def test_a_wg_quick_config_that_is_not_up_is_brought_up(lab: Lab, wg_quick: None) -> None:
    policy = write_policy(lab, "policy-wgquick.toml", f'connection_name = "{WG_QUICK}"\n')
    sh("wg-quick", "down", WG_QUICK, ns=LAPTOP)
    code, doc = lab.diagnose(policy)
    assert by_id(doc)["verdict.vpn"]["facts"]["cause"] == "not_connected" and code == 1
    fixed = lab.app("fix", "vpn.connect", "--yes", "--policy", str(policy))
    assert "verified" in fixed.stdout, fixed.stdout + fixed.stderr
    assert WG_QUICK in sh("wg", "show", "interfaces", ns=LAPTOP).stdout


def test_stale_handshake_after_the_server_goes_away(lab: Lab) -> None:
    """A handshake happened, then the server vanished: the handshake time stays, growing old."""
    policy = write_policy(lab, "policy-stale.toml", "handshake_max_age = 5\n")
    code, doc = lab.diagnose(policy)
    assert by_id(doc)["tunnel"]["status"] == "ok"  # replies came back: alive, whatever the handshake's age
    lab.stop_gateway_wg()
    try:
        time.sleep(7)
        code, doc = lab.diagnose(policy)
    finally:
        lab.start_gateway_wg()
        lab.restart_laptop_wg()  # the new server knows no session: start the laptop's afresh, as a reconnect would
    results = by_id(doc)
    tunnel = results["tunnel"]
    assert tunnel["facts"]["dead_reason"] == "handshake_stale", tunnel
    age = tunnel["facts"]["peers"][0]["handshake_age_seconds"]
    assert age >= 7 and tunnel["summary"] == f"The VPN tunnel is dead: the last handshake with the VPN server was {age} s ago."
    assert results["verdict.vpn"]["facts"]["cause"] == "tunnel_dead" and code == 1


def test_server_stopped_tunnel_dead(lab: Lab, policy: Path) -> None:
    lab.stop_gateway_wg()
    lab.restart_laptop_wg()  # the adapter is up and configured, but the server never answers
    code, doc = lab.diagnose(policy)
    results = by_id(doc)
    assert any(s["name"] == "sdvwgL" and s["state"] == "connected" for s in results["vpn"]["facts"]["services"])
    verdict = results["verdict.vpn"]
    assert verdict["status"] == "failed"
    assert verdict["facts"]["cause"] == "tunnel_dead", verdict
    assert verdict["summary"] == "VPN connected but the company does not answer (tunnel dead)."
    assert results["tunnel"]["facts"]["dead_reason"] == "handshake_never"
    assert results["tunnel"]["facts"]["peers"][0]["tx_delta"] > 0
    assert results["company"]["status"] == "failed"
    assert "vpn.connect" in verdict["fixes"]
    assert code == 1
