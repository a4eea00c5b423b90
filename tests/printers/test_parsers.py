"""Printer parsers on real recorded output (tests/fixtures/printers/PROVENANCE.tsv), plus fuzzing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.parsers import printers as p

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "printers"


def read(name: str) -> str:
    return (FIX / name).read_text(encoding="utf-8")


def by_name(data: dict) -> dict:
    return {x["name"]: x for x in data["printers"]}


def test_insights_lpstat_p_four_sentence_forms() -> None:
    data = p.parse_lpstat(read("78_insights_lpstat-p.txt"))
    printers = by_name(data)
    assert printers["idle_printer"]["state"] == "idle"
    assert printers["disabled_printer"]["state"] == "stopped"
    assert printers["disabled_printer"]["reason"] == "reason unknown"
    assert printers["processing_printer"]["state"] == "printing"
    # "may be jammed" is CUPS' wording for an unknown state: not idle, not a guess
    assert printers["unknown_printer"]["state"] == "unknown"
    assert printers["unknown_printer"]["enabled"] is True
    assert printers["unknown_printer"]["reason"] == "may be jammed"  # CUPS' words kept for the user
    assert printers["idle_printer"]["reason"] == ""


def test_no_printers_but_scheduler_running_is_not_an_error() -> None:
    data = p.parse_lpstat(read("80_cassini_lpstat-t_empty.txt"))
    assert data["scheduler_running"] is True
    assert data["no_destinations"] is True
    assert data["printers"] == []
    assert data["errors"] == []


def test_scheduler_not_running_even_with_exit_code_zero() -> None:
    data = p.parse_lpstat(read("81_cassini_lpstat-t_nodaemon.txt"))
    assert data["scheduler_running"] is False
    assert data["default"] is None


def test_lab_lpstat_t_mixed_queues() -> None:
    data = p.parse_lpstat(read("lab_lpstat-t_mixed.txt"))
    printers = by_name(data)
    assert data["default"] == "Office"
    assert printers["Office"]["state"] == "idle" and printers["Office"]["accepting"] is True
    assert printers["Paused"]["state"] == "stopped" and printers["Paused"]["reason"] == "Paused by test"
    assert printers["Rejecting"]["accepting"] is False and printers["Rejecting"]["reject_reason"] == "Not today"
    assert printers["Offline"]["device"] == "socket://127.0.0.1:9100"
    assert printers["Offline"]["state"] == "offline"  # "may not exist or is unavailable"
    assert [j["id"] for j in data["jobs"]] == ["Paused-1", "Offline-2"]
    assert printers["Paused"]["jobs"] == 1


def test_lab_long_forms_give_alerts_and_job_status() -> None:
    printers = by_name(p.parse_lpstat(read("lab_lpstat-l-p_mixed.txt")))
    assert printers["Paused"]["alerts"] == ["paused"]
    assert printers["Office"]["alerts"] == []
    assert printers["Paused"]["reason"] == "Paused by test"  # detail keys are not taken as the reason
    jobs = {j["id"]: j for j in p.parse_lpstat(read("lab_lpstat-l-o_mixed.txt"))["jobs"]}
    assert jobs["Offline-2"]["alerts"] == ["job-printing"]
    assert jobs["Offline-2"]["printer"] == "Offline"
    assert "unavailable" in jobs["Offline-2"]["status"]


def test_cups_dates_c_locale_and_en_us() -> None:
    assert p.parse_cups_date("Wed Nov 25 07:03:46 2026").hour == 7
    assert p.parse_cups_date("Fri 20 Jan 2017 09:55:50 PM CET").hour == 21
    assert p.parse_cups_date("mer. 25 nov. 2026") is None


def test_device_endpoints() -> None:
    assert p.device_endpoint("socket://127.0.0.1:9100") == ("127.0.0.1", 9100)
    assert p.device_endpoint("socket://10.1.2.3") == ("10.1.2.3", 9100)
    assert p.device_endpoint("ipp://printer.example/ipp/print") == ("printer.example", 631)
    # CUPS' own defaults (httpSeparateURI): http 80, https 443, ipps 631 as RFC 7472 keeps IPP's port
    assert p.device_endpoint("http://10.1.2.3/ipp/print") == ("10.1.2.3", 80)
    assert p.device_endpoint("http://10.1.2.3:631/ipp/print") == ("10.1.2.3", 631)
    assert p.device_endpoint("https://10.1.2.3/ipp/print") == ("10.1.2.3", 443)
    assert p.device_endpoint("ipps://10.1.2.3/ipp/print") == ("10.1.2.3", 631)
    assert p.device_endpoint("lpd://10.1.2.3/queue") == ("10.1.2.3", 515)
    assert p.device_endpoint("///dev/null") is None
    assert p.device_endpoint("usb://HP/LaserJet") is None
    assert p.device_endpoint("ipp://HP%20Printer._ipp._tcp.local/") is None


def test_get_printer_table_with_wrapped_header() -> None:
    rows = p.parse_get_printer_table(read("88_concealed_get-printer.txt"))
    assert rows is not None
    names = [r["name"] for r in rows]
    assert names[0] == "ACIDDAMAGE" and "Microsoft Print to PDF" in names and len(names) == 6
    one_note = next(r for r in rows if r["name"] == "OneNote for Windows 10")
    assert one_note["truncated"] is True
    assert all(r["state"] == "unknown" for r in rows)  # the table has no status column: unknown, not "idle"


def test_get_printer_table_in_container_docs() -> None:
    text = read("89_msdocs_get-printer_container.txt")
    rows = p.parse_get_printer_table(text.split("Get-Printer", 1)[1])
    assert [r["name"] for r in rows] == ["Microsoft XPS Document Writer", "Microsoft Print to PDF", "Fax"]
    assert p.parse_windows_service(text.split("PS C:\\> Get-Printer")[0]) is True


def test_windows_json_shapes() -> None:
    printers = {x["name"]: x for x in p.parse_windows_printers(read("SYNTHETIC_win_get-printer.json"))}
    assert printers["Accounting-HP"]["state"] == "stopped"
    assert printers["Microsoft Print to PDF"]["state"] == "idle"
    jobs = p.parse_windows_jobs(read("SYNTHETIC_win_get-printjob.json"))
    assert jobs[0]["error"] is True and jobs[0]["epoch"] == 1795500000.0
    assert jobs[1]["error"] is False
    assert p.parse_windows_service(read("SYNTHETIC_win_spooler-stopped.json")) is False
    assert p.parse_windows_service('{"Name": "Spooler", "Status": "Running"}') is True
    assert p.parse_windows_default(read("SYNTHETIC_win_win32-printer-default.json")) == "Microsoft Print to PDF"
    assert p.parse_windows_ports(read("SYNTHETIC_win_get-printerport.json")) == {"IP_10.0.0.50": ("10.0.0.50", 9100)}


def test_single_object_and_empty_json() -> None:
    assert p.parse_ps_json("") == []
    assert p.parse_ps_json('{"Name": "X"}') == [{"Name": "X"}]
    assert p.parse_ps_json('{"value": [{"Name": "X"}], "Count": 1}') == [{"Name": "X"}]
    assert p.parse_ps_json("Get-Printer : The term is not recognized") is None
    assert p.parse_windows_printers('{"Name": "Q", "PrinterStatus": "Offline"}')[0]["state"] == "offline"
    assert p.parse_windows_printers('{"Name": "Q", "PrinterStatus": 128}')[0]["state"] == "offline"  # flag form


def test_unknown_text_is_reported_unrecognized() -> None:
    data = p.parse_lpstat("Drucker Office ist im Leerlauf.\n")
    assert data["recognized"] is False and data["printers"] == []


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsers_never_raise(text: str) -> None:
    p.parse_lpstat(text)
    p.parse_cups_date(text)
    p.device_endpoint(text)
    p.parse_ps_json(text)
    p.parse_windows_printers(text)
    p.parse_windows_jobs(text)
    p.parse_windows_service(text)
    p.parse_windows_default(text)
    p.parse_windows_work_offline(text)
    p.parse_windows_ports(text)
    p.parse_get_printer_table(text)


_lines = st.lists(
    st.sampled_from([
        "scheduler is running", "printer X is idle.  enabled since Wed Nov 25 07:03:46 2026", "\tPaused",
        "X-1 root 10 Wed", "\tAlerts: paused", "device for X: socket://[::1", "device for Y: ipp://h:99999/",
        "X not accepting requests since -", "\tqueued for", "lpstat: error", "----  ----", "Name  Status",
    ]) | st.text(max_size=30),
    max_size=12,
)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
        st.sampled_from(["Name", "PrinterStatus", "JobCount", "Id", "JobStatus", "SubmittedTime", "Status",
                         "Default", "WorkOffline", "PrinterHostAddress", "PortNumber", "value", "Count", "UserName"]), kids, max_size=6),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_lines, _json)
def test_parsers_never_raise_on_near_miss_input(lines: list[str], data: object) -> None:
    import json

    p.parse_lpstat("\n".join(lines))
    p.parse_get_printer_table("\n".join(lines))
    text = json.dumps(data)
    p.parse_windows_printers(text)
    p.parse_windows_jobs(text)
    p.parse_windows_service(text)
    p.parse_windows_default(text)
    p.parse_windows_work_offline(text)
    p.parse_windows_ports(text)


def test_lab_missing_filter_is_a_driver_problem() -> None:
    short = by_name(p.parse_lpstat(read("lab_lpstat-t_missing-filter.txt")))["Broken"]
    assert short["state"] == "idle" and "not available" in short["reason"]
    assert p.driver_problem(short) is False  # the message alone names no driver; the alert below does
    long = by_name(p.parse_lpstat(read("lab_lpstat-l-p_missing-filter.txt")))["Broken"]
    assert long["alerts"] == ["cups-missing-filter-warning"]
    assert p.driver_problem(long) is True
