"""What the user reads before sending (files, sizes, what was replaced, in their language) and the names
bundles get wherever they are written."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from desktop_app import i18n
from desktop_app.bundle import (
    bundle_filename,
    bundle_filename_for,
    create_bundle,
    describe_bundle,
    describe_text,
    repack,
    summary_text,
)
from desktop_app.model import Result, Status

NAME = re.compile(r"^selfdesk-\d{8}-\d{6}-[0-9a-f]{8}\.zip$")


def test_summary_in_words_never_the_values() -> None:
    summary = {"ssid": 2, "email": 3, "host": 1}
    assert summary_text(summary) == "3 e-mail addresses, 2 network names and 1 computer name were replaced."
    assert summary_text({"host": 1}) == "1 computer name was replaced."
    assert summary_text({"mac": 4, "public-ip": 1}) == "4 hardware (MAC) addresses and 1 public IP address were replaced."
    assert summary_text({}) == "Nothing needed hiding."
    i18n.set_language("fr")
    assert summary_text(summary) == "Éléments remplacés\u00a0: 3 adresses e-mail, 2 noms de réseau et 1 nom d’ordinateur."


def make(tmp_path: Path, ctx, out: Path | None = None) -> Path:  # type: ignore[no-untyped-def]
    obs = [{"kind": "command", "argv": ["netsh", "wlan", "show", "interfaces"], "returncode": 0, "stdout": "    SSID                   : CafeDuCoin\n    BSSID                  : 3c:7c:3f:31:22:ac\n", "stderr": "", "error": None, "duration_ms": 1.0}]
    results = [Result("wifi", Status.WARNING, "Wi-Fi", "Weak signal", {"ssid": "CafeDuCoin"})]
    log = "mail from jane@gmail.com and bob@gmail.com\n"
    return create_bundle(out or tmp_path, observations=obs, results=results, ctx=ctx("windows"), fix_log=[], log_tail=log, baseline=None)


def test_the_user_sees_files_sizes_and_what_was_replaced(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path, ctx)
    info = describe_bundle(path)
    text = describe_text(info)
    assert text.splitlines()[0] == f"Attachment {path.name} ({info['size'] // 1000 or 1} KB):" or "bytes" in text.splitlines()[0]
    for name in ("manifest.json", "observations.jsonl", "results.json", "report.html", "report.txt"):
        assert re.search(rf"^  {re.escape(name)} +\d+ (KB|bytes)$", text, re.M), name
    # counted once per different value: the SSID in the output and in the facts is one network name
    assert "2 e-mail addresses, 1 network name and 1 hardware (MAC) address were replaced." in text
    assert "CafeDuCoin" not in text and "jane" not in text
    assert info["redaction"]["email"] == 2 and describe_text(path) == text  # data for the dialog, words for people
    i18n.set_language("fr")
    assert "Éléments remplacés\u00a0: 2 adresses e-mail" in describe_text(path)


def test_names_carry_the_date_and_the_short_bundle_id(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    assert bundle_filename("1a2b3c4d-5e6f-7a8b-9c0d-112233445566", datetime(2026, 11, 25, 7, 1, 2, tzinfo=UTC)) == "selfdesk-20261125-070102-1a2b3c4d.zip"
    folder = tmp_path / "not-yet-there"
    path = make(tmp_path, ctx, folder)  # a folder, created, receives the standard name
    assert path.parent == folder and NAME.match(path.name)
    manifest = json.loads(zipfile.ZipFile(path).read("manifest.json"))
    assert path.name.endswith(manifest["bundle_id"].replace("-", "")[:8] + ".zip") and bundle_filename_for(path) == path.name
    again = repack(path, folder)
    assert NAME.match(again.name) and again != path and path.exists()  # a re-pack never overwrites its source
    repacked = json.loads(zipfile.ZipFile(again).read("manifest.json"))
    assert repacked["repacked_from"]["bundle_id"] == manifest["bundle_id"]
    # what the first pass replaced is still said: a re-pack of a redacted bundle does not read "Nothing needed hiding"
    assert repacked["redaction"] == manifest["redaction"] and manifest["redaction"]["email"] == 2
    assert "2 e-mail addresses" in describe_text(again)


def test_a_repack_keeps_placeholders_and_never_reuses_their_numbers(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    first = make(tmp_path, ctx)
    recorded = tmp_path / "rec"
    with zipfile.ZipFile(first) as z:
        z.extractall(recorded)
    obs_file = recorded / "observations.jsonl"
    extra = {"kind": "command", "argv": ["iw", "dev", "wlan0", "link"], "returncode": 0, "stdout": "\tSSID: OtherNet\n", "stderr": "", "error": None, "duration_ms": 1.0}
    obs_file.write_text(obs_file.read_text() + json.dumps(extra) + "\n")
    (recorded / "manifest.json").write_text(json.dumps(json.loads((recorded / "manifest.json").read_text()) | {"files": []}))
    again = repack(recorded, tmp_path / "again.zip")
    lines = zipfile.ZipFile(again).read("observations.jsonl").decode().splitlines()
    old, new = (re.search(r"<ssid-\d+>", json.loads(line)["stdout"]).group(0) for line in lines)
    assert old == "<ssid-1>" and new != old and "OtherNet" not in "".join(lines)


def test_ticket_cli_names_its_bundle_like_every_other(tmp_path: Path, monkeypatch, no_surprises, ctx) -> None:  # type: ignore[no-untyped-def]
    from desktop_app import registry, system
    from desktop_app.cli import ticket
    from desktop_app.diagnostics import system_summary

    values = {"os": {"pretty": "Debian 12"}, "hostname": "h1", "clock": {"utc": "2026-11-25T07:00:00+00:00", "timezone": "UTC", "utc_offset_minutes": 0, "epoch": 1795000000}, "boot_time": 1794990000, "sensors_battery": None}
    monkeypatch.setattr(system, "LiveSystem", lambda *a, **k: no_surprises("linux", values=values))
    monkeypatch.setattr(registry, "select_checks", lambda *a, **k: list(system_summary.CHECKS))
    _, path = ticket._fresh_bundle(ctx("linux"), tmp_path)
    assert NAME.match(path.name)
    assert json.loads(zipfile.ZipFile(path).read("manifest.json"))["trigger"]["kind"] == "ticket"


def test_a_tampered_manifest_is_still_described_without_crashing(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    """`ticket --from-bundle` and the ticket dialog describe a bundle the user picked: whatever its manifest
    holds, the listing shows what can be read."""
    path = make(tmp_path, ctx)
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest.update(files=[1, {"path": None, "size": "big"}, {"path": "results.json", "size": 10}], redaction=[1], dropped="x", trigger=3)
    members["manifest.json"] = json.dumps(manifest).encode()
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    text = describe_text(tampered)
    assert "results.json" in text and "Nothing needed hiding." in text


def test_the_standard_name_of_a_damaged_bundle_is_its_own_name(tmp_path: Path) -> None:
    """The outbox attaches a bundle the user picked under its standard name; a damaged one keeps its own."""
    path = tmp_path / "mine.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", '{"bundle_id": "x", "created_at": "2026-11-25T07:00:00+00:00"}')
    data = bytearray(path.read_bytes())
    data[zipfile.ZipFile(path).getinfo("manifest.json").header_offset + 8] = 99  # an unknown compression method
    data[data.rfind(b"PK\x01\x02") + 10] = 99
    path.write_bytes(bytes(data))
    assert bundle_filename_for(path) == "mine.zip"
