"""The durable outbox: every ticket is on disk (atomically) before any send attempt, and leaves only when
delivered or discarded by the user.

One folder per item, named by its key (the bundle id): ``item.json`` (state + draft) and ``bundle.zip`` (sent as
``attach/<date + short id>.zip``, the standard bundle name; ``bundle-small.zip`` when it had to be shrunk). The
bundle copies go once the ticket is delivered or discarded; the record stays (``purge_sent`` removes old ones).
Delivery is exactly once: the key is recorded with the ticket and searched for before creating, and each step
(created, attached, sent) is saved as soon as it happens, so a restart resumes where the last run stopped.
An ``item.json`` that cannot be read is shown as "damaged" (never sent, never hidden) until the user discards it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import signal
import tempfile
import time
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.bundle import MIN_CAP as MIN_ATTACHMENT  # below this a bundle cannot hold its reports
from desktop_app.helpdesk.backends.base import Text
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.i18n import N_, tr

log = logging.getLogger(__name__)

STATES = ("queued", "sending", "sent", "error", "discarded", "damaged")
PENDING = ("queued", "sending", "error")  # waiting to be delivered (the tray badge, `outbox send`)
BACKOFF_FIRST = 30.0
BACKOFF_MAX = 3600.0
SHRINK_FACTOR = 0.5  # after a 413, the next try aims at half the size the server refused
BUNDLE_FILES = ("bundle.zip", "bundle-small.zip")  # the outbox's copy and its shrunk version
DAMAGED = N_("This saved request is damaged and cannot be sent: discard it and contact IT another way.")
# Tests only: make a `selfdesk outbox send` subprocess die (SIGKILL) or pause at a named step.
FAULT_ENV = "SELFDESK_OUTBOX_FAULT"  # e.g. "kill:after_create" or "pause:before_create:5"


@dataclass
class OutboxItem:
    id: str
    created_at: str
    title: str
    state: str = "queued"
    ticket_ref: str = ""  # raw: "1234", "INC0010001", "it@example.org" (see ref_style and messages.ref_label)
    ref_style: str = ""  # number | key | email
    last_error: str = ""
    error_kind: str = ""
    error_source: str = ""  # English source of last_error, to show it again in the current language
    error_params: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    next_attempt: float = 0.0
    backend: str = ""
    remote_id: str = ""  # the backend's own id (may differ from the ref shown to people)
    create_pending: bool = False  # a create was sent and its outcome is unknown (timeout, crash): search first
    attachment_limit: int = 0  # bytes the helpdesk accepted at most so far (learned from a 413), 0 = unknown
    attached: bool = False
    has_bundle: bool = False
    attachment_name: str = ""  # the bundle's standard name (date + short id), the same on every try
    sent_at: str = ""
    draft: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any) -> OutboxItem:
        """The item an ``item.json`` holds; ValueError when it holds anything else (a damaged or foreign file):
        a wrong type here would otherwise break every later delivery pass, not just this item's."""
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                continue
            value, kind = data[spec.name], _FIELD_TYPES[spec.name]
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if type(value) is not kind:
                raise ValueError(f"{spec.name}: {type(value).__name__} instead of {kind.__name__}")
            values[spec.name] = value
        draft = values.get("draft", {})
        for name, value in draft.items():
            if name in _DRAFT_TYPES and type(value) is not _DRAFT_TYPES[name]:
                raise ValueError(f"draft.{name}: {type(value).__name__} instead of {_DRAFT_TYPES[name].__name__}")
        state = values.get("state", "queued")
        if state not in STATES or state == "damaged":  # "damaged" is what the outbox shows, never what it writes
            raise ValueError(f"unknown state {state!r}")
        try:
            return cls(**values)
        except TypeError as exc:  # id, created_at or title missing
            raise ValueError(str(exc)) from exc

    @classmethod
    def damaged(cls, item_id: str, created_at: str) -> OutboxItem:
        """What the outbox shows for an ``item.json`` it cannot read: never sent, discardable by the user."""
        return cls(
            id=item_id, created_at=created_at, title="", state="damaged", error_kind="damaged", last_error=tr(DAMAGED), error_source=DAMAGED
        )

    @property
    def ticket_label(self) -> str:
        """The reference as people say it: "#1234", "INC0010001", "by e-mail to it@example.org"."""
        from desktop_app.helpdesk.messages import ref_label

        return ref_label(self.ref_style, self.ticket_ref)

    def error_message(self) -> str:
        """last_error in the current display language."""
        from desktop_app.helpdesk.backends.base import error_text

        return error_text(self.error_source, self.error_params, self.last_error)

    def public(self) -> dict[str, Any]:
        """For `outbox list --json` and the UI: no draft body."""
        data = self.to_json()
        data.pop("draft", None)
        data["ticket_label"] = self.ticket_label
        data["error"] = self.error_message() if self.last_error else ""
        return data


