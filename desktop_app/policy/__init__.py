"""Layered, validated TOML policy.

Order (later wins): built-in defaults < system-wide file (MDM/GPO) < user preferences < ``--policy FILE`` or
``SELFDESK_POLICY``. Privileged keys (see schema.py) come only from layers an administrator controls; a value
from any other layer is ignored with a warning. Validation errors name file, key and line, and the section in
error falls back to the lower layers for that file.
"""

from __future__ import annotations

import copy
import logging
import math
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.i18n import N_, Message
from desktop_app.policy.locations import (
    admin_controlled,
    managed_policy_texts,
    system_policy_paths,
    user_preferences_path,
)
from desktop_app.policy.schema import SECTIONS, Key

ENV_VAR = "SELFDESK_POLICY"
MAX_POLICY_BYTES = 1_000_000
log = logging.getLogger(__name__)


class PolicyError(ValueError):
    """A policy file that cannot be used at all (missing, unreadable, not TOML); the message is one line, a
    ``Message`` (English in logs, ``i18n.translated`` for people)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Layer:
    name: str  # "default", "system", "user", "override"
    path: str | None
    trusted: bool  # may set privileged keys
    preferences_only: bool = False
    text: str | None = None  # policy delivered as text by MDM (macOS profile, Windows Group Policy)


@dataclass
class Policy:
    values: dict[str, dict[str, Any]]
    origins: dict[tuple[str, str], str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # Messages: English in the log, i18n.translated() for people

    def section(self, name: str) -> dict[str, Any]:
        return copy.deepcopy(self.values.get(name, {}))

    def get(self, section: str, key: str) -> Any:
        return copy.deepcopy(self.values[section][key])

    def origin(self, section: str, key: str) -> str:
        return self.origins.get((section, key), "default")

    def fix_enabled(self, fix_id: str) -> bool:
        enabled = self.values["fixes"]["enabled"]
        return ("*" in enabled or fix_id in enabled) and fix_id not in self.values["fixes"]["disabled"]

    def to_json(self) -> dict[str, Any]:
        return copy.deepcopy(self.values)


def defaults() -> Policy:
    return Policy(values={s: {k: copy.deepcopy(key.default) for k, key in keys.items()} for s, keys in SECTIONS.items()})


def load(
    override: str | os.PathLike[str] | None = None,
    *,
    system_paths: Sequence[Path] | None = None,
    user_path: Path | None = None,
    environ: Mapping[str, str] | None = None,
    managed: Sequence[tuple[str, str]] | None = None,
    strict: bool = False,
) -> Policy:
    """Build the effective policy.

    The system-wide, managed and user layers are best effort: a broken file becomes a warning and the app
    keeps working on the layers below it (the tray must start whatever MDM deployed). The file the user names
    (``override`` or ``SELFDESK_POLICY``) is different: with ``strict`` (the CLI), a missing, unreadable or
    non-TOML one raises ``PolicyError`` (one line naming the file and line) because silently running on other
    values than the ones asked for would mislead. Unknown keys and wrong types are warnings everywhere, and
    the section in error keeps the values below it.

    ``managed`` is (label, TOML text) pushed by MDM; it sits with the system-wide file, after it.
    """
    env = os.environ if environ is None else environ
    policy = defaults()
    layers: list[Layer] = []
    for path in system_paths if system_paths is not None else system_policy_paths():
        if Path(path).exists():
            layers.append(Layer("system", str(path), trusted=True))
    for label, text in managed if managed is not None else managed_policy_texts():
        layers.append(Layer("managed", label, trusted=True, text=text))
    user = user_path if user_path is not None else user_preferences_path()
    if Path(user).exists():
        layers.append(Layer("user", str(user), trusted=False, preferences_only=True))
    source = "--policy" if override is not None else ENV_VAR
    chosen = override if override is not None else env.get(ENV_VAR) or None
    if chosen is not None:
        try:
            text, trusted = read_override(Path(chosen), source)
        except PolicyError as exc:
            if strict:
                raise
            policy.warnings.append(Message(N_("{error}; using the other layers"), error=exc.message))
        else:
            layers.append(Layer("override", str(chosen), trusted=trusted, text=text))
    for layer in layers:
        try:
            data, text = _parse(layer)
        except PolicyError as exc:
            if strict and layer.name == "override":
                raise
            policy.warnings.append(Message(N_("{error}; the whole file is ignored"), error=exc.message))
            continue
        _apply_layer(policy, layer, data, text)
    for warning in policy.warnings:
        log.warning("policy: %s", warning)
    return policy


def with_recorded(policy: Policy, recorded: Mapping[str, Any], label: str) -> Policy:
    """``policy`` with the values a recorded machine ran with (a bundle's policy.json), so a replay judges with
    the same thresholds. A bundle holds anything: only keys the schema knows, with the right type and choice,
    are taken; the rest is left at ``policy``'s values."""
    merged = Policy(values=copy.deepcopy(policy.values), origins=dict(policy.origins), warnings=list(policy.warnings))
    for section, table in recorded.items():
        schema = SECTIONS.get(section) if isinstance(section, str) else None
        if schema is None or not isinstance(table, Mapping):
            continue
        for key, value in table.items():
            spec = schema.get(key) if isinstance(key, str) else None
            if spec is None or _type_error(value, spec) is not None:
                continue
            merged.values[section][key] = value.lower() if spec.choices else value
            merged.origins[(section, key)] = label
    return merged


def read_override(path: Path, source: str | None = None) -> tuple[str, bool]:
    """Read the file the user named, and whether an administrator controls it, from one open file (so the
    file cannot be swapped between the ownership check and the read)."""
    try:
        with open(path, "rb") as handle:
            opened = os.fstat(handle.fileno())
            data = handle.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        raise PolicyError(_named(Message(N_("policy file not found: {path}"), path=path), source)) from None
    except IsADirectoryError:
        raise PolicyError(_named(Message(N_("policy {path}: is a folder, not a file"), path=path), source)) from None
    except OSError as exc:
        raise PolicyError(Message(N_("policy {path}: cannot be read ({error})"), path=path, error=exc.strerror or exc)) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError(Message(N_("policy {path}: larger than {size} kB, not a policy file"), path=path, size=MAX_POLICY_BYTES // 1000))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PolicyError(Message(N_("policy {path}: not UTF-8 text"), path=path)) from None
    return text, admin_controlled(path, opened)


def _named(message: Message, source: str | None) -> Message:
    return Message(N_("{message} (from {source})"), message=message, source=source) if source else message


def check_file(path: str | os.PathLike[str]) -> list[str]:
    """Validate one file as an administrator would deploy it; return every problem found.

    Raises ``PolicyError`` when the file cannot be used at all (missing, unreadable, not TOML)."""
    policy = defaults()
    text, _ = read_override(Path(path))
    layer = Layer("system", str(path), trusted=True, text=text)
    data, text = _parse(layer)
    _apply_layer(policy, layer, data, text)
    from desktop_app.onboarding import policy_problems  # the checklist's items, for everyone and per role

    return [*policy.warnings, *policy_problems(policy, str(path))]


def _parse(layer: Layer) -> tuple[dict[str, Any], str]:
    assert layer.path is not None
    try:
        text = layer.text if layer.text is not None else Path(layer.path).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise PolicyError(Message(N_("policy {path}: cannot be read ({error})"), path=layer.path, error=exc.strerror or exc)) from None
    except UnicodeDecodeError:
        raise PolicyError(Message(N_("policy {path}: not UTF-8 text"), path=layer.path)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:  # tomllib's own words stay English
        raise PolicyError(Message(N_("policy {path}: TOML syntax error: {error}"), path=layer.path, error=exc)) from None


def _apply_layer(policy: Policy, layer: Layer, data: dict[str, Any], text: str) -> None:
    for section, table in data.items():
        if section not in SECTIONS:
            policy.warnings.append(Message(N_("{where}: unknown section [{section}]; ignored"),
                                           where=f"{layer.path}:{_line_of(text, section, None)}", section=section))
            continue
        if not isinstance(table, dict):
            policy.warnings.append(Message(N_("{where}: '{section}' must be a [table]; ignored"),
                                           where=f"{layer.path}:{_line_of(text, None, section)}", section=section))
            continue
        if layer.preferences_only and section != "preferences":
            policy.warnings.append(Message(N_("{where}: [{section}] is set by your administrator, not in user preferences; ignored"),
                                           where=f"{layer.path}:{_line_of(text, section, None)}", section=section))
            continue
        accepted, problems, notes = _validate_section(section, table, text, layer)
        policy.warnings.extend(notes)
        if problems:
            policy.warnings.extend(problems)
            policy.warnings.append(Message(N_("{where}: [{section}] from this file is ignored; keeping the values below it"),
                                           where=layer.path, section=section))
            continue
        for key, value in accepted.items():
            policy.values[section][key] = value
            policy.origins[(section, key)] = f"{layer.path}:{_line_of(text, section, key)}"


def _validate_section(
    section: str, table: dict[str, Any], text: str, layer: Layer
) -> tuple[dict[str, Any], list[str], list[str]]:
    """Return (accepted values, errors that void the section, notes about ignored privileged keys)."""
    schema = SECTIONS[section]
    accepted: dict[str, Any] = {}
    problems: list[str] = []
    notes: list[str] = []
    for key, value in table.items():
        where = f"{layer.path}:{_line_of(text, section, key)}"
        spec = schema.get(key)
        if spec is None:
            problems.append(Message(N_("{where}: unknown key '{key}' in [{section}]"), where=where, key=key, section=section))
            continue
        error = _type_error(value, spec)
        if error:
            problems.append(Message(N_("{where}: [{section}] {key}: {error}"), where=where, section=section, key=key, error=error))
            continue
        if spec.privileged and not layer.trusted:
            # Not an error in the file: the value is simply not honoured from a user-writable place.
            notes.append(Message(N_("{where}: [{section}] {key} can only be set in the system-wide policy; ignored"),
                                 where=where, section=section, key=key))
            continue
        accepted[key] = value.lower() if spec.choices else value
    return accepted, problems, notes


def _type_error(value: Any, spec: Key) -> Message | None:
    expected = spec.type if isinstance(spec.type, tuple) else (spec.type,)
    if isinstance(value, bool) and bool not in expected:
        return Message(N_("expected {expected}, got true/false"), expected=_type_names(expected))
    if not isinstance(value, expected):
        return Message(N_("expected {expected}, got {got}"), expected=_type_names(expected), got=type(value).__name__)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):  # TOML has inf and nan
            return Message(N_("expected a finite number, got {got}"), got=value)
        if (spec.low is not None and value < spec.low) or (spec.high is not None and value > spec.high):
            return _range_error(value, spec)
    if spec.choices and value.lower() not in spec.choices:
        return Message(N_("expected one of {choices}, got \"{got}\""), choices=", ".join(spec.choices), got=value)
    if isinstance(value, list) and spec.item is not None:
        for index, item in enumerate(value):
            if isinstance(spec.item, dict):
                if not isinstance(item, dict):
                    return Message(N_("item {index} must be a table"), index=index + 1)
                for sub, sub_value in item.items():
                    if sub not in spec.item:
                        return Message(N_("item {index}: unknown key '{key}'"), index=index + 1, key=sub)
                    sub_error = _type_error(sub_value, spec.item[sub])
                    if sub_error:
                        return Message(N_("item {index}: {key}: {error}"), index=index + 1, key=sub, error=sub_error)
            elif not isinstance(item, spec.item) or (isinstance(item, bool) and spec.item is not bool):
                return Message(N_("item {index} must be {expected}"), index=index + 1, expected=_type_names((spec.item,)))
    return None


def _range_error(value: float, spec: Key) -> Message:
    if spec.high is None:
        return Message(N_("expected at least {low}, got {got}"), low=f"{spec.low:g}", got=value)
    if spec.low is None:
        return Message(N_("expected at most {high}, got {got}"), high=f"{spec.high:g}", got=value)
    return Message(N_("expected a value from {low} to {high}, got {got}"), low=f"{spec.low:g}", high=f"{spec.high:g}", got=value)


_TYPE_NAMES = {str: N_("a string"), int: N_("an integer"), float: N_("a number"), bool: N_("true/false"), list: N_("a list"), dict: N_("a table")}


def _type_names(types: Sequence[type]) -> str:
    """"an integer or a number": each name translated, joined by the translated "or"."""
    names = [Message(_TYPE_NAMES[t]) if t in _TYPE_NAMES else t.__name__ for t in types]
    joined: Any = names[0]
    for name in names[1:]:
        joined = Message(N_("{first} or {second}"), first=joined, second=name)
    return joined


_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")


def _line_of(text: str, section: str | None, key: str | None) -> int:
    """Best-effort line number of ``key`` in ``[section]`` (tomllib keeps no positions)."""
    current: str | None = None
    first_header_line = 0
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).strip().strip("\"'").split(".")[0]
            if key is None and current == section:
                return number
            first_header_line = first_header_line or number
            continue
        if key is not None and current == section and re.match(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[=.]", line):
            return number
    return first_header_line or 1
