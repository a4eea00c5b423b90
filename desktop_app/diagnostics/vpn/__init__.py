"""VPN checks: which VPN (``vpn``), does the company answer (``company``), is the tunnel alive (``tunnel``),
is the clock right (``clock``), and one verdict (``verdict.vpn``)."""

from __future__ import annotations

from desktop_app.diagnostics.vpn import clock, company, services, tunnel, verdict
from desktop_app.i18n import N_
from desktop_app.model import Check, Verdict

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
