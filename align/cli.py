"""The ``align`` command: click commands that parse, call the library, echo."""

from __future__ import annotations

import functools
import json
import os
import shutil
import sys
import time
from typing import Any, Callable, TypeVar

import click
from tabulate import tabulate

from align import __version__
from align.batch import Options, Progress, read_jobs, run_batch, summary
from align.errors import AlignError
from align.output import write_atomic
from align.checks import CHECKS
from align.pipeline import align_files, fails, notes_of, parameters, read_sentences, review_files, signature
from align.render import ALIGNMENT_FORMATS, REPORT_FORMATS
from align.score import score_paths

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


encoding_option = click.option(
    "--encoding", help="Decode the input with this encoding instead of detecting it."
)
force_option = click.option(
    "--force", is_flag=True, help="Go on when an input looks like the other language."
)


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
@encoding_option
@force_option
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
    sentences = read_sentences(
        file, lang, is_presplit=is_presplit, clauses=clauses, encoding=encoding, force=force
    )
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


def emit(text: str, output: str | None) -> None:
    """Echo ``text``, or write it whole to ``output``."""
    if output is None:
        click.echo(text, nl=False)
    else:
        write_atomic(output, text)


@cli.command("pair")
@click.argument("zh_file", metavar="ZH", type=click.Path(path_type=str))
@click.argument("en_file", metavar="EN", type=click.Path(path_type=str))
@click.option("--presplit", "is_presplit", is_flag=True, help="Both files have one sentence a line.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(ALIGNMENT_FORMATS)),
    default="mac",
    show_default=True,
    help="mac: [0,1]:[0] a line; tsv: texts, confidence, type; json; tmx: TMX 1.4b.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="Write to this file (whole or not at all) instead of stdout.")
@click.option("--max-bead", type=click.IntRange(1, 6), default=6, show_default=True,
              help="The most sentences on one side of a bead.")
@encoding_option
@force_option
@reports_errors
def pair_command(
    zh_file: str,
    en_file: str,
    is_presplit: bool,
    fmt: str,
    output: str | None,
    max_bead: int,
    encoding: str | None,
    force: bool,
) -> None:
    """Align the sentences of a Chinese file ZH with its English translation EN."""
    params = parameters(max_bead)
    alignment = align_files(
        zh_file, en_file, is_presplit=is_presplit, encoding=encoding, force=force, params=params
    )
    text = ALIGNMENT_FORMATS[fmt](alignment, signature(params, presplit=is_presplit))
    emit(text, output)


@cli.command("score")
@click.argument("gold", type=click.Path(path_type=str))
@click.argument("test", type=click.Path(path_type=str))
@reports_errors
def score_command(gold: str, test: str) -> None:
    """Score TEST beads against GOLD beads (two .align files or two folders of them)."""
    scores = score_paths(gold, test)
    click.echo(
        f"precision {scores.precision:.4f}\n"
        f"recall    {scores.recall:.4f}\n"
        f"F1        {scores.f1:.4f}\n"
        f"strict F1 {scores.strict_f1:.4f}\n"
        f"lax F1    {scores.lax_f1:.4f}\n"
        f"beads: {scores.gold_beads} gold, {scores.test_beads} test, {scores.matched} matched"
    )


@cli.command("report")
@click.argument("zh_file", metavar="ZH", type=click.Path(path_type=str))
@click.argument("en_file", metavar="EN", type=click.Path(path_type=str))
@click.option("--presplit", "is_presplit", is_flag=True, help="Both files have one sentence a line.")
@click.option("--glossary", type=click.Path(path_type=str),
              help="Approved renderings: CSV or TSV (zh,en[,note]) or TBX.")
@click.option("--check", "checks", multiple=True, type=click.Choice(list(CHECKS)),
              help="Run only this check (repeatable).")
@click.option("--skip", multiple=True, type=click.Choice(list(CHECKS)), help="Leave this check out (repeatable).")
@click.option("--format", "fmt", type=click.Choice(list(REPORT_FORMATS)), default="table", show_default=True,
              help="table for a terminal, markdown, json, or a self-contained html page.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str),
              help="Write to this file (whole or not at all) instead of stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Exit with 1 when a finding reaches this severity.")
@click.option("--color/--no-color", default=None, help="Colour the table (default: when stdout is a terminal).")
@click.option("--max-bead", type=click.IntRange(1, 6), default=6, show_default=True,
              help="The most sentences on one side of a bead.")
@encoding_option
@force_option
@click.pass_context
@reports_errors
def report_command(
    ctx: click.Context,
    zh_file: str,
    en_file: str,
    is_presplit: bool,
    glossary: str | None,
    checks: tuple[str, ...],
    skip: tuple[str, ...],
    fmt: str,
    output: str | None,
    fail_on: str,
    color: bool | None,
    max_bead: int,
    encoding: str | None,
    force: bool,
) -> None:
    """Align ZH with its translation EN and review the translation.

    Checks editorial notes, omissions, numbers, names, quotations, terms and
    a glossary (see `align checks`).

    Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 for
    usage and input errors.
    """
    report = review_files(zh_file, en_file, is_presplit=is_presplit, encoding=encoding, force=force,
                          params=parameters(max_bead), checks=list(checks) or None, skip=list(skip),
                          glossary=glossary)
    if color is None:
        color = output is None and sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if output is None and sys.stdout.isatty() else 120
    emit(REPORT_FORMATS[fmt](report, width=width, color=color), output)
    if fails(report, fail_on):
        ctx.exit(1)


@cli.command("notes")
@click.argument("en_file", metavar="EN", type=click.Path(path_type=str))
@click.option("--presplit", "is_presplit", is_flag=True, help="EN has one sentence a line.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for a terminal, or json.")
@encoding_option
@force_option
@reports_errors
def notes_command(en_file: str, is_presplit: bool, fmt: str, encoding: str | None, force: bool) -> None:
    """List the editorial notes of an English text EN.

    Recognised: [or "X" –Ed.], [Ed.: …], [Translator's note: …], [TN: …],
    [sic], […] and bracketed insertions such as [the Party].
    """
    found = notes_of(en_file, is_presplit=is_presplit, encoding=encoding, force=force)
    if fmt == "json":
        rows = [{"sentence": s.index, "kind": n.kind, "note": n.text, "primary": n.primary,
                 "alternatives": list(n.alternatives), "comment": n.comment} for s, n in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = [[s.index, n.kind, n.primary, "; ".join(n.alternatives) or n.comment, n.text] for s, n in found]
    click.echo(tabulate(table, ["en", "kind", "rendering", "alternatives", "note"], tablefmt="simple"))
    click.echo(f"{len(found)} note{'s' if len(found) != 1 else ''}")


@cli.command("checks")
def checks_command() -> None:
    """List every check: id, severity and what it finds."""
    rows = [[c.id, c.severity.value, c.title] for c in CHECKS.values()]
    click.echo(tabulate(rows, ["check", "severity", "finds"], tablefmt="simple"))


@cli.command("batch")
@click.argument("jobs", type=click.Path(path_type=str))
@click.option("--jobs", "workers", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="CPUs",
              help="Worker processes.")
@click.option("--presplit", "is_presplit", is_flag=True, help="All files have one sentence a line.")
@click.option("--format", "fmt", type=click.Choice(sorted(ALIGNMENT_FORMATS)), default="mac", show_default=True,
              help="Output format, as for pair.")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=str),
              help="Where the outputs go when JOBS is a folder of NAME.zh / NAME.en pairs.")
