"""Layer 3: the global pass with consistent pseudonyms.

A ``Redactor`` works in two phases over all the material of one bundle: ``harvest`` finds the values bound
to a label (an SSID after "SSID :", a password after "password=", a user in a home path, what a per-check
pattern names...) and remembers them; ``redact`` then hides those values wherever they appear, plus the
shapes recognised without a label (e-mails, JWTs, keys, addresses). Every replacement of a text is computed on
the original and applied in one splice, so no rule sees another's placeholder. Large texts keep their
harvest results, so a 20 MB log is scanned for labels once.
"""

from __future__ import annotations

import functools
import getpass
import ipaddress
import re
import socket
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.redaction import patterns as pat
from desktop_app.redaction.checks import patterns_for
from desktop_app.redaction.pseudonyms import PLACEHOLDER, Pseudonyms, mac_key, mac_shape

Edit = tuple[int, int, str, str]  # start, end, replacement, summary rule

NAME_KINDS = frozenset({"user", "host", "ssid"})
SECRET_KINDS = frozenset({"password", "wifi-key", "token", "private-key", "redacted"})
PLAN_MIN = 32_768  # texts at least this long keep their harvest results for the redact phase
_SORTED_PREFIXES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _scans(words: Any) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Literal words grouped by first letter, one regex each (longest first): the engine skips to that letter
    in C, which costs far less than one ``find`` per word (a regex starting with a set of letters would be
    slower still). Each regex comes with its words, longest first."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(word)
    return tuple(
        (re.compile(re.escape(first) + "(?:" + "|".join(re.escape(w[1:]) for w in group) + ")"), tuple(group))
        for first, group in groups.items()
    )


_NEEDLE_SCANS = _scans([*pat.CONTEXTS, *pat.HOME_NEEDLES])


@functools.lru_cache(maxsize=65536)
def _public_ip(value: str, version: int) -> str | None:
    """The canonical form of a public (global) address; None for private, loopback, link-local or not an
    address. Cached: logs repeat the same few addresses thousands of times."""
    try:
        address = ipaddress.IPv4Address(value) if version == 4 else ipaddress.IPv6Address(value)
    except ValueError:
        return None
    return str(address) if address.is_global else None


def _lower(text: str) -> str:
    """ASCII-only lower case: the same length as ``text``, so positions found in it apply to the original."""
    if text.isascii():
        return text.lower()
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")


def _word_start(text: str, lowered: str, i: int) -> bool:
    if i <= 0:
        return True
    if lowered[i - 1] not in pat.ALNUM:
        return True
    return text[i].isupper() and not text[i - 1].isupper()  # camelCase: userPassword


def _line_start(lowered: str, start: int) -> bool:
    """Only blanks before ``start`` on its line, or a log prefix ending with ':' ("... INFO module:   SSID")."""
    begin = lowered.rfind("\n", 0, start) + 1
    head = lowered[begin:start].rstrip()
    return not head or head.endswith(":")


def _norm_key(key: Any) -> str:
    return str(key).lower().replace("-", "_").replace(" ", "_")


def _safe(fn: Any) -> str:
    try:
        return str(fn() or "")
    except Exception:  # no user name in some containers: nothing to add
        return ""


def _looks_like_mac(value: str) -> bool:
    raw = value.replace("\\:", ":")
    key = mac_key(raw) if len(raw) in (12, 14, 17) else ""
    return len(key) == 17 and all(c in pat.HEX or c == ":" for c in key)


