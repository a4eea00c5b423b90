"""VPN checks: which VPN (``vpn``), does the company answer (``company``), is the tunnel alive (``tunnel``),
is the clock right (``clock``), and one verdict (``verdict.vpn``)."""

from __future__ import annotations

from desktop_app.diagnostics.vpn import clock, company, services, tunnel, verdict
from desktop_app.i18n import N_
from desktop_app.model import Check, Verdict
from desktop_app.redaction.checks import CheckPattern

CHECKS: tuple[Check, ...] = (
    Check(id="vpn", area="vpn", title=N_("VPN connection"), collect=services.collect, analyze=services.analyze,
          timeout=20, monitor=True, fixes=("vpn.connect", "vpn.reconnect_command")),
    Check(id="company", area="vpn", title=N_("Company network"), collect=company.collect, analyze=company.analyze,
          timeout=30, fixes=("vpn.connect", "vpn.flush_dns")),
    Check(id="tunnel", area="vpn", title=N_("VPN tunnel health"), collect=tunnel.collect, analyze=tunnel.analyze,
          timeout=30, monitor=True, fixes=("vpn.connect",)),
    Check(id="clock", area="vpn", title=N_("Clock"), collect=clock.collect, analyze=clock.analyze,
          timeout=15, fixes=("vpn.clock_sync",)),
)
VERDICTS: tuple[Verdict, ...] = (verdict.VERDICT,)


# Bundle redaction, layer 2: server addresses, VPN accounts and WireGuard keys in these commands' outputs.
_PS = ("powershell", "pwsh")
REDACT = (
    # Get-VpnConnection, as a list or as JSON
    CheckPattern("vpn-server", r"^[ \t]*ServerAddress[ \t]*:[ \t]*(?P<v>\S+)[ \t]*\r?$", programs=_PS),
    CheckPattern("vpn-server", r'"ServerAddress"\s*:\s*"(?P<v>[^"]+)"', programs=_PS),
    CheckPattern("user", r'"(?:UserName|AuthName|EapUserName)"\s*:\s*"(?P<v>[^"]+)"', programs=_PS),
    # scutil --nc show / status: the account and the server
    CheckPattern("user", r"^[ \t]*(?:AuthName|UserName|Account|AuthUserName)[ \t]*:[ \t]*(?P<v>\S+)", programs=("scutil",)),
    CheckPattern("vpn-server", r"^[ \t]*(?:RemoteAddress|CommRemoteAddress|ServerAddress)[ \t]*:[ \t]*(?P<v>\S+)", programs=("scutil",)),
    # wg show all dump: an interface line carries its private key, a peer line its pre-shared key
    CheckPattern("private-key", r"^[^\t\n]+\t(?P<v>[A-Za-z0-9+/]{42,43}=)\t(?:[A-Za-z0-9+/]{42,43}=|\(none\))\t\d+\t", programs=("wg",)),
    CheckPattern("token", r"^[^\t\n]+\t[A-Za-z0-9+/]{42,43}=\t(?P<v>[A-Za-z0-9+/]{42,43}=)\t(?:\(none\)|[^\t\n]*:\d+)\t", programs=("wg",)),
)
