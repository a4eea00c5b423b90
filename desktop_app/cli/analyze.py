"""selfdesk analyze PATH [--json]: replay the diagnosis on a recorded bundle or directory."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import UsageError, load_policy, print_results
from desktop_app.i18n import tr
from desktop_app.present import exit_code


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("analyze", parents=[common], help=tr("replay the diagnosis recorded in a bundle"))
    p.add_argument("path", metavar="PATH", help=tr("bundle zip, or a directory with manifest.json and observations.jsonl"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.model import Context
    from desktop_app.policy import with_recorded
    from desktop_app.recording import RecordingError, read_recording
    from desktop_app.replay import recorded_policy, replay

    effective = load_policy(args)  # first: it names the language of the errors below
    try:
        recording = read_recording(args.path)
    except RecordingError as exc:
        raise UsageError(exc.message) from None
    recorded = recorded_policy(recording)
    if recorded is not None and not args.policy:  # a --policy given by the technician wins
        # Judge with the thresholds the user's machine used, so replay gives the same verdict.
        effective = with_recorded(effective, recorded, "policy.json")
    ctx = Context(policy=effective, platform=recording.platform)
    results = replay(recording, ctx)
    print_results(results, ctx, args.json, bundle_id=recording.manifest.get("bundle_id"))
    return exit_code(results)
