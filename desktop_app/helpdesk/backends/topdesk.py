"""TOPdesk: incident with externalNumber = key (searched with a FIQL query); attachment upload per incident."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import Http, check_url, max_bytes, secret_for
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft


class TOPdeskBackend:
    name = "topdesk"
    ref_style = "key"  # "I 2401 123"

    def __init__(self, hd: dict[str, Any]) -> None:
        # TOPdesk API access uses an application password with Basic auth
        self.http = Http(check_url(hd["url"], hd["allow_http"]) + "/tas/api", auth=(hd["username"], secret_for(hd["username"])))
        self.options = hd["options"]
        self.max_attachment_bytes = max_bytes(hd)
        self.numbers: dict[str, str] = {}

    def ticket_ref(self, remote_id: str) -> str:
        return self.numbers.get(remote_id, remote_id)

    def find(self, key: str) -> str | None:
        response = self.http.request(
            "GET", "/incidents", params={"query": f'externalNumber=="{safe_key(key)}"', "fields": "id,number", "pageSize": 5}, ok=(200, 204, 206)
        )
        rows = response.json() if response.status_code != 204 and response.content else []
        if not rows:
            return None
        self.numbers[rows[0]["id"]] = rows[0].get("number", "")
        return str(rows[0]["id"])

    def create(self, draft: TicketDraft, key: str) -> str:
        body: dict[str, Any] = {
            "briefDescription": draft.title[:80],
            "request": draft.full_text(),
            "externalNumber": safe_key(key)[:60],
            "caller": {"dynamicName": draft.contact_name or "SelfDesk", "email": draft.contact_email},
        }
        if self.options.get("call_type"):
            body["callType"] = {"name": self.options["call_type"]}
        row = self.http.json("POST", "/incidents", json=body, ok=(201, 200))
        self.numbers[row["id"]] = row.get("number", "")
        return str(row["id"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        response = self.http.request("GET", f"/incidents/id/{ref}/attachments", ok=(200, 204))
        rows = response.json() if response.status_code == 200 and response.content else []
        if any(r.get("fileName") == name for r in rows):
            return
        with bundle_path.open("rb") as handle:
            self.http.request("POST", f"/incidents/id/{ref}/attachments", files={"file": (name, handle, "application/zip")}, ok=(200, 201))
