"""The human report inside a bundle (report.txt and a self-contained report.html).

Order follows what a technician asks first: the verdict and what failed, what the user already tried, the
system summary, then what was hidden and how to check the files are intact.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from desktop_app.bundle.summary import summary_phrases, summary_text
from desktop_app.bundle.trigger import outcome_text, trigger_text
from desktop_app.diagnostics.disk.labels import format_bytes
from desktop_app.diagnostics.system_summary import format_duration
from desktop_app.i18n import N_, tr, tr_label
from desktop_app.model import Result, Status
from desktop_app.present import status_label

Section = tuple[str, list[str]]
# The state words of the contract's facts (printers, VPN services), in the reader's language.
STATE_WORDS = {
    "idle": N_("idle"),
    "printing": N_("printing"),
    "stopped": N_("stopped"),
    "offline": N_("offline"),
    "connected": N_("connected"),
    "disconnected": N_("disconnected"),
    "connecting": N_("connecting"),
    "unknown": N_("unknown"),
}


def _results(results: Sequence[Mapping[str, Any]]) -> list[Result]:
    out = []
    for item in results:
        try:
            out.append(Result.from_json(item))
        except (KeyError, ValueError, TypeError):
            continue
    return out


def _line(r: Result) -> str:
    title = r.title or r.id
    return f"[{status_label(r.status)}] " + tr_label(title, r.summary) + (f" ({r.advice})" if r.advice else "")


def _facts(results: list[Result], prefix: str) -> Mapping[str, Any]:
    for r in results:
        if r.id.startswith(prefix) and not r.id.startswith("verdict."):
            return r.facts
    return {}


def _size(value: Any) -> str:
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    return format_bytes(value) if number and value >= 0 else "?"


def _state(value: Any) -> str:
    return tr(STATE_WORDS[value]) if value in STATE_WORDS else str(value or "?")


def _percent(value: Any) -> str:
    return str(round(value)) if isinstance(value, (int, float)) and not isinstance(value, bool) else "?"


def _step_line(step: Mapping[str, Any]) -> str:
    text = tr(str(step.get("description") or " ".join(map(str, step.get("argv") or []))))
    if step.get("rollback"):
        text = tr("undo: {step}", step=text)
    if step.get("ok") is False:
        return text + " " + tr("[failed: {error}]", error=step.get("error") or "?")
    if step.get("ok") is True:
        return text + " " + tr("[done]")
    return text


def sections(manifest: Mapping[str, Any], results_json: Sequence[Mapping[str, Any]], fix_log: Sequence[Mapping[str, Any]]) -> list[Section]:
    results = _results(results_json)
    out: list[Section] = []

    # 1. Verdicts and what failed
    verdicts = [_line(r) for r in results if r.id.startswith("verdict.")]
    problems = [_line(r) for r in results if r.status.severity > 0 and not r.id.startswith("verdict.")]
    first = verdicts or [tr("No overall verdict was recorded.")]
    first += [tr("What needs attention:")] + (problems or [tr("Nothing failed.")])
    trigger = manifest.get("trigger") or {}
    if isinstance(trigger, Mapping) and trigger:
        first.insert(0, trigger_text(trigger))
    out.append((tr("Verdict and what failed"), first))

    # 2. What the user tried
    timeline = []
    for entry in fix_log:
        when = entry.get("started_at") or entry.get("finished_at") or "?"
        dry = tr(" (preview only)") if entry.get("dry_run") else ""
        timeline.append(tr("{when}: fix {fix} -> {status}{dry}. {message}", when=when, fix=entry.get("fix", "?"), status=outcome_text(entry.get("status")), dry=dry, message=entry.get("message", "")))
        for step in entry.get("steps") or []:
            if isinstance(step, Mapping):
                timeline.append("    - " + _step_line(step))
    out.append((tr("What was tried and what happened"), timeline or [tr("No fix was tried.")]))

    # 3. System summary
    system = _facts(results, "system")
    summary = [
        tr("Operating system: {os}", os=system.get("os") or "?"),
        tr("Computer name: {host}", host=system.get("hostname") or "?"),
        tr("Up for: {uptime}", uptime=format_duration(int(system["uptime_seconds"])) if isinstance(system.get("uptime_seconds"), (int, float)) else "?"),
    ]
    for volume in _facts(results, "disk").get("volumes") or []:
        if isinstance(volume, Mapping):
            summary.append(tr("Disk {mount}: {free} free of {total} ({percent}% used)", mount=volume.get("mount"), free=_size(volume.get("free")),
                              total=_size(volume.get("total")), percent=_percent(volume.get("percent"))))
    wifi = _facts(results, "wifi")
    if wifi.get("connected") is False:
        summary.append(tr("Wi-Fi: not connected"))
    elif wifi:
        summary.append(tr("Wi-Fi: {ssid}, signal {signal}%", ssid=wifi.get("ssid") or "?", signal=_percent(wifi.get("signal_percent"))))
    for iface in _facts(results, "network").get("interfaces") or []:
        if isinstance(iface, Mapping):
            summary.append(tr("Network {name}: {ipv4}, gateway {gateway}, DNS {dns}", name=iface.get("name"), ipv4=", ".join(map(str, iface.get("ipv4") or [])) or "-", gateway=iface.get("gateway") or "-", dns=", ".join(map(str, iface.get("dns") or [])) or "-"))
    for service in _facts(results, "vpn").get("services") or []:
        if isinstance(service, Mapping):
            summary.append(tr("VPN {name}: {state}", name=service.get("name"), state=_state(service.get("state"))))
    for printer in _facts(results, "printers").get("printers") or []:
        if isinstance(printer, Mapping):
            summary.append(tr("Printer {name}: {state}", name=printer.get("name"), state=_state(printer.get("state"))))
    summary.append(tr("Recorded on {platform} by SelfDesk {version} at {created}", platform=manifest.get("platform"), version=manifest.get("app_version"), created=manifest.get("created_at")))
    out.append((tr("System summary"), summary))

    # 4. Redaction and verification
    redaction = manifest.get("redaction") or {}
    phrases = summary_phrases(redaction)
    hidden = [tr("Replaced before sending:")] + [f"  - {phrase}" for phrase in phrases] if phrases else [summary_text(redaction)]
    for item in manifest.get("dropped") or []:
        hidden.append(tr("Left out to keep the bundle small: {what}", what=item.get("what") if isinstance(item, Mapping) else item))
    hidden.append(tr("Passwords, keys and personal names were replaced by placeholders such as <email-1>; the same value has the same placeholder in every file."))
    hidden.append(tr("To check that no file was changed, run: selfdesk bundle verify BUNDLE.zip (bundle id {bundle_id})", bundle_id=manifest.get("bundle_id")))
    out.append((tr("What was hidden, and how to verify this bundle"), hidden))
    return out


def render_text(manifest: Mapping[str, Any], results: Sequence[Mapping[str, Any]], fix_log: Sequence[Mapping[str, Any]]) -> str:
    title = tr("SelfDesk diagnostic report")
    lines = [title, "=" * len(title), ""]
    for title, body in sections(manifest, results, fix_log):
        lines += [title, "-" * len(title), *body, ""]
    return "\n".join(lines)


_CSS = (
    "body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#111}"
    "h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:1.5em}"
    "li{margin:.2em 0;white-space:pre-wrap}.failed,.error{color:#b00020}.warning{color:#8a5a00}.ok{color:#1b5e20}"
)


def render_html(manifest: Mapping[str, Any], results: Sequence[Mapping[str, Any]], fix_log: Sequence[Mapping[str, Any]]) -> str:
    """One file, inline CSS, no script and no external resource: opens in any browser, offline."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(str(manifest.get("language") or "en"))}"><head><meta charset="utf-8">',
        f"<title>{esc(tr('SelfDesk diagnostic report'))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(tr('SelfDesk diagnostic report'))}</h1>",
    ]
    statuses = {s.value for s in Status}
    for title, body in sections(manifest, results, fix_log):
        parts.append(f"<h2>{esc(title)}</h2><ul>")
        for line in body:
            css = ""
            if line.startswith("["):
                label = line[1 : line.find("]")]
                css = next((s for s in statuses if status_label(Status(s)) == label), "")
            parts.append(f'<li class="{css}">{esc(line)}</li>' if css else f"<li>{esc(line)}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
