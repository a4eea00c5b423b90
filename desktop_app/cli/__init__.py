"""The ``selfdesk`` command. Each verb lives in its own module with ``register`` and ``run``.

Errors the user can act on (bad arguments, a missing or corrupt file) are one line on stderr and exit
code 2; no traceback ever reaches the terminal.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__, i18n
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
from desktop_app.i18n import N_, tr

VERBS = (tray, diagnose, analyze, fix, bundle, ticket, outbox, onboard, policy, checks, credentials, selftest)
log = logging.getLogger("desktop_app.cli")


# argparse's own error messages (Python 3.11 wording), so that a mistyped command is explained in French too.
_ARGPARSE_ERRORS = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), N_("the following arguments are required: {names}")),
    (re.compile(r"unrecognized arguments: (?P<names>.+)"), N_("unrecognized arguments: {names}")),
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
     N_("argument {arg}: invalid choice: {value} (choose from {choices})")),
    (re.compile(r"argument (?P<arg>\S+): invalid \w+ value: (?P<value>.+)"), N_("argument {arg}: invalid value: {value}")),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), N_("argument {arg}: expected one argument")),
    (re.compile(r"argument (?P<arg>\S+): not allowed with argument (?P<other>.+)"), N_("argument {arg}: not allowed with argument {other}")),
    (re.compile(r"argument (?P<arg>\S+): ignored explicit argument (?P<value>.+)"), N_("argument {arg}: takes no value, got {value}")),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"), N_("ambiguous option: {option} could match {matches}")),
)


def _argparse_message(message: str) -> str:
    for pattern, text in _ARGPARSE_ERRORS:
        found = pattern.fullmatch(message)
        if found:
            return tr(text, **found.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else tr("usage: "))


class OneLineParser(argparse.ArgumentParser):
    """Errors are one translated line (exit 2 from ``main``); ``--help`` is in the display language too."""

    def __init__(self, *args: Any, add_help: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, formatter_class=_Formatter, **kwargs)
        self._positionals.title = tr("positional arguments")
        self._optionals.title = tr("options")
        if add_help:
            self.add_argument("-h", "--help", action="help", help=tr("show this help and exit"))

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(tr("{problem} (see '{command} --help')", problem=_argparse_message(message), command=self.prog))


def _language_asked(argv: Sequence[str]) -> str | None:
    """The last ``--lang`` on the command line, read before parsing so argparse's own errors are translated."""
    asked = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    return asked if asked in ("auto", "en", "fr") else None


def _global_options(default: object) -> argparse.ArgumentParser:
    options = OneLineParser(add_help=False)
    options.add_argument("--policy", metavar="FILE", default=default, help=tr("policy file to use on top of the system-wide one"))
    options.add_argument("--lang", choices=("auto", "en", "fr"), default=default, help=tr("display language"))
    return options


def build_parser() -> argparse.ArgumentParser:
    """``--policy`` and ``--lang`` work before or after the verb. The verbs' copies default to SUPPRESS so a
    verb that does not repeat them leaves the values given before it alone (argparse copies every attribute
    of a sub-parser's namespace over the parent's, defaults included)."""
    parser = OneLineParser(
        prog="selfdesk", description=tr("SelfDesk: fix common IT problems yourself."), parents=[_global_options(None)]
    )
    parser.add_argument("--version", action="version", version=f"selfdesk {__version__}", help=tr("show the version and exit"))
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
    words = list(sys.argv[1:] if argv is None else argv)
    # Until a verb loads the policy (whose preference may name another language), speak --lang or the OS's:
    # argparse's errors and --help are written while parsing.
    i18n.set_language(_language_asked(words))
    parser = build_parser()
    try:
        args = parser.parse_args(words)
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
        print(f"selfdesk: {i18n.translated(exc.args[0] if exc.args else '')}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("selfdesk: " + tr("cancelled"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # last resort: log the traceback, show one line
        log.exception("unexpected error")
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        print("selfdesk: " + tr("unexpected error: {error} (details in the log)", error=detail), file=sys.stderr)
        return 2
