"""The ``align`` command: click commands that parse, call the library, echo."""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable, TypeVar

import click

from align import __version__
from align.errors import AlignError
from align.reader import load
from align.segment import presplit, segment

F = TypeVar("F", bound=Callable[..., Any])


class UserError(click.ClickException):
    """A library error at the edge: one line on stderr, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"align: error: {self.format_message()}", err=True)


def reports_errors(command: F) -> F:
    """Turn the library's typed errors into :class:`UserError`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except AlignError as error:
            raise UserError(str(error)) from None

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="align")
def cli() -> None:
    """Align a Chinese text with its English translation and review it."""


@cli.command("segment")
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@click.option(
    "--lang",
    type=click.Choice(["auto", "zh", "en"]),
    default="auto",
    show_default=True,
    help="Language of FILE; auto tells it from the script.",
)
@click.option("--presplit", "is_presplit", is_flag=True, help="FILE has one sentence a line.")
@click.option("--clauses", is_flag=True, help="Also split at semicolons.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text: one sentence a line; json: a list with offsets.",
)
@click.option("--encoding", help="Decode FILE with this encoding instead of detecting it.")
@click.option("--force", is_flag=True, help="Go on when FILE looks like the other language.")
@reports_errors
def segment_command(
    file: str,
    lang: str,
    is_presplit: bool,
    clauses: bool,
    fmt: str,
    encoding: str | None,
    force: bool,
) -> None:
    """Split FILE into sentences."""
    text, lang = load(file, lang, encoding=encoding, force=force)
    sentences = presplit(text, lang) if is_presplit else segment(text, lang, clauses=clauses)
    if fmt == "json":
        rows = [
            {
                "index": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for s in sentences
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for sentence in sentences:
            click.echo(sentence.text)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="align")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
