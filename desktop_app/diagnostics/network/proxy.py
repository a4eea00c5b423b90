"""The web proxy the computer is set to use, and whether it answers."""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import urlsplit

from desktop_app import probes
from desktop_app.diagnostics.network.common import probe_timeout, record_of
from desktop_app.i18n import tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

_ENV = ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY")
_REG_SERVER = re.compile(r"ProxyServer\s+REG_SZ\s+(\S+)", re.IGNORECASE)
_REG_ENABLE = re.compile(r"ProxyEnable\s+REG_DWORD\s+0x([0-9a-f]+)", re.IGNORECASE)
_SCUTIL = re.compile(r"^\s*(HTTPS?)(Enable|Proxy|Port)\s*:\s*(\S+)", re.MULTILINE)


def _env() -> dict[str, str]:
    return {k: v for k in _ENV if (v := os.environ.get(k))}


def collect(system: System, ctx: Context) -> None:
    env = system.observe("probe", "proxy_env", _env)
    seen: list[dict[str, Any]] = [{"kind": "probe", "name": "proxy_env", "value": env.value}]
    if system.platform == "windows":
        seen.append(record_of(system.run(["reg", "query", r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"], timeout=10, cache=True)))
    elif system.platform == "macos":
        seen.append(record_of(system.run(["scutil", "--proxy"], timeout=10, cache=True)))
    proxy = configured_proxy(Observations(seen))
    if proxy is not None:
        probes.tcp_connect(system, proxy[0], proxy[1], timeout=probe_timeout(ctx))


def configured_proxy(obs: Observations) -> tuple[str, int] | None:
    found = _proxy_text(obs)
    if not found:
        return None
    text = found if "://" in found else f"http://{found}"
    try:
        parts = urlsplit(text)
        if parts.hostname:
            return parts.hostname, parts.port or 8080
    except ValueError:
        pass
    return None


def _proxy_text(obs: Observations) -> str | None:
    env = obs.value("probe", "proxy_env")
    if env is not None and isinstance(env.value, dict):
        for key in _ENV:
            if env.value.get(key):
                return str(env.value[key])
    reg = obs.command("reg", "query")
    if reg is not None and reg.ok:
        enabled = _REG_ENABLE.search(reg.stdout)
        server = _REG_SERVER.search(reg.stdout)
        if enabled and int(enabled.group(1), 16) and server:
            value = server.group(1)
            if "=" in value:  # "http=host:port;https=host:port"
                parts = dict(p.split("=", 1) for p in value.split(";") if "=" in p)
                value = parts.get("https") or parts.get("http") or next(iter(parts.values()), "")
            return value or None
    scutil = obs.command("scutil", "--proxy")
    if scutil is not None and scutil.ok:
        fields: dict[str, dict[str, str]] = {}
        for scheme, kind, value in _SCUTIL.findall(scutil.stdout):
            fields.setdefault(scheme.upper(), {})[kind] = value
        for scheme in ("HTTPS", "HTTP"):
            item = fields.get(scheme, {})
            if item.get("Enable") == "1" and item.get("Proxy"):
                return f"{item['Proxy']}:{item.get('Port', '8080')}"
    return None


def analyze(obs: Observations, ctx: Context) -> Result | None:
    if obs.value("probe", "proxy_env") is None and obs.command("reg", "query") is None and obs.command("scutil", "--proxy") is None:
        return None
    proxy = configured_proxy(obs)
    if proxy is None:
        return Result("proxy", Status.OK, "", tr("No web proxy is set; connections go out directly."), {"proxy": None})
    host, port = proxy
    facts: dict[str, Any] = {"proxy": f"{host}:{port}"}
    probe = obs.value("probe", f"tcp:{host}:{port}")
    value = probe.value if probe is not None and isinstance(probe.value, dict) else None
    if value is None:
        return Result("proxy", Status.OK, "", tr("A web proxy is set ({proxy}).", proxy=facts["proxy"]), facts)
    facts.update(connected=value.get("connected"), error=value.get("error"))
    if value.get("connected"):
        return Result("proxy", Status.OK, "", tr("The web proxy {proxy} answers.", proxy=facts["proxy"]), facts)
    facts["reason"] = "proxy_unreachable"
    return Result(
        "proxy",
        Status.FAILED,
        "",
        tr("Your computer is set to use the web proxy {proxy}, which does not answer.", proxy=facts["proxy"]),
        facts,
        advice=tr("If you are not on the company network, this setting may block websites: tell IT."),
        help="proxy-unreachable",
    )
