"""The web proxy the computer is set to use, where each setting comes from, and whether it answers.

Sources: environment variables (``https_proxy``, ``no_proxy``...; command-line tools), Windows user settings
(registry: manual proxy, PAC ``AutoConfigURL``, WPAD ``AutoDetect``, ``ProxyOverride``) and WinHTTP (``netsh
winhttp show proxy``; system services and updates), macOS ``scutil --proxy`` (manual, PAC, auto-discovery,
exceptions), GNOME ``gsettings org.gnome.system.proxy`` (mode, autoconfig-url, hosts, ignore-hosts).
A manual proxy is reached by TCP; a PAC file is downloaded.
"""

from __future__ import annotations

import ast
import os
import re
from typing import Any
from urllib.parse import urlsplit

from desktop_app import probes
from desktop_app.diagnostics.network.common import as_list, probe_timeout, record_of
from desktop_app.i18n import N_, tr
from desktop_app.model import Context, Result, Status
from desktop_app.observations import Observations
from desktop_app.system import System

_PROXY_ENV = ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY")
_ENV = (*_PROXY_ENV, "no_proxy", "NO_PROXY")
REG_KEY = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"
GNOME_KEYS = (
    ("org.gnome.system.proxy", "mode"),
    ("org.gnome.system.proxy", "autoconfig-url"),
    ("org.gnome.system.proxy", "ignore-hosts"),
    ("org.gnome.system.proxy.http", "host"),
    ("org.gnome.system.proxy.http", "port"),
    ("org.gnome.system.proxy.https", "host"),
    ("org.gnome.system.proxy.https", "port"),
)  # key by key: "list-recursively" would also record the proxy password
SOURCE_NAMES = {
    "environment": N_("environment variables"),
    "windows": N_("Windows proxy settings"),
    "winhttp": N_("WinHTTP (Windows services)"),
    "macos": N_("macOS network settings"),
    "gnome": N_("GNOME settings"),
}
_REG_VALUE = re.compile(r"^\s*(\w+)\s+REG_(?:SZ|DWORD|EXPAND_SZ)\s+(.*?)\s*$", re.MULTILINE)
_SCUTIL = re.compile(r"^\s*([A-Za-z]+)\s*:\s*(\S+)\s*$", re.MULTILINE)


def _env() -> dict[str, str]:
    return {k: v for k in _ENV if (v := os.environ.get(k))}


def collect(system: System, ctx: Context) -> None:
    env = system.observe("probe", "proxy_env", _env)
    seen: list[dict[str, Any]] = [{"kind": "probe", "name": "proxy_env", "value": env.value}]
    if system.platform == "windows":
        seen.append(record_of(system.run(["reg", "query", REG_KEY], timeout=10, cache=True)))
        seen.append(record_of(system.run(["netsh", "winhttp", "show", "proxy"], timeout=10, cache=True)))
    elif system.platform == "macos":
        seen.append(record_of(system.run(["scutil", "--proxy"], timeout=10, cache=True)))
    elif system.which("gsettings"):
        for schema, key in GNOME_KEYS:
            seen.append(record_of(system.run(["gsettings", "get", schema, key], timeout=5, cache=True)))
    settings = proxy_settings(Observations(seen))
    manual = effective_proxy(settings)
    timeout = probe_timeout(ctx)
    if manual is not None:
        probes.tcp_connect(system, manual[0], manual[1], timeout=timeout)
    pac = next((s["pac_url"] for s in settings if s.get("pac_url")), None)
    if pac and urlsplit(pac).scheme in ("http", "https"):
        probes.http_check(system, pac, timeout=timeout, follow_redirects=True)


# -- reading the settings (pure) ------------------------------------------------------------------------------
def _setting(source: str, mode: str, proxy: str | None = None, pac_url: str | None = None, no_proxy: list[str] | None = None) -> dict[str, Any]:
    return {"source": source, "mode": mode, "proxy": proxy, "pac_url": pac_url, "no_proxy": no_proxy or []}


def _split_list(text: str, separators: str = ",;") -> list[str]:
    return [item.strip() for item in re.split(f"[{re.escape(separators)}]", text) if item.strip()]


def _from_env(value: Any) -> list[dict[str, Any]]:
    if not isinstance(value, dict):
        return []
    no_proxy = _split_list(str(value.get("no_proxy") or value.get("NO_PROXY") or ""))
    proxy = next((str(value[k]) for k in _PROXY_ENV if value.get(k)), None)
    if proxy:
        return [_setting("environment", "manual", proxy=proxy, no_proxy=no_proxy)]
    return [_setting("environment", "none", no_proxy=no_proxy)] if no_proxy else []


