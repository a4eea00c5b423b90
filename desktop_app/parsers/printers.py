"""Pure parsers for printer state: CUPS ``lpstat`` (Linux, macOS) and Windows PowerShell printer cmdlets.

Every function takes text and returns plain data; none raises on any input. Output that is not recognised
leaves fields as None / ``recognized=False`` so the analyzer reports "unknown" rather than a wrong answer.

Normalised printer dict: ``{"name", "state": idle|printing|stopped|offline|unknown, "enabled", "accepting",
"reason", "alerts": [...], "device", "jobs"}``. Normalised job dict: ``{"id", "printer", "user", "size",
"submitted" (text as printed), "epoch" (Windows only), "status", "alerts": [...], "error"}``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from desktop_app.parsers.common import powershell_records

# --- CUPS lpstat -------------------------------------------------------------------------------------------

_PRINTER = re.compile(r"^printer\s+(?P<name>\S+)\s+(?P<rest>.*)$")
_ACCEPT = re.compile(r"^(?P<name>\S+)\s+(?P<neg>not\s+)?accepting requests\b")
_DEVICE = re.compile(r"^device for (?P<name>[^:\s]+):\s*(?P<uri>.*)$")
_DEFAULT = re.compile(r"^system default destination:\s*(?P<name>\S+)")
_JOB = re.compile(r"^(?P<id>\S+-\d+)\s+(?P<user>\S+)\s+(?P<size>\d+)\s+(?P<date>\S.*?)\s*$")
# `lpstat -l -p` detail keys: the first indented line that is none of these is the printer-state-message.
_DETAIL_KEYS = (
    "form mounted:", "content types:", "printer types:", "description:", "alerts:", "location:", "connection:",
    "interface:", "on fault:", "after fault:", "users allowed:", "users denied:", "forms allowed:",
    "banner required", "banner not required", "charset sets:", "default pitch:", "default page size:",
    "default port settings:", "(all)", "(none)", "status:", "queued for",
)


def _new_printer(name: str) -> dict[str, Any]:
    return {"name": name, "state": "unknown", "enabled": None, "accepting": None, "reason": "",
            "alerts": [], "device": None, "jobs": 0, "reject_reason": ""}


def parse_lpstat(text: Any) -> dict[str, Any]:
    """Parse ``lpstat -t`` or any of its parts (-r, -d, -v, -a, -p [-l], -o [-l]) concatenated.

    Returns ``{"recognized", "scheduler_running", "default", "no_default", "no_destinations",
    "printers": [...], "jobs": [...], "errors": [...]}``. Jobs are also counted into their printer.
    """
    out: dict[str, Any] = {"recognized": False, "scheduler_running": None, "default": None, "no_default": False,
                           "no_destinations": False, "printers": [], "jobs": [], "errors": []}
    if not isinstance(text, str):
        return out
    printers: dict[str, dict[str, Any]] = {}

    def printer(name: str) -> dict[str, Any]:
        if name not in printers:
            printers[name] = _new_printer(name)
        return printers[name]

    context: tuple[str, dict[str, Any]] | None = None  # what indented lines belong to
    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if raw[:1] in ("\t", " "):
            _continuation(line.strip(), context)
            continue
        context = None
        if line == "scheduler is running":
            out["scheduler_running"], out["recognized"] = True, True
        elif line == "scheduler is not running":
            out["scheduler_running"], out["recognized"] = False, True
        elif line.startswith("no system default destination"):
            out["no_default"], out["recognized"] = True, True
        elif m := _DEFAULT.match(line):
            out["default"], out["recognized"] = m["name"], True
        elif line.startswith("lpstat:"):
            message = line[len("lpstat:"):].strip()
            if "no destinations added" in message.lower():
                out["no_destinations"], out["recognized"] = True, True
            else:
                out["errors"].append(message)
        elif m := _DEVICE.match(line):
            printer(m["name"])["device"] = m["uri"].strip() or None
            out["recognized"] = True
        elif m := _PRINTER.match(line):
            p = printer(m["name"])
            _printer_sentence(p, m["rest"])
            context = ("printer", p)
            out["recognized"] = True
        elif m := _ACCEPT.match(line):
            p = printer(m["name"])
            p["accepting"] = m["neg"] is None
            context = ("accept", p)
            out["recognized"] = True
        elif m := _JOB.match(line):
            job = {"id": m["id"], "printer": m["id"].rsplit("-", 1)[0], "user": m["user"], "size": int(m["size"]),
                   "submitted": m["date"], "epoch": None, "status": "", "alerts": [], "error": False}
            out["jobs"].append(job)
            context = ("job", job)
            out["recognized"] = True
    for job in out["jobs"]:
        if job["printer"] in printers:
            printers[job["printer"]]["jobs"] += 1
        job["error"] = _job_in_error(job)
    for p in printers.values():
        if p["state"] != "stopped" and _offline(p):
            p["state"] = "offline"
    out["printers"] = list(printers.values())
    return out


def _printer_sentence(p: dict[str, Any], rest: str) -> None:
    low = rest.lower()
    if low.startswith("is idle"):
        p["state"], p["enabled"] = "idle", True
    elif low.startswith("now printing") or low.startswith("is printing"):
        p["state"], p["enabled"] = "printing", True
    elif low.startswith("disabled"):
        p["state"], p["enabled"] = "stopped", False
    elif "enabled since" in low:
        # e.g. "may be jammed." - CUPS' own words for a state it cannot name: kept as the reason
        p["enabled"] = True
        said = rest[: low.index("enabled since")].strip().rstrip(".").strip()
        if said and not p["reason"]:
            p["reason"] = said
    if "enabled since" in low and p["enabled"] is None:
        p["enabled"] = True


def _continuation(text: str, context: tuple[str, dict[str, Any]] | None) -> None:
    if context is None:
        return
    kind, item = context
    low = text.lower()
    if kind == "accept":
        if not item.get("reject_reason"):
            item["reject_reason"] = text
        return
    if kind == "job":
        if low.startswith("status:"):
            item["status"] = text.split(":", 1)[1].strip()
        elif low.startswith("alerts:"):
            item["alerts"] = [a for a in text.split(":", 1)[1].split() if a and a != "none"]
        elif low.startswith("queued for"):
            item["printer"] = text[len("queued for"):].strip() or item["printer"]
        return
    if low.startswith("alerts:"):
        item["alerts"] = [a for a in text.split(":", 1)[1].split() if a and a != "none"]
    elif low.startswith("interface:") or low.startswith("description:"):
        item[low.split(":", 1)[0]] = text.split(":", 1)[1].strip()
    elif not low.startswith(_DETAIL_KEYS) and not item["reason"]:
        item["reason"] = text


_OFFLINE_ALERTS = ("offline-report", "connecting-to-device", "timed-out", "shutdown")
_OFFLINE_WORDS = ("not responding", "unable to connect", "unavailable", "network host", "not connected",
                  "waiting for printer to become available", "connection refused", "offline")


def _offline(p: dict[str, Any]) -> bool:
    if any(a.startswith(_OFFLINE_ALERTS) for a in p["alerts"]):
        return True
    reason = p["reason"].lower()
    return any(w in reason for w in _OFFLINE_WORDS)


_FILTER_ALERTS = ("cups-missing-filter", "cups-insecure-filter", "cups-filter-crashed")
_FILTER_WORDS = ("filter failed", "filter crashed", "missing filter", "unable to start filter",
                 "unsupported document-format", "the printer driver", "driver", "ppd")


def driver_problem(p: dict[str, Any]) -> bool:
    """A filter/driver failure reported in the printer's reasons or message (CUPS and Windows words)."""
    alerts = p.get("alerts") or []
    if any(isinstance(a, str) and a.startswith(_FILTER_ALERTS) for a in alerts):
        return True
    reason = str(p.get("reason") or "").lower()
    return any(w in reason for w in _FILTER_WORDS)


