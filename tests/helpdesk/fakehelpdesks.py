"""SYNTHETIC stdlib HTTP servers (loopback) implementing the documented endpoints SelfDesk uses on each helpdesk.

Endpoints and field names follow each vendor's public API reference (ServiceNow Table + Attachment API, Zammad
REST /api/v1, TOPdesk /tas/api incidents, Jira Service Management servicedeskapi + Jira search, Freshservice
API v2, GLPI apirest.php, and SelfDesk's own webhook contract). Errors are injected per step with ``fail`` (find, create, attach; Zammad's tags/add is "tag"):
an HTTP status, ``(status, headers)``, "timeout" (nothing done, answer too late), "late" (done, but the answer
comes after the client gave up) or "redirect" (301 to a plain-http address). ``index_lag`` makes the
index-backed searches (Zammad tags, Freshservice filter, Jira JQL) blind to tickets younger than that many
seconds; ``max_upload`` answers 413 to bigger attachment uploads.

What the vendors document and these fakes enforce (422/400 like the real ones otherwise):
- Zammad: tickets on behalf of a user carry ``customer_id: "guess:<email>"`` and ``article.sender: "Customer"``
  (docs.zammad.org, API > Tickets > Create, "On behalf of users"); ``customer: <email>`` of an unknown user is a 422.
- Freshservice: a ticket needs a requester (``requester_id``, ``phone`` or ``email``), else 400 "Validation failed".
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Ticket:
    id: str
    number: str
    key: str  # where the backend records the idempotency key (custom field, tag, label, marker...)
    data: dict[str, Any]
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    created: float = field(default_factory=time.monotonic)


class State:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.tickets: dict[str, Ticket] = {}
        self.counter = itertools.count(1001)
        self.fail: dict[str, int | str] = {}  # step ("find", "create", "attach") -> HTTP status or "timeout"
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.temp: dict[str, tuple[str, bytes]] = {}
        self.idempotency: dict[str, str] = {}
        self.flavor = "cloud"  # Jira: "cloud" (search/jql) or "datacenter" (search)
        self.index_lag = 0.0  # seconds before a new ticket shows up in index-backed searches
        self.max_upload = 0  # bytes; bigger attachment uploads get 413 (0 = no limit)
        self.users: dict[str, str] = {}  # e-mail -> the helpdesk's user id (Jira, ServiceNow lookups)
        self.killed_sessions = 0  # GLPI killSession calls
        self.late_seconds = 3.0  # how late a "late" answer comes
        self.ignore_create_tags = False  # Zammad versions that ignore "tags" on create (only tags/add tags)

    def new(self, key: str, data: dict[str, Any]) -> Ticket:
        n = str(next(self.counter))
        ticket = Ticket(id=n if self.kind not in ("servicenow", "topdesk") else f"sys{n}", number=n, key=key, data=data)
        self.tickets[ticket.id] = ticket
        return ticket

    def by_key(self, key: str) -> list[Ticket]:
        return [t for t in self.tickets.values() if t.key == key]

    def indexed(self) -> list[Ticket]:
        """What an eventually consistent search index shows now."""
        return [t for t in self.tickets.values() if time.monotonic() - t.created >= self.index_lag]

    def too_big(self, body: bytes) -> bool:
        return bool(self.max_upload) and len(body) > self.max_upload


def _multipart(headers: Any, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    raw = b"Content-Type: " + headers["Content-Type"].encode() + b"\r\n\r\n" + body
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        disposition = part.get("Content-Disposition", "")
        name = part.get_param("name", header="content-disposition")
        parts[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
        del disposition
    return parts


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def _send(self, status: int, payload: Any = None, headers: dict[str, str] | None = None) -> None:
        body = b"" if payload is None else json.dumps(payload).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout tests)

    def _dispatch(self, method: str) -> None:
        state = self.server.state
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        state.requests.append((method, url.path, dict(self.headers)))
        step = ROUTES[state.kind].step(method, url.path)
        failure = state.fail.get(step) if step else None
        if failure == "timeout":
            time.sleep(3)
            return self._send(504, {"error": "late"})
        if failure == "redirect":
            return self._send(301, {"error": "moved"}, {"Location": "http://helpdesk.invalid" + self.path})
        if isinstance(failure, int):
            return self._send(failure, {"error": "injected"})
        if isinstance(failure, tuple):  # (status, headers) or (status, headers, payload)
            return self._send(failure[0], failure[2] if len(failure) > 2 else {"error": "injected"}, failure[1])
        if not ROUTES[state.kind].authorized(self.headers):
            return self._send(401, {"error": "unauthorized"})
        if step == "attach" and method in ("POST", "PUT") and state.too_big(body):
            return self._send(413, {"error": "Request Entity Too Large"})
        status, payload = ROUTES[state.kind].handle(state, method, url.path, query, self.headers, body)
        if failure == "late":
            time.sleep(state.late_seconds)  # the ticket exists; the client has given up waiting for this answer
        self._send(status, payload)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, kind: str, port: int = 0, tls: Any = None) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.state = State(kind)
        if tls is not None:  # an ssl.SSLContext (server side): the same helpdesk over HTTPS
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        self.url = f"{'https' if tls is not None else 'http'}://127.0.0.1:{self.server_address[1]}"
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()


def _basic(headers: Any, user: str, password: str) -> bool:
    import base64

    return headers.get("Authorization") == "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


SECRET = "s3cret-token"
USER = "selfdesk-bot"


class ServiceNow:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/api/now/table/incident":
            return "find" if method == "GET" else "create"
        return "attach" if path.startswith("/api/now/attachment") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return _basic(headers, USER, SECRET)

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/api/now/table/sys_user":
            email = q["sysparm_query"].removeprefix("email=")
            return 200, {"result": [{"sys_id": state.users[email]}] if email in state.users else []}
        if path == "/api/now/table/incident" and method == "GET":
            key = q["sysparm_query"].removeprefix("correlation_id=")
            return 200, {"result": [{"sys_id": t.id, "number": f"INC{t.number}"} for t in state.by_key(key)]}
        if path == "/api/now/table/incident" and method == "POST":
            data = json.loads(body)
            if "caller_id" in data and data["caller_id"] not in state.users.values():
                return 400, {"error": {"message": "Invalid reference", "detail": "caller_id"}, "status": "failure"}
            t = state.new(data["correlation_id"], data)
            return 201, {"result": {"sys_id": t.id, "number": f"INC{t.number}", **data}}
        if path == "/api/now/attachment" and method == "GET":
            cond = dict(c.split("=", 1) for c in q["sysparm_query"].split("^"))
            t = state.tickets[cond["table_sys_id"]]
            return 200, {"result": [{"file_name": n} for n, _ in t.attachments if n == cond["file_name"]]}
        if path == "/api/now/attachment/file" and method == "POST":
            assert q["table_name"] == "incident"
            state.tickets[q["table_sys_id"]].attachments.append((q["file_name"], body))
            return 201, {"result": {"sys_id": "att1", "file_name": q["file_name"]}}
        return 404, {"error": path}


class Zammad:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/api/v1/tickets/search":
            return "find"
        if path == "/api/v1/tickets":
            return "create"
        if path == "/api/v1/tags/add":
            return "tag"
        return "attach" if path.startswith("/api/v1/ticket_articles") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return headers.get("Authorization") == f"Token token={SECRET}"

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        import base64

        if path == "/api/v1/tickets/search":
            tag = q["query"].removeprefix("tags:")
            assert q.get("expand") == "true"
            return 200, [{"id": int(t.id), "number": t.number} for t in state.indexed() if tag in t.data.get("tags_list", [])]
        if path == "/api/v1/tickets" and method == "POST":
            data = json.loads(body)
            if "customer" in data and data["customer"] not in state.users:
                # what Zammad answers for an e-mail that is not an existing user
                return 422, {"error": "No lookup value found for 'customer': " + json.dumps(data["customer"]), "error_human": "No lookup value found for 'customer'"}
            customer = str(data.get("customer_id", ""))
            if not customer.startswith("guess:") or "@" not in customer:
                return 422, {"error": "Need customer_id", "error_human": "A customer is required"}
            if data.get("article", {}).get("sender") != "Customer":
                return 422, {"error": "on-behalf article without sender Customer", "error_human": "sender must be Customer"}
            t = state.new("", data)
            # Zammad tags a ticket from a comma-separated "tags" on create (its request spec "Ticket > Tags":
            # "creates the ticket with the correct tags"); SelfDesk also calls tags/add for older versions
            tags = "" if state.ignore_create_tags else str(data.get("tags", ""))
            t.data["tags_list"] = [x.strip() for x in tags.split(",") if x.strip()]
            if t.data["tags_list"]:
                t.key = t.data["tags_list"][0].removeprefix("selfdesk-")
            return 201, {"id": int(t.id), "number": t.number, "title": data["title"]}
        if path == "/api/v1/tags/add":
            data = json.loads(body)
            t = state.tickets[str(data["o_id"])]
            assert data["object"] == "Ticket"
            if data["item"] not in t.data["tags_list"]:
                t.data["tags_list"].append(data["item"])
            t.key = data["item"].removeprefix("selfdesk-")
            return 200, True
        if path.startswith("/api/v1/ticket_articles/by_ticket/"):
            t = state.tickets[path.rsplit("/", 1)[1]]
            return 200, [{"id": 1, "attachments": [{"filename": n, "size": len(b)} for n, b in t.attachments]}]
        if path == "/api/v1/ticket_articles" and method == "POST":
            data = json.loads(body)
            t = state.tickets[str(data["ticket_id"])]
            for a in data["attachments"]:
                t.attachments.append((a["filename"], base64.b64decode(a["data"])))
            return 201, {"id": 2}
        return 404, {"error": path}


class TOPdesk:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/tas/api/incidents":
            return "find" if method == "GET" else "create"
        return "attach" if path.endswith("/attachments") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return _basic(headers, USER, SECRET)

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/tas/api/incidents" and method == "GET":
            key = q["query"].removeprefix('externalNumber=="').removesuffix('"')
            rows = [{"id": t.id, "number": f"I {t.number}"} for t in state.by_key(key)]
            return (200, rows) if rows else (204, None)
        if path == "/tas/api/incidents" and method == "POST":
            data = json.loads(body)
            assert len(data["briefDescription"]) <= 80
            t = state.new(data["externalNumber"], data)
            return 201, {"id": t.id, "number": f"I {t.number}"}
        if path.endswith("/attachments"):
            t = state.tickets[path.split("/")[-2]]
            if method == "GET":
                return (200, [{"fileName": n} for n, _ in t.attachments]) if t.attachments else (204, None)
            name, data = _multipart(headers, body)["file"]
            t.attachments.append((str(name), data))
            return 200, {"id": "a1", "fileName": name}
        return 404, {"error": path}


class Jira:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path.startswith("/rest/api/2/search"):
            return "find"
        if path == "/rest/servicedeskapi/request":
            return "create"
        return "attach" if "attach" in path or path.startswith("/rest/api/2/issue/") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return _basic(headers, USER, SECRET)

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/rest/api/2/search/jql" and state.flavor == "datacenter":
            return 404, {"errorMessages": ["null for uri"]}
        if path == "/rest/api/2/search" and state.flavor != "datacenter":
            return 410, {"errorMessages": ["The requested API has been removed. Please migrate to the /rest/api/3/search/jql API."]}
        if path in ("/rest/api/2/search", "/rest/api/2/search/jql"):
            label = q["jql"].removeprefix('labels = "').removesuffix('"')
            return 200, {"issues": [{"key": f"IT-{t.number}"} for t in state.indexed() if t.key == label.removeprefix("selfdesk-")]}
        if path == "/rest/api/2/user/search":
            wanted = q.get("query") if state.flavor != "datacenter" else q.get("username")
            if wanted is None:  # Cloud takes query= (username= is refused in GDPR mode), Data Center username=
                return 400, {"errorMessages": ["The query parameter 'username' is not supported"]}
            id_field = "accountId" if state.flavor != "datacenter" else "name"
            return 200, [{id_field: uid, "emailAddress": email} for email, uid in state.users.items() if email == wanted]
        if path == "/rest/servicedeskapi/request":
            data = json.loads(body)
            assert data["serviceDeskId"] == "7" and data["requestTypeId"] == "42"
            if "raiseOnBehalfOf" in data and data["raiseOnBehalfOf"] not in state.users.values():
                return 400, {"errorMessage": "The user does not have permission to raise a request in this service desk."}
            label = data["requestFieldValues"]["labels"][0]
            t = state.new(label.removeprefix("selfdesk-"), data)
            state.tickets[f"IT-{t.number}"] = state.tickets.pop(t.id)
            t.id = f"IT-{t.number}"
            return 201, {"issueId": t.number, "issueKey": t.id}
        if path.startswith("/rest/api/2/issue/"):
            t = state.tickets[path.rsplit("/", 1)[1]]
            return 200, {"fields": {"attachment": [{"filename": n} for n, _ in t.attachments]}}
        if path.endswith("/attachTemporaryFile"):
            assert headers.get("X-Atlassian-Token") == "no-check" and headers.get("X-ExperimentalApi") == "opt-in"
            name, data = _multipart(headers, body)["file"]
            temp_id = f"temp{len(state.temp)}"
            state.temp[temp_id] = (str(name), data)
            return 201, {"temporaryAttachments": [{"temporaryAttachmentId": temp_id, "fileName": name}]}
        if path.endswith("/attachment"):
            t = state.tickets[path.split("/")[-2]]
            for temp_id in json.loads(body)["temporaryAttachmentIds"]:
                t.attachments.append(state.temp.pop(temp_id))
            return 201, {"attachments": {"size": 1}}
        return 404, {"error": path}


class Freshservice:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/api/v2/tickets/filter":
            return "find"
        if path == "/api/v2/tickets":
            return "create"
        return "attach" if path.startswith("/api/v2/tickets/") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return _basic(headers, SECRET, "X")

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/api/v2/tickets/filter":
            tag = q["query"].strip('"').removeprefix("tag:'").removesuffix("'")
            return 200, {"tickets": [{"id": int(t.id)} for t in state.indexed() if tag in t.data["tags"]], "total": 1}
        if path == "/api/v2/tickets" and method == "POST":
            data = json.loads(body)
            if not any(data.get(k) for k in ("requester_id", "phone", "email")):
                return 400, {
                    "description": "Validation failed",
                    "errors": [{"field": "requester_id", "message": "Please fill at least 1 of requester_id, phone, email fields", "code": "missing_field"}],
                }
            t = state.new(data["tags"][0].removeprefix("selfdesk-"), data)
            return 201, {"ticket": {"id": int(t.id), "subject": data["subject"]}}
        t = state.tickets[path.rsplit("/", 1)[1]]
        if method == "GET":
            return 200, {"ticket": {"id": int(t.id), "attachments": [{"name": n} for n, _ in t.attachments]}}
        if method == "PUT":
            name, data = _multipart(headers, body)["attachments[]"]
            t.attachments.append((str(name), data))
            return 200, {"ticket": {"id": int(t.id)}}
        return 404, {"error": path}


class GLPI:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/apirest.php/search/Ticket":
            return "find"
        if path == "/apirest.php/Ticket":
            return "create"
        return "attach" if path in ("/apirest.php/Document",) or path.endswith("/Document_Item") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        if headers.get("App-Token") != "app-123":
            return False
        return headers.get("Authorization") == f"user_token {SECRET}" or headers.get("Session-Token") == "sess-1"

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/apirest.php/initSession":
            return 200, {"session_token": "sess-1"}
        if headers.get("Session-Token") != "sess-1":
            return 401, ["ERROR_SESSION_TOKEN_INVALID", "session"]
        if path == "/apirest.php/killSession":
            state.killed_sessions += 1
            return 200, True
        if path == "/apirest.php/search/Ticket":
            assert q["criteria[0][field]"] == "21" and q["criteria[0][searchtype]"] == "contains"
            rows = [{"2": int(t.id)} for t in state.tickets.values() if q["criteria[0][value]"] in t.data["content"]]
            return 200, {"totalcount": len(rows), "count": len(rows), "data": rows}
        if path == "/apirest.php/Ticket":
            data = json.loads(body)["input"]
            marker = data["content"].rsplit("[selfdesk:", 1)[1].rstrip("]")
            t = state.new(marker, data)
            return 201, {"id": int(t.id), "message": ""}
        if path.endswith("/Document_Item"):
            t = state.tickets[path.split("/")[-2]]
            return 200, [{"id": i, "documents_id": n, "itemtype": "Ticket"} for i, (n, _) in enumerate(t.attachments)]
        if path == "/apirest.php/Document":
            parts = _multipart(headers, body)
            manifest = json.loads(parts["uploadManifest"][1])["input"]
            name, data = parts["filename[0]"]
            assert manifest["itemtype"] == "Ticket" and manifest["_filename"] == [name]
            state.tickets[str(manifest["items_id"])].attachments.append((str(name), data))
            return 201, {"id": 5, "message": "", "upload_result": {}}
        return 404, {"error": path}


class Webhook:
    @staticmethod
    def step(method: str, path: str) -> str | None:
        if path == "/hook/search":
            return "find"
        if path == "/hook":
            return "create"
        return "attach" if path.endswith("/attachments") else None

    @staticmethod
    def authorized(headers: Any) -> bool:
        return headers.get("Authorization") == f"Bearer {SECRET}"

    @staticmethod
    def handle(state: State, method: str, path: str, q: dict, headers: Any, body: bytes) -> tuple[int, Any]:
        if path == "/hook/search":
            found = state.by_key(q["key"])
            return (200, {"id": found[0].id}) if found else (404, {"error": "none"})
        if path == "/hook":
            data = json.loads(body)
            key = headers["Idempotency-Key"]
            assert data["idempotency_key"] == key
            if key in state.idempotency:  # the receiver honours the key
                return 200, {"id": state.idempotency[key]}
            t = state.new(key, data)
            state.idempotency[key] = t.id
            return 201, {"id": t.id}
        if path.endswith("/attachments"):
            t = state.tickets[path.split("/")[-2]]
            name, data = _multipart(headers, body)["file"]
            if not any(n == name for n, _ in t.attachments):
                t.attachments.append((str(name), data))
            return 201, {"ok": True}
        return 404, {"error": path}


ROUTES: dict[str, Any] = {
    "servicenow": ServiceNow,
    "zammad": Zammad,
    "topdesk": TOPdesk,
    "jira": Jira,
    "freshservice": Freshservice,
    "glpi": GLPI,
    "webhook": Webhook,
}

# The [helpdesk] settings each backend needs against the fake (besides url/allow_http/username).
SETTINGS: dict[str, dict[str, Any]] = {
    "servicenow": {},
    "zammad": {"queue": "Users"},
    "topdesk": {},
    "jira": {"options": {"service_desk_id": "7", "request_type_id": "42"}},
    "freshservice": {},
    "glpi": {"options": {"app_token": "app-123"}},
    "webhook": {},
}


def helpdesk_settings(kind: str, url: str) -> dict[str, Any]:
    settings: dict[str, Any] = {"backend": kind, "url": url, "username": USER, "allow_http": True}
    extra = json.loads(json.dumps(SETTINGS[kind]))
    if kind == "webhook":
        settings["url"] = url + "/hook"
        extra["options"] = {"search_url": url + "/hook/search"}
    settings.update(extra)
    settings.setdefault("options", {})["timeout"] = 1
    return settings
