"""The review stage: ``Alignment → Report``, one registered check a concern.

Each check is a small function in a module of this package, registered
with an id and a severity (:func:`align.checks.registry.check`). A check
compares only beads with both sides, so an omitted or added sentence is
reported by ``omission`` or ``addition`` alone.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from align.checks import coverage, glossary, names, numbers, quotes, shape, terms  # noqa: F401  (registers)
from align.checks.document import Document
from align.checks.registry import CHECKS, Check, Hit, Settings
from align.model import Alignment, Finding, Report

__all__ = ["CHECKS", "Check", "Document", "Hit", "Settings", "review"]


def review(alignment: Alignment, checks: Iterable[str] | None = None,
           settings: Settings = Settings(),
           signature: Mapping[str, object] | None = None) -> Report:
    """Run checks (all of them by default) over an alignment.

    The findings come in document order: by first Chinese sentence, then
    first English sentence, then check.
    """
    selected = list(CHECKS) if checks is None else list(checks)
    unknown = [c for c in selected if c not in CHECKS]
    if unknown:
        raise ValueError(f"unknown check(s): {', '.join(unknown)}")
    document = Document(alignment)
    findings = []
    for id in selected:
        registered = CHECKS[id]
        for hit in registered.function(document, settings):
            findings.append(Finding(id, registered.severity, hit.src, hit.tgt, hit.message,
                                    hit.source_term, hit.target_term, hit.alternatives))

    def place(finding: Finding) -> tuple[int, int, int]:
        """Its first bead, its first English sentence, then the check's order."""
        return (alignment.bead_of(finding.src, finding.tgt), finding.tgt[0] if finding.tgt else -1,
                selected.index(finding.check))

    findings.sort(key=place)
    return Report(alignment, tuple(findings), dict(signature or {}))