def _job_in_error(job: dict[str, Any]) -> bool:
    alerts = job.get("alerts") or []
    if any(a in ("job-printing",) for a in alerts) and not job.get("status"):
        return False
    words = (str(job.get("status") or "") + " " + " ".join(alerts)).lower()
    return any(w in words for w in ("error", "failed", "stopped", "aborted", "filter"))


_DATE_FORMATS = (
    "%a %b %d %H:%M:%S %Y",  # LC_ALL=C: "Wed Nov 25 07:03:46 2026"
    "%a %d %b %Y %I:%M:%S %p",  # en_US: "Fri 20 Jan 2017 09:55:50 PM" (zone name dropped)
    "%a %d %b %Y %H:%M:%S",
    "%a %b %d %I:%M:%S %p %Y",
    "%d %b %Y %H:%M:%S",
)


def parse_cups_date(text: Any) -> datetime | None:
    """A naive local datetime from a date lpstat printed, or None (other locales, garbage)."""
    if not isinstance(text, str):
        return None
    words = text.split()
    for drop in (0, 1):  # a trailing time-zone name (CET, EST, UTC) is ignored
        candidate = " ".join(words[: len(words) - drop]) if drop else " ".join(words)
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(candidate, fmt)
            except ValueError:
                continue
    return None


