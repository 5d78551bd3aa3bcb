"""Editorial notes inside a translation: ``[or "cyber great power" –Ed.]``.

They are the translators' words, not a rendering of the source, so the
aligner leaves them out of length and lexical scoring, and the review lists
them with the words they qualify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A square-bracketed span: an editorial note, a translator's note, [sic],
#: or a bracketed insertion such as [the Party].
BRACKETED = re.compile(r"\s*\[[^\[\]]*\]")

#: The kinds of note, in the order they are recognised.
ALTERNATIVE = "alternative"  # [or "cyber great power" –Ed.]
COMMENT = "comment"  # [Ed.: …], [Translator's note: …], [TN: …]
SIC = "sic"  # [sic]
ELISION = "elision"  # […]
INSERTION = "insertion"  # [the Party]

_DASH = "[-–—]"
_ALTERNATIVE = re.compile(rf"^or\s+(?P<body>.+?)\s*(?:{_DASH}\s*|,\s*)(?:Ed|Eds|Trans|TN)\.?$", re.I)
_COMMENT = re.compile(
    r"^(?:Ed|Eds|Editor's note|Translator's note|Translators' note|TN|Note)(?:\.\s*:|[.:])\s*(?P<body>.*)$", re.I)
_SIC = re.compile(r"^sic!?$", re.I)
_ELISION = re.compile(r"^(?:…|\.\s?\.\s?\.)$")
_QUOTED = re.compile(r"[\"“”‘’']([^\"“”‘’']+?)[,.]?[\"“”‘’']")
_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
#: Words a qualified rendering does not start with.
_FUNCTION_WORDS = frozenset(
    "a an the and or of to in on at by for with from as that this these those its their our "
    "his her is are was were be been".split()
)


@dataclass(frozen=True)
class Note:
    """One bracketed note in an English text."""

    #: The note as it stands, brackets included.
    text: str
    #: ``alternative``, ``comment``, ``sic``, ``elision`` or ``insertion``.
    kind: str
    #: Offset of the opening bracket in the text searched.
    start: int
    #: Offset just past the closing bracket.
    end: int
    #: The words the note qualifies (for an ``alternative`` or ``sic``), or
    #: the inserted words (for an ``insertion``); empty otherwise.
    primary: str = ""
    #: The renderings the note offers instead of ``primary``.
    alternatives: tuple[str, ...] = ()
    #: What a ``comment`` says.
    comment: str = ""


def strip_notes(text: str) -> str:
    """The text with its bracketed notes taken out.

    >>> strip_notes('a cyber superpower [or "cyber great power" –Ed.] strategy')
    'a cyber superpower strategy'
    """
    return BRACKETED.sub("", text)


def find_notes(text: str) -> list[Note]:
    """Every bracketed note of a text, with what it qualifies or offers.

    >>> [(n.kind, n.primary, n.alternatives) for n in find_notes(
    ...     'a cyber superpower [or "cyber great power" –Ed.] and indigenous [or independent –Ed.]')]
    [('alternative', 'cyber superpower', ('cyber great power',)), ('alternative', 'indigenous', ('independent',))]
    >>> [(n.kind, n.primary, n.comment) for n in find_notes("It [the Party] said [Ed.: in 2019] ...")]
    [('insertion', 'the Party', ''), ('comment', '', 'in 2019')]
    """
    notes = []
    for match in re.finditer(r"\[([^\[\]]*)\]", text):
        body = match.group(1).strip()
        before = text[: match.start()]
        start, end = match.start(), match.end()
        if alternative := _ALTERNATIVE.match(body):
            offered = _alternatives(alternative.group("body"))
            notes.append(Note(match.group(0), ALTERNATIVE, start, end,
                              qualified(before, offered), offered))
        elif comment := _COMMENT.match(body):
            notes.append(Note(match.group(0), COMMENT, start, end, comment=comment.group("body")))
        elif _SIC.match(body):
            words = _TOKEN.findall(before)
            notes.append(Note(match.group(0), SIC, start, end, words[-1] if words else ""))
        elif _ELISION.match(body):
            notes.append(Note(match.group(0), ELISION, start, end))
        elif body:
            notes.append(Note(match.group(0), INSERTION, start, end, body))
    return notes


def _alternatives(body: str) -> tuple[str, ...]:
    """The renderings an "or" note offers: quoted ones, or the bare words.

    >>> _alternatives('"cyber great power"'), _alternatives("“A,” or ‘B’"), _alternatives("independent")
    (('cyber great power',), ('A', 'B'), ('independent',))
    """
    quoted = [q.strip() for q in _QUOTED.findall(body)]
    if quoted:
        return tuple(quoted)
    return tuple(part.strip(" ,") for part in re.split(r",?\s+or\s+|,\s*", body) if part.strip(" ,"))


def qualified(before: str, alternatives: tuple[str, ...]) -> str:
    """The words just before a note that its alternatives stand in for.

    A rendering that shares its first word with an alternative starts there;
    one whose last word ends like the alternative's (superpowers, great
    powers) is that word; otherwise it has as many words as the alternative,
    not reaching back past a function word.

    >>> qualified("the cyber superpower", ("cyber great power",))
    'cyber superpower'
    >>> qualified("major countries and superpowers", ("great powers",))
    'superpowers'
    >>> qualified("a batch of indigenous", ("independent",))
    'indigenous'
    >>> qualified("in a problem-oriented", ("issue-oriented",))
    'problem-oriented'
    """
    tokens = list(_TOKEN.finditer(before))
    if not tokens or not alternatives:
        return ""
    words = [t.group(0) for t in tokens]
    offered = [_TOKEN.findall(a) for a in alternatives]
    longest = max(len(o) for o in offered) or 1
    size = 0
    for option in offered:
        if not option:
            continue
        for back in range(1, min(len(words), longest + 1) + 1):
            if words[-back].lower() == option[0].lower():
                size = max(size, back)
    if not size:
        last = words[-1].lower()
        if any(o and len(o[-1]) >= 4 and last != o[-1].lower() and last.endswith(o[-1].lower())
               for o in offered):
            size = 1
    if not size:
        size = 1
        while size < min(longest, len(words)) and words[-size - 1].lower() not in _FUNCTION_WORDS:
            size += 1
    return before[tokens[-size].start(): tokens[-1].end()]
