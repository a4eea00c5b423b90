"""What `selfdesk ticket` and `selfdesk outbox` say (kept here so they are translated with the helpdesk area)."""

from __future__ import annotations

from desktop_app.i18n import N_

CHECKING = N_("Checking your computer to describe the problem...")
TITLE = N_("Title: {title}")
ATTACHED = N_("Attached: {files}")
NOTHING = N_("nothing")
OWN_WORDS = N_("Describe the problem in your own words (optional): ")
CONFIRM = N_("Send this ticket to IT? [y/N] ")
NOT_SENT = N_("Not sent.")
SENT_AS = N_("sent as {ref}")
SAVED = N_("saved — will be sent when you're back online")
DISCARDED = N_("Discarded: {title}")
EMPTY = N_("The outbox is empty.")
TICKET = N_("ticket {ref}")
NEXT_TRY = N_("(next try {time})")
STATES = {
    "queued": N_("waiting to be sent"),
    "sending": N_("being sent"),
    "sent": N_("sent"),
    "error": N_("not sent (needs attention)"),
    "discarded": N_("discarded"),
}
YES = ("y", "yes", "o", "oui")
