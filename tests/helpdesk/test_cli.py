"""`selfdesk ticket` and `selfdesk outbox` as a user or a script sees them."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest

from desktop_app.cli import main
from tests.helpdesk.conftest import make_bundle, write_admin_policy
from tests.helpdesk.fakehelpdesks import SECRET, USER, Server, helpdesk_settings
from tests.helpdesk.rtlab import free_port


@pytest.fixture
def webhook(secrets: object) -> Server:
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("webhook") as server:
        yield server


def _policy(tmp_path: Path, url: str) -> str:
    settings = helpdesk_settings("webhook", url)
    return str(write_admin_policy(tmp_path / "etc", **settings))


def test_ticket_for_scripts_is_sent_and_listed(webhook: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = _policy(tmp_path, webhook.url)
    bundle = make_bundle(tmp_path)
    code = main(["ticket", "--policy", policy, "--from-bundle", str(bundle), "--title", "No VPN", "--message", "Since 9am", "--urgency", "high", "--yes"])
    out = capsys.readouterr().out
    [ticket] = webhook.state.tickets.values()
    assert code == 0 and out.strip() == f"sent as #{ticket.id}"
    assert ticket.data["title"] == "No VPN" and ticket.data["urgency"] == "high" and "Since 9am" in ticket.data["body"]
    assert ticket.attachments[0][1] == bundle.read_bytes()
    assert main(["outbox", "list", "--json", "--policy", policy]) == 0
    [item] = json.loads(capsys.readouterr().out)["items"]
    assert item["state"] == "sent" and item["ticket_ref"] == ticket.id and item["ticket_label"] == f"#{ticket.id}" and "draft" not in item


def test_offline_ticket_is_saved_in_french_then_sent_by_outbox_send(secrets: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    port = free_port()
    policy = _policy(tmp_path, f"http://127.0.0.1:{port}")
    code = main(["ticket", "--lang", "fr", "--policy", policy, "--no-bundle", "--message", "Imprimante", "--yes"])
    captured = capsys.readouterr()
    assert code == 0 and "enregistré — sera envoyé dès que vous serez de nouveau en ligne" in captured.out
    assert "injoignable" in captured.err
    assert main(["outbox", "list", "--lang", "en", "--policy", policy]) == 0
    assert "waiting to be sent" in capsys.readouterr().out
    # bring the helpdesk up on the port the policy names
    up = Server("webhook", port=port)
    up.thread.start()
    try:
        assert main(["outbox", "send", "--lang", "en", "--policy", policy]) == 0
        out = capsys.readouterr().out
        [ticket] = up.state.tickets.values()
        assert f"ticket #{ticket.id}" in out and "sent" in out
    finally:
        up.shutdown()
        up.server_close()


def test_discard_and_usage_errors(webhook: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.helpdesk.draft import TicketDraft
    from desktop_app.helpdesk.outbox import Outbox

    item = Outbox().queue(TicketDraft(title="old", body="b"), None)
    assert main(["outbox", "discard", item.id]) == 0
    assert Outbox().load(item.id).state == "discarded"
    assert main(["outbox", "discard", "nope"]) == 2
    assert main(["ticket", "--no-bundle", "--yes"]) == 2  # no helpdesk configured
    assert main(["ticket", "--policy", _policy(tmp_path, webhook.url), "--from-bundle", str(tmp_path / "missing.zip"), "--yes"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert all(line.startswith("selfdesk: ") for line in err) and len(err) == 3


def _run_on_a_terminal(args: list[str], answers: str) -> tuple[int, str]:
    """Run `selfdesk` with a pseudo-terminal as stdin/stdout (the interactive path) and type ``answers``."""
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    from tests.helpdesk.conftest import REPO

    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *args], stdin=slave, stdout=slave, stderr=slave, cwd=REPO,
        env=dict(os.environ, PYTHONPATH=str(REPO)),
    )
    os.close(slave)
    os.write(master, answers.encode())
    chunks = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 1.0)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    if proc.poll() is None:
        proc.kill()  # waiting for an answer the test did not give: fail, never hang
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode(errors="replace")


def test_interactive_ticket_shows_the_text_and_attachment_then_asks(webhook: Server, tmp_path: Path) -> None:
    policy = _policy(tmp_path, webhook.url)
    bundle = make_bundle(tmp_path)
    code, screen = _run_on_a_terminal(["ticket", "--policy", policy, "--from-bundle", str(bundle)], "Outlook crashes\nana@corp.example\ny\n")
    assert code == 0, screen
    assert "Title: I need help with my computer" in screen
    # the same listing as the ticket dialog: files with sizes, then what redaction replaced
    assert "Attachment bundle.zip (" in screen and "report.txt" in screen and "Nothing needed hiding." in screen
    assert "Send this ticket to IT? [y/N]" in screen
    [ticket] = webhook.state.tickets.values()
    assert f"sent as #{ticket.id}" in screen and "Outlook crashes" in ticket.data["body"]


def test_interactive_ticket_can_be_cancelled(webhook: Server, tmp_path: Path) -> None:
    code, screen = _run_on_a_terminal(["ticket", "--policy", _policy(tmp_path, webhook.url), "--no-bundle"], "\n\nn\n")
    assert code == 1 and "Not sent." in screen and not webhook.state.tickets


def test_discard_takes_the_short_id_that_list_shows(secrets: object, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.helpdesk.draft import TicketDraft
    from desktop_app.helpdesk.outbox import Outbox

    item = Outbox().queue(TicketDraft(title="old printer", body="b"), None)
    assert main(["outbox", "list"]) == 0
    short = capsys.readouterr().out.split()[0]
    assert len(short) == 8 and item.id.startswith(short)
    assert main(["outbox", "discard", short]) == 0
    assert Outbox().load(item.id).state == "discarded" and "Discarded: old printer" in capsys.readouterr().out


def test_an_ambiguous_short_id_discards_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.helpdesk.outbox import Outbox, OutboxItem

    outbox = Outbox()
    for key in ("abcd0001-1111-4111-8111-111111111111", "abcd0002-2222-4222-8222-222222222222"):
        outbox._ensure_folder(key)
        outbox._save(OutboxItem(id=key, created_at="2025-01-01T00:00:00+00:00", title=key[:8]))
    assert main(["outbox", "discard", "abcd"]) == 2
    assert "matches 2 items" in capsys.readouterr().err
    assert [i.state for i in Outbox().items()] == ["queued", "queued"]
    assert main(["outbox", "discard", "ABCD0002"]) == 0  # one more character is enough (any case)
    assert [i.state for i in Outbox().items()] == ["queued", "discarded"]


def test_a_configuration_problem_is_not_reported_as_offline(tmp_path: Path, capsys: pytest.CaptureFixture[str], secrets: object) -> None:
    policy = _policy(tmp_path, f"http://127.0.0.1:{free_port()}")  # no secret saved in the keyring
    code = main(["ticket", "--policy", policy, "--no-bundle", "--message", "VPN", "--yes"])
    out = capsys.readouterr().out
    assert code == 1 and out.startswith("saved — IT must fix the helpdesk settings: No helpdesk credentials are saved")
    assert "back online" not in out


def test_a_helpdesk_that_needs_an_address_asks_for_email(tmp_path: Path, capsys: pytest.CaptureFixture[str], secrets: object) -> None:
    keyring.set_password("SelfDesk", USER, SECRET)
    with Server("freshservice") as server:
        policy = str(write_admin_policy(tmp_path / "etc", **helpdesk_settings("freshservice", server.url)))
        assert main(["ticket", "--policy", policy, "--no-bundle", "--yes"]) == 2
        assert "--email" in capsys.readouterr().err and not server.state.tickets
        assert main(["ticket", "--policy", policy, "--no-bundle", "--yes", "--email", "ana@corp.example"]) == 0
        [ticket] = server.state.tickets.values()
        assert ticket.data["email"] == "ana@corp.example" and capsys.readouterr().out.strip() == f"sent as #{ticket.id}"


def test_a_damaged_item_is_listed_in_french_and_discarded_by_its_short_id(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app.helpdesk.draft import TicketDraft
    from desktop_app.helpdesk.outbox import Outbox

    item = Outbox().queue(TicketDraft(title="VPN", body="b"), None)
    (Outbox().folder / item.id / "item.json").write_text('{"id": 5}')
    assert main(["outbox", "list", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert f"{item.id[:8]}  " in out and "endommagé, ne peut pas être envoyé" in out
    assert "Cette demande enregistrée est endommagée et ne peut pas être envoyée" in out
    assert main(["outbox", "send"]) == 0  # nothing that can be sent is waiting
    capsys.readouterr()
    assert main(["outbox", "discard", item.id[:8]]) == 0
    assert capsys.readouterr().out.strip() == f"Discarded: {item.id[:8]}"
    assert Outbox().load(item.id).state == "discarded"