def _from_registry(text: str) -> list[dict[str, Any]]:
    values = {name.lower(): value for name, value in _REG_VALUE.findall(text)}

    def flag(name: str) -> bool:
        raw = values.get(name, "")
        try:
            return int(raw, 16) != 0 if raw.lower().startswith("0x") else raw.strip() not in ("", "0")
        except ValueError:
            return False

    no_proxy = _split_list(values.get("proxyoverride", ""), ";")
    out = []
    server = values.get("proxyserver", "")
    if flag("proxyenable") and server:
        if "=" in server:  # "http=host:port;https=host:port"
            parts = dict(p.split("=", 1) for p in server.split(";") if "=" in p)
            server = parts.get("https") or parts.get("http") or next(iter(parts.values()), "")
        out.append(_setting("windows", "manual", proxy=server or None, no_proxy=no_proxy))
    pac = values.get("autoconfigurl", "")
    if pac and not pac.startswith("("):  # "(value not set)"
        out.append(_setting("windows", "pac", pac_url=pac, no_proxy=no_proxy))
    if flag("autodetect"):
        out.append(_setting("windows", "auto_detect", no_proxy=no_proxy))
    return out or [_setting("windows", "none", no_proxy=no_proxy)]


def parse_winhttp(text: str) -> dict[str, Any] | None:
    """``netsh winhttp show proxy``: the proxy and bypass list, or direct access. None when not understood."""
    proxy = bypass = None
    for line in text.splitlines():
        if ":" not in line:
            continue
        label, _, value = line.partition(":")
        folded = label.strip().casefold()
        if "proxy" in folded and ("server" in folded or "serveur" in folded):
            proxy = value.strip() or None
        elif "bypass" in folded or "contourn" in folded or "umgehung" in folded:
            bypass = value.strip()
    if proxy:
        no_proxy = [] if not bypass or bypass.strip("()").casefold() in ("none", "aucun", "keine") else _split_list(bypass, ";")
        return _setting("winhttp", "manual", proxy=proxy, no_proxy=no_proxy)
    if re.search(r"direct access|accès direct|acces direct|direktzugriff|acceso directo|accesso diretto", text, re.IGNORECASE):
        return _setting("winhttp", "none")
    return None


def _from_scutil(text: str) -> list[dict[str, Any]]:
    values = dict(_SCUTIL.findall(text))
    exceptions = re.search(r"ExceptionsList\s*:\s*<array>\s*\{(.*?)\}", text, re.DOTALL)
    no_proxy = re.findall(r"^\s*\d+\s*:\s*(\S+)", exceptions.group(1), re.MULTILINE) if exceptions else []
    out = []
    for scheme in ("HTTPS", "HTTP"):
        if values.get(f"{scheme}Enable") == "1" and values.get(f"{scheme}Proxy"):
            out.append(_setting("macos", "manual", proxy=f"{values[f'{scheme}Proxy']}:{values.get(f'{scheme}Port', '8080')}", no_proxy=no_proxy))
            break
    if values.get("ProxyAutoConfigEnable") == "1" and values.get("ProxyAutoConfigURLString"):
        out.append(_setting("macos", "pac", pac_url=values["ProxyAutoConfigURLString"], no_proxy=no_proxy))
    if values.get("ProxyAutoDiscoveryEnable") == "1":
        out.append(_setting("macos", "auto_detect", no_proxy=no_proxy))
    return out or [_setting("macos", "none", no_proxy=no_proxy)]


def _gvariant(text: str) -> Any:
    """A gsettings value: 'text', 8080, ['a', 'b'] (also "@as []")."""
    text = text.strip()
    if text.startswith("@as "):
        text = text[4:]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text


def _from_gnome(obs: Observations) -> list[dict[str, Any]]:
    values: dict[str, Any] = {}
    for schema, key in GNOME_KEYS:
        cmd = obs.command("gsettings", "get", schema, key)
        if cmd is not None and cmd.ok:
            values[f"{schema.rsplit('.', 1)[-1]}.{key}"] = _gvariant(cmd.stdout)
    if "proxy.mode" not in values:
        return []
    mode = str(values.get("proxy.mode") or "none")
    no_proxy = [str(h) for h in as_list(values.get("proxy.ignore-hosts"))]
    if mode == "manual":
        for scheme in ("https", "http"):
            host, port = values.get(f"{scheme}.host"), values.get(f"{scheme}.port")
            if host and isinstance(port, int) and port > 0:
                return [_setting("gnome", "manual", proxy=f"{host}:{port}", no_proxy=no_proxy)]
        return [_setting("gnome", "none", no_proxy=no_proxy)]
    if mode == "auto":
        url = str(values.get("proxy.autoconfig-url") or "")
        return [_setting("gnome", "pac", pac_url=url, no_proxy=no_proxy) if url else _setting("gnome", "auto_detect", no_proxy=no_proxy)]
    return [_setting("gnome", "none", no_proxy=no_proxy)]


def proxy_settings(obs: Observations) -> list[dict[str, Any]]:
    """Every proxy setting found, each with its source, mode, proxy, PAC URL and bypass list."""
    settings: list[dict[str, Any]] = []
    env = obs.value("probe", "proxy_env")
    if env is not None:
        settings += _from_env(env.value)
    reg = obs.command("reg", "query")
    if reg is not None and reg.ok:
        settings += _from_registry(reg.stdout)
    winhttp = obs.command("netsh", "winhttp", "show", "proxy")
    if winhttp is not None and winhttp.ok:
        found = parse_winhttp(winhttp.stdout)
        if found is not None:
            settings.append(found)
    scutil = obs.command("scutil", "--proxy")
    if scutil is not None and scutil.ok:
        settings += _from_scutil(scutil.stdout)
    settings += _from_gnome(obs)
    return settings


