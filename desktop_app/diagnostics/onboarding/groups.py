"""Which groups the signed-in user belongs to, so the checklist can pick the role IT declared for them.

Collected through the seam (recorded, replayable), analysed by pure functions:
- Windows: ``whoami /groups /fo csv /nh``. Group names and columns are translated by Windows; the SID column
  is not, so policy may name a group by SID ("S-1-5-21-...-1104"), by "DOMAIN\\name" or by its bare name.
- macOS: ``id -Gn`` (directory groups included when the Mac is bound).
- Linux: the process's groups resolved with ``grp`` (names from /etc/group, LDAP or sssd alike).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_app.observations import Observations
from desktop_app.parsers import posture
from desktop_app.system import System

WHOAMI = ["whoami", "/groups", "/fo", "csv", "/nh"]


def _posix_groups() -> list[str]:
    import grp

    names = []
    for gid in sorted({*os.getgroups(), os.getgid()}):
        try:
            names.append(grp.getgrgid(gid).gr_name)
        except KeyError:
            names.append(str(gid))  # a group without a name still counts by its number
    return names


def collect_groups(system: System) -> None:
    if system.platform == "windows":
        system.run(WHOAMI, timeout=10, cache=True)
    elif system.platform == "macos":
        system.run(["id", "-Gn"], timeout=10, cache=True)
    else:
        system.observe("probe", "groups", _posix_groups, timeout=10)


def groups_of(observations: Iterable[Mapping[str, Any]]) -> list[str]:
    """Every name a policy may use for the user's groups: SIDs, 'DOMAIN\\name' and bare names (Windows),
    group names (macOS, Linux)."""
    obs = Observations(o for o in observations if o.get("kind") in ("command", "probe", "psutil", "file"))
    found: list[str] = []
    if (cmd := obs.command("whoami", "/groups")) is not None and cmd.ok:
        for row in posture.parse_whoami_groups(cmd.stdout):
            found += [row["sid"], row["name"], row["name"].rsplit("\\", 1)[-1]]
    elif (cmd := obs.command("id", "-Gn")) is not None and cmd.ok:
        found = posture.parse_id_groups(cmd.stdout)
    elif (probe := obs.value("probe", "groups")) is not None and isinstance(probe.value, list):
        found = [str(g) for g in probe.value]
    return list(dict.fromkeys(g for g in found if g))


def matching_role(roles: Sequence[Mapping[str, Any]], groups: Sequence[str]) -> str | None:
    """The first declared role one of whose groups the user belongs to (case-insensitive)."""
    have = {g.casefold() for g in groups}
    for role in roles:
        wanted = role.get("groups")
        if isinstance(wanted, str):
            wanted = [wanted]
        if isinstance(wanted, list) and any(isinstance(g, str) and g.casefold() in have for g in wanted):
            name = role.get("name")
            return str(name) if name else None
    return None
