"""Numbers that differ between the two sides of a bead: years, counts,
percentages, ordinals, with Chinese numerals normalised (二〇二一 → 2021,
十八大 → 18th, 百分之五 → 5%, 3.5亿 → 350 million)."""

from __future__ import annotations

from typing import Iterator

from align.checks.document import Document
from align.checks.registry import Hit, Settings, check
from align.lexicon import Number, chinese_numbers, english_numbers
from align.model import Severity

#: Least value of a count that matters when it has no counterpart at all:
#: 一, 两 and 三 are often "a", "both", "a few" in a translation.
SALIENT_COUNT = 10


def compatible(a: Number, b: Number) -> bool:
    """Same value and kinds that can render each other (a count can stand
    for an ordinal or a percentage: "2019" for 2019年, "98" in "98 percent").

    >>> compatible(Number("十九大", 19, "ordinal", 0), Number("19th", 19, "ordinal", 0))
    True
    >>> compatible(Number("第四次", 4, "ordinal", 0), Number("3rd", 3, "ordinal", 0))
    False
    """
    same = abs(a.value - b.value) <= 1e-9 * max(abs(a.value), abs(b.value), 1)
    return same and (a.kind == b.kind or "count" in (a.kind, b.kind))


def salient(number: Number) -> bool:
    """Whether a number left without a counterpart is worth a finding: a
    percentage, an ordinal from 3rd, a count from ten, or digits."""
    if number.kind == "percent" or any(c.isdigit() for c in number.surface):
        return True
    if number.kind == "ordinal":
        return number.value >= 3
    return number.value >= SALIENT_COUNT


@check("number-mismatch", Severity.ERROR)
def number_mismatch(document: Document, settings: Settings) -> Iterator[Hit]:
    """A number, year, percentage or ordinal that differs between the two sides."""
    for bead in document.pairs:
        zh = [(i, n) for i in bead.src for n in chinese_numbers(document.alignment.src[i].text)]
        en = [(j, n) for j in bead.tgt for n in english_numbers(document.en_text[j])]
        for pair in list(zh):
            match = next((other for other in en if compatible(pair[1], other[1])), None)
            if match:
                zh.remove(pair)
                en.remove(match)
        while zh and en:
            (i, a), (j, b) = zh.pop(0), en.pop(0)
            if a.value >= 2 and b.value >= 2 or salient(a) or salient(b):
                yield Hit((i,), (j,), f"number changed: {a.surface} in the Chinese, "
                          f"{b.surface.strip()} in the English", a.surface, b.surface.strip())
        for i, a in zh:
            if salient(a):
                yield Hit((i,), bead.tgt, f"number not in the English: {a.surface}", a.surface)
        for j, b in en:
            if salient(b):
                yield Hit(bead.src, (j,), f"number not in the Chinese: {b.surface.strip()}",
                          target_term=b.surface.strip())
