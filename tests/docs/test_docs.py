"""The docs cover every CLI command and every registered component."""

from __future__ import annotations

from marsad.cli.app import app
from marsad.cli.reference import cli_reference, walk
from marsad.pipeline import factories
from tests.conftest import ROOT


def test_cli_reference_is_up_to_date() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert doc == cli_reference(), "regenerate: python -m marsad.cli.reference > docs/cli.md"


def test_every_command_is_in_the_reference() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for path, _ in walk(app):
        assert f"## `{' '.join(path)}`" in doc


def test_every_component_factory_is_documented() -> None:
    doc = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    for name in factories():
        if not name.startswith("test."):
            assert f"`{name}`" in doc, name