# Default ports when a device URI gives none, as CUPS itself applies them (httpSeparateURI in
# cups/http-support.c: http 80, https 443, ipp and ipps 631, lpd 515, socket 9100). For ipps, RFC 7472 (IPP over
# HTTPS and the 'ipps' URI scheme) keeps IPP's port 631; 443 is only the https scheme's.
DEFAULT_PORTS = {"ipp": 631, "ipps": 631, "http": 80, "https": 443, "socket": 9100, "lpd": 515}


def device_endpoint(uri: Any) -> tuple[str, int] | None:
    """(host, port) of a network device URI (ipp/ipps 631, http 80, https 443, socket 9100, lpd 515), else None."""
    if not isinstance(uri, str) or "://" not in uri:
        return None
    try:
        parts = urlsplit(uri.strip())
        scheme = parts.scheme.lower()
        defaults = DEFAULT_PORTS
        if scheme not in defaults or not parts.hostname:
            return None
        port = parts.port or defaults[scheme]
    except ValueError:
        return None
    if parts.hostname.endswith(".local") or "._" in parts.hostname:
        return None  # dnssd/mDNS service names: no fixed address to probe
    return parts.hostname, port


# --- Windows PowerShell -------------------------------------------------------------------------------------


def parse_ps_json(text: Any) -> list[dict[str, Any]] | None:
    """``ConvertTo-Json`` output as a list of objects, [] for empty output (a cmdlet that found nothing prints
    nothing), None when it is not JSON (a recorded table)."""
    if isinstance(text, str) and not text.strip().lstrip("\ufeff"):
        return []
    return powershell_records(text)


# Get-Printer PrinterStatus (PrintManagement cmdletization enum, 0..25) as emitted by ConvertTo-Json.
_WIN_PRINTER_STATUS = {
    0: "Normal", 1: "Paused", 2: "Error", 3: "PendingDeletion", 4: "PaperJam", 5: "PaperOut", 6: "ManualFeed",
    7: "PaperProblem", 8: "Offline", 9: "IOActive", 10: "Busy", 11: "Printing", 12: "OutputBinFull",
    13: "NotAvailable", 14: "Waiting", 15: "Processing", 16: "Initializing", 17: "WarmingUp", 18: "TonerLow",
    19: "NoToner", 20: "PagePunt", 21: "UserInterventionRequired", 22: "OutOfMemory", 23: "DoorOpen",
    24: "ServerUnknown", 25: "PowerSave",
}
# PRINTER_STATUS_* flags (MS-RPRN 2.2.3.12), for values outside the enum range.
_WIN_PRINTER_FLAGS = {
    0x1: "Paused", 0x2: "Error", 0x4: "PendingDeletion", 0x8: "PaperJam", 0x10: "PaperOut", 0x20: "ManualFeed",
    0x40: "PaperProblem", 0x80: "Offline", 0x100: "IOActive", 0x200: "Busy", 0x400: "Printing",
    0x800: "OutputBinFull", 0x1000: "NotAvailable", 0x2000: "Waiting", 0x4000: "Processing",
    0x8000: "Initializing", 0x10000: "WarmingUp", 0x20000: "TonerLow", 0x40000: "NoToner", 0x80000: "PagePunt",
    0x100000: "UserInterventionRequired", 0x200000: "OutOfMemory", 0x400000: "DoorOpen",
    0x800000: "ServerUnknown", 0x1000000: "PowerSave",
}
# Get-PrintJob JobStatus flags (System.Printing.PrintJobStatus / JOB_STATUS_*).
_WIN_JOB_FLAGS = {
    0x1: "Paused", 0x2: "Error", 0x4: "Deleting", 0x8: "Spooling", 0x10: "Printing", 0x20: "Offline",
    0x40: "PaperOut", 0x80: "Printed", 0x100: "Deleted", 0x200: "Blocked", 0x400: "UserIntervention",
    0x800: "Restarted", 0x1000: "Complete", 0x2000: "Retained",
}
_STOPPED_WORDS = ("paused",)
_OFFLINE_WIN = ("offline", "notavailable", "serverunknown")
_ERROR_WIN = ("error", "paperjam", "paperout", "paperproblem", "notoner", "dooropen",
              "userinterventionrequired", "outofmemory", "outputbinfull", "pagepunt", "manualfeed")


def _status_words(value: Any, enum: dict[int, str], flags: dict[int, str] | None) -> list[str]:
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        if value in enum:
            return [enum[value]]
        table = flags or {}
        return [name for bit, name in table.items() if value & bit] or [str(value)]
    if isinstance(value, str):
        return [w.strip() for w in re.split(r"[,|]", value) if w.strip()]
    return []


