"""``align batch``: job files, a failed pair among good ones, resume, atomic
outputs under a kill, and the Dask executor against the local one."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from align.batch import Job, Options, Progress, Result, read_jobs, run_batch
from align.cli import cli
from align.errors import InputError
from tests.test_corpus import CORPUS

ZH = CORPUS / "digital-villages.zh.txt"
EN = CORPUS / "digital-villages.en.txt"


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def job_file(folder: Path, lines: list[str]) -> Path:
    path = folder / "jobs.tsv"
    path.write_text("".join(line + "\n" for line in lines), "utf-8")
    return path


def test_job_file_paths_are_relative_to_it(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = job_file(tmp_path, ["# a comment", "", "in/a.zh\tin/a.en\tout/a.align", f"{ZH}\t{EN}\t{tmp_path}/b.align"])
    jobs = read_jobs(path)
    assert [(j.zh, j.en, j.output, j.origin) for j in jobs] == [
        (tmp_path / "in" / "a.zh", tmp_path / "in" / "a.en", tmp_path / "out" / "a.align", "jobs.tsv:3"),
        (ZH, EN, tmp_path / "b.align", "jobs.tsv:4"),
    ]


@pytest.mark.parametrize("lines, reason", [
    (["a.zh\ta.en"], "line 1: expected zh_path<TAB>en_path<TAB>output_path, found 2 field(s)"),
    (["a.zh\ta.en\tx.align", "a.zh b.en c.align"], "line 2: expected"),
    (["a.zh\ta.en\t "], "line 1: expected"),
    (["# nothing"], "lists no pairs"),
    (["a.zh\ta.en\tx.align", "b.zh\tb.en\tx.align"], "two pairs write the same output"),
])
def test_a_malformed_job_file_names_file_and_line(tmp_path: Path, lines: list[str], reason: str) -> None:
    path = job_file(tmp_path, lines)
    with pytest.raises(InputError) as error:
        read_jobs(path)
    assert str(error.value).startswith(f"{path}: ") and reason in str(error.value)
    result = run("batch", str(path))
    assert result.exit_code == 2 and result.stderr.startswith(f"align: error: {path}: ")
    assert result.stderr.count("\n") == 1


def test_a_folder_of_pairs_needs_an_out_dir(tmp_path: Path) -> None:
    (tmp_path / "p.zh").write_bytes(ZH.read_bytes())
    (tmp_path / "p.en").write_bytes(EN.read_bytes())
    with pytest.raises(InputError, match="needs --out-dir"):
        read_jobs(tmp_path)
    [job] = read_jobs(tmp_path, tmp_path / "out", "tmx")
    assert (job.zh, job.en, job.output) == (tmp_path / "p.zh", tmp_path / "p.en", tmp_path / "out" / "p.tmx")
    result = run("batch", str(tmp_path), "--out-dir", str(tmp_path / "out"), "--format", "tmx", "--jobs", "1")
    assert result.exit_code == 0 and (tmp_path / "out" / "p.tmx").read_text("utf-8").rstrip().endswith("</tmx>")


def test_a_failed_pair_is_reported_and_the_others_complete(tmp_path: Path) -> None:
    (tmp_path / "empty.en").write_text("", "utf-8")
    path = job_file(tmp_path, [f"{ZH}\t{EN}\tout/good.align", f"{ZH}\tmissing.en\tout/missing.align",
                               f"{ZH}\tempty.en\tout/empty.align", f"{ZH}\t{EN}\tout/good2.align"])
    result = run("batch", str(path), "--jobs", "2")
    assert result.exit_code == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("align: error"))
    assert errors == [f"align: error: jobs.tsv:2: {tmp_path / 'missing.en'}: no such file",
                      f"align: error: jobs.tsv:3: {tmp_path / 'empty.en'}: empty file (nothing but white space)"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.align", "good2.align"]
    assert (tmp_path / "out" / "good.align").read_text() == run("pair", str(ZH), str(EN)).stdout
    assert re.search(r"pairs done\s+2\n", result.stderr) and re.search(r"pairs failed\s+2\n", result.stderr)


def test_resume_does_only_what_is_left(tmp_path: Path) -> None:
    path = job_file(tmp_path, [f"{ZH}\t{EN}\tout/{name}.align" for name in "abc"])
    assert run("batch", str(path), "--jobs", "1", "--quiet").exit_code == 0
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    (tmp_path / "out" / "b.align").unlink()
    results = list(run_batch(read_jobs(path), Options(), resume=True))
    assert sorted((r.job.output.name, r.status) for r in results) == [
        ("a.align", "skipped"), ("b.align", "done"), ("c.align", "skipped")]
    after = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "out").iterdir()}
    assert after["a.align"] == before["a.align"] and after["c.align"] == before["c.align"]


def test_a_run_killed_midway_leaves_no_partial_output(tmp_path: Path) -> None:
    reference = run("pair", str(ZH), str(EN)).stdout
    names = [f"p{k:02d}" for k in range(40)]
    path = job_file(tmp_path, [f"{ZH}\t{EN}\tout/{name}.align" for name in names])
    process = subprocess.Popen([sys.executable, "-m", "align", "batch", str(path), "--jobs", "2", "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    out = tmp_path / "out"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.align")) if out.is_dir() else []) < 3:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    finished = sorted(out.glob("*.align"))
    assert 3 <= len(finished) < len(names), "the run was not killed midway"
    assert all(p.read_text("utf-8") == reference for p in finished)  # whole, or not there
    results = list(run_batch(read_jobs(path), Options(), workers=2, resume=True))
    assert sum(r.status == "skipped" for r in results) == len(finished)
    assert all(r.status in ("done", "skipped") for r in results)
    assert sorted(p.name for p in out.iterdir()) == [f"{name}.align" for name in names]  # no .part left
    assert all(p.read_text("utf-8") == reference for p in out.iterdir())


def test_dask_executor_gives_the_local_results(tmp_path: Path) -> None:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("the dask extra is not installed (pip install '.[dask]')")

    pairs = [(ZH, EN), (CORPUS / "digital-villages.zh.txt", CORPUS / "digital-villages.en.txt")]
    local = [Job(zh, en, tmp_path / "local" / f"{k}.json", str(k)) for k, (zh, en) in enumerate(pairs)]
    remote = [Job(zh, en, tmp_path / "dask" / f"{k}.json", str(k)) for k, (zh, en) in enumerate(pairs)]
    options = Options(fmt="json")
    assert {r.status for r in run_batch(local, options)} == {"done"}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        results = list(run_batch(remote, options, executor="dask", scheduler=cluster.scheduler_address))
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
    assert {r.status for r in results} == {"done"}
    for a, b in zip(local, remote):
        assert a.output.read_text("utf-8") == b.output.read_text("utf-8")


def test_progress_shows_pairs_rate_and_time_left() -> None:
    lines: list[str] = []
    progress = Progress(4, lines.append)
    job = Job(ZH, EN, Path("x"), "x")
    progress.update(Result(job, "done", sentences=62))
    assert lines[-1].startswith("\r[######..................] 1/4 pairs, ")
    assert "sentences/s" in lines[-1] and lines[-1].rstrip().endswith("left")


def test_quiet_success_prints_nothing(tmp_path: Path) -> None:
    path = job_file(tmp_path, [f"{ZH}\t{EN}\tout/a.align"])
    result = run("batch", str(path), "--quiet", "--jobs", "1")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
