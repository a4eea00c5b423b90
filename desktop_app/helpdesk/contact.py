"""Who is asking: the employee's name and e-mail for the ticket, from what the user confirmed, the policy and
the OS account (through the system seam, so tests replay recorded outputs).

Order for the e-mail: the address the user typed and confirmed before (kept in the data folder), then the
administrator's ``[helpdesk] options.email_domain`` (login@domain), then the OS directory: Windows
``whoami /upn`` (the UPN of a domain or Entra ID account), macOS ``dscl . -read /Users/<login> RealName
EMailAddress`` (AD mobile accounts carry EMailAddress), Linux ``getent passwd <login>`` (an e-mail in GECOS).
Nothing found is fine: the ticket dialog and ``selfdesk ticket`` ask.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import re
import threading
from dataclasses import dataclass
from typing import Any

from desktop_app import paths

log = logging.getLogger(__name__)

LOOKUP_TIMEOUT = 5.0  # seconds; these answer from local caches in milliseconds
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")
_cache: dict[tuple[str, str], tuple[str, str]] = {}
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class Contact:
    login: str
    name: str
    email: str
    source: str = ""  # saved | policy | upn | directory | gecos | "" (unknown)


def valid_email(text: str) -> bool:
    return bool(text) and len(text) <= 254 and bool(_EMAIL.match(text.strip()))


# -- pure parsers --------------------------------------------------------------------------------------------


def parse_whoami_upn(stdout: str) -> str:
    """``whoami /upn``: one line, the UPN; "ERROR: Unable to get User Principal Name (UPN)..." off a domain."""
    for line in stdout.splitlines():
        text = line.strip()
        if text:
            return text.lower() if valid_email(text) else ""
    return ""


def parse_dscl(stdout: str) -> dict[str, str]:
    """``dscl . -read /Users/x RealName EMailAddress``: "Key: value", or "Key:" with the value on the next
    line(s) indented by a space (values with spaces); a missing attribute prints "No such key: Key"."""
    values: dict[str, str] = {}
    current = ""
    for line in stdout.splitlines():
        if line.startswith(" ") and current:
            values[current] = (values[current] + " " + line.strip()).strip()
            continue
        key, sep, rest = line.partition(":")
        if not sep or " " in key or line.startswith("No such key"):
            current = ""
            continue
        current = key.strip()
        values[current] = rest.strip()
    return {k: v for k, v in values.items() if v}


def parse_getent_passwd(stdout: str) -> tuple[str, str]:
    """``getent passwd login``: login:x:uid:gid:GECOS:home:shell; GECOS is "Full Name,room,work,home,other".
    Returns (full name, e-mail found in a GECOS field)."""
    line = stdout.strip().splitlines()[0] if stdout.strip() else ""
    fields = line.split(":")
    if len(fields) < 7:
        return "", ""
    gecos = [g.strip() for g in fields[4].split(",")]
    name = gecos[0] if gecos and not valid_email(gecos[0]) else ""
    email = next((g for g in gecos if valid_email(g)), "")
    return name, email.lower()


# -- lookups -------------------------------------------------------------------------------------------------


def os_account() -> tuple[str, str]:
    """(login, full name) of the person at the keyboard; empty strings when unknown."""
    try:
        login = getpass.getuser()
    except Exception:
        login = ""
    full = ""
    try:
        import pwd

        full = pwd.getpwnam(login).pw_gecos.split(",")[0] if login else ""
    except (ImportError, KeyError):
        full = ""
    return login, full or login


def directory_contact(system: Any, login: str) -> tuple[str, str, str]:
    """(name, e-mail, source) from the OS directory, through the seam; empty strings when nothing is known."""
    platform = getattr(system, "platform", "")
    if not login or not re.fullmatch(r"[\w.@$\\ -]{1,104}", login):
        return "", "", ""
    key = (platform, login)
    with _cache_lock:
        if key in _cache:
            name, email = _cache[key]
            return name, email, _source(platform) if email else ""
    name = email = ""
    try:
        if platform == "windows":
            obs = system.run(["whoami", "/upn"], LOOKUP_TIMEOUT)
            email = parse_whoami_upn(obs.stdout) if obs.returncode == 0 else ""
        elif platform == "macos":
            obs = system.run(["dscl", ".", "-read", f"/Users/{login}", "RealName", "EMailAddress"], LOOKUP_TIMEOUT)
            found = parse_dscl(obs.stdout)
            name = found.get("RealName", "")
            email = found.get("EMailAddress", "").split()[0].lower() if found.get("EMailAddress") else ""
            email = email if valid_email(email) else ""
        elif platform == "linux":
            obs = system.run(["getent", "passwd", login], LOOKUP_TIMEOUT)
            name, email = parse_getent_passwd(obs.stdout) if obs.returncode == 0 else ("", "")
    except Exception:  # a lookup must never stop a ticket
        log.debug("contact lookup failed", exc_info=True)
    with _cache_lock:
        _cache[key] = (name, email)
    return name, email, _source(platform) if email else ""


def _source(platform: str) -> str:
    return {"windows": "upn", "macos": "directory", "linux": "gecos"}.get(platform, "")


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()


def _saved_path() -> Any:
    return paths.data_dir() / "contact.json"


def saved_email() -> str:
    """The address the user typed in a ticket before (they confirmed it: it wins over guesses)."""
    try:
        value = str(json.loads(_saved_path().read_text(encoding="utf-8")).get("email", ""))
    except (OSError, ValueError, AttributeError):
        return ""
    return value if valid_email(value) else ""


def remember_email(email: str) -> None:
    if not valid_email(email) or email == saved_email():
        return
    path = _saved_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps({"email": email.strip()}), encoding="utf-8")
        os.replace(tmp, path)


def policy_domain(policy: Any) -> str:
    try:
        options = policy.get("helpdesk", "options") or {}
    except Exception:
        return ""
    domain = str(options.get("email_domain", "") if isinstance(options, dict) else "").strip().lstrip("@")
    return domain if valid_email("x@" + domain) else ""


def lookup(policy: Any, system: Any = None) -> Contact:
    login, name = os_account()
    dir_name, dir_email, dir_source = directory_contact(system, login) if system is not None else ("", "", "")
    name = dir_name or name
    domain = policy_domain(policy)
    short = login.split("\\")[-1].split("@")[0]
    for email, source in (
        (saved_email(), "saved"),
        (f"{short}@{domain}" if domain and short else "", "policy"),
        (dir_email, dir_source),
    ):
        if email and valid_email(email):
            return Contact(login, name, email, source)
    return Contact(login, name, "", "")
