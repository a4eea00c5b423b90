"""One conclusion for the VPN area: the first layer that fails, with the facts that prove it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Result, Status, Verdict

_BAD = (Status.FAILED, Status.ERROR)


def conclude(results: Mapping[str, Result], ctx: Context) -> Result | None:
    vpn, company, tunnel, clock = (results.get(k) for k in ("vpn", "company", "tunnel", "clock"))
    if vpn is None:
        return None
    if vpn.status == Status.SKIPPED:
        return Result("verdict.vpn", Status.SKIPPED, "", tr("No VPN on this computer, and none is expected."), {"cause": "no_vpn"})

    def verdict(cause: str, summary: str, source: Result, status: Status = Status.FAILED) -> Result:
        facts: dict[str, Any] = {"cause": cause, "from": source.id, **dict(source.facts)}
        return Result("verdict.vpn", status, "", summary, facts, fixes=source.fixes, advice=source.advice, help=source.help)

    connected = vpn.facts.get("connected")
    if connected is None and "connected" not in vpn.facts:  # a result from before the fact existed
        connected = any(s.get("state") == "connected" for s in vpn.facts.get("services", []))
    if vpn.status is Status.WARNING and connected is False:  # still connecting: not down, not up yet
        return verdict("connecting", vpn.summary, vpn, vpn.status)
    if vpn.status in _BAD and connected is False:
        return verdict("not_connected", tr("VPN not connected."), vpn, vpn.status)
    if clock is not None and clock.status in _BAD:
        return verdict("clock", clock.summary, clock)
    if tunnel is not None and tunnel.status in _BAD and tunnel.facts.get("dead_reason"):
        return verdict("tunnel_dead", tr("VPN connected but the company does not answer (tunnel dead)."), tunnel)
    if company is not None and company.status in _BAD:
        problem = company.facts.get("problem")
        if problem == "dns_home":
            return verdict("dns_home", tr("Company names resolve through your home DNS instead of the VPN."), company)
        if problem == "routes_bypass_tunnel":
            return verdict("routes", tr("Traffic to the company does not go through the VPN."), company)
        if problem == "tls":
            return verdict("tls", company.summary, company)
    if tunnel is not None and tunnel.status in _BAD:
        if tunnel.facts.get("mtu", {}).get("blackhole"):
            return verdict("mtu", tr("VPN connected, but large packets are lost in the tunnel (MTU black hole)."), tunnel)
        return verdict("tunnel", tunnel.summary, tunnel)
    if company is not None and company.status in _BAD:
        if connected is None:
            return verdict("company", tr("The company does not answer, and the VPN's state could not be read: {detail}",
                                         detail=company.summary), company)
        return verdict("company", tr("VPN connected but the company does not answer: {detail}", detail=company.summary), company)
    company_ok = company is not None and company.status == Status.OK
    worst = [r for r in (company, tunnel, clock, vpn) if r is not None and r.status == Status.WARNING
             and not (r is vpn and connected is None and company_ok)]
    if worst:
        return verdict("unknown" if worst[0] is vpn and connected is None else "warning", worst[0].summary, worst[0], Status.WARNING)
    names = [s["name"] for s in vpn.facts.get("services", []) if s.get("state") == "connected"]
    if connected is None and company_ok:
        return Result("verdict.vpn", Status.OK, "", tr("The company answers through the VPN."), {"cause": None, "connected": names})
    if not names:
        return Result("verdict.vpn", Status.OK, "", vpn.summary, {"cause": None})
    return Result("verdict.vpn", Status.OK, "", tr("The VPN works: the company answers through it."), {"cause": None, "connected": names})


VERDICT = Verdict(id="verdict.vpn", area="vpn", title=N_("VPN"), depends=("vpn", "company", "tunnel", "clock"), conclude=conclude)
