"""Admin rights through the OS's own prompt, for a fixed argument list only.

The argument list comes from code or the admin policy, never from user input; each OS wrapper quotes it for
the elevation tool so no argument can be reinterpreted. Elevation also wipes the environment (UAC starts the
elevated process with a fresh one, pkexec clears it), so values a step passes in ``env`` are carried inside
the elevated command itself.

The fix engine allows elevation only while it runs a fix declared ``needs_admin``; a step of any other fix
that asks for it gets ``ElevationRefusedError`` instead of a prompt.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import shlex
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar

_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# PowerShell closes a single-quoted string on the ASCII apostrophe and on these typographic quotes too.
_PS_SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"

# (allowed, fix id) while the fix engine runs a fix; None outside it (direct calls, previews in tests)
_permit: ContextVar[tuple[bool, str] | None] = ContextVar("selfdesk_elevation_permit", default=None)


class ElevationRefusedError(PermissionError):
    """A step asked for admin rights its fix does not declare."""


@contextlib.contextmanager
def permit(fix_id: str, allowed: bool) -> Iterator[None]:
    """Used by the fix engine around a fix's steps: elevation is possible only when ``allowed``."""
    token = _permit.set((allowed, fix_id))
    try:
        yield
    finally:
        _permit.reset(token)


def is_admin(platform: str) -> bool:
    if platform == "windows":
        try:
            import ctypes

            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except Exception:
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0


def admin_notice(platform: str) -> str:
    """What a fix that needs admin rights tells the user before consent (CLI and fix dialog alike)."""
    from desktop_app.i18n import tr

    if is_admin(platform):
        return tr("This needs administrator rights, which this session already has.")
    return tr("This needs administrator rights: your computer will ask for them.")


def elevated_argv(argv: Sequence[str], platform: str, env: Mapping[str, str] | None = None) -> list[str]:
    """Wrap ``argv`` so the OS asks the user for admin rights (UAC, macOS authorization, pkexec).

    ``env`` holds values the command reads from its environment; they are set inside the elevated process.
    """
    state = _permit.get()
    if state is not None and not state[0]:
        raise ElevationRefusedError(
            f"{state[1]} is not declared as needing administrator rights, so no administrator prompt is shown"
        )
    if not argv:
        raise ValueError("nothing to elevate")
    variables = dict(env or {})
    for name in variables:
        if not _ENV_NAME.match(name):
            raise ValueError(f"not an environment variable name: {name!r}")
    if platform == "windows":
        return windows_elevated_argv(argv, variables)
    if platform == "macos":
        command = shlex.join(_with_env(argv, variables))
        script = command.replace("\\", "\\\\").replace('"', '\\"')
        return ["osascript", "-e", f'do shell script "{script}" with administrator privileges']
    return ["pkexec", *_with_env(argv, variables)]


def _with_env(argv: Sequence[str], variables: Mapping[str, str]) -> list[str]:
    """POSIX: ``env NAME=value ... program args`` (each item stays one argument)."""
    if not variables:
        return list(argv)
    return ["/usr/bin/env", *(f"{k}={v}" for k, v in variables.items()), *argv]


def windows_elevated_argv(argv: Sequence[str], env: Mapping[str, str] | None = None) -> list[str]:
    """``Start-Process -Verb RunAs`` with the arguments as ONE command-line string.

    Windows PowerShell joins an -ArgumentList array with spaces without quoting anything, so ``name=Wi-Fi 2``
    would arrive as two arguments. Instead the arguments are joined with the Windows argv rules
    (``subprocess.list2cmdline``, what the target's C runtime parses back) and that line is written as a
    PowerShell single-quoted literal. With ``env``, the elevated process is a PowerShell that sets the
    variables and then starts the command (its child inherits them); its script travels base64-encoded
    (-EncodedCommand), so nothing in the values needs quoting on the way.
    """
    program, args = argv[0], list(argv[1:])
    if env:
        inner = "".join(f"$env:{name} = {ps_quote(value)}; " for name, value in env.items())
        inner += start_process_script(program, args, elevate=False)
        program, args = "powershell.exe", ["-NoProfile", "-NonInteractive", "-EncodedCommand", encode_command(inner)]
    return ["powershell", "-NoProfile", "-NonInteractive", "-Command", start_process_script(program, args, elevate=True)]


def start_process_script(program: str, args: Sequence[str], *, elevate: bool) -> str:
    parts = ["$p = Start-Process", "-FilePath", ps_quote(program)]
    if args:  # Start-Process refuses an empty -ArgumentList
        parts += ["-ArgumentList", ps_quote(subprocess.list2cmdline(list(args)))]
    parts += ["-Verb RunAs", "-WindowStyle Hidden"] if elevate else ["-NoNewWindow"]
    parts += ["-Wait", "-PassThru;", "exit $p.ExitCode"]
    return " ".join(parts)


def ps_quote(value: str) -> str:
    """A PowerShell single-quoted literal: nothing inside is expanded; every quote character is doubled."""
    return "'" + "".join(c + c if c in _PS_SINGLE_QUOTES else c for c in value) + "'"


def encode_command(script: str) -> str:
    """The form ``powershell -EncodedCommand`` takes: base64 of the UTF-16-LE script."""
    return base64.b64encode(script.encode("utf-16-le")).decode("ascii")

