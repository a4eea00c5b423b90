"""The outbox: written to disk before any attempt, backoff, discard, errors as states, crash-safe files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from desktop_app.helpdesk import outbox as outbox_mod
from desktop_app.helpdesk.backends import BackendUnavailableError, from_policy
from desktop_app.helpdesk.backends.base import DeliveryError
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox, atomic_write, backoff, bundle_key
from tests.helpdesk.conftest import make_bundle, make_policy


class Recorder:
    """An in-memory backend that records calls; ``errors`` are raised once each, in order."""

    name = "recorder"
    ref_style = "number"
    max_attachment_bytes = 10_000_000

    def __init__(self, errors: list[DeliveryError] | None = None) -> None:
        self.tickets: dict[str, str] = {}
        self.attached: list[tuple[str, bytes]] = []
        self.errors = list(errors or [])
        self.calls: list[str] = []

    def _maybe_fail(self, step: str) -> None:
        self.calls.append(step)
        if self.errors and self.errors[0].kind.startswith(step):
            raise self.errors.pop(0)

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    def find(self, key: str) -> str | None:
        self._maybe_fail("find")
        return next((ref for ref, k in self.tickets.items() if k == key), None)

    def create(self, draft: TicketDraft, key: str) -> str:
        self._maybe_fail("create")
        ref = str(1234 + len(self.tickets))
        self.tickets[ref] = key
        return ref

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        self._maybe_fail("attach")
        self.attached.append((ref, bundle_path.read_bytes()))


def _draft(**kw: Any) -> TicketDraft:
    return TicketDraft(title=kw.pop("title", "Cannot print"), body="verdict", **kw)


def test_queue_writes_ticket_and_bundle_copy_before_any_send(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    box = Outbox(tmp_path / "outbox")
    item = box.queue(_draft(user_text="my words"), bundle)
    manifest = json.loads(__import__("zipfile").ZipFile(bundle).read("manifest.json"))
    assert item.id == manifest["bundle_id"] and item.state == "queued" and item.attempts == 0
    assert (tmp_path / "outbox" / item.id / "bundle.zip").read_bytes() == bundle.read_bytes()
    stored = json.loads((tmp_path / "outbox" / item.id / "item.json").read_text())
    assert stored["draft"]["user_text"] == "my words"
    bundle.unlink()  # the user's original may go away: the outbox has its own copy
    assert box.bundle_path(box.load(item.id)) is not None
    assert box.queue(_draft(), None).id != item.id  # no bundle: a fresh uuid key


def test_the_same_bundle_queued_twice_is_one_ticket(tmp_path: Path) -> None:
    bundle = make_bundle(tmp_path)
    box = Outbox(tmp_path / "o")
    assert box.queue(_draft(), bundle).id == box.queue(_draft(title="again"), bundle).id
    assert len(box.items()) == 1


def test_default_folder_is_the_per_user_outbox() -> None:
    assert Outbox().folder == Path(os.environ["SELFDESK_HOME"]) / "data" / "outbox"


def test_delivered_once_and_attached(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), make_bundle(tmp_path))
    backend = Recorder()
    [sent] = box.send_pending(backend)
    assert (sent.state, sent.ticket_ref, sent.ticket_label, sent.attempts) == ("sent", "1234", "#1234", 1)
    assert backend.calls == ["find", "create", "attach"] and len(backend.attached) == 1
    assert box.send_pending(backend, force=True) == []  # a sent item is never sent again
    assert box.load(item.id).state == "sent"


def test_offline_backs_off_exponentially_and_keeps_the_item(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    box.queue(_draft(), None)
    offline = [DeliveryError("find", "offline") for _ in range(3)]
    backend = Recorder(offline)
    now = 1_000_000.0
    [first] = box.send_pending(backend, now=now)
    assert first.state == "queued" and first.next_attempt == now + backoff(1)
    assert box.send_pending(backend, now=now + backoff(1) - 1) == []  # honours the backoff
    [second] = box.send_pending(backend, now=now + backoff(1))
    assert second.next_attempt == now + backoff(1) + backoff(2) and backoff(2) == 2 * backoff(1)
    assert backoff(50) == outbox_mod.BACKOFF_MAX


def test_created_not_attached_resumes_at_attach(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    box.queue(_draft(), make_bundle(tmp_path))
    backend = Recorder([DeliveryError("attach", "server down")])
    [first] = box.send_pending(backend)
    assert first.state == "queued" and first.ticket_label == "#1234" and not first.attached
    [second] = box.send_pending(backend, force=True)
    assert second.state == "sent" and len(backend.tickets) == 1
    assert backend.calls == ["find", "create", "attach", "attach"]


def test_a_backend_bug_is_a_state_not_a_crash(tmp_path: Path) -> None:
    class Broken(Recorder):
        def create(self, draft: TicketDraft, key: str) -> str:
            raise KeyError("oops")

    box = Outbox(tmp_path / "o")
    box.queue(_draft(), None)
    [item] = box.send_pending(Broken())
    assert item.state == "queued" and "KeyError" in item.last_error


def test_discard_keeps_a_record_but_drops_the_bundle_and_never_sends(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), make_bundle(tmp_path))
    box.discard(item.id)
    assert box.load(item.id).state == "discarded" and box.bundle_path(box.load(item.id)) is None
    assert box.send_pending(Recorder(), force=True) == []
    with pytest.raises(KeyError):
        box.discard("../etc")


def test_no_backend_configured_is_an_error_state(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    box.queue(_draft(), None)
    [item] = box.send_pending(policy=make_policy())
    assert item.state == "error" and item.error_kind == "config"


def test_atomic_write_leaves_old_content_when_interrupted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "item.json"
    atomic_write(target, b"old")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["item.json"]


def test_bundle_key_from_a_corrupt_or_hostile_manifest_is_a_fresh_uuid(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "b.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"bundle_id": "../../x' OR 1=1"}))
    assert len(bundle_key(path)) == 36
    (tmp_path / "c.zip").write_bytes(b"not a zip")
    assert len(bundle_key(tmp_path / "c.zip")) == 36


def test_plain_http_is_refused_unless_the_admin_allows_it(secrets: object) -> None:
    import keyring

    keyring.set_password("SelfDesk", "bot", "x")
    with pytest.raises(BackendUnavailableError, match="plain HTTP"):
        from_policy(make_policy(backend="rt", url="http://rt.example", username="bot"))
    assert from_policy(make_policy(backend="rt", url="http://127.0.0.1:1", username="bot", allow_http=True)) is not None
    assert from_policy(make_policy(backend="rt", url="https://rt.example", username="bot")) is not None
    assert from_policy(make_policy()) is None
    with pytest.raises(BackendUnavailableError, match="'carrier-pigeon' set by your administrator is not known"):
        from_policy(make_policy(backend="carrier-pigeon"))


@pytest.mark.parametrize(
    "settings",
    [
        {"backend": "email", "smtp_host": "127.0.0.1", "mail_to": "it@x.example", "options": {"timeout": "soon"}},
        {"backend": "webhook", "url": "https://hooks.example/t", "username": "bot", "options": {"search_url": 5}},
    ],
)
def test_settings_of_the_wrong_kind_are_a_configuration_error_not_a_crash(tmp_path: Path, secrets: object, settings: dict) -> None:
    import keyring

    keyring.set_password("SelfDesk", "bot", "x")
    box = Outbox(tmp_path / "o")
    box.queue(_draft(), None)
    [item] = box.send_pending(policy=make_policy(**settings))
    assert (item.state, item.error_kind) == ("error", "config")
    assert item.last_error.startswith("The helpdesk settings from your administrator are not valid")


def test_endpoints_from_a_user_writable_file_are_ignored(tmp_path: Path) -> None:
    from desktop_app import policy

    folder = tmp_path / "user"
    folder.mkdir()
    folder.chmod(0o777)
    path = folder / "evil.toml"
    path.write_text('[helpdesk]\nbackend = "webhook"\nurl = "https://attacker.example/hook"\n')
    loaded = policy.load(path, system_paths=[], user_path=tmp_path / "none.toml")
    assert loaded.get("helpdesk", "url") == "" and loaded.get("helpdesk", "backend") == "none"


def test_a_bundle_above_the_backend_limit_is_shrunk_with_repack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop_app.bundle

    calls: list[int] = []

    def repack(src: Path, out: Path, *, max_bytes: int) -> Path:
        calls.append(max_bytes)
        Path(out).write_bytes(b"small")
        return Path(out)

    monkeypatch.setattr(desktop_app.bundle, "repack", repack, raising=False)
    box = Outbox(tmp_path / "o")
    box.queue(_draft(), make_bundle(tmp_path, payload=os.urandom(300_000)))
    backend = Recorder()
    backend.max_attachment_bytes = 150_000
    [sent] = box.send_pending(backend)
    assert sent.state == "sent" and calls == [150_000] and backend.attached[0][1] == b"small"


def test_a_bundle_that_cannot_be_shrunk_is_an_error_and_the_ticket_still_exists(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), make_bundle(tmp_path, payload=os.urandom(50_000)))
    backend = Recorder()
    backend.max_attachment_bytes = 10_000  # below the smallest bundle the writer can make (its 100 KB floor)
    [tried] = box.send_pending(backend)
    assert (tried.state, tried.error_kind, tried.ticket_label) == ("error", "too_large", "#1234")
    assert "MB" in tried.last_error and box.bundle_path(box.load(item.id)) is not None


def test_pending_next_due_and_one_line_descriptions(tmp_path: Path) -> None:
    from desktop_app.helpdesk.outbox import describe

    box = Outbox(tmp_path / "o")
    assert box.next_due() is None
    box.queue(_draft(), None)
    [waiting] = box.send_pending(Recorder([DeliveryError("find", "offline")]), now=100.0)
    assert box.next_due() == waiting.next_attempt == 100.0 + backoff(1)
    assert describe(waiting) == "saved — will be sent when you're back online"
    [sent] = box.send_pending(Recorder(), force=True)
    assert describe(sent) == "sent as #1234" and box.pending() == []


def test_after_an_interrupted_send_an_eventually_consistent_search_is_asked_twice(tmp_path: Path) -> None:
    class Lagging(Recorder):
        search_settle_seconds = 0.01

        def find(self, key: str) -> str | None:
            self.calls.append("find")
            # the index shows the ticket only from the second search on
            return next(iter(self.tickets), None) if self.calls.count("find") > 1 else None

    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), None)
    backend = Lagging()
    backend.tickets["1234"] = item.id  # created by a sender that was killed before recording it
    stored = box.load(item.id)
    stored.state = "sending"
    box._save(stored)
    [sent] = box.send_pending(backend)
    assert sent.state == "sent" and sent.ticket_label == "#1234" and "create" not in backend.calls


def test_outbox_files_are_private(tmp_path: Path) -> None:
    import stat

    box = Outbox(tmp_path / "o")
    good = box.queue(_draft(), make_bundle(tmp_path))
    for path in (box.folder, box.folder / good.id, box.folder / good.id / "item.json", box.folder / good.id / "bundle.zip"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


DAMAGE = {
    "not JSON": b"{not json",
    "cut short": b'{"id": "x", "created_at": "2025-',
    "not UTF-8": b'{"title": "caf\xe9"}',
    "a list": b"[]",
    "null": b"null",
    "a wrong type": None,  # the real item with "attempts": "3" (each pass would crash on attempts += 1)
    "another item's id": None,
    "a draft title that is not text": None,
    "an unknown state": None,
}


def test_a_stored_error_whose_parameters_do_not_fit_is_shown_as_stored(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), None)
    stored = box.load(item.id)
    stored.last_error, stored.error_source, stored.error_params = "as stored", "HTTP {status} {missing}", {"status": 500}
    box._save(stored)
    assert box.load(item.id).error_message() == "as stored" and box.load(item.id).public()["error"] == "as stored"


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_item_is_shown_never_sent_and_can_be_discarded(tmp_path: Path, damage: str) -> None:
    from desktop_app.helpdesk.outbox import describe

    box = Outbox(tmp_path / "o")
    good = box.queue(_draft(title="Printer"), None)
    bad = box.queue(_draft(title="broken"), make_bundle(tmp_path))
    path = box.folder / bad.id / "item.json"
    stored = json.loads(path.read_text())
    content = DAMAGE[damage]
    if damage == "a wrong type":
        content = json.dumps({**stored, "attempts": "3"}).encode()
    elif damage == "another item's id":
        content = json.dumps({**stored, "id": good.id}).encode()
    elif damage == "a draft title that is not text":
        content = json.dumps({**stored, "draft": {**stored["draft"], "title": 7}}).encode()
    elif damage == "an unknown state":
        content = json.dumps({**stored, "state": "lost"}).encode()
    path.write_bytes(content)

    listed = {i.id: i for i in box.items()}
    assert listed[good.id].state == "queued" and listed[bad.id].state == "damaged"  # shown, not hidden
    assert listed[bad.id].error_message().startswith("This saved request is damaged and cannot be sent")
    assert describe(listed[bad.id]) == "damaged, cannot be sent"
    assert [i.id for i in box.pending()] == [good.id]
    backend = Recorder()
    assert [i.id for i in box.send_pending(backend, force=True)] == [good.id]  # the pass goes on, never crashes
    assert len(backend.tickets) == 1 and path.read_bytes() == content  # the damaged file is left as it was
    assert box.next_due() is None and box.send_pending(backend, force=True) == []
    assert box.discard(bad.id).state == "discarded"
    assert box.load(bad.id).state == "discarded" and not (box.folder / bad.id / "bundle.zip").exists()


def test_a_clock_set_back_does_not_postpone_delivery_for_days(tmp_path: Path) -> None:
    """Backoff times are wall-clock; after the clock is corrected backwards (a wrong date, a VM snapshot) a next
    attempt further away than the longest backoff cannot be right: the item is due now."""
    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), None)
    [waiting] = box.send_pending(Recorder([DeliveryError("find", "offline")]), now=1_000_000.0)
    assert waiting.next_attempt == 1_000_000.0 + backoff(1)
    assert box.send_pending(Recorder(), now=1_000_000.0 + 5) == []  # a normal backoff is honoured
    back = 1_000_000.0 - 2 * 86400  # the clock went back two days
    assert box.next_due(now=back) == back
    [sent] = box.send_pending(Recorder(), now=back)
    assert sent.id == item.id and sent.state == "sent"


def test_a_discarded_ticket_queued_again_is_revived_without_a_second_ticket(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    bundle = make_bundle(tmp_path)
    item = box.queue(_draft(), bundle)
    backend = Recorder([DeliveryError("attach", "server down")])
    [created] = box.send_pending(backend)
    assert created.state == "queued" and created.remote_id == "1234"
    box.discard(item.id)
    revived = box.queue(_draft(title="after all"), bundle)  # e.g. `selfdesk ticket --from-bundle` again
    assert (revived.id, revived.state, revived.remote_id) == (item.id, "queued", "1234")
    [sent] = box.send_pending(backend)
    assert sent.state == "sent" and sent.ticket_label == "#1234"
    assert len(backend.tickets) == 1 and len(backend.attached) == 1 and backend.calls.count("create") == 1


def test_delivery_and_discard_drop_every_bundle_copy_but_keep_the_record(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o")
    sent = box.queue(_draft(), make_bundle(tmp_path / "a"))
    dropped = box.queue(_draft(), make_bundle(tmp_path / "b"))
    for item in (sent, dropped):
        (box.folder / item.id / "bundle-small.zip").write_bytes(b"a shrunk copy")
    box.discard(dropped.id)
    [done] = box.send_pending(Recorder(), force=True)
    assert (done.id, done.state, box.load(dropped.id).state) == (sent.id, "sent", "discarded")
    for item in (sent, dropped):
        assert sorted(p.name for p in (box.folder / item.id).iterdir()) == ["item.json"]


def test_discard_waits_for_a_sender_and_never_races_it(tmp_path: Path) -> None:
    import fcntl

    from desktop_app.helpdesk.outbox import OutboxBusyError

    box = Outbox(tmp_path / "o")
    item = box.queue(_draft(), make_bundle(tmp_path))
    with open(box.folder / ".lock", "a+b") as other_sender:
        fcntl.flock(other_sender.fileno(), fcntl.LOCK_EX)
        with pytest.raises(OutboxBusyError):
            box.discard(item.id, wait=0.3)
    assert box.load(item.id).state == "queued" and box.bundle_path(box.load(item.id)) is not None
    assert box.discard(item.id, wait=0.3).state == "discarded"


def test_a_full_disk_while_queuing_leaves_nothing_half_written(tmp_path: Path) -> None:
    """A real full file system (a 1 MB tmpfs in a private mount namespace): the ticket is refused with
    OSError, no folder is left behind, and once there is room the same bundle queues normally."""
    import shutil
    import subprocess
    import sys

    from tests.helpdesk.conftest import REPO

    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare to mount a small tmpfs")
    bundle = make_bundle(tmp_path, payload=os.urandom(600_000))
    script = f"""
