"""The data passed between the pipeline's stages.

``text ──segment──▶ Sentence[] ×2 ──align──▶ Alignment ──review──▶ Report``

Every type here is a frozen dataclass: a stage never changes what an earlier
stage produced.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from functools import cached_property
from typing import Mapping

ZH = "zh"
EN = "en"
LANGUAGES = (ZH, EN)


@dataclass(frozen=True)
class Sentence:
    """One sentence of one side of a text pair."""

    #: Position of the sentence in its document, counting from 0.
    index: int
    #: The sentence as a reader sees it: line breaks inside it folded away.
    text: str
    #: Position of the paragraph holding the sentence, counting from 0.
    paragraph: int
    #: Offset of the sentence's first character in the decoded input.
    start: int
    #: Offset just past the sentence's last character in the decoded input.
    end: int
    #: ``"zh"`` or ``"en"``.
    lang: str


@dataclass(frozen=True)
class Bead:
    """A group of source sentences aligned with a group of target sentences.

    The shape of Vecalign's output and of MAC-Dev's gold files: ``[0,1]:[0]``
    is ``Bead(src=(0, 1), tgt=(0,))``. An empty ``tgt`` is an omission, an
    empty ``src`` an addition.
    """

    #: Indices of the Chinese sentences, consecutive and ascending.
    src: tuple[int, ...]
    #: Indices of the English sentences, consecutive and ascending.
    tgt: tuple[int, ...]
    #: Confidence in [0, 1] that the bead is right (calibrated on MAC-Dev).
    confidence: float = 1.0

    @property
    def kind(self) -> str:
        """The bead type, ``"2-1"`` for two Chinese sentences and one English.

        >>> Bead((0, 1), (0,)).kind
        '2-1'
        """
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True)
class Alignment:
    """Both sides of a text pair and the beads that pair their sentences."""

    #: The Chinese sentences, in document order.
    src: tuple[Sentence, ...]
    #: The English sentences, in document order.
    tgt: tuple[Sentence, ...]
    #: The beads, in order, covering every sentence of both sides exactly once.
    beads: tuple[Bead, ...]

    @cached_property
    def _positions(self) -> tuple[dict[int, int], dict[int, int]]:
        return ({i: k for k, bead in enumerate(self.beads) for i in bead.src},
                {j: k for k, bead in enumerate(self.beads) for j in bead.tgt})

    def bead_of(self, src: tuple[int, ...], tgt: tuple[int, ...] = ()) -> int:
        """Position of the bead holding the first of ``src`` (Chinese
        sentences) or, when there is none, the first of ``tgt``; 0 for neither.

        >>> alignment = Alignment((), (), (Bead((0,), (0, 1)), Bead((1,), ())))
        >>> alignment.bead_of((1,)), alignment.bead_of((), (1,))
        (1, 0)
        """
        by_src, by_tgt = self._positions
        if src:
            return by_src[src[0]]
        return by_tgt[tgt[0]] if tgt else 0


class Severity(enum.Enum):
    """How much a finding matters, from a reviewer's point of view."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """Orders severities: info < warning < error.

        >>> Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank
        True
        """
        return list(Severity).index(self)


@dataclass(frozen=True)
class Finding:
    """Something a check wants a reviewer to look at."""

    #: Id of the check that made the finding, e.g. ``"omission"``.
    check: str
    #: How much it matters.
    severity: Severity
    #: Indices of the Chinese sentences concerned.
    src: tuple[int, ...]
    #: Indices of the English sentences concerned.
    tgt: tuple[int, ...]
    #: One sentence a reviewer can act on.
    message: str
    #: The Chinese term concerned, where there is one.
    source_term: str | None = None
    #: The English rendering concerned, where there is one.
    target_term: str | None = None
    #: Other renderings offered, e.g. by an editorial note.
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """A reviewed alignment, with what is needed to reproduce it."""

    #: The alignment the findings refer to.
    alignment: Alignment
    #: The findings, in document order.
    findings: tuple[Finding, ...]
    #: Tool and dictionary versions and every setting that shaped the report.
    signature: Mapping[str, object] = field(default_factory=dict)
