"""VPN service parsers (signatures first; filled in below)."""

from __future__ import annotations

from typing import Any


def parse_scutil_nc_list(text: Any) -> list[dict[str, Any]]:
    return []


def parse_scutil_nc_status(text: Any) -> list[dict[str, Any]]:
    return []


def parse_get_vpnconnection(text: Any) -> list[dict[str, Any]]:
    return []


def parse_nmcli_active(text: Any) -> list[dict[str, Any]]:
    return []


def parse_wg_show_dump(text: Any) -> list[dict[str, Any]]:
    return []


def parse_wg_show(text: Any) -> list[dict[str, Any]]:
    return []
