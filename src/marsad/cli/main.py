"""Entry point: runs the Typer app and turns every error into one line and an exit code."""

from __future__ import annotations

import sys

import click

# Importing a command module registers its commands on the app.
from marsad.cli import analyze as _analyze  # noqa: F401
from marsad.cli import corpus as _corpus  # noqa: F401
from marsad.cli import entities as _entities  # noqa: F401
from marsad.cli import eval_events as _eval_events  # noqa: F401
from marsad.cli import eval_quotes as _eval_quotes  # noqa: F401
from marsad.cli import eval_text as _eval_text  # noqa: F401
from marsad.cli import groups as _groups  # noqa: F401
from marsad.cli import ner as _ner  # noqa: F401
from marsad.cli.app import app
from marsad.errors import MarsadError


def main(argv: list[str] | None = None) -> int:
    """Run the CLI. Errors print ``Error: [Mxxx] ...``: exit 1, or 2 for bad arguments."""
    try:
        result = app(args=argv, prog_name="marsad", standalone_mode=False)
    except MarsadError as err:
        click.echo(f"Error: {err}", err=True)
        return 1
    except click.exceptions.NoArgsIsHelpError as err:
        click.echo(err.format_message(), err=True)
        return 2
    except click.UsageError as err:
        click.echo(f"Error: [M009] {err.format_message()}", err=True)
        if err.ctx is not None:
            click.echo(f"Try '{err.ctx.command_path} --help'.", err=True)
        return 2
    except click.exceptions.Exit as err:
        return int(err.exit_code)
    except click.Abort:
        click.echo("Error: [M000] aborted", err=True)
        return 1
    except KeyboardInterrupt:
        click.echo("Error: [M000] interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:  # noqa: BLE001 - the CLI never shows a traceback
        click.echo(f"Error: [M000] unexpected {type(err).__name__}: {err}", err=True)
        return 1
    return int(result) if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
