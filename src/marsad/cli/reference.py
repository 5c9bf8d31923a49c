"""Write the CLI reference (docs/cli.md) from the commands' own --help."""

from __future__ import annotations

from collections.abc import Iterator

import click

import marsad.cli.main  # noqa: F401 - registers every command on the app
from marsad.cli.app import app


def walk(cmd: click.Command, path: tuple[str, ...] = ("marsad",)) -> Iterator[
        tuple[tuple[str, ...], click.Command]]:
    """Every command and group under ``cmd``, depth first, sorted by name."""
    yield path, cmd
    if isinstance(cmd, click.Group):
        for name in sorted(cmd.commands):
            yield from walk(cmd.commands[name], (*path, name))


def cli_reference() -> str:
    """Markdown with the help text of every command."""
    out = ["# CLI reference", "",
           "Generated from the commands' `--help` by `python -m marsad.cli.reference`.", ""]
    for path, cmd in walk(app):
        ctx = click.Context(cmd, info_name=" ".join(path), terminal_width=88,
                            help_option_names=["-h", "--help"])
        out += [f"## `{' '.join(path)}`", "", "```", cmd.get_help(ctx), "```", ""]
    return "\n".join(out)


if __name__ == "__main__":
    print(cli_reference(), end="")
