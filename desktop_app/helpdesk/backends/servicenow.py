"""ServiceNow: Table API incident with correlation_id = key; Attachment API /api/now/attachment/file.

``caller_id`` is a reference to sys_user and takes a sys_id (or the user's display name), not an e-mail: the
caller is looked up first (``sys_user?sysparm_query=email=...``, needs read access to sys_user); when not
found the incident is opened by the account and the contact stays in the description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import DeliveryError, Http, check_url, max_bytes, secret_for
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft

_URGENCY = {"high": "1", "normal": "2", "low": "3"}


class ServiceNowBackend:
    name = "servicenow"
    ref_style = "key"  # "INC0010001"

    def __init__(self, hd: dict[str, Any]) -> None:
        self.http = Http(check_url(hd["url"], hd["allow_http"]), auth=(hd["username"], secret_for(hd["username"])))
        self.table = str(hd["options"].get("table", "incident"))
        self.group = hd["queue"]
        self.max_attachment_bytes = max_bytes(hd)
        self.numbers: dict[str, str] = {}

    def ticket_ref(self, remote_id: str) -> str:
        return self.numbers.get(remote_id) or remote_id

    def caller(self, email: str) -> str | None:
        """The sys_id of the employee's user record, from their e-mail; None when unknown or not readable."""
        if not email or any(c in email for c in "^=,"):  # encoded-query separators: never inject
            return None
        try:
            data = self.http.json(
                "GET", "/api/now/table/sys_user", params={"sysparm_query": f"email={email}", "sysparm_fields": "sys_id", "sysparm_limit": "2"}, ok=(200,)
            )
        except DeliveryError as exc:
            if exc.status is None:
                raise
            return None
        rows = data.get("result") or []
        return str(rows[0]["sys_id"]) if len(rows) == 1 and rows[0].get("sys_id") else None

    def find(self, key: str) -> str | None:
        data = self.http.json(
            "GET",
            f"/api/now/table/{self.table}",
            params={"sysparm_query": f"correlation_id={safe_key(key)}", "sysparm_fields": "sys_id,number", "sysparm_limit": "1"},
            ok=(200,),
        )
        rows = data.get("result") or []
        if not rows:
            return None
        self.numbers[rows[0]["sys_id"]] = rows[0].get("number", "")
        return str(rows[0]["sys_id"])

    def create(self, draft: TicketDraft, key: str) -> str:
        body = {
            "short_description": draft.title[:160],
            "description": draft.full_text(),
            "urgency": _URGENCY.get(draft.urgency, "2"),
            "correlation_id": safe_key(key),
            "correlation_display": "SelfDesk",
            "contact_type": "self-service",
        }
        if self.group:
            body["assignment_group"] = self.group
        caller = self.caller(draft.contact_email)
        if caller:
            body["caller_id"] = caller
        row = self.http.json("POST", f"/api/now/table/{self.table}", json=body, ok=(201, 200))["result"]
        self.numbers[row["sys_id"]] = row.get("number", "")
        return str(row["sys_id"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        existing = self.http.json(
            "GET", "/api/now/attachment", params={"sysparm_query": f"table_sys_id={ref}^file_name={name}", "sysparm_limit": "1"}, ok=(200,)
        )
        if existing.get("result"):
            return
        self.http.request(
            "POST",
            "/api/now/attachment/file",
            params={"table_name": self.table, "table_sys_id": ref, "file_name": name},
            data=bundle_path.read_bytes(),
            headers={"Content-Type": "application/zip"},
            ok=(201, 200),
        )
