"""verdict.network names the first failing layer; network fixes plan fixed argv from observed facts."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.diagnostics.network.verdict import conclude
from desktop_app.fixes import network as fixes
from desktop_app.model import Result, Status

OK = Status.OK
FAILED = Status.FAILED
WARNING = Status.WARNING


def r(rid: str, status: Status, reason: str | None = None, **facts: Any) -> Result:
    if reason:
        facts["reason"] = reason
    return Result(rid, status, rid, f"{rid} {status.value}", facts, fixes=(f"fix.{rid}",))


def verdict(ctx, *results: Result) -> Result:
    out = conclude({x.id: x for x in results}, ctx())
    assert out is not None
    return out


def healthy() -> dict[str, Result]:
    return {
        "wifi": r("wifi", OK),
        "network": r("network", OK),
        "gateway": r("gateway", OK),
        "dns": r("dns", OK),
        "internet": r("internet", OK),
        "quality": r("quality", OK),
    }


@pytest.mark.parametrize(
    ("broken", "layer"),
    [
        ({"network": r("network", FAILED, "no_address"), "gateway": r("gateway", FAILED), "dns": r("dns", FAILED, "timeout"), "internet": r("internet", FAILED, "dns")}, "link"),
        ({"network": r("network", FAILED, "self_assigned"), "dns": r("dns", FAILED, "timeout"), "internet": r("internet", FAILED, "unreachable")}, "ip"),
        ({"network": r("network", FAILED, "no_gateway"), "internet": r("internet", FAILED, "unreachable")}, "ip"),
        ({"gateway": r("gateway", FAILED), "dns": r("dns", FAILED, "timeout"), "internet": r("internet", FAILED, "unreachable")}, "gateway"),
        ({"dns": r("dns", FAILED, "timeout"), "internet": r("internet", FAILED, "dns"), "quality": r("quality", WARNING, "loss")}, "dns"),
        ({"internet": r("internet", FAILED, "captive_portal", portal_url="http://p/login")}, "captive_portal"),
        ({"internet": r("internet", FAILED, "unreachable"), "quality": r("quality", FAILED, "no_answer")}, "internet"),
        ({"quality": r("quality", FAILED, "loss")}, "quality"),
        ({"wifi": r("wifi", WARNING, "weak_signal")}, "quality"),
    ],
)
def test_first_failing_layer_wins(ctx, broken: dict[str, Result], layer: str) -> None:
    results = healthy() | broken
    out = verdict(ctx, *results.values())
    assert out.id == "verdict.network"
    assert out.facts["layer"] == layer
    assert out.status in (FAILED, WARNING)
    assert out.facts["evidence"] == dict(results[out.facts["failing_check"]].facts)


def test_router_answers_but_internet_does_not_blames_the_provider(ctx) -> None:
    out = verdict(ctx, *(healthy() | {"internet": r("internet", FAILED, "unreachable")}).values())
    assert "internet provider" in out.summary
    assert "tell them" in out.advice


def test_dns_failing_because_the_provider_is_down_blames_the_provider(ctx) -> None:
    """The router answers, its DNS forwarder times out, and no internet address answers either: the most common
    ISP outage. Blaming DNS would send the user (and IT) the wrong way."""
    broken = {
        "dns": r("dns", FAILED, "servfail"),
        "internet": r("internet", FAILED, "unreachable", internet_ip_reachable=False),
        "quality": r("quality", FAILED, "no_answer"),
    }
    out = verdict(ctx, *(healthy() | broken).values())
    assert out.facts["layer"] == "internet" and "internet provider" in out.summary
    assert "DNS" not in out.summary


def test_dns_broken_while_internet_addresses_answer_blames_dns(ctx) -> None:
    broken = {"dns": r("dns", FAILED, "timeout"), "internet": r("internet", FAILED, "dns", internet_ip_reachable=True)}
    out = verdict(ctx, *(healthy() | broken).values())
    assert out.facts["layer"] == "dns" and "The internet works" in out.summary


def test_router_not_pinging_but_internet_addresses_answer_is_not_blamed(ctx) -> None:
    broken = {"gateway": r("gateway", FAILED, "no_answer"), "dns": r("dns", FAILED, "timeout"),
              "internet": r("internet", FAILED, "dns", internet_ip_reachable=True)}
    assert verdict(ctx, *(healthy() | broken).values()).facts["layer"] == "dns"


def test_router_ignoring_ping_is_not_blamed_when_websites_load(ctx) -> None:
    out = verdict(ctx, *(healthy() | {"gateway": r("gateway", FAILED, "no_answer")}).values())
    assert out.status is OK


def test_all_good(ctx) -> None:
    out = verdict(ctx, *healthy().values())
    assert out.status is OK and out.facts["layer"] is None


def test_permission_denied_without_connection_explains_permission(ctx) -> None:
    wifi = Result("wifi", WARNING, "", "not allowed", {"reason": "permission_denied"}, advice="Open Settings > Privacy & security > Location")
    out = verdict(ctx, wifi, r("network", FAILED, "no_address"))
    assert out.facts["layer"] == "link" and "Location" in out.advice


def test_nothing_to_conclude(ctx) -> None:
    assert conclude({}, ctx()) is None


# -- fixes ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("platform", "argvs", "admin"),
    [
        ("windows", [("ipconfig", "/flushdns")], False),
        ("macos", [("dscacheutil", "-flushcache"), ("killall", "-HUP", "mDNSResponder")], True),
        ("linux", [("resolvectl", "flush-caches")], False),
    ],
)
def test_flush_dns_plan(ctx, platform, argvs, admin) -> None:
    steps = fixes.FIXES[0].plan(ctx(platform))
    assert [s.argv for s in steps] == argvs
    assert all(s.admin is admin for s in steps)
    assert fixes.FIXES[0].verify == ("dns",)


def test_open_portal_uses_the_observed_redirect(no_surprises, ctx) -> None:
    url = "http://connectivitycheck.gstatic.com/generate_204"
    system = no_surprises(values={f"http:{url}": {"status": 302, "location": "http://10.0.0.1/login?x=1"}}, commands={"xdg-open": ""})
    step = fixes._portal_plan(ctx())[0]
    preview = step.action(system, ctx(), True)
    assert preview == {"would_run": [["xdg-open", "http://10.0.0.1/login?x=1"]], "url": "http://10.0.0.1/login?x=1"}
    done = step.action(system, ctx(), False)
    assert done["error"] is None and ["xdg-open", "http://10.0.0.1/login?x=1"] in system.ran


def test_open_portal_never_opens_a_non_web_location(no_surprises, ctx) -> None:
    url = "http://connectivitycheck.gstatic.com/generate_204"
    system = no_surprises("macos", values={f"http:{url}": {"status": 302, "location": "file:///etc/passwd"}})
    preview = fixes._portal_plan(ctx("macos"))[0].action(system, ctx("macos"), True)
    assert preview["would_run"] == [["open", url]]  # falls back to the policy URL


def test_renew_dhcp_on_linux_targets_the_observed_interface(monkeypatch, no_surprises, ctx) -> None:
    from desktop_app.diagnostics.network import ipconfig

    monkeypatch.setattr(ipconfig, "safe_parse", lambda fn, mod, text: [{"dst": "default", "gateway": "10.0.0.1", "dev": "enp3s0", "metric": 100}])
    system = no_surprises(commands={("ip", "-j", "route", "show"): "[]", ("nmcli", "device", "reapply", "enp3s0"): ""})
    details = fixes._renew(system, ctx(), False)
    assert details["interface"] == "enp3s0" and details["ran"][0]["ok"]


def test_wifi_restart_windows_is_admin_and_uses_the_observed_name(monkeypatch, no_surprises, ctx) -> None:
    from desktop_app.diagnostics.network import wifi

    monkeypatch.setattr(wifi, "safe_parse", lambda fn, mod, *a: [{"interface": "Wi-Fi 2", "connected": True}] if fn == "parse_netsh_wlan_interfaces" else None)
    system = no_surprises("windows", commands={("netsh", "wlan", "show", "interfaces"): "...", ("netsh", "wlan", "show", "networks", "mode=bssid"): (1, "", "", None)})
    plan = fixes._wifi_plan(ctx("windows"))
    assert plan[0].admin
    preview = plan[0].action(system, ctx("windows"), True)
    assert preview["would_run"][0] == ["netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"]
