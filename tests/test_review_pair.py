"""The review test pair (tests/data/review): every check finds what was
planted for it, with few false errors. ``benchmarks/review.py`` prints the
full figures."""

from __future__ import annotations

import pytest

from align.model import Severity
from align.pipeline import review_files
from benchmarks.review import PAIR, answer_key, evaluate, matches

KEY = answer_key(PAIR / "README.md")


@pytest.fixture(scope="module")
def report():
    return review_files(PAIR / "livable-cities.zh.txt", PAIR / "livable-cities.en.txt",
                        glossary=PAIR / "glossary.tsv")


def test_the_pair_is_long_enough_and_plants_every_check(report) -> None:
    from align.checks import CHECKS

    assert len(report.alignment.src) >= 40
    assert {row.check for row in KEY} == set(CHECKS)


def test_every_check_recalls_at_least_nine_in_ten(report) -> None:
    figures, _ = evaluate(report, KEY)
    assert {f.check: f.recall for f in figures if f.recall < 0.9} == {}


def test_at_most_one_false_error_per_hundred_sentences(report) -> None:
    _, false_errors = evaluate(report, KEY)
    assert len(false_errors) <= len(report.alignment.src) / 100, [f.message for f in false_errors]


@pytest.mark.parametrize("row", KEY, ids=lambda row: f"{row.check}-{','.join(map(str, row.zh))}")
def test_planted(report, row) -> None:
    assert any(matches(f, row) for f in report.findings), row.what


def test_errors_only_where_planted(report) -> None:
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert all(any(matches(f, row) for row in KEY) for f in errors)
