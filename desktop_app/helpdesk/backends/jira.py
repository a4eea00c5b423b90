"""Jira Service Management: customer request with the label "selfdesk-<key>" (searched with JQL first);
the bundle goes through attachTemporaryFile then the request's attachment endpoint.

The account must be an agent of the service project: the JQL search needs "Browse projects", and
``raiseOnBehalfOf`` (the employee as reporter) is not available to customer-only accounts. The employee is
found by e-mail with the user search (Cloud: ``query=``, accountId; Data Center: ``username=``, name); when
that fails or Jira refuses the reporter, the request is raised by the account and the contact stays in the text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.helpdesk.backends.base import (
    ConfigError,
    DeliveryError,
    Http,
    Text,
    check_url,
    max_bytes,
    secret_for,
)
from desktop_app.helpdesk.backends.rt import safe_key
from desktop_app.helpdesk.draft import TicketDraft


class JiraBackend:
    name = "jira"
    ref_style = "key"  # "IT-7"
    search_settle_seconds = 5.0  # Cloud's search/jql is eventually consistent

    def __init__(self, hd: dict[str, Any]) -> None:
        options = hd["options"]
        # Atlassian Cloud: e-mail + API token with Basic auth
        self.http = Http(check_url(hd["url"], hd["allow_http"]), auth=(hd["username"], secret_for(hd["username"])))
        self.service_desk = str(options.get("service_desk_id", ""))
        self.request_type = str(options.get("request_type_id", ""))
        if not self.service_desk or not self.request_type:
            raise ConfigError(Text.tr("Jira Service Management needs service_desk_id and request_type_id in the helpdesk options."))
        self.max_attachment_bytes = max_bytes(hd)
        self.search_path: str | None = None

    def ticket_ref(self, remote_id: str) -> str:
        return remote_id

    @staticmethod
    def label(key: str) -> str:
        return f"selfdesk-{safe_key(key)}"

    def find(self, key: str) -> str | None:
        params = {"jql": f'labels = "{self.label(key)}"', "fields": "key", "maxResults": 1}
        # Jira Cloud removed GET /search (410 Gone) for /search/jql; Data Center only has /search (404 on /jql).
        if self.search_path is None:
            try:
                data = self.http.json("GET", "/rest/api/2/search/jql", params=params, ok=(200,))
                self.search_path = "/rest/api/2/search/jql"
            except DeliveryError as exc:
                if exc.status != 404:
                    raise
                self.search_path = "/rest/api/2/search"
                data = self.http.json("GET", self.search_path, params=params, ok=(200,))
        else:
            data = self.http.json("GET", self.search_path, params=params, ok=(200,))
        issues = data.get("issues") or []
        return str(issues[0]["key"]) if issues else None

    def requester(self, email: str) -> str | None:
        """The employee's Jira id from their e-mail (accountId on Cloud, user name on Data Center), or None."""
        if not email:
            return None
        flavors = ["cloud", "datacenter"] if self.search_path != "/rest/api/2/search" else ["datacenter"]
        for flavor in flavors:
            params = {"query": email} if flavor == "cloud" else {"username": email}
            try:
                users = self.http.json("GET", "/rest/api/2/user/search", params=params, ok=(200,))
            except DeliveryError as exc:
                if exc.status is None:
                    raise  # offline or timeout: the create would fail the same way
                if exc.status == 400:
                    continue  # the other flavour's parameter (Cloud: query=, Data Center: username=)
                return None  # no permission to browse users: raise it as the account
            rows = [u for u in users if isinstance(u, dict)] if isinstance(users, list) else []
            exact = [u for u in rows if str(u.get("emailAddress", "")).lower() == email.lower()]
            chosen = exact[0] if exact else (rows[0] if len(rows) == 1 else None)
            value = (chosen.get("accountId") or chosen.get("name")) if chosen else None
            return str(value) if value else None
        return None

    def create(self, draft: TicketDraft, key: str) -> str:
        body: dict[str, object] = {
            "serviceDeskId": self.service_desk,
            "requestTypeId": self.request_type,
            "requestFieldValues": {"summary": draft.title[:250], "description": draft.full_text(), "labels": [self.label(key)]},
        }
        reporter = self.requester(draft.contact_email)
        if reporter:
            body["raiseOnBehalfOf"] = reporter
        try:
            data = self.http.json("POST", "/rest/servicedeskapi/request", json=body, ok=(201, 200))
        except DeliveryError as exc:
            if not reporter or exc.status != 400:
                raise
            # 400 means nothing was created: e.g. the employee is not a customer of this service desk
            body.pop("raiseOnBehalfOf")
            data = self.http.json("POST", "/rest/servicedeskapi/request", json=body, ok=(201, 200))
        return str(data["issueKey"])

    def attach(self, ref: str, bundle_path: Path, key: str = "") -> None:
        name = bundle_path.name
        issue = self.http.json("GET", f"/rest/api/2/issue/{ref}", params={"fields": "attachment"}, ok=(200,))
        if any(a.get("filename") == name for a in (issue.get("fields") or {}).get("attachment") or []):
            return
        with bundle_path.open("rb") as handle:
            temp = self.http.json(
                "POST",
                f"/rest/servicedeskapi/servicedesk/{self.service_desk}/attachTemporaryFile",
                files={"file": (name, handle, "application/zip")},
                headers={"X-Atlassian-Token": "no-check", "X-ExperimentalApi": "opt-in"},
                ok=(201, 200),
            )
        ids = [t["temporaryAttachmentId"] for t in temp.get("temporaryAttachments") or []]
        self.http.request("POST", f"/rest/servicedeskapi/request/{ref}/attachment", json={"temporaryAttachmentIds": ids, "public": True}, ok=(201, 200))
