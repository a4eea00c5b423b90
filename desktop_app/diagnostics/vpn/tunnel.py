"""Is the tunnel alive? WireGuard handshakes and counters around a little traffic, and an MTU black-hole test.

A WireGuard adapter stays "up" when the server is gone: only the latest handshake (and replies that never
come back) tell. Traffic is sent to the policy's probe host first, so an idle but healthy tunnel has just
re-keyed when the second sample is read, and replies that came back prove the tunnel alive whatever the
handshake's age. ``wg`` needs admin rights; without them the interface's own counters (psutil) are sampled
around the same traffic, and the handshake age is reported as unavailable.

Light enough for the background monitor: two counter samples around at most four short pings.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from desktop_app.diagnostics.vpn import common
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import CommandObs, Observations
from desktop_app.system import System

COUNTERS_BEFORE, COUNTERS_AFTER = "vpn.counters.before", "vpn.counters.after"


def probe_target(ctx: Context) -> str | None:
    host = str(ctx.policy.get("vpn", "mtu_probe_host") or "")
    if host:
        return host
    urls = ctx.policy.get("vpn", "intranet_urls")
    return (urlsplit(urls[0]).hostname or None) if urls else None


def _counters() -> dict[str, list[int]]:
    """Bytes and packets sent/received per interface (loopback left out)."""
    import psutil

    return {name: [c.bytes_sent, c.bytes_recv, c.packets_sent, c.packets_recv]
            for name, c in psutil.net_io_counters(pernic=True).items() if name != "lo" and not name.startswith("lo0")}


def collect(system: System, ctx: Context) -> None:
    common.collect_services(system, ctx)
    has_wg = system.which("wg") is not None
    if has_wg:
        system.run(list(common.WG_ARGV), common.CMD_TIMEOUT)  # not cached: the first counter sample
    system.psutil(COUNTERS_BEFORE, _counters)
    target = probe_target(ctx)
    if target:
        small = common.df_ping(system, target, common.SMALL_PAYLOAD)
        if small.ok:
            for payload in common.LARGE_PAYLOADS:
                if common.df_ping(system, target, payload).ok:
                    break
    if has_wg:
        system.run(list(common.WG_ARGV), common.CMD_TIMEOUT)  # second sample, after the traffic
    system.psutil(COUNTERS_AFTER, _counters)
    common.record_now(system, "vpn.now")


def _get(item: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if item.get(key) is not None:
            return item[key]
    return None


def _num(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def wg_peers(text: str, present: set[str] | None = None) -> list[dict[str, Any]]:
    """Peers (interface, public key, endpoint, handshake epoch or age, rx/tx bytes) from ``wg show`` in
    either form (the dump SelfDesk runs, or the human form a technician recorded)."""
    from desktop_app.parsers.vpn import parse_wg_show_any

    peers = []
    for iface in parse_wg_show_any(text):
        if present is not None and str(_get(iface, "interface", "name")) not in present:
            continue
        for peer in iface.get("peers") or []:
            if not isinstance(peer, Mapping):
                continue
            peers.append({
                "interface": str(_get(iface, "interface", "name") or ""),
                "peer": _get(peer, "public_key", "peer", "name"),
                "endpoint": _get(peer, "endpoint"),
                "latest_handshake": _num(_get(peer, "latest_handshake", "latest_handshake_epoch", "handshake")),
                "handshake_age": _num(peer.get("handshake_age_seconds")),
                "rx_bytes": _num(_get(peer, "rx_bytes", "transfer_rx", "rx")),
                "tx_bytes": _num(_get(peer, "tx_bytes", "transfer_tx", "tx")),
            })
    return peers


def _delta(after: Any, before: Any) -> int | None:
    return None if after is None or before is None else after - before


def _age_text(seconds: int) -> str:
    return tr("{seconds} s", seconds=seconds) if seconds < 120 else tr("{minutes} min", minutes=round(seconds / 60))


def _counter_facts(obs: Observations, tunnels: set[str]) -> list[dict[str, Any]]:
    """Per tunnel interface: bytes sent and received between the two samples (psutil, no admin needed)."""
    before, after = obs.value("psutil", COUNTERS_BEFORE), obs.value("psutil", COUNTERS_AFTER)
    if before is None or after is None or not isinstance(before.value, dict) or not isinstance(after.value, dict):
        return []
    out = []
    for name in sorted(tunnels):
        one, two = before.value.get(name), after.value.get(name)
        if not (isinstance(one, list) and isinstance(two, list) and len(one) >= 2 and len(two) >= 2):
            continue
        out.append({"interface": name, "tx_delta": _delta(two[0], one[0]), "rx_delta": _delta(two[1], one[1])})
    return out


def _wg_samples(obs: Observations) -> tuple[list[CommandObs], bool]:
    """The successful ``wg show`` samples, and whether wg was refused for lack of admin rights."""
    from desktop_app.parsers.vpn import wg_permission_denied

    commands = common.wg_commands(obs)
    denied = any(not c.ok and wg_permission_denied(c.stderr + c.stdout) for c in commands)
    return [c for c in commands if c.ok and c.stdout.strip()], denied


def analyze(obs: Observations, ctx: Context) -> Result | None:
    dumps, denied = _wg_samples(obs)
    target = probe_target(ctx)
    tunnels = common.tunnel_interfaces(obs)
    counters = _counter_facts(obs, tunnels)
    if not dumps and not target and not counters:
        return None
    now = common.now_from(obs, "vpn.now")
    max_age = float(ctx.policy.get("vpn", "handshake_max_age"))
    facts: dict[str, Any] = {"handshake_max_age": max_age, "handshake_available": bool(dumps), "counters": counters}
    if denied and not dumps:
        facts["handshake_note"] = "wg needs administrator rights: handshake age unavailable"
    replies = any((c["rx_delta"] or 0) > 0 for c in counters)

    present = common.interface_names(obs)
    before = {(p["interface"], p["peer"]): p for p in wg_peers(dumps[0].stdout, present)} if dumps else {}
    after = wg_peers(dumps[-1].stdout, present) if dumps else []
    peer_facts = []
    dead_reason = None
    for peer in after:
        old = before.get((peer["interface"], peer["peer"]), {})
        handshake = peer["latest_handshake"]
        age = peer["handshake_age"]
        if age is None and handshake and now is not None and handshake > 1:
            age = max(0, int(now - handshake))
        rx_delta = _delta(peer["rx_bytes"], old.get("rx_bytes"))
        tx_delta = _delta(peer["tx_bytes"], old.get("tx_bytes"))
        answered = (rx_delta or 0) > 0 or replies
        peer_facts.append({"interface": peer["interface"], "endpoint": peer["endpoint"], "handshake_age_seconds": age,
                           "handshake_never": handshake == 0, "rx_bytes": peer["rx_bytes"], "tx_bytes": peer["tx_bytes"],
                           "rx_delta": rx_delta, "tx_delta": tx_delta})
        if answered:
            continue  # replies came back during the sample: alive, however old the handshake
        if handshake == 0:
            dead_reason = dead_reason or "handshake_never"
        elif age is not None and age > max_age:
            dead_reason = dead_reason or "handshake_stale"
        elif len(dumps) > 1 and tx_delta and tx_delta > 0 and rx_delta == 0:
            dead_reason = dead_reason or "no_reply"
    facts["peers"] = peer_facts
    if not peer_facts and any((c["tx_delta"] or 0) > 0 and c["rx_delta"] == 0 for c in counters) and not replies:
        dead_reason = "no_reply"  # no wg access: the tunnel's own counters show data out and nothing back

    mtu: dict[str, Any] = {"target": target}
    adapters = common.adapters_from(obs)
    mtu["interface_mtu"] = {name: info.get("mtu") for name, info in adapters.items()}
    if target:
        small = common.df_outcome(obs, target, common.SMALL_PAYLOAD)
        mtu["small_ok"] = None if small is None else small == "ok"
        outcomes = {p + 28: common.df_outcome(obs, target, p) for p in common.LARGE_PAYLOADS}
        tried = {size: outcome for size, outcome in outcomes.items() if outcome is not None}
        mtu["sizes"] = {str(size): outcome for size, outcome in tried.items()}
        passing = [size for size, outcome in tried.items() if outcome == "ok"]
        mtu["largest_ok"] = max(passing) if passing else (common.SMALL_PAYLOAD + 28 if small == "ok" else None)
        # A black hole: small packets pass and a large one vanishes without any "too big" message.
        mtu["blackhole"] = small == "ok" and tried.get(common.LARGE_PAYLOADS[0] + 28) == "lost"
        if small == "lost" and peer_facts and dead_reason is None and all(p["rx_delta"] == 0 for p in peer_facts):
            dead_reason = "no_reply"
    facts["mtu"] = mtu
    facts["dead_reason"] = dead_reason

    if dead_reason:
        ages = [p["handshake_age_seconds"] for p in peer_facts if p["handshake_age_seconds"] is not None]
        summaries = {
            "handshake_never": tr("The VPN tunnel is dead: the VPN server has never answered."),
            "handshake_stale": tr("The VPN tunnel is dead: the last handshake with the VPN server was {age} ago.",
                                  age=_age_text(min(ages)) if ages else "?"),
            "no_reply": tr("The VPN tunnel is dead: data goes out but nothing comes back."),
        }
        return Result("tunnel", Status.FAILED, "", summaries[dead_reason], facts, fixes=("vpn.connect",),
                      advice=tr("Reconnect the VPN. If that does not help, tell IT: the VPN server may be down."), help="vpn-tunnel-dead")
    if mtu.get("blackhole"):
        return Result("tunnel", Status.FAILED, "", tr("Large data packets are lost in the VPN tunnel; small ones pass."), facts,
                      advice=tr("Web pages and file shares may hang. Tell IT: the tunnel needs a smaller MTU (largest that works: {size} bytes).",
                                size=mtu.get("largest_ok") or "?"), help="vpn-mtu")
    if target and mtu.get("small_ok") is False:
        return Result("tunnel", Status.FAILED, "", tr("The company test address does not answer through the VPN."), facts,
                      fixes=("vpn.connect",), advice=tr("Reconnect the VPN, then try again."), help="vpn-tunnel-dead")
    if not peer_facts and mtu.get("small_ok") is None and not replies:
        return None  # nothing was measured that could vouch for the tunnel
    advice = tr("The handshake age needs administrator rights to read; the traffic counters were used instead.") \
        if denied and not dumps else ""
    return Result("tunnel", Status.OK, "", tr("The VPN tunnel carries traffic both ways."), facts, advice=advice)
