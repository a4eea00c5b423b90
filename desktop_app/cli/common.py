"""What every verb needs: the effective policy, the language, and result output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from desktop_app import __version__, i18n
from desktop_app.model import Context, Result
from desktop_app.present import exit_code, format_conclusion, format_result


class UsageError(Exception):
    """Bad arguments or input: one line on stderr, exit code 2. The message is text already in the user's
    language (``tr``) or a ``Message`` from the core, translated when shown."""


def load_policy(args: argparse.Namespace) -> Any:
    """The effective policy. A file the user names (``--policy``, ``SELFDESK_POLICY``) that is missing or not
    TOML stops the command (exit 2); problems inside a file are warnings and the rest keeps working."""
    from desktop_app import policy

    try:
        loaded = policy.load(getattr(args, "policy", None), strict=True)
    except policy.PolicyError as exc:
        i18n.set_language(getattr(args, "lang", None))  # no policy to name a language: --lang or the OS's
        raise UsageError(exc.message) from None
    lang = getattr(args, "lang", None) or loaded.get("preferences", "language")
    i18n.set_language(lang)
    i18n.set_product_name(loaded.get("branding", "app_name"))
    for warning in loaded.warnings:
        print(f"selfdesk: policy: {i18n.translated(warning)}", file=sys.stderr)
    return loaded


def build_context(args: argparse.Namespace, platform: str | None = None) -> Context:
    from desktop_app.system import current_platform

    return Context(policy=load_policy(args), platform=platform or current_platform())


def split_ids(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def results_document(results: Sequence[Result], ctx: Context, **extra: Any) -> dict[str, Any]:
    return {
        "schema": "selfdesk-results",
        "app_version": __version__,
        "platform": ctx.platform,
        "language": i18n.language(),
        "exit_code": exit_code(results),
        "results": [r.to_json() for r in results],
        **extra,
    }


def print_results(results: Sequence[Result], ctx: Context, as_json: bool, **extra: Any) -> None:
    if as_json:
        json.dump(results_document(results, ctx, **extra), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in results:
            print(format_result(result))
        print("\n" + format_conclusion(results))
