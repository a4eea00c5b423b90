"""Request Tracker REST2: the bundle id goes in a ticket custom field (default ``BundleId``) and is searched first."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import ConfigError, Http, Text, check_url, max_bytes, secret_for
from desktop_app.helpdesk.draft import TicketDraft

_SAFE_KEY = re.compile(r"^[A-Za-z0-9._-]{1,80}$")
_PRIORITY = {"low": 10, "normal": 50, "high": 90}


def safe_key(key: str) -> str:
    """Keys go into search languages (TicketSQL, JQL, FIQL...): only plain characters are accepted."""
    if not _SAFE_KEY.match(key):
        raise ConfigError(Text.tr("Invalid ticket key."))
    return key


class RTBackend:
    name = "rt"
    ref_style = "number"

    def __init__(self, hd: dict[str, Any]) -> None:
        options = hd["options"]
        base = check_url(hd["url"], hd["allow_http"]) + "/REST/2.0"
        secret = secret_for(hd["username"])
        if options.get("auth") == "token":
            self.http = Http(base, headers={"Authorization": f"token {secret}"})
        else:
            self.http = Http(base, auth=(hd["username"], secret))
        self.queue = hd["queue"] or "General"
        self.field = str(options.get("custom_field", "BundleId"))
        self.max_attachment_bytes = max_bytes(hd)
        self._field_ok = False

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    def find(self, key: str) -> str | None:
        query = f"'CF.{{{self.field}}}' = '{safe_key(key)}'"
        data = self.http.json("GET", "/tickets", params={"query": query, "per_page": 5}, ok=(200,))
        items = data.get("items") or []
        return str(items[0]["id"]) if items else None

    def _check_field(self) -> None:
        """RT silently ignores an unknown custom field (in searches and on create), which would turn every
        retry into a duplicate: refuse to create until the field exists on the queue."""
        if self._field_ok:
            return
        queue = self.http.json("GET", f"/queue/{self.queue}", ok=(200,))
        fields = self.http.json("GET", f"/queue/{queue['id']}/customfields", params={"fields": "Name", "per_page": 100}, ok=(200,))
        if not any(item.get("Name") == self.field for item in fields.get("items") or []):
            raise ConfigError(
                Text.tr(
                    "The helpdesk is not set up for SelfDesk yet: ticket field '{field}' is missing in queue '{queue}'.",
                    field=self.field,
                    queue=self.queue,
                )
            )
        self._field_ok = True

    def create(self, draft: TicketDraft, key: str) -> str:
        self._check_field()
        payload: dict[str, Any] = {
            "Queue": self.queue,
            "Subject": draft.title,
            "Content": draft.full_text(),
            "ContentType": "text/plain",
            "Priority": _PRIORITY.get(draft.urgency, 50),
            "CustomFields": {self.field: safe_key(key)},
        }
        if draft.contact_email:
            payload["Requestor"] = draft.contact_email
        data = self.http.json("POST", "/ticket", json=payload, ok=(201,))
        return str(data["id"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        filename = bundle_path.name
        listing = self.http.json("GET", f"/ticket/{ref}/attachments", params={"fields": "Filename", "per_page": 100}, ok=(200,))
        if any(item.get("Filename") == filename for item in listing.get("items") or []):
            return  # attached before a crash: never twice
        content = base64.b64encode(bundle_path.read_bytes()).decode()
        self.http.request(
            "POST",
            f"/ticket/{ref}/comment",
            json={
                "Content": Text.tr("Diagnostic bundle from SelfDesk."),
                "ContentType": "text/plain",
                "Attachments": [{"FileName": filename, "FileType": "application/zip", "FileContent": content}],
            },
            ok=(200, 201),
        )
