"""``python -m marsad`` runs the CLI."""

from marsad.cli.main import run

run()
