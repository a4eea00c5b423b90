"""Every policy key SelfDesk understands: type, default, and whether it is privileged.

A privileged key decides what runs, where data goes or where the user is sent (fix commands, reconnect
commands, helpdesk endpoints and contacts, every URL or host the app probes or opens, redaction relaxations,
the onboarding list). It is taken only from the built-in defaults, the system-wide policy (deployed by MDM/GPO,
file or managed text) or a ``--policy`` file that only administrators can change; never from a file the user
can write. Numbers may carry bounds (``low``, ``high``): outside them, or not finite, a value is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Key:
    type: type | tuple[type, ...]
    default: Any
    privileged: bool = False
    item: type | dict[str, Key] | None = None  # element type (or table schema) for lists
    doc: str = ""
    choices: tuple[str, ...] = ()  # the only values a string key accepts (compared ignoring case)
    low: float | None = None  # bounds of a number (inclusive): a negative deadline would cut every check at once
    high: float | None = None


NUMBER = (int, float)

SECTIONS: dict[str, dict[str, Key]] = {
    "preferences": {
        # The only section a user file may set.
        "language": Key(str, "auto", doc="auto (follow the OS), en or fr", choices=("auto", "en", "fr")),
        "notifications": Key(bool, True, doc="show notifications when a state gets worse"),
        "snooze_until": Key(str, "", doc="ISO timestamp until which notifications are silent"),
    },
    "branding": {
        "app_name": Key(str, "SelfDesk"),
        "organisation": Key(str, ""),
        "logo": Key(str, "", doc="path to a PNG/SVG logo"),
        "accent_color": Key(str, "#2563EB"),
    },
    "helpdesk": {
        "backend": Key(str, "none", privileged=True, doc="none, email, rt, zammad, glpi, topdesk, jira, servicenow, freshservice, webhook",
                       choices=("none", "email", "rt", "zammad", "glpi", "topdesk", "jira", "servicenow", "freshservice", "webhook")),
        "url": Key(str, "", privileged=True),
        "queue": Key(str, "", privileged=True),
        "username": Key(str, "", privileged=True, doc="account name; the secret lives in the OS keyring"),
        "allow_http": Key(bool, False, privileged=True),
        "max_attachment_mb": Key(NUMBER, 5, privileged=True, low=0.1),
        "smtp_host": Key(str, "", privileged=True),
        "smtp_port": Key(int, 587, privileged=True, low=1, high=65535),
        "smtp_security": Key(str, "starttls", privileged=True, doc="starttls, tls or none", choices=("starttls", "tls", "none")),
        "mail_to": Key(str, "", privileged=True),
        "mail_from": Key(str, "", privileged=True),
        "options": Key(dict, {}, privileged=True, doc="backend-specific settings (timeout, custom_field, service_desk_id, app_token...; see docs/helpdesk.md)"),
        # Where the app sends the user: a user-writable file must not turn "reset your password" or
        # "call the helpdesk" into a phishing page or a scammer's number.
        "contact_email": Key(str, "", privileged=True),
        "phone": Key(str, "", privileged=True),
        "chat_url": Key(str, "", privileged=True),
        "portal_url": Key(str, "", privileged=True),
        "hours": Key(str, ""),
        "knowledge_base_url": Key(str, "", privileged=True),
        "password_reset_url": Key(str, "", privileged=True),
    },
    "checks": {
        "disabled": Key(list, [], item=str, doc="check ids never run"),
        "deadline_seconds": Key(NUMBER, 60, doc="the whole sweep is cut at this deadline", low=1),
    },
    "fixes": {
        "enabled": Key(list, ["*"], privileged=True, item=str, doc="fix ids allowed; '*' for all built-in fixes"),
        "disabled": Key(list, [], privileged=True, item=str),
    },
    "network": {
        "dns_names": Key(list, ["example.com"], item=str, doc="names that must resolve"),
        "check_urls": Key(
            list,
            [{"url": "http://connectivitycheck.gstatic.com/generate_204", "status": 204, "body": ""}],
            privileged=True,
            item={"url": Key(str, ""), "status": Key(int, 200), "body": Key(str, "")},
            doc="HTTP checks with the expected status and body (captive portal detection; the portal fix opens them)",
        ),
        "internet_ips": Key(list, ["1.1.1.1:443", "8.8.8.8:53"], privileged=True, item=str,
                            doc="address:port pairs reached by TCP without DNS, to tell an internet outage from a DNS one"),
        "quality_target": Key(str, "", privileged=True, doc="host for latency/jitter/loss; default: the first check URL's host"),
        "quality_count": Key(int, 10, low=1, high=1000),
        "wifi_weak_percent": Key(int, 40, low=0, high=100),
        "wifi_unusable_percent": Key(int, 20, low=0, high=100),
        "speedtest_server": Key(str, "", doc="speedtest.net server id, or empty for the nearest"),
        "speedtest_url": Key(str, "", privileged=True, doc="a company-hosted speedtest server (mini URL)"),
        "probe_timeout": Key(NUMBER, 3.0, low=0.1),
        "loss_warn_percent": Key(NUMBER, 5, doc="packet loss (quality check) that warns", low=0, high=100),
        "loss_fail_percent": Key(NUMBER, 20, doc="packet loss (quality check) that fails", low=0, high=100),
        "latency_warn_ms": Key(NUMBER, 150, low=0),
        "jitter_warn_ms": Key(NUMBER, 30, low=0),
        "min_download_mbps": Key(NUMBER, 5, doc="speed test download below this warns", low=0),
    },
    "vpn": {
        "internal_names": Key(list, [], item=str, doc="company names that must resolve through the VPN"),
        "expected_ranges": Key(list, [], item=str, doc="CIDR ranges internal names must resolve into"),
        "intranet_urls": Key(list, [], privileged=True, item=str, doc="HTTPS URLs that must answer through the VPN"),
        "company_subnets": Key(list, [], item=str, doc="CIDRs that must route through the tunnel"),
        "tunnel": Key(str, "split", doc="split or full", choices=("split", "full")),
        "handshake_max_age": Key(NUMBER, 180, doc="seconds before a WireGuard handshake counts as stale", low=0),
        "mtu_probe_host": Key(str, "", privileged=True),
        "clock_url": Key(str, "", privileged=True, doc="a trusted HTTPS URL whose Date header is the reference clock"),
        "max_clock_skew": Key(NUMBER, 120, low=0),
        "reconnect_command": Key(list, [], privileged=True, item=str, doc="fixed argument list for the company client"),
        "connection_name": Key(str, "", privileged=True, doc="the VPN connection the connect fix brings up"),
    },
    "disk": {
        "warn_percent": Key(NUMBER, 85, low=0, high=100),
        "fail_percent": Key(NUMBER, 95, low=0, high=100),
        "warn_free_gb": Key(NUMBER, 10, low=0),
        "fail_free_gb": Key(NUMBER, 2, low=0),
        "downloads_age_days": Key(int, 90, low=0),
        "top_folders": Key(int, 10, low=1, high=1000),
        "scan_budget_seconds": Key(NUMBER, 5, low=0.1),
        "temp_min_age_hours": Key(NUMBER, 24, doc="temporary files younger than this are left alone (a program may use them)", low=0),
    },
    "printers": {
        "stuck_job_minutes": Key(NUMBER, 30, low=0),
        "required": Key(
            list,
            [],
            privileged=True,
            item={"name": Key(str, ""), "uri": Key(str, ""), "driver": Key(str, ""), "default": Key(bool, False)},
            doc="printers that must exist (onboarding) and that the add-printer fix may install",
        ),
    },
    "monitor": {
        "enabled": Key(bool, True),
        "interval_seconds": Key(NUMBER, 300, low=1),
        "notify_every_minutes": Key(NUMBER, 60, doc="at most one notification per problem per this many minutes", low=0),
    },
    "redaction": {
        "keep_domains": Key(list, [], privileged=True, item=str, doc="e-mail domains left readable"),
        "ssids": Key(bool, True, privileged=True, doc="pseudonymise Wi-Fi network names"),
        "hostnames": Key(bool, True, privileged=True),
        "macs": Key(bool, True, privileged=True),
        "public_ips": Key(bool, True, privileged=True),
    },
    "onboarding": {
        "items": Key(list, [], privileged=True, item=dict, doc="the first-day checklist (see docs/onboarding.md)"),
        "roles": Key((list, dict), [], privileged=True,
                     doc="[[onboarding.roles]] tables {name, groups, items} (a role applies when the user is in one of its groups)"),
        "report_to_it": Key(str, "never", privileged=True, doc="never, on_failure, always or on_completion (each distinct outcome once)",
                            choices=("never", "on_failure", "always", "on_completion")),
    },
}
