"""The system seam: the only way SelfDesk touches the operating system.

Commands are argument lists (never shell strings) with a mandatory timeout; a process tree still running at
its timeout is killed. psutil calls, file reads and network probes go through ``observe`` with a timeout too.
Everything is recorded as an observation in the GUIDE format, so a sweep can be replayed elsewhere.
"""

from __future__ import annotations

import contextlib
import locale
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from desktop_app.observations import CommandObs, ValueObs, parse_observation
from desktop_app.redaction.sources import FORBIDDEN_ERROR, is_forbidden_source

MAX_OUTPUT_CHARS = 2_000_000  # per stream; a runaway command must not exhaust memory or the bundle


def current_platform() -> str:
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


class System:
    """Recording logic shared by the live seam and the test fakes.

    Subclasses implement ``_execute`` (run a command) and may override ``_evaluate`` (run a value function).
    """

    def __init__(self, platform: str | None = None) -> None:
        self.platform = platform or current_platform()
        self._lock = threading.Lock()
        self._records: list[dict[str, Any]] = []
        self._local = threading.local()
        self._cache: dict[tuple[str, ...], dict[str, Any]] = {}
        self._cancelled = threading.Event()
        self._cut_checks: set[str] = set()

    # -- recording -------------------------------------------------------------------------------------------
    @property
    def observations(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._records)

    def observations_for(self, check_id: str) -> list[dict[str, Any]]:
        with self._lock:
            return [r for r in self._records if r.get("check") == check_id]

    @contextlib.contextmanager
    def bound_to(self, check_id: str | None) -> Iterator[None]:
        """Tag observations made by this thread with the check that asked for them."""
        previous = getattr(self._local, "check", None)
        self._local.check = check_id
        try:
            yield
        finally:
            self._local.check = previous

    def _record(self, record: dict[str, Any]) -> None:
        check = getattr(self._local, "check", None)
        if check is not None:
            record["check"] = check
        record.setdefault("ts", datetime.now(UTC).isoformat(timespec="milliseconds"))
        with self._lock:
            self._records.append(record)

    @property
    def current_check(self) -> str | None:
        return getattr(self._local, "check", None)

    def add_recorded(self, records: Sequence[Mapping[str, Any]]) -> None:
        """Adopt observations made elsewhere (e.g. the fix engine's own runs)."""
        with self._lock:
            self._records.extend(dict(r) for r in records)

    # -- cancellation ----------------------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancelled.set()

    def cancel_check(self, check_id: str) -> None:
        """A check was cut (its timeout or the sweep's deadline): kill what it started, refuse what it asks next."""
        with self._lock:
            self._cut_checks.add(check_id)

    @property
    def cancelled(self) -> bool:
        """True once the sweep is cancelled, or once the check this thread works for has been cut."""
        if self._cancelled.is_set():
            return True
        check = self.current_check
        if check is None:
            return False
        with self._lock:
            return check in self._cut_checks

    # -- commands --------------------------------------------------------------------------------------------
    def run(
        self,
        argv: Sequence[str],
        timeout: float,
        *,
        env: Mapping[str, str] | None = None,
        input_text: str | None = None,
        cache: bool = False,
    ) -> CommandObs:
        """Run a command and record it. ``cache`` reuses an identical read-only command from this sweep."""
        if isinstance(argv, str) or not argv:
            raise TypeError("argv must be a non-empty list of arguments, not a shell string")
        if timeout is None or timeout <= 0:
            raise ValueError("a timeout is mandatory")
        key = tuple(argv)
        if cache:
            with self._lock:
                cached = self._cache.get(key)
            if cached is not None:
                self._record(dict(cached, cached=True))
                obs = parse_observation(cached)
                assert isinstance(obs, CommandObs)
                return obs
        if is_forbidden_source(list(argv)):  # redaction layer 1: secret stores are never run, only noted
            record = _command_record(argv, None, "", "", FORBIDDEN_ERROR, 0.0)
        elif self.cancelled:
            record = _command_record(argv, None, "", "", "cancelled", 0.0)
        else:
            started = time.perf_counter()
            returncode, stdout, stderr, error = self._execute(list(argv), timeout, env, input_text)
            record = _command_record(argv, returncode, stdout, stderr, error, (time.perf_counter() - started) * 1000)
        if cache and record["error"] is None:
            with self._lock:
                self._cache[key] = {k: v for k, v in record.items() if k not in ("check", "ts")}
        self._record(record)
        obs = parse_observation(record)
        assert isinstance(obs, CommandObs)
        return obs

    def _execute(
        self, argv: list[str], timeout: float, env: Mapping[str, str] | None, input_text: str | None
    ) -> tuple[int | None, str, str, str | None]:
        raise NotImplementedError

    # -- values: psutil, files, probes -----------------------------------------------------------------------
    def observe(self, kind: str, name: str, fn: Callable[[], Any], timeout: float = 5.0) -> ValueObs:
        """Run ``fn`` (which returns JSON-able data) bounded by ``timeout`` and record its value or error."""
        if self.cancelled:
            value, error, duration = None, "cancelled", 0.0
        else:
            started = time.perf_counter()
            value, error = self._evaluate(kind, name, fn, timeout)
            duration = (time.perf_counter() - started) * 1000
        record = {"kind": kind, "name": name, "value": value, "error": error, "duration_ms": round(duration, 1)}
        self._record(record)
        obs = parse_observation(record)
        assert isinstance(obs, ValueObs)
        return obs

    def psutil(self, name: str, fn: Callable[[], Any], timeout: float = 5.0) -> ValueObs:
        return self.observe("psutil", name, fn, timeout)

    def probe(self, name: str, fn: Callable[[], Any], timeout: float) -> ValueObs:
        return self.observe("probe", name, fn, timeout)

    def read_file(self, path: str, max_bytes: int = 256_000, timeout: float = 5.0) -> ValueObs:
        if is_forbidden_source(path):  # redaction layer 1: never opened, only noted
            record = {"kind": "file", "name": path, "value": None, "error": FORBIDDEN_ERROR, "duration_ms": 0.0}
            self._record(record)
            refused = parse_observation(record)
            assert isinstance(refused, ValueObs)
            return refused

        def read() -> str:
            with open(path, "rb") as handle:
                return decode_output(handle.read(max_bytes))

        return self.observe("file", path, read, timeout)

    def _evaluate(self, kind: str, name: str, fn: Callable[[], Any], timeout: float) -> tuple[Any, str | None]:
        return run_bounded(fn, timeout)

    def which(self, program: str) -> str | None:
        return shutil.which(program)


