"""The click group that every CLI module adds its commands to."""

from __future__ import annotations

import click

from marsad import __version__


@click.group(name="marsad", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="marsad")
def app() -> None:
    """Marsad: who did what to whom, where and when, and who says so — from Arabic news."""
