"""Find the files in top-level `resources/`, in a source checkout and in a wheel.

An installed wheel carries them inside the package as `convviz/_resources`
(see pyproject.toml); an editable install or a checkout reads them from the
repository's `resources/` folder beside the package.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from convviz.i18n import tr


def resources_root() -> Path:
    """The folder holding the shipped resources (weights, samples, lessons, ...)."""
    packaged = files("convviz") / "_resources"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource; ValueError with a clear sentence if it is missing."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise ValueError(
            tr("The resource {name} is missing from {folder}; "
               "reinstall convviz to restore it.").format(name=repr("/".join(parts)), folder=resources_root())
        )
    return path
