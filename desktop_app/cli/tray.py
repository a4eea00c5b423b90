"""selfdesk tray: the tray application (needs a display)."""

from __future__ import annotations

import argparse

from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("tray", parents=[common], help=tr("start the tray application"))
    p.add_argument("--self-test", action="store_true", help=tr("start, check the UI can be built, and exit (for packaging)"))
    p.add_argument("--minimized", action="store_true", help=tr("start at login: tray icon only, no window"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import load_policy

    policy = load_policy(args)
    from desktop_app.ui.app import run_tray  # Qt is imported only here

    return run_tray(policy, self_test=args.self_test, minimized=args.minimized, lang=getattr(args, "lang", None))
