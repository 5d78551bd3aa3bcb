"""Sentence-boundary F1 on MAC-Dev, the acceptance bar for both segmenters."""

import pytest

from benchmarks.segmentation import score


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_boundary_f1_is_at_least_098(shared, lang: str) -> None:
    precision, recall, f1 = score(shared, lang, show=0)
    assert f1 >= 0.98, (precision, recall, f1)
