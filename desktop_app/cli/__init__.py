"""The ``selfdesk`` command. Each verb lives in its own module with ``register`` and ``run``.

Errors the user can act on (bad arguments, a missing or corrupt file) are one line on stderr and exit
code 2; no traceback ever reaches the terminal.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.cli import analyze, bundle, checks, diagnose, fix, onboard, outbox, policy, ticket, tray
from desktop_app.cli.common import UsageError

VERBS = (tray, diagnose, analyze, fix, bundle, ticket, outbox, onboard, policy, checks)
log = logging.getLogger("desktop_app.cli")


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument("--policy", metavar="FILE", help="policy file to use on top of the system-wide one")
    common.add_argument("--lang", choices=("auto", "en", "fr"), help="display language")
    parser = OneLineParser(prog="selfdesk", description="SelfDesk: fix common IT problems yourself.", parents=[common])
    parser.add_argument("--version", action="version", version=f"selfdesk {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=OneLineParser)
    for verb in VERBS:
        verb.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "verb", None):
            parser.print_help()
            return 2
        from desktop_app import applog

        applog.setup()
        return int(args.run(args))
    except UsageError as exc:
        print(f"selfdesk: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("selfdesk: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # last resort: log the traceback, show one line
        log.exception("unexpected error")
        print(f"selfdesk: unexpected error: {type(exc).__name__}: {exc} (details in the log)", file=sys.stderr)
        return 2
