"""Beads to look at twice: low alignment confidence, an outlying length ratio."""

from __future__ import annotations

import math
import statistics
from typing import Iterator

from align.checks.document import Document
from align.checks.registry import Hit, Settings, check
from align.model import Severity

#: Fewest translated beads for a document's length ratios to have a spread.
MIN_BEADS = 8
#: Shortest Chinese side, in characters, whose length ratio is judged.
MIN_CHARS = 10


@check("low-confidence", Severity.WARNING)
def low_confidence(document: Document, settings: Settings) -> Iterator[Hit]:
    """A bead the aligner is not confident of."""
    for bead in document.pairs:  # an omitted or added sentence is reported as such
        if bead.confidence < settings.low_confidence:
            yield Hit(bead.src, bead.tgt, f"alignment confidence {bead.confidence:.2f} "
                      f"(below {settings.low_confidence:.2f}): check the pairing")


@check("length-ratio", Severity.WARNING)
def length_ratio(document: Document, settings: Settings) -> Iterator[Hit]:
    """A bead whose English is far longer or shorter than this document's usual ratio."""
    sizes = []
    for bead in document.pairs:
        zh = sum(len("".join(document.alignment.src[i].text.split())) for i in bead.src)
        en = sum(len(document.en_text[j]) for j in bead.tgt)
        sizes.append((bead, zh, en, math.log((en + 1) / (zh + 1))))
    if len(sizes) < MIN_BEADS:
        return
    ratios = [s[3] for s in sizes]
    middle = statistics.median(ratios)
    spread = statistics.median(abs(r - middle) for r in ratios) or 1e-9
    usual = math.exp(middle)
    for bead, zh, en, ratio in sizes:
        z = 0.6745 * (ratio - middle) / spread  # robust z-score (Iglewicz & Hoaglin 1993)
        if zh >= MIN_CHARS and abs(z) > settings.length_z:
            how = "longer" if z > 0 else "shorter"
            yield Hit(bead.src, bead.tgt, f"the English is {en / max(zh, 1):.1f} characters a Chinese "
                      f"character, {how} than this document's usual {usual:.1f}")