def _command_record(
    argv: Sequence[str], returncode: int | None, stdout: str, stderr: str, error: str | None, duration_ms: float
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": "command",
        "argv": list(argv),
        "returncode": returncode,
        "stdout": stdout[:MAX_OUTPUT_CHARS],
        "stderr": stderr[:MAX_OUTPUT_CHARS],
        "error": error,
        "duration_ms": round(duration_ms, 1),
    }
    if len(stdout) > MAX_OUTPUT_CHARS or len(stderr) > MAX_OUTPUT_CHARS:
        record["truncated"] = True
    return record


def run_bounded(fn: Callable[[], Any], timeout: float) -> tuple[Any, str | None]:
    """Run ``fn`` in a daemon thread; give up waiting at ``timeout`` (the thread is abandoned, not joined)."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except Exception as exc:  # the error becomes part of the observation
            box["error"] = f"{type(exc).__name__}: {exc}"

    thread = threading.Thread(target=target, daemon=True, name="seam-observe")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return None, f"timed out after {timeout:g}s"
    if "error" in box:
        return None, box["error"]
    return box.get("value"), None


def decode_output(data: bytes) -> str:
    """Decode command output: UTF-8 first, then the console/locale code page (Windows tools speak OEM)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in _fallback_encodings():
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def _fallback_encodings() -> list[str]:
    encodings = []
    if sys.platform.startswith("win"):
        try:
            import ctypes

            encodings.append(f"cp{ctypes.windll.kernel32.GetOEMCP()}")  # type: ignore[attr-defined]
        except Exception:
            pass
    encodings.append(locale.getpreferredencoding(False))
    encodings.append("cp1252")
    return encodings


class LiveSystem(System):
    """The real machine."""

    def __init__(self, platform: str | None = None, base_env: Mapping[str, str] | None = None) -> None:
        super().__init__(platform)
        self._running: dict[subprocess.Popen[bytes], str | None] = {}  # process -> check that started it
        self._base_env = dict(base_env) if base_env is not None else None

    def cancel(self) -> None:
        super().cancel()
        with self._lock:
            running = list(self._running)
        for proc in running:
            _kill_tree(proc)

    def cancel_check(self, check_id: str) -> None:
        super().cancel_check(check_id)
        with self._lock:
            running = [proc for proc, owner in self._running.items() if owner == check_id]
        for proc in running:
            _kill_tree(proc)

    def _execute(
        self, argv: list[str], timeout: float, env: Mapping[str, str] | None, input_text: str | None
    ) -> tuple[int | None, str, str, str | None]:
        program = shutil.which(argv[0]) or (argv[0] if os.path.isabs(argv[0]) and os.path.exists(argv[0]) else None)
        if program is None:
            return None, "", "", f"not found: {argv[0]}"
        full_env = dict(self._base_env if self._base_env is not None else os.environ)
        if env:
            full_env.update(env)
        kwargs: dict[str, Any] = {}
        if sys.platform.startswith("win"):
            kwargs["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP | getattr(subprocess, "CREATE_NO_WINDOW", 0)
        else:
            kwargs["start_new_session"] = True  # its own process group, so the whole tree can be killed
        try:
            proc = subprocess.Popen(
                [program, *argv[1:]],
                stdin=subprocess.PIPE if input_text is not None else subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=full_env,
                **kwargs,
            )
        except FileNotFoundError:  # removed between which() and the start
            return None, "", "", f"not found: {argv[0]}"
        except OSError as exc:
            return None, "", "", f"could not start {argv[0]}: {exc.strerror or exc}"
        with self._lock:
            self._running[proc] = self.current_check
        if self.cancelled:  # cut or cancelled while it was starting: the killer may have missed it
            _kill_tree(proc)
        try:
            data = input_text.encode() if input_text is not None else None
            try:
                out, err = proc.communicate(data, timeout=timeout)
            except subprocess.TimeoutExpired:
                _kill_tree(proc)
                try:
                    out, err = proc.communicate(timeout=2)
                except subprocess.TimeoutExpired:  # a grandchild escaped the group and holds the pipes
                    out, err = b"", b""
                return None, decode_output(out or b""), decode_output(err or b""), f"timed out after {timeout:g}s"
            if self.cancelled and proc.returncode is not None and proc.returncode != 0:
                return None, decode_output(out), decode_output(err), "cancelled"
            return proc.returncode, decode_output(out), decode_output(err), None
        finally:
            with self._lock:
                self._running.pop(proc, None)


def _kill_tree(proc: subprocess.Popen[bytes]) -> None:
    try:
        import psutil

        children = psutil.Process(proc.pid).children(recursive=True)
    except Exception:
        children = []
    if not sys.platform.startswith("win"):
        with contextlib.suppress(OSError):
            os.killpg(proc.pid, signal.SIGKILL)
    for child in children:
        with contextlib.suppress(Exception):
            child.kill()
    with contextlib.suppress(OSError):
        proc.kill()
