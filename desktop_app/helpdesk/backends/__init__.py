"""Helpdesk backends, chosen by the system-wide policy ([helpdesk] backend = ...)."""

from __future__ import annotations

import importlib
from typing import Any

from desktop_app.helpdesk.backends.base import Backend, ConfigError, DeliveryError, Text, settings

__all__ = ["BACKENDS", "Backend", "BackendUnavailableError", "DeliveryError", "backend_name", "from_policy", "needs_contact_email"]

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
        raise BackendUnavailableError(Text.tr("The helpdesk type '{name}' set by your administrator is not known.", name=name[:40]))
    module, cls = BACKENDS[name]
    try:
        return getattr(importlib.import_module(module), cls)(hd)
    except ConfigError as exc:
        raise BackendUnavailableError(exc.message) from exc
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # e.g. options = { timeout = "soon" }
        raise BackendUnavailableError(
            Text.tr("The helpdesk settings from your administrator are not valid ({error}).", error=f"{type(exc).__name__}: {exc}"[:160])
        ) from exc


def backend_name(policy: Any) -> str:
    """The configured backend's name ("none" when tickets are off), without building it (no keyring access)."""
    try:
        return str(policy.get("helpdesk", "backend") or "none").lower()
    except Exception:
        return "none"


def needs_contact_email(policy: Any) -> bool:
    """True when this helpdesk cannot open a ticket without the employee's e-mail address (Freshservice needs a
    requester, Zammad a customer) and the policy gives no fallback address: the UI and CLI must ask for it."""
    name = backend_name(policy)
    try:
        options = policy.get("helpdesk", "options") or {}
    except Exception:
        options = {}
    if name == "freshservice":
        return not options.get("requester_email")
    if name == "zammad":
        return not options.get("customer")
    return False
