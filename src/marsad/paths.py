"""Where training and evaluation data lives. Marsad itself never needs it.

Commands that train or evaluate take a path; when none is given they look at
``$MARSAD_SHARED`` and then at ``../shared`` beside the current directory
(the layout of a Marsad checkout).
"""

from __future__ import annotations

import os
from pathlib import Path

from marsad.errors import InputError


def shared_root(path: str | Path | None = None) -> Path:
    """The shared folder (``data/``, ``dev/``, ``examples/``).

    Raises:
        InputError: it does not exist; the message says how to point at it.
    """
    candidates = [Path(path)] if path else []
    if not candidates:
        env = os.environ.get("MARSAD_SHARED")
        candidates = [Path(env)] if env else [Path.cwd().parent / "shared", Path.cwd() / "shared"]
    for c in candidates:
        if c.is_dir():
            return c
    raise InputError(
        f"shared data not found (looked at {', '.join(map(str, candidates))}); "
        "pass its path or set MARSAD_SHARED",
        code="M009",
    )


def shared_data(relative: str, root: str | Path | None = None) -> Path:
    """A file or folder under ``shared/data``.

    Raises:
        InputError: it does not exist.
    """
    p = shared_root(root) / "data" / relative
    if not p.exists():
        raise InputError(f"{p} does not exist", code="M006")
    return p
