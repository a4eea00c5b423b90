"""IP configuration parsers (signatures first; filled in below)."""

from __future__ import annotations

from typing import Any


def parse_ipconfig_all(text: Any) -> list[dict[str, Any]]:
    return []


def parse_ip_addr_json(text: Any) -> list[dict[str, Any]]:
    return []


def parse_ip_route_json(text: Any) -> list[dict[str, Any]]:
    return []


def parse_resolv_conf(text: Any) -> list[str]:
    return []


def parse_nmcli_device_show(text: Any) -> list[dict[str, Any]]:
    return []


def parse_scutil_dns(text: Any) -> list[str]:
    return []


def parse_netstat_routes(text: Any) -> list[dict[str, Any]]:
    return []
