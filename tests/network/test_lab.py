"""Real network tests: the app runs inside a client namespace against a lab router/"internet" namespace.

Each scenario changes the router (dnsmasq stopped, nftables drops, a portal redirect, tc caps) and asserts
the verdict a user would read. Nothing is sent outside the namespaces this module creates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.network.lab import INTERNET_IP, ROUTER_IP, Lab

pytestmark = pytest.mark.netns


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root")  # CI runs as root; a developer laptop may not
    the_lab = Lab(tmp_path_factory.mktemp("netlab")).start()
    try:
        yield the_lab
    finally:
        the_lab.close()


@pytest.fixture
def fresh(lab: Lab) -> Lab:
    lab.reset()
    return lab


def verdict(data: dict) -> dict:
    return data["by_id"]["verdict.network"]


def test_healthy_network_is_ok(fresh: Lab) -> None:
    data = fresh.diagnose()
    by_id = data["by_id"]
    assert verdict(data)["status"] == "ok", verdict(data)
    assert by_id["network"]["status"] == "ok"
    assert by_id["network"]["facts"]["default_gateway"] == "10.77.1.1"
    assert by_id["gateway"]["status"] == "ok"
    assert by_id["dns"]["facts"]["names"][0]["addresses"] == [INTERNET_IP]
    assert by_id["internet"]["status"] == "ok"
    assert by_id["quality"]["facts"]["loss_percent"] == 0.0
    assert by_id["wifi"]["status"] == "skipped"  # no Wi-Fi hardware in a namespace: skipped, not failed


def test_dns_server_down(fresh: Lab) -> None:
    fresh.stop_dns()
    data = fresh.diagnose()
    v = verdict(data)
    assert v["facts"]["layer"] == "dns"
    assert "The internet works" in v["summary"]  # the lab internet answers by address
    dns = data["by_id"]["dns"]
    assert dns["status"] == "failed"
    assert dns["facts"]["names"][0]["status"] == "refused"  # closed port: told at once, not waited out
    assert dns["facts"]["names"][0]["ms"] < 1500
    assert dns["facts"]["failed_servers"] == [{"server": ROUTER_IP, "status": "refused"}]
    assert ROUTER_IP in dns["summary"]
    assert "network.flush_dns" in dns["fixes"]


def test_dns_black_holed_times_out(fresh: Lab) -> None:
    fresh.nft_rule("udp dport 53 drop")
    fresh.nft_rule("tcp dport 53 drop")
    data = fresh.diagnose()
    assert verdict(data)["facts"]["layer"] == "dns"
    dns = data["by_id"]["dns"]
    assert dns["facts"]["names"][0]["status"] == "timeout"
    assert dns["facts"]["names"][0]["per_server"][0] | {"ms": 0} == {"server": ROUTER_IP, "status": "timeout", "ms": 0}
    assert f"{ROUTER_IP} does not answer" in dns["summary"]
    assert data["by_id"]["internet"]["facts"]["internet_ip_reachable"] is True


@pytest.mark.parametrize("upstream", ["silent", "unreachable"])
def test_provider_down_is_not_blamed_on_dns(fresh: Lab, upstream: str) -> None:
    """The router answers, its DNS forwarder cannot reach the provider's resolver, and no internet address
    answers: the usual ISP outage. The user must hear "call your provider", not "DNS is broken"."""
    fresh.provider_down(upstream)
    data = fresh.diagnose()
    v = verdict(data)
    assert v["status"] == "failed" and v["facts"]["layer"] == "internet", v
    assert "internet provider" in v["summary"] and "DNS" not in v["summary"]
    assert "tell them" in v["advice"]
    assert data["by_id"]["gateway"]["status"] == "ok"
    assert data["by_id"]["dns"]["status"] == "failed"
    assert data["by_id"]["dns"]["facts"]["names"][0]["status"] in ("timeout", "servfail", "refused")
    assert data["by_id"]["internet"]["facts"]["internet_ip_reachable"] is False


def test_nxdomain(fresh: Lab) -> None:
    data = fresh.diagnose(dns_names=["missing.test"])
    assert verdict(data)["facts"]["layer"] == "dns"
    dns = data["by_id"]["dns"]
    assert dns["facts"]["names"][0]["status"] == "nxdomain"
    assert "missing.test" in dns["summary"]


def test_no_default_route(fresh: Lab) -> None:
    fresh.no_default_route()
    data = fresh.diagnose()
    assert verdict(data)["facts"]["layer"] == "ip", verdict(data)
    assert data["by_id"]["network"]["facts"]["reason"] == "no_gateway"


def test_router_up_but_no_internet(fresh: Lab) -> None:
    fresh.nft_rule(f"ip daddr {INTERNET_IP} drop")
    data = fresh.diagnose(check_urls=[{"url": f"http://{INTERNET_IP}/generate_204", "status": 204, "body": ""}])
    v = verdict(data)
    assert v["status"] == "failed"
    assert v["facts"]["layer"] == "internet"
    assert "internet provider" in v["summary"]
    assert data["by_id"]["dns"]["status"] == "ok"


def test_captive_portal(fresh: Lab) -> None:
    fresh.portal()
    data = fresh.diagnose()
    v = verdict(data)
    assert v["facts"]["layer"] == "captive_portal"
    assert data["by_id"]["internet"]["facts"]["portal_url"] == f"http://{INTERNET_IP}/login"
    assert "network.open_portal" in v["fixes"]


def test_packet_loss(fresh: Lab) -> None:
    # ICMP only, so the web check stays reliable and the quality layer is the one that shows the loss
    fresh.nft_rule(f"ip daddr {INTERNET_IP} ip protocol icmp numgen random mod 100 < 30 drop")
    data = fresh.diagnose(quality_count=40)
    quality = data["by_id"]["quality"]
    assert quality["status"] in ("warning", "failed")
    assert 10 <= quality["facts"]["loss_percent"] <= 55
    assert verdict(data)["facts"]["layer"] == "quality"
    assert data["by_id"]["internet"]["status"] == "ok"


def test_throughput_with_unmodified_speedtest_cli(fresh: Lab) -> None:
    fresh.cap_bandwidth("8mbit")
    data = fresh.diagnose(only="throughput", speedtest_url="http://www.speedtest.net/")
    result = data["by_id"]["throughput"]
    assert result["status"] in ("ok", "warning"), result
    assert 4.0 <= result["facts"]["download_mbps"] <= 9.5, result["facts"]


def test_throughput_with_a_server_id_from_the_speedtest_server_list(fresh: Lab) -> None:
    """--server ID: speedtest-cli fetches its config and the server list over HTTPS (--secure), picks the
    lab server by id, then measures against it; the 8 Mbit/s cap must show."""
    fresh.cap_bandwidth("8mbit")
    data = fresh.diagnose(only="throughput", speedtest_server="4242", env={"SSL_CERT_FILE": str(fresh.ca_file)})
    result = data["by_id"]["throughput"]
    assert result["status"] in ("ok", "warning"), result
    assert result["facts"]["server"] == "SelfDesk lab"
    assert 4.0 <= result["facts"]["download_mbps"] <= 9.5, result["facts"]


def test_bundle_replays_to_the_same_verdict(fresh: Lab, tmp_path) -> None:
    import json
    import subprocess
    import sys

    fresh.portal()
    bundle = tmp_path / "portal.zip"
    live = fresh.diagnose(bundle=bundle)
    # replay happens in the root namespace on the recording alone: no probe is sent
    out = subprocess.run([sys.executable, "-m", "desktop_app", "analyze", str(bundle), "--json"], capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    replayed = {r["id"]: r for r in json.loads(out.stdout)["results"]}
    assert replayed["verdict.network"]["facts"]["layer"] == verdict(live)["facts"]["layer"] == "captive_portal"
    assert replayed["internet"]["facts"]["portal_url"] == live["by_id"]["internet"]["facts"]["portal_url"]


def test_open_portal_fix_previews_then_opens_the_observed_sign_in_page(fresh: Lab, tmp_path) -> None:
    fresh.portal()
    preview = fresh.cli("fix", "network.open_portal", "--dry-run")
    assert f"Would run: xdg-open http://{INTERNET_IP}/login" in preview.stdout, preview.stdout + preview.stderr
    # A stand-in browser: records what it was asked to open, and "signs in" (the portal lets us through).
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opened = tmp_path / "opened.txt"
    browser = bin_dir / "xdg-open"
    browser.write_text(f"#!/bin/sh\necho \"$@\" > {opened}\necho normal > {fresh.mode_file}\n")
    browser.chmod(0o755)
    applied = fresh.cli("fix", "network.open_portal", "--yes", path_prefix=bin_dir)
    assert opened.read_text().strip() == f"http://{INTERNET_IP}/login"
    assert "verified" in applied.stdout, applied.stdout + applied.stderr
