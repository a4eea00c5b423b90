"""Reachability layers: the router (gateway), name lookup (dns), the internet incl. captive portals
(internet) and the connection quality (quality). Probes in a check run concurrently."""

from __future__ import annotations

from typing import Any

from desktop_app import probes
from desktop_app.diagnostics.network.common import (
    check_urls,
    internet_ips,
    is_ip,
    parallel,
    probe_timeout,
    quality_target,
    record_of,
    setting,
)
from desktop_app.diagnostics.network.ipconfig import collect_routes, default_routes
from desktop_app.i18n import language, tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.parsers.ping import parse_ping
from desktop_app.system import System

GATEWAY_PINGS = 3


# -- gateway ------------------------------------------------------------------------------------------------
def collect_gateway(system: System, ctx: Context) -> None:
    routes = default_routes(Observations([record_of(collect_routes(system))]))
    gateway = next((r["gateway"] for r in routes if r.get("gateway") and is_ip(str(r["gateway"]))), None)
    if gateway:
        probes.ping(system, str(gateway), count=GATEWAY_PINGS, interval=0.2)


def _pings(obs: Observations, host: str | None = None) -> list[tuple[str, dict[str, Any], Any]]:
    out = []
    for cmd in obs.commands("ping"):
        target = cmd.argv[-1]
        if host is None or target == host:
            out.append((target, parse_ping(cmd.stdout), cmd))
    return out


def analyze_gateway(obs: Observations, ctx: Context) -> Result | None:
    routes = default_routes(obs)
    gateway = next((str(r["gateway"]) for r in routes if r.get("gateway")), None)
    if gateway is None:
        if not routes and (obs.command("ip", "-j", "route") or obs.command("netstat", "-rn") or obs.command("ipconfig", "/all")):
            return Result("gateway", Status.SKIPPED, "", tr("There is no router to test: no default gateway is set."), {"gateway": None})
        return None
    found = _pings(obs, gateway)
    if not found:
        return None
    _, stats, cmd = found[-1]
    facts = {"gateway": gateway, **{k: stats[k] for k in ("sent", "received", "loss_percent", "avg_ms")}}
    if stats["received"]:
        return Result("gateway", Status.OK, "", tr("Your router answers ({ms} ms).", ms=_ms(stats["avg_ms"])), facts)
    if stats["sent"] is None and cmd.error:
        return Result("gateway", Status.ERROR, "", tr("The router could not be tested ({error}).", error=cmd.error), facts)
    if stats["sent"] is None and not (cmd.returncode and cmd.stderr.strip()):
        # Output in a shape the parser does not know is an unknown, not a router that is down. (A ping the OS
        # refused to send, "connect: Network is unreachable", is a definite failure, judged below.)
        facts["reason"] = "unreadable"
        return Result("gateway", Status.SKIPPED, "", tr("SelfDesk could not read the router test's answer (an unfamiliar language or format), so whether the router answers is unknown."), facts)
    facts["reason"] = "no_answer"
    return Result(
        "gateway",
        Status.FAILED,
        "",
        tr("Your router does not answer."),
        facts,
        fixes=("network.renew_dhcp", "network.wifi_restart"),
        advice=tr("Check that the router is on and that you are on the right network; restart the router if you can."),
        help="router-unreachable",
    )


# -- dns ----------------------------------------------------------------------------------------------------
def collect_dns(system: System, ctx: Context) -> None:
    timeout = probe_timeout(ctx)
    names = [str(n) for n in setting(ctx, "dns_names", []) or [] if n]
    parallel(system, "dns", [lambda n=n: probes.dns_lookup(system, n, timeout=timeout) for n in names])  # type: ignore[misc]


def _dns_failure_words(status: str) -> str:
    return {
        "timeout": tr("does not answer"),
        "servfail": tr("answers but cannot look names up (SERVFAIL)"),
        "refused": tr("refuses to answer"),
        "nxdomain": tr("says the name does not exist"),
    }.get(status, tr("fails"))