def effective_proxy(settings: list[dict[str, Any]]) -> tuple[str, int] | None:
    """The manual proxy applications use first (environment, then the user's system settings, then WinHTTP)."""
    for setting in sorted(settings, key=lambda s: ("environment", "windows", "macos", "gnome", "winhttp").index(s["source"])):
        if setting["mode"] == "manual" and setting["proxy"]:
            return _host_port(str(setting["proxy"]))
    return None


def _host_port(value: str) -> tuple[str, int] | None:
    text = value if "://" in value else f"http://{value}"
    try:
        parts = urlsplit(text)
        if parts.hostname:
            return parts.hostname, parts.port or 8080
    except ValueError:
        pass
    return None


# -- judging ----------------------------------------------------------------------------------------------------
def analyze(obs: Observations, ctx: Context) -> Result | None:
    if obs.value("probe", "proxy_env") is None and not any(
        obs.command(*argv) for argv in (("reg", "query"), ("scutil", "--proxy"), ("netsh", "winhttp"), ("gsettings", "get"))
    ):
        return None
    settings = proxy_settings(obs)
    facts: dict[str, Any] = {
        "proxy": None,
        "settings": settings,
        "sources": sorted({s["source"] for s in settings}),
        "no_proxy": list(dict.fromkeys(h for s in settings for h in s["no_proxy"])),
    }
    manual = effective_proxy(settings)
    pac = next((s for s in settings if s["mode"] == "pac" and s["pac_url"]), None)
    auto = next((s for s in settings if s["mode"] == "auto_detect"), None)
    if manual is not None:
        return _judge_manual(obs, facts, manual, settings)
    if pac is not None:
        return _judge_pac(obs, facts, pac)
    if auto is not None:
        facts["mode"] = "auto_detect"
        return Result("proxy", Status.OK, "", tr("Your computer looks for proxy settings automatically on the network (from {source}).", source=tr(SOURCE_NAMES[auto["source"]])), facts)
    facts["mode"] = "direct"
    return Result("proxy", Status.OK, "", tr("No web proxy is set; connections go out directly."), facts)


def _judge_manual(obs: Observations, facts: dict[str, Any], manual: tuple[str, int], settings: list[dict[str, Any]]) -> Result:
    host, port = manual
    source = next(s["source"] for s in settings if s["mode"] == "manual" and _host_port(str(s["proxy"])) == manual)
    facts.update(proxy=f"{host}:{port}", mode="manual", proxy_source=source)
    where = tr(SOURCE_NAMES[source])
    probe = obs.value("probe", f"tcp:{host}:{port}")
    value = probe.value if probe is not None and isinstance(probe.value, dict) else None
    if value is None:
        return Result("proxy", Status.OK, "", tr("A web proxy is set ({proxy}, from {source}).", proxy=facts["proxy"], source=where), facts)
    facts.update(connected=value.get("connected"), error=value.get("error"))
    if value.get("connected"):
        return Result("proxy", Status.OK, "", tr("The web proxy {proxy} (from {source}) answers.", proxy=facts["proxy"], source=where), facts)
    facts["reason"] = "proxy_unreachable"
    return Result(
        "proxy",
        Status.FAILED,
        "",
        tr("Your computer is set to use the web proxy {proxy} (from {source}), which does not answer.", proxy=facts["proxy"], source=where),
        facts,
        advice=tr("If you are not on the company network, this setting may block websites: tell IT."),
        help="proxy-unreachable",
    )


def _judge_pac(obs: Observations, facts: dict[str, Any], pac: dict[str, Any]) -> Result:
    url = str(pac["pac_url"])
    facts.update(mode="pac", pac_url=url, proxy_source=pac["source"])
    where = tr(SOURCE_NAMES[pac["source"]])
    fetched = obs.value("probe", f"http:{url}")
    value = fetched.value if fetched is not None and isinstance(fetched.value, dict) else None
    if value is None and fetched is None:
        return Result("proxy", Status.OK, "", tr("Your computer uses automatic proxy settings (PAC file {url}, from {source}).", url=url, source=where), facts)
    status = (value or {}).get("status")
    facts["pac_status"] = status
    if isinstance(status, int) and status < 400:
        return Result("proxy", Status.OK, "", tr("Your computer uses automatic proxy settings (PAC file {url}, from {source}), and the file can be downloaded.", url=url, source=where), facts)
    facts["reason"] = "pac_unreachable"
    facts["error"] = (value or {}).get("error") or (fetched.error if fetched is not None else None)
    return Result(
        "proxy",
        Status.WARNING,
        "",
        tr("Your computer is set to take its proxy settings from {url} (from {source}), but that file cannot be downloaded.", url=url, source=where),
        facts,
        advice=tr("Outside the company network this is expected. On it, some websites may not open: tell IT."),
        help="proxy-unreachable",
    )
