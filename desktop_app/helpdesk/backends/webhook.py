"""A generic JSON webhook: Idempotency-Key header + the key in the body; the receiver must honour it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import DeliveryError, Http, Text, check_url, max_bytes, secret_for
from desktop_app.helpdesk.draft import TicketDraft


class WebhookBackend:
    """POST url {key, title, body, ...} -> {"id": ...}; optional GET search_url?key= -> {"id"} or 404;
    attachments as multipart to attach_url (default url + "/{id}/attachments")."""

    name = "webhook"
    ref_style = "number"

    def __init__(self, hd: dict[str, Any]) -> None:
        options = hd["options"]
        self.url = check_url(hd["url"], hd["allow_http"])
        self.search_url = check_url(options["search_url"], hd["allow_http"]) if options.get("search_url") else ""
        self.attach_url = check_url(options["attach_url"], hd["allow_http"]) if options.get("attach_url") else self.url + "/{id}/attachments"
        headers = {"Authorization": f"Bearer {secret_for(hd['username'])}"} if hd["username"] else {}
        self.http = Http("", headers=headers)
        self.queue = hd["queue"]
        self.max_attachment_bytes = max_bytes(hd)

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    def find(self, key: str) -> str | None:
        if not self.search_url:
            return None
        response = self.http.request("GET", self.search_url, params={"key": key}, ok=(200, 404))
        if response.status_code == 404:
            return None
        data = response.json() if response.content else {}
        return str(data["id"]) if data.get("id") is not None else None

    def create(self, draft: TicketDraft, key: str) -> str:
        body = {
            "idempotency_key": key,
            "title": draft.title,
            "body": draft.full_text(),
            "urgency": draft.urgency,
            "queue": self.queue,
            "contact": {"name": draft.contact_name, "email": draft.contact_email},
        }
        data = self.http.json("POST", self.url, json=body, headers={"Idempotency-Key": key}, ok=(200, 201))
        ref = data.get("id", data.get("ref"))
        if ref is None:
            raise DeliveryError("protocol", Text.tr("The helpdesk did not return a ticket number."))
        return str(ref)

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        with bundle_path.open("rb") as handle:
            self.http.request(
                "POST",
                self.attach_url.replace("{id}", ref),
                files={"file": (bundle_path.name, handle, "application/zip")},
                headers={"Idempotency-Key": f"{key}:attachment"},
                ok=(200, 201, 204),
            )
