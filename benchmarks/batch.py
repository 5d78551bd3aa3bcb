"""Corpus-scale figures: one long document, and a batch of pairs.

    python benchmarks/batch.py               # all three parts
    python benchmarks/batch.py --skip-scaling

1. Scaling of one document: all of MAC-Dev concatenated, repeated 1, 2, 4
   and 8 times (about 1.5k to 12k Chinese sentences), aligned by
   ``align pair --presplit`` in a fresh process each; seconds and peak
   memory (the child's maximum resident set).
2. The six MAC-Dev pairs as a job file: ``align batch --jobs 1`` against
   ``--jobs 2``, wall time and whether the outputs are identical.
3. A resumed run after everything is done, against the first run.

Needs ``../shared/mac-dev``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import filecmp
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def concatenated(mac_dev: Path, times: int, folder: Path) -> tuple[Path, Path, int]:
    """MAC-Dev's six files joined, repeated ``times`` times, one sentence a line."""
    zh_lines: list[str] = []
    en_lines: list[str] = []
    for name in sorted(p.stem for p in (mac_dev / "zh").glob("*.zh")):
        zh_lines += (mac_dev / "zh" / f"{name}.zh").read_text("utf-8").splitlines()
        en_lines += (mac_dev / "en" / f"{name}.en").read_text("utf-8").splitlines()
    zh, en = folder / f"x{times}.zh", folder / f"x{times}.en"
    zh.write_text("\n".join(zh_lines * times) + "\n", "utf-8")
    en.write_text("\n".join(en_lines * times) + "\n", "utf-8")
    return zh, en, sum(1 for line in zh_lines if line.strip()) * times


def measured(command: list[str]) -> tuple[float, float]:
    """Wall seconds and the child's peak memory in MiB, in a fresh process."""
    wrapper = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, capture_output=True, text=True)
    seconds, kib = out.stdout.split()
    return float(seconds), int(kib) / 1024


def scaling(mac_dev: Path, folder: Path, factors: list[int]) -> None:
    print("1. one long document (MAC-Dev concatenated and repeated), align pair --presplit")
    print(f"   {'times':>5} {'zh sentences':>12} {'seconds':>8} {'× of 1×':>8} {'peak MiB':>9}")
    first = None
    for times in factors:
        zh, en, sentences = concatenated(mac_dev, times, folder)
        seconds, mib = measured([sys.executable, "-m", "align", "pair", "--presplit", str(zh), str(en)])
        first = first or seconds
        print(f"   {times:5d} {sentences:12d} {seconds:8.1f} {seconds / first:8.2f} {mib:9.0f}", flush=True)


def batch(mac_dev: Path, folder: Path) -> None:
    jobs = folder / "jobs.tsv"
    jobs.write_text("".join(
        f"{mac_dev / 'zh' / f'{n}.zh'}\t{mac_dev / 'en' / f'{n}.en'}\tout/{n}.align\n"
        for n in sorted(p.stem for p in (mac_dev / "zh").glob("*.zh"))), "utf-8")
    command = [sys.executable, "-m", "align", "batch", str(jobs), "--presplit", "--quiet"]
    timings = {}
    for workers in (1, 2):
        shutil.rmtree(folder / "out", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run(command + ["--jobs", str(workers)], check=True)
        timings[workers] = time.perf_counter() - start
        (folder / "out").rename(folder / f"out{workers}")
    same = not filecmp.dircmp(folder / "out1", folder / "out2").diff_files and \
        sorted(p.name for p in (folder / "out1").iterdir()) == sorted(p.name for p in (folder / "out2").iterdir())
    print("\n2. the six MAC-Dev pairs as a job file, align batch --presplit")
    print(f"   --jobs 1: {timings[1]:.1f} s; --jobs 2: {timings[2]:.1f} s = {timings[2] / timings[1]:.2f}× "
          f"(2 cores); outputs identical: {same}")
    (folder / "out2").rename(folder / "out")
    start = time.perf_counter()
    subprocess.run(command + ["--jobs", "2", "--resume"], check=True)
    resumed = time.perf_counter() - start
    print(f"\n3. resumed after all pairs are done: {resumed:.2f} s = {resumed / timings[2]:.3f}× the first "
          f"--jobs 2 run ({resumed / timings[1]:.3f}× --jobs 1)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--skip-scaling", action="store_true")
    args = parser.parse_args()
    mac_dev = args.shared / "mac-dev"
    if not mac_dev.is_dir():
        sys.exit(f"benchmarks/batch.py: no MAC-Dev at {mac_dev}")
    print(f"machine: {resource.getpagesize()} B pages; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        if not args.skip_scaling:
            scaling(mac_dev, folder, args.factors)
        batch(mac_dev, folder)


if __name__ == "__main__":
    main()
