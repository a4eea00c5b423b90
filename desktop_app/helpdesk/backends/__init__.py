"""Helpdesk backends, chosen by the system-wide policy ([helpdesk] backend = ...)."""

from __future__ import annotations

import importlib
from typing import Any

from desktop_app.helpdesk.backends.base import Backend, ConfigError, DeliveryError, settings

__all__ = ["BACKENDS", "Backend", "BackendUnavailableError", "DeliveryError", "from_policy"]

# name -> (module, class); modules are imported explicitly (a folder scan breaks inside a frozen build)
BACKENDS: dict[str, tuple[str, str]] = {
    "email": ("desktop_app.helpdesk.backends.email", "EmailBackend"),
    "rt": ("desktop_app.helpdesk.backends.rt", "RTBackend"),
    "zammad": ("desktop_app.helpdesk.backends.zammad", "ZammadBackend"),
    "glpi": ("desktop_app.helpdesk.backends.glpi", "GLPIBackend"),
    "topdesk": ("desktop_app.helpdesk.backends.topdesk", "TOPdeskBackend"),
    "jira": ("desktop_app.helpdesk.backends.jira", "JiraBackend"),
    "servicenow": ("desktop_app.helpdesk.backends.servicenow", "ServiceNowBackend"),
    "freshservice": ("desktop_app.helpdesk.backends.freshservice", "FreshserviceBackend"),
    "webhook": ("desktop_app.helpdesk.backends.webhook", "WebhookBackend"),
}


class BackendUnavailableError(Exception):
    """The configured backend cannot be used (unknown name, missing URL or credentials)."""


def from_policy(policy: Any = None) -> Backend | None:
    """The backend the administrator configured, or None when tickets are not enabled."""
    if policy is None:
        from desktop_app import policy as policy_mod

        policy = policy_mod.load()
    hd = settings(policy)
    name = str(hd.get("backend") or "none").lower()
    if name in ("", "none"):
        return None
    if name not in BACKENDS:
        raise BackendUnavailableError(f"unknown helpdesk backend '{name}'")
    module, cls = BACKENDS[name]
    try:
        return getattr(importlib.import_module(module), cls)(hd)
    except ConfigError as exc:
        raise BackendUnavailableError(exc.message) from exc
