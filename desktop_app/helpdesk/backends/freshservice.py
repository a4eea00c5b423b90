"""Freshservice API v2: ticket tagged "selfdesk-<key>" (filtered by tag first); the bundle via a multipart update."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import Http, check_url, contact_required, max_bytes, secret_for
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft

_PRIORITY = {"low": 1, "normal": 2, "high": 3}


class FreshserviceBackend:
    name = "freshservice"
    ref_style = "number"
    search_settle_seconds = 5.0  # the filter API is served from a search index that lags a little

    def __init__(self, hd: dict[str, Any]) -> None:
        # Freshservice: the API key as Basic-auth user name, "X" as password; the key lives in the keyring
        self.http = Http(check_url(hd["url"], hd["allow_http"]) + "/api/v2", auth=(secret_for(hd["username"]), "X"))
        self.default_email = str(hd["options"].get("requester_email", ""))
        self.max_attachment_bytes = max_bytes(hd)

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    @staticmethod
    def tag(key: str) -> str:
        return f"selfdesk-{safe_key(key)}"

    def find(self, key: str) -> str | None:
        data = self.http.json("GET", "/tickets/filter", params={"query": f"\"tag:'{self.tag(key)}'\""}, ok=(200,))
        rows = data.get("tickets") or []
        return str(rows[0]["id"]) if rows else None

    def create(self, draft: TicketDraft, key: str) -> str:
        email = draft.contact_email or self.default_email
        if not email:
            raise contact_required()  # Freshservice needs a requester: an empty one is a 400 forever
        body = {
            "subject": draft.title,
            "description": html.escape(draft.full_text()).replace("\n", "<br>"),  # an HTML field
            "email": email,
            "priority": _PRIORITY.get(draft.urgency, 2),
            "status": 2,
            "source": 2,
            "tags": [self.tag(key)],
        }
        return str(self.http.json("POST", "/tickets", json=body, ok=(201, 200))["ticket"]["id"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        ticket = self.http.json("GET", f"/tickets/{ref}", ok=(200,)).get("ticket") or {}
        if any(a.get("name") == name for a in ticket.get("attachments") or []):
            return
        with bundle_path.open("rb") as handle:
            self.http.request("PUT", f"/tickets/{ref}", files={"attachments[]": (name, handle, "application/zip")}, ok=(200,))
