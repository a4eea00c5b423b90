"""verdict.network names the first failing layer; network fixes plan fixed argv from observed facts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.diagnostics.network.verdict import conclude
from desktop_app.fixes import network as fixes
from desktop_app.fixes.elevation import elevated_argv
from desktop_app.model import Result, Status

OK = Status.OK
FAILED = Status.FAILED
WARNING = Status.WARNING
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "network"


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
    ],
)
def test_flush_dns_plan(ctx, platform, argvs, admin) -> None:
    steps = fixes.FIXES[0].plan(ctx(platform))
    assert [s.argv for s in steps] == argvs
    assert all(s.admin is admin for s in steps)
    assert fixes.FIXES[0].verify == ("dns",)


@pytest.mark.parametrize(
    ("tools", "ran"),
    [
        (["resolvectl"], [["resolvectl", "flush-caches"]]),
        (["systemd-resolve"], [["systemd-resolve", "--flush-caches"]]),  # systemd < 239
        (["resolvectl", "nscd"], [["resolvectl", "flush-caches"], elevated_argv(["nscd", "-i", "hosts"], "linux")]),
        (["nscd"], [elevated_argv(["nscd", "-i", "hosts"], "linux")]),
    ],
)
def test_flush_dns_on_linux_clears_whatever_cache_exists(monkeypatch, no_surprises, ctx, tools, ran) -> None:
    monkeypatch.setattr(fixes, "is_admin", lambda platform: False)
    system = no_surprises("linux", commands={tool: "" for tool in tools} | {elevated_argv(["nscd"], "linux")[0]: ""})
    step = fixes.FIXES[0].plan(ctx())[0]
    details = step.action(system, ctx(), False)
    assert [r["argv"] for r in details["ran"]] == ran and system.ran == ran and not details.get("error")


def test_flush_dns_on_linux_without_any_cache_is_skipped_with_the_reason(no_surprises, ctx) -> None:
    system = no_surprises("linux")
    details = fixes.FIXES[0].plan(ctx())[0].action(system, ctx(), False)
    assert "nothing to clear" in details["skipped"] and not system.ran and not details.get("error")


def test_fixes_that_elevate_declare_it() -> None:
    from desktop_app.model import Context
    from desktop_app.policy import defaults

    by_id = {f.id: f for f in fixes.FIXES}
    assert by_id["network.flush_dns"].needs_admin and by_id["network.renew_dhcp"].needs_admin and by_id["network.wifi_restart"].needs_admin
    assert not by_id["network.open_portal"].needs_admin
    for fix in fixes.FIXES:
        for platform in ("windows", "macos", "linux"):
            admin_steps = [s for s in fix.plan(Context(policy=defaults(), platform=platform)) if s.admin]
            assert not admin_steps or fix.needs_admin, (fix.id, platform)


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


ROUTE = '[{"dst":"default","gateway":"10.0.0.1","dev":"enp3s0","metric":100}]'  # SYNTHETIC, ip -j route shape
ACTIVE = ("nmcli", "-t", "-f", "UUID,DEVICE", "connection", "show", "--active")


def test_renew_dhcp_on_linux_takes_the_active_connection_down_and_up(no_surprises, ctx) -> None:
    """"nmcli device reapply" re-applied settings but kept the lease; down/up makes a new DHCP request."""
    uuid = "7c1e3d6a-5b7e-4e6f-9a53-1f0c2b8d9e01"
    system = no_surprises(commands={("ip", "-j", "route", "show"): ROUTE, ACTIVE: f"0f0e0d0c-0000-4000-8000-000000000000:docker0\n{uuid}:enp3s0\n", "nmcli": ""})
    details = fixes._renew(system, ctx(), False)
    assert details["interface"] == "enp3s0" and details["method"] == "networkmanager"
    assert system.ran[-2:] == [["nmcli", "connection", "down", "uuid", uuid], ["nmcli", "connection", "up", "uuid", uuid]]


def test_renew_dhcp_on_linux_falls_back_to_dhclient_as_administrator(monkeypatch, no_surprises, ctx) -> None:
    monkeypatch.setattr(fixes, "is_admin", lambda platform: False)
    system = no_surprises(commands={("ip", "-j", "route", "show"): ROUTE, "dhclient": "", elevated_argv(["dhclient"], "linux")[0]: ""})
    details = fixes._renew(system, ctx(), False)
    assert details["method"] == "dhclient"
    assert system.ran[-2:] == [elevated_argv(["dhclient", "-r", "enp3s0"], "linux"), elevated_argv(["dhclient", "-1", "enp3s0"], "linux")]


def test_renew_dhcp_on_linux_without_a_dhcp_tool_says_so(no_surprises, ctx) -> None:
    system = no_surprises(commands={("ip", "-j", "route", "show"): ROUTE})
    details = fixes._renew(system, ctx(), False)
    assert "neither NetworkManager (nmcli) nor dhclient" in details["error"] and system.ran == [["ip", "-j", "route", "show"]]


def test_renew_dhcp_on_windows_releases_and_renews_through_the_uac_prompt(monkeypatch, no_surprises, ctx) -> None:
    monkeypatch.setattr(fixes, "is_admin", lambda platform: False)
    system = no_surprises("windows", commands={"powershell": ""})
    details = fixes._renew(system, ctx("windows"), False)
    # exactly ipconfig /release then /renew, each through the OS elevation prompt (the core's wrapper)
    assert system.ran == [elevated_argv(["ipconfig", "/release"], "windows"), elevated_argv(["ipconfig", "/renew"], "windows")]
    assert "'ipconfig'" in system.ran[0][-1] and "'/release'" in system.ran[0][-1] and "RunAs" in system.ran[0][-1]
    assert not details.get("error")
    assert fixes._renew_plan(ctx("windows"))[0].admin


def test_renew_dhcp_on_macos_uses_the_default_route_interface_as_root(monkeypatch, no_surprises, ctx) -> None:
    monkeypatch.setattr(fixes, "is_admin", lambda platform: False)
    netstat = (FIXTURES / "netstat-rn_macos_old.txt").read_text()
    system = no_surprises("macos", commands={("netstat", "-rn", "-f", "inet"): netstat, "osascript": ""})
    details = fixes._renew(system, ctx("macos"), False)
    assert details["interface"] == "en0"
    assert system.ran[-1] == elevated_argv(["ipconfig", "set", "en0", "DHCP"], "macos")
    assert "ipconfig set en0 DHCP" in system.ran[-1][-1] and "administrator privileges" in system.ran[-1][-1]


def test_wifi_off_and_on_on_macos_uses_the_observed_interface(no_surprises, ctx) -> None:
    sp = (FIXTURES / "42_heat_sp-airport_15.5_iphone.txt").read_text()
    system = no_surprises("macos", commands={("system_profiler", "SPAirPortDataType", "-json"): sp, ("wdutil", "info"): (1, "", "requires root", None), "networksetup": ""})
    details = fixes._wifi_plan(ctx("macos"))[0].action(system, ctx("macos"), False)
    assert details["interface"] == "en0"
    assert system.ran[-2:] == [["networksetup", "-setairportpower", "en0", "off"], ["networksetup", "-setairportpower", "en0", "on"]]


def test_wifi_off_and_on_on_linux(no_surprises, ctx) -> None:
    system = no_surprises("linux", commands={"nmcli": ""})
    details = fixes._wifi_plan(ctx())[0].action(system, ctx(), False)
    assert system.ran == [["nmcli", "radio", "wifi", "off"], ["nmcli", "radio", "wifi", "on"]] and not details.get("error")


def test_wifi_restart_windows_is_admin_and_uses_the_observed_name(monkeypatch, no_surprises, ctx) -> None:
    from desktop_app.diagnostics.network import wifi

    monkeypatch.setattr(wifi.wifi_parsers, "parse_netsh_wlan_interfaces", lambda text: [{"interface": "Wi-Fi 2", "connected": True}])
    system = no_surprises("windows", commands={("netsh", "wlan", "show", "interfaces"): "...", ("netsh", "wlan", "show", "networks", "mode=bssid"): (1, "", "", None)})
    plan = fixes._wifi_plan(ctx("windows"))
    assert plan[0].admin
    preview = plan[0].action(system, ctx("windows"), True)
    assert preview["would_run"][0] == ["netsh", "interface", "set", "interface", "name=Wi-Fi 2", "admin=disabled"]


def test_every_help_article_the_network_results_point_to_exists_in_both_languages() -> None:
    import re

    root = Path(__file__).resolve().parents[2]
    sources = [*(root / "desktop_app" / "diagnostics" / "network").glob("*.py"), root / "desktop_app" / "fixes" / "network.py"]
    ids = {m for path in sources for m in re.findall(r'help="([a-z0-9-]+)"', path.read_text(encoding="utf-8"))}
    ids |= {m for path in sources for m in re.findall(r'help="[a-z0-9-]+" if [^\n]*? else "([a-z0-9-]+)"', path.read_text(encoding="utf-8"))}
    assert len(ids) >= 10
    missing = [f"{lang}/{i}.md" for i in sorted(ids) for lang in ("en", "fr") if not (root / "resources" / "help" / lang / f"{i}.md").is_file()]
    assert not missing
