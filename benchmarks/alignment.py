"""Alignment quality, speed and memory on MAC-Dev.

Aligns the six MAC-Dev files (pre-split) one after another in this process,
start-up and dictionary load included, then all six concatenated into one
pair, and prints exact-bead F1, Vecalign's strict and lax F1, seconds, peak
memory and the calibration of confidence.

    python benchmarks/alignment.py [--shared ../shared] [--no-concat] [--fit]
"""

from __future__ import annotations

import argparse
import math
import resource
import sys
import time
from pathlib import Path

START = time.perf_counter()

from align.aligner import align, align_with_features  # noqa: E402
from align.reader import read_text  # noqa: E402
from align.score import read_beads, score  # noqa: E402
from align.segment import presplit  # noqa: E402

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent / ".." / "shared"


def load_pair(mac: Path, name: str):
    zh = presplit(read_text(mac / "zh" / f"{name}.zh"), "zh")
    en = presplit(read_text(mac / "en" / f"{name}.en"), "en")
    return zh, en


def beads_of(alignment):
    return [(b.src, b.tgt) for b in alignment.beads]


def calibration(rows: list[tuple[float, bool]]) -> list[tuple[str, int, float]]:
    """(bin, beads, accuracy) for confidence bins."""
    edges = [0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0001]
    table = []
    for lo, hi in zip(edges, edges[1:]):
        inside = [ok for c, ok in rows if lo <= c < hi]
        if inside:
            table.append((f"[{lo:.2f}, {min(hi, 1.0):.2f})", len(inside), sum(inside) / len(inside)))
    return table


def fit_calibration(mac: Path, names: list[str]) -> tuple[float, ...]:
    """Logistic regression of "bead is in the gold" on the confidence features,
    by gradient descent with a little L2 regularisation."""
    rows: list[tuple[tuple[float, ...], float]] = []
    for name in names:
        zh, en = load_pair(mac, name)
        gold = set(read_beads(mac / "gold" / f"{name}.align"))
        for bead, features in align_with_features(zh, en):
            rows.append((features, float((bead.src, bead.tgt) in gold)))
    size = len(rows[0][0]) + 1
    weights = [0.0] * size
    for _ in range(3000):
        gradient = [0.0] * size
        for features, label in rows:
            x = (1.0,) + features
            z = sum(w * v for w, v in zip(weights, x))
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            for k in range(size):
                gradient[k] += (p - label) * x[k]
        for k in range(size):
            weights[k] -= 0.5 * (gradient[k] / len(rows) + 0.001 * weights[k] * (k > 0))
    return tuple(round(w, 3) for w in weights)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--no-concat", action="store_true", help="skip the concatenated run")
    parser.add_argument("--fit", action="store_true",
                        help="fit the confidence calibration and print its coefficients")
    args = parser.parse_args()
    mac = args.shared / "mac-dev"
    if not mac.is_dir():
        print(f"no MAC-Dev under {args.shared}", file=sys.stderr)
        return 2
    names = sorted(p.stem for p in (mac / "zh").glob("*.zh"))
    if args.fit:
        print("calibration =", fit_calibration(mac, names))
        return 0
    pairs, rows = [], []
    per_file = time.perf_counter()
    for name in names:
        zh, en = load_pair(mac, name)
        alignment = align(zh, en)
        gold = read_beads(mac / "gold" / f"{name}.align")
        test = beads_of(alignment)
        pairs.append((gold, test))
        one = score([(gold, test)])
        print(f"{name}: F1 {one.f1:.3f}  ({len(zh)} zh, {len(en)} en sentences)")
        gold_set = set(gold)
        rows += [(b.confidence, (b.src, b.tgt) in gold_set) for b in alignment.beads]
    seconds = time.perf_counter() - START
    align_seconds = time.perf_counter() - per_file
    total = score(pairs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nall six, per file: P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f}"
          f"  strict F1 {total.strict_f1:.3f}  lax F1 {total.lax_f1:.3f}")
    print(f"  {seconds:.2f} s wall from start-up ({align_seconds:.2f} s aligning), peak memory {peak:.0f} MiB")
    print("\ncalibration: confidence bin → beads, accuracy")
    for label, count, accuracy in calibration(rows):
        print(f"  {label}  {count:5d}  {accuracy:.3f}")
    high = [ok for c, ok in rows if c >= 0.9]
    if high:
        print(f"  confidence >= 0.9: {len(high)} beads, {sum(high) / len(high):.3f} right")

    if not args.no_concat:
        zh_all, en_all, gold_all = [], [], []
        for name in names:
            zh, en = load_pair(mac, name)
            gold = read_beads(mac / "gold" / f"{name}.align")
            gold_all += [(tuple(i + len(zh_all) for i in s), tuple(j + len(en_all) for j in t)) for s, t in gold]
            zh_all += zh
            en_all += en
        began = time.perf_counter()
        alignment = align(zh_all, en_all)
        concat_seconds = time.perf_counter() - began
        joined = score([(gold_all, beads_of(alignment))])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\nall six concatenated: F1 {joined.f1:.3f} (per file {total.f1:.3f}), "
              f"{concat_seconds:.2f} s (per-file sum {align_seconds:.2f} s, "
              f"ratio {concat_seconds / align_seconds:.2f}), peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
