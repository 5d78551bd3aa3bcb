"""Precision and recall of every review check against planted answer keys.

    python benchmarks/review.py            # the test pair and the sample corpus
    python benchmarks/review.py --macdev   # also: findings per check on MAC-Dev,
                                           # and 20 of them to read

A finding matches an answer-key row when its check is the row's and its
sentences include the row's. Figures are printed, never asserted here;
``tests/test_review_pair.py`` holds the acceptance bars.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from align.checks import CHECKS  # noqa: E402
from align.model import Finding, Report, Severity  # noqa: E402
from align.pipeline import review_files  # noqa: E402

PAIR = ROOT / "tests" / "data" / "review"
CORPUS = ROOT / "corpus"


@dataclass(frozen=True)
class Row:
    """One planted difference."""

    check: str
    zh: tuple[int, ...]
    en: tuple[int, ...]
    what: str


def answer_key(readme: Path) -> list[Row]:
    """The ``<!-- answer-key -->`` table of a README."""
    body = re.search(r"<!-- answer-key -->\n(.*?)<!-- /answer-key -->", readme.read_text("utf-8"), re.S)
    if body is None:
        raise ValueError(f"{readme}: no answer-key table")
    rows = []
    for line in body.group(1).splitlines()[2:]:
        check, zh, en, what = (cell.strip() for cell in line.strip().strip("|").split("|"))
        rows.append(Row(check, _ids(zh), _ids(en), what))
    return rows


def _ids(cell: str) -> tuple[int, ...]:
    return tuple(int(part) for part in cell.split(",") if part.strip())


def matches(finding: Finding, row: Row) -> bool:
    return finding.check == row.check and set(row.zh) <= set(finding.src) and set(row.en) <= set(finding.tgt)


@dataclass(frozen=True)
class Figures:
    """How one check did against a key."""

    check: str
    findings: int
    right: int
    planted: int
    found: int

    @property
    def precision(self) -> float:
        return self.right / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.planted if self.planted else 1.0


def evaluate(report: Report, key: list[Row]) -> tuple[list[Figures], list[Finding]]:
    """Figures per check, and the error-severity findings that match no row."""
    figures = []
    for check in CHECKS:
        findings = [f for f in report.findings if f.check == check]
        rows = [r for r in key if r.check == check]
        figures.append(Figures(check, len(findings),
                               sum(1 for f in findings if any(matches(f, r) for r in rows)),
                               len(rows), sum(1 for r in rows if any(matches(f, r) for f in findings))))
    false_errors = [f for f in report.findings
                    if f.severity is Severity.ERROR and not any(matches(f, r) for r in key)]
    return figures, false_errors


def show(name: str, report: Report, key: list[Row]) -> None:
    figures, false_errors = evaluate(report, key)
    sentences = len(report.alignment.src)
    print(f"\n{name}: {sentences} zh sentences, {len(report.findings)} findings, {len(key)} planted")
    print(f"  {'check':20} {'findings':>8} {'right':>6} {'planted':>7} {'found':>6} {'P':>6} {'R':>6}")
    for f in figures:
        if f.findings or f.planted:
            print(f"  {f.check:20} {f.findings:8d} {f.right:6d} {f.planted:7d} {f.found:6d} "
                  f"{f.precision:6.2f} {f.recall:6.2f}")
    print(f"  false errors: {len(false_errors)} ({100 * len(false_errors) / sentences:.1f} per 100 sentences)")
    for finding in report.findings:
        if not any(matches(finding, r) for r in key):
            print(f"    unplanted {finding.severity.value:7} {finding.check}: {finding.message[:100]}")


def macdev(shared: Path, sample: int, seed: int) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    everything = []
    start = time.perf_counter()
    for zh in sorted((shared / "mac-dev" / "zh").glob("*.zh")):
        en = shared / "mac-dev" / "en" / (zh.stem + ".en")
        report = review_files(zh, en, is_presplit=True)
        for finding in report.findings:
            counts[(finding.check, finding.severity.value)] += 1
            everything.append((zh.stem, finding, report))
    print(f"\nMAC-Dev, six files, --presplit: {len(everything)} findings, {time.perf_counter() - start:.1f} s")
    for (check, severity), count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {check:20} {severity:8} {count:5d}")
    print(f"\n{sample} findings drawn at random (seed {seed}), to read:")
    for name, finding, report in random.Random(seed).sample(everything, min(sample, len(everything))):
        zh = "".join(report.alignment.src[i].text for i in finding.src)[:120]
        en = " ".join(report.alignment.tgt[j].text for j in finding.tgt)[:200]
        print(f"- {name} {finding.check} zh {list(finding.src)} en {list(finding.tgt)}: {finding.message[:160]}\n"
              f"    ZH {zh}\n    EN {en}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--macdev", action="store_true", help="also review MAC-Dev and sample findings")
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    pair = review_files(PAIR / "livable-cities.zh.txt", PAIR / "livable-cities.en.txt",
                        glossary=PAIR / "glossary.tsv")
    show("test pair (tests/data/review, with glossary.tsv)", pair, answer_key(PAIR / "README.md"))
    corpus = review_files(CORPUS / "digital-villages.zh.txt", CORPUS / "digital-villages.en.txt")
    show("sample corpus (corpus/)", corpus, answer_key(CORPUS / "README.md"))
    if args.macdev:
        macdev(args.shared, args.sample, args.seed)


if __name__ == "__main__":
    main()
