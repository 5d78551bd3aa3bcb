"""The ``glossary`` check: a source term whose approved rendering is absent."""

from __future__ import annotations

from typing import Iterator

from align.checks.document import Document, en_words
from align.checks.registry import Hit, Settings, check
from align.model import Severity


def present(rendering: str, english: set[str]) -> bool:
    """Whether every content word of a rendering is among ``english``'s
    normalised words.

    >>> present("cyber superpowers", {"build", "cyber", "superpower"})
    True
    """
    words = {w.norm for w in en_words(rendering) if w.content} or {w.norm for w in en_words(rendering)}
    return bool(words) and words <= english


@check("glossary", Severity.ERROR)
def glossary(document: Document, settings: Settings) -> Iterator[Hit]:
    """A glossary term in the Chinese whose approved rendering is not in the aligned English."""
    if settings.glossary is None:
        return
    for bead in document.pairs:
        zh = document.zh(bead)
        english = {w.norm for j in bead.tgt for w in document.en_words[j]}
        for entry in settings.glossary.entries:
            if entry.zh not in zh or any(present(r, english) for r in entry.en):
                continue
            approved = " or ".join(f"\"{r}\"" for r in entry.en)
            found = document.rendered(bead, entry.zh)
            message = f"{entry.zh}: approved {approved}"
            message += f"; the English has \"{found}\"" if found else "; not found in the English"
            if entry.note:
                message += f" ({entry.note})"
            i = next((i for i in bead.src if entry.zh in document.alignment.src[i].text), bead.src[0])
            yield Hit((i,), bead.tgt, message, entry.zh, found, entry.en)
