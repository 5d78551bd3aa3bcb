"""``align report`` on the sample corpus reports its answer key, and the seed's notes."""

from __future__ import annotations

import pytest
from tests.test_corpus import CORPUS, answer_key

from align.model import Severity
from align.pipeline import notes_of, review_files


@pytest.fixture(scope="module")
def report():
    return review_files(CORPUS / "digital-villages.zh.txt", CORPUS / "digital-villages.en.txt")


@pytest.mark.parametrize("check, zh, en, what", answer_key(), ids=lambda v: str(v))
def test_every_planted_difference_is_reported_by_its_check(report, check, zh, en, what) -> None:
    found = [f for f in report.findings if f.check == check and set(zh) <= set(f.src) and set(en) <= set(f.tgt)]
    assert found, f"{check} did not report zh {zh} / en {en}: {what}"


def test_no_other_error(report) -> None:
    planted = {(c, zh, en) for c, zh, en, _ in answer_key()}
    errors = [f for f in report.findings if f.severity is Severity.ERROR]
    assert {(f.check, f.src, f.tgt) for f in errors} <= planted, [f.message for f in errors]


def test_editorial_notes_name_their_source_terms(report) -> None:
    notes = [(f.source_term, f.target_term, f.alternatives) for f in report.findings if f.check == "editorial-note"]
    assert notes == [("网络强国", "cyber superpower", ("cyber great power",)),
                     ("问题导向", "problem-oriented", ("issue-oriented",)),
                     ("自主", "indigenous", ("independent",))]
    [first] = [f for f in report.findings if f.check == "editorial-note" and f.source_term == "网络强国"]
    assert 'zh 28 "strong cyber nation"' in first.message


def test_the_seed_has_exactly_its_three_notes(shared) -> None:
    found = notes_of(shared / "seed" / "digital-economy-2021.en.txt")
    assert [(n.kind, n.primary, n.alternatives) for _, n in found] == [
        ("alternative", "cyber superpower", ("cyber great power",)),
        ("alternative", "superpowers", ("great powers",)),
        ("alternative", "indigenous", ("independent",)),
    ]
