"""What `selfdesk ticket`, `selfdesk outbox` and the ticket/outbox windows say about tickets (kept here so they
are translated with the helpdesk area), and the one place that turns a ticket reference into words."""

from __future__ import annotations

from typing import Any

from desktop_app.i18n import N_, tr

CHECKING = N_("Checking your computer to describe the problem...")
TITLE = N_("Title: {title}")
ATTACHED = N_("Attached: {files}")
NOTHING = N_("nothing")
OWN_WORDS = N_("Describe the problem in your own words (optional): ")
ASK_EMAIL = N_("Your e-mail address, so IT can answer you: ")
CONFIRM = N_("Send this ticket to IT? [y/N] ")
NOT_SENT = N_("Not sent.")
SAVED = N_("saved — will be sent when you're back online")
SAVED_NEEDS_IT = N_("saved — IT must fix the helpdesk settings: {reason} Your request is kept and will be sent once this is fixed.")
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
    "damaged": N_("damaged, cannot be sent"),
}
BUSY = N_("This request is being sent right now: try again in a moment.")
DAMAGED_STATE = N_("Damaged, cannot be sent")  # the outbox window's state column
YES = ("y", "yes", "o", "oui")

# The ticket dialog, the outbox window and the tray (ui/) show these too.
DIALOG_SAVED = N_("Saved, will be sent when you're back online.")
DIALOG_NEEDS_IT = N_("Saved. IT must fix the helpdesk settings: {reason} Your request is kept and will be sent once this is fixed.")
DIALOG_SENDING_ELSEWHERE = N_("Saved; it is being sent in the background.")
URGENCY_LABEL = N_("&Urgency:")
URGENCY_NAME = N_("Urgency")
URGENCIES = {"low": N_("Low: it can wait"), "normal": N_("Normal"), "high": N_("High: I cannot work")}
EMAIL_LABEL = N_("Your &e-mail:")
EMAIL_NAME = N_("Your e-mail address")
EMAIL_PLACEHOLDER = N_("name@example.com, so IT can answer you")
EMAIL_NEEDED = N_("Enter your e-mail address: the helpdesk needs it to open a ticket.")
EMAIL_INVALID = N_("This e-mail address does not look right.")
PREVIEW_TITLE = N_("What IT will receive")
PREVIEW_NAME = N_("Report attached to the ticket")
PREVIEW_NONE = N_("The attached report cannot be shown ({error}).")
HISTORY_HEADER = N_("What I tried before (last {days} days):")
HISTORY_SOLVED = N_("solved it")
HISTORY_NOT_SOLVED = N_("did not solve it")
LAST_ERROR = N_("Problem")
NOTIFY_TITLE = N_("Request sent to IT")
NO_HELPDESK = N_("No helpdesk is configured by your administrator.")

# "#1234", "INC0010001", "by e-mail to it@example.org": one wording per way of naming a ticket.
BY_EMAIL = N_("by e-mail to {address}")
SENT = {
    # where: (named by number or key, sent by e-mail)
    "cli": (N_("sent as {ref}"), N_("sent by e-mail to {address}")),
    "dialog": (N_("Sent as {ref}. IT will get back to you."), N_("Sent by e-mail to {address}. IT will get back to you.")),
    "tray": (N_("Your request was sent to IT as {ref}."), N_("Your request was sent to IT by e-mail ({address}).")),
}


def ref_label(style: str, ref: str) -> str:
    """How people name a ticket: "#1234" (numbers), the key as is ("INC0010001"), or "by e-mail to ..."."""
    if not ref:
        return ""
    if style == "email":
        return tr(BY_EMAIL, address=ref)
    if style == "number":
        return "#" + ref.lstrip("#")
    return ref


def sent_text(item: Any, where: str = "cli") -> str:
    """The sentence that says a ticket arrived, for the CLI, the ticket dialog or the tray notification."""
    by_ref, by_mail = SENT[where]
    style, ref = getattr(item, "ref_style", ""), getattr(item, "ticket_ref", "")
    if style == "email":
        return tr(by_mail, address=ref)
    return tr(by_ref, ref=ref_label(style, ref) or "?")


def needs_it(item: Any) -> bool:
    """An error only IT can fix (settings, credentials, size): saying "when you're back online" would be wrong."""
    return getattr(item, "state", "") == "error"
