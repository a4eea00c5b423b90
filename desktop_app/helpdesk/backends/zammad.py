"""Zammad: ticket with a tag "selfdesk-<key>"; search by tag; the bundle goes in a follow-up article.

Tickets are opened on behalf of the employee, as Zammad documents it: ``customer_id: "guess:<e-mail>"`` (the
customer is created when unknown; needs an agent account) and the first article's ``sender: "Customer"``."""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import (
    DeliveryError,
    Http,
    Text,
    check_url,
    contact_required,
    max_bytes,
    secret_for,
)
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft

log = logging.getLogger(__name__)


class ZammadBackend:
    name = "zammad"
    ref_style = "number"
    # tags:... is answered from the search index (Elasticsearch/OpenSearch), filled asynchronously after a
    # create: after an interrupted send, search again a little later before creating
    search_settle_seconds = 5.0

    def __init__(self, hd: dict[str, Any]) -> None:
        secret = secret_for(hd["username"])
        base = check_url(hd["url"], hd["allow_http"])
        if hd["options"].get("auth", "token") == "token":
            self.http = Http(base, headers={"Authorization": f"Token token={secret}"})
        else:
            self.http = Http(base, auth=(hd["username"], secret))
        self.group = hd["queue"] or "Users"
        self.customer = str(hd["options"].get("customer", ""))  # fallback e-mail when the employee's is unknown
        self.max_attachment_bytes = max_bytes(hd)
        self.numbers: dict[str, str] = {}

    def ticket_ref(self, remote_id: str) -> str:
        return self.numbers.get(remote_id, remote_id)

    @staticmethod
    def tag(key: str) -> str:
        return f"selfdesk-{safe_key(key)}"

    def find(self, key: str) -> str | None:
        data = self.http.json("GET", "/api/v1/tickets/search", params={"query": f"tags:{self.tag(key)}", "limit": 5, "expand": "true"}, ok=(200,))
        rows = data if isinstance(data, list) else []  # expand=true answers a list of tickets
        if not rows:
            return None
        row = rows[0]
        if row.get("number"):
            self.numbers[str(row["id"])] = str(row["number"])
        return str(row["id"])

    def create(self, draft: TicketDraft, key: str) -> str:
        customer = draft.contact_email or self.customer
        if not customer:
            raise contact_required()
        body = {
            "title": draft.title,
            "group": self.group,
            "customer_id": f"guess:{customer}",
            "priority_id": {"low": 1, "normal": 2, "high": 3}.get(draft.urgency, 2),
            "tags": self.tag(key),
            "article": {
                "subject": draft.title,
                "body": draft.full_text(),
                "type": "web",
                "sender": "Customer",
                "internal": False,
                "content_type": "text/plain",
            },
        }
        row = self.http.json("POST", "/api/v1/tickets", json=body, ok=(201, 200))
        ref = str(row["id"])
        self.numbers[ref] = str(row.get("number", ref))
        # some Zammad versions ignore "tags" on create: add it explicitly (adding twice is harmless). The ticket
        # exists by now: a failure here must not fail the create, or the retry (which may not find the tag)
        # would open a second ticket; once the outbox records this id it never searches again anyway.
        try:
            self.http.request("POST", "/api/v1/tags/add", json={"object": "Ticket", "o_id": int(ref), "item": self.tag(key)}, ok=(200, 201))
        except DeliveryError as exc:
            log.warning("Zammad ticket %s: the SelfDesk tag could not be added (%s)", ref, exc.kind)
        return ref

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        articles = self.http.json("GET", f"/api/v1/ticket_articles/by_ticket/{ref}", ok=(200,))
        for article in articles if isinstance(articles, list) else []:
            if any(a.get("filename") == name for a in article.get("attachments") or []):
                return
        self.http.request(
            "POST",
            "/api/v1/ticket_articles",
            json={
                "ticket_id": int(ref),
                "subject": Text.tr("Diagnostic bundle"),
                "body": Text.tr("Diagnostic bundle from SelfDesk."),
                "type": "note",
                "internal": False,
                "attachments": [{"filename": name, "data": base64.b64encode(bundle_path.read_bytes()).decode(), "mime-type": "application/zip"}],
            },
            ok=(201, 200),
        )
