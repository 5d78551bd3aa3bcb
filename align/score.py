"""Scoring an alignment against a gold standard.

Exact-bead precision, recall and F1 pooled over files, as in the Bertalign
paper and MAC-Dev's README; and Vecalign's strict and lax F1 (Thompson &
Koehn 2019, ``score.py``), where recall leaves out beads with an empty side
and a lax match needs only some overlap on both sides.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from align.errors import InputError

Pair = tuple[tuple[int, ...], tuple[int, ...]]

_BEAD = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def parse_beads(text: str, path: str | os.PathLike[str] = "<text>") -> list[Pair]:
    """Beads of an ``.align`` file, one a line: ``[0,1]:[0]``, ``[9]:[]``.

    >>> parse_beads("[0,1]:[0]\\n[2]:[]\\n")
    [((0, 1), (0,)), ((2,), ())]
    """
    beads = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _BEAD.match(line)
        if match is None:
            raise InputError(path, f"line {number}: not a bead like [0,1]:[0]: {line.strip()[:40]!r}")
        sides = tuple(
            tuple(int(x) for x in side.split(",") if x.strip()) for side in match.groups()
        )
        if not sides[0] and not sides[1]:
            raise InputError(path, f"line {number}: a bead with both sides empty")
        beads.append((sides[0], sides[1]))
    return beads


def read_beads(path: str | os.PathLike[str]) -> list[Pair]:
    """Beads of an ``.align`` file; :class:`InputError` when it cannot be read."""
    file = Path(path)
    if not file.is_file():
        raise InputError(path, "no such file")
    try:
        return parse_beads(file.read_text("utf-8"), path)
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None


@dataclass(frozen=True)
class Scores:
    """Pooled scores of a test alignment against the gold."""

    precision: float
    recall: float
    f1: float
    strict_f1: float
    lax_f1: float
    gold_beads: int
    test_beads: int
    matched: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _vecalign_counts(gold: Iterable[Pair], test: Iterable[Pair]) -> tuple[int, int, int, int]:
    """Vecalign's true and false positives, strict and lax, of ``test`` against ``gold``."""
    gold_set = {(tuple(x), tuple(y)) for x, y in gold if x or y}
    test_set = {(tuple(x), tuple(y)) for x, y in test if x or y}
    targets: dict[int, set[int]] = defaultdict(set)
    for gold_src, gold_tgt in gold_set:
        for s in gold_src:
            targets[s].update(gold_tgt)
    tp_strict = fp_strict = tp_lax = fp_lax = 0
    for test_src, test_tgt in test_set:
        if (test_src, test_tgt) in gold_set:
            tp_strict += 1
            tp_lax += 1
            continue
        fp_strict += 1
        reached = set().union(*(targets[s] for s in test_src)) if test_src else set()
        if reached & set(test_tgt):
            tp_lax += 1
        else:
            fp_lax += 1
    return tp_strict, fp_strict, tp_lax, fp_lax


def score(pairs: Iterable[tuple[list[Pair], list[Pair]]]) -> Scores:
    """Scores pooled over ``(gold, test)`` bead lists of several files.

    >>> gold = [((0,), (0,)), ((1,), (1, 2))]
    >>> s = score([(gold, [((0,), (0,)), ((1,), (1,)), ((), (2,))])])
    >>> round(s.precision, 3), s.recall, round(s.f1, 3)
    (0.333, 0.5, 0.4)
    """
    matched = n_gold = n_test = 0
    p_counts = [0, 0, 0, 0]
    r_counts = [0, 0, 0, 0]
    for gold, test in pairs:
        gold_set = set(gold)
        matched += sum(1 for bead in set(test) if bead in gold_set)
        n_gold += len(gold)
        n_test += len(test)
        for k, v in enumerate(_vecalign_counts(gold, test)):
            p_counts[k] += v
        gold_full = [(x, y) for x, y in gold if x and y]
        test_full = [(x, y) for x, y in test if x and y]
        for k, v in enumerate(_vecalign_counts(test_full, gold_full)):
            r_counts[k] += v

    def ratio(a: int, b: int) -> float:
        return a / (a + b) if a + b else 0.0

    precision = matched / n_test if n_test else 0.0
    recall = matched / n_gold if n_gold else 0.0
    strict = _f1(ratio(p_counts[0], p_counts[1]), ratio(r_counts[0], r_counts[1]))
    lax = _f1(ratio(p_counts[2], p_counts[3]), ratio(r_counts[2], r_counts[3]))
    return Scores(precision, recall, _f1(precision, recall), strict, lax, n_gold, n_test, matched)


def score_paths(gold: str | os.PathLike[str], test: str | os.PathLike[str]) -> Scores:
    """Score two ``.align`` files, or two folders of them matched by file name."""
    gold_path, test_path = Path(gold), Path(test)
    for path in (gold_path, test_path):
        if not path.exists():
            raise InputError(path, "no such file or folder")
    if gold_path.is_dir() != test_path.is_dir():
        raise InputError(test, "give two files or two folders")
    if not gold_path.is_dir():
        return score([(read_beads(gold_path), read_beads(test_path))])
    names = sorted(p.name for p in gold_path.glob("*.align"))
    if not names:
        raise InputError(gold, "no .align files in the folder")
    missing = [name for name in names if not (test_path / name).is_file()]
    if missing:
        raise InputError(test_path / missing[0], "no such file (the gold folder has it)")
    return score([(read_beads(gold_path / n), read_beads(test_path / n)) for n in names])
