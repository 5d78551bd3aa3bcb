"""The check registry: each check a small function registered with an id
and a severity (the pattern of translate-toolkit's ``filters/checks``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from align.checks.document import Document
from align.model import Severity

if TYPE_CHECKING:
    from align.glossary import Glossary


@dataclass(frozen=True)
class Hit:
    """What a check found, before the registry gives it an id and severity."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    message: str
    source_term: str | None = None
    target_term: str | None = None
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """What a user may change about the checks; it goes into signatures."""

    #: Approved renderings for the ``glossary`` check: Chinese term →
    #: (renderings, note).
    glossary: Glossary | None = None
    #: Beads below this confidence are ``low-confidence``.
    low_confidence: float = 0.75
    #: Robust z-score of a bead's log length ratio that makes it a ``length-ratio`` outlier.
    length_z: float = 3.5


CheckFunction = Callable[[Document, Settings], Iterable[Hit]]


@dataclass(frozen=True)
class Check:
    """A registered check."""

    id: str
    severity: Severity
    function: CheckFunction

    @property
    def title(self) -> str:
        """The first line of the function's docstring: what users see."""
        return (self.function.__doc__ or "").strip().splitlines()[0] if self.function.__doc__ else ""


#: Every check by id, in the order they were registered.
CHECKS: dict[str, Check] = {}


def check(id: str, severity: Severity) -> Callable[[CheckFunction], CheckFunction]:
    """Register a function as the check ``id`` with its severity."""

    def register(function: CheckFunction) -> CheckFunction:
        if id in CHECKS:
            raise ValueError(f"check {id!r} registered twice")
        CHECKS[id] = Check(id, severity, function)
        return function

    return register