class Redactor:
    """Consistent pseudonyms for one bundle. Create one per bundle; the mapping never leaves memory."""

    def __init__(
        self,
        policy: Mapping[str, Any] | None = None,
        *,
        current_user: str | None = None,
        current_host: str | None = None,
    ) -> None:
        section = dict(policy or {})
        self.keep_domains = {str(d).lower().lstrip("@") for d in section.get("keep_domains", []) or []}
        self.do_ssids = bool(section.get("ssids", True))
        self.do_hosts = bool(section.get("hostnames", True))
        self.do_macs = bool(section.get("macs", True))
        self.do_public_ips = bool(section.get("public_ips", True))
        self._replaced: dict[str, set[str]] = {}  # rule -> the placeholders used: distinct values, never the values
        self.names = Pseudonyms()
        self._literals: dict[str, tuple[str, str, int]] = {}  # lower value -> (kind, placeholder, origin)
        self._short: dict[str, tuple[str, str]] = {}  # names of 1-2 characters: replaced in known places only
        self._plans: dict[int, tuple[str, str, list[Edit]]] = {}
        self._extra: dict[int, tuple[str, list[Edit]]] = {}  # per-check pattern hits, by text
        self._macs: dict[str, str] = {}  # original spelling -> placeholder in the same style
        self._seen: dict[tuple[str, str, int], str] = {}  # add_literal's answers, for values met again
        self._scan_cache: tuple[tuple[str, ...], tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = ((), ())
        system = current_user is None and current_host is None
        user = current_user if current_user is not None else _safe(getpass.getuser)
        host = current_host if current_host is not None else _safe(socket.gethostname)
        self.add_literal("user", user)
        self.add_literal("host", host)
        if system:
            self.add_literal("user", _safe(lambda: Path.home().name))

    # -- what to hide -----------------------------------------------------------------------------------------
    def pseudonym(self, kind: str, value: str) -> str:
        return self.names.get(kind, value)

    def add_literal(self, kind: str, value: Any, *, origin: int = 0, aliases: tuple[str, ...] = ()) -> str | None:
        """Remember a value to hide everywhere; returns its placeholder (None when policy keeps it readable).
        ``origin``: the id of the large text it came from (its secrets are already hidden there)."""
        if not isinstance(value, str):
            return None
        seen = self._seen.get((kind, value, origin))
        if seen is not None:
            return seen
        placeholder = self._add_literal(kind, value, origin, aliases)
        if placeholder is not None:
            self._seen[(kind, value, origin)] = placeholder
        return placeholder

    def _add_literal(self, kind: str, value: str, origin: int, aliases: tuple[str, ...]) -> str | None:
        value = value.strip().strip('"').strip()
        low = value.lower()
        if not value or PLACEHOLDER.match(value) or value.startswith("<"):
            return None
        if (kind == "user" and low in pat.NOT_USERS) or (kind == "ssid" and (not self.do_ssids or low in pat.NOT_SSIDS)):
            return None
        if kind == "host" and (not self.do_hosts or low in pat.NOT_HOSTS):
            return None
        known = self._literals.get(low)
        if known is not None:
            if known[2] != origin and known[2] != 0:
                self._literals[low] = (known[0], known[1], 0)
            return known[1]
        if low in self._short:
            return self._short[low][1]
        placeholder = self.names.get(kind, low)
        if len(value) < 3:
            if kind in NAME_KINDS:
                self._short[low] = (kind, placeholder)
            return placeholder
        self._literals[low] = (kind, placeholder, origin)
        for alias in aliases:
            if alias.lower() != low and len(alias) >= 3:
                self._literals.setdefault(alias.lower(), (kind, placeholder, origin))
        if kind == "host" and "." in value:
            first = value.split(".", 1)[0]
            if first and not first.isdigit():
                self.add_literal("host", first)
        return placeholder

    def reserve(self, data: Any) -> None:
        """Before re-redacting a bundle: keep new placeholders clear of the ones already in it."""
        if isinstance(data, str):
            self.names.reserve_from(data)
        elif isinstance(data, Mapping):
            for key, value in data.items():
                self.reserve(key)
                self.reserve(value)
        elif isinstance(data, (list, tuple)):
            for item in data:
                self.reserve(item)

    # -- phase 1 ----------------------------------------------------------------------------------------------
    def harvest(self, data: Any) -> None:
        """Find label-bound values in JSON-like data (strings, lists, dicts, dict keys included)."""
        if isinstance(data, str):
            self._harvest_text(data)
        elif isinstance(data, Mapping):
            network = any(isinstance(k, str) and k.startswith("spairport_network_") for k in data)
            for key, value in data.items():
                kind = pat.KEY_KINDS.get(_norm_key(key))
                if kind is None and key == "_name" and network:
                    kind = "ssid"  # system_profiler: a network entry's name is its SSID
                if kind is not None:
                    for item in value if isinstance(value, list) else [value]:
                        self.add_literal(kind, item)
                if isinstance(key, str):
                    self._harvest_text(key)
                self.harvest(value)
        elif isinstance(data, (list, tuple)):
            for item in data:
                self.harvest(item)

    def harvest_observation(self, obs: Mapping[str, Any]) -> None:
        """An observation: its own values, plus what the per-check patterns of its command name."""
        if obs.get("kind") != "command" and obs.get("name") == "hostname":
            self.add_literal("host", obs.get("value"))
        argv = obs.get("argv") if isinstance(obs.get("argv"), list) else []
        if argv and "wlan" in [str(a).lower() for a in argv]:
            for arg in argv:  # netsh wlan show profile name="Home": the profile name is the SSID
                if isinstance(arg, str) and arg.lower().startswith(("name=", "ssid=")):
                    self.add_literal("ssid", arg.split("=", 1)[1])
        for pattern in patterns_for(obs):
            for field in ("stdout", "stderr", "value"):
                text = obs.get(field)
                if isinstance(text, str) and text:
                    self._harvest_pattern(pattern.kind, pattern.values(text), text)
        self.harvest(dict(obs))

    def _harvest_pattern(self, kind: str, found: Any, text: str) -> None:
        edits: list[Edit] = []
        for start, end, value in found:
            if kind == "mac":
                if not self.do_macs or not _looks_like_mac(value):
                    continue
                new = self._fake_mac(value)
            else:
                unescaped = value.replace("\\:", ":").replace("\\\\", "\\")
                new = self.add_literal(kind, unescaped, aliases=(value,)) if unescaped != value else self.add_literal(kind, value)
            if new is not None:
                edits.append((start, end, new, kind))
        if edits:
            known = self._extra.get(id(text))
            if known is not None and known[0] is text:
                known[1].extend(edits)
            else:
                self._extra[id(text)] = (text, edits)

    def _harvest_text(self, text: str) -> None:
        if len(text) < 3:
            return
        lowered = _lower(text)
        big = len(text) >= PLAN_MIN
        edits = self._context_edits(text, lowered, id(text) if big else 0)
        if big:
            self._plans[id(text)] = (text, lowered, edits)

    # -- phase 2 ----------------------------------------------------------------------------------------------
    def redact(self, data: Any, key: Any = None) -> Any:
        """A redacted copy of JSON-like data (dict keys included). A value under a name key ("ssid",
        "hostname", "bssid"...) is replaced whole, whatever its length."""
        if isinstance(data, str):
            return self._redact_value(data, key)
        if isinstance(data, Mapping):
            network = any(isinstance(k, str) and k.startswith("spairport_network_") for k in data)
            return {
                (self.redact_text(k) if isinstance(k, str) else k): self.redact(v, "ssid" if (k == "_name" and network) else k)
                for k, v in data.items()
            }
        if isinstance(data, (list, tuple)):
            return [self.redact(v, key) for v in data]
        return data

    def _count(self, rule: str, replacement: str) -> None:
        self._replaced.setdefault(rule, set()).add(replacement)

    @property
    def summary(self) -> Counter[str]:
        """Rule -> how many different values were replaced (the same e-mail address in ten places counts once:
        "1 e-mail address was replaced" is what a user can check)."""
        return Counter({rule: len(seen) for rule, seen in self._replaced.items()})

    def _redact_value(self, value: str, key: Any) -> str:
        if key is not None and value.strip():
            norm = _norm_key(key)
            if norm in pat.MAC_KEYS and _looks_like_mac(value.strip()):
                if not self.do_macs:
                    return value
                fake = self._fake_mac(value.strip())
                self._count("mac", fake)
                return fake
            kind = pat.KEY_KINDS.get(norm)
            if kind is not None and not PLACEHOLDER.match(value.strip()):
                placeholder = self.add_literal(kind, value)
                if placeholder is not None:
                    self._count(kind, placeholder)
                    return placeholder
        short = self._short.get(value.strip().lower()) if self._short else None
        if short is not None:
            self._count(short[0], short[1])
            return value.replace(value.strip(), short[1])
        return self.redact_text(value)

    def redact_text(self, text: str) -> str:
        if not text:
            return text
        plan = self._plans.get(id(text))
        if plan is not None and plan[0] is text:
            _, lowered, context = plan
            origin = id(text)
            edits = list(context)
        else:
            lowered = _lower(text)
            origin = 0
            edits = self._context_edits(text, lowered, 0) if len(text) >= 3 else []
        extra = self._extra.get(id(text))
        if extra is not None and extra[0] is text:
            edits += extra[1]
        self._shape_edits(text, lowered, edits)
        self._literal_edits(lowered, origin, edits)
        if self._short:
            self._short_edits(text, edits)
        return self._apply(text, edits)

    # -- label-bound values -----------------------------------------------------------------------------------
    def _context_edits(self, text: str, lowered: str, origin: int) -> list[Edit]:
        edits: list[Edit] = []
        for regex, _ in _NEEDLE_SCANS:  # one scan per first letter: "p" finds pass, psk and pwd
            for hit in regex.finditer(lowered):
                needle = hit.group()
                i = hit.start()
                if needle in pat.HOME_NEEDLES and i > 0 and text[i - 1] in "/\\":
                    self._home_at(text, lowered, i, needle, origin, edits)
                contexts = pat.CONTEXTS.get(needle, ())
                if not contexts:
                    continue
                at_word = _word_start(text, lowered, i)
                for ctx in contexts:
                    edit = self._context_at(ctx, text, lowered, i, len(needle), origin, at_word)
                    if edit is not None:
                        edits.append(edit)
                        break
        return edits

    def _home_at(self, text: str, lowered: str, i: int, needle: str, origin: int, edits: list[Edit]) -> None:
        """/home/x, /Users/x, C:\\Users\\x, Documents and Settings\\x: x is a user name."""
        end = i + len(needle)
        if needle == "user":
            if not lowered.startswith("s", end):
                return
            end += 1
        m = pat.HOME_TAIL.match(text, end)
        if m is None:
            return
        user = m.group("u")
        if user.startswith("<") or user.lower() in pat.NOT_USERS:
            return
        placeholder = self.add_literal("user", user, origin=origin)
        if placeholder is not None:
            edits.append((m.start("u"), m.end("u"), placeholder, "user"))

    def _context_at(self, ctx: pat.Context, text: str, lowered: str, i: int, size: int, origin: int, at_word: bool) -> Edit | None:
        start = i
        if ctx.prefixes:
            prefixes = _SORTED_PREFIXES.get(ctx.prefixes)
            if prefixes is None:
                prefixes = _SORTED_PREFIXES.setdefault(ctx.prefixes, tuple(sorted(ctx.prefixes, key=len, reverse=True)))
            for prefix in prefixes:
                if not prefix or (i >= len(prefix) and lowered.startswith(prefix, i - len(prefix), i)):
                    start = i - len(prefix)
                    break
            else:
                return None
            if not (at_word if start == i else _word_start(text, lowered, start)):
                return None
        elif ctx.before is None and not at_word:
            return None
        m = ctx.tail.match(text, i + size)
        if m is None:
            return None
        if ctx.before is not None and ctx.before.search(lowered, max(0, i - 24), i) is None:
            return None
        if ctx.line_start and not _line_start(lowered, start):
            return None
        group = "v"
        for name in ("q1", "q2"):
            if name in m.re.groupindex and m.group(name) is not None:
                group = name
                break
        value = m.group(group)
        if not value or not value.strip() or value.startswith("<") or value.lower() in ctx.reject:
            return None
        kind = ctx.kind
        if kind == "user" and value.isdigit():
            return None
        if kind == "password" and value[0] in "/~$%":
            return None  # PWD=/home/x, ${PASSWORD}: a path or a variable, not a secret
        if set(value) <= {"*", "x", "X", "\u2022"}:
            return None  # already masked by the tool
        if kind == "mac":
            if not self.do_macs:
                return None
            return (m.start(group), m.end(group), self._fake_mac(value), kind)
        if ctx.literal:
            placeholder = self.add_literal(ctx.placeholder_kind, value, origin=origin)
        elif (kind == "ssid" and not self.do_ssids) or (kind == "host" and not self.do_hosts):
            placeholder = None
        else:
            placeholder = self.names.get(ctx.placeholder_kind, value)
        if placeholder is None:
            return None
        return (m.start(group), m.end(group), placeholder, kind)

    # -- shapes -----------------------------------------------------------------------------------------------
    def _shape_edits(self, text: str, lowered: str, edits: list[Edit]) -> None:
        names = self.names
        for regex in (pat.API_KEY_A, pat.API_KEY_GH):
            for m in regex.finditer(text):
                if m.start() == 0 or text[m.start() - 1] not in pat.ALNUM:
                    edits.append((m.start(), m.end(), names.get("token", m.group(0)), "token"))
        url_ats: set[int] = set()
        if ":" in text:
            self._colon_edits(text, url_ats, edits)
        if "@" in text:
            self._at_edits(text, lowered, url_ats, edits)
        if "-" in text:
            self._dash_edits(text, edits)
        if self.do_macs:
            for m in pat.ESCAPED_COLON.finditer(text):
                begin = m.start() - 2
                if begin >= 0 and text[begin] in pat.HEX and text[begin + 1] in pat.HEX and (begin == 0 or text[begin - 1] not in pat.ALNUM):
                    self._mac_edit(text[begin : m.end()], begin, m.end(), edits)
        if "." in text:
            self._dot_edits(text, edits)

    def _at_edits(self, text: str, lowered: str, url_ats: set[int], edits: list[Edit]) -> None:
        i = text.find("@")
        while i >= 0:
            if i not in url_ats:
                m = pat.EMAIL_AT.match(text, i)
                start = i
                while start > 0 and text[start - 1] in pat.EMAIL_LOCAL:
                    start -= 1
                local = text[start:i]
                if m is not None and local and not (start > 0 and text[start - 1] == ">"):
                    domain = m.group("d").lower()
                    address = local.lower() + "@" + domain
                    if domain in self.keep_domains or any(domain.endswith("." + d) for d in self.keep_domains):
                        edits.append((start, i, self.names.get("email", address), "email"))
                    else:
                        edits.append((start, m.end(), self.names.get("email", address), "email"))
                elif self._short:
                    self._prompt_edits(text, lowered, i, start, edits)
            i = text.find("@", i + 1)

    def _prompt_edits(self, text: str, lowered: str, at: int, user_start: int, edits: list[Edit]) -> None:
        """user@host in a shell prompt or an ssh target: short names are replaced only here."""
        user = lowered[user_start:at]
        if user in self._short and self._short[user][0] == "user":
            edits.append((user_start, at, self._short[user][1], "user"))
        end = at + 1
        while end < len(text) and (text[end] in pat.ALNUM or text[end] in "-_"):
            end += 1
        host = lowered[at + 1 : end]
        if host in self._short and self._short[host][0] == "host" and (end == len(text) or text[end] in ": \t\r\n.~$#]/"):
            edits.append((at + 1, end, self._short[host][1], "host"))

    def _dash_edits(self, text: str, edits: list[Edit]) -> None:
        names = self.names
        for m in pat.DASH.finditer(text):
            group = m.lastgroup
            if group == "pem":
                edits.append((m.start(), m.end(), names.get("private-key", m.group(0)), "private-key"))
            elif group == "tok":
                self._dashed_key(text, m.start(), edits)
            elif group == "pk":
                start = m.start() - 5
                if start < 0 or (start > 0 and text[start - 1] in pat.WORD):
                    continue
                value = text[start : m.end()]
                if not all(c.isdigit() or "A" <= c <= "Z" for c in value[:5]):
                    continue
                if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
                    edits.append((start, m.end(), names.get("product-key", value), "product-key"))
            elif self.do_macs:
                begin = m.start() - 2
                if begin < 0 or text[begin] not in pat.HEX or text[begin + 1] not in pat.HEX:
                    continue
                if begin > 0 and (text[begin - 1] in pat.WORD or text[begin - 1] in ":-."):
                    continue
                if group == "run":  # a DUID: its last six octets are a MAC
                    self._mac_edit(text[m.end() - 17 : m.end()], m.end() - 17, m.end(), edits)
                else:
                    self._mac_edit(text[begin : m.end()], begin, m.end(), edits)

    def _dashed_key(self, text: str, dash: int, edits: list[Edit]) -> None:
        """sk-..., glpat-..., xoxb-...: the token after a dash, checked against its service's shape."""
        for back in (2, 5, 4):
            start = dash - back
            if start < 0 or (start > 0 and text[start - 1] in pat.ALNUM):
                continue
            for regex in pat.DASH_KEYS:
                m = regex.match(text, start)
                if m is not None:
                    edits.append((start, m.end(), self.names.get("token", m.group(0)), "token"))
                    return

    def _colon_edits(self, text: str, url_ats: set[int], edits: list[Edit]) -> None:
        names = self.names
        for m in pat.COLON.finditer(text):
            start = m.start()
            group = m.lastgroup
            if group == "url":
                user, password = m.group("u"), m.group("p")
                if password:
                    edits.append((m.start("u"), m.end("u"), names.get("user", user.lower()), "url-credentials"))
                    edits.append((m.start("p"), m.end("p"), names.get("password", password), "url-credentials"))
                    url_ats.add(m.end() - 1)
                elif user.lower() not in pat.NOT_USERS:
                    placeholder = self.add_literal("user", user)
                    if placeholder is not None:
                        edits.append((m.start("u"), m.end("u"), placeholder, "user"))
                        url_ats.add(m.end() - 1)
            elif group == "m":
                if not self.do_macs:
                    continue
                begin = start
                while begin > start - 2 and begin > 0 and text[begin - 1] in pat.HEX:
                    begin -= 1
                if begin == start or (begin > 0 and (text[begin - 1] in pat.WORD or text[begin - 1] in ":-.")):
                    continue
                value = text[begin : m.end()]
                if len(value) < 17 and value.replace(":", "").isdigit():
                    continue  # 1:2:3:4:5:6 counts something; a MAC with dropped zeros has hex letters
                self._mac_edit(value, begin, m.end(), edits)
            elif self.do_public_ips:
                begin = start
                while begin > start - 4 and begin > 0 and text[begin - 1] in pat.HEX:
                    begin -= 1
                if begin > 0 and (text[begin - 1] in pat.WORD or text[begin - 1] in ":."):
                    continue
                value = text[begin : m.end()]
                if "::" not in value and value.count(":") != 7:
                    continue
                canonical = _public_ip(value, 6)
                if canonical is None or canonical in pat.WELL_KNOWN_IPS:
                    continue
                edits.append((begin, m.end(), names.get("ip6", canonical), "public-ip"))

    def _dot_edits(self, text: str, edits: list[Edit]) -> None:
        names = self.names
        for m in pat.DOT.finditer(text):
            start = m.start()
            if m.lastgroup == "jwt":
                begin = start
                while begin > 0 and text[begin - 1] in pat.JWT_PART:
                    begin -= 1
                if text.startswith("eyJ", begin) and start - begin >= 8:
                    edits.append((begin, m.end(), names.get("jwt", text[begin : m.end()]), "jwt"))
            elif m.lastgroup == "ip":
                if not self.do_public_ips:
                    continue
                begin = start
                while begin > start - 3 and begin > 0 and text[begin - 1] in pat.DIGITS:
                    begin -= 1
                if begin == start or (begin > 0 and (text[begin - 1] in pat.WORD or text[begin - 1] == ".")):
                    continue
                value = text[begin : m.end()]
                if value in pat.WELL_KNOWN_IPS or _public_ip(value, 4) is None:
                    continue
                edits.append((begin, m.end(), names.get("ip4", value), "public-ip"))
            elif self.do_macs:
                begin = start - 4
                if begin < 0 or not all(c in pat.HEX for c in text[begin:start]):
                    continue
                if begin > 0 and (text[begin - 1] in pat.WORD or text[begin - 1] == "."):
                    continue
                value = text[begin : m.end()]
                if any(c.isalpha() for c in value):  # all digits: a version number, not a Cisco MAC
                    self._mac_edit(value, begin, m.end(), edits)

    def _mac_edit(self, value: str, start: int, end: int, edits: list[Edit]) -> None:
        new = self._macs.get(value)
        if new is None:
            key = mac_key(value)
            if key.startswith("02:00:00") or key in ("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"):
                new = value  # a placeholder already, or no one's address
            else:
                new = mac_shape(value, self.names.get("mac", key))
            self._macs[value] = new
        if new != value:
            edits.append((start, end, new, "mac"))

    def _fake_mac(self, value: str) -> str:
        new = self._macs.get(value)
        if new is None:
            key = mac_key(value)
            new = value if key.startswith("02:00:00") else mac_shape(value, self.names.get("mac", key))
            self._macs[value] = new
        return new

    # -- known literals ---------------------------------------------------------------------------------------
    def _literal_edits(self, lowered: str, origin: int, edits: list[Edit]) -> None:
        """Every harvested value, as a whole word. A value found only in this very text was replaced where
        its label marked it, so this text is not searched again for it (a 20 MB log is not re-scanned once per
        name it taught us); values known from elsewhere (the system, the observations, the results) are."""
        wanted = [value for value, (_, _, source) in self._literals.items() if not (origin and source == origin)]
        if not wanted:
            return
        key = tuple(wanted)
        if self._scan_cache[0] != key:
            self._scan_cache = (key, _scans(wanted))
        size = len(lowered)
        literals = self._literals
        for regex, group in self._scan_cache[1]:
            for m in regex.finditer(lowered):
                i = m.start()
                for value in group if len(group) > 1 else (m.group(),):
                    end = i + len(value)
                    if not lowered.startswith(value, i):
                        continue
                    if (value[0] in pat.WORD and i > 0 and lowered[i - 1] in pat.WORD) or (value[-1] in pat.WORD and end < size and lowered[end] in pat.WORD):
                        continue  # part of a longer word: "alice" is not in "malice"; try a shorter value here
                    kind, placeholder, _ = literals[value]
                    edits.append((i, end, placeholder, kind))
                    break

    def _short_edits(self, text: str, edits: list[Edit]) -> None:
        """Names of 1-2 characters, in Windows UNC paths (\\\\vm\\share); prompts are handled with '@'."""
        i = text.find("\\\\")
        while i >= 0:
            end = i + 2
            while end < len(text) and (text[end] in pat.ALNUM or text[end] in "-_"):
                end += 1
            name = text[i + 2 : end].lower()
            if name in self._short and self._short[name][0] == "host" and (end == len(text) or text[end] in "\\/ \t\r\n"):
                edits.append((i + 2, end, self._short[name][1], "host"))
            i = text.find("\\\\", end)

    # -- splice -----------------------------------------------------------------------------------------------
    def _apply(self, text: str, edits: list[Edit]) -> str:
        if not edits:
            return text
        edits.sort(key=lambda e: (e[0], -e[1]))
        out: list[str] = []
        pos = 0
        count = self._count
        for start, end, new, kind in edits:
            if start < pos:  # overlaps the previous replacement: it covers this one too
                if end > pos:
                    pos = end
                continue
            out.append(text[pos:start])
            out.append(new)
            count(kind, new)
            pos = end
        out.append(text[pos:])
        return "".join(out)


def redact_text_once(text: str, policy: Mapping[str, Any] | None = None) -> tuple[str, dict[str, int]]:
    """Harvest and redact a single text (a log, a ticket description): the redacted text and rule -> count."""
    redactor = Redactor(policy)
    redactor.harvest(text)
    out = redactor.redact_text(text)
    return out, dict(redactor.summary)