@click.option("--resume", is_flag=True, help="Skip pairs whose output exists.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local worker processes, or a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="The Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster of --jobs workers).")
@click.option("--max-bead", type=click.IntRange(1, 6), default=6, show_default=True,
              help="The most sentences on one side of a bead.")
@click.pass_context
@reports_errors
def batch_command(ctx: click.Context, jobs: str, workers: int, is_presplit: bool, fmt: str, out_dir: str | None,
                  resume: bool, quiet: bool, executor: str, scheduler: str | None, max_bead: int) -> None:
    """Align many pairs: JOBS is a job file (zh_path<TAB>en_path<TAB>output_path a
    line, paths relative to it) or a folder of NAME.zh / NAME.en pairs.

    A bad pair is reported on stderr and skipped; exit status 1 when a pair
    failed, 2 for a malformed job file.
    """
    listed = read_jobs(jobs, out_dir, fmt)
    options = Options(fmt=fmt, is_presplit=is_presplit, max_bead=max_bead)
    show = not quiet and sys.stderr.isatty()
    progress = Progress(len(listed), lambda text: click.echo(text, err=True, nl=False)) if show else None
    if progress:
        progress.draw()
    results = []
    start = time.perf_counter()
    try:
        for result in run_batch(listed, options, workers=workers, resume=resume,
                                executor=executor, scheduler=scheduler):
            results.append(result)
            if result.status == "failed":
                if progress:
                    click.echo("\r\x1b[K", err=True, nl=False)
                click.echo(f"align: error: {result.error}", err=True)
            if progress:
                progress.update(result)
    except KeyboardInterrupt:
        if progress:
            progress.close()
        click.echo("align: interrupted: finished outputs are whole; run again with --resume", err=True)
        ctx.exit(130)
    if progress:
        progress.close()
    if not quiet:
        click.echo(tabulate(summary(results, time.perf_counter() - start), tablefmt="simple"), err=True)
    if any(r.status == "failed" for r in results):
        ctx.exit(1)


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="align")


if __name__ == "__main__":  # pragma: no cover
    main()
