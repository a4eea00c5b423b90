"""selfdesk bundle (implemented by the bundle issue)."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import UsageError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("bundle", parents=[common], help="(not available in this build yet)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise UsageError("'bundle' is not available in this build yet")
