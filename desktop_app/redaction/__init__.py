"""Layered redaction for bundles and tickets (modelled on sos).

1. Sources never collected: ``is_forbidden_source`` is asked before a command runs or a file is read.
2. Per-check patterns: a check declares extra regexes with ``register_patterns(check_id, [...])``.
3. A global pass over everything with consistent pseudonyms: the same value gets the same placeholder in
   every file of a bundle (``<ssid-1>``, ``<email-2>``...). IP and MAC addresses get pseudonyms that keep
   their shape (documentation ranges, locally administered MACs) so parsers still read a replayed bundle.

A ``Redactor`` works in two phases: ``harvest`` finds context-bound values (an SSID after "SSID :", a
password after "password=", the current user name...) anywhere in the material, then ``redact`` replaces
those literals everywhere plus the context-free patterns (e-mails, JWTs, keys, addresses) in one pass.
The mapping stays in memory: it is never written anywhere.
"""

from __future__ import annotations

import functools
import getpass
import ipaddress
import ntpath
import posixpath
import re
import socket
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

# --------------------------------------------------------------------------------------------------------
# Layer 1: sources that are never collected
# --------------------------------------------------------------------------------------------------------

_FORBIDDEN_PATH_PARTS = (
    # secret stores and credentials
    "/etc/shadow", "/etc/gshadow", "/etc/security/opasswd", "/etc/sudoers",
    "/etc/networkmanager/system-connections", "/etc/wpa_supplicant", "/var/lib/iwd", "/etc/netctl",
    "/library/keychains", "/.ssh/", "/.gnupg/", "/.aws/", "/.azure/", "/.kube/config", "/.docker/config.json",
    "/.netrc", "/.pgpass", "/.git-credentials", "/.config/gh/hosts.yml", "/.local/share/keyrings",
    "/microsoft/credentials", "/microsoft/protect", "/microsoft/vault", "/microsoft/crypto",
    "/windows/system32/config/sam", "/windows/system32/config/security", "/windows/system32/config/system",
    "/programdata/microsoft/wlansvc/profiles",
    # browser data
    "/.mozilla/", "/mozilla/firefox/", "/google/chrome/", "/google-chrome/", "/chromium/",
    "/microsoft/edge/", "/microsoft-edge/", "/bravesoftware/", "/library/safari", "/library/cookies",
    "/opera software/", "/vivaldi/",
)
_FORBIDDEN_FILE_SUFFIXES = (".kdbx", ".pem", ".key", ".p12", ".pfx", ".keychain", ".keychain-db")


def _norm_path(text: str) -> str:
    return text.replace("\\", "/").lower()


def _forbidden_path(path: str) -> bool:
    norm = _norm_path(path)
    padded = norm if norm.endswith("/") else norm + "/"
    for part in _FORBIDDEN_PATH_PARTS:
        if part in norm or (part.endswith("/") and part in padded) or norm.endswith(part.rstrip("/")):
            return True
    base = posixpath.basename(norm)
    return base.endswith(_FORBIDDEN_FILE_SUFFIXES) or base in ("id_rsa", "id_ed25519", "id_ecdsa", "id_dsa")


