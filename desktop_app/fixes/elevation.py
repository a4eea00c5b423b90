"""Admin rights through the OS's own prompt, for a fixed argument list only.

The argument list comes from code or the admin policy, never from user input; each OS wrapper quotes it for
the elevation tool so no argument can be reinterpreted.
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Sequence


def is_admin(platform: str) -> bool:
    if platform == "windows":
        try:
            import ctypes

            return bool(ctypes.windll.shell32.IsUserAnAdmin())  # type: ignore[attr-defined]
        except Exception:
            return False
    return hasattr(os, "geteuid") and os.geteuid() == 0


def elevated_argv(argv: Sequence[str], platform: str) -> list[str]:
    """Wrap ``argv`` so the OS asks the user for admin rights (UAC, macOS authorization, pkexec)."""
    if platform == "windows":
        program = _ps_quote(argv[0])
        args = ",".join(_ps_quote(a) for a in argv[1:]) or "@()"
        script = (
            f"$p = Start-Process -FilePath {program} -ArgumentList {args} -Verb RunAs -Wait -PassThru "
            "-WindowStyle Hidden; exit $p.ExitCode"
        )
        return ["powershell", "-NoProfile", "-NonInteractive", "-Command", script]
    if platform == "macos":
        command = shlex.join(argv).replace("\\", "\\\\").replace('"', '\\"')
        return ["osascript", "-e", f'do shell script "{command}" with administrator privileges']
    return ["pkexec", *argv]


def _ps_quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def needs_wrapping(platform: str) -> bool:
    return not is_admin(platform) and not (platform == "linux" and sys.platform != "linux")