_FIELD_TYPES: dict[str, type] = {
    spec.name: type(getattr(OutboxItem(id="", created_at="", title=""), spec.name)) for spec in fields(OutboxItem)
}
_DRAFT_TYPES: dict[str, type] = {spec.name: type(getattr(TicketDraft(title="", body=""), spec.name)) for spec in fields(TicketDraft)}


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _due_at(item: OutboxItem, now: float) -> float:
    """When the item may be tried. No delay is ever longer than BACKOFF_MAX, so a next attempt further away than
    that was computed before the clock went back (a wrong date corrected, a VM snapshot): due now, not in days."""
    return now if item.next_attempt > now + BACKOFF_MAX + 1 else item.next_attempt


def atomic_write(path: Path, data: bytes) -> None:
    """temp file in the same folder + fsync + os.replace: a reader sees the old file or the new one, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _attachment_name(bundle_path: Path | None) -> str:
    if bundle_path is None:
        return ""
    from desktop_app.bundle.naming import bundle_filename_for

    name = bundle_filename_for(bundle_path)
    return name if name.startswith("selfdesk-") else ""  # a bundle without a readable manifest: named by its key


def bundle_key(bundle_path: Path | None) -> str:
    """The bundle id from its manifest, else a new uuid: the idempotency key."""
    if bundle_path is not None:
        try:
            with zipfile.ZipFile(bundle_path) as archive:
                key = str(json.loads(archive.read("manifest.json")).get("bundle_id") or "")
            if key and all(c.isalnum() or c in "-_." for c in key) and len(key) <= 80:
                return key
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            pass
    return str(uuid.uuid4())


def backoff(attempts: int) -> float:
    return min(BACKOFF_MAX, BACKOFF_FIRST * (2 ** max(0, attempts - 1)))


def _fault(step: str) -> None:
    spec = os.environ.get(FAULT_ENV, "")
    if not spec:
        return
    parts = spec.split(":")
    if len(parts) >= 2 and parts[1] == step:
        if parts[0] == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        elif parts[0] == "pause":
            time.sleep(float(parts[2]) if len(parts) > 2 else 30.0)


class Outbox:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else paths.outbox_dir()

    # -- storage -------------------------------------------------------------------------------------
    def _dir(self, item_id: str) -> Path:
        if not item_id or "/" in item_id or "\\" in item_id or item_id.startswith("."):
            raise KeyError(item_id)
        return self.folder / item_id

    def _ensure_folder(self, item_id: str) -> Path:
        # private to the user: the outbox holds tickets and diagnostic bundles
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        folder = self._dir(item_id)
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def _save(self, item: OutboxItem) -> None:
        atomic_write(self._dir(item.id) / "item.json", json.dumps(item.to_json(), ensure_ascii=False, indent=2).encode())

    def bundle_path(self, item: OutboxItem) -> Path | None:
        path = self._dir(item.id) / "bundle.zip"
        return path if item.has_bundle and path.exists() else None

    def load(self, item_id: str) -> OutboxItem:
        """The stored item; OSError when it cannot be read, ValueError when its file is damaged."""
        path = self._dir(item_id) / "item.json"
        try:
            item = OutboxItem.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, nested beyond reason, wrong types
            raise ValueError(f"{path}: {exc}") from exc
        if item.id != item_id:  # a folder copied under another name would be saved back elsewhere
            raise ValueError(f"{path}: the item says it is {item.id!r}")
        return item

    def _load_or_damaged(self, item_id: str) -> OutboxItem:
        try:
            return self.load(item_id)
        except ValueError as exc:
            log.warning("outbox item %s is damaged: %s", item_id, exc)
            path = self._dir(item_id) / "item.json"
            when = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat(timespec="seconds")
            return OutboxItem.damaged(item_id, when)

    def items(self) -> list[OutboxItem]:
        """Every item, oldest first; a damaged one is listed as such (the user sees it and can discard it)."""
        found: list[OutboxItem] = []
        if not self.folder.is_dir():
            return found
        for child in sorted(self.folder.iterdir()):
            if child.is_dir() and not child.name.startswith(".") and (child / "item.json").exists():
                try:
                    found.append(self._load_or_damaged(child.name))
                except OSError as exc:
                    log.warning("outbox item %s unreadable: %s", child.name, exc)
        return sorted(found, key=lambda i: i.created_at)

    def queue(self, draft: TicketDraft, bundle_path: Path | None) -> OutboxItem:
        """Write the ticket and a copy of its bundle (OSError, e.g. a full disk, leaves nothing half-written).
        The same bundle queued twice is the same ticket; queued again after a discard, it is revived."""
        key = bundle_key(bundle_path)
        folder = self._ensure_folder(key)
        previous = self._load_or_damaged(key) if (folder / "item.json").exists() else None
        if previous is not None and previous.state not in ("discarded", "damaged"):
            return previous
        item = OutboxItem(id=key, created_at=_now_iso(), title=draft.title, draft=draft.to_json(), has_bundle=bundle_path is not None,
                          attachment_name=_attachment_name(bundle_path))
        if previous is not None:
            # what the helpdesk may already hold under this key: never create it twice, resume where it was
            item.remote_id, item.ticket_ref, item.ref_style = previous.remote_id, previous.ticket_ref, previous.ref_style
            item.attached = previous.attached and previous.has_bundle == item.has_bundle
            item.create_pending = previous.create_pending or previous.state == "damaged"
        try:
            if bundle_path is not None:
                # the bundle copy first, the item last: an item.json always has its bundle beside it
                atomic_write(folder / "bundle.zip", Path(bundle_path).read_bytes())
            self._save(item)
        except OSError:
            if previous is None:
                shutil.rmtree(folder, ignore_errors=True)  # no half-queued folder left on a full disk
            raise
        return item

    def pending(self) -> list[OutboxItem]:
        """Items not yet delivered nor discarded (for the tray badge)."""
        return [i for i in self.items() if i.state in PENDING]

    def next_due(self, now: float | None = None) -> float | None:
        """When the background retry should next run (epoch seconds), or None when nothing waits."""
        now = time.time() if now is None else now
        due = [_due_at(i, now) for i in self.pending()]
        return min(due) if due else None

    def resolve(self, prefix: str) -> str:
        """The full id of the item an id or a unique id prefix names (`outbox list` shows 8 characters).
        KeyError when none matches, ValueError when several do."""
        prefix = prefix.strip().lower()
        ids = [i.id for i in self.items()]
        if prefix in ids:
            return prefix
        matches = [i for i in ids if prefix and i.lower().startswith(prefix)]
        if not matches:
            raise KeyError(prefix)
        if len(matches) > 1:
            raise ValueError(f"'{prefix}' matches {len(matches)} items: " + ", ".join(m[:12] for m in matches))
        return matches[0]

    def discard(self, item_id: str, wait: float = 0.0) -> OutboxItem:
        """Never send this item; its record stays, its bundle copies go. Waits up to ``wait`` seconds for a
        sender that holds the outbox (it could otherwise write the item back as queued): OutboxBusyError."""
        with self._lock(wait) as locked:
            if not locked:
                raise OutboxBusyError(item_id)
            item = self._load_or_damaged(item_id)
            if item.state == "damaged":  # nothing readable to keep: a plain record of the discard replaces it
                item = OutboxItem(id=item_id, created_at=item.created_at, title="")
            item.state = "discarded"
            self._save(item)
            self._drop_bundles(item_id)
        return item

    def _drop_bundles(self, item_id: str) -> None:
        folder = self._dir(item_id)
        for name in BUNDLE_FILES:
            with contextlib.suppress(OSError):
                (folder / name).unlink()
        shutil.rmtree(folder / "attach", ignore_errors=True)

    @contextlib.contextmanager
    def _lock(self, wait: float = 0.0) -> Iterator[bool]:
        """One sender at a time (the tray and `selfdesk outbox send` may run together); ``wait`` seconds at most."""
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = open(self.folder / ".lock", "a+b")  # noqa: SIM115 - held for the whole send
        deadline = time.monotonic() + wait
        try:
            while True:
                try:
                    if os.name == "nt":
                        import msvcrt

                        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                    else:
                        import fcntl

                        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError:
                    if time.monotonic() >= deadline:
                        yield False
                        return
                    time.sleep(0.1)
            yield True
        finally:
            handle.close()

    # -- delivery ------------------------------------------------------------------------------------
    def send_pending(
        self, backend: Any = None, now: float | None = None, *, force: bool = False, policy: Any = None, wait: float = 0.0
    ) -> list[OutboxItem]:
        """Try every pending item whose backoff has elapsed (all of them with ``force``); returns those tried.
        ``policy`` is the app's effective policy (None: load it from disk); ``wait`` is how long to wait for
        another sender (the tray's background pass) to finish before giving up with ``[]``."""
        now = time.time() if now is None else now
        pending = [i for i in self.items() if i.state in PENDING and (force or _due_at(i, now) <= now)]
        if not pending:
            return []
        owned = backend is None
        if backend is None:
            from desktop_app.helpdesk.backends import BackendUnavailableError, from_policy
            from desktop_app.helpdesk.messages import NO_HELPDESK

            try:
                backend = from_policy(policy)
            except BackendUnavailableError as exc:
                message = exc.args[0] if exc.args else str(exc)
                return self._fail_all(pending, message, now, wait)
            if backend is None:
                return self._fail_all(pending, Text.tr(NO_HELPDESK), now, wait)
        tried: list[OutboxItem] = []
        try:
            with self._lock(wait) as locked:
                if not locked:
                    return []
                for current in self._still_pending(pending):
                    tried.append(self._send_one(current, backend, now))
        finally:
            close = getattr(backend, "close", None)
            if owned and callable(close):
                with contextlib.suppress(Exception):
                    close()  # e.g. GLPI's killSession
        return tried

    def _fail_all(self, pending: list[OutboxItem], message: str, now: float, wait: float) -> list[OutboxItem]:
        """The backend cannot be built (no helpdesk, bad settings, no credentials): every item waits with why."""
        failed: list[OutboxItem] = []
        with self._lock(wait) as locked:
            if not locked:
                return []
            for current in self._still_pending(pending):
                failed.append(self._failed(current, "config", message, permanent=True, now=now))
        return failed

    def _still_pending(self, pending: list[OutboxItem]) -> Iterator[OutboxItem]:
        """Each item as stored now (with the lock held): another sender may have delivered it, the user
        discarded it, or its file got damaged since the list was read."""
        for item in pending:
            try:
                current = self._load_or_damaged(item.id)
            except OSError as exc:  # removed meanwhile (purged, or the folder went away)
                log.warning("outbox item %s unreadable: %s", item.id, exc)
                continue
            if current.state in PENDING:
                yield current

    def _failed(self, item: OutboxItem, kind: str, message: str, *, permanent: bool, now: float, retry_after: float | None = None) -> OutboxItem:
        item.state = "error" if permanent else "queued"
        item.error_kind = kind
        item.last_error = str(message)
        item.error_source = getattr(message, "source", "")
        item.error_params = dict(getattr(message, "params", {}))
        # permanent problems wait for an administrator: retry rarely, but never drop the item
        delay = BACKOFF_MAX if permanent else backoff(item.attempts)
        if retry_after:
            delay = min(BACKOFF_MAX, max(delay, retry_after))  # the server said when: never sooner
        item.next_attempt = now + delay
        self._save(item)
        return item

    def _send_one(self, item: OutboxItem, backend: Any, now: float) -> OutboxItem:
        from desktop_app.helpdesk.backends.base import DeliveryError

        bundle = self.bundle_path(item)
        # a create whose answer never came (timeout, crash, kill) may have made a ticket: search harder first
        uncertain = item.create_pending or item.state == "sending"
        item.state = "sending"
        item.attempts += 1
        item.backend = getattr(backend, "name", "")
        self._save(item)
        try:
            draft = TicketDraft.from_json(item.draft)
            if hasattr(backend, "send_all"):
                _fault("before_create")
                item.ticket_ref = backend.send_all(
                    draft, item.id, self._as_attachment(bundle, item) if bundle else None, fit=lambda limit: self._fitted(bundle, limit, item)
                )
                _fault("after_create")
                item.ref_style = getattr(backend, "ref_style", "key")
                item.attached = bundle is not None
            else:
                if not item.remote_id:
                    found = self._find(backend, item, uncertain)
                    if found is None:
                        found = self._create(backend, item, draft)
                    item.remote_id = found
                    item.ticket_ref = backend.ticket_ref(found)
                    item.ref_style = getattr(backend, "ref_style", "key")
                    item.create_pending = False
                    self._save(item)  # "created, not attached": a retry resumes at attach
                if bundle is not None and not item.attached:
                    self._attach(backend, item, bundle)
        except DeliveryError as exc:
            return self._failed(item, exc.kind, exc.message, permanent=exc.permanent, now=now, retry_after=exc.retry_after)
        except Exception as exc:
            log.exception("helpdesk delivery failed")
            return self._failed(item, "bug", Text.tr("Unexpected problem while sending: {error}", error=type(exc).__name__), permanent=False, now=now)
        item.state = "sent"
        item.last_error = ""
        item.error_kind = ""
        item.error_source = ""
        item.error_params = {}
        item.sent_at = _now_iso()
        self._save(item)
        self._drop_bundles(item.id)  # the helpdesk has it now: no diagnostic copies pile up in the user's folder
        return item

    def _find(self, backend: Any, item: OutboxItem, uncertain: bool) -> str | None:
        _fault("before_find")
        found = backend.find(item.id)
        settle = float(getattr(backend, "search_settle_seconds", 0) or 0)
        if found is None and uncertain and settle:
            time.sleep(settle)  # an eventually consistent search index may not show the ticket yet
            found = backend.find(item.id)
        return found

    def _create(self, backend: Any, item: OutboxItem, draft: TicketDraft) -> str:
        from desktop_app.helpdesk.backends.base import DeliveryError

        item.create_pending = True
        self._save(item)  # durable before the request leaves: a timeout or a kill keeps the doubt
        _fault("before_create")
        try:
            found = backend.create(draft, item.id)
        except DeliveryError as exc:
            if exc.status is not None and 400 <= exc.status < 500 and exc.status not in (408, 429):
                item.create_pending = False  # the helpdesk answered "no": nothing was created
            raise
        _fault("after_create")
        return str(found)

    def _attach(self, backend: Any, item: OutboxItem, bundle: Path) -> None:
        """Attach, shrinking the bundle when the helpdesk answers 413 (its real limit may be below the policy's)."""
        from desktop_app.helpdesk.backends.base import DeliveryError

        limits = [x for x in (item.attachment_limit, int(getattr(backend, "max_attachment_bytes", 0) or 0)) if x > 0]
        path = self._fit(bundle, min(limits, default=0), item)
        while True:
            try:
                _fault("before_attach")
                backend.attach(item.remote_id, self._as_attachment(path, item), item.id)
                break
            except DeliveryError as exc:
                if exc.kind != "too_large":
                    raise
                size = path.stat().st_size
                smaller = max(MIN_ATTACHMENT, int(size * SHRINK_FACTOR))
                if size <= MIN_ATTACHMENT:
                    raise DeliveryError(
                        "too_large",
                        Text.tr("The helpdesk refuses the diagnostic bundle as too large even at {kb} KB.", kb=max(1, size // 1024)),
                        permanent=True,
                        status=exc.status,
                    ) from exc
                item.attachment_limit = smaller
                self._save(item)  # remember the limit: the next try starts small
                path = self._fit(bundle, smaller, item)
        _fault("after_attach")
        item.attached = True
        self._save(item)

    def _fitted(self, bundle: Path | None, limit: int, item: OutboxItem) -> Path | None:
        fitted = self._fit(bundle, limit, item)
        return self._as_attachment(fitted, item) if fitted is not None else None

    def _as_attachment(self, bundle: Path, item: OutboxItem) -> Path:
        """The bundle to attach under its standard name, which backends send as the file name: the same name on
        every try, whether the original or a shrunk copy goes (RT looks for it to never attach twice)."""
        name = item.attachment_name or f"selfdesk-{item.id}.zip"
        target = self._dir(item.id) / "attach" / name
        target.parent.mkdir(mode=0o700, exist_ok=True)
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        try:
            os.link(bundle, target)
        except OSError:  # a file system without hard links
            shutil.copyfile(bundle, target)
        return target

    def _fit(self, bundle: Path | None, limit: int, item: OutboxItem) -> Path | None:
        """The bundle itself when it fits ``limit`` bytes, else a repacked (re-redacted, trimmed) copy that does."""
        from desktop_app.helpdesk.backends.base import DeliveryError

        if bundle is None or not limit or bundle.stat().st_size <= limit:
            return bundle
        from desktop_app.bundle import repack

        if limit >= MIN_ATTACHMENT:
            out = bundle.with_name(BUNDLE_FILES[1])
            try:
                repack(bundle, out, max_bytes=limit)
            except OSError:
                raise  # e.g. a full disk: worth another try later, not "too large" forever
            except Exception as exc:
                log.warning("repack failed: %s", exc)
            else:
                if out.exists() and out.stat().st_size <= limit:
                    return out
        raise DeliveryError(
            "too_large",
            Text.tr("The diagnostic bundle is larger than the helpdesk accepts ({mb} MB).", mb=round(limit / 1048576, 2)),
            permanent=True,
        )


class OutboxBusyError(Exception):
    """Another sender holds the outbox right now (it is sending): try again in a moment."""


def describe(item: OutboxItem) -> str:
    """One line for the user (CLI): "sent as #1234", "saved — will be sent...", or what IT must fix."""
    from desktop_app.helpdesk import messages

    if item.state == "sent":
        return messages.sent_text(item, "cli")
    if item.state in ("discarded", "damaged"):
        return tr(messages.STATES[item.state])
    if item.state == "error":
        return tr(messages.SAVED_NEEDS_IT, reason=item.error_message() or "?")
    return tr(messages.SAVED)


def purge_sent(outbox: Outbox, older_than_days: float = 30) -> int:
    """Remove delivered or discarded items after a while (never pending ones)."""
    removed = 0
    cutoff = time.time() - older_than_days * 86400
    for item in outbox.items():
        folder = outbox.folder / item.id
        with contextlib.suppress(OSError):
            if item.state in ("sent", "discarded") and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder)
                removed += 1
    return removed
