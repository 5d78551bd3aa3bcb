"""English sentence boundaries.

A candidate boundary is a full stop, question or exclamation mark or ellipsis,
with the closing quotes and brackets after it, followed by white space and
something that can start a sentence. Abbreviations, initials and bracketed
notes (``[or "cyber great power" –Ed.]``) veto it.
"""

from __future__ import annotations

import re

#: Abbreviations after which a full stop never ends a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st mt no nos vol vols fig figs pp p ed eds rev gen col
    capt lt sgt gov sen rep jr sr esp approx cf e.g i.e vs viz al ca ph.d
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
#: Abbreviations that may also end a sentence: split after them only when the
#: next word is a common sentence opener.
FINAL_ABBREVIATIONS = frozenset("etc a.m p.m u.s u.k u.n inc ltd co corp".split())
#: Words that start sentences, used after a sentence-final abbreviation.
OPENER_WORDS = frozenset(
    """
    a an the this that these those it its he she we they i you there here
    in on at for but and or so if when while after before since as however
    then yet our my his her their what how why who
    """.split()
)

#: Closing quotes and brackets that stay with the sentence they close.
CLOSERS = "\"'”’)]}»"
#: Characters that may open a sentence besides capitals and digits.
OPENERS = "\"'“‘([{«¿¡—-…"
#: Bracket pairs never split inside.
PROTECTED = {"[": "]"}

_CANDIDATE = re.compile(r"(?:\.{3}|…|[.!?])+[\"'”’)\]}»]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.$")


def boundaries(text: str, clauses: bool = False) -> list[int]:
    """Offsets in ``text`` where a sentence ends (the last offset is ``len(text)``).

    >>> boundaries("He left. She stayed.")
    [8, 20]
    >>> boundaries("Mr. Chen met J. R. R. Tolkien at 5.30 p.m. on Oct. 3.")
    [53]
    >>> boundaries('It is a cyber superpower [or "cyber great power" –Ed.] strategy. Yes.')
    [64, 69]
    >>> boundaries("Stop; go.", clauses=True)
    [5, 9]
    """
    protected = _protected_spans(text)
    ends: list[int] = []
    for match in _CANDIDATE.finditer(text):
        end = match.end()
        if any(start < match.start() < stop for start, stop in protected):
            continue
        if _is_boundary(text, match.start(), end):
            ends.append(end)
    if clauses:
        for match in re.finditer(r";(?=\s)", text):
            if not any(start < match.start() < stop for start, stop in protected):
                ends.append(match.end())
        ends.sort()
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the bracketed notes that no boundary may fall inside."""
    spans = []
    for opener, closer in PROTECTED.items():
        start = text.find(opener)
        while start != -1:
            stop = text.find(closer, start + 1)
            if stop == -1:
                break
            spans.append((start, stop + 1))
            start = text.find(opener, stop + 1)
    return spans


def _is_stutter(before: str, after: str) -> bool:
    """Whether an ellipsis only breaks a repeated word: ``I... I've``.

    >>> _is_stutter("Goong-goong, I", "I've got it"), _is_stutter("Wait", "Yes.")
    (True, False)
    """
    last = re.search(r"([A-Za-z]+)$", before)
    first = re.match(r"([A-Za-z]+)", after)
    return bool(last and first) and last.group(1).lower() == first.group(1).lower()  # type: ignore[union-attr]


def _is_boundary(text: str, start: int, end: int) -> bool:
    """Whether the punctuation ``text[start:end]`` ends a sentence."""
    rest = text[end:].lstrip()
    if not rest:
        return True
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in OPENERS):
        return False
    mark = text[start:end].rstrip(CLOSERS)
    if mark in ("...", "…"):
        return not _is_stutter(text[:start], rest)
    if mark != ".":
        return True
    word = _WORD_BEFORE.search(text[:start + 1])
    if word is None:
        return True
    token = word.group(1).lower()
    if len(token) == 1 and word.group(1).isupper():
        # An initial (J. R. R. Tolkien), unless it is a unit after a number.
        return bool(re.search(r"\d\s?$", text[:word.start()]))
    if token in ABBREVIATIONS:
        return False
    if token in FINAL_ABBREVIATIONS or (
        "." in token and all(len(part) == 1 for part in token.split("."))
    ):
        next_word = re.match(r"[A-Za-z]+", rest)
        return next_word is not None and next_word.group(0).lower() in OPENER_WORDS
    return True
