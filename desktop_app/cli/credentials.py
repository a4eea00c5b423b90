"""selfdesk credentials set|check|delete [--username NAME]: the helpdesk account's secret in the OS keyring.

The frozen app has no ``python -m keyring``; deployment scripts (Intune, GPO logon scripts, Jamf) run this in
the user's session instead. The secret is read from standard input (a pipe) or typed at a hidden prompt,
never taken from the command line, where other users and process listings could see it. It is stored
exactly where the helpdesk backends look it up: service ``SelfDesk``, user name = the policy's
``[helpdesk] username`` unless ``--username`` names another.

Exit codes: 0 done, 1 the keyring refused or has no secret (check), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop_app.cli.common import UsageError, load_policy
from desktop_app.i18n import N_, tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("credentials", parents=[common], help=tr("save, check or delete the helpdesk secret in the OS keyring"))
    actions = p.add_subparsers(dest="action", metavar="set|check|delete")
    for name, run, text in (
        ("set", run_set, N_("save the secret (read from standard input or a hidden prompt, never from arguments)")),
        ("check", run_check, N_("say whether a secret is saved (never prints it)")),
        ("delete", run_delete, N_("remove the saved secret")),
    ):
        action = actions.add_parser(name, parents=[common], help=tr(text))
        action.add_argument("--username", metavar="NAME", help=tr("the helpdesk account (default: the policy's [helpdesk] username)"))
        # caught here so that argparse does not echo a secret typed as an argument in its error message
        action.add_argument("stray", nargs="*", help=argparse.SUPPRESS)
        action.set_defaults(run=run)
    p.set_defaults(run=_needs_an_action)


def _needs_an_action(args: argparse.Namespace) -> int:
    load_policy(args)  # the policy may name the language to answer in
    raise UsageError(tr("credentials needs 'set', 'check' or 'delete'"))


def _service() -> str:
    from desktop_app.helpdesk.backends.base import KEYRING_SERVICE

    return KEYRING_SERVICE


def _username(args: argparse.Namespace) -> str:
    if getattr(args, "stray", None):
        raise UsageError(tr("The secret is never taken from the command line: pipe it to standard input, or type it when asked."))
    named = (getattr(args, "username", None) or "").strip()
    if named:
        return named
    configured = str(load_policy(args).get("helpdesk", "username") or "").strip()
    if not configured:
        raise UsageError(tr("No helpdesk account: the policy has no [helpdesk] username, and --username was not given."))
    return configured


def _keyring() -> Any:
    import keyring

    return keyring


def _backend(keyring: Any) -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def read_secret(stdin: Any = None) -> str:
    """The first line of a pipe, or a hidden prompt typed twice. Only the line ending is removed."""
    stdin = stdin if stdin is not None else sys.stdin
    if stdin is None:
        raise UsageError(tr("No secret given: pipe it to standard input."))
    if stdin.isatty():
        first = getpass.getpass(tr("Helpdesk secret: "))
        if getpass.getpass(tr("Again, to confirm: ")) != first:
            raise UsageError(tr("The two entries differ: nothing was saved."))
        secret = first
    else:
        secret = stdin.readline().rstrip("\r\n")
    if not secret:
        raise UsageError(tr("The secret is empty: nothing was saved."))
    return secret


def run_set(args: argparse.Namespace) -> int:
    username = _username(args)
    secret = read_secret()
    keyring = _keyring()
    try:
        keyring.set_password(_service(), username, secret)
    except Exception as exc:  # no backend, locked or refused: say which, never the secret
        print(tr("selfdesk: the keyring refused the secret for '{user}': {error}", user=username, error=_error(exc)), file=sys.stderr)
        return 1
    print(tr("Saved the helpdesk secret for '{user}' in the keyring ({backend}).", user=username, backend=_backend(keyring)))
    return 0


def run_check(args: argparse.Namespace) -> int:
    username = _username(args)
    keyring = _keyring()
    try:
        saved = keyring.get_password(_service(), username)
    except Exception as exc:
        print(tr("selfdesk: the keyring cannot be read: {error}", error=_error(exc)), file=sys.stderr)
        return 1
    if not saved:
        print(tr("No helpdesk secret is saved for '{user}'.", user=username))
        return 1
    print(tr("A helpdesk secret is saved for '{user}' ({backend}).", user=username, backend=_backend(keyring)))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    username = _username(args)
    keyring = _keyring()
    try:
        from keyring.errors import PasswordDeleteError

        keyring.delete_password(_service(), username)
    except PasswordDeleteError:
        print(tr("No helpdesk secret was saved for '{user}': nothing to delete.", user=username))
        return 0
    except Exception as exc:
        print(tr("selfdesk: the keyring refused to delete the secret for '{user}': {error}", user=username, error=_error(exc)), file=sys.stderr)
        return 1
    print(tr("Deleted the helpdesk secret for '{user}'.", user=username))
    return 0


def _error(exc: Exception) -> str:
    from keyring.errors import NoKeyringError

    if isinstance(exc, NoKeyringError):  # its own text recommends installing Python packages: not the user's fix
        return tr("no keyring is available in this session (on Linux, GNOME Keyring or KWallet must run in the user's desktop session)")
    text = " ".join(str(exc).split())[:200]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
