"""Many document pairs at once: job files, worker processes, resume, Dask.

A job file has one pair a line, ``zh_path<TAB>en_path<TAB>output_path`` (the
convention of hunalign's ``-batch``); relative paths are relative to the
job file. A folder of ``NAME.zh`` / ``NAME.en`` pairs is a job list too,
with outputs in an output folder. Each pair is aligned by :func:`run_job`,
the same function in every executor: in this process, in a pool of worker
processes (the dictionary and jieba load once per worker), or on a Dask
cluster. Outputs are written atomically, so an interrupted run leaves no
partial output, and a resumed run skips pairs whose output exists.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from align.errors import AlignError, InputError
from align.output import write_atomic

#: File name extensions of the alignment formats.
EXTENSIONS = {"mac": ".align", "tsv": ".tsv", "json": ".json", "tmx": ".tmx"}


@dataclass(frozen=True)
class Job:
    """One document pair to align."""

    zh: Path
    en: Path
    output: Path
    #: Where the job was given: ``jobs.tsv:3``, or the pair's name in a folder.
    origin: str


@dataclass(frozen=True)
class Options:
    """How every pair of a batch is aligned and written."""

    fmt: str = "mac"
    is_presplit: bool = False
    max_bead: int = 6


@dataclass(frozen=True)
class Result:
    """What became of one job."""

    job: Job
    #: ``"done"``, ``"failed"`` or ``"skipped"`` (output already there, with ``--resume``).
    status: str
    #: Sentences of both sides, for the rate.
    sentences: int = 0
    seconds: float = 0.0
    #: Why it failed: one line naming the file and the problem.
    error: str = ""


def read_jobs(path: str | os.PathLike[str], out_dir: str | os.PathLike[str] | None = None,
              fmt: str = "mac") -> list[Job]:
    """The jobs of a job file, or of a folder of ``NAME.zh``/``NAME.en`` pairs.

    A malformed job file is an :class:`InputError` naming the file and line.
    """
    source = Path(path)
    if source.is_dir():
        return _folder_jobs(source, out_dir, fmt)
    if not source.exists():
        raise InputError(path, "no such file or folder")
    try:
        text = source.read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "the job file is not UTF-8 text") from None
    base = source.parent
    jobs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != 3 or not all(f.strip() for f in fields):
            raise InputError(path, f"line {number}: expected zh_path<TAB>en_path<TAB>output_path, "
                                   f"found {len(fields)} field(s)")
        zh, en, output = (base / f.strip() for f in fields)
        jobs.append(Job(zh, en, output, f"{source.name}:{number}"))
    if not jobs:
        raise InputError(path, "the job file lists no pairs")
    outputs = [job.output for job in jobs]
    duplicate = next((o for o in outputs if outputs.count(o) > 1), None)
    if duplicate is not None:
        raise InputError(path, f"two pairs write the same output {duplicate}")
    return jobs


def _folder_jobs(folder: Path, out_dir: str | os.PathLike[str] | None, fmt: str) -> list[Job]:
    """``NAME.zh`` with ``NAME.en`` in a folder, outputs ``OUT_DIR/NAME.<ext>``."""
    if out_dir is None:
        raise InputError(folder, "a folder of pairs needs --out-dir for the outputs")
    names = sorted({p.stem for p in folder.iterdir() if p.suffix in (".zh", ".en")})
    if not names:
        raise InputError(folder, "no NAME.zh / NAME.en pairs in the folder")
    return [Job(folder / f"{name}.zh", folder / f"{name}.en", Path(out_dir) / f"{name}{EXTENSIONS[fmt]}", name)
            for name in names]


def warm_up() -> None:
    """Load the dictionary and jieba once in this process (a worker's start)."""
    from align.checks.document import _posseg
    from align.lexicon import _jieba, load_dictionary

    load_dictionary()
    _jieba()
    _posseg()


def run_job(job: Job, options: Options) -> Result:
    """Align one pair and write its output atomically; a bad pair is a
    failed result, never an exception."""
    from align.pipeline import align_files, parameters, signature
    from align.render import ALIGNMENT_FORMATS

    start = time.perf_counter()
    try:
        _remove_stale_parts(job.output)
        params = parameters(options.max_bead)
        alignment = align_files(job.zh, job.en, is_presplit=options.is_presplit, params=params)
        text = ALIGNMENT_FORMATS[options.fmt](alignment, signature(params, presplit=options.is_presplit))
        write_atomic(job.output, text)
    except AlignError as error:
        return Result(job, "failed", seconds=time.perf_counter() - start, error=f"{job.origin}: {error}")
    return Result(job, "done", len(alignment.src) + len(alignment.tgt), time.perf_counter() - start)


def _remove_stale_parts(output: Path) -> None:
    """Remove the temporary files a killed run left beside an output."""
    if output.parent.is_dir():
        for stale in output.parent.glob(f".{output.name}.*.part"):
            stale.unlink(missing_ok=True)


def _size(job: Job) -> int:
    try:
        return job.zh.stat().st_size + job.en.stat().st_size
    except OSError:
        return 0


def run_batch(jobs: list[Job], options: Options, *, workers: int = 1, resume: bool = False,
              executor: str = "local", scheduler: str | None = None) -> Iterator[Result]:
    """Run every job, yielding each result as it completes.

    With ``resume``, a job whose output exists is skipped. The largest pairs
    start first, so that workers finish together.
    """
    todo = []
    for job in jobs:
        if resume and job.output.exists():
            yield Result(job, "skipped")
        else:
            todo.append(job)
    todo.sort(key=_size, reverse=True)
    if executor == "dask":
        yield from _run_dask(todo, options, workers, scheduler)
    elif workers <= 1 or len(todo) <= 1:
        for job in todo:
            yield run_job(job, options)
    else:
        yield from _run_pool(todo, options, workers)


def _run_pool(jobs: list[Job], options: Options, workers: int) -> Iterator[Result]:
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=warm_up)
    pending: dict[Future[Result], Job] = {pool.submit(run_job, job, options): job for job in jobs}
    try:
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    yield future.result()
                except BrokenProcessPool:
                    yield Result(job, "failed", error=f"{job.origin}: a worker process died")
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(jobs: list[Job], options: Options, workers: int, scheduler: str | None) -> Iterator[Result]:
    """The same :func:`run_job` on a Dask cluster: the one at ``scheduler``,
    or a local one of ``workers`` processes."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise AlignError("--executor dask needs the dask extra: pip install 'align[dask]'") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
    try:
        client = Client(scheduler if scheduler is not None else cluster)
    except OSError as error:
        raise AlignError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    try:
        client.run(warm_up)
        futures = [client.submit(run_job, job, options, pure=False) for job in jobs]
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


@dataclass
class Progress:
    """A progress line on a terminal: pairs done, sentences a second, time left."""

    total: int
    write: Callable[[str], None]
    width: int = 24

    def __post_init__(self) -> None:
        self.start = time.perf_counter()
        self.done = 0
        self.sentences = 0

    def update(self, result: Result) -> None:
        self.done += 1
        self.sentences += result.sentences
        self.draw()

    def draw(self) -> None:
        """Write the line as it stands (before the first pair: 0 done)."""
        elapsed = time.perf_counter() - self.start
        rate = self.sentences / elapsed if elapsed > 0 else 0.0
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        filled = int(self.width * self.done / max(self.total, 1))
        self.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {self.done}/{self.total} pairs, "
                   f"{rate:,.0f} sentences/s, {_clock(left)} left ")

    def close(self) -> None:
        self.write("\n")


def _clock(seconds: float) -> str:
    """``0:07`` or ``1:02:03``.

    >>> _clock(7), _clock(3723)
    ('0:07', '1:02:03')
    """
    minutes, second = divmod(int(round(seconds)), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


def summary(results: Iterable[Result], seconds: float) -> list[list[object]]:
    """Rows of the closing table: pairs done, failed, skipped; sentences; seconds."""
    results = list(results)
    counts = {status: sum(1 for r in results if r.status == status) for status in ("done", "failed", "skipped")}
    return [["pairs done", counts["done"]], ["pairs failed", counts["failed"]],
            ["pairs skipped", counts["skipped"]], ["sentences", sum(r.sentences for r in results)],
            ["seconds", f"{seconds:.1f}"]]