def _forbidden_argv(argv: Sequence[str]) -> bool:
    if not argv:
        return False
    program = ntpath.basename(posixpath.basename(argv[0])).lower().removesuffix(".exe")
    args = [a.lower() for a in argv[1:]]
    joined = " ".join(args)
    # netsh: Wi-Fi profile details with the key in clear, and profile exports (which also carry the key).
    if program == "netsh" and "wlan" in args and ("key=clear" in joined.replace(" ", "") or "export" in args):
        return True
    if program == "nmcli" and any(a in ("-s", "--show-secrets") or a.startswith("--show-secrets") for a in args):
        return True
    if program == "security" and any(a.startswith(("find-generic-password", "find-internet-password", "dump-keychain", "export")) for a in args):
        return True
    if program in ("secret-tool", "cmdkey", "vaultcmd", "keyring", "pass", "gopass", "mimikatz"):
        return True
    if program == "reg" and any(a in ("save", "export") for a in args) and any(k in joined for k in ("sam", "security")):
        return True
    if program in ("gpg", "gpg2") and any("secret" in a or "export-secret" in a for a in args):
        return True
    if program == "wpa_cli" and any(a in ("get_network", "list_networks") for a in args) and "psk" in joined:
        return True
    if program in ("powershell", "pwsh"):
        lowered = joined
        if any(k in lowered for k in ("convertfrom-securestring", "get-storedcredential", "passwordvault", "key=clear", "getnetworkcredential")):
            return True
    # Any argument naming a forbidden path (cat, type, Get-Content, cp ...).
    return any(("/" in a or "\\" in a) and _forbidden_path(a) for a in argv[1:])


def is_forbidden_source(source: str | Sequence[str]) -> bool:
    """True for a command (argv list) or a file path that must never be collected (secrets, browser data)."""
    if isinstance(source, str):
        return _forbidden_path(source)
    return _forbidden_argv(list(source))


# --------------------------------------------------------------------------------------------------------
# Layer 2: per-check patterns
# --------------------------------------------------------------------------------------------------------

CHECK_PATTERNS: dict[str, list[str]] = {}
_compiled_check: dict[str, list[re.Pattern[str]]] = {}


def register_patterns(check_id: str, patterns: Iterable[str]) -> None:
    """A check declares extra regexes for its own output. A pattern's first group (or whole match) is hidden
    and the hidden value is then pseudonymised everywhere in the bundle."""
    items = CHECK_PATTERNS.setdefault(check_id, [])
    for pattern in patterns:
        if pattern not in items:
            items.append(pattern)
    _compiled_check[check_id] = [re.compile(p, re.MULTILINE) for p in items]


# --------------------------------------------------------------------------------------------------------
# Layer 3: the global pass
# --------------------------------------------------------------------------------------------------------
# Layer 3: the global pass
# --------------------------------------------------------------------------------------------------------
# Speed matters (a 20 MB log in about a second): Python's regex engine is fast only when a pattern starts
# with a literal or a rare character. So each rule searches for a cheap anchor (a keyword in the lower-cased
# text, '@', '.', ':') and the value around it is matched or expanded from there.

PLACEHOLDER = re.compile(r"^<[a-z][a-z-]*-\d+>$")
_HEX = frozenset("0123456789abcdefABCDEF")
_DIGITS = frozenset("0123456789")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class _Anchored:
    """A keyword found in the lower-cased text, then ``tail`` matched on the original text right after it.
    ``line_start``: only digits/blanks may precede the keyword on its line."""

    def __init__(self, kind: str, keywords: str, tail: str, *, line_start: bool = False, word: bool = True, gate: tuple[str, ...] = ()):
        self.kind = kind
        self.gate = gate  # plain substrings: when none is in the text, the (slower) regex scan is skipped
        self.keywords = re.compile(keywords)
        self.tail = re.compile(tail)
        self.line_start = line_start
        self.word = word

    def finditer(self, text: str, lowered: str) -> Iterable[tuple[int, re.Match[str]]]:
        if self.gate and not any(g in lowered for g in self.gate):
            return
        for k in self.keywords.finditer(lowered):
            m = self.match_at(text, lowered, k.start(), k.end())
            if m is not None:
                yield k.start(), m

    def match_at(self, text: str, lowered: str, start: int, end: int) -> re.Match[str] | None:
        if self.word and start > 0 and lowered[start - 1] in _WORD and lowered[start - 1] != "_":
            return None
        if self.line_start:
            line_begin = lowered.rfind("\n", 0, start) + 1
            if lowered[line_begin:start].strip(" \t\r"):
                return None
        return self.tail.match(text, end)


