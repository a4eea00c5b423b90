"""Names of this computer and its user, whatever their length, and the manifest: nothing that goes into the
zip (results, reports, manifest, file names) shows them."""

from __future__ import annotations

import json
import socket
import zipfile
from pathlib import Path

from desktop_app.bundle import create_bundle
from desktop_app.model import Result, Status
from desktop_app.redaction import Redactor


def files_of(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist()}


def test_a_two_letter_hostname_is_hidden_where_it_names_the_computer(tmp_path: Path, ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(socket, "gethostname", lambda: "vm")
    monkeypatch.setattr("getpass.getuser", lambda: "me")
    obs = [
        {"kind": "probe", "name": "hostname", "value": "vm", "error": None, "duration_ms": 1.0},
        {"kind": "command", "argv": ["hostnamectl"], "returncode": 0, "stdout": " Static hostname: vm\n       Icon name: computer-vm\n", "stderr": "", "error": None, "duration_ms": 1.0},
        {"kind": "command", "argv": ["chage", "-l", "me"], "returncode": 0, "stdout": "Password expires : never\n", "stderr": "", "error": None, "duration_ms": 1.0},
    ]
    results = [Result("system", Status.OK, "System", "Up 2 days", {"hostname": "vm", "os": "Debian 12"})]
    log = "me@vm:~$ selfdesk bundle create\nvm.swappiness = 60, vmstat ok\nopened \\\\vm\\share and /home/me/notes\n"
    files = files_of(create_bundle(tmp_path, observations=obs, results=results, ctx=ctx("linux"), fix_log=[], log_tail=log, baseline=None))
    facts = json.loads(files["results.json"])[0]["facts"]
    assert facts["hostname"].startswith("<host-") and facts["os"] == "Debian 12"
    assert f"Computer name: {facts['hostname']}" in files["report.txt"]
    assert "Nothing needed hiding" not in files["report.txt"]
    obs_lines = [json.loads(line) for line in files["observations.jsonl"].splitlines()]
    assert obs_lines[0]["value"] == facts["hostname"]
    assert f"Static hostname: {facts['hostname']}" in obs_lines[1]["stdout"]
    assert obs_lines[2]["argv"][2].startswith("<user-")
    tail = files["log-tail.txt"]
    assert f"<user-1>@{facts['hostname']}:~$" in tail and f"\\\\{facts['hostname']}\\share" in tail and "/home/<user-1>/notes" in tail
    # elsewhere the letters stay: a short name is only replaced where it names this computer or its user
    assert "vm.swappiness = 60, vmstat ok" in tail and "computer-vm" in obs_lines[1]["stdout"]


def test_system_names_of_any_length_are_replaced_as_whole_words() -> None:
    r = Redactor(current_user="al", current_host="alpine-box")
    text = "user al on alpine-box ran alpine; al@alpine-box:/home/al$ ; Hostname: alpine-box"
    r.harvest(text)
    out = r.redact_text(text)
    assert "alpine-box" not in out and "ran alpine;" in out  # whole words only
    assert "<user-1>@<host-1>:/home/<user-1>$" in out


def test_manifest_and_reports_never_name_the_user_of_a_dropped_output(tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    """A tool in the user's home folder printing more than 1 MB: the note about what was cut names the tool
    by a placeholder, in the manifest and in both reports."""
    big = "line of output\n" * 80_000  # 1.2 MB
    obs = [{"kind": "command", "argv": ["/home/zorglub/bin/mytool", "--all"], "returncode": 0, "stdout": big, "stderr": "", "error": None, "duration_ms": 9.0}]
    path = create_bundle(tmp_path, observations=obs, results=[], ctx=ctx("linux"), fix_log=[], log_tail="", baseline=None)
    files = files_of(path)
    for name in ("manifest.json", "report.txt", "report.html", "observations.jsonl"):
        assert "zorglub" not in files[name], name
    assert "zorglub" not in path.name
    manifest = json.loads(files["manifest.json"])
    assert any("/home/<user-" in d["what"] and "mytool" in d["what"] for d in manifest["dropped"])
    assert "mytool" in files["report.txt"]  # the technician still learns which output was cut
