"""pyproject.toml's floors are the versions tests/lowest-versions.txt pins, which the suite is run
on; and the PySide6 ceiling applies only where its refcount bug bites (Python < 3.12)."""
from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = project["dependencies"] + [d for group in project["optional-dependencies"].values() for d in group]
    return [Requirement(d) for d in listed]


def pinned() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / "tests" / "lowest-versions.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def floor(requirement: Requirement) -> Version:
    (low,) = [Version(s.version) for s in requirement.specifier if s.operator == ">="]
    return low


def test_every_floor_is_the_version_the_lowest_run_pins():
    pins = pinned()
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} has no pinned lowest version"
        assert floor(requirement) == pins[name], requirement
        assert pins[name] in requirement.specifier, requirement


def test_pyside6_ceiling_only_below_python_3_12():
    pyside = [r for r in requirements() if canonicalize_name(r.name) == "pyside6-essentials"]
    for python, ceiling in (("3.11", True), ("3.12", False), ("3.13", False)):
        applying = [r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": python})]
        assert len(applying) == 1, python
        assert (Version("6.12.0") not in applying[0].specifier) is ceiling, python
    assert Marker("python_version < '3.12'") in [r.marker for r in pyside]
