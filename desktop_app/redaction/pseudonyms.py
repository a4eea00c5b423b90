"""Consistent pseudonyms: the same value gets the same placeholder in every file of a bundle.

Names and secrets become ``<kind-n>``. Addresses keep their shape so parsers still read a replayed bundle:
IPv4 from the documentation ranges, IPv6 from 2001:db8::/32, MACs locally administered (02:00:00:...) in the
separator style of the original (``aa:bb``, ``AA-BB``, nmcli's ``aa\\:bb``, Cisco's ``aabb.ccdd``, bare hex).
None of these forms is ever redacted again, so a bundle can be re-packed.
"""

from __future__ import annotations

import re
from collections import Counter

PLACEHOLDER = re.compile(r"^<[a-z][a-z-]*-\d+>$")
_PLACEHOLDER_ANY = re.compile(r"<([a-z][a-z-]*)-(\d+)>")
_IP4_POOLS = ("198.51.100.", "203.0.113.", "192.0.2.")


def mac_key(text: str) -> str:
    """'0:1b:2c:d:e:f', '00-1B-2C-0D-0E-0F', '001b.2c0d.0e0f' and '001B2C0D0E0F' are the same address."""
    raw = text.lower().replace("\\", "")
    if "." in raw and ":" not in raw and "-" not in raw:
        raw = raw.replace(".", "")
    parts = re.split(r"[:-]", raw) if (":" in raw or "-" in raw) else [raw[i : i + 2] for i in range(0, len(raw), 2)]
    return ":".join(part.zfill(2) for part in parts)


def mac_shape(original: str, key: str) -> str:
    """``key`` (aa:bb:cc:dd:ee:ff) written in the style of ``original``."""
    octets = key.split(":")
    upper = any(c.isupper() for c in original)
    if "\\:" in original:
        out = "\\:".join(octets)
    elif ":" in original:
        out = ":".join(octets)
    elif "-" in original:
        out = "-".join(octets)
    elif "." in original:
        joined = "".join(octets)
        out = ".".join(joined[i : i + 4] for i in range(0, 12, 4))
    else:
        out = "".join(octets)
    return out.upper() if upper else out


class Pseudonyms:
    """Kind + value -> placeholder, numbered per kind in order of first sight. Never written anywhere."""

    def __init__(self) -> None:
        self._map: dict[tuple[str, str], str] = {}
        self._next: Counter[str] = Counter()

    def get(self, kind: str, value: str) -> str:
        key = (kind, value)
        found = self._map.get(key)
        if found is None:
            self._next[kind] += 1
            found = self._make(kind, self._next[kind])
            self._map[key] = found
        return found

    def _make(self, kind: str, n: int) -> str:
        if kind == "mac":
            return f"02:00:00:{(n >> 16) & 0xFF:02x}:{(n >> 8) & 0xFF:02x}:{n & 0xFF:02x}"
        if kind == "ip4":
            pool, index = divmod(n - 1, 254)
            if pool < len(_IP4_POOLS):
                return f"{_IP4_POOLS[pool]}{index + 1}"
            # Beyond 762 public addresses: the shared range (not global either, never re-redacted).
            m = n - 254 * len(_IP4_POOLS)
            return f"100.{64 + (m >> 16) % 64}.{(m >> 8) & 0xFF}.{m & 0xFF}"
        if kind == "ip6":
            return f"2001:db8::{n:x}"
        return f"<{kind}-{n}>"

    def reserve_from(self, text: str) -> None:
        """Count placeholders already present (a re-packed bundle) so new ones never collide with them."""
        if "<" in text:
            for m in _PLACEHOLDER_ANY.finditer(text):
                kind, n = m.group(1), int(m.group(2))
                if n > self._next[kind]:
                    self._next[kind] = n
        for prefix, kind in (("198.51.100.", "ip4"), ("2001:db8::", "ip6"), ("02:00:00:", "mac")):
            start = text.find(prefix)
            while start != -1:
                tail = re.match(r"[0-9a-f:.]+", text[start + len(prefix) : start + len(prefix) + 12])
                if tail:
                    self._bump(kind, prefix, tail.group(0))
                start = text.find(prefix, start + 1)

    def _bump(self, kind: str, prefix: str, tail: str) -> None:
        try:
            if kind == "ip4":
                n = int(tail.split(".")[0])
            elif kind == "ip6":
                n = int(tail.split(":")[0] or "0", 16)
            else:
                parts = tail.split(":")[:3]
                n = int("".join(p.zfill(2) for p in parts), 16) if len(parts) == 3 else 0
        except ValueError:
            return
        if n > self._next[kind]:
            self._next[kind] = n
