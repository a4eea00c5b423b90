"""Network fixes: flush the DNS cache, renew the address (DHCP), turn Wi-Fi off and on, open the sign-in
page of a captive portal.

Interface names are never typed by the user: actions re-observe the network through the seam (the same
collectors as the checks) and act on what that recording shows. The portal URL comes only from the observed
redirect of a policy check URL, or from the policy itself; it is passed as one argv item to a fixed opener.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app import probes
from desktop_app.diagnostics.network import ipconfig as ipdiag
from desktop_app.diagnostics.network import wifi as wifidiag
from desktop_app.diagnostics.network.common import check_urls, probe_timeout, record_of
from desktop_app.fixes.elevation import elevated_argv, is_admin
from desktop_app.i18n import N_
from desktop_app.model import Context, Fix, Step
from desktop_app.observations import Observations
from desktop_app.parsers.common import split_terse
from desktop_app.system import System

DNS_FLUSH = {
    "windows": (("ipconfig", "/flushdns"),),
    "macos": (("dscacheutil", "-flushcache"), ("killall", "-HUP", "mDNSResponder")),
}
# Linux has no single DNS cache: systemd-resolved (resolvectl, or systemd-resolve before systemd 239) and/or
# nscd. Each one present is cleared; nscd runs as root.
LINUX_DNS_CACHES = ((("resolvectl", "flush-caches"), ("systemd-resolve", "--flush-caches")), (("nscd", "-i", "hosts"),))
OPENER = {"linux": ("xdg-open",), "macos": ("open",), "windows": ("rundll32", "url.dll,FileProtocolHandler")}


def _run(system: System, ctx: Context, argv: Sequence[str], *, admin: bool = False, timeout: float = 60) -> dict[str, Any]:
    command = list(argv)
    if admin and not is_admin(ctx.platform):
        command = elevated_argv(command, ctx.platform)
    result = system.run(command, timeout)
    ok = result.error is None and result.returncode == 0
    return {"argv": command, "ok": ok, "error": None if ok else (result.error or (result.stderr or result.stdout).strip()[:300] or f"exit code {result.returncode}")}


def _plans(plan: list[list[str]], system: System, ctx: Context, dry_run: bool, admin: bool = False) -> dict[str, Any]:
    if dry_run:
        return {"would_run": plan}
    runs = []
    for argv in plan:
        outcome = _run(system, ctx, argv, admin=admin)
        runs.append(outcome)
        if not outcome["ok"]:
            return {"ran": runs, "error": outcome["error"]}
    return {"ran": runs}


# -- interface discovery (recorded through the seam) ---------------------------------------------------------
def default_interface(system: System) -> str | None:
    routes = ipdiag.default_routes(Observations([record_of(ipdiag.collect_routes(system))]))
    for route in routes:
        if route.get("dev"):
            return str(route["dev"])
    return None


def wifi_interface(system: System, ctx: Context) -> str | None:
    before = len(system.observations)
    wifidiag.collect(system, ctx)
    links, _ = wifidiag.links_from(Observations(system.observations[before:]))
    link = next((item for item in links if item.get("connected")), links[0] if links else None)
    return str(link["interface"]) if link and link.get("interface") else None


# -- flush DNS --------------------------------------------------------------------------------------------------
def _flush_linux(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    plan: list[list[str]] = []
    for alternatives in LINUX_DNS_CACHES:
        found = next((list(argv) for argv in alternatives if system.which(argv[0])), None)
        if found is not None:
            plan.append(found)
    if not plan:
        return {"skipped": "no DNS cache on this computer (neither systemd-resolved nor nscd): nothing to clear"}
    key = "would_run" if dry_run else "ran"
    out: dict[str, Any] = {key: []}
    for argv in plan:
        details = _plans([argv], system, ctx, dry_run, admin=argv[0] == "nscd")
        out[key] += details.get(key, [])
        if details.get("error"):
            out["error"] = details["error"]
            break
    return out


def _flush_plan(ctx: Context) -> list[Step]:
    if ctx.platform == "linux":
        return [Step(N_("Clear the name lookup (DNS) cache"), action=_flush_linux, timeout=30)]
    steps = DNS_FLUSH.get(ctx.platform, ())
    return [Step(N_("Clear the name lookup (DNS) cache"), argv=argv, admin=ctx.platform == "macos", timeout=30) for argv in steps]


# -- renew DHCP -------------------------------------------------------------------------------------------------
def active_connection(system: System, device: str) -> str | None:
    """The UUID of the NetworkManager connection active on ``device`` (observed through the seam)."""
    listing = system.run(["nmcli", "-t", "-f", "UUID,DEVICE", "connection", "show", "--active"], timeout=10)
    if not listing.ok:
        return None
    for line in listing.stdout.splitlines():
        fields = split_terse(line.strip())
        if len(fields) == 2 and fields[1] == device and fields[0]:
            return fields[0]
    return None


def _linux_renew_plan(system: System, iface: str) -> tuple[list[list[str]], bool, str] | None:
    """(argv list, needs root, how). NetworkManager: take the connection down and up again, which makes a new
    DHCP request ("nmcli device reapply" only re-applies settings and keeps the lease). Without it: dhclient
    releases the lease and asks once for a new one."""
    if system.which("nmcli"):
        uuid = active_connection(system, iface)
        if uuid:
            return [["nmcli", "connection", "down", "uuid", uuid], ["nmcli", "connection", "up", "uuid", uuid]], False, "networkmanager"
    if system.which("dhclient"):
        return [["dhclient", "-r", iface], ["dhclient", "-1", iface]], True, "dhclient"
    return None


def _renew(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    iface = default_interface(system) if ctx.platform != "windows" else None
    if ctx.platform == "windows":
        plan, admin, how = [["ipconfig", "/release"], ["ipconfig", "/renew"]], True, "ipconfig"
    elif ctx.platform == "macos":
        iface = iface or wifi_interface(system, ctx) or "en0"
        plan, admin, how = [["ipconfig", "set", iface, "DHCP"]], True, "ipconfig"
    else:
        if iface is None:
            iface = wifi_interface(system, ctx)
        if iface is None:
            return {"error": "no network interface found to renew"}
        found = _linux_renew_plan(system, iface)
        if found is None:
            return {"error": f"cannot renew the address of {iface}: neither NetworkManager (nmcli) nor dhclient is installed"}
        plan, admin, how = found
    # Windows asks for elevation to release/renew; macOS needs root for `ipconfig set`; dhclient needs root
    details = _plans(plan, system, ctx, dry_run, admin=admin)
    details.update(interface=iface, method=how)
    return details


def _renew_plan(ctx: Context) -> list[Step]:
    description = N_("Ask the router for a new network address")
    if ctx.platform == "linux":
        # nmcli needs no rights; the dhclient fallback asks for them through the OS prompt (pkexec)
        description = N_("Ask the router for a new network address (NetworkManager, or dhclient as administrator)")
    return [Step(description, action=_renew, admin=ctx.platform in ("windows", "macos"), timeout=60)]


# -- Wi-Fi off and on ---------------------------------------------------------------------------------------------
def _wifi_cycle(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    if ctx.platform == "linux":
        plan = [["nmcli", "radio", "wifi", "off"], ["nmcli", "radio", "wifi", "on"]]
        return _plans(plan, system, ctx, dry_run)
    iface = wifi_interface(system, ctx)
    if ctx.platform == "macos":
        iface = iface or "en0"
        plan = [["networksetup", "-setairportpower", iface, "off"], ["networksetup", "-setairportpower", iface, "on"]]
        details = _plans(plan, system, ctx, dry_run)
    else:
        if iface is None:
            return {"error": "no Wi-Fi interface found"}
        plan = [["netsh", "interface", "set", "interface", f"name={iface}", "admin=disabled"], ["netsh", "interface", "set", "interface", f"name={iface}", "admin=enabled"]]
        details = _plans(plan, system, ctx, dry_run, admin=True)
    details["interface"] = iface
    return details


def _wifi_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Turn Wi-Fi off and on again"), action=_wifi_cycle, admin=ctx.platform == "windows", timeout=60)]


# -- captive portal -------------------------------------------------------------------------------------------------
def portal_url(system: System, ctx: Context) -> str | None:
    """The sign-in page: where a policy check URL redirects now, else the check URL itself (the browser follows)."""
    urls = [u["url"] for u in check_urls(ctx)]
    for url in urls:
        seen = probes.http_check(system, url, timeout=probe_timeout(ctx))
        value = seen.value if isinstance(seen.value, dict) else {}
        location = str(value.get("location") or "")
        if location.startswith(("http://", "https://")):
            return location
    for url in urls:
        if url.startswith("http://"):
            return url  # plain HTTP so the portal can intercept it
    return None


def _open_portal(system: System, ctx: Context, dry_run: bool) -> dict[str, Any]:
    url = portal_url(system, ctx)
    if url is None:
        return {"error": "no sign-in page found"}
    argv = [*OPENER.get(ctx.platform, OPENER["linux"]), url]
    if dry_run:
        return {"would_run": [argv], "url": url}
    result = system.run(argv, 20)
    ok = result.error is None and result.returncode == 0
    return {"ran": [argv], "url": url, "error": None if ok else (result.error or f"exit code {result.returncode}")}


def _portal_plan(ctx: Context) -> list[Step]:
    return [Step(N_("Open the network's sign-in page in your browser"), action=_open_portal, timeout=30)]


# needs_admin: some platform's steps elevate (flush: macOS, and nscd on Linux; renew: Windows, macOS, and the
# dhclient fallback on Linux; Wi-Fi: Windows). The flag is per fix, so it is set when any platform elevates.
FIXES: tuple[Fix, ...] = (
    Fix(
        id="network.flush_dns",
        area="network",
        title=N_("Clear the DNS cache"),
        changes=N_("Forgets remembered website addresses so they are looked up again."),
        plan=_flush_plan,
        needs_admin=True,
        verify=("dns",),
    ),
    Fix(
        id="network.renew_dhcp",
        area="network",
        title=N_("Renew the network address"),
        changes=N_("Asks the router for a new address; the connection drops for a few seconds."),
        plan=_renew_plan,
        needs_admin=True,
        verify=("network", "gateway", "dns"),
    ),
    Fix(
        id="network.wifi_restart",
        area="network",
        title=N_("Turn Wi-Fi off and on"),
        changes=N_("Switches Wi-Fi off and back on; the connection drops for a few seconds."),
        plan=_wifi_plan,
        needs_admin=True,
        verify=("wifi", "network"),
    ),
    Fix(
        id="network.open_portal",
        area="network",
        title=N_("Open the Wi-Fi sign-in page"),
        changes=N_("Opens the network's sign-in page in your web browser."),
        plan=_portal_plan,
        verify=("internet",),
    ),
)
