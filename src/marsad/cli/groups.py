"""Command groups that several modules add subcommands to."""

from __future__ import annotations

from marsad.cli.app import app


@app.group(name="eval")
def eval_group() -> None:
    """Score Marsad's components against gold data."""


@app.group(name="train")
def train_group() -> None:
    """Train the models that ship with Marsad, from the shared corpora."""
