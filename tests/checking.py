"""``passes`` and ``fails`` for the check test modules: run one check over a
small pair whose beads are given, and look at what it found."""

from __future__ import annotations

from align.checks import Settings, review
from align.model import EN, ZH, Alignment, Bead, Finding, Sentence


def alignment(zh: list[str], en: list[str], beads: list[tuple[tuple[int, ...], tuple[int, ...]]] | None = None,
              confidence: float = 0.95) -> Alignment:
    """Sentences in one paragraph each side, paired 1-1 unless ``beads`` says otherwise."""

    def side(texts: list[str], lang: str) -> tuple[Sentence, ...]:
        return tuple(Sentence(k, t, 0, 0, len(t), lang) for k, t in enumerate(texts))

    pairs = beads if beads is not None else [((k,), (k,)) for k in range(len(zh))]
    return Alignment(side(zh, ZH), side(en, EN), tuple(Bead(s, t, confidence) for s, t in pairs))


def findings(check: str, zh: list[str], en: list[str], beads=None, settings: Settings = Settings(),
             confidence: float = 0.95) -> list[Finding]:
    return list(review(alignment(zh, en, beads, confidence), [check], settings).findings)


def passes(check: str, zh: list[str] | str, en: list[str] | str, beads=None, **options) -> None:
    """The check finds nothing."""
    zh, en = ([zh], [en]) if isinstance(zh, str) else (zh, en)
    found = findings(check, zh, en, beads, **options)
    assert not found, [f.message for f in found]


def fails(check: str, zh: list[str] | str, en: list[str] | str, beads=None, **options) -> list[Finding]:
    """The check finds something; returns what."""
    zh, en = ([zh], [en]) if isinstance(zh, str) else (zh, en)
    found = findings(check, zh, en, beads, **options)
    assert found, f"{check} found nothing"
    return found