def parse_windows_printers(text: Any) -> list[dict[str, Any]] | None:
    """``Get-Printer | ConvertTo-Json`` (what SelfDesk runs) or the plain ``Get-Printer`` table a technician
    recorded -> normalised printers; None when neither."""
    items = parse_ps_json(text)
    if items is None:
        return parse_get_printer_table(text)
    out = []
    for item in items:
        name = item.get("Name")
        if not isinstance(name, str) or not name:
            continue
        words = _status_words(item.get("PrinterStatus"), _WIN_PRINTER_STATUS, _WIN_PRINTER_FLAGS)
        low = [w.lower().replace(" ", "") for w in words]
        if any(w in _STOPPED_WORDS for w in low):
            state = "stopped"
        elif any(w in _OFFLINE_WIN for w in low):
            state = "offline"
        elif any(w in ("printing", "processing", "busy", "ioactive") for w in low):
            state = "printing"
        elif any(w in _ERROR_WIN for w in low):
            state = "stopped"
        elif low and all(w in ("normal", "idle", "waiting", "powersave", "tonerlow", "warmingup", "initializing")
                         for w in low):
            state = "idle"
        else:
            state = "unknown"
        jobs = item.get("JobCount")
        out.append({
            "name": name,
            "state": state,
            "enabled": state != "stopped" if state != "unknown" else None,
            "accepting": None,  # Windows queues have no separate accept flag
            "reason": ", ".join(w for w in words if w.lower() != "normal"),
            "alerts": low,
            "device": None,
            "port": item.get("PortName") if isinstance(item.get("PortName"), str) else None,
            "driver": item.get("DriverName") if isinstance(item.get("DriverName"), str) else None,
            "jobs": jobs if isinstance(jobs, int) and not isinstance(jobs, bool) else 0,
            "reject_reason": "",
        })
    return out


_MS_DATE = re.compile(r"/Date\((-?\d+)")


def _epoch(value: Any) -> float | None:
    if isinstance(value, str):
        if m := _MS_DATE.search(value):
            return int(m.group(1)) / 1000.0
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
        except ValueError:
            return None
    if isinstance(value, dict):  # PowerShell 7 sometimes nests {"value": "/Date(...)/", "DateTime": ...}
        return _epoch(value.get("value"))
    return None


def parse_windows_jobs(text: Any) -> list[dict[str, Any]] | None:
    """``Get-PrintJob | ConvertTo-Json`` or the plain ``Get-PrintJob`` table -> normalised jobs; None when neither.
    The table's JobStatus words are kept; its SubmittedTime is in the user's locale, so ages stay unknown."""
    items = parse_ps_json(text)
    if items is None:
        rows = _ps_table(text, ("Id", "JobStatus"))
        if rows is None:
            return None
        items = [{"Id": r.get("Id", ""), "PrinterName": r.get("PrinterName", ""), "UserName": r.get("UserName", ""),
                  "DocumentName": r.get("DocumentName", ""), "JobStatus": r.get("JobStatus") or 0} for r in rows
                 if r.get("Id", "").isdigit()]
    out = []
    for item in items:
        job_id = item.get("Id", item.get("JobId"))
        if isinstance(job_id, bool) or not isinstance(job_id, (int, str)):
            continue
        words = _status_words(item.get("JobStatus"), {}, _WIN_JOB_FLAGS) if item.get("JobStatus") not in (0, None) else []
        low = [w.lower().replace(" ", "") for w in words]
        submitted = item.get("SubmittedTime")
        out.append({
            "id": str(job_id),
            "printer": item.get("PrinterName") if isinstance(item.get("PrinterName"), str) else "",
            "user": item.get("UserName") if isinstance(item.get("UserName"), str) else "",
            "size": item.get("Size") if isinstance(item.get("Size"), int) else None,
            "submitted": submitted if isinstance(submitted, str) else "",
            "epoch": _epoch(submitted),
            "status": ", ".join(words),
            "alerts": low,
            "error": any(w in ("error", "offline", "paperout", "blocked", "userintervention") for w in low),
            "document": item.get("DocumentName") if isinstance(item.get("DocumentName"), str) else "",
        })
    return out


def parse_windows_service(text: Any) -> bool | None:
    """``Get-Service Spooler | ConvertTo-Json`` -> running? (Status 4 or "Running"); None when unknown."""
    items = parse_ps_json(text)
    if items:
        status = items[0].get("Status")
        if isinstance(status, int) and not isinstance(status, bool):
            return status == 4  # ServiceControllerStatus.Running
        if isinstance(status, str):
            return status.strip().lower() == "running"
        return None
    if isinstance(text, str):  # the plain table: "Running  spooler  Print Spooler"
        for line in text.splitlines():
            words = line.split()
            if len(words) >= 2 and words[1].lower() == "spooler":
                return words[0].lower() == "running"
    return None


