"""Network checks: Wi-Fi link, IP configuration, router, DNS, internet/captive portal, quality, speed, proxy.

Ids follow the GUIDE prefix rule: only the Wi-Fi link starts with "wifi", only IP configuration with
"network". The verdict "verdict.network" names the first layer that fails.
"""

from __future__ import annotations

from desktop_app.diagnostics.network import ipconfig, proxy, reach, throughput, verdict, wifi
from desktop_app.i18n import N_
from desktop_app.model import Check, Verdict

CHECKS: tuple[Check, ...] = (
    Check(id="wifi", area="network", title=N_("Wi-Fi"), collect=wifi.collect, analyze=wifi.analyze, timeout=25, monitor=True, fixes=("network.wifi_restart",)),
    Check(id="network", area="network", title=N_("Network connection"), collect=ipconfig.collect, analyze=ipconfig.analyze, timeout=20, monitor=True, fixes=("network.renew_dhcp",)),
    Check(id="gateway", area="network", title=N_("Router"), collect=reach.collect_gateway, analyze=reach.analyze_gateway, timeout=15, monitor=True),
    Check(id="dns", area="network", title=N_("Name lookup (DNS)"), collect=reach.collect_dns, analyze=reach.analyze_dns, timeout=15, monitor=True, fixes=("network.flush_dns",)),
    Check(id="internet", area="network", title=N_("Internet access"), collect=reach.collect_internet, analyze=reach.analyze_internet, timeout=20, monitor=True, fixes=("network.open_portal",)),
    Check(id="quality", area="network", title=N_("Connection quality"), collect=reach.collect_quality, analyze=reach.analyze_quality, timeout=20),
    Check(id="proxy", area="network", title=N_("Web proxy"), collect=proxy.collect, analyze=proxy.analyze, timeout=15),
    Check(id="throughput", area="network", title=N_("Connection speed"), collect=throughput.collect, analyze=throughput.analyze, timeout=throughput.TIMEOUT + 10, on_demand=True),
)
VERDICTS: tuple[Verdict, ...] = verdict.VERDICTS
