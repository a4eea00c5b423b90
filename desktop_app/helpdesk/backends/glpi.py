"""GLPI legacy REST API (apirest.php): a session per delivery pass (closed with killSession), a marker with the
key in the ticket content (searched first), the bundle as a Document linked to the ticket.

The employee is the requester by e-mail: ``_users_id_requester: 0`` with ``_users_id_requester_notif``
``alternative_email`` (GLPI's "unknown requester with an e-mail", followed up by mail); without an e-mail the
API account is the requester and the contact stays in the text."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import DeliveryError, Http, check_url, max_bytes, secret_for
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft

_URGENCY = {"low": 2, "normal": 3, "high": 4}
CONTENT_FIELD = "21"  # GLPI search option: Ticket content
ID_FIELD = "2"


class GLPIBackend:
    name = "glpi"
    ref_style = "number"

    def __init__(self, hd: dict[str, Any]) -> None:
        self.base = check_url(hd["url"], hd["allow_http"]) + "/apirest.php"
        self.app_token = str(hd["options"].get("app_token", ""))
        self.user_token = secret_for(hd["username"])
        self.entity = hd["options"].get("entities_id")
        self.max_attachment_bytes = max_bytes(hd)
        self._http: Http | None = None

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    def close(self) -> None:
        """End the API session (GLPI keeps sessions until they expire otherwise)."""
        if self._http is not None:
            with contextlib.suppress(DeliveryError):
                self._http.request("GET", "/killSession", ok=(200,))
            self._http = None

    @property
    def http(self) -> Http:
        if self._http is None:
            headers = {"Authorization": f"user_token {self.user_token}"}
            if self.app_token:
                headers["App-Token"] = self.app_token
            session = Http(self.base, headers=headers).json("GET", "/initSession", ok=(200,))
            headers = {"Session-Token": session["session_token"]}
            if self.app_token:
                headers["App-Token"] = self.app_token
            self._http = Http(self.base, headers=headers)
        return self._http

    @staticmethod
    def marker(key: str) -> str:
        return f"[selfdesk:{safe_key(key)}]"

    def find(self, key: str) -> str | None:
        params = {
            "criteria[0][field]": CONTENT_FIELD,
            "criteria[0][searchtype]": "contains",
            "criteria[0][value]": self.marker(key),
            "forcedisplay[0]": ID_FIELD,
        }
        data = self.http.json("GET", "/search/Ticket", params=params, ok=(200, 206))
        rows = data.get("data") or []
        return str(rows[0][ID_FIELD]) if rows else None

    def create(self, draft: TicketDraft, key: str) -> str:
        item: dict[str, Any] = {
            "name": draft.title,
            "content": draft.full_text() + "\n\n" + self.marker(key),
            "urgency": _URGENCY.get(draft.urgency, 3),
            "type": 1,
        }
        if self.entity is not None:
            item["entities_id"] = self.entity
        if draft.contact_email:
            item["_users_id_requester"] = 0
            item["_users_id_requester_notif"] = {"use_notification": [1], "alternative_email": [draft.contact_email]}
        return str(self.http.json("POST", "/Ticket", json={"input": item}, ok=(201, 200))["id"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        # expand_dropdowns turns documents_id into the document's name
        docs = self.http.json("GET", f"/Ticket/{ref}/Document_Item", params={"expand_dropdowns": "true"}, ok=(200, 206))
        if any(str(d.get("documents_id", "")) == name for d in docs if isinstance(d, dict)):
            return
        manifest = {"input": {"name": name, "_filename": [name], "itemtype": "Ticket", "items_id": int(ref)}}
        with bundle_path.open("rb") as handle:
            self.http.request(
                "POST",
                "/Document",
                data={"uploadManifest": json.dumps(manifest)},
                files={"filename[0]": (name, handle, "application/zip")},
                ok=(201, 200),
            )