def analyze_dns(obs: Observations, ctx: Context) -> Result | None:
    lookups = [v for v in obs.values("probe", "dns:") if "@" not in v.name and "/" not in v.name]
    if not lookups:
        return None
    names: list[dict[str, Any]] = []
    servers: list[str] = []
    failed: dict[str, str] = {}  # server -> its first failure, in the resolver's order
    for item in lookups:
        value = item.value if isinstance(item.value, dict) else {}
        status = value.get("status") or ("timeout" if item.error and "timed out" in item.error else "error")
        per_server = [dict(s) for s in value.get("per_server") or [] if isinstance(s, dict) and s.get("server")]
        names.append({
            "name": value.get("name") or item.name[4:],
            "status": status,
            "addresses": value.get("addresses") or [],
            "answered_by": value.get("answered_by"),
            "per_server": per_server,
            "ms": item.duration_ms,
        })
        servers += [str(s) for s in value.get("servers") or [] if str(s) not in servers]
        for outcome in per_server:
            if outcome.get("status") not in ("ok", "nxdomain"):
                failed.setdefault(str(outcome["server"]), str(outcome.get("status") or "error"))
    facts: dict[str, Any] = {
        "servers": servers,
        "names": names,
        "failed_servers": [{"server": server, "status": status} for server, status in failed.items()],
    }
    failing = [n for n in names if n["status"] != "ok"]
    if not failing:
        if not failed:
            return Result("dns", Status.OK, "", tr("Names are found (DNS works)."), facts)
        server, status = next(iter(failed.items()))
        facts["reason"] = "server_failed"
        return Result(
            "dns",
            Status.WARNING,
            "",
            tr("Names are found, but the name server {server} {problem}; lookups can be slow, and fail if the other server stops too.", server=server, problem=_dns_failure_words(status)),
            facts,
            fixes=("network.renew_dhcp",),
            advice=tr("Renew the network address or restart the router. If it stays, tell IT or your internet provider which server fails."),
            help="dns-failure",
        )
    first = failing[0]
    facts["reason"] = first["status"]
    culprits = ", ".join(dict.fromkeys(s["server"] for s in first["per_server"] if s.get("status") == first["status"])) or ", ".join(servers)
    fixes: tuple[str, ...] = ("network.flush_dns", "network.renew_dhcp")
    if first["status"] == "nxdomain":
        summary = tr("The name {name} is not found, although it should exist.", name=first["name"])
        if first.get("answered_by"):
            summary += " " + tr("The answer came from the name server {server}.", server=first["answered_by"])
        advice = tr("Clear the name cache. If it still fails, the name server you use gives wrong answers: tell IT.")
    elif first["status"] == "no_servers":
        summary = tr("No name server (DNS) is configured, so websites cannot be found by name.")
        advice = tr("Renew the network address. If it stays, tell IT.")
    elif first["status"] in ("timeout", "servfail", "refused") and culprits:
        summary = tr("The name server (DNS) {servers} {problem}, so websites cannot be found by name.", servers=culprits, problem=_dns_failure_words(first["status"]))
        advice = tr("Renew the network address or restart the router. If it stays, tell IT or your internet provider.")
    elif first["status"] in ("timeout", "servfail", "refused"):
        summary = tr("The name server (DNS) {problem}, so websites cannot be found by name.", problem=_dns_failure_words(first["status"]))
        advice = tr("Renew the network address or restart the router. If it stays, tell IT or your internet provider.")
    else:
        summary = tr("The name server (DNS) {servers} fails to answer, so websites cannot be found by name.", servers=culprits)
        advice = tr("Renew the network address or restart the router. If it stays, tell IT or your internet provider.")
    status = Status.FAILED if len(failing) == len(names) or first["status"] != "nxdomain" else Status.WARNING
    return Result("dns", status, "", summary, facts, fixes=fixes, advice=advice, help="dns-failure")


# -- internet and captive portal ----------------------------------------------------------------------------
def collect_internet(system: System, ctx: Context) -> None:
    timeout = probe_timeout(ctx)
    urls = [u["url"] for u in check_urls(ctx)]
    jobs = [lambda u=u: probes.http_check(system, u, timeout=timeout) for u in urls]
    # Addresses reached without DNS: they tell "the internet is down" from "only name lookup is broken".
    jobs += [lambda h=h, p=p: probes.tcp_connect(system, h, p, timeout=timeout) for h, p in internet_ips(ctx)]
    parallel(system, "internet", jobs)  # type: ignore[arg-type]


def _judge(expected: dict[str, Any], value: dict[str, Any]) -> str:
    status = value.get("status")
    if status is None:
        return str(value.get("error_kind") or "other")
    if status == expected["status"] and (not expected["body"] or expected["body"] in str(value.get("body_snippet") or "")):
        return "ok"
    location = str(value.get("location") or "")
    if 300 <= int(status) < 400 and location:
        return "portal"
    if status == 511 or (expected["status"] == 204 and status == 200) or (status == 200 and expected["body"]):
        return "portal"  # a page where an empty answer or a known text was expected: someone intercepts
    return "unexpected"