_V_TO_EOL = r"[ \t]*(?:\d+[ \t]*)?[:=][ \t]*\"?(?P<v>[^\r\n\"]*[^\s\"])\"?[ \t]*(?=\r?\n|\Z)"
_SECRET_VALUE = r"[\"']?[ \t]*(?:[:=]|[ \t]is[ \t])[ \t]*[\"']?(?P<v>[^\s\"',;&]{2,})"
_HARVEST: list[_Anchored] = [
    _Anchored("wifi-key", r"key content|contenu de la cl|schlüsselinhalt|schlusselinhalt|contenido de la clave|contenuto chiave|sleutelinhoud|conteúdo da chave|conteudo da chave", r"[ée]?" + _V_TO_EOL, line_start=True, gate=("key content", "contenu de la cl", "schl", "contenido de la clave", "contenuto chiave", "sleutelinhoud", "conte")),
    _Anchored("wifi-key", r"802-11-wireless-security\.psk|wifi-sec\.psk|psk", r"[ \t]*[:=][ \t]*\"?(?P<v>[^\s\"]+)", gate=("psk",)),
    _Anchored("password", r"password|passwd|passphrase|pwd|mot de passe|kennwort|contraseña|contrasena", r"[a-z]*" + _SECRET_VALUE, gate=("passw", "passphrase", "pwd", "mot de passe", "kennwort", "contrase")),
    _Anchored("token", r"token|secret|api[_-]?key|access[_-]?key|auth[_-]?key|session[_-]?id|private[_-]?key", r"[a-z_-]*" + _SECRET_VALUE, word=False, gate=("token", "secret", "api", "access", "auth", "session", "private")),
    _Anchored("ssid", r"ssid name|nom ssid|ssid|network name|all user profile|profil tous les utilisateurs|current user profile|nom du r[ée]seau|profile|profil|general\.connection|802-11-wireless\.ssid|wifi\.ssid|current network", _V_TO_EOL, line_start=True, gate=("ssid", "network name", "nom du r", "profil", "general.connection", "current network")),
    _Anchored("ssid", r"essid", r":\"(?P<v>[^\"\r\n]+)\"", word=False, gate=("essid",)),
    _Anchored("host", r"host name|hostname|nom de l.h[ôo]te|nom d.h[ôo]te|computer ?name|computername|static hostname", r"[ .]*:[ \t]*(?P<v>[A-Za-z0-9][A-Za-z0-9.-]*)[ \t]*(?=\r?\n|\Z)", line_start=True, gate=("host", "nom d", "computer")),
]

_GLOBAL_ANCHORED: list[_Anchored] = [
    _Anchored("authorization", r"authorization", r"[\"']?[ \t]*[:=][ \t]*[\"']?(?:(?i:basic|bearer|digest|negotiate|ntlm|token)[ \t]+)?(?P<v>[^\s\"',;]+)", word=False, gate=("authorization",)),
    _Anchored("authorization", r"bearer", r"[ \t]+(?P<v>[A-Za-z0-9._~+/=-]{8,})", gate=("bearer",)),
    _Anchored("cookie", r"cookie", r"[\"']?[ \t]*[:=][ \t]*(?P<v>[^\r\n\"]*[^\s\"])", gate=("cookie",)),
]
_PEM = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)", re.DOTALL)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")
_URL_CREDS = re.compile(r"://(?P<u>[^/\s:@<>\"']+):(?P<p>[^/\s@<>\"']+)@")
_API_KEYS = [re.compile(p) for p in (r"AKIA[0-9A-Z]{16}", r"gh[pousr]_[A-Za-z0-9]{30,}", r"xox[abprs]-[A-Za-z0-9-]{10,}", r"sk-[A-Za-z0-9]{20,}", r"AIza[0-9A-Za-z_-]{35}", r"glpat-[A-Za-z0-9_-]{20,}")]
_PRODUCT_KEY = re.compile(r"-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}(?![A-Za-z0-9])")
_EMAIL_AT = re.compile(r"@(?P<d>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])")
_HOME = re.compile(r"[\\/](?:Users|home|Documents and Settings)[\\/]+(?P<u>[^\\/\s\"'<>:*?|]+)")
_MAC_SEP = re.compile(r"(?P<s>[:-])(?:[0-9A-Fa-f]{1,2}(?P=s)){4}[0-9A-Fa-f]{1,2}(?![0-9A-Za-z:]|-[0-9A-Fa-f])")
_IP4_TAIL = re.compile(r"\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)")
# At least three colons, so times like 07:01:02 never reach the (slower) address check.
_IP6 = re.compile(r":(?:[0-9A-Fa-f]{0,4}:){2,6}[0-9A-Fa-f]{0,4}(?![\w:])")

