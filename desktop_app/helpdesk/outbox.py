"""The durable outbox: every ticket is on disk (atomically) before any send attempt, and leaves only when
delivered or discarded by the user.

One folder per item, named by its key (the bundle id): ``item.json`` (state + draft) and ``bundle.zip`` (sent as
``attach/<date + short id>.zip``, the standard bundle name).
Delivery is exactly once: the key is recorded with the ticket and searched for before creating, and each step
(created, attached, sent) is saved as soon as it happens, so a restart resumes where the last run stopped.
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
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.helpdesk.backends.base import Text
from desktop_app.helpdesk.draft import TicketDraft
from desktop_app.i18n import tr

log = logging.getLogger(__name__)

STATES = ("queued", "sending", "sent", "error", "discarded")
BACKOFF_FIRST = 30.0
BACKOFF_MAX = 3600.0
SHRINK_FACTOR = 0.5  # after a 413, the next try aims at half the size the server refused
try:  # below this a bundle cannot hold its manifest, results and reports (the bundle writer's floor)
    from desktop_app.bundle import MIN_CAP as MIN_ATTACHMENT
except ImportError:  # pragma: no cover - an older bundle package
    MIN_ATTACHMENT = 100_000
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
    def from_json(cls, data: dict[str, Any]) -> OutboxItem:
        names = set(cls.__dataclass_fields__)
        item = cls(**{k: v for k, v in data.items() if k in names})
        if item.ticket_ref and "ref_style" not in data:
            # items written before ref_style existed kept the display form ("#1234", "e-mail to x")
            if item.ticket_ref.startswith("#"):
                item.ticket_ref, item.ref_style = item.ticket_ref[1:], "number"
            elif item.ticket_ref.startswith("e-mail to "):
                item.ticket_ref, item.ref_style = item.ticket_ref.removeprefix("e-mail to "), "email"
            else:
                item.ref_style = "key"
        return item

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


def _now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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
        data = json.loads((self._dir(item_id) / "item.json").read_text(encoding="utf-8"))
        return OutboxItem.from_json(data)

    def items(self) -> list[OutboxItem]:
        found: list[OutboxItem] = []
        if not self.folder.is_dir():
            return found
        for child in sorted(self.folder.iterdir()):
            if child.is_dir() and (child / "item.json").exists():
                try:
                    found.append(self.load(child.name))
                except (OSError, ValueError, TypeError) as exc:
                    log.warning("outbox item %s unreadable: %s", child.name, exc)
        return sorted(found, key=lambda i: i.created_at)

    def queue(self, draft: TicketDraft, bundle_path: Path | None) -> OutboxItem:
        key = bundle_key(bundle_path)
        folder = self._ensure_folder(key)
        if (folder / "item.json").exists():
            return self.load(key)  # the same bundle queued twice is the same ticket
        item = OutboxItem(id=key, created_at=_now_iso(), title=draft.title, draft=draft.to_json(), has_bundle=bundle_path is not None,
                          attachment_name=_attachment_name(bundle_path))
        if bundle_path is not None:
            # the bundle copy first, the item last: an item.json always has its bundle beside it
            atomic_write(folder / "bundle.zip", Path(bundle_path).read_bytes())
        self._save(item)
        return item

    def pending(self) -> list[OutboxItem]:
        """Items not yet delivered nor discarded (for the tray badge)."""
        return [i for i in self.items() if i.state in ("queued", "sending", "error")]

    def next_due(self) -> float | None:
        """When the background retry should next run (epoch seconds), or None when nothing waits."""
        due = [i.next_attempt for i in self.pending()]
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

    def discard(self, item_id: str) -> OutboxItem:
        item = self.load(item_id)
        item.state = "discarded"
        self._save(item)
        with contextlib.suppress(OSError):
            (self._dir(item_id) / "bundle.zip").unlink()
        shutil.rmtree(self._dir(item_id) / "attach", ignore_errors=True)
        return item

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
        pending = [i for i in self.items() if i.state in ("queued", "sending", "error") and (force or i.next_attempt <= now)]
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
                for item in pending:
                    current = self.load(item.id)  # another sender may have finished it before we got the lock
                    if current.state in ("queued", "sending", "error"):
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
            for item in pending:
                current = self.load(item.id)
                if current.state in ("queued", "sending", "error"):
                    failed.append(self._failed(current, "config", message, permanent=True, now=now))
        return failed

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

        draft = TicketDraft.from_json(item.draft)
        bundle = self.bundle_path(item)
        # a create whose answer never came (timeout, crash, kill) may have made a ticket: search harder first
        uncertain = item.create_pending or item.state == "sending"
        item.state = "sending"
        item.attempts += 1
        item.backend = getattr(backend, "name", "")
        self._save(item)
        try:
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
        try:
            from desktop_app.bundle import repack
        except ImportError:
            repack = None
        if repack is not None and limit >= MIN_ATTACHMENT:
            out = bundle.with_name("bundle-small.zip")
            try:
                repack(bundle, out, max_bytes=limit)
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


def describe(item: OutboxItem) -> str:
    """One line for the user (CLI): "sent as #1234", "saved — will be sent...", or what IT must fix."""
    from desktop_app.helpdesk import messages

    if item.state == "sent":
        return messages.sent_text(item, "cli")
    if item.state == "discarded":
        return tr(messages.STATES["discarded"])
    if item.state == "error":
        return tr(messages.SAVED_NEEDS_IT, reason=item.error_message() or "?")
    return tr(messages.SAVED)


def purge_sent(outbox: Outbox, older_than_days: float = 30) -> int:
    """Remove delivered or discarded items after a while (never pending ones)."""
    removed = 0
    cutoff = time.time() - older_than_days * 86400
    for item in outbox.items():
        folder = outbox.folder / item.id
        if item.state in ("sent", "discarded") and folder.stat().st_mtime < cutoff:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
