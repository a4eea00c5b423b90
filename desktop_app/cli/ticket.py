"""selfdesk ticket [--title T] [--message M] [--email ADDRESS] [--from-bundle ZIP | --no-bundle]
[--urgency low|normal|high] [--yes]

Queues the ticket in the durable outbox first, then tries to send it once, and says what really happened:
sent, saved until the network is back, or saved until IT fixes the helpdesk settings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from desktop_app.cli.common import UsageError, build_context
from desktop_app.helpdesk import messages as msg
from desktop_app.helpdesk.draft import URGENCIES
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("ticket", parents=[common], help=tr("send a pre-filled ticket to IT with the diagnostic bundle"))
    p.add_argument("--title", metavar="T", help=tr("ticket title (default: from what failed)"))
    p.add_argument("--message", metavar="M", help=tr("your own words for the technician"))
    source = p.add_mutually_exclusive_group()
    source.add_argument("--from-bundle", metavar="ZIP", help=tr("attach this bundle and use its results"))
    source.add_argument("--no-bundle", action="store_true", help=tr("send without a diagnostic bundle"))
    p.add_argument("--urgency", choices=URGENCIES)
    p.add_argument("--email", metavar="ADDRESS", help=tr("your e-mail address, so IT can answer (when SelfDesk cannot find it)"))
    p.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    p.set_defaults(run=run)


def _results_from_bundle(path: Path) -> list[Any]:
    from desktop_app.model import Result
    from desktop_app.recording import ZIP_MEMBER_ERRORS

    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "manifest.json" not in names:
                raise UsageError(tr("{path}: not a SelfDesk bundle (no manifest.json)", path=str(path)))
            raw = json.loads(archive.read("results.json")) if "results.json" in names else []
    except (*ZIP_MEMBER_ERRORS, RecursionError) as exc:
        raise UsageError(tr("{path}: cannot read the bundle ({error})", path=str(path), error=exc)) from exc
    results = []
    for entry in raw if isinstance(raw, list) else []:
        try:
            results.append(Result.from_json(entry))
        except (KeyError, ValueError, TypeError):
            continue
    return results


def _fresh_bundle(ctx: Any, folder: Path) -> tuple[list[Any], Path]:
    from desktop_app import registry
    from desktop_app.bundle import build_trigger, create_bundle
    from desktop_app.engine import Sweep
    from desktop_app.system import LiveSystem

    checks = registry.select_checks(ctx.platform, disabled=ctx.policy.get("checks", "disabled"))
    system = LiveSystem()
    results = Sweep(checks, system, ctx, verdicts=registry.verdicts_for(checks)).run()
    path = create_bundle(folder, observations=system.observations, results=results, ctx=ctx, trigger=build_trigger("ticket", results))
    return results, path


def run(args: argparse.Namespace) -> int:
    from desktop_app.fixes.engine import read_log
    from desktop_app.helpdesk.backends import needs_contact_email
    from desktop_app.helpdesk.contact import valid_email
    from desktop_app.helpdesk.draft import prefill, set_contact_email
    from desktop_app.helpdesk.outbox import Outbox
    from desktop_app.system import LiveSystem

    ctx = build_context(args)
    if ctx.policy.get("helpdesk", "backend") in ("", "none"):
        raise UsageError(tr("no helpdesk is configured by your administrator ([helpdesk] backend)"))
    if args.email is not None and not valid_email(args.email):
        raise UsageError(tr("--email: '{address}' is not an e-mail address", address=args.email))
    with tempfile.TemporaryDirectory(prefix="selfdesk-ticket-") as tmp:
        bundle: Path | None = None
        if args.from_bundle:
            bundle = Path(args.from_bundle)
            if not bundle.is_file():
                raise UsageError(tr("{path}: no such file", path=str(bundle)))
            results = _results_from_bundle(bundle)
        elif args.no_bundle:
            results = []
        else:
            print(tr(msg.CHECKING), file=sys.stderr)
            results, bundle = _fresh_bundle(ctx, Path(tmp))
        draft = prefill(
            results, read_log(limit=50), ctx.policy, trigger={"title": args.title} if args.title else None, system=LiveSystem(ctx.platform)
        )
        if args.urgency:
            draft.urgency = args.urgency
        if args.message:
            draft.user_text = args.message
        if args.email:
            draft = set_contact_email(draft, args.email)
        interactive = sys.stdin.isatty() and not args.yes
        if interactive:
            print(tr(msg.TITLE, title=draft.title))
            print(draft.full_text())
            print(_listing(bundle) if bundle else tr(msg.ATTACHED, files=tr(msg.NOTHING)))
            if not args.message:
                draft.user_text = input(tr(msg.OWN_WORDS)).strip()
            for _ in range(3):  # asked only when unknown; empty skips it unless the helpdesk needs it
                if draft.contact_email:
                    break
                typed = input(tr(msg.ASK_EMAIL)).strip()
                if valid_email(typed):
                    draft = set_contact_email(draft, typed)
                elif not typed and not needs_contact_email(ctx.policy):
                    break
                else:
                    print(tr(msg.EMAIL_INVALID) if typed else tr(msg.EMAIL_NEEDED))
            if not draft.contact_email and needs_contact_email(ctx.policy):
                raise UsageError(tr("this helpdesk needs your e-mail address to open a ticket"))
            if input(tr(msg.CONFIRM)).strip().lower() not in msg.YES:
                print(tr(msg.NOT_SENT))
                return 1
        elif not draft.contact_email and needs_contact_email(ctx.policy):
            raise UsageError(tr("this helpdesk needs your e-mail address and SelfDesk cannot find it: add --email ADDRESS"))
        outbox = Outbox()
        item = outbox.queue(draft, bundle)
        # another sender (the tray) may be mid-pass: wait for it rather than report a stale state
        tried = outbox.send_pending(policy=ctx.policy, force=True, wait=30.0)
        final = next((i for i in tried if i.id == item.id), outbox.load(item.id))
    if final.state == "sent":
        print(msg.sent_text(final, "cli"))
        return 0
    if msg.needs_it(final):
        print(tr(msg.SAVED_NEEDS_IT, reason=final.error_message() or "?"))
        return 1
    print(tr(msg.SAVED))
    if final.last_error:
        print(final.error_message(), file=sys.stderr)
    return 0


def _listing(bundle: Path) -> str:
    """What goes to IT, as the ticket dialog shows it: the files with sizes and what redaction replaced."""
    from desktop_app.bundle import describe_text

    try:
        return describe_text(bundle)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return tr(msg.ATTACHED, files=bundle.name)