# Well-known public resolvers identify no one; keeping them readable helps the technician.
_WELL_KNOWN_IPS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220"})
_NOT_USERS = frozenset({"public", "default", "default user", "all users", "shared", "guest", "root", "admin", "user", "users", "home", "localadmin", "administrator", "administrateur", "system", "<user"})
_NOT_SSIDS = frozenset({"off", "none", "--", "n/a", "any", "on", "yes", "no", "unknown"})
_HARVEST_KEYS = {"ssid": "ssid", "ssids": "ssid", "network_name": "ssid", "hostname": "host", "host_name": "host", "computer_name": "host", "fqdn": "host", "username": "user", "user": "user", "user_name": "user"}


@functools.lru_cache(maxsize=65536)
def _public_ip(value: str, version: int) -> str | None:
    """The canonical form of a public (global) address, None for private/loopback/link-local or not an address.
    Cached: logs repeat the same few addresses thousands of times."""
    try:
        address = ipaddress.IPv4Address(value) if version == 4 else ipaddress.IPv6Address(value)
    except ValueError:
        return None
    return str(address) if address.is_global else None


def _lower(text: str) -> str | None:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None  # a few characters change length when lower-cased


def _splice(text: str, edits: list[tuple[int, int, str]]) -> str:
    if not edits:
        return text
    edits.sort()
    out: list[str] = []
    pos = 0
    for start, end, new in edits:
        if start < pos:  # overlaps an earlier edit: the earlier (outer) one wins
            continue
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:])
    return "".join(out)


