"""Shared fixtures: the reference article, and the ../shared corpora when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "mali-us-talks.txt"


def shared_dir() -> Path | None:
    """``$MARSAD_SHARED`` or ``../shared`` beside the project, if it exists."""
    env = os.environ.get("MARSAD_SHARED")
    path = Path(env) if env else ROOT.parent / "shared"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared corpora; skips the test with a clear reason when absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("needs ../shared (public corpora and gold); set MARSAD_SHARED to its path")
    return path


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
