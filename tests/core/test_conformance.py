"""Walk every registered check, verdict and fix: unique ids, titles, platforms, timeouts, resolvable links."""

from __future__ import annotations

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