def _ip_checks(obs: Observations, ctx: Context) -> list[dict[str, Any]]:
    out = []
    for host, port in internet_ips(ctx):
        item = obs.value("probe", f"tcp:{host}:{port}")
        if item is None:
            continue
        value = item.value if isinstance(item.value, dict) else {"connected": False, "error": item.error or "no answer"}
        out.append({"target": f"{host}:{port}", "connected": bool(value.get("connected")), "error": value.get("error"), "ms": value.get("ms")})
    return out


def analyze_internet(obs: Observations, ctx: Context) -> Result | None:
    expected = {u["url"]: u for u in check_urls(ctx)}
    checks = []
    for item in obs.values("probe", "http:"):
        url = item.name[5:]
        if url not in expected:
            continue  # another check's fetch (a PAC file, an intranet page) in an untagged recording
        value = item.value if isinstance(item.value, dict) else {"status": None, "error_kind": "timeout" if item.error and "timed out" in item.error else "other", "error": item.error}
        want = expected.get(url) or {"url": url, "status": 200, "body": ""}
        checks.append({"url": url, "outcome": _judge(want, value), "status": value.get("status"), "location": value.get("location"), "error_kind": value.get("error_kind"), "error": value.get("error"), "ms": value.get("ms"), "tls_issuer": value.get("tls_issuer")})
    ips = _ip_checks(obs, ctx)
    if not checks and not ips:
        return None
    ip_reachable = any(i["connected"] for i in ips) if ips else None
    facts: dict[str, Any] = {"checks": checks, "internet_ips": ips, "internet_ip_reachable": ip_reachable}
    outcomes = [c["outcome"] for c in checks]
    if "ok" in outcomes:
        return Result("internet", Status.OK, "", tr("The internet answers."), facts)
    portal = next((c for c in checks if c["outcome"] == "portal"), None)
    if portal is not None:
        facts["reason"] = "captive_portal"
        facts["portal_url"] = portal["location"] or portal["url"]
        return Result(
            "internet",
            Status.FAILED,
            "",
            tr("This network wants you to sign in on a web page before you can use the internet."),
            facts,
            fixes=("network.open_portal",),
            advice=tr("Open the sign-in page, accept the conditions or log in, then try again."),
            help="captive-portal",
        )
    kinds = {c["outcome"] for c in checks}
    if not checks:
        if ip_reachable:
            return Result("internet", Status.OK, "", tr("The internet answers."), facts)
        facts["reason"] = "unreachable"
        return Result("internet", Status.FAILED, "", tr("The internet does not answer."), facts, advice=_isp_advice(), help="isp-outage")
    if kinds == {"dns"}:
        facts["reason"] = "dns"
        summary = (
            tr("The internet answers by address, but the test sites cannot be found by name.")
            if ip_reachable
            else tr("The internet test sites cannot be found by name.")
        )
        if ip_reachable is False:
            facts["reason"] = "unreachable"  # names fail *and* addresses do not answer: the line is down
            summary = tr("The internet does not answer, neither by name nor by address.")
        return Result("internet", Status.FAILED, "", summary, facts, advice=_isp_advice(), help="isp-outage" if ip_reachable is not True else "dns-failure")
    if "tls" in kinds:
        facts["reason"] = "tls"
        facts["tls_issuer"] = next((c["tls_issuer"] for c in checks if c["tls_issuer"]), None)
        return Result("internet", Status.FAILED, "", tr("Secure connections are intercepted or blocked on this network."), facts, advice=_isp_advice(), help="isp-outage")
    if ip_reachable:
        facts["reason"] = "sites_unreachable"
        return Result(
            "internet",
            Status.FAILED,
            "",
            tr("The internet answers, but the test websites do not: a firewall or proxy may block them."),
            facts,
            advice=tr("If you are on a company or public network, tell IT which websites do not open."),
            help="proxy-unreachable",
        )
    facts["reason"] = "unreachable"
    return Result("internet", Status.FAILED, "", tr("The internet does not answer."), facts, advice=_isp_advice(), help="isp-outage")


def _isp_advice() -> str:
    return tr("Restart your router. If that does not help, contact your internet provider or IT.")


# -- quality ------------------------------------------------------------------------------------------------
def collect_quality(system: System, ctx: Context) -> None:
    target = quality_target(ctx)
    if not target:
        return
    if not is_ip(target):
        lookup = probes.dns_lookup(system, target, timeout=probe_timeout(ctx))
        addresses = (lookup.value or {}).get("addresses") if isinstance(lookup.value, dict) else None
        if not addresses:
            return  # the dns check reports it; a ping would only wait on the resolver again
        target = str(addresses[0])
    count = max(3, int(setting(ctx, "quality_count", 10)))
    probes.ping(system, target, count=count, interval=0.2)


