"""selfdesk outbox [list [--json] | send | discard ID]: tickets waiting to reach IT."""

from __future__ import annotations

import argparse
import json
import sys
import time

from desktop_app.cli.common import UsageError, load_policy
from desktop_app.helpdesk import messages as msg
from desktop_app.i18n import tr


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("outbox", parents=[common], help=tr("tickets waiting to be sent to IT"))
    p.add_argument("action", nargs="?", choices=("list", "send", "discard"), default="list")
    p.add_argument("item", nargs="?", metavar="ID", help=tr("the item to discard (the id shown by 'outbox list', or any unique start of it)"))
    p.add_argument("--json", action="store_true", help=tr("machine-readable output"))
    p.set_defaults(run=run)


def _local(iso: str) -> str:
    """A stored UTC time as the user's local "2025-03-14 10:30" (the raw text when it is not a time)."""
    from datetime import datetime

    from desktop_app.helpdesk.draft import local_time

    try:
        return local_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso


def run(args: argparse.Namespace) -> int:
    from desktop_app.helpdesk.outbox import PENDING, Outbox, OutboxBusyError

    policy = load_policy(args)
    outbox = Outbox()
    if args.action == "discard":
        if not args.item:
            raise UsageError(tr("outbox discard needs an item id (see 'selfdesk outbox list')"))
        try:
            item = outbox.discard(outbox.resolve(args.item), wait=30.0)  # the tray may be sending it: let it finish
        except OutboxBusyError:
            print(tr(msg.BUSY), file=sys.stderr)
            return 1
        except ValueError as exc:
            raise UsageError(tr("{problem}: give more characters of the id", problem=exc)) from exc
        except (KeyError, OSError) as exc:
            raise UsageError(tr("no outbox item '{item}'", item=args.item)) from exc
        print(tr(msg.DISCARDED, title=item.title or item.id[:8]))  # a damaged item has no readable title
        return 0
    if args.action == "send":
        outbox.send_pending(policy=policy, force=True, wait=30.0)  # the tray may be mid-pass: wait for it
    items = outbox.items()
    if args.json:
        json.dump({"schema": "selfdesk-outbox", "items": [i.public() for i in items]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif not items:
        print(tr(msg.EMPTY))
    for item in [] if args.json else items:
        state = tr(msg.STATES.get(item.state, item.state))
        line = f"{item.id[:8]}  {_local(item.created_at)}  {state}"
        if item.ticket_ref:
            line += "  " + (item.ticket_label if item.ref_style == "email" else tr(msg.TICKET, ref=item.ticket_label))
        print(f"{line}  {item.title}")
        if item.last_error and item.state != "sent":
            when = time.strftime("%H:%M", time.localtime(item.next_attempt)) if item.next_attempt else ""
            print("    " + item.error_message() + ("  " + tr(msg.NEXT_TRY, time=when) if when else ""))
    pending = [i for i in items if i.state in PENDING]
    return 1 if pending and args.action == "send" else 0
