"""Omissions and additions: whole sentences left without a partner, and
long stretches inside a bead that the other side's words do not reach.

The aligner leaves a sentence without a partner only when pairing it costs
more than a skip; an added sentence among matched ones is often merged into
a neighbouring bead instead. The clause checks find those by coverage: a
long stretch of which no word is reached by the other side's dictionary
renderings, in a bead that is otherwise well covered.
"""

from __future__ import annotations

import re
from typing import Iterator

from align.checks.document import CONTENT_TAGS, Document
from align.checks.registry import Hit, Settings, check
from align.model import Severity

#: Where a Chinese sentence splits into clauses.
ZH_CLAUSE_END = re.compile(r"[，,；;：:]")
#: Where an English sentence splits into clauses.
EN_CLAUSE_END = re.compile(r"[;:]")
#: Least content words of a clause worth checking for coverage.
MIN_ZH_WORDS = 4
#: Least Chinese characters of such a clause.
MIN_ZH_CHARS = 8
#: Most share of a clause's content words reached for it to count as left
#: out (one word in five may be reached by chance: 建设 and "develop").
UNREACHED = 0.2
#: Least content words of an English sentence or clause worth checking.
MIN_EN_WORDS = 5
#: Least share of the rest of the bead that must be reached for an
#: unreached stretch to count as left out rather than freely translated.
REST_COVERED = 0.3


def left_out(parts: dict[tuple[int, int], list[bool]], least: int,
             most_reached: float) -> Iterator[tuple[int, int]]:
    """The (sentence, clause) keys of ``parts`` (whether each content word
    of a clause is reached) with ``least`` words or more, at most
    ``most_reached`` of them reached, in a bead whose other clauses are
    reached enough (``REST_COVERED``) to call the stretch left out.

    >>> list(left_out({(0, 0): [False] * 4, (0, 1): [True, True]}, 4, 0.0))
    [(0, 0)]
    """
    for key, reached in parts.items():
        rest = [r for other, hits in parts.items() if other != key for r in hits]
        if (len(reached) >= least and sum(reached) <= most_reached * len(reached)
                and rest and sum(rest) / len(rest) >= REST_COVERED):
            yield key


@check("omission", Severity.ERROR)
def omission(document: Document, settings: Settings) -> Iterator[Hit]:
    """A Chinese sentence with no English counterpart."""
    for bead in document.beads:
        if not bead.tgt:
            for i in bead.src:
                yield Hit((i,), (), "not translated: no English sentence renders it")


@check("addition", Severity.ERROR)
def addition(document: Document, settings: Settings) -> Iterator[Hit]:
    """An English sentence with no Chinese source."""
    for bead in document.beads:
        if not bead.src:
            for j in bead.tgt:
                yield Hit((), (j,), "no Chinese source: the original has no sentence for it")


@check("omitted-clause", Severity.WARNING)
def omitted_clause(document: Document, settings: Settings) -> Iterator[Hit]:
    """A long Chinese clause whose content the aligned English does not cover."""
    for bead in document.pairs:
        words = document.words(bead)
        where: list[tuple[int, int]] = []
        for i, _, word in words.zh:
            where.append((i, len(ZH_CLAUSE_END.findall(document.alignment.src[i].text, 0, word.start))))
        reached_by: dict[tuple[int, int], set[int]] = {}
        for key, links in zip(where, words.links):
            reached_by.setdefault(key, set()).update(links)
        # an English word the other clauses reach as well is theirs: 建筑 in
        # every clause must not make the one left out look rendered
        elsewhere = {key: set().union(*(r for k, r in reached_by.items() if k != key)) for key in reached_by}
        clauses: dict[tuple[int, int], list[bool]] = {}
        for (_, _, word), key, links in zip(words.zh, where, words.links):
            if word.tag not in CONTENT_TAGS or len(word.text) < 2 and word.tag != "m":
                continue
            clauses.setdefault(key, []).append(bool(links - elsewhere[key]))
        for i, clause in left_out(clauses, MIN_ZH_WORDS, UNREACHED):
            text = ZH_CLAUSE_END.split(document.alignment.src[i].text)[clause].strip()
            if len(text) >= MIN_ZH_CHARS:
                yield Hit((i,), bead.tgt, f"clause not covered by the English: {text}",
                          source_term=text)


@check("added-sentence", Severity.WARNING)
def added_sentence(document: Document, settings: Settings) -> Iterator[Hit]:
    """English words of a bead that no Chinese word of it accounts for."""
    for bead in document.pairs:
        words = document.words(bead)
        parts: dict[tuple[int, int], list[bool]] = {}
        for position, (j, _, word) in enumerate(words.en):
            if word.content and len(word.text) >= 3 and not word.text.isdigit():
                clause = len(EN_CLAUSE_END.findall(document.en_text[j], 0, word.start))
                parts.setdefault((j, clause), []).append(position in words.linked)
        for j, clause in left_out(parts, MIN_EN_WORDS, 0.0):
            text = EN_CLAUSE_END.split(document.en_text[j])[clause].strip()
            yield Hit(bead.src, (j,), f"no Chinese source for: {text}", target_term=text)