class Redactor:
    """Consistent pseudonyms for one bundle. Create one per bundle; the mapping never leaves memory."""

    def __init__(self, policy: Mapping[str, Any] | None = None, *, current_user: str | None = None, current_host: str | None = None):
        section = dict(policy or {})
        self.keep_domains = {str(d).lower().lstrip("@") for d in section.get("keep_domains", []) or []}
        self.do_ssids = bool(section.get("ssids", True))
        self.do_hosts = bool(section.get("hostnames", True))
        self.do_macs = bool(section.get("macs", True))
        self.do_public_ips = bool(section.get("public_ips", True))
        self.summary: Counter[str] = Counter()
        self._map: dict[tuple[str, str], str] = {}
        self._next: Counter[str] = Counter()
        self._literals: dict[str, tuple[str, str]] = {}  # lower-cased value -> (kind, placeholder)
        self._literal_re: re.Pattern[str] | None = None
        user = current_user if current_user is not None else _safe(getpass.getuser)
        host = current_host if current_host is not None else _safe(socket.gethostname)
        self.add_literal("user", user)
        self.add_literal("host", host)
        if host and "." in host:
            self.add_literal("host", host.split(".")[0])

    # -- pseudonyms -------------------------------------------------------------------------------------
    def pseudonym(self, kind: str, value: str) -> str:
        key = (kind, value)
        found = self._map.get(key)
        if found is None:
            self._next[kind] += 1
            n = self._next[kind]
            if kind == "mac":
                found = _fake_mac(value, n)
            elif kind == "ip4":
                # Documentation ranges keep the shape parsers expect and are never re-redacted.
                found = f"198.51.100.{n}" if n < 255 else f"203.0.113.{n % 254 + 1}"
            elif kind == "ip6":
                found = f"2001:db8::{n:x}"
            else:
                found = f"<{kind}-{n}>"
            self._map[key] = found
        return found

    def add_literal(self, kind: str, value: Any) -> None:
        if not isinstance(value, str):
            return
        value = value.strip().strip('"').strip()
        low = value.lower()
        if len(value) < 3 or PLACEHOLDER.match(value) or low in self._literals:
            return
        if kind == "user" and low in _NOT_USERS:
            return
        if kind == "ssid" and (not self.do_ssids or low in _NOT_SSIDS):
            return
        if kind == "host" and (not self.do_hosts or low in ("localhost", "none", "unknown", "localhost.localdomain")):
            return
        self._literals[low] = (kind, self.pseudonym(kind, low))
        self._literal_re = None

    # -- phase 1 ----------------------------------------------------------------------------------------
    def harvest(self, data: Any, *, check: str | None = None) -> None:
        """Find context-bound values in JSON-like data (strings, lists, dicts, dict keys included)."""
        if isinstance(data, str):
            self._harvest_text(data, check)
        elif isinstance(data, Mapping):
            for key, value in data.items():
                kind = _HARVEST_KEYS.get(str(key).lower())
                if kind is not None:
                    for item in value if isinstance(value, list) else [value]:
                        self.add_literal(kind, item)
                if isinstance(key, str):
                    self._harvest_text(key, check)
                self.harvest(value, check=check)
        elif isinstance(data, (list, tuple)):
            for item in data:
                self.harvest(item, check=check)

    def harvest_observation(self, obs: Mapping[str, Any]) -> None:
        check = obs.get("check") if isinstance(obs.get("check"), str) else None
        if obs.get("kind") != "command" and obs.get("name") == "hostname":
            self.add_literal("host", obs.get("value"))
        argv = obs.get("argv") if isinstance(obs.get("argv"), list) else []
        if argv and "wlan" in [str(a).lower() for a in argv]:
            for arg in argv:  # netsh wlan show profile name="Home": the profile name is the SSID
                if isinstance(arg, str) and arg.lower().startswith(("name=", "ssid=")):
                    self.add_literal("ssid", arg.split("=", 1)[1])
        self.harvest(dict(obs), check=check)

    def _harvest_text(self, text: str, check: str | None) -> None:
        if len(text) < 3:
            return
        lowered = _lower(text)
        if lowered is None:
            lowered = text.lower()  # rare: positions may shift; the literal pass still covers what is found
        # One scan per rule: a single combined alternation measured slower (it defeats the prefix search).
        for rule in _HARVEST:
            for _, m in rule.finditer(text, lowered):
                self.add_literal(rule.kind, m.group("v"))
        if check is not None:
            for regex in _compiled_check.get(check, ()):
                for m in regex.finditer(text):
                    self.add_literal("redacted", m.group(1) if regex.groups else m.group(0))
        for m in _HOME.finditer(text):
            self.add_literal("user", m.group("u"))

    # -- phase 2 ----------------------------------------------------------------------------------------
    def redact(self, data: Any) -> Any:
        """A redacted copy of JSON-like data (dict keys included)."""
        if isinstance(data, str):
            return self.redact_text(data)
        if isinstance(data, Mapping):
            return {self.redact_text(k) if isinstance(k, str) else k: self.redact(v) for k, v in data.items()}
        if isinstance(data, (list, tuple)):
            return [self.redact(v) for v in data]
        return data

    def redact_text(self, text: str) -> str:
        if not text:
            return text
        count = self.summary
        # Whole secrets first, so no later rule sees part of them.
        if "PRIVATE KEY" in text:
            text = _PEM.sub(lambda m: self._count("private-key", m.group(0)), text)
        if "eyJ" in text:
            text = _JWT.sub(lambda m: self._count("jwt", m.group(0)), text)
        if "://" in text and "@" in text:
            text = _URL_CREDS.sub(self._url_sub, text)
        for regex in _API_KEYS:
            text = regex.sub(lambda m: self._count("token", m.group(0)), text)
        lowered = _lower(text)
        if lowered is not None:
            edits: list[tuple[int, int, str]] = []
            seen: set[int] = set()
            for rule in _GLOBAL_ANCHORED:
                for _, m in rule.finditer(text, lowered):
                    value = m.group("v")
                    if PLACEHOLDER.match(value) or value.startswith("<") or m.start("v") in seen:
                        continue
                    seen.add(m.start("v"))
                    count[rule.kind] += 1
                    edits.append((m.start("v"), m.end("v"), self.pseudonym("token" if rule.kind == "authorization" else rule.kind, value)))
            text = _splice(text, edits)
        literal_re = self._literal_pattern()
        if literal_re is not None:
            text = self._literals_sub(text, literal_re)
        if "-" in text:
            text = self._product_keys(text)
        if "@" in text:
            text = self._emails(text)
        if "/" in text or "\\" in text:
            text = _HOME.sub(self._home_sub, text)
        if self.do_macs and ("-" in text or ":" in text):
            text = self._macs(text)
        if self.do_public_ips:
            if "." in text:
                text = self._ip4(text)
            if ":" in text:
                text = self._ip6(text)
        return text

    def _count(self, kind: str, value: str) -> str:
        self.summary[kind] += 1
        return self.pseudonym(kind, value)

    def _url_sub(self, m: re.Match[str]) -> str:
        if PLACEHOLDER.match(m.group("p")):
            return m.group(0)
        self.summary["url-credentials"] += 1
        return "://" + self.pseudonym("user", m.group("u").lower()) + ":" + self.pseudonym("password", m.group("p")) + "@"

    def _literal_pattern(self) -> re.Pattern[str] | None:
        if self._literal_re is None and self._literals:
            parts = [re.escape(v) for v in sorted(self._literals, key=len, reverse=True)]
            self._literal_re = re.compile("|".join(parts))
        return self._literal_re

    def _literals_sub(self, text: str, regex: re.Pattern[str]) -> str:
        lowered = _lower(text)
        if lowered is None:  # fall back to a case-insensitive search (slower, rare)
            regex = re.compile(regex.pattern, re.IGNORECASE)
            lowered = text
        edits = []
        for m in regex.finditer(lowered):
            start, end = m.span()
            value = m.group(0).lower()
            # Whole words only: "alice" must not hide part of "malice".
            if value[0] in _WORD and start > 0 and lowered[start - 1] in _WORD:
                continue
            if value[-1] in _WORD and end < len(lowered) and lowered[end] in _WORD:
                continue
            kind, placeholder = self._literals[value]
            self.summary[kind] += 1
            edits.append((start, end, placeholder))
        return _splice(text, edits)

    def _product_keys(self, text: str) -> str:
        edits = []
        for m in _PRODUCT_KEY.finditer(text):
            start = m.start() - 5
            head = text[max(start, 0) : m.start()]
            if start < 0 or len(head) != 5 or not all(c.isdigit() or "A" <= c <= "Z" for c in head):
                continue
            if start > 0 and text[start - 1] in _WORD:
                continue
            value = text[start : m.end()]
            if not (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)):
                continue
            self.summary["product-key"] += 1
            edits.append((start, m.end(), self.pseudonym("product-key", value)))
        return _splice(text, edits)

    def _emails(self, text: str) -> str:
        edits = []
        for m in _EMAIL_AT.finditer(text):
            at = m.start()
            start = at
            while start > 0 and (text[start - 1] in _WORD or text[start - 1] in ".%+-"):
                start -= 1
            local = text[start:at]
            if not local or (start > 0 and text[start - 1] == ">"):  # no local part, or a placeholder
                continue
            domain = m.group("d")
            keep = domain.lower() in self.keep_domains or any(domain.lower().endswith("." + d) for d in self.keep_domains)
            self.summary["email"] += 1
            if keep:
                edits.append((start, at, self.pseudonym("email", local.lower() + "@" + domain.lower())))
            else:
                edits.append((start, m.end(), self.pseudonym("email", (local + "@" + domain).lower())))
        return _splice(text, edits)

    def _home_sub(self, m: re.Match[str]) -> str:
        user = m.group("u")
        if user.startswith("<") or user.lower() in _NOT_USERS:
            return m.group(0)
        self.summary["user"] += 1
        return m.group(0)[: m.start("u") - m.start()] + self.pseudonym("user", user.lower())

    def _macs(self, text: str) -> str:
        edits = []
        for m in _MAC_SEP.finditer(text):
            start = m.start()
            back = 0
            while back < 2 and start - back - 1 >= 0 and text[start - back - 1] in _HEX:
                back += 1
            if back == 0:
                continue
            begin = start - back
            if begin > 0 and (text[begin - 1] in _WORD or text[begin - 1] in ":-."):
                continue
            value = text[begin : m.end()]
            low = value.lower()
            if low.startswith(("02:00:00", "02-00-00")) or all(c in "0:-" for c in low) or low.replace("-", ":") == "ff:ff:ff:ff:ff:ff":
                continue
            if m.group("s") == ":" and all(len(p) == 2 and p.isdigit() for p in value.split(":")[:3]) and len(value.split(":")) != 6:
                continue
            self.summary["mac"] += 1
            edits.append((begin, m.end(), self.pseudonym("mac", _mac_key(value))))
        return _splice(text, edits)

    def _ip4(self, text: str) -> str:
        edits = []
        for m in _IP4_TAIL.finditer(text):
            start = m.start()
            begin = start
            while begin > 0 and start - begin < 3 and text[begin - 1] in _DIGITS:
                begin -= 1
            if begin == start or (begin > 0 and (text[begin - 1] in _WORD or text[begin - 1] == ".")):
                continue
            value = text[begin : m.end()]
            if value in _WELL_KNOWN_IPS or _public_ip(value, 4) is None:
                continue
            self.summary["public-ip"] += 1
            edits.append((begin, m.end(), self.pseudonym("ip4", value)))
        return _splice(text, edits)

    def _ip6(self, text: str) -> str:
        edits = []
        for m in _IP6.finditer(text):
            start = m.start()
            begin = start
            while begin > 0 and start - begin < 4 and text[begin - 1] in _HEX:
                begin -= 1
            if begin > 0 and (text[begin - 1] in _WORD or text[begin - 1] in ":."):
                continue
            value = text[begin : m.end()]
            if "::" not in value and value.count(":") != 7:  # cheap reject of times like 07:01:02
                continue
            canonical = _public_ip(value, 6)
            if canonical is None or canonical in ("2001:4860:4860::8888", "2606:4700:4700::1111"):
                continue
            self.summary["public-ip"] += 1
            edits.append((begin, m.end(), self.pseudonym("ip6", canonical)))
        return _splice(text, edits)


def _safe(fn: Any) -> str:
    try:
        return str(fn() or "")
    except Exception:  # no user name in some containers: nothing to harvest
        return ""


def _mac_key(text: str) -> str:
    """'0:1b:2c:d:e:f' and '00-1B-2C-0D-0E-0F' are the same address."""
    return ":".join(part.zfill(2) for part in re.split(r"[:-]", text.lower()))


def _fake_mac(original: str, n: int) -> str:
    return f"02:00:00:{(n >> 16) & 0xFF:02x}:{(n >> 8) & 0xFF:02x}:{n & 0xFF:02x}"


def redact_text_once(text: str, policy: Mapping[str, Any] | None = None) -> tuple[str, dict[str, int]]:
    """Harvest and redact a single text (the log, a ticket description): redacted text and rule -> count."""
    redactor = Redactor(policy)
    redactor.harvest(text)
    out = redactor.redact_text(text)
    return out, dict(redactor.summary)
