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
from desktop_app.cli import (
    analyze,
    bundle,
    checks,
    credentials,
    diagnose,
    fix,
    onboard,
    outbox,
    policy,
    selftest,
    ticket,
    tray,
)
from desktop_app.cli.common import UsageError

VERBS = (tray, diagnose, analyze, fix, bundle, ticket, outbox, onboard, policy, checks, credentials, selftest)
log = logging.getLogger("desktop_app.cli")


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _global_options(default: object) -> argparse.ArgumentParser:
    options = OneLineParser(add_help=False)
    options.add_argument("--policy", metavar="FILE", default=default, help="policy file to use on top of the system-wide one")
    options.add_argument("--lang", choices=("auto", "en", "fr"), default=default, help="display language")
    return options


def build_parser() -> argparse.ArgumentParser:
    """``--policy`` and ``--lang`` work before or after the verb. The verbs' copies default to SUPPRESS so a
    verb that does not repeat them leaves the values given before it alone (argparse copies every attribute
    of a sub-parser's namespace over the parent's, defaults included)."""
    parser = OneLineParser(
        prog="selfdesk", description="SelfDesk: fix common IT problems yourself.", parents=[_global_options(None)]
    )
    parser.add_argument("--version", action="version", version=f"selfdesk {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="COMMAND", parser_class=OneLineParser)
    verb_options = _global_options(argparse.SUPPRESS)
    for verb in VERBS:
        verb.register(sub, verb_options)
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
        # the verb only: arguments can hold what the user typed (ticket text), which the log must not keep
        sub_verbs = (getattr(args, name, None) for name in ("policy_verb", "action"))
        verb = " ".join([args.verb, *(v for v in sub_verbs if isinstance(v, str) and v.isidentifier())])
        log.info("selfdesk %s: %s", __version__, verb)
        code = int(args.run(args))
        log.info("%s: exit code %d", verb, code)
        return code
    except UsageError as exc:
        log.info("usage error (exit code 2)")  # not the message: it may quote what the user typed
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
