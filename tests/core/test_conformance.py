"""Walk every registered check, verdict and fix: unique ids, titles, platforms, timeouts, resolvable links."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app import registry
from desktop_app.i18n import set_language, tr
from desktop_app.model import PLATFORMS


def test_ids_are_unique():
    ids = [c.id for c in registry.CHECKS] + [v.id for v in registry.VERDICTS]
    assert len(ids) == len(set(ids))
    fix_ids = [f.id for f in registry.FIXES]
    assert len(fix_ids) == len(set(fix_ids))


def test_every_check_is_complete():
    for check in registry.CHECKS:
        assert check.title and check.area in registry.AREAS, check.id
        assert check.platforms and check.platforms <= PLATFORMS, check.id
        assert 0 < check.timeout <= 120, check.id
        assert callable(check.collect) and callable(check.analyze), check.id
        for fix_id in check.fixes:
            assert registry.fix(fix_id) is not None, f"{check.id} suggests unknown fix {fix_id}"


def test_every_fix_is_declared_and_verifiable():
    for fix in registry.FIXES:
        assert fix.title and fix.changes and fix.platforms <= PLATFORMS, fix.id
        assert fix.verify, f"{fix.id} names no check to verify it"
        for check_id in fix.verify:
            assert registry.check(check_id) is not None, f"{fix.id} verifies with unknown check {check_id}"
        assert not fix.reversible or fix.rollback is not None, fix.id


def test_verdicts_depend_on_registered_checks():
    for verdict in registry.VERDICTS:
        assert verdict.id.startswith("verdict."), verdict.id
        assert any(registry.check(d) for d in verdict.depends), verdict.id


def test_titles_exist_in_french():
    from desktop_app.i18n import load_ts_catalog

    french = load_ts_catalog("fr")
    titles = [c.title for c in registry.CHECKS] + [f.title for f in registry.FIXES] + [f.changes for f in registry.FIXES]
    untranslated = [t for t in titles if not french.get(t)]
    assert not untranslated, untranslated
    set_language("fr")
    try:  # a title French writes the same way ("Wi-Fi") is fine; most are not
        assert sum(tr(t) != t for t in titles) > 0.9 * len(titles)
    finally:
        set_language("en")


def test_every_string_shown_to_users_has_a_french_translation():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "tools/i18n_update.py", "--check"], capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stdout[-3000:]


def test_only_fixes_that_declare_admin_rights_plan_admin_steps():
    """The user is told 'this needs administrator rights' from the declaration; a step that elevates in a fix
    that does not declare it would surprise them with a prompt (and the engine refuses to run it)."""
    from desktop_app import policy
    from desktop_app.model import Context

    offenders = []
    for fix in registry.FIXES:
        for platform in sorted(fix.platforms):
            ctx = Context(policy=policy.defaults(), platform=platform)
            for step in fix.plan(ctx):
                if step.admin and not fix.needs_admin:
                    offenders.append(f"{fix.id} on {platform}: '{step.description}' is admin, the fix is not needs_admin")
    assert not offenders, offenders


def _help_ids_in(path: Path) -> set[str]:
    """String constants given as ``help=`` (directly, in a conditional, or through a module-level name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }

    def literals(value: ast.expr) -> set[str]:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return {value.value}
        if isinstance(value, ast.Name) and value.id in constants:
            return {constants[value.id]}
        if isinstance(value, ast.IfExp):
            return literals(value.body) | literals(value.orelse)
        if isinstance(value, ast.BoolOp):
            return set().union(*(literals(v) for v in value.values))
        return set()  # computed (a recorded result's help, a policy URL): checked where it is produced

    found = {h for node in ast.walk(tree) if isinstance(node, ast.keyword) and node.arg == "help" for h in literals(node.value)}
    return {h for h in found if h and not h.startswith(("http://", "https://"))}


def test_every_help_article_the_app_links_to_exists_in_english_and_french():
    package = Path(__file__).resolve().parents[2] / "desktop_app"
    help_root = package.parent / "resources" / "help"
    used: dict[str, str] = {}
    for path in package.rglob("*.py"):
        if path.relative_to(package).parts[0] == "cli":
            continue  # argparse's help= is option help text, not an article
        for help_id in _help_ids_in(path):
            used.setdefault(help_id, str(path.relative_to(package)))
    assert "system-restart" in used and "dns-failure" in used  # the scan sees the literals it must see
    missing = [f"{lang}/{h}.md (used in {where})" for h, where in sorted(used.items()) for lang in ("en", "fr")
               if not (help_root / lang / f"{h}.md").is_file()]
    assert not missing, missing