def _quality_ping(obs: Observations, ctx: Context) -> tuple[str, dict[str, Any], Any] | None:
    """The quality ping. A recording whose observations are not tagged per check (pasted, or from an older
    script) also holds the router ping and the VPN check's don't-fragment pings: those are not the quality target."""
    target = quality_target(ctx)
    gateways = {str(r.get("gateway")) for r in default_routes(obs) if r.get("gateway")}
    found = [
        item for item in _pings(obs)
        if not _dont_fragment(item[2].argv) and (item[0] == target or item[0] not in gateways)
    ]
    return found[-1] if found else None


def _dont_fragment(argv: tuple[str, ...]) -> bool:
    return "-M" in argv or "-D" in argv or ("-f" in argv and "-l" in argv)


def analyze_quality(obs: Observations, ctx: Context) -> Result | None:
    found = _quality_ping(obs, ctx)
    if found is None:
        return None
    target, stats, cmd = found
    facts = {"target": target, **stats}
    if stats["sent"] is None:
        if cmd.error:
            return Result("quality", Status.ERROR, "", tr("The connection quality could not be measured ({error}).", error=cmd.error), facts)
        if cmd.returncode and cmd.stderr.strip():  # e.g. "connect: Network is unreachable"
            facts["reason"] = "unreachable"
            facts["error"] = cmd.stderr.strip()[:200]
            return Result("quality", Status.FAILED, "", tr("The test server cannot be reached from this computer."), facts, help="isp-outage")
        return None
    loss = stats["loss_percent"] or 0.0
    if stats["received"] == 0:
        facts["reason"] = "no_answer"
        return Result("quality", Status.FAILED, "", tr("The test server does not answer at all."), facts, help="isp-outage")
    fail_loss = float(setting(ctx, "loss_fail_percent", 20))
    warn_loss = float(setting(ctx, "loss_warn_percent", 5))
    latency = float(setting(ctx, "latency_warn_ms", 150))
    jitter = float(setting(ctx, "jitter_warn_ms", 30))
    problems = []
    status = Status.OK
    if loss >= fail_loss:
        status = Status.FAILED
        problems.append(tr("{loss}% of the test packets were lost.", loss=_fmt(loss)))
    elif loss >= warn_loss:
        status = Status.WARNING
        problems.append(tr("{loss}% of the test packets were lost.", loss=_fmt(loss)))
    if (stats["avg_ms"] or 0) >= latency:
        status = max(status, Status.WARNING, key=lambda s: s.severity)
        problems.append(tr("Answers are slow ({ms} ms on average).", ms=_ms(stats["avg_ms"])))
    if (stats["jitter_ms"] or 0) >= jitter:
        status = max(status, Status.WARNING, key=lambda s: s.severity)
        problems.append(tr("Answer times vary a lot ({ms} ms), which makes calls choppy.", ms=_ms(stats["jitter_ms"])))
    if status is Status.OK:
        return Result("quality", Status.OK, "", tr("The connection is stable ({ms} ms, no loss).", ms=_ms(stats["avg_ms"])) if not loss else tr("The connection is stable ({ms} ms).", ms=_ms(stats["avg_ms"])), facts)
    # The thresholds are what a video call tolerates, so that is what the user is told it affects.
    facts["reason"] = "loss" if loss >= warn_loss else "latency" if (stats["avg_ms"] or 0) >= latency else "jitter"
    return Result(
        "quality",
        status,
        "",
        tr("The connection works, but not well enough for smooth video calls.") + " " + " ".join(problems),
        facts,
        advice=tr("On Wi-Fi, move closer to the router or use a cable. If it stays, tell your internet provider."),
        help="unstable-connection",
    )


def _ms(value: Any) -> str:
    """A measured time: a router next door answers in microseconds, and "0 ms" would read as "no time at all"."""
    if isinstance(value, (int, float)) and value < 0.05:
        return "<" + _fmt(0.1)
    return _fmt(value)


def _fmt(value: Any) -> str:
    if not isinstance(value, (int, float)):
        return "?"
    text = f"{value:.0f}" if value >= 10 or float(value).is_integer() else f"{value:.1f}"
    return text.replace(".", ",") if language() == "fr" else text  # French writes 0,4 ms

