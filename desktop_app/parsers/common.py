"""Shared helpers for the pure parsers: never raise, return plain JSON-serialisable data."""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

# MAC with 1-2 hex digits per group (macOS strips leading zeros: "31:23:3:1a:9f:1d"), ':' or '-' separated.
MAC_RE = re.compile(r"(?<![0-9A-Fa-f:])([0-9A-Fa-f]{1,2}(?:[:-][0-9A-Fa-f]{1,2}){5})(?![0-9A-Fa-f:])")
IPV4_RE = re.compile(r"(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])")
NUMBER_RE = re.compile(r"[-+]?\d+(?:[.,]\d+)?")


def clean(text: str) -> str:
    """Normalise spaces (NBSP, narrow NBSP, tabs) and curly apostrophes; strip."""
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\t", " ")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00b4", "'")
    return text.strip()


_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ı": "i", "ß": "ss", "œ": "oe"})


def fold(label: str) -> str:
    """Casefold a label and drop accents and punctuation so 'Réception (Mbit/s)' == 'reception mbit s' and
    'Kanał' == 'kanal'. Letters of other scripts (Cyrillic, CJK...) are kept, so their labels stay matchable."""
    label = clean(label).casefold()
    label = unicodedata.normalize("NFKD", label)
    label = "".join(ch for ch in label if not unicodedata.combining(ch))
    label = label.translate(_LETTERS_WITHOUT_DECOMPOSITION)
    label = re.sub(r"[\W_]+", " ", label)
    return label.strip()


def to_float(value: Any) -> float | None:
    """First number in value, accepting a decimal comma ("866,7")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    match = NUMBER_RE.search(clean(value))
    if match is None:
        return None
    try:
        return float(match.group(0).replace(",", "."))
    except ValueError:
        return None


def to_int(value: Any) -> int | None:
    number = to_float(value)
    if number is None:
        return None
    try:
        return round(number)
    except (OverflowError, ValueError):
        return None


def normalise_mac(value: Any) -> str | None:
    """'31:23:3:1a:9f:1d' -> '31:23:03:1a:9f:1d'; None when there is no MAC (blank, <redacted>, zeros)."""
    if not isinstance(value, str):
        return None
    match = MAC_RE.search(value.replace("\\:", ":"))
    if match is None:
        return None
    parts = re.split(r"[:-]", match.group(1))
    mac = ":".join(part.lower().zfill(2) for part in parts)
    if mac in ("00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"):
        return None  # placeholder shown by tunnels and unassociated radios, not an address
    return mac


def split_label_value(line: str) -> tuple[str, str] | None:
    """'    Name      : WLAN' -> ('Name', 'WLAN'); the first ' : ' or ': ' separates (values may hold colons)."""
    match = re.match(r"^\s*([^:]*?[^:\s])\s*:(?:\s+|$)(.*)$", line)
    if match is None:
        return None
    return match.group(1), match.group(2).strip()


def split_terse(line: str) -> list[str]:
    """nmcli -t: fields separated by ':'; '\\:' and '\\\\' are escapes."""
    fields: list[str] = []
    current: list[str] = []
    escape = False
    for char in line:
        if escape:
            current.append(char)
            escape = False
        elif char == "\\":
            escape = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def powershell_records(text: Any) -> list[dict[str, Any]] | None:
    """``ConvertTo-Json`` output as a list of objects: one object, an array, or PowerShell 5.1's
    ``{"value": [...], "Count": n}`` wrapper. None when the text is not JSON (e.g. a recorded table)."""
    if not isinstance(text, str):
        return None
    body = text.strip().lstrip("\ufeff")
    if body[:1] not in ("[", "{"):
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict) and isinstance(data.get("value"), list):
        data = data["value"]
    return [item for item in (data if isinstance(data, list) else [data]) if isinstance(item, dict)]