import errno, os, sys
sys.path.insert(0, {str(REPO)!r})
from pathlib import Path
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.helpdesk.outbox import Outbox
box = Outbox(Path(sys.argv[1]) / "outbox")
filler = Path(sys.argv[1]) / "filler"
filler.write_bytes(b"x" * 700_000)
try:
    box.queue(TicketDraft(title="t", body="b"), Path(sys.argv[2]))
except OSError as exc:
    print("refused", errno.errorcode[exc.errno], sorted(p.name for p in box.folder.iterdir()))
filler.unlink()
item = box.queue(TicketDraft(title="t", body="b"), Path(sys.argv[2]))
print("queued", item.state, (box.folder / item.id / "bundle.zip").stat().st_size == Path(sys.argv[2]).stat().st_size)
"""
    disk = tmp_path / "disk"
    disk.mkdir()
    shell = f'mount -t tmpfs -o size=1m selfdesk-test "{disk}" && exec "{sys.executable}" -c "$0" "{disk}" "{bundle}"'
    run = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c", shell, script], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["refused ENOSPC []", "queued queued True"]


def test_a_stored_error_is_shown_in_the_language_chosen_later(tmp_path: Path, secrets: object) -> None:
    from desktop_app import i18n

    box = Outbox(tmp_path / "o")
    box.queue(_draft(), None)
    [item] = box.send_pending(policy=make_policy(backend="rt", url="https://rt.example", username="bot"))
    assert item.last_error == "No helpdesk credentials are saved in the system keyring for 'bot'."
    i18n.set_language("fr")
    try:
        assert box.load(item.id).error_message() == "Aucun identifiant de l’outil d’assistance n’est enregistré dans le trousseau du système pour «\u00a0bot\u00a0»."
    finally:
        i18n.set_language("en")