def parse_windows_default(text: Any) -> str | None:
    """``Get-CimInstance Win32_Printer | Select Name,Default | ConvertTo-Json`` -> default printer name."""
    for item in parse_ps_json(text) or []:
        if item.get("Default") is True and isinstance(item.get("Name"), str):
            return item["Name"]
    return None


def parse_windows_work_offline(text: Any) -> set[str]:
    """``Get-CimInstance Win32_Printer | Select Name,Default,WorkOffline | ConvertTo-Json`` -> names of the
    printers Windows set to "Use Printer Offline"."""
    return {item["Name"] for item in parse_ps_json(text) or []
            if item.get("WorkOffline") is True and isinstance(item.get("Name"), str)}


def parse_windows_ports(text: Any) -> dict[str, tuple[str, int]]:
    """``Get-PrinterPort | ConvertTo-Json`` -> {port name: (host, port)} for TCP/IP ports."""
    ports: dict[str, tuple[str, int]] = {}
    for item in parse_ps_json(text) or []:
        name, host = item.get("Name"), item.get("PrinterHostAddress") or item.get("HostName")
        if not isinstance(name, str) or not isinstance(host, str) or not host.strip():
            continue
        number = item.get("PortNumber")
        protocol = item.get("Protocol")
        if not isinstance(number, int) or isinstance(number, bool) or not 0 < number < 65536:
            number = 515 if protocol in (2, "LPR", "Lpr") else 9100
        ports[name] = (host.strip(), number)
    return ports


def _ps_table(text: Any, required: tuple[str, ...]) -> list[dict[str, str]] | None:
    """Rows of the first PowerShell table in ``text`` whose header holds every ``required`` column (a recording
    may hold several tables, e.g. Get-Service then Get-Printer). Column positions come from the dashed line;
    headers wrapped onto a second line are joined, values cut with '...' are kept as printed."""
    if not isinstance(text, str):
        return None
    lines = text.splitlines()
    for sep_index, sep in enumerate(lines):
        if not re.match(r"^\s*-{2,}(\s+-{2,})*\s*$", sep) or sep_index == 0:
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"-+", sep)]
        header_lines = []
        i = sep_index - 1
        while i >= 0 and lines[i].strip() and not re.match(r"^\s*PS .*>", lines[i]):
            header_lines.insert(0, lines[i])
            i -= 1
        names = ["".join(ln[start:end + 1].strip() if len(ln) > start else "" for ln in header_lines)
                 for start, end in spans]
        if not all(column in names for column in required):
            continue
        rows = []
        for ln in lines[sep_index + 1:]:
            if not ln.strip():
                if rows:
                    break
                continue
            if re.match(r"^\s*PS .*>", ln):
                break
            row = {}
            for idx, (start, _end) in enumerate(spans):
                nxt = spans[idx + 1][0] if idx + 1 < len(spans) else len(ln) + 1
                row[names[idx]] = ln[start:nxt].strip() if len(ln) > start else ""
            rows.append(row)
        return rows
    return None


_TABLE_PRINTER_COLUMNS = ("DriverName", "PortName", "PrinterStatus", "ComputerName")


def parse_get_printer_table(text: Any) -> list[dict[str, Any]] | None:
    """Plain ``Get-Printer`` table (as recorded or pasted), tolerating headers wrapped onto a second line, values
    cut with '...', and other tables before it. The default table has no status column: state "unknown"."""
    rows = None
    for column in _TABLE_PRINTER_COLUMNS:
        rows = _ps_table(text, ("Name", column))
        if rows is not None:
            break
    if rows is None:
        return None
    out = []
    for row in rows:
        if not row.get("Name"):
            continue
        status = row.get("PrinterStatus", "")
        state, alerts = "unknown", []
        if status:
            parsed = parse_windows_printers(json.dumps({"Name": row["Name"], "PrinterStatus": status}))
            state, alerts = (parsed[0]["state"], parsed[0]["alerts"]) if parsed else ("unknown", [])
        out.append({
            "name": row["Name"],
            "state": state,
            "enabled": None,
            "accepting": None,
            "reason": status if status and status.lower() != "normal" else "",
            "alerts": alerts,
            "device": None,
            "port": row.get("PortName") or None,
            "driver": row.get("DriverName") or None,
            "jobs": 0,
            "reject_reason": "",
            "truncated": any(v.endswith(("...", "\u2026")) for v in row.values()),
        })
    return out
