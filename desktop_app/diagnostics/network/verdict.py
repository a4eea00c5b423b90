"""verdict.network: one conclusion naming the first layer that fails, in plain language, with its facts.

Layers, bottom up: the link (adapter/Wi-Fi) -> the address (IP/DHCP) -> the router -> name lookup (DNS)
-> the internet (incl. captive portals and proxies) -> quality. A lower layer's soft failure that a higher
layer contradicts (a router that ignores ping while websites load) is not blamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Result, Status, Verdict

DEPENDS = ("wifi", "network", "gateway", "dns", "internet", "proxy", "quality")


def _find(results: Mapping[str, Result], prefix: str) -> Result | None:
    if prefix in results:
        return results[prefix]
    return next((r for rid, r in results.items() if rid.startswith(prefix + ".")), None)


def _bad(result: Result | None) -> bool:
    return result is not None and result.status in (Status.FAILED, Status.WARNING)


def _ok(result: Result | None) -> bool:
    return result is not None and result.status is Status.OK


def _reason(result: Result | None) -> str:
    return str(result.facts.get("reason") or "") if result is not None else ""


def conclude(results: Mapping[str, Result], ctx: Context) -> Result | None:
    found = {key: _find(results, key) for key in DEPENDS}
    present = {k: v for k, v in found.items() if v is not None}
    if not present:
        return None
    wifi, network, gateway, dns, internet, proxy, quality = (found[k] for k in DEPENDS)
    layers = {k: v.status.value for k, v in present.items()}
    # An address on the internet answering without DNS also proves the path beyond the router works.
    ip_reachable = internet.facts.get("internet_ip_reachable") if internet is not None else None
    beyond_router_works = _ok(dns) or _ok(internet) or ip_reachable is True

    def conclusion(layer: str, source: Result, status: Status, summary: str, advice: str = "") -> Result:
        facts: dict[str, Any] = {"layer": layer, "failing_check": source.id, "layers": layers, "evidence": dict(source.facts)}
        return Result(
            "verdict.network",
            status,
            "",
            summary,
            facts,
            fixes=source.fixes,
            advice=advice or source.advice,
            help=source.help,
        )

    # 1. link: no network at all, or a Wi-Fi link too weak to carry anything
    if network is not None and _reason(network) == "no_address" and not _ok(internet):
        if wifi is not None and _reason(wifi) == "permission_denied":
            return conclusion("link", wifi, Status.FAILED, tr("You are not connected, and SelfDesk is not allowed to see your Wi-Fi details."), wifi.advice)
        return conclusion("link", network, Status.FAILED, tr("You are not connected to any network: connect to Wi-Fi or plug in a cable."))
    if wifi is not None and wifi.status is Status.FAILED and not beyond_router_works:
        return conclusion("link", wifi, Status.FAILED, tr("Your Wi-Fi signal is too weak to carry your connection."))
    # 2. address: the router did not hand out an address, or there is no way out
    if network is not None and _reason(network) in ("self_assigned", "no_gateway") and not _ok(internet):
        return conclusion("ip", network, Status.FAILED, network.summary)
    # 3. the router
    if gateway is not None and gateway.status is Status.FAILED and not beyond_router_works:
        return conclusion("gateway", gateway, Status.FAILED, tr("Your router does not answer: the problem is between your computer and the router."))
    # 4. name lookup -- unless addresses on the internet do not answer either: then the DNS failure is only a
    # symptom (the router's DNS forwarder cannot reach its upstream because the provider's line is down).
    dns_failed = (dns is not None and dns.status is Status.FAILED) or (network is not None and _reason(network) == "no_dns_servers" and not _ok(dns))
    if dns_failed and internet is not None and ip_reachable is False and not _ok(internet):
        return _provider(conclusion, internet, router_answers=_ok(gateway))
    if dns_failed:
        source = dns if dns is not None and dns.status is Status.FAILED else network
        assert source is not None
        summary = (
            tr("The internet works, but names cannot be looked up (DNS): websites will not open.")
            if ip_reachable is True
            else tr("The internet may be there, but names cannot be looked up (DNS): websites will not open.")
        )
        return conclusion("dns", source, Status.FAILED, summary)
    # 5. internet, captive portal, proxy
    if proxy is not None and proxy.status is Status.FAILED and not _ok(internet):
        return conclusion("proxy", proxy, Status.FAILED, proxy.summary)
    if internet is not None and internet.status is Status.FAILED:
        reason = _reason(internet)
        if reason == "captive_portal":
            return conclusion("captive_portal", internet, Status.FAILED, tr("This network needs you to sign in on a web page first."))
        if reason == "tls":
            return conclusion("internet", internet, Status.FAILED, tr("Something on this network intercepts secure connections: tell IT before entering any password."))
        if reason == "sites_unreachable":
            return conclusion("internet", internet, Status.FAILED, internet.summary)
        if _ok(gateway) or _ok(dns):
            return _provider(conclusion, internet, router_answers=True)
        return conclusion("internet", internet, Status.FAILED, tr("The internet does not answer."))
    # 6. quality
    if _bad(quality):
        assert quality is not None
        return conclusion("quality", quality, quality.status, quality.summary)  # it already says what works and what does not
    if wifi is not None and wifi.status is Status.WARNING and _reason(wifi) in ("weak_signal", "permission_denied"):
        return conclusion("quality", wifi, Status.WARNING, tr("You are online, but your Wi-Fi signal is weak.") if _reason(wifi) == "weak_signal" else wifi.summary)
    if dns is not None and dns.status is Status.WARNING:
        return conclusion("dns", dns, Status.WARNING, dns.summary)
    if not any(_ok(r) for r in (network, gateway, dns, internet)):
        return None
    return Result(
        "verdict.network",
        Status.OK,
        "",
        tr("Your network connection works."),
        {"layer": None, "failing_check": None, "layers": layers},
    )


def _provider(conclusion: Any, internet: Result, *, router_answers: bool) -> Result:
    """The internet provider's line is down: what to tell them."""
    if router_answers:
        return conclusion(
            "internet",
            internet,
            Status.FAILED,
            tr("Your router answers but the internet does not: this is most likely your internet provider."),
            tr("Restart the router once. If it still fails, call your internet provider and tell them: \"My router is on and answers, but no website opens; I already restarted the router.\""),
        )
    return conclusion(
        "internet",
        internet,
        Status.FAILED,
        tr("The internet does not answer, neither by name nor by address: most likely your internet provider."),
        tr("Restart the router once. If it still fails, call your internet provider and tell them: \"No website opens; I already restarted the router.\""),
    )


VERDICTS = (Verdict(id="verdict.network", area="network", title=N_("Network overall"), depends=DEPENDS, conclude=conclude),)
